"""The one "unsaved changes" question every editor asks before it closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_to_save(parent: QWidget, text: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel, for changes `text` describes (already translated)."""
    box = QMessageBox(parent)
    box.setObjectName("unsaved_changes")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("UnsavedChanges", "Unsaved changes"))
    box.setText(text)
    box.setInformativeText(
        QCoreApplication.translate("UnsavedChanges", "Save them before closing?")
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return QMessageBox.StandardButton(box.exec())


def may_leave(parent: QWidget, *, dirty: bool, text: str, save: Callable[[], bool]) -> bool:
    """True when an editor may close: nothing unsaved, saved now, or discarded."""
    if not dirty:
        return True
    answer = ask_to_save(parent, text)
    if answer == QMessageBox.StandardButton.Save:
        return save()
    return answer == QMessageBox.StandardButton.Discard
