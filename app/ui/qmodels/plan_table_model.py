"""The reintegration plans list as a Qt table model, plus the plan labels the screens show."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models.enums import PlanKind, PlanStatus, Sector
from app.services.lists import Page, PlanQuery, PlanRow, PlanSort
from app.services.workers import PageCursor
from app.ui.i18n import format_date
from app.ui.qmodels.paged import RIGHT, PagedTableModel, PageOf

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


class PlanTableModel(PagedTableModel[PlanRow, PlanQuery]):
    """Rows of the current query, paged lazily; next due dates arrive later (set_next_due)."""

    CONTEXT = CONTEXT
    HEADERS = HEADERS
    SORTS = SORTS

    rows_added = Signal(list)  # plan ids whose next due date is not known yet

    def __init__(self, source: PlanPageSource, *, page_size: int = 200, parent: Any = None):
        query = PlanQuery(sort=PlanSort.WORKER, descending=False)
        super().__init__(query, page_size=page_size, parent=parent)
        self._source = source
        self._next_due: dict[uuid.UUID, date | None] = {}

    def _read_page(
        self, query: PlanQuery, *, after: PageCursor | None, limit: int
    ) -> Page[PlanRow]:
        return self._source.page(query, after=after, limit=limit)

    def _page_shown(self, page: PageOf[PlanRow]) -> None:
        self._next_due = {}

    def _rows_arrived(self, rows: Sequence[PlanRow]) -> None:
        self.rows_added.emit([r.id for r in rows])

    def set_next_due(self, due: dict[uuid.UUID, date | None]) -> None:
        """The next open milestone's due date of some plans (read off the GUI thread)."""
        self._next_due.update(due)
        rows = [i for i, r in enumerate(self._rows) if r.id in due]
        if rows:
            top, bottom = self.index(min(rows), COL_NEXT_DUE), self.index(max(rows), COL_NEXT_DUE)
            self.dataChanged.emit(top, bottom)

    def plan_row(self, row: int) -> PlanRow | None:
        return self.row_at(row)

    def _cell_data(self, row: PlanRow, column: int, role: int) -> Any:
        if role == PlanIdRole:
            return row.id
        if role == WorkerIdRole:
            return row.worker_id
        if role == SortRole:
            return self._raw(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_BUDGET:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE:
            return row.title
        return None

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
