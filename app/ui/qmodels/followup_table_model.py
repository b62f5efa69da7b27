"""Open follow-ups of one group (overdue, this week, later) as a lazy Qt table model."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models.enums import NoteKind
from app.services.followups import FollowUpRow
from app.services.lists import FollowUpQuery, Page
from app.services.workers import PageCursor
from app.ui.i18n import format_date
from app.ui.qmodels.paged import RIGHT, PagedTableModel

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


class FollowUpTableModel(PagedTableModel[FollowUpRow, FollowUpQuery | None]):
    """The follow-ups of a query (one group and officer), oldest due first, page by page."""

    CONTEXT = CONTEXT
    HEADERS = HEADERS
    ROW_KEY = "note_id"

    def __init__(self, source: FollowUpPages, *, page_size: int = 200, parent: Any = None):
        super().__init__(None, page_size=page_size, parent=parent)
        self._source = source

    def _read_page(
        self, query: FollowUpQuery | None, *, after: PageCursor | None, limit: int
    ) -> Page[FollowUpRow]:
        assert query is not None, "a follow-up list is read for a query"
        return self._source.page(query, after=after, limit=limit)

    def set_query(self, query: FollowUpQuery | None, *, force: bool = True) -> None:
        """Show the first page of `query` (always read again: notes change underneath)."""
        super().set_query(query, force=True)

    def followup(self, row: int) -> FollowUpRow | None:
        return self.row_at(row)

    def _cell_data(self, row: FollowUpRow, column: int, role: int) -> Any:
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
            return RIGHT
        return None

    def _display(self, row: FollowUpRow, column: int) -> str:
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
