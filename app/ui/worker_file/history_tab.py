"""The History tab: who changed which field of the worker or of their records, when, how."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.worker_file import HistoryLine
from app.ui import labels
from app.ui.dialogs.worker_history import DATE_FIELDS as WORKER_DATE_FIELDS
from app.ui.dialogs.worker_history import ENUM_FIELDS as WORKER_ENUM_FIELDS
from app.ui.i18n import format_date, format_datetime
from app.ui.worker_file import texts
from app.ui.worker_file.common import RecordTable, Retranslating
from app.ui.worker_file.profile_tab import show_value

WIDTHS = (130, 110, 170, 170, 170, 140)
DATE_FIELDS = frozenset(
    {
        "start_date",
        "planned_end_date",
        "actual_return_date",
        "enrolled_on",
        "completion_date",
        "due_date",
        "done_on",
        "month",
        "follow_up_date",
        "follow_up_done_on",
        "session_date",
        "business_started_on",
    }
)
EMPTY_AT_CREATION = frozenset({"false", "0", "0.0", "0.00"})
MONEY_FIELDS = frozenset({"amount", "budget", "own_savings", "own_remittances", "other_funding"})


def history_value(entity: str, field: str, value: str | None) -> str:
    """A stored (wire) value of a history entry as a person reads it."""
    if value is None or value == "":
        return ""
    if entity == "worker":
        if field in WORKER_ENUM_FIELDS or field in WORKER_DATE_FIELDS or field == "languages":
            parsed: object = value
            if field in WORKER_DATE_FIELDS:
                parsed = _date(value) or value
            return show_value(field, parsed)
        if field == "consent_purposes":
            return show_value(field, value)
    if field == "archived_at" or field.endswith("_at"):
        try:
            return format_datetime(dt.datetime.fromisoformat(value))
        except ValueError:
            return value
    if field in DATE_FIELDS:
        found = _date(value)
        return format_date(found) if found else value
    if field in MONEY_FIELDS:
        try:
            return texts.format_money(Decimal(value.strip('"')))
        except InvalidOperation:
            return value
    kind = texts.VALUE_KINDS.get((entity, field))
    if kind is not None:
        return texts.label(kind, value)
    if value in ("true", "false"):
        return texts.tr(texts.YES if value == "true" else texts.NO)
    try:  # numbers and lists travel as JSON
        decoded = json.loads(value)
    except ValueError:
        return value
    return value if isinstance(decoded, str) else str(decoded)


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


class HistoryTab(Retranslating):
    """Read-only: record, field, old value, new value, who (device), when; newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[HistoryLine] = []
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = RecordTable(WIDTHS, self)
        self.table.setObjectName("history")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def set_lines(self, lines: Sequence[HistoryLine]) -> None:
        self._lines = list(lines)
        self._show()

    def rows_text(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and copying)."""
        rows: list[list[str]] = []
        for i in range(self.table.rowCount()):
            items = (self.table.item(i, j) for j in range(self.table.columnCount()))
            rows.append([item.text() if item is not None else "" for item in items])
        return rows

    def _show(self) -> None:
        cells = []
        for line in self._lines:
            if line.field == "id" or line.field.endswith("_id") or line.field == "revision_of":
                continue  # links between records, not something a person typed
            if line.old_value is None and line.new_value in EMPTY_AT_CREATION:
                continue  # a new record's untouched defaults
            field = (
                labels.field_label(line.field)
                if line.entity == "worker"
                else texts.field_label(line.field)
            )
            who = f"{line.actor} ({line.device_tag})" if line.device_tag else line.actor
            if line.remote:
                who += " · " + self.tr("synced")
            cells.append(
                (
                    texts.entity_label(line.entity),
                    field,
                    history_value(line.entity, line.field, line.old_value),
                    history_value(line.entity, line.field, line.new_value),
                    who,
                    format_datetime(line.at),
                )
            )
        self.table.set_cells(cells)

    def retranslate(self) -> None:
        self.note.setText(self.tr("Every change to this worker and their records, newest first."))
        self.table.set_headers(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Old value"),
                self.tr("New value"),
                self.tr("Who"),
                self.tr("When"),
            ]
        )
        self._show()
