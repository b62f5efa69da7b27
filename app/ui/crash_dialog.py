"""The message a person sees after an unhandled error, with a button to the log folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

CONTEXT = "CrashDialog"


def open_log_folder(folder: Path) -> bool:
    """Open the log folder in the system's file manager."""
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def error_box(reference: str, folder: Path, parent: QWidget | None = None) -> QMessageBox:
    """The message box (not shown yet) for the error with `reference`."""
    tr = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setObjectName("crash_dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Puente")
    box.setText(tr(CONTEXT, "Something went wrong, and Puente could not finish what you asked."))
    box.setInformativeText(
        tr(
            CONTEXT,
            "What was already saved is safe. If this happens again, send the log folder to "
            "your support contact and mention the reference {reference}.",
        ).format(reference=reference)
    )
    open_button = box.addButton(
        tr(CONTEXT, "Open the log folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    open_button.clicked.connect(lambda: open_log_folder(folder))
    return box


class CrashNotifier(QObject):
    """Shows the error box on the GUI thread, whichever thread the error happened on."""

    _requested = Signal(str)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self.last_box: QMessageBox | None = None
        self._requested.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def __call__(self, reference: str) -> None:
        if QThread.currentThread() is self.thread():
            self._show(reference)
        else:
            self._requested.emit(reference)

    def _show(self, reference: str) -> None:
        parent = QApplication.activeWindow()
        box = error_box(reference, self._folder, parent)
        self.last_box = box
        box.open()  # not modal to the event loop: the app keeps running
