"""The Training tab: the worker's enrolments; enrol from the catalogue, completion, withdrawal."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import CourseResult, EnrolmentStatus, MissionCode
from app.services.context import ServiceError
from app.services.lists import CourseQuery, CourseRow
from app.services.training import WorkerEnrolmentRow
from app.services.worker_file import WorkerFile
from app.services.workspace import TrainingService, Workspace
from app.ui.i18n import format_date
from app.ui.tasks import run_task
from app.ui.widgets import DateField
from app.ui.worker_file import texts
from app.ui.worker_file.common import (
    FormDialog,
    RecordTable,
    Retranslating,
    choose_data,
    chosen_id,
    fill_combo,
    refusal_text,
    while_alive,
)

OPEN = (EnrolmentStatus.ENROLLED, EnrolmentStatus.ATTENDING)
WIDTHS = (90, 220, 90, 90, 120, 120, 100, 150)
COURSE_PAGE = 500


class CourseEnrolDialog(FormDialog):
    """Pick a course of the worker's mission (or HQ-wide) and enrol the worker."""

    def __init__(
        self,
        service: TrainingService,
        *,
        worker_id: uuid.UUID,
        mission: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enrol_dialog")
        self._service = service
        self._worker_id = worker_id
        self._mission = mission
        self._courses: list[CourseRow] = []
        self.loaded = False
        self.course = self.add_field("course_id", QComboBox(self))
        self.course.setMinimumContentsLength(40)
        self.on = self.add_field("on", DateField(self))
        self.on.set_value(dt.date.today())
        self.ok_button.setEnabled(False)
        self.retranslate()
        self.resize(600, self.sizeHint().height())
        run_task(
            lambda _p: self._read_courses(),
            on_done=while_alive(self, self._show_courses),
            on_error=while_alive(self, self.read_failed),
        )

    def _read_courses(self) -> list[CourseRow]:
        rows = self._service.courses(CourseQuery(), limit=COURSE_PAGE).rows
        own = (self._mission, MissionCode.HQ.value)
        return [c for c in rows if c.mission_id in own and not c.archived]

    def _show_courses(self, rows: list[CourseRow]) -> None:
        self._courses = rows
        self.loaded = True
        self.retranslate()
        self.ok_button.setEnabled(bool(rows))

    def choose(self, course_id: uuid.UUID) -> bool:
        return choose_data(self.course, course_id)

    def submit(self) -> bool:
        course_id = chosen_id(self.course)
        if course_id is None:
            return False
        on = self.on.value() or dt.date.today()
        done = self.attempt(
            lambda: self._service.enrol(course_id, self._worker_id, on=on),
            aliases={"worker_id": "course_id"},
        )
        return done is not None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enrol in a course"))
        self.set_label("course_id", self.tr("&Course"))
        self.set_label("on", self.tr("&Enrolled on"))
        if not self.loaded:
            fill_combo(self.course, [(None, self.tr("Reading the catalogue…"))])
        elif not self._courses:
            fill_combo(self.course, [(None, self.tr("No course in the catalogue yet"))])
        else:
            fill_combo(self.course, [(c.id, self._course_text(c)) for c in self._courses])
        self.ok_button.setText(self.tr("&Enrol"))

    def _course_text(self, c: CourseRow) -> str:
        places = self.tr("{taken} of {capacity} places taken").format(
            taken=c.taken, capacity=c.capacity
        )
        when = format_date(c.start_date) if c.start_date else self.tr("no date")
        return f"{c.code} · {c.title} · {when} · {places}"


class CourseCompletionDialog(FormDialog):
    """Record the result of a course; a certificate number is made unless one is typed."""

    def __init__(
        self, service: TrainingService, row: WorkerEnrolmentRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("completion_dialog")
        self._service = service
        self._row = row
        self.course = QLabel(self)
        self.course.setWordWrap(True)
        self.form.insertRow(0, self.course)
        self.result_choice = self.add_field("result", QComboBox(self))
        self.on = self.add_field("completion_date", DateField(self))
        self.on.set_value(dt.date.today())
        self.certificate = self.add_field("certificate_number", QLineEdit(self))
        self.certificate.setMaxLength(40)
        self.retranslate()
        self.resize(520, self.sizeHint().height())

    def submit(self) -> bool:
        result = CourseResult(self.result_choice.currentData())
        on = self.on.value()
        if on is None:
            self.clear_errors()
            self.errors["completion_date"].setText(self.tr("Enter the date."))
            self.errors["completion_date"].show()
            return False
        number = self.certificate.text().strip() or None
        enrolment_id = self._row.enrolment.id
        done = self.attempt(
            lambda: self._service.complete(enrolment_id, result, on=on, certificate_number=number)
        )
        return done is not None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record completion"))
        self.course.setText(f"{self._row.course_code} · {self._row.course_title}")
        self.set_label("result", self.tr("&Result"))
        self.set_label("completion_date", self.tr("&Completed on"))
        self.set_label("certificate_number", self.tr("Certificate &number"))
        self.certificate.setPlaceholderText(self.tr("Leave empty to number it automatically"))
        fill_combo(self.result_choice, texts.choices("result"))


class TrainingTab(Retranslating):
    """The worker's courses with status, attendance, result and certificate."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._file: WorkerFile | None = None
        self._attendance: dict[uuid.UUID, tuple[int, Decimal]] = {}
        self.dialog: CourseEnrolDialog | CourseCompletionDialog | None = None
        self.table = RecordTable(WIDTHS, self)
        self.table.setObjectName("enrolments")
        self.enrol_button = QPushButton(self)
        self.enrol_button.setObjectName("enrol")
        self.complete_button = QPushButton(self)
        self.complete_button.setObjectName("record_completion")
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.setObjectName("withdraw")
        bar = QHBoxLayout()
        for button in (self.enrol_button, self.complete_button, self.withdraw_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.enrol_button.clicked.connect(self.open_enrol)
        self.complete_button.clicked.connect(self.open_completion)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.table.open_requested.connect(lambda _row: self.open_completion())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()

    @property
    def rows(self) -> list[WorkerEnrolmentRow]:
        return [] if self._file is None else self._file.enrolments

    def set_file(
        self, file: WorkerFile, attendance: dict[uuid.UUID, tuple[int, Decimal]] | None = None
    ) -> None:
        """Show the file; `attendance` maps each enrolment to (sessions present, hours)."""
        self._file = file
        self._attendance = attendance or {}
        self._show()

    def _show(self) -> None:
        cells = []
        for row in self.rows:
            e = row.enrolment
            cells.append(
                (
                    row.course_code,
                    row.course_title,
                    texts.label("enrolment_status", e.status),
                    format_date(e.enrolled_on),
                    self._attended(e.id),
                    texts.label("result", e.result) if e.result else "",
                    format_date(e.completion_date),
                    e.certificate_number,
                )
            )
        self.table.set_cells(cells)
        self._update_buttons()

    def _attended(self, enrolment_id: uuid.UUID) -> str:
        sessions, hours = self._attendance.get(enrolment_id, (0, Decimal("0")))
        return self.tr("%n session(s), {hours} h", "", sessions).format(
            hours=QLocale().toString(float(hours), "g", 6)
        )

    def _selected(self) -> WorkerEnrolmentRow | None:
        i = self.table.selected_row()
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def _update_buttons(self) -> None:
        archived = self._file is None or not self.editable
        chosen = self._selected()
        is_open = chosen is not None and chosen.enrolment.status in OPEN
        self.enrol_button.setEnabled(not archived)
        self.complete_button.setEnabled(not archived and is_open)
        self.withdraw_button.setEnabled(not archived and is_open)

    def open_enrol(self) -> CourseEnrolDialog | None:
        if self._file is None:
            return None
        worker = self._file.worker
        dialog = CourseEnrolDialog(
            self._ws.training, worker_id=worker.id, mission=worker.mission_id, parent=self
        )
        dialog.accepted.connect(self.changed.emit)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_completion(self) -> CourseCompletionDialog | None:
        chosen = self._selected()
        if chosen is None or chosen.enrolment.status not in OPEN:
            return None
        dialog = CourseCompletionDialog(self._ws.training, chosen, parent=self)
        dialog.accepted.connect(self.changed.emit)
        self.dialog = dialog
        dialog.open()
        return dialog

    def withdraw_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw from the course"),
            self.tr("Withdraw the worker from {course}? Their place is freed.").format(
                course=chosen.course_title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._ws.training.withdraw(chosen.enrolment.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), refusal_text(exc))
            return
        self.changed.emit()

    def retranslate(self) -> None:
        self.enrol_button.setText(self.tr("E&nrol in a course…"))
        self.complete_button.setText(self.tr("Record &completion…"))
        self.withdraw_button.setText(self.tr("&Withdraw"))
        self.table.set_headers(
            [
                self.tr("Code"),
                self.tr("Course"),
                self.tr("Status"),
                self.tr("Enrolled on"),
                self.tr("Attendance"),
                self.tr("Result"),
                self.tr("Completed on"),
                self.tr("Certificate number"),
            ]
        )
        self._show()
