"""Small reusable input widgets: a date that may be "not set", a list of tick boxes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QToolButton,
    QWidget,
)

from app.ui.i18n import date_format

# The date edit's minimum stands for "no date": Qt then shows the special value text.
NOT_SET = QDate(1900, 1, 1)


class DateField(QWidget):
    """A date the person picks or types, with a "Not set" state and a button to clear it."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(NOT_SET)
        self.edit.setMaximumDate(QDate(2100, 12, 31))
        self.edit.setDate(NOT_SET)
        self.edit.dateChanged.connect(lambda _d: self.edited.emit())
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.retranslate()

    def value(self) -> dt.date | None:
        qdate = self.edit.date()
        return None if qdate == NOT_SET else dt.date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setDate(NOT_SET if value is None else QDate(value.year, value.month, value.day))
        if value is None:  # the calendar opens on this month, with nothing chosen
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())

    def clear(self) -> None:
        self.set_value(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.edit.setDisplayFormat(date_format())
        self.edit.setSpecialValueText(self.tr("Not set"))
        self.clear_button.setToolTip(self.tr("Clear this date"))


class CheckList(QWidget):
    """Tick boxes for a comma-separated list of stored values."""

    edited = Signal()

    def __init__(self, values: list[str], *, columns: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for i, value in enumerate(values):
            box = QCheckBox(value, self)
            box.toggled.connect(lambda _on: self.edited.emit())
            layout.addWidget(box, i // columns, i % columns)
            self.boxes[value] = box

    def set_labels(self, labels: dict[str, str]) -> None:
        for value, box in self.boxes.items():
            box.setText(labels.get(value, value))

    def selected(self) -> list[str]:
        return [v for v, box in self.boxes.items() if box.isChecked()]

    def set_selected(self, values: list[str]) -> None:
        for value, box in self.boxes.items():
            box.setChecked(value in values)
