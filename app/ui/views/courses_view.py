"""The Courses section: the catalogue, a course's participants, enrolment and results."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import CourseKind, EnrolmentStatus, Role
from app.services.casework import SUPERVISOR_ONLY
from app.services.context import NOT_ALLOWED, NOT_YOUR_MISSION, Actor, ServiceError
from app.services.lists import CourseRow
from app.services.training import ParticipantRow
from app.services.workspace import TrainingService, WorkerService
from app.ui import labels
from app.ui.filters import MissionFilter, SinceFilter, StageFilter
from app.ui.i18n import format_date, qt_tr
from app.ui.qmodels.course_table_model import (
    COL_KIND,
    COL_STAGE,
    COL_START,
    KIND_LABELS,
    P_RESULT,
    P_STATUS,
    RESULT_LABELS,
    STATUS_LABELS,
    CourseRowRole,
    CourseTableModel,
    ParticipantRole,
    ParticipantTableModel,
    label_choices,
)

if TYPE_CHECKING:  # the dialogs (and the field rules they use) load when first opened
    from app.ui.dialogs.course_editor import CourseEditor
    from app.ui.dialogs.enrol_dialog import AttendanceDialog, CompletionDialog, EnrolDialog

SEARCH_DELAY_MS = 150
COURSE_WIDTHS = (110, 260, 70, 150, 130, 100, 100, 70, 80)
PARTICIPANT_WIDTHS = (200, 120, 60, 90, 100, 120, 110, 100, 150)
OPEN = (EnrolmentStatus.ENROLLED, EnrolmentStatus.ATTENDING)
DialogT = TypeVar("DialogT", bound=QDialog)


def _table(parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


class CoursesView(QWidget):
    """The catalogue (this mission's and HQ-wide courses) and the selected course's people."""

    print_requested = Signal(str, object)  # kind ("attendance_sheet" | "certificate"), UUID
    open_worker = Signal(object)  # uuid.UUID

    def __init__(
        self,
        training: TrainingService,
        workers: WorkerService,
        actor: Callable[[], Actor],
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._training = training
        self._workers = workers
        self._actor = actor
        self.mission_filter = MissionFilter(lambda: self._actor().missions, self)
        self.mission_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.stage_filter = StageFilter(self)
        self.stage_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.since_filter = SinceFilter(self)
        self.since_filter.changed.connect(self.apply_filter)
        self._today = today
        self._course: CourseRow | None = None
        self.editor: CourseEditor | None = None
        self.dialog: QDialog | None = None  # the enrolment / attendance / completion dialog
        self.model = CourseTableModel(training, parent=self)
        self.participants = ParticipantTableModel(self)
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self._connect()
        self.retranslate()

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind_filter")
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        buttons = ("new_course", "edit_course", "attendance_sheet")
        self.new_button, self.edit_button, self.sheet_button = self._buttons(buttons)
        self.table = _table(self)
        self.table.setObjectName("courses")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSortIndicator(COL_START, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        self.panel = QGroupBox(self)
        self.details = QLabel(self.panel)
        self.details.setObjectName("course_details")
        self.details.setWordWrap(True)
        names = ("enrol", "attendance", "completion", "withdraw", "certificate")
        (
            self.enrol_button, self.attendance_button, self.completion_button,
            self.withdraw_button, self.certificate_button,
        ) = self._buttons(names)  # fmt: skip
        self.people = _table(self.panel)
        self.people.setObjectName("participants")
        self.people.setModel(self.participants)
        bar = QHBoxLayout()
        bar.addWidget(self.kind)
        bar.addWidget(self.search, 1)
        for button in (self.sheet_button, self.edit_button, self.new_button):
            bar.addWidget(button)
        actions = QHBoxLayout()
        for button in (
            self.enrol_button, self.attendance_button, self.completion_button,
            self.withdraw_button, self.certificate_button,
        ):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.addWidget(self.details)
        panel_layout.addLayout(actions)
        panel_layout.addWidget(self.people, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setSizes([300, 380])
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()  # a second row: the first stays readable in French
        filters.addWidget(self.mission_filter)
        filters.addWidget(self.stage_filter)
        filters.addWidget(self.since_filter)
        filters.addStretch(1)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def _buttons(self, names: tuple[str, ...]) -> list[QPushButton]:
        made = []
        for name in names:
            button = QPushButton(self)
            button.setObjectName(name)
            made.append(button)
        return made

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.kind.activated.connect(lambda _i: self.apply_filter())
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.model.sort)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._course_selected())
        self.model.modelReset.connect(self._course_selected)
        self.table.doubleClicked.connect(lambda _i: self.edit_course())
        self.people.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.people.doubleClicked.connect(self._open_participant)
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self.edit_course)
        self.sheet_button.clicked.connect(self._print_sheet)
        self.enrol_button.clicked.connect(self.open_enrol)
        self.attendance_button.clicked.connect(self.open_attendance)
        self.completion_button.clicked.connect(self.open_completion)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.certificate_button.clicked.connect(self._print_certificate)

    # --- the catalogue ------------------------------------------------------------------

    def load(self) -> None:
        """Show the first page (done by itself the first time the section is shown)."""
        self.model.set_query(self.model.query)

    def showEvent(self, event: QShowEvent) -> None:
        if not self.model.loaded:
            self.load()
        super().showEvent(event)

    def apply_filter(self) -> None:
        self._timer.stop()
        kind = self.kind.currentData()
        query = replace(
            self.model.query,
            text=self.search.text(),
            mission=self.mission_filter.value(),
            stage=self.stage_filter.value(),
            starts_from=self.since_filter.value(),
            kind=CourseKind(kind) if kind else None,
        )
        self.model.set_query(query)

    def refresh(self, keep: uuid.UUID | None = None) -> None:
        """Read the catalogue again, keeping `keep` (default: the selected course) selected."""
        keep = keep or (self._course.id if self._course else None)
        self.model.reload()
        if keep is not None:
            self.select_course(keep)

    def select_course(self, course_id: uuid.UUID) -> bool:
        row = self.model.row_of(course_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self._course_selected()
        return True

    def selected_course(self) -> CourseRow | None:
        return self._course

    def _course_selected(self) -> None:
        index = self.table.currentIndex()
        has = index.isValid() and self.table.selectionModel().hasSelection()
        row = self.model.data(index, CourseRowRole) if has else None
        self._course = row if isinstance(row, CourseRow) else None
        self.refresh_participants()

    def refresh_participants(self) -> None:
        course = self._course
        self.participants.set_rows(self._training.participants(course.id) if course else [])
        self._show_details()
        self._update_buttons()

    def _show_details(self) -> None:
        course = self._course
        if course is None:
            self.panel.setTitle(self.tr("Participants"))
            self.details.setText(self.tr("Choose a course to see its participants."))
            return
        full = self._training.course(course.id)
        locale = QLocale()
        self.panel.setTitle(
            self.tr("Participants of {course} ({count})").format(
                course=course.code, count=locale.toString(self.participants.rowCount())
            )
        )
        dates = " – ".join(
            d for d in (format_date(full.start_date), format_date(full.end_date)) if d
        )
        parts = [
            f"<b>{full.title}</b>",
            self.tr("{hours} h").format(hours=locale.toString(float(full.hours), "f", 1)),
            dates,
            full.place,
            self.tr("{taken} of {capacity} places taken").format(
                taken=course.taken, capacity=course.capacity
            ),
        ]
        self.details.setText(" · ".join(p for p in parts if p))

    # --- who may do what ----------------------------------------------------------------

    def _edit_refusal(self, mission: str | None) -> str:
        """Why the actor may not create or edit a course of `mission` ('' when allowed)."""
        actor = self._actor()
        if actor.role in (Role.HQ_ANALYST, Role.ADMIN):
            return qt_tr("Services", NOT_ALLOWED)
        if actor.role != Role.SUPERVISOR:
            return qt_tr("Workflows", SUPERVISOR_ONLY)
        if mission is not None and mission not in actor.missions:
            return qt_tr("Services", NOT_YOUR_MISSION).format(mission=mission)
        return ""

    def _casework_refusal(self) -> str:
        if self._actor().role in (Role.HQ_ANALYST, Role.ADMIN):
            return qt_tr("Services", NOT_ALLOWED)
        return ""

    def selected_participant(self) -> ParticipantRow | None:
        index = self.people.currentIndex()
        if not index.isValid() or not self.people.selectionModel().hasSelection():
            return None
        row = self.participants.data(index, ParticipantRole)
        return row if isinstance(row, ParticipantRow) else None

    def _update_buttons(self) -> None:
        course = self._course
        person = self.selected_participant()
        new_refusal = self._edit_refusal(None)
        self._allow(self.new_button, True, new_refusal)
        edit_refusal = self._edit_refusal(course.mission_id) if course else ""
        self._allow(self.edit_button, course is not None, edit_refusal)
        self.sheet_button.setEnabled(course is not None)
        work = self._casework_refusal()
        self._allow(self.enrol_button, course is not None, work)
        self._allow(self.attendance_button, self._has_open(), work)
        is_open = person is not None and person.status in OPEN
        self._allow(self.completion_button, is_open, work)
        self._allow(self.withdraw_button, is_open, work)
        self.certificate_button.setEnabled(bool(person and person.certificate_number))

    @staticmethod
    def _allow(button: QPushButton, possible: bool, refusal: str) -> None:
        button.setEnabled(possible and not refusal)
        button.setToolTip(refusal)

    def _has_open(self) -> bool:
        return any(p.status in OPEN for p in self.participants.rows())

    # --- actions ------------------------------------------------------------------------

    def open_editor(self, course_id: uuid.UUID | None) -> CourseEditor:
        """The course editor, new or for `course_id` (window-modal, not blocking)."""
        from app.ui.dialogs.course_editor import CourseEditor

        actor = self._actor()
        missions = tuple(m for m in actor.missions) or (actor.home_mission,)
        editor = CourseEditor(self._training, course_id=course_id, missions=missions, parent=self)
        editor.course_saved.connect(self.refresh)
        editor.finished.connect(lambda _r: setattr(self, "editor", None))
        self.editor = editor
        editor.open()
        return editor

    def edit_course(self) -> None:
        if self._course is not None and self.edit_button.isEnabled():
            self.open_editor(self._course.id)

    def open_enrol(self) -> EnrolDialog | None:
        from app.ui.dialogs.enrol_dialog import EnrolDialog

        if self._course is None:
            return None
        dialog = EnrolDialog(self._training, self._workers, self._course, parent=self)
        dialog.enrolled.connect(lambda _n: self.refresh())
        return self._show(dialog)

    def open_attendance(self) -> AttendanceDialog | None:
        from app.ui.dialogs.enrol_dialog import AttendanceDialog

        if self._course is None:
            return None
        hours = self._training.course(self._course.id).hours
        dialog = AttendanceDialog(
            self._training, self.participants.rows(), today=self._today(), parent=self
        )
        dialog.hours.setValue(float(hours) if hours and hours <= 24 else 0.0)
        dialog.recorded.connect(lambda _n: self.refresh_participants())
        return self._show(dialog)

    def open_completion(self) -> CompletionDialog | None:
        from app.ui.dialogs.enrol_dialog import CompletionDialog

        person = self.selected_participant()
        if person is None:
            return None
        dialog = CompletionDialog(self._training, person, today=self._today(), parent=self)
        dialog.completed.connect(lambda _id: self._after_change(person.worker_id))
        return self._show(dialog)

    def _show(self, dialog: DialogT) -> DialogT:
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def withdraw(self) -> None:
        person = self.selected_participant()
        if person is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw from the course"),
            self.tr("Withdraw {worker} from this course? Their place is freed.").format(
                worker=person.full_name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._training.withdraw(person.enrolment_id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), exc.message.render(qt_tr))
            return
        self.refresh()
        self._select_participant(person.worker_id)

    def _after_change(self, worker_id: uuid.UUID) -> None:
        self.refresh_participants()
        self._select_participant(worker_id)

    def _select_participant(self, worker_id: uuid.UUID) -> None:
        row = self.participants.row_of(worker_id)
        if row >= 0:
            self.people.selectRow(row)

    def _open_participant(self, index: QModelIndex) -> None:
        row = self.participants.data(index, ParticipantRole)
        if isinstance(row, ParticipantRow):
            self.open_worker.emit(row.worker_id)

    def _print_sheet(self) -> None:
        if self._course is not None:
            self.print_requested.emit("attendance_sheet", self._course.id)

    def _print_certificate(self) -> None:
        person = self.selected_participant()
        if person is not None and person.certificate_number:
            self.print_requested.emit("certificate", person.enrolment_id)

    # --- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.mission_filter.refill()
        self.stage_filter.refill()
        self.since_filter.retranslate(self.tr("Starting from:"))
        current = self.kind.currentData()
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), None)
        for value, text in label_choices(KIND_LABELS):
            self.kind.addItem(text, value)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.search.setPlaceholderText(self.tr("Search courses by code or title"))
        texts = {
            self.new_button: self.tr("New course…"),
            self.edit_button: self.tr("Edit…"),
            self.sheet_button: self.tr("Attendance sheet…"),
            self.enrol_button: self.tr("Enrol workers…"),
            self.attendance_button: self.tr("Record attendance…"),
            self.completion_button: self.tr("Record completion…"),
            self.withdraw_button: self.tr("Withdraw"),
            self.certificate_button: self.tr("Certificate…"),
        }
        for button, text in texts.items():
            button.setText(text)
        self.model.retranslate()
        self.participants.retranslate()
        self._show_details()
        self._update_buttons()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Wide enough for the data, the header and every translated label of the column."""
        metrics = self.table.fontMetrics()

        def longest(items: list[tuple[str, str]]) -> int:
            return max((metrics.horizontalAdvance(text) for _, text in items), default=0) + 16

        fits = {
            (self.table, COL_KIND): longest(label_choices(KIND_LABELS)),
            (self.table, COL_STAGE): longest(labels.choices("migration_stage")),
            (self.people, P_STATUS): longest(label_choices(STATUS_LABELS)),
            (self.people, P_RESULT): longest(label_choices(RESULT_LABELS)),
        }
        for table, widths in ((self.table, COURSE_WIDTHS), (self.people, PARTICIPANT_WIDTHS)):
            header = table.horizontalHeader()
            for column, width in enumerate(widths):
                wanted = max(
                    width, header.sectionSizeHint(column) + 8, fits.get((table, column), 0)
                )
                table.setColumnWidth(column, wanted)
