"""Shared pieces of the worker file: a form dialog that shows refusals beside fields, tables."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from app.services.casework import reason
from app.services.context import ServiceError, ValidationFailed
from app.ui.i18n import qt_tr

ERROR_STYLE = "color: #b00020;"
T = TypeVar("T")
W = TypeVar("W", bound=QWidget)


def while_alive(owner: QWidget, callback: Callable[[T], None]) -> Callable[[T], None]:
    """`callback`, skipped when `owner` was closed (deleted) before background work ended."""

    def call(value: T) -> None:
        if Shiboken.isValid(owner):
            callback(value)

    return call


def render(message: Any) -> str:
    """A service Message (or plain text) in the user's language."""
    return message.render(qt_tr) if hasattr(message, "render") else str(message)


def refusal_text(error: ServiceError) -> str:
    """The sentence explaining why a service refused (the first field message if any)."""
    return render(reason(error))


def fill_combo(combo: QComboBox, items: Sequence[tuple[Any, str]]) -> None:
    """Replace the items (data, text), keeping the chosen data when it is still there.

    UUIDs are kept as text (Qt cannot compare Python objects held in item data);
    `chosen_id` gives them back."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, str(data) if isinstance(data, uuid.UUID) else data)
    found = combo.findData(current)
    combo.setCurrentIndex(found if found >= 0 else 0)
    combo.blockSignals(False)


def choose_data(combo: QComboBox, data: object) -> bool:
    """Select the item holding `data` (a UUID, or a stored value); False if there is none."""
    found = combo.findData(str(data) if isinstance(data, uuid.UUID) else data)
    if found >= 0:
        combo.setCurrentIndex(found)
    return found >= 0


def chosen_id(combo: QComboBox) -> uuid.UUID | None:
    """The UUID of the chosen item (None for an item without one)."""
    data = combo.currentData()
    return uuid.UUID(data) if isinstance(data, str) and data else None


class FormDialog(QDialog):
    """A small form: each field has an error line under it; OK runs `submit()`, which
    returns True when the service accepted. Refusals stay in the dialog, nothing is lost."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok")
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.holders: dict[str, QWidget] = {}

    def add_field(self, name: str, widget: W) -> W:
        """A row for field `name`; its label text is set by `set_label`."""
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = QLabel(holder)
        error.setObjectName(f"error_{name}")
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        box.addWidget(error)
        label = QLabel(self)
        label.setBuddy(widget)
        self.form.addRow(label, holder)
        self.errors[name] = error
        self.labels[name] = label
        self.holders[name] = holder
        return widget

    def show_row(self, name: str, visible: bool) -> None:
        self.form.setRowVisible(self.holders[name], visible)

    def set_label(self, name: str, text: str) -> None:
        self.labels[name].setText(text)

    def clear_errors(self) -> None:
        self.general_error.hide()
        for label in self.errors.values():
            label.hide()

    def show_errors(self, errors: Mapping[str, Any], *, aliases: Mapping[str, str] = {}) -> None:
        """Each message beside its field; messages of fields not on screen above the buttons."""
        unplaced: list[str] = []
        for name, message in errors.items():
            target = self.errors.get(aliases.get(name, name))
            if target is None:
                unplaced.append(render(message))
                continue
            target.setText(render(message))
            target.show()
        if unplaced:
            self.show_refusal("\n".join(unplaced))

    def show_refusal(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()

    def attempt(self, call: Callable[[], T], *, aliases: Mapping[str, str] = {}) -> T | None:
        """Run a service call; a refusal is shown here and None returned."""
        self.clear_errors()
        try:
            return call()
        except ValidationFailed as exc:
            self.show_errors(exc.errors, aliases=aliases)
        except ServiceError as exc:
            self.show_refusal(render(exc.message))
        return None

    def read_failed(self, error: BaseException) -> None:
        """A background read for this dialog failed: say so above the buttons."""
        if isinstance(error, ServiceError):
            self.show_refusal(render(error.message))
        else:
            self.show_refusal(
                QCoreApplication.translate(
                    "FormDialog", "The list could not be read. Close this window and try again."
                )
            )

    def _ok(self) -> None:
        if self.submit():
            self.accept()

    def submit(self) -> bool:  # pragma: no cover - every dialog overrides it
        raise NotImplementedError


class RecordTable(QTableWidget):
    """A read-only table of rows; Enter or a double-click "opens" the current row."""

    open_requested = Signal(int)

    def __init__(self, widths: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(0, len(widths), parent)
        self._widths = tuple(widths)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.doubleClicked.connect(lambda index: self._open(index))

    def set_headers(self, headers: Sequence[str]) -> None:
        self.setHorizontalHeaderLabels(list(headers))

    def set_cells(self, rows: Sequence[Sequence[str]], *, right: Sequence[int] = ()) -> None:
        """Fill the table; columns in `right` (amounts) are right-aligned."""
        kept = self.currentRow()
        self.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text if len(text) > 24 else "")
                if j in right:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(i, j, item)
        if 0 <= kept < len(rows):
            self.selectRow(kept)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Wide enough for the header and the data in the current language (and the minimum)."""
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        for column, minimum in enumerate(self._widths):
            wanted = max(minimum, header.sectionSizeHint(column) + 12)
            for row in range(min(self.rowCount(), 200)):
                item = self.item(row, column)
                if item is not None:
                    wanted = max(wanted, min(metrics.horizontalAdvance(item.text()) + 16, 240))
            self.setColumnWidth(column, wanted)

    def selected_row(self) -> int:
        """The selected row, or -1."""
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.open_requested.emit(self.currentRow())
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.row())


class Retranslating(QWidget):
    """A tab that calls `retranslate()` when the language changes; `editable` is False
    when the person may only read this file (their role, another mission, archived)."""

    editable = True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - overridden
        pass
