"""The course catalogue and a course's participants as Qt table models (plain rows, lazy pages)."""

from __future__ import annotations

import uuid
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models.enums import CourseKind, CourseResult, EnrolmentStatus
from app.services.lists import CourseQuery, CourseRow, CourseSort, Page
from app.services.training import ParticipantRow
from app.services.workers import PageCursor
from app.ui import labels
from app.ui.i18n import format_date
from app.ui.qmodels.paged import RIGHT, PagedTableModel

Index = QModelIndex | QPersistentModelIndex

LABELS = "CourseLabels"
KIND_LABELS: dict[str, str] = {
    CourseKind.PRE_DEPARTURE_ORIENTATION: QT_TRANSLATE_NOOP(
        "CourseLabels", "Pre-departure orientation"
    ),
    CourseKind.ON_SITE_TRAINING: QT_TRANSLATE_NOOP("CourseLabels", "On-site training"),
    CourseKind.ADDITIONAL_COURSE: QT_TRANSLATE_NOOP("CourseLabels", "Additional course"),
    CourseKind.ENTREPRENEURSHIP: QT_TRANSLATE_NOOP("CourseLabels", "Entrepreneurship"),
    CourseKind.LANGUAGE: QT_TRANSLATE_NOOP("CourseLabels", "Language"),
}
STATUS_LABELS: dict[str, str] = {
    EnrolmentStatus.ENROLLED: QT_TRANSLATE_NOOP("CourseLabels", "Enrolled"),
    EnrolmentStatus.ATTENDING: QT_TRANSLATE_NOOP("CourseLabels", "Attending"),
    EnrolmentStatus.COMPLETED: QT_TRANSLATE_NOOP("CourseLabels", "Completed"),
    EnrolmentStatus.WITHDRAWN: QT_TRANSLATE_NOOP("CourseLabels", "Withdrawn"),
}
RESULT_LABELS: dict[str, str] = {
    CourseResult.PASSED: QT_TRANSLATE_NOOP("CourseLabels", "Passed"),
    CourseResult.PASSED_WITH_DISTINCTION: QT_TRANSLATE_NOOP(
        "CourseLabels", "Passed with distinction"
    ),
    CourseResult.NOT_PASSED: QT_TRANSLATE_NOOP("CourseLabels", "Not passed"),
    CourseResult.ATTENDANCE_ONLY: QT_TRANSLATE_NOOP("CourseLabels", "Attendance only"),
}
LANGUAGE_LABELS: dict[str, str] = {
    "es": QT_TRANSLATE_NOOP("CourseLabels", "Spanish"),
    "en": QT_TRANSLATE_NOOP("CourseLabels", "English"),
    "fr": QT_TRANSLATE_NOOP("CourseLabels", "French"),
}


def label(table: dict[str, str], value: object) -> str:
    """The translated label of an enum value from one of the tables above."""
    raw = "" if value is None else str(getattr(value, "value", value))
    text = table.get(raw)
    return QCoreApplication.translate(LABELS, text) if text else raw


def label_choices(table: dict[str, str]) -> list[tuple[str, str]]:
    """(stored value, translated label) of every entry, in declaration order."""
    return [(str(v), QCoreApplication.translate(LABELS, t)) for v, t in table.items()]


# --- the catalogue ----------------------------------------------------------------------

(
    COL_CODE, COL_TITLE, COL_MISSION, COL_KIND, COL_STAGE, COL_START, COL_END, COL_CAPACITY,
    COL_TAKEN, COL_HOURS,
) = range(10)  # fmt: skip
CONTEXT = "CourseTableModel"
HEADERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("CourseTableModel", "Code"),
    QT_TRANSLATE_NOOP("CourseTableModel", "Title"),
    QT_TRANSLATE_NOOP("CourseTableModel", "Mission"),
    QT_TRANSLATE_NOOP("CourseTableModel", "Kind"),
    QT_TRANSLATE_NOOP("CourseTableModel", "Stage"),
    QT_TRANSLATE_NOOP("CourseTableModel", "Starts"),
    QT_TRANSLATE_NOOP("CourseTableModel", "Ends"),
    QT_TRANSLATE_NOOP("CourseTableModel", "Places"),
    QT_TRANSLATE_NOOP("CourseTableModel", "Enrolled"),
    QT_TRANSLATE_NOOP("CourseTableModel", "Hours"),
)
SORTS: tuple[CourseSort | None, ...] = (
    CourseSort.CODE,
    CourseSort.TITLE,
    CourseSort.MISSION,
    CourseSort.KIND,
    CourseSort.STAGE,
    CourseSort.START_DATE,
    None,
    CourseSort.CAPACITY,
    None,
    None,
)

CourseIdRole = Qt.ItemDataRole.UserRole + 1  # uuid.UUID of the row's course
CourseRowRole = Qt.ItemDataRole.UserRole + 2  # the CourseRow itself


class CoursePages(Protocol):
    """What the catalogue reads from: TrainingService.courses (or a fake)."""

    def courses(
        self, query: CourseQuery, *, after: PageCursor | None = None, limit: int = 200
    ) -> Page[CourseRow]: ...


class CourseTableModel(PagedTableModel[CourseRow, CourseQuery]):
    """The courses of the current query; more pages arrive as the view scrolls."""

    CONTEXT = CONTEXT
    HEADERS = HEADERS
    SORTS = SORTS

    def __init__(self, source: CoursePages, *, page_size: int = 200, parent: Any = None) -> None:
        super().__init__(CourseQuery(), page_size=page_size, parent=parent)
        self._source = source

    def _read_page(
        self, query: CourseQuery, *, after: PageCursor | None, limit: int
    ) -> Page[CourseRow]:
        return self._source.courses(query, after=after, limit=limit)

    def course(self, row: int) -> CourseRow | None:
        return self.row_at(row)

    def _cell_data(self, row: CourseRow, column: int, role: int) -> Any:
        if role == CourseIdRole:
            return row.id
        if role == CourseRowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_MISSION:
            return labels.mission_label(row.mission_id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_CAPACITY,
            COL_TAKEN,
            COL_HOURS,
        ):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_TAKEN:
            return QColor("#b00020") if row.taken >= row.capacity else None
        return None

    def _display(self, row: CourseRow, column: int) -> str:
        if column == COL_CODE:
            return row.code
        if column == COL_TITLE:
            return row.title
        if column == COL_MISSION:
            return row.mission_id
        if column == COL_KIND:
            return label(KIND_LABELS, row.kind)
        if column == COL_STAGE:
            return labels.value_label("migration_stage", row.stage)
        if column == COL_START:
            return format_date(row.start_date)
        if column == COL_END:
            return format_date(row.end_date)
        if column == COL_CAPACITY:
            return QLocale().toString(row.capacity)
        if column == COL_TAKEN:
            return QLocale().toString(row.taken)
        if column == COL_HOURS:
            return QLocale().toString(float(row.hours), "f", 1)
        return ""


# --- participants -----------------------------------------------------------------------

(
    P_NAME, P_CASE_CODE, P_MISSION, P_STATUS, P_ENROLLED, P_ATTENDANCE, P_RESULT, P_COMPLETED,
    P_CERTIFICATE,
) = range(9)  # fmt: skip
P_CONTEXT = "ParticipantTableModel"
P_HEADERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Worker"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Case code"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Mission"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Status"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Enrolled on"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Attendance"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Result"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Completed on"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Certificate number"),
)
HOURS_TEXT = QT_TRANSLATE_NOOP("ParticipantTableModel", "{sessions}, {hours} h")

EnrolmentIdRole = Qt.ItemDataRole.UserRole + 1
WorkerIdRole = Qt.ItemDataRole.UserRole + 2
ParticipantRole = Qt.ItemDataRole.UserRole + 3


class ParticipantTableModel(QAbstractTableModel):
    """The participants of one course (a course has tens of them: no paging)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantRow] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(P_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(P_CONTEXT, P_HEADERS[section])
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == EnrolmentIdRole:
            return row.enrolment_id
        if role == WorkerIdRole:
            return row.worker_id
        if role == ParticipantRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.status == EnrolmentStatus.WITHDRAWN:
            return QColor("#777777")
        return None

    @staticmethod
    def _display(row: ParticipantRow, column: int) -> str:
        if column == P_NAME:
            return row.full_name
        if column == P_CASE_CODE:
            return row.case_code
        if column == P_MISSION:
            return row.mission_id
        if column == P_STATUS:
            return label(STATUS_LABELS, row.status)
        if column == P_ENROLLED:
            return format_date(row.enrolled_on)
        if column == P_ATTENDANCE:
            sessions = QCoreApplication.translate(
                "ParticipantTableModel", "%n session(s)", None, row.sessions_present
            )
            if not row.hours_present:
                return sessions
            hours = QLocale().toString(float(row.hours_present), "f", 1)
            return QCoreApplication.translate(P_CONTEXT, HOURS_TEXT).format(
                sessions=sessions, hours=hours
            )
        if column == P_RESULT:
            return label(RESULT_LABELS, row.result) if row.result else ""
        if column == P_COMPLETED:
            return format_date(row.completion_date)
        if column == P_CERTIFICATE:
            return row.certificate_number
        return ""

    def set_rows(self, rows: list[ParticipantRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ParticipantRow]:
        return list(self._rows)

    def participant(self, row: int) -> ParticipantRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, worker_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.worker_id == worker_id), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(P_HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(P_HEADERS) - 1)
            )
