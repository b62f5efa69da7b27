"""The community projects list as a Qt table model, with progress towards each goal."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models.enums import ProjectStatus
from app.services.lists import Page, ProjectQuery, ProjectRow, ProjectSort
from app.services.workers import PageCursor
from app.ui.qmodels.paged import RIGHT, PagedTableModel
from app.ui.qmodels.plan_table_model import format_money

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


class ProjectPageSource(Protocol):
    """What the model reads from: ProjectService.page (or a fake in tests)."""

    def page(
        self, query: ProjectQuery, *, after: PageCursor | None = None, limit: int = 200
    ) -> Page[ProjectRow]: ...


class ProjectTableModel(PagedTableModel[ProjectRow, ProjectQuery]):
    """Rows of the current query, paged lazily as the view scrolls."""

    CONTEXT = CONTEXT
    HEADERS = HEADERS
    SORTS = SORTS

    def __init__(self, source: ProjectPageSource, *, page_size: int = 200, parent: Any = None):
        super().__init__(ProjectQuery(), page_size=page_size, parent=parent)
        self._source = source

    def _read_page(
        self, query: ProjectQuery, *, after: PageCursor | None, limit: int
    ) -> Page[ProjectRow]:
        return self._source.page(query, after=after, limit=limit)

    def project_row(self, row: int) -> ProjectRow | None:
        return self.row_at(row)

    def _cell_data(self, row: ProjectRow, column: int, role: int) -> Any:
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

    def _display(self, row: ProjectRow, column: int) -> str:
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
