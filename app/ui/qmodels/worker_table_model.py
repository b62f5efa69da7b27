"""The workers list as a Qt table model: pages of WorkerRow from the service, fetched lazily."""

from __future__ import annotations

import uuid
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models import WorkerRow
from app.services.workers import PageCursor, WorkerPage, WorkerQuery, WorkerSort
from app.ui import labels
from app.ui.i18n import format_date, format_datetime
from app.ui.qmodels.paged import PagedTableModel, PageOf

COL_CASE_CODE, COL_NAME, COL_MISSION, COL_STAGE, COL_BIRTH, COL_COMMUNITY, COL_UPDATED = range(7)

CONTEXT = "WorkerTableModel"
HEADERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("WorkerTableModel", "Case code"),
    QT_TRANSLATE_NOOP("WorkerTableModel", "Full name"),
    QT_TRANSLATE_NOOP("WorkerTableModel", "Mission"),
    QT_TRANSLATE_NOOP("WorkerTableModel", "Stage"),
    QT_TRANSLATE_NOOP("WorkerTableModel", "Date of birth"),
    QT_TRANSLATE_NOOP("WorkerTableModel", "Community"),
    QT_TRANSLATE_NOOP("WorkerTableModel", "Last change"),
)
SORTS: tuple[WorkerSort, ...] = (
    WorkerSort.CASE_CODE,
    WorkerSort.NAME,
    WorkerSort.MISSION,
    WorkerSort.STAGE,
    WorkerSort.DATE_OF_BIRTH,
    WorkerSort.COMMUNITY,
    WorkerSort.UPDATED_AT,
)

WorkerIdRole = Qt.ItemDataRole.UserRole + 1  # uuid.UUID of the row's worker
ArchivedRole = Qt.ItemDataRole.UserRole + 2  # bool
SortRole = Qt.ItemDataRole.UserRole + 3  # the raw value (date, str) of the cell


class PageSource(Protocol):
    """What the model reads from: WorkerService.page (or a fake in tests)."""

    def page(
        self, query: WorkerQuery, *, after: PageCursor | None = None, limit: int = 200
    ) -> WorkerPage: ...


class WorkerTableModel(PagedTableModel[WorkerRow, WorkerQuery]):
    """Rows of the current query; more pages arrive as the view scrolls (fetchMore)."""

    CONTEXT = CONTEXT
    HEADERS = HEADERS
    SORTS = SORTS

    def __init__(self, source: PageSource, *, page_size: int = 200, parent: Any = None) -> None:
        super().__init__(WorkerQuery(), page_size=page_size, parent=parent)
        self._source = source
        self.capped = False  # the search matched more workers than the store lists

    def _read_page(self, query: WorkerQuery, *, after: PageCursor | None, limit: int) -> WorkerPage:
        return self._source.page(query, after=after, limit=limit)

    def _page_shown(self, page: PageOf[WorkerRow]) -> None:
        self.capped = bool(getattr(page, "capped", False))

    def worker_id(self, row: int) -> uuid.UUID | None:
        worker = self.row_at(row)
        return worker.id if worker is not None else None

    def _cell_data(self, row: WorkerRow, column: int, role: int) -> Any:
        if role == WorkerIdRole:
            return row.id
        if role == ArchivedRole:
            return row.archived
        if role == SortRole:
            return self._raw(row, column)
        if role == Qt.ItemDataRole.FontRole and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_MISSION:
            return labels.mission_label(row.mission_id)
        return None

    def _display(self, row: WorkerRow, column: int) -> str:
        if column == COL_CASE_CODE:
            return row.case_code
        if column == COL_NAME:
            return row.full_name
        if column == COL_MISSION:
            return row.mission_id
        if column == COL_STAGE:
            return labels.value_label("migration_stage", row.migration_stage)
        if column == COL_BIRTH:
            return format_date(row.date_of_birth)
        if column == COL_COMMUNITY:
            return row.community
        if column == COL_UPDATED:
            return format_datetime(row.updated_at)
        return ""

    @staticmethod
    def _raw(row: WorkerRow, column: int) -> Any:
        return (
            row.case_code,
            row.full_name,
            row.mission_id,
            row.migration_stage.value,
            row.date_of_birth,
            row.community,
            row.updated_at,
        )[column]
