"""Open follow-ups of one group (overdue, this week, later) as a lazy Qt table model."""

from __future__ import annotations

import uuid
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models.enums import NoteKind
from app.services.followups import FollowUpRow
from app.services.lists import FollowUpQuery, Page
from app.services.workers import PageCursor
from app.ui.i18n import format_date

Index = QModelIndex | QPersistentModelIndex

CONTEXT = "FollowUpTableModel"
NOTE_KIND_LABELS: dict[str, str] = {
    NoteKind.INTERVIEW: QT_TRANSLATE_NOOP("FollowUpTableModel", "Interview"),
    NoteKind.FOLLOW_UP: QT_TRANSLATE_NOOP("FollowUpTableModel", "Follow-up"),
    NoteKind.CALL: QT_TRANSLATE_NOOP("FollowUpTableModel", "Call"),
    NoteKind.VISIT: QT_TRANSLATE_NOOP("FollowUpTableModel", "Visit"),
    NoteKind.REFERRAL: QT_TRANSLATE_NOOP("FollowUpTableModel", "Referral"),
}

COL_DUE, COL_LATE, COL_WORKER, COL_CASE_CODE, COL_KIND, COL_OFFICER, COL_NOTE = range(7)
HEADERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("FollowUpTableModel", "Due"),
    QT_TRANSLATE_NOOP("FollowUpTableModel", "Days late"),
    QT_TRANSLATE_NOOP("FollowUpTableModel", "Worker"),
    QT_TRANSLATE_NOOP("FollowUpTableModel", "Case code"),
    QT_TRANSLATE_NOOP("FollowUpTableModel", "Kind"),
    QT_TRANSLATE_NOOP("FollowUpTableModel", "Officer"),
    QT_TRANSLATE_NOOP("FollowUpTableModel", "Note"),
)
ARCHIVED = QT_TRANSLATE_NOOP("FollowUpTableModel", "The record of this worker is archived.")

NoteIdRole = Qt.ItemDataRole.UserRole + 1
WorkerIdRole = Qt.ItemDataRole.UserRole + 2
FollowUpRole = Qt.ItemDataRole.UserRole + 3


def kind_label(kind: object) -> str:
    raw = str(getattr(kind, "value", kind))
    text = NOTE_KIND_LABELS.get(raw)
    return QCoreApplication.translate(CONTEXT, text) if text else raw


class FollowUpPages(Protocol):
    """What the model reads from: FollowUpService.page (or a fake)."""

    def page(
        self, query: FollowUpQuery, *, after: PageCursor | None = None, limit: int = 200
    ) -> Page[FollowUpRow]: ...


class FollowUpTableModel(QAbstractTableModel):
    """The follow-ups of a query (one group and officer), oldest due first, page by page."""

    def __init__(self, source: FollowUpPages, *, page_size: int = 200, parent: Any = None):
        super().__init__(parent)
        self._source = source
        self._page_size = page_size
        self._query: FollowUpQuery | None = None
        self._rows: list[FollowUpRow] = []
        self._cursor: PageCursor | None = None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == NoteIdRole:
            return row.note_id
        if role == WorkerIdRole:
            return row.worker_id
        if role == FollowUpRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.worker_archived:
                return QCoreApplication.translate(CONTEXT, ARCHIVED)
            return row.excerpt if column == COL_NOTE else None
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_DUE, COL_LATE):
            return QColor("#b00020") if row.days_overdue > 0 else None
        if role == Qt.ItemDataRole.FontRole and row.worker_archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_LATE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(row: FollowUpRow, column: int) -> str:
        values = (
            format_date(row.follow_up_date),
            str(row.days_overdue) if row.days_overdue > 0 else "",
            row.full_name,
            row.case_code,
            kind_label(row.kind),
            row.author,
            row.excerpt,
        )
        return values[column] if 0 <= column < len(values) else ""

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._cursor is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._cursor is None or self._query is None:
            return
        page = self._source.page(self._query, after=self._cursor, limit=self._page_size)
        self._cursor = page.next_cursor
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()

    @property
    def query(self) -> FollowUpQuery | None:
        return self._query

    @property
    def page_size(self) -> int:
        return self._page_size

    def set_query(self, query: FollowUpQuery) -> None:
        """Show the first page of `query` (always read again: notes change underneath)."""
        self.set_page(query, self._source.page(query, limit=self._page_size))

    def set_page(self, query: FollowUpQuery, page: Page[FollowUpRow]) -> None:
        """Show `page`, the first page of `query` read elsewhere (off the GUI thread)."""
        self.beginResetModel()
        self._query = query
        self._rows = list(page.rows)
        self._cursor = page.next_cursor
        self.endResetModel()

    def followup(self, row: int) -> FollowUpRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, note_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.note_id == note_id), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1)
            )
