"""The reintegration plans list as a Qt table model, plus the plan labels the screens show."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models.enums import PlanKind, PlanStatus, Sector
from app.services.lists import Page, PlanQuery, PlanRow, PlanSort
from app.services.workers import PageCursor
from app.ui.i18n import format_date

Index = QModelIndex | QPersistentModelIndex

LABELS = "PlanLabels"
KIND_LABELS: dict[PlanKind, str] = {
    PlanKind.EMPLOYMENT: QT_TRANSLATE_NOOP("PlanLabels", "Employment"),
    PlanKind.BUSINESS: QT_TRANSLATE_NOOP("PlanLabels", "Business"),
    PlanKind.EDUCATION: QT_TRANSLATE_NOOP("PlanLabels", "Education"),
    PlanKind.COMMUNITY_INVESTMENT: QT_TRANSLATE_NOOP("PlanLabels", "Community investment"),
}
STATUS_LABELS: dict[PlanStatus, str] = {
    PlanStatus.DRAFT: QT_TRANSLATE_NOOP("PlanLabels", "Draft"),
    PlanStatus.SUBMITTED: QT_TRANSLATE_NOOP("PlanLabels", "Submitted"),
    PlanStatus.APPROVED: QT_TRANSLATE_NOOP("PlanLabels", "Approved"),
    PlanStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("PlanLabels", "In progress"),
    PlanStatus.COMPLETED: QT_TRANSLATE_NOOP("PlanLabels", "Completed"),
    PlanStatus.ABANDONED: QT_TRANSLATE_NOOP("PlanLabels", "Abandoned"),
}
SECTOR_LABELS: dict[Sector, str] = {
    Sector.CONSTRUCTION: QT_TRANSLATE_NOOP("PlanLabels", "Construction"),
    Sector.TOURISM: QT_TRANSLATE_NOOP("PlanLabels", "Tourism"),
    Sector.HOSPITALITY: QT_TRANSLATE_NOOP("PlanLabels", "Hospitality"),
    Sector.SERVICES: QT_TRANSLATE_NOOP("PlanLabels", "Services"),
    Sector.AGRICULTURE: QT_TRANSLATE_NOOP("PlanLabels", "Agriculture"),
    Sector.OTHER: QT_TRANSLATE_NOOP("PlanLabels", "Other"),
}


def label(labels: dict[Any, str], value: Any) -> str:
    """The translated label of an enum value (the raw value when unknown)."""
    text = labels.get(value)
    return QCoreApplication.translate(LABELS, text) if text else str(value)


def format_money(amount: Decimal | float | int, currency: str = "") -> str:
    """An amount as the chosen locale writes it, two decimals, then its currency code."""
    text = QLocale().toString(float(amount), "f", 2)
    return f"{text} {currency}".strip()


COL_CASE_CODE, COL_WORKER, COL_KIND, COL_TITLE, COL_STATUS, COL_BUDGET, COL_NEXT_DUE = range(7)

CONTEXT = "PlanTableModel"
HEADERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("PlanTableModel", "Case code"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Worker"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Kind"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Title"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Status"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Budget"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Next milestone due"),
)
# The store sorts; None: that column cannot be sorted (case code follows the worker).
SORTS: tuple[PlanSort | None, ...] = (
    PlanSort.WORKER,
    PlanSort.WORKER,
    PlanSort.KIND,
    PlanSort.TITLE,
    PlanSort.STATUS,
    PlanSort.BUDGET,
    None,
)

PlanIdRole = Qt.ItemDataRole.UserRole + 1  # uuid.UUID of the plan
WorkerIdRole = Qt.ItemDataRole.UserRole + 2  # uuid.UUID of the plan's worker
SortRole = Qt.ItemDataRole.UserRole + 3  # the raw value of the cell


class PlanPageSource(Protocol):
    """What the model reads from: PlanService.page (or a fake in tests)."""

    def page(
        self, query: PlanQuery, *, after: PageCursor | None = None, limit: int = 200
    ) -> Page[PlanRow]: ...


class PlanTableModel(QAbstractTableModel):
    """Rows of the current query, paged lazily; next due dates arrive later (set_next_due)."""

    query_changed = Signal()
    rows_added = Signal(list)  # plan ids whose next due date is not known yet

    def __init__(self, source: PlanPageSource, *, page_size: int = 200, parent: Any = None):
        super().__init__(parent)
        self._source = source
        self._page_size = page_size
        self._query = PlanQuery(sort=PlanSort.WORKER, descending=False)
        self._rows: list[PlanRow] = []
        self._cursor: PageCursor | None = None
        self._loaded = False
        self._next_due: dict[uuid.UUID, date | None] = {}

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
        if role == PlanIdRole:
            return row.id
        if role == WorkerIdRole:
            return row.worker_id
        if role == SortRole:
            return self._raw(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_BUDGET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE:
            return row.title
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._cursor is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._cursor is None:
            return
        page = self._source.page(self._query, after=self._cursor, limit=self._page_size)
        if not page.rows:
            self._cursor = None
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self._cursor = page.next_cursor
        self.endInsertRows()
        self.rows_added.emit([r.id for r in page.rows])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The store sorts: the list is read again in the new order."""
        wanted = SORTS[column] if 0 <= column < len(SORTS) else None
        if wanted is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=wanted, descending=descending))

    @property
    def query(self) -> PlanQuery:
        return self._query

    def set_query(self, query: PlanQuery, *, force: bool = False) -> None:
        """Show the first page of `query` (nothing is read when unchanged and loaded)."""
        if query == self._query and self._loaded and not force:
            return
        page = self._source.page(query, limit=self._page_size)
        self.beginResetModel()
        self._query = query
        self._rows = list(page.rows)
        self._cursor = page.next_cursor
        self._next_due = {}
        self._loaded = True
        self.endResetModel()
        self.query_changed.emit()
        self.rows_added.emit([r.id for r in self._rows])

    def reload(self) -> None:
        self.set_query(self._query, force=True)

    def set_next_due(self, due: dict[uuid.UUID, date | None]) -> None:
        """The next open milestone's due date of some plans (read off the GUI thread)."""
        self._next_due.update(due)
        rows = [i for i, r in enumerate(self._rows) if r.id in due]
        if rows:
            top, bottom = self.index(min(rows), COL_NEXT_DUE), self.index(max(rows), COL_NEXT_DUE)
            self.dataChanged.emit(top, bottom)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1)
            )

    def plan_row(self, row: int) -> PlanRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, plan_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == plan_id), -1)

    def _display(self, row: PlanRow, column: int) -> str:
        if column == COL_CASE_CODE:
            return row.case_code
        if column == COL_WORKER:
            return row.worker_name
        if column == COL_KIND:
            return label(KIND_LABELS, row.kind)
        if column == COL_TITLE:
            return row.title
        if column == COL_STATUS:
            return label(STATUS_LABELS, row.status)
        if column == COL_BUDGET:
            return format_money(row.budget, row.currency)
        if column == COL_NEXT_DUE:
            return format_date(self.next_due_of(row))
        return ""

    def _raw(self, row: PlanRow, column: int) -> Any:
        return (
            row.case_code,
            row.worker_name,
            row.kind.value,
            row.title,
            row.status.value,
            row.budget,
            self.next_due_of(row),
        )[column]

    def next_due_of(self, row: PlanRow) -> date | None:
        """The row's own next due date when the store gives it, else the one read later."""
        if hasattr(row, "next_due"):
            value: date | None = row.next_due
            return value
        return self._next_due.get(row.id)

    @property
    def rows_carry_next_due(self) -> bool:
        return bool(self._rows) and hasattr(self._rows[0], "next_due")
