"""The History tab of the worker editor: which field changed, from what to what, who, when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.services.workspace import HistoryRow
from app.ui import labels
from app.ui.i18n import format_date, format_datetime

ENUM_FIELDS = frozenset(
    {"sex", "id_document_type", "education", "migration_stage", "status", "mission_id"}
)
DATE_FIELDS = frozenset({"date_of_birth", "consent_date", "consent_withdrawn_at"})


class WorkerHistoryTable(QTableWidget):
    """Read-only table of history rows, newest first."""

    def __init__(self, parent: QTableWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self._rows: list[HistoryRow] = []
        self.retranslate()

    def set_rows(self, rows: Sequence[HistoryRow]) -> None:
        self._rows = list(rows)
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Old value"),
                self.tr("New value"),
                self.tr("Who"),
                self.tr("When"),
            ]
        )
        self._fill()

    def _fill(self) -> None:
        self.setRowCount(len(self._rows))
        for i, row in enumerate(self._rows):
            who = f"{row.actor} ({row.device_tag})" if row.device_tag else row.actor
            cells = (
                labels.field_label(row.field),
                _value(row.field, row.old_value),
                _value(row.field, row.new_value),
                who,
                format_datetime(row.at),
            )
            for j, text in enumerate(cells):
                self.setItem(i, j, QTableWidgetItem(text))


def _value(field: str, value: str | None) -> str:
    if value is None or value == "":
        return ""
    if field in ENUM_FIELDS:
        return labels.value_label(field, value)
    if field in DATE_FIELDS:
        try:
            return format_date(dt.date.fromisoformat(value[:10]))
        except ValueError:
            return value
    if field in ("languages", "consent_purposes"):
        names = dict(labels.choices(field))
        return ", ".join(names.get(v, v) for v in value.split(","))
    if field == "archived_at":
        try:
            return format_datetime(dt.datetime.fromisoformat(value))
        except ValueError:
            return value
    return value
