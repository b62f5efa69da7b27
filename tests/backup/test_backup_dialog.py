"""The Back up… and Restore… dialogs, clicked and typed as a person would (pytest-qt)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.services.backup import BackupService, CloseWindowsFirst
from app.services.workspace import Workspace, open_workspace
from app.store.backup import inspect_backup, make_backup
from app.ui.dialogs.backup_dialog import BackupDialog, RestoreDialog, add_backup_actions
from app.ui.i18n import LanguageSwitcher
from tests.backup.conftest import USER, files_bytes, fill
from tests.conftest import valid_worker
from tests.security.helpers import PASSWORD
from tests.ui.conftest import qm_dir, switcher, type_text

__all__ = ["qm_dir", "switcher"]  # fixtures used here

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


class MessageBoxes:
    """Answers every message box that opens (Yes where there is one, else OK)."""

    def __init__(self, answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes):
        self.seen: list[str] = []
        self._answer = answer
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._click)
        self._timer.start()

    def _click(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            self.seen.append(box.text())
            button = box.button(self._answer) or box.button(QMessageBox.StandardButton.Ok)
            button.click()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def boxes() -> Iterator[MessageBoxes]:
    answering = MessageBoxes()
    yield answering
    answering.stop()


def service_for(ws: Workspace, store_path: Path, key: bytes | None) -> BackupService:
    return BackupService(
        store_path=store_path, key=key, demo=ws.demo, release_store=ws.close, username=USER
    )


def test_back_up_writes_the_file_off_the_gui_thread(
    qtbot: QtBot,
    store_path: Path,
    key: bytes,
    filled: tuple[Workspace, list[uuid.UUID]],
    tmp_path: Path,
) -> None:
    ws, _ids = filled
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = BackupDialog(service_for(ws, store_path, key), folder=lambda: usb)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.target.path().startswith(str(usb / "puente-backup-"))
    assert "encrypted" in dialog.intro.text()
    click(dialog.start_button)
    qtbot.waitUntil(lambda: dialog.result_summary is not None, timeout=20000)
    written = Path(dialog.target.path())
    assert written.is_file() and inspect_backup(written).encrypted
    assert "The backup was written to" in dialog.status.text()
    assert dialog.start_button.isEnabled() and not dialog.progress.isVisible()
    # a backup inside the data folder is refused with a sentence, nothing written
    dialog.target.edit.clear()
    type_text(dialog.target.edit, str(store_path.parent / "here"))
    click(dialog.start_button)
    qtbot.waitUntil(lambda: "outside Puente's data folder" in dialog.status.text())
    assert not list(store_path.parent.glob("here*"))


def click(button: QWidget) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_restore_asks_the_password_and_confirmation_then_reopens(
    qtbot: QtBot,
    store_path: Path,
    key: bytes,
    filled: tuple[Workspace, list[uuid.UUID]],
    tmp_path: Path,
    boxes: MessageBoxes,
) -> None:
    ws, ids = filled
    actor = ws.actor()
    out = tmp_path / "usb" / "friday.puente-backup"
    make_backup(store_path=store_path, key=key, out=out)
    ws.workers.create(valid_worker(id_document_type="other", id_document_number=""))
    reopened: list[bool] = []
    service = service_for(ws, store_path, key)
    dialog = RestoreDialog(service, on_restored=lambda: reopened.append(True))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.source.edit, str(out))
    dialog.source.edit.editingFinished.emit()
    assert "by Puente 0.1.0" in dialog.about.text()
    assert dialog.username.text() == USER
    # a wrong password: refused after the confirmation, the open store still works
    before = files_bytes(store_path)
    type_text(dialog.password, "not it")
    click(dialog.start_button)
    qtbot.waitUntil(lambda: "does not open this backup" in dialog.status.text(), timeout=20000)
    assert any("Replace the case file" in text for text in boxes.seen)
    assert not reopened and not service.store_released
    assert ws.workers.count() == len(ids) + 1
    assert files_bytes(store_path).keys() == before.keys()
    # the right password: checked, swapped, the app is told to reopen
    dialog.password.clear()
    type_text(dialog.password, PASSWORD)
    click(dialog.start_button)
    qtbot.waitUntil(lambda: bool(reopened), timeout=20000)
    assert any("sign in again" in text for text in boxes.seen)
    assert service.store_released and dialog.restored is not None
    again = open_workspace(store_path, key=key)
    try:
        again.set_actor(actor)
        assert again.workers.count() == len(ids)
    finally:
        again.close()


def test_open_records_keep_the_store_and_say_so(
    qtbot: QtBot,
    store_path: Path,
    key: bytes,
    filled: tuple[Workspace, list[uuid.UUID]],
    tmp_path: Path,
    boxes: MessageBoxes,
) -> None:
    ws, ids = filled
    out = tmp_path / "usb" / "b.puente-backup"
    make_backup(store_path=store_path, key=key, out=out)

    def keep_open() -> None:  # as the window does when an editor holds unsaved input
        raise CloseWindowsFirst()

    service = BackupService(
        store_path=store_path, key=key, demo=False, release_store=keep_open, username=USER
    )
    dialog = RestoreDialog(service, on_restored=lambda: pytest.fail("nothing to reopen"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.source.edit.setText(str(out))
    type_text(dialog.password, PASSWORD)
    click(dialog.start_button)
    qtbot.waitUntil(lambda: "open records first" in dialog.status.text(), timeout=20000)
    assert not service.store_released and dialog.start_button.isEnabled()
    assert not (store_path.parent / ".restore-staging").exists()
    assert ws.workers.count() == len(ids)


def test_restore_says_no_and_nothing_happens(
    qtbot: QtBot,
    store_path: Path,
    key: bytes,
    filled: tuple[Workspace, list[uuid.UUID]],
    tmp_path: Path,
) -> None:
    ws, _ids = filled
    out = tmp_path / "usb" / "b.puente-backup"
    make_backup(store_path=store_path, key=key, out=out)
    declining = MessageBoxes(QMessageBox.StandardButton.No)
    try:
        dialog = RestoreDialog(service_for(ws, store_path, key), on_restored=lambda: None)
        qtbot.addWidget(dialog)
        dialog.show()
        click(dialog.start_button)
        assert dialog.status.text() == "Choose a backup file first."
        dialog.source.edit.setText(str(out))
        click(dialog.start_button)
        assert dialog.status.text() == "Type the password of a person in the backup."
        type_text(dialog.password, PASSWORD)
        click(dialog.start_button)
        assert declining.seen and dialog.task is None
    finally:
        declining.stop()
    not_backup = tmp_path / "usb" / "photo.jpg"
    not_backup.write_bytes(b"\xff\xd8\xff" + bytes(64))
    dialog.source.edit.setText(str(not_backup))
    dialog.read_file()
    assert dialog.about.text() == "This file is not a Puente backup."


def test_demo_backup_is_labelled_and_restored_into_the_demo(
    qtbot: QtBot, tmp_path: Path, boxes: MessageBoxes
) -> None:
    demo = tmp_path / "data" / "demo.sqlite"
    ws = open_workspace(demo, demo=True)
    ids = fill(ws, 2)
    out = tmp_path / "usb" / "demo.puente-backup"
    make_backup(store_path=demo, key=None, out=out)
    ws.workers.create(valid_worker(id_document_type="other", id_document_number=""))
    service = service_for(ws, demo, None)
    backup_dialog = BackupDialog(service, folder=lambda: tmp_path)
    qtbot.addWidget(backup_dialog)
    assert "NOT encrypted" in backup_dialog.intro.text()
    assert "demo-backup" in backup_dialog.target.path()
    reopened: list[bool] = []
    dialog = RestoreDialog(service, on_restored=lambda: reopened.append(True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.source.edit.setText(str(out))
    dialog.read_file()
    assert "Demo data, not encrypted." in dialog.about.text()
    assert not dialog.password.isEnabled()
    click(dialog.start_button)
    qtbot.waitUntil(lambda: bool(reopened), timeout=20000)
    again = open_workspace(demo, demo=True)
    try:
        assert again.workers.count() == len(ids)
    finally:
        again.close()


def test_menu_actions_open_the_dialogs(
    qtbot: QtBot,
    switcher: LanguageSwitcher,
    store_path: Path,
    key: bytes,
    filled: tuple[Workspace, list[uuid.UUID]],
) -> None:
    ws, _ids = filled
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("Settings")
    backup_action, restore_action = add_backup_actions(
        menu,
        parent=window,
        service=lambda: service_for(ws, store_path, key),
        on_restored=lambda: None,
    )
    assert [a.text() for a in menu.actions() if a.text()] == ["Back up…", "Restore…"]
    opened: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, close_dialog)
            return
        opened.append(dialog.objectName())
        dialog.close()

    for action in (backup_action, restore_action):
        QTimer.singleShot(0, close_dialog)
        action.trigger()
    assert opened == ["backup_dialog", "restore_dialog"]


def test_a_restore_from_the_menu_reopens_after_the_dialog_closed(
    qtbot: QtBot,
    store_path: Path,
    key: bytes,
    filled: tuple[Workspace, list[uuid.UUID]],
    tmp_path: Path,
    boxes: MessageBoxes,
) -> None:
    ws, _ids = filled
    out = tmp_path / "usb" / "b.puente-backup"
    make_backup(store_path=store_path, key=key, out=out)
    window = QMainWindow()
    qtbot.addWidget(window)
    reopened: list[bool] = []
    _backup, restore_action = add_backup_actions(
        window.menuBar().addMenu("Settings"),
        parent=window,
        service=lambda: service_for(ws, store_path, key),
        on_restored=lambda: reopened.append(RestoreDialog not in map(type, open_dialogs())),
    )

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(10, fill_in)
            return
        dialog.source.edit.setText(str(out))
        dialog.read_file()
        type_text(dialog.password, PASSWORD)
        click(dialog.start_button)

    QTimer.singleShot(0, fill_in)
    restore_action.trigger()  # returns when the dialog has closed
    qtbot.waitUntil(lambda: bool(reopened), timeout=20000)
    assert reopened == [True]  # called once the dialog was gone, not from inside it
    assert any("sign in again" in text for text in boxes.seen)


def open_dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


@pytest.mark.parametrize("language", ["es", "fr"])
def test_screenshots(
    qtbot: QtBot,
    store_path: Path,
    key: bytes,
    filled: tuple[Workspace, list[uuid.UUID]],
    tmp_path: Path,
    qm_dir: Path | None,
    language: str,
) -> None:
    if qm_dir is None:
        pytest.skip("no translations to switch to")
    ws, _ids = filled
    out = tmp_path / "usb" / "viernes.puente-backup"
    make_backup(store_path=store_path, key=key, out=out)
    switcher = LanguageSwitcher(folder=qm_dir, remember=lambda _l: None)
    try:
        switcher.apply(language)
        service = service_for(ws, store_path, key)
        backup = BackupDialog(service, folder=lambda: tmp_path / "usb")
        qtbot.addWidget(backup)
        backup.show()
        expected = {"es": "Respaldar", "fr": "Sauvegarder"}[language]
        assert backup.start_button.text() == expected
        restore = RestoreDialog(service, on_restored=lambda: None)
        qtbot.addWidget(restore)
        restore.show()
        restore.source.edit.setText(str(out))
        restore.read_file()
        restore.status.setText(
            QApplication.translate(
                "Backup", "The username or password does not open this backup. Nothing was changed."
            )
        )
        assert restore.status.text().startswith({"es": "El usuario", "fr": "Le nom"}[language])
        SHOTS.mkdir(parents=True, exist_ok=True)
        for dialog, name in ((backup, "backup"), (restore, "restore")):
            dialog.adjustSize()
            QApplication.processEvents()
            dialog.grab().save(str(SHOTS / f"{name}_{language}.png"))
    finally:
        switcher.apply("en")
