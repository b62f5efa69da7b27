"""The Conflicts page: each field changed on both sides, with base, mine and theirs; decide."""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.conflicts import Choice, ConflictRow, ConflictService
from app.services.context import ServiceError
from app.ui.labels import field_label, value_label

log = logging.getLogger(__name__)

RECORD, FIELD, BASE, MINE, THEIRS, DECISION, NEW_VALUE = range(7)
UNDECIDED = ""


def _shown(entity: str, field: str, value: Any) -> str:
    if value is None:
        return "—"
    if entity == "worker":
        return value_label(field, value)
    return value if isinstance(value, str) else json.dumps(value)


class ConflictsView(QWidget):
    """A self-contained page; `service` lists and settles conflicts for the signed-in person."""

    conflicts_resolved = Signal(int)  # how many fields were settled

    def __init__(
        self,
        service: ConflictService,
        translate_error: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._translate_error = translate_error
        self._rows: list[ConflictRow] = []
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("conflicts_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("conflicts_message")
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("conflicts_apply")
        self.refresh_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.apply_button.clicked.connect(self.apply)
        self.refresh_button.clicked.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """List the open conflicts again."""
        self._rows = self._service.open_conflicts()
        self.table.setRowCount(len(self._rows))
        for i, row in enumerate(self._rows):
            allowed = self._service.may_resolve(row.mission_id)
            cells = (
                row.record_label,
                field_label(row.field) if row.entity == "worker" else row.field,
                _shown(row.entity, row.field, row.base),
                _shown(row.entity, row.field, row.mine),
                _shown(row.entity, row.field, row.theirs),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(i, column, item)
            choice = QComboBox(self.table)
            for text, data in self._choices():
                choice.addItem(text, data)
            choice.setEnabled(allowed)
            value = QLineEdit(self.table)
            value.setEnabled(False)
            value.setText("" if row.mine is None else str(row.mine))
            choice.currentIndexChanged.connect(
                lambda _i, c=choice, v=value: v.setEnabled(c.currentData() == Choice.VALUE.value)
            )
            self.table.setCellWidget(i, DECISION, choice)
            self.table.setCellWidget(i, NEW_VALUE, value)
        self.apply_button.setEnabled(bool(self._rows))
        if not self._rows:
            self.message.setText(self.tr("No conflicts: every change is settled."))
        self.table.resizeColumnsToContents()

    def choose(self, row: int, choice: Choice, value: str = "") -> None:
        """Set the decision of one row (as a person would with the list and the box)."""
        box = self.table.cellWidget(row, DECISION)
        edit = self.table.cellWidget(row, NEW_VALUE)
        assert isinstance(box, QComboBox) and isinstance(edit, QLineEdit)
        box.setCurrentIndex(box.findData(choice.value))
        if choice is Choice.VALUE:
            edit.setText(value)

    def apply(self) -> None:
        """Settle every row with a decision; each becomes a normal edit that syncs."""
        done, problems = 0, []
        for i, row in enumerate(self._rows):
            box = self.table.cellWidget(i, DECISION)
            edit = self.table.cellWidget(i, NEW_VALUE)
            if not isinstance(box, QComboBox) or not isinstance(edit, QLineEdit):
                continue
            decision = box.currentData()
            if not decision:
                continue
            try:
                self._service.resolve(row.seq, choice=Choice(decision), value=edit.text() or None)
                done += 1
            except ServiceError as exc:
                problems.append(f"{row.record_label}: {self._error_text(exc)}")
        self.refresh()
        if problems:
            self.message.setText("\n".join(problems))
        elif done:
            self.message.setText(
                self.tr("%n field(s) settled; they sync like any change.", "", done)
            )
        self.conflicts_resolved.emit(done)

    def _error_text(self, exc: ServiceError) -> str:
        if self._translate_error is not None:
            return str(self._translate_error(exc))
        return str(exc)

    def _choices(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Decide later"), UNDECIDED),
            (self.tr("Keep mine"), Choice.MINE.value),
            (self.tr("Take theirs"), Choice.THEIRS.value),
            (self.tr("Type a new value"), Choice.VALUE.value),
        ]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Conflicts"))
        self.explanation.setText(
            self.tr(
                "These fields were changed here and on the server before the two met. "
                "The server's value is in use until you decide; nothing has been lost."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("Mine"),
                self.tr("Theirs"),
                self.tr("Decision"),
                self.tr("New value"),
            ]
        )
        self.apply_button.setText(self.tr("Apply"))
        self.refresh_button.setText(self.tr("Refresh"))
        for i in range(self.table.rowCount()):
            box = self.table.cellWidget(i, DECISION)
            if isinstance(box, QComboBox):
                for index, (text, _data) in enumerate(self._choices()):
                    box.setItemText(index, text)
