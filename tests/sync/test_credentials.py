"""The kept sign-in token: a private file when there is no keyring; never the password."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.models.enums import Role
from app.services.workspace import open_workspace
from app.sync.client import SyncClient, Unauthorized
from app.sync.credentials import (
    SignInService,
    StoredToken,
    TokenStore,
    remembered_actor,
    restore_client,
)
from tests.sync.conftest import PASSWORD, Device, RunningServer

TOKEN = StoredToken("https://puente.example.org", "ana", "secret-token", datetime.now(UTC))


def test_file_fallback_is_private(tmp_path: Path) -> None:
    store = TokenStore(folder=tmp_path / "cfg", use_keyring=False)
    store.save(TOKEN)
    assert (store.file.stat().st_mode & 0o777) == 0o600
    assert store.load() == TOKEN
    store.clear()
    assert store.load() is None and not store.file.exists()


def test_a_file_others_can_read_is_refused(tmp_path: Path) -> None:
    store = TokenStore(folder=tmp_path / "cfg", use_keyring=False)
    store.save(TOKEN)
    os.chmod(store.file, 0o644)
    assert store.load() is None
    assert not store.file.exists()


def test_keyring_backend_when_there_is_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    kept: dict[tuple[str, str], str] = {}

    class Memory(KeyringBackend):
        priority = 5  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return kept.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            kept[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            kept.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        store = TokenStore(folder=tmp_path / "cfg")
        assert store.use_keyring
        store.save(TOKEN)
        assert not store.file.exists()
        assert store.load() == TOKEN
        store.clear()
        assert store.load() is None
    finally:
        keyring.set_keyring(previous)


def test_sign_in_remembers_the_actor_and_sign_out_revokes(
    server: RunningServer, make_device: Callable[..., Device], tmp_path: Path
) -> None:
    server.add_user("sup", role=Role.SUPERVISOR, missions=("MX", "SV"))
    ws = open_workspace(tmp_path / "c.sqlite")
    tokens = TokenStore(folder=tmp_path / "cfg", use_keyring=False)
    service = SignInService(ws.db, tokens)
    signed = service.sign_in(server.url, "sup", PASSWORD)
    assert signed.actor.role is Role.SUPERVISOR and signed.actor.missions == ("MX", "SV")
    assert remembered_actor(ws.db) == signed.actor
    assert PASSWORD not in tokens.file.read_text()
    client = restore_client(tokens, server_url=server.url)
    assert client is not None and client.me().username == "sup"
    token = client.token
    service.sign_out()
    assert tokens.load() is None
    with pytest.raises(Unauthorized):
        SyncClient(server.url, token=token).me()
    ws.close()
