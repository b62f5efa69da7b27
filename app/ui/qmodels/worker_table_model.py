"""The workers list as a Qt table model: pages of WorkerRow from the service, fetched lazily."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models import WorkerRow
from app.services.workers import PageCursor, WorkerPage, WorkerQuery, WorkerSort
from app.ui import labels
from app.ui.i18n import format_date, format_datetime

Index = QModelIndex | QPersistentModelIndex

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


class WorkerTableModel(QAbstractTableModel):
    """Rows of the current query; more pages arrive as the view scrolls (fetchMore)."""

    query_changed = Signal()  # after a reset: new search, sort or filter

    def __init__(self, source: PageSource, *, page_size: int = 200, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._page_size = page_size
        self._query = WorkerQuery()
        self._rows: list[WorkerRow] = []
        self._cursor: PageCursor | None = None
        self._loaded = False
        self.capped = False

    # --- what the view asks -------------------------------------------------------------

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
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == WorkerIdRole:
            return row.id
        if role == ArchivedRole:
            return row.archived
        if role == SortRole:
            return self._raw(row, index.column())
        if role == Qt.ItemDataRole.FontRole and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_MISSION:
            return labels.mission_label(row.mission_id)
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._cursor is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._cursor is None:
            return
        page = self._source.page(self._query, after=self._cursor, limit=self._page_size)
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self._cursor = page.next_cursor
            self.endInsertRows()
        else:
            self._cursor = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the store's: the list is reset and read again in the new order."""
        if not 0 <= column < len(SORTS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=SORTS[column], descending=descending))

    # --- what the view tells it ---------------------------------------------------------

    @property
    def query(self) -> WorkerQuery:
        return self._query

    def set_query(self, query: WorkerQuery, *, force: bool = False) -> None:
        """Show the first page of `query` (nothing is read if it is unchanged and loaded)."""
        if query == self._query and self._loaded and not force:
            return
        page = self._source.page(query, limit=self._page_size)
        self.beginResetModel()
        self._query = query
        self._rows = list(page.rows)
        self._cursor = page.next_cursor
        self.capped = page.capped
        self._loaded = True
        self.endResetModel()
        self.query_changed.emit()

    def reload(self) -> None:
        """Read the current query again from the start (after a save or an archive)."""
        self.set_query(self._query, force=True)

    def retranslate(self) -> None:
        """Headers and labels follow a language change."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1)
            )

    def worker_id(self, row: int) -> uuid.UUID | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, worker_id: uuid.UUID) -> int:
        """The row showing `worker_id` among those loaded (-1 if not loaded)."""
        return next((i for i, r in enumerate(self._rows) if r.id == worker_id), -1)

    # --- cells --------------------------------------------------------------------------

    @staticmethod
    def _display(row: WorkerRow, column: int) -> str:
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
