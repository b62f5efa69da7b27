"""The community projects list as a Qt table model, with progress towards each goal."""

from __future__ import annotations

import uuid
from dataclasses import replace
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
from app.models.enums import ProjectStatus
from app.services.lists import Page, ProjectQuery, ProjectRow, ProjectSort
from app.services.workers import PageCursor
from app.ui.qmodels.plan_table_model import format_money

Index = QModelIndex | QPersistentModelIndex

STATUS_CONTEXT = "ProjectLabels"
STATUS_LABELS: dict[ProjectStatus, str] = {
    ProjectStatus.PROPOSED: QT_TRANSLATE_NOOP("ProjectLabels", "Proposed"),
    ProjectStatus.FUNDRAISING: QT_TRANSLATE_NOOP("ProjectLabels", "Fundraising"),
    ProjectStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ProjectLabels", "In progress"),
    ProjectStatus.COMPLETED: QT_TRANSLATE_NOOP("ProjectLabels", "Completed"),
    ProjectStatus.CANCELLED: QT_TRANSLATE_NOOP("ProjectLabels", "Cancelled"),
}


def status_label(status: ProjectStatus) -> str:
    return QCoreApplication.translate(STATUS_CONTEXT, STATUS_LABELS[status])


(
    COL_TITLE,
    COL_COMMUNITY,
    COL_MISSION,
    COL_STATUS,
    COL_GOAL,
    COL_RAISED,
    COL_PROGRESS,
    COL_PARTICIPANTS,
) = range(8)

CONTEXT = "ProjectTableModel"
HEADERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ProjectTableModel", "Title"),
    QT_TRANSLATE_NOOP("ProjectTableModel", "Community"),
    QT_TRANSLATE_NOOP("ProjectTableModel", "Mission"),
    QT_TRANSLATE_NOOP("ProjectTableModel", "Status"),
    QT_TRANSLATE_NOOP("ProjectTableModel", "Goal"),
    QT_TRANSLATE_NOOP("ProjectTableModel", "Contributed"),
    QT_TRANSLATE_NOOP("ProjectTableModel", "Progress"),
    QT_TRANSLATE_NOOP("ProjectTableModel", "Participants"),
)
SORTS: tuple[ProjectSort | None, ...] = (
    ProjectSort.TITLE,
    ProjectSort.COMMUNITY,
    ProjectSort.MISSION,
    ProjectSort.STATUS,
    ProjectSort.GOAL,
    None,
    None,
    None,
)

ProjectIdRole = Qt.ItemDataRole.UserRole + 1  # uuid.UUID of the project
PercentRole = Qt.ItemDataRole.UserRole + 2  # float: percent of the goal raised (may pass 100)
SortRole = Qt.ItemDataRole.UserRole + 3  # the raw value of the cell

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ProjectPageSource(Protocol):
    """What the model reads from: ProjectService.page (or a fake in tests)."""

    def page(
        self, query: ProjectQuery, *, after: PageCursor | None = None, limit: int = 200
    ) -> Page[ProjectRow]: ...


class ProjectTableModel(QAbstractTableModel):
    """Rows of the current query, paged lazily as the view scrolls."""

    query_changed = Signal()

    def __init__(self, source: ProjectPageSource, *, page_size: int = 200, parent: Any = None):
        super().__init__(parent)
        self._source = source
        self._page_size = page_size
        self._query = ProjectQuery()
        self._rows: list[ProjectRow] = []
        self._cursor: PageCursor | None = None
        self._loaded = False

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
        if role == ProjectIdRole:
            return row.id
        if role == PercentRole:
            return float(row.percent)
        if role == SortRole:
            return self._raw(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_GOAL,
            COL_RAISED,
            COL_PARTICIPANTS,
        ):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_PROGRESS:
            return QCoreApplication.translate("ProjectTableModel", "{raised} of {goal}").format(
                raised=format_money(row.raised, row.currency),
                goal=format_money(row.goal_amount, row.currency),
            )
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The store sorts: the list is read again in the new order."""
        wanted = SORTS[column] if 0 <= column < len(SORTS) else None
        if wanted is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=wanted, descending=descending))

    @property
    def query(self) -> ProjectQuery:
        return self._query

    def set_query(self, query: ProjectQuery, *, force: bool = False) -> None:
        if query == self._query and self._loaded and not force:
            return
        page = self._source.page(query, limit=self._page_size)
        self.beginResetModel()
        self._query = query
        self._rows = list(page.rows)
        self._cursor = page.next_cursor
        self._loaded = True
        self.endResetModel()
        self.query_changed.emit()

    def reload(self) -> None:
        self.set_query(self._query, force=True)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1)
            )

    def project_row(self, row: int) -> ProjectRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, project_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == project_id), -1)

    @staticmethod
    def _display(row: ProjectRow, column: int) -> str:
        if column == COL_TITLE:
            return row.title
        if column == COL_COMMUNITY:
            return ", ".join(p for p in (row.community, row.municipality) if p)
        if column == COL_MISSION:
            return row.mission_id
        if column == COL_STATUS:
            return status_label(row.status)
        if column == COL_GOAL:
            return format_money(row.goal_amount, row.currency)
        if column == COL_RAISED:
            return format_money(row.raised, row.currency)
        if column == COL_PROGRESS:
            return QCoreApplication.translate("ProjectTableModel", "{percent} %").format(
                percent=format_percent(row.percent)
            )
        if column == COL_PARTICIPANTS:
            return str(row.participants)
        return ""

    @staticmethod
    def _raw(row: ProjectRow, column: int) -> Any:
        return (
            row.title,
            row.community,
            row.mission_id,
            row.status.value,
            row.goal_amount,
            row.raised,
            row.percent,
            row.participants,
        )[column]


def format_percent(value: Any) -> str:
    """A percentage with one decimal, as the chosen locale writes it."""
    return QLocale().toString(float(value), "f", 1)
