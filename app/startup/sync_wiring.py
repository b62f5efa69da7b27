"""The sync pieces the main window gets; the only start-up part that touches the network layer."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.services.workspace import Workspace
    from app.ui.main_window import SyncWiring

log = logging.getLogger(__name__)


def build_sync(
    workspace: Workspace,
    *,
    tokens: Any = None,
    auto: bool | None = None,
    on_password_verified: Callable[[str, str], None] | None = None,
    store_path: Path | None = None,
) -> SyncWiring:
    """The sync pieces for the main window; the remembered person becomes the actor.

    This is the only place that touches the network layer (app.sync.client, requests).
    Automatic probing starts unless this is the demo store and no server was ever set;
    `tokens` (a TokenStore) and `auto` are for tests. `on_password_verified` runs after
    the server accepted a password (the key vault re-wraps the store key with it).
    """
    from app.services.audit_reader import make_reader
    from app.services.conflicts import ConflictService
    from app.sync.credentials import SignInService, TokenStore, remembered_actor
    from app.sync.engine import SyncEngine, read_status
    from app.ui.main_window import SyncWiring
    from app.ui.sync_worker import SyncRunner

    db = workspace.db
    tokens = tokens if tokens is not None else TokenStore()

    def wipe() -> None:
        """The server says this laptop was revoked: its case file and keys go, now."""
        if store_path is not None:
            from app.sync.wipe import wipe_store

            report = wipe_store(store_path, tokens=tokens, close=workspace.close)
            log.warning("device revoked: local data wiped (%d files left)", len(report.failed))
            runner.device_revoked.emit()  # queued to the GUI thread: say so and close

    signin = SignInService(db, tokens, on_password_verified=on_password_verified, on_revoked=wipe)
    remembered = remembered_actor(db)
    if remembered is not None:
        workspace.set_actor(remembered)

    def make_engine() -> SyncEngine | None:
        # the kept token is per user, not per store: a store that never signed in (the
        # demo store, say) must not sync with the server another store signed in to
        if workspace.demo or not signin.server_url():
            return None  # synthetic demo records never go to a server
        client = signin.client()
        if client is None:
            return None
        return SyncEngine(db, client, on_revoked=wipe if store_path is not None else None)

    def probe() -> bool:
        url = signin.server_url()
        return bool(url) and bool(signin.test_connection(url))

    if auto is None:
        auto = not workspace.demo or bool(signin.server_url())
    runner = SyncRunner(make_engine, probe, auto=auto)
    return SyncWiring(
        runner=runner,
        read_status=lambda: read_status(db),
        signin=signin,
        conflicts=ConflictService(db, workspace.actor),
        read_audit=make_reader(signin.client),
    )


def test_connection(server_url: str) -> str:
    """The server's database kind when it answers (raises Offline, ServerError...)."""
    from app.sync.client import SyncClient

    client = SyncClient(server_url)
    try:
        return client.health().database
    finally:
        client.close()
