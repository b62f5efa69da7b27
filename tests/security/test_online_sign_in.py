"""The first sign-in on a laptop is online (a real server process); later ones offline."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.security.access import StoreAccess, StoreState
from app.security.vault import UnknownUser, VaultDamaged, WrongPassword
from app.services.workspace import open_workspace
from app.sync.client import Offline, Unauthorized
from app.sync.credentials import (
    SignInService,
    TokenStore,
    adopt_sign_in,
    login_online,
    remembered_actor,
)
from tests.security.helpers import FAST_KDF
from tests.sync.conftest import PASSWORD, RunningServer, start_server


@pytest.fixture
def live(tmp_path: Path) -> Iterator[RunningServer]:
    running = start_server(tmp_path / "server.sqlite")
    running.add_user("ana.lopez", missions=("MX",))
    yield running
    running.stop()


def test_offline_sign_in_works_only_after_an_online_one(
    live: RunningServer, store_path: Path, tmp_path: Path
) -> None:
    store_path.parent.mkdir(parents=True)
    access = StoreAccess(store_path, kdf=FAST_KDF, login=login_online)
    assert access.state() is StoreState.NEW
    with pytest.raises(VaultDamaged):  # nothing to unwrap before an online sign-in
        access.unlock("ana.lopez", PASSWORD)
    with pytest.raises(Unauthorized):
        access.first_sign_in(live.url, "ana.lopez", "wrong", device_id=uuid.uuid4())
    assert access.state() is StoreState.NEW and not access.vault.exists()

    device = uuid.uuid4()
    first = access.first_sign_in(live.url, "ana.lopez", PASSWORD, device_id=device)
    assert first.online is not None
    ws = open_workspace(store_path, key=first.key)
    tokens = TokenStore(folder=tmp_path / "config", use_keyring=False)
    url, answer = first.online
    adopt_sign_in(ws.db, tokens, server_url=url, answer=answer, device=device)
    ws.close()
    live.stop()  # from here on the laptop is offline

    later = StoreAccess(store_path, kdf=FAST_KDF, login=login_online)
    assert later.state() is StoreState.LOCKED
    with pytest.raises(Offline):
        login_online(live.url, "ana.lopez", PASSWORD, device_id=device)
    with pytest.raises(WrongPassword):
        later.unlock("ana.lopez", "wrong")
    with pytest.raises(UnknownUser):  # a colleague who never signed in online here
        later.unlock("luis.perez", PASSWORD)
    opened = later.unlock("Ana.Lopez", PASSWORD)
    assert opened.key == first.key
    ws = open_workspace(store_path, key=opened.key)
    actor = remembered_actor(ws.db)
    assert actor is not None and actor.username == "ana.lopez" and actor.missions == ("MX",)
    ws.close()


def test_a_sign_in_from_the_menu_rewraps_the_key_with_the_servers_password(
    live: RunningServer, store_path: Path, tmp_path: Path
) -> None:
    """A local account made before the server existed; then the officer signs in online."""
    store_path.parent.mkdir(parents=True)
    access = StoreAccess(store_path, kdf=FAST_KDF)
    local = access.create_local_account("ana", "local password 1", "local password 1")
    ws = open_workspace(store_path, key=local.key)
    tokens = TokenStore(folder=tmp_path / "config", use_keyring=False)
    service = SignInService(
        ws.db,
        tokens,
        on_password_verified=lambda user, pw: access.adopt_password(user, pw, local.key),
    )
    service.sign_in(live.url, "ana.lopez", PASSWORD)
    ws.close()
    assert StoreAccess(store_path, kdf=FAST_KDF).unlock("ana.lopez", PASSWORD).key == local.key


def test_the_app_opens_on_the_new_encrypted_store_after_the_first_online_sign_in(
    live: RunningServer, tmp_path: Path, qtbot: object
) -> None:
    """The composition root's glue: token and person kept, no first-run question, lock on."""
    from app.bootstrap import Startup
    from app.config import load_settings
    from app.ui.i18n import LanguageSwitcher

    settings = load_settings(data_dir=tmp_path / "data", language="en")
    settings.data_dir.mkdir(parents=True)
    switcher = LanguageSwitcher(folder=tmp_path / "no-translations")
    switcher.apply("en")
    access = StoreAccess(settings.store_path, kdf=FAST_KDF, login=login_online)
    tokens = TokenStore(folder=tmp_path / "config", use_keyring=False)
    startup = Startup(settings, switcher, access=access, tokens=tokens)
    startup.unlocked = access.first_sign_in(live.url, "ana.lopez", PASSWORD, device_id=uuid.uuid4())
    assert startup._open() is None
    window = startup.window
    assert window is not None and startup.workspace is not None
    try:
        assert startup.workspace.actor().username == "ana.lopez"
        assert startup.workspace.profile.current().mission == "MX"
        assert tokens.load() is not None and tokens.load().username == "ana.lopez"  # type: ignore[union-attr]
        assert startup.idle_lock is not None and not startup.idle_lock.locked
        names = [a.objectName() for a in window.file_menu.actions()]
        assert "lock_now" in names
        settings_names = [a.objectName() for a in window.settings_menu.actions()]
        assert {"lock_after", "change_password"} <= set(settings_names)
        assert not settings.store_path.read_bytes().startswith(b"SQLite format 3")
    finally:
        startup.idle_lock.stop()
        window.sync.runner.stop()  # type: ignore[union-attr]
        window.close()
        startup.workspace.close()
