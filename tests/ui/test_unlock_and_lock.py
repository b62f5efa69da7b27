"""Signing in to the encrypted store, and the idle lock that keeps unsaved input."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from app.security.access import StoreAccess, StoreState
from app.security.vault import WrongPassword
from app.services.workspace import Workspace, open_workspace
from app.ui.dialogs.unlock_dialog import ChangePasswordDialog, UnlockDialog
from app.ui.i18n import LanguageSwitcher
from app.ui.lock import IdleLock, UnencryptedNotice
from app.ui.main_window import MainWindow
from tests.security.helpers import FAST_KDF, PASSWORD
from tests.ui.conftest import type_text

SHOTS = Path(os.environ.get("PUENTE_SHOTS", "")) if os.environ.get("PUENTE_SHOTS") else None


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def access(store_path: Path, clock: Clock) -> StoreAccess:
    store_path.parent.mkdir(parents=True, exist_ok=True)
    made = StoreAccess(store_path, kdf=FAST_KDF, clock=clock)
    made.create_local_account("ana", PASSWORD, PASSWORD)
    return made


@pytest.fixture
def encrypted_workspace(store_path: Path, access: StoreAccess) -> Iterator[Workspace]:
    ws = open_workspace(store_path, key=access.vault.unwrap("ana", PASSWORD))
    ws.set_profile(officer_name="Ana López", mission="MX")
    yield ws
    ws.close()


def ok_button(dialog: UnlockDialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def sign_in(qtbot: QtBot, dialog: UnlockDialog, password: str) -> None:
    dialog.password.clear()
    type_text(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_offline_sign_in_refuses_wrong_passwords_and_shows_the_wait(
    qtbot: QtBot, access: StoreAccess, store_path: Path, clock: Clock
) -> None:
    dialog = UnlockDialog(access, device_id=__import__("uuid").uuid4())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username.currentText() == "ana"  # the last person is offered first
    assert not dialog.server.isVisible() and not dialog.local.isVisible()
    for _ in range(3):
        sign_in(qtbot, dialog, "not my password")
        qtbot.waitUntil(lambda: dialog.password.isEnabled())
        assert "not right" in dialog.message.text()
    sign_in(qtbot, dialog, PASSWORD)  # the fourth try waits, even with the right password
    qtbot.waitUntil(lambda: "Try again in" in dialog.message.text())
    assert not ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    dialog.close()

    restarted = UnlockDialog(StoreAccess(store_path, kdf=FAST_KDF, clock=clock), device_id=None)  # type: ignore[arg-type]
    qtbot.addWidget(restarted)
    restarted.show()
    assert "Try again in 2 second" in restarted.message.text()  # a restart resets nothing
    assert not ok_button(restarted).isEnabled()  # type: ignore[attr-defined]
    clock.now += 2
    qtbot.waitUntil(lambda: ok_button(restarted).isEnabled(), timeout=3000)  # type: ignore[attr-defined]
    with qtbot.waitSignal(restarted.unlocked) as signed:
        sign_in(qtbot, restarted, PASSWORD)
    assert signed.args[0].key == access.vault.unwrap("ana", PASSWORD)


def test_first_sign_in_offers_a_local_account_and_checks_the_passwords(
    qtbot: QtBot, tmp_path: Path, switcher: LanguageSwitcher
) -> None:
    access = StoreAccess(tmp_path / "puente.sqlite", kdf=FAST_KDF)
    dialog = UnlockDialog(access, device_id=__import__("uuid").uuid4())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.server.isVisible() and not dialog.repeat.isVisible()
    qtbot.mouseClick(dialog.local, Qt.MouseButton.LeftButton, pos=dialog.local.rect().center())
    assert dialog.local.isChecked() and dialog.repeat.isVisible() and not dialog.server.isVisible()
    dialog.username.setEditText("ana")
    type_text(dialog.password, "short")
    type_text(dialog.repeat, "short")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "at least 10 characters" in dialog.message.text())
    type_text(dialog.password, "a long local password")
    type_text(dialog.repeat, "a long local passwort")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "not the same" in dialog.message.text())
    assert access.state() is StoreState.NEW  # nothing written for a refused attempt
    dialog.password.setText("a long local password")
    dialog.repeat.setText("a long local password")
    with qtbot.waitSignal(dialog.unlocked):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert access.state() is StoreState.LOCKED


def test_the_idle_lock_covers_everything_and_gives_back_the_typed_text(
    qtbot: QtBot, encrypted_workspace: Workspace, access: StoreAccess, switcher: LanguageSwitcher
) -> None:
    window = MainWindow(encrypted_workspace, switcher=switcher)
    qtbot.addWidget(window)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    key = access.vault.unwrap("ana", PASSWORD)

    def verify(password: str) -> None:
        if access.check_password("ana", password) != key:
            raise WrongPassword("other store")

    lock = IdleLock(
        window, verify=verify, seconds_left=access.seconds_left, person="Ana", minutes=10
    )
    editor = window.open_editor(None)
    qtbot.waitExposed(editor)
    given = editor.fields.bindings["given_names"].widget
    assert isinstance(given, QLineEdit)
    type_text(given, "Xóchitl")
    editor_title = editor.windowTitle()
    lock.set_minutes(0.01)  # the setting changed to 0.6 s: nobody touches anything
    assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=5000)
    assert window in lock.covers and editor in lock.covers
    assert "locked" in editor.windowTitle() and "locked" in window.windowTitle()
    assert lock.covers[window].isVisible() and lock.panel is not None
    assert lock.covers[editor].geometry() == editor.rect()
    type_text(given, "zzz")  # typing into the editor does nothing while locked
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # nor shortcuts
    assert given.text() == "Xóchitl" and list(window.editors) == [None]

    type_text(lock.panel.password, "wrong password")
    qtbot.keyClick(lock.panel.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not right" in lock.panel.message.text())  # type: ignore[union-attr]
    assert lock.locked
    type_text(lock.panel.password, PASSWORD)
    with qtbot.waitSignal(lock.locked_changed):
        qtbot.mouseClick(lock.panel.button, Qt.MouseButton.LeftButton)
    assert not lock.locked and editor.isVisible() and window.editors[None] is editor
    assert given.text() == "Xóchitl" and editor.windowTitle() == editor_title
    type_text(given, " Ana")  # and typing goes on where it stopped
    assert given.text() == "Xóchitl Ana"
    editor._saved_values = editor.fields.values()
    lock.stop()


def test_wrong_passwords_on_the_lock_earn_the_same_wait(
    qtbot: QtBot, encrypted_workspace: Workspace, access: StoreAccess, switcher: LanguageSwitcher
) -> None:
    window = MainWindow(encrypted_workspace, switcher=switcher)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(
        window,
        verify=lambda pw: access.check_password("ana", pw),
        seconds_left=access.seconds_left,
        person="Ana",
        minutes=10,
    )
    lock.lock()
    assert lock.panel is not None
    for _ in range(3):
        type_text(lock.panel.password, "guess")
        qtbot.keyClick(lock.panel.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "not right" in lock.panel.message.text())  # type: ignore[union-attr]
    assert "Try again in 2 second" in lock.panel.message.text()
    assert not lock.panel.button.isEnabled()
    lock.unlock()
    lock.stop()


def test_screens_in_spanish_and_french(
    qtbot: QtBot,
    qm_dir: Path | None,
    tmp_path: Path,
    access: StoreAccess,
    encrypted_workspace: Workspace,
) -> None:
    if qm_dir is None:
        pytest.skip("no translations built")
    switcher = LanguageSwitcher(folder=qm_dir)
    shots = SHOTS or tmp_path
    window = MainWindow(encrypted_workspace, switcher=switcher)
    qtbot.addWidget(window)
    window.statusBar().addPermanentWidget(UnencryptedNotice(window))
    window.show()
    lock = IdleLock(
        window, verify=lambda pw: None, seconds_left=lambda: 0.0, person="Ana López", minutes=10
    )
    try:
        for lang, word in (("es", "Contraseña"), ("fr", "Mot de passe")):
            switcher.apply(lang)
            first = UnlockDialog(StoreAccess(tmp_path / lang / "p.sqlite"), device_id=None)  # type: ignore[arg-type]
            locked = UnlockDialog(access, device_id=None)  # type: ignore[arg-type]
            change = ChangePasswordDialog(access, "ana")
            for name, dialog in (("first", first), ("offline", locked), ("change", change)):
                qtbot.addWidget(dialog)
                dialog.show()
                assert word.lower() in " ".join(lb.text() for lb in dialog._labels).lower()
                dialog.grab().save(str(shots / f"unlock_{name}_{lang}.png"))
            lock.lock()
            qtbot.wait(50)
            window.grab().save(str(shots / f"idle_lock_{lang}.png"))
            assert lock.panel is not None and lock.panel.title.text().startswith(
                {"es": "Puente", "fr": "Puente"}[lang]
            )
            assert lock.panel.button.text() == {"es": "Desbloquear", "fr": "Déverrouiller"}[lang]
            lock.unlock()
            notice = window.findChild(UnencryptedNotice)
            wanted = {"es": "Sin cifrar", "fr": "Non chiffré"}[lang]
            qtbot.waitUntil(lambda: notice.text() == wanted)  # noqa: B023
    finally:
        lock.stop()
        switcher.apply("en")


def test_changing_the_password_rewraps_the_key(
    qtbot: QtBot, access: StoreAccess, store_path: Path
) -> None:
    key = access.vault.unwrap("ana", PASSWORD)
    dialog = ChangePasswordDialog(access, "ana")
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for old, new, repeat, said in (
        ("not it", "a new password 9", "a new password 9", "not right"),
        (PASSWORD, "a new password 9", "a new password 8", "not the same"),
        (PASSWORD, "short", "short", "at least 10"),
    ):
        dialog.old.setText(old)
        dialog.new.setText(new)
        dialog.repeat.setText(repeat)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda s=said: s in dialog.message.text())  # type: ignore[misc]
    assert access.vault.unwrap("ana", PASSWORD) == key  # nothing changed so far
    dialog.old.setText(PASSWORD)
    dialog.new.setText("a new password 9")
    dialog.repeat.setText("a new password 9")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert StoreAccess(store_path, kdf=FAST_KDF).unlock("ana", "a new password 9").key == key
    with pytest.raises(WrongPassword):
        access.vault.unwrap("ana", PASSWORD)
