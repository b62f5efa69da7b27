"""Paper to record: the officer types (or a USB scanner types) a paper form's code."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.forms.form_codes import format_form_code
from app.services.context import Message
from app.services.intake import FormCodeHolder, problem_message, read_form_code
from app.ui.dialogs.worker_fields import ERROR_STYLE
from app.ui.i18n import qt_tr

HolderLookup = Callable[[str], FormCodeHolder | None]
EXAMPLE = format_form_code("MX", "7K3Q9H2M")


class FormCodeDialog(QDialog):
    """Asks for a form code; a free one is accepted (`code_accepted`), others are refused."""

    code_accepted = Signal(str)  # the code as printed, free to bind to a new intake
    open_existing = Signal(object)  # uuid.UUID of the worker who already has the code

    def __init__(self, holder_of: HolderLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._holder_of = holder_of
        self.code: str | None = None
        self.holder: FormCodeHolder | None = None
        self._refusal: Message | None = None
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("form_code")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.edit.setFont(font)
        self.edit.setPlaceholderText(EXAMPLE)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(EXAMPLE) * 2)
        self.setMinimumWidth(self.edit.minimumWidth() + 40)
        self.prompt.setBuddy(self.edit)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_existing")
        self.open_button.setAutoDefault(False)
        self.open_button.hide()
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("start")
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAutoDefault(False)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.clicked.connect(self.try_code)
        self.cancel_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(self._open_holder)
        # A scanner types the code and presses Enter: Enter presses Start (the default).
        self.edit.textEdited.connect(lambda _t: self._clear_error())
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # wrapped text fits
        layout.addWidget(self.prompt)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.retranslate()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_code(self) -> bool:
        """Check the typed code; True (and the dialog accepted) when it is free to use."""
        self._clear_error()
        code, problem = read_form_code(self.edit.text())
        if problem is not None:
            self._refuse(problem_message(problem))
            return False
        assert code is not None
        self.edit.setText(code)
        holder = self._holder_of(code)  # one indexed read
        if holder is not None:
            self.holder = holder
            self._refuse(holder.message())
            self.open_button.setVisible(holder.readable)
            return False
        self.code = code
        self.accept()
        self.code_accepted.emit(code)
        return True

    def _refuse(self, message: Message) -> None:
        self._refusal = message
        self.error.setText(message.render(qt_tr))
        self.error.show()
        self.adjustSize()
        self.edit.selectAll()  # the next scan or typing replaces the refused code
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_error(self) -> None:
        self.holder = None
        self._refusal = None
        self.error.clear()
        self.error.hide()
        self.open_button.hide()

    def _open_holder(self) -> None:
        if self.holder is None:
            return
        worker_id: uuid.UUID = self.holder.worker_id
        self.reject()
        self.open_existing.emit(worker_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Type in a paper form") + " – Puente")
        self.prompt.setText(
            self.tr("Type the form code printed at the top of the paper form, or scan its QR code.")
        )
        self.start_button.setText(self.tr("&Start the intake"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.open_button.setText(self.tr("&Open this worker"))
        if self._refusal is not None:
            self.error.setText(self._refusal.render(qt_tr))
