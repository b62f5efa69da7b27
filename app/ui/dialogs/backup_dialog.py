"""'Back up…' and 'Restore…' (Settings menu): the store's backups, off the GUI thread.

Both dialogs call `app.services.backup.BackupService` only. A restore asks for a
password of a person in the backup and for confirmation; it is checked completely before
the open store is let go, then swapped in; the app then reopens the case file through
the `on_restored` callback (a new sign-in, since the keys may have changed).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.backup import BackupService, BackupSummary, PendingRestore
from app.services.context import ServiceError
from app.ui.folders import documents_folder
from app.ui.i18n import format_datetime, qt_tr
from app.ui.tasks import Task, run_task

PathAsker = Callable[[QWidget | None, str, str, str], str]
"""ask(parent, caption, suggested path, filter) -> chosen path, or "" when cancelled."""


def ask_save_path(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str:
    path, _chosen = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    return path


def ask_open_path(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str:
    path, _chosen = QFileDialog.getOpenFileName(parent, caption, suggested, filters)
    return path


def _filters() -> str:
    return QCoreApplication.translate("BackupDialog", "Puente backups (*.puente-backup)")


def error_text(exc: BaseException) -> str:
    """A failed backup or restore in the UI language (the service already explains it)."""
    if isinstance(exc, ServiceError):
        return exc.message.render(qt_tr)
    return QCoreApplication.translate(
        "BackupDialog", "Something went wrong. The details were written to the log."
    )


def describe(summary: BackupSummary) -> str:
    """One or two sentences about a backup file, for a person choosing it."""
    size = QLocale().formattedDataSize(summary.size_bytes)
    text = QCoreApplication.translate(
        "BackupDialog", "Made on {date} by Puente {version} ({size})."
    ).format(date=format_datetime(summary.created), version=summary.app_version, size=size)
    if not summary.encrypted:
        text += " " + QCoreApplication.translate("BackupDialog", "Demo data, not encrypted.")
    if summary.newer:
        text += " " + QCoreApplication.translate(
            "BackupDialog", "Made by a newer Puente: install version {version} or newer."
        ).format(version=summary.app_version)
    return text


class _PathRow(QWidget):
    """A file path field with a 'Choose…' button."""

    def __init__(self, parent: QWidget, choose: Callable[[], None]) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("backup_path")
        self.edit.setMinimumWidth(360)
        self.button = QPushButton(self)
        self.button.setObjectName("choose_file")
        self.button.clicked.connect(choose)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)

    def path(self) -> str:
        return self.edit.text().strip()


class BackupDialog(QDialog):
    """Where to write the backup; the backup runs off the GUI thread with progress."""

    def __init__(
        self,
        service: BackupService,
        *,
        ask_path: PathAsker = ask_save_path,
        folder: Callable[[], Path] = documents_folder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backup_dialog")
        self._service = service
        self._ask = ask_path
        self.task: Task | None = None
        self.result_summary: BackupSummary | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.target = _PathRow(self, self._choose)
        self.target.edit.setText(str(folder() / service.suggested_name()))
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("start_backup")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        self.target_label = QLabel(self)
        self.form = QFormLayout()
        self.form.addRow(self.target_label, self.target)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("BackupDialog", "Back up the case file"))
        if self._service.demo:
            intro = QCoreApplication.translate(
                "BackupDialog",
                "This is the demo data: its backup is NOT encrypted. Real case files are "
                "always backed up encrypted.",
            )
        else:
            intro = QCoreApplication.translate(
                "BackupDialog",
                "The backup is encrypted: only the passwords of the people who sign in "
                "on this laptop open it. Keep it away from this laptop, for example on a "
                "USB stick kept somewhere safe.",
            )
        self.intro.setText(intro)
        self.target_label.setText(QCoreApplication.translate("BackupDialog", "Backup file:"))
        self.target.button.setText(QCoreApplication.translate("BackupDialog", "Choose…"))
        self.start_button.setText(QCoreApplication.translate("BackupDialog", "Back up"))
        self.close_button.setText(QCoreApplication.translate("BackupDialog", "Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose(self) -> None:
        chosen = self._ask(
            self,
            QCoreApplication.translate("BackupDialog", "Back up the case file"),
            self.target.path(),
            _filters(),
        )
        if chosen:
            self.target.edit.setText(chosen)

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done

    def start(self) -> None:
        """Write the backup to the chosen file, off the GUI thread."""
        if self.running:
            return
        path = self.target.path()
        self._busy(True)
        self.status.setText(QCoreApplication.translate("BackupDialog", "Backing up…"))
        service = self._service
        self.task = run_task(
            lambda progress: service.back_up(path, progress),
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._moved,
        )

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)  # busy until the file itself is being written
        for widget in (self.start_button, self.close_button, self.target):
            widget.setEnabled(not busy)

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(1000 * done / max(total, 1)))

    def _done(self, summary: BackupSummary) -> None:
        self._busy(False)
        self.result_summary = summary
        self.status.setText(
            QCoreApplication.translate("BackupDialog", "The backup was written to {path}.").format(
                path=str(summary.path)
            )
            + " "
            + describe(summary)
        )

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.status.setText(error_text(exc))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:  # the file is written atomically: wait for the end
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if not self.running:
            super().reject()


class RestoreDialog(QDialog):
    """Which backup, whose password; confirmation; check, swap, then the app reopens."""

    def __init__(
        self,
        service: BackupService,
        *,
        on_restored: Callable[[], None] | None = None,
        ask_path: PathAsker = ask_open_path,
        folder: Callable[[], Path] = documents_folder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self._service = service
        self._on_restored = on_restored
        self._ask = ask_path
        self._folder = folder
        self.task: Task | None = None
        self.restored: BackupSummary | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.source = _PathRow(self, self._choose)
        self.source.edit.editingFinished.connect(self.read_file)
        self.about = QLabel(self)
        self.about.setObjectName("backup_about")
        self.about.setWordWrap(True)
        self.username = QLineEdit(service.username, self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.start)
        self.status = QLabel(self)
        self.status.setObjectName("restore_status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #a40000;")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the check has no steps worth counting
        self.progress.setVisible(False)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("start_restore")
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        self.labels = [QLabel(self) for _ in range(4)]
        self.form = QFormLayout()
        for label, field in zip(
            self.labels, (self.source, self.about, self.username, self.password), strict=True
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._summary: BackupSummary | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("BackupDialog", "Restore a backup"))
        self.intro.setText(
            QCoreApplication.translate(
                "BackupDialog",
                "The case file on this laptop is replaced by the backup. The backup is "
                "checked completely first; if anything is wrong, nothing is replaced.",
            )
        )
        texts = (
            QCoreApplication.translate("BackupDialog", "Backup file:"),
            QCoreApplication.translate("BackupDialog", "Backup:"),
            QCoreApplication.translate("BackupDialog", "Username:"),
            QCoreApplication.translate("BackupDialog", "Password:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.password.setPlaceholderText(
            QCoreApplication.translate("BackupDialog", "the password of a person in the backup")
        )
        self.source.button.setText(QCoreApplication.translate("BackupDialog", "Choose…"))
        self.start_button.setText(QCoreApplication.translate("BackupDialog", "Restore…"))
        self.cancel_button.setText(QCoreApplication.translate("BackupDialog", "Cancel"))
        if self._summary is not None:
            self.about.setText(describe(self._summary))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose(self) -> None:
        start = self.source.path() or str(self._folder())
        chosen = self._ask(
            self, QCoreApplication.translate("BackupDialog", "Restore a backup"), start, _filters()
        )
        if chosen:
            self.source.edit.setText(chosen)
            self.read_file()

    def read_file(self) -> None:
        """Show what the chosen file says about itself (one quick read of its header)."""
        self._summary = None
        self.about.clear()
        if not self.source.path():
            return
        try:
            summary = self._service.inspect(self.source.path())
        except ServiceError as exc:
            self.about.setText(error_text(exc))
            return
        self._summary = summary
        self.about.setText(describe(summary))
        if not self.username.text() and len(summary.usernames) == 1:
            self.username.setText(summary.usernames[0])
        self.username.setEnabled(summary.encrypted)
        self.password.setEnabled(summary.encrypted)

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done

    def start(self) -> None:
        """Confirm, then check the backup off the GUI thread (nothing replaced yet)."""
        if self.running:
            return
        self.read_file()
        if self._summary is None:
            self.status.setText(
                self.about.text()
                or QCoreApplication.translate("BackupDialog", "Choose a backup file first.")
            )
            return
        if self._summary.encrypted and not self.password.text():
            self.status.setText(
                QCoreApplication.translate(
                    "BackupDialog", "Type the password of a person in the backup."
                )
            )
            self.password.setFocus()
            return
        if not self._confirm(self._summary):
            return
        self._busy(True, QCoreApplication.translate("BackupDialog", "Checking the backup…"))
        path, name, password = self.source.path(), self.username.text(), self.password.text()
        service = self._service
        self.task = run_task(
            lambda _progress: service.check_restore(path, username=name, password=password),
            on_done=self._checked,
            on_error=self._refused,
        )

    def _confirm(self, summary: BackupSummary) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("BackupDialog", "Restore a backup"),
            QCoreApplication.translate(
                "BackupDialog",
                "Replace the case file on this laptop with the backup made on {date}? "
                "Everything recorded here since then is lost, unless it was synced.",
            ).format(date=format_datetime(summary.created)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        self.status.setStyleSheet("" if busy else "color: #a40000;")
        self.status.setText(text)
        for widget in (self.start_button, self.cancel_button, self.source):
            widget.setEnabled(not busy)
        self.username.setEnabled(not busy)
        self.password.setEnabled(not busy)

    def _refused(self, exc: BaseException) -> None:
        """The check failed: the open store was never let go; say why."""
        self._busy(False)
        self.status.setText(error_text(exc))
        self.password.selectAll()
        self.password.setFocus()

    def _checked(self, pending: PendingRestore) -> None:
        """Checked: let go of the store here, then swap off the GUI thread."""
        try:
            self._service.release()
        except Exception as exc:  # the app could not close the store: keep it as it is
            self._service.cancel_restore(pending)
            self._refused(exc)
            return
        self._busy(True, QCoreApplication.translate("BackupDialog", "Restoring…"))
        service = self._service
        self.task = run_task(
            lambda _progress: service.finish_restore(pending),
            on_done=self._finished,
            on_error=self._swap_failed,
        )

    def _finished(self, summary: BackupSummary) -> None:
        self.restored = summary
        self._busy(False)
        if summary.encrypted:
            text = QCoreApplication.translate(
                "BackupDialog",
                "The backup was restored. Puente now reopens the case file: sign in again.",
            )
        else:
            text = QCoreApplication.translate(
                "BackupDialog", "The backup was restored. Puente now reopens the case file."
            )
        self._tell(text)
        self.accept()
        if self._on_restored is not None:
            self._on_restored()

    def _swap_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._tell(
            error_text(exc)
            + "\n\n"
            + QCoreApplication.translate("BackupDialog", "Puente now reopens the case file.")
        )
        self.reject()
        if self._on_restored is not None:
            self._on_restored()

    def _tell(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("BackupDialog", "Restore a backup"),
            text,
        )
        box.setParent(self, box.windowFlags())
        box.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if not self.running or self.restored is not None:
            super().reject()


def add_backup_actions(
    menu: QMenu,
    *,
    parent: QWidget,
    service: Callable[[], BackupService],
    on_restored: Callable[[], None],
) -> tuple[QAction, QAction]:
    """'Back up…' and 'Restore…' at the end of `menu`; (backup_action, restore_action).

    `service()` gives the backup service of the store open now; `on_restored` runs on the
    GUI thread, after the restore dialog closed, whenever the store was let go (replaced,
    or a swap failed): reopen the case file with a new sign-in.
    """
    backup_action = QAction(parent)
    backup_action.setObjectName("backup_store")
    restore_action = QAction(parent)
    restore_action.setObjectName("restore_store")

    def open_backup() -> None:
        BackupDialog(service(), parent=parent).exec()

    def open_restore() -> None:
        current = service()
        RestoreDialog(current, parent=parent).exec()
        if current.store_released:  # after the dialog's own loop: the window may go now
            QTimer.singleShot(0, on_restored)

    backup_action.triggered.connect(open_backup)
    restore_action.triggered.connect(open_restore)
    menu.addSeparator()
    menu.addAction(backup_action)
    menu.addAction(restore_action)

    def retranslate() -> None:
        backup_action.setText(QCoreApplication.translate("BackupDialog", "Back up…"))
        restore_action.setText(QCoreApplication.translate("BackupDialog", "Restore…"))

    retranslate()
    _Retranslator(parent, retranslate)
    return backup_action, restore_action


class _Retranslator(QWidget):
    """Calls back when the language of `parent` changes (kept alive as its child)."""

    def __init__(self, parent: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setVisible(False)
        self._callback = callback

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._callback()
        super().changeEvent(event)
