"""A revoked laptop wipes its data at its next contact with the server (real server, real CLI)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from app.models.base import utcnow
from app.security.vault import KdfParams, KeyVault, vault_path
from app.services import profile
from app.sync.client import SyncError, Unauthorized
from app.sync.credentials import (
    DEVICE_ID_KEY,
    SignInService,
    StoredToken,
    TokenStore,
    wiping_login,
)
from app.sync.engine import SyncEngine
from app.sync.wipe import WipeReport, is_device_revoked, store_files, wipe_store
from tests.sync.conftest import PASSWORD, ROOT, Device, RunningServer

FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def _revoke(server: RunningServer, tag: str) -> None:
    env = {**os.environ, "DATABASE_URL": server.database_url, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "server.cli", "revoke-device", tag],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def _laptop(tmp_path: Path, server: RunningServer, ana: Device) -> tuple[Path, TokenStore]:
    """Ana's store with a key vault, an upgrade backup, a leftover and a kept token."""
    store = tmp_path / "ana.sqlite"
    KeyVault(vault_path(store), kdf=FAST_KDF).create("ana", "a long password")
    (tmp_path / "backups").mkdir(exist_ok=True)
    for owner in ("ana", "beto"):
        backup = tmp_path / "backups" / f"{owner}-20261126T010203Z-schema-0002.sqlite"
        backup.write_bytes(b"SQLite format 3\x00 copy")
    (tmp_path / ".ana.sqlite.keys.1234.tmp").write_bytes(b"half-written vault")
    tokens = TokenStore(folder=tmp_path / "credentials", use_keyring=False)
    tokens.save(StoredToken(server.url, "ana", str(ana.client.token), utcnow() + timedelta(days=1)))
    assert tokens.load() is not None
    names = {p.name for p in store_files(store)}
    assert {"ana.sqlite", "ana.sqlite-wal", "ana.sqlite.keys", ".ana.sqlite.keys.1234.tmp"} <= names
    return store, tokens


def _assert_wiped(tmp_path: Path, store: Path, tokens: TokenStore) -> None:
    assert store_files(store) == []
    assert not store.exists() and not vault_path(store).exists()
    assert not (tmp_path / "backups" / "ana-20261126T010203Z-schema-0002.sqlite").exists()
    assert tokens.load() is None
    # another store of the folder and its backup are left alone
    assert (tmp_path / "beto.sqlite").exists()
    assert (tmp_path / "backups" / "beto-20261126T010203Z-schema-0002.sqlite").exists()


def test_a_sync_from_a_revoked_device_wipes_it(
    server: RunningServer, make_device: Callable[..., Device], tmp_path: Path
) -> None:
    server.add_user("ana")
    server.add_user("beto")
    ana, beto = make_device("ana"), make_device("beto")
    store, tokens = _laptop(tmp_path, server, ana)
    wiped: list[WipeReport] = []
    ana.engine = SyncEngine(
        ana.db,
        ana.client,
        on_revoked=lambda: wiped.append(
            wipe_store(store, tokens=tokens, close=ana.workspace.close)
        ),
    )
    ana.create_worker(community="Alma")
    assert ana.sync().ok
    ana.create_worker(community="Bruma")  # pending when the laptop is revoked
    _revoke(server, ana.actor.device_tag)
    report = ana.sync()
    assert report.problem == "device_revoked" and not report.ok
    assert len(wiped) == 1 and wiped[0].complete and ana.client.token is None
    _assert_wiped(tmp_path, store, tokens)
    assert beto.sync().ok and len(server.rows("worker")) == 1


def test_a_sign_in_from_a_revoked_device_wipes_it(
    server: RunningServer, make_device: Callable[..., Device], tmp_path: Path
) -> None:
    """Signing in again (the sign-in dialog's service) on a blocked laptop wipes it."""
    server.add_user("ana")
    server.add_user("beto")
    ana, beto = make_device("ana"), make_device("beto")
    store, tokens = _laptop(tmp_path, server, ana)
    ana.create_worker(community="Alma")
    assert ana.sync().ok
    ((device_id,),) = server.sql("SELECT id FROM srv_device WHERE tag = :t", t=ana.actor.device_tag)
    with ana.db.write() as session:  # the store knows its device (as after a real sign-in)
        profile.set_meta(session, DEVICE_ID_KEY, str(uuid.UUID(str(device_id))))
    _revoke(server, ana.actor.device_tag)
    wiped: list[WipeReport] = []
    signin = SignInService(
        ana.db,
        tokens,
        on_revoked=lambda: wiped.append(
            wipe_store(store, tokens=tokens, close=ana.workspace.close)
        ),
    )
    with pytest.raises(SyncError) as caught:
        signin.sign_in(server.url, "ana", PASSWORD)  # the device id is the store's own
    assert is_device_revoked(caught.value) and caught.value.status == 403
    assert len(wiped) == 1 and wiped[0].complete and wiped[0].removed
    _assert_wiped(tmp_path, store, tokens)
    assert beto.sync().ok and len(server.rows("worker")) == 1


def test_a_first_sign_in_refused_as_revoked_wipes_before_any_store_opens(
    server: RunningServer, make_device: Callable[..., Device], tmp_path: Path
) -> None:
    """The unlock dialog's online sign-in (plaintext or new store) wipes a blocked laptop."""
    server.add_user("ana")
    server.add_user("beto")
    ana, _beto = make_device("ana"), make_device("beto")
    store, tokens = _laptop(tmp_path, server, ana)
    assert ana.sync().ok
    ((device_id,),) = server.sql("SELECT id FROM srv_device WHERE tag = :t", t=ana.actor.device_tag)
    _revoke(server, ana.actor.device_tag)
    ana.workspace.close()
    calls: list[WipeReport] = []
    login = wiping_login(lambda: calls.append(wipe_store(store, tokens=tokens)))
    with pytest.raises(SyncError) as caught:
        login(server.url, "ana", PASSWORD, device_id=uuid.UUID(str(device_id)))
    assert is_device_revoked(caught.value)
    assert len(calls) == 1
    _assert_wiped(tmp_path, store, tokens)
    with pytest.raises(SyncError) as wrong:  # a wrong password is not a revocation
        wiping_login(lambda: calls.append(WipeReport()))(
            server.url, "ana", "not the password", device_id=uuid.UUID(str(device_id))
        )
    assert not is_device_revoked(wrong.value) and len(calls) == 1


def test_other_refusals_wipe_nothing(
    server: RunningServer, make_device: Callable[..., Device], tmp_path: Path
) -> None:
    server.add_user("ana")
    ana = make_device("ana")
    store = tmp_path / "ana.sqlite"
    calls: list[int] = []
    ana.engine = SyncEngine(ana.db, ana.client, on_revoked=lambda: calls.append(1))
    ana.client.logout()  # the token is revoked (a sign-out elsewhere), not the device
    ana.client.token = "not-a-token"
    report = ana.sync()
    assert report.problem == "unauthorized" and calls == []
    assert store.exists()


def test_the_engine_wipes_once_on_device_revoked_and_writes_nothing_after(
    server: RunningServer, make_device: Callable[..., Device], tmp_path: Path
) -> None:
    """The engine's side of the contract (the answer the server gives once auth is fixed)."""
    server.add_user("ana")
    ana = make_device("ana")
    store = tmp_path / "ana.sqlite"
    ana.create_worker(community="Alma")

    def refuse(*_args: object, **_kw: object) -> object:
        raise Unauthorized("blocked", status=401, code="device_revoked")

    ana.client.push = refuse  # type: ignore[method-assign]
    wiped: list[WipeReport] = []
    ana.engine = SyncEngine(
        ana.db,
        ana.client,
        on_revoked=lambda: wiped.append(wipe_store(store, tokens=None, close=ana.workspace.close)),
    )
    report = ana.sync()
    assert report.problem == "device_revoked" and len(wiped) == 1
    assert not store.exists() and store_files(store) == []
