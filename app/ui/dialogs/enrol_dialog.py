"""Enrolment dialogs of a course: enrol several workers, record a session's attendance,
record a completion."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import Attendance, Enrolment
from app.models.enums import CourseResult, EnrolmentStatus, MissionCode
from app.services.context import ServiceError, ValidationFailed
from app.services.lists import CourseRow
from app.services.training import EnrolmentOutcome, ParticipantRow
from app.services.workers import WorkerPage, WorkerQuery
from app.ui.dialogs.worker_fields import ERROR_STYLE, Binding
from app.ui.i18n import format_date, qt_tr
from app.ui.qmodels.course_table_model import RESULT_LABELS, label_choices
from app.ui.tasks import Task, TaskCancelled, run_task
from app.ui.widgets import DateField

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 50
IdRole = Qt.ItemDataRole.UserRole + 1
OPEN = (EnrolmentStatus.ENROLLED, EnrolmentStatus.ATTENDING)


class WorkerPages(Protocol):
    def page(self, query: WorkerQuery, *, after: Any = None, limit: int = 200) -> WorkerPage: ...


class Enrolling(Protocol):
    """The training use cases these dialogs call (TrainingService, or a fake)."""

    def enrol_many(
        self,
        course_id: uuid.UUID,
        worker_ids: Iterable[uuid.UUID],
        *,
        on: date | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[EnrolmentOutcome]: ...
    def record_attendance(
        self,
        enrolment_id: uuid.UUID,
        session_date: date,
        *,
        present: bool = True,
        hours: Decimal = Decimal("0"),
    ) -> Attendance: ...
    def attendance(self, enrolment_id: uuid.UUID) -> list[Attendance]: ...
    def complete(
        self,
        enrolment_id: uuid.UUID,
        result: CourseResult,
        *,
        on: date | None = None,
        score: Decimal | None = None,
        certificate_number: str | None = None,
    ) -> Enrolment: ...


def _may_discard(parent: QWidget, title: str, text: str) -> bool:
    """Ask before closing a dialog whose work is not recorded yet; True to close."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Discard


def _error_label(parent: QWidget) -> QLabel:
    error = QLabel(parent)
    error.setObjectName("general_error")
    error.setWordWrap(True)
    error.setStyleSheet(ERROR_STYLE)
    error.hide()
    return error


class EnrolDialog(QDialog):
    """Search workers as you type, tick several, enrol them all at once.

    Each worker gets a line in the outcome list: enrolled, or why not (full, already
    enrolled...). One refusal never stops the others.
    """

    enrolled = Signal(int)  # how many were enrolled

    def __init__(
        self,
        training: Enrolling,
        workers: WorkerPages,
        course: CourseRow,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._training = training
        self._workers = workers
        self._course = course
        self._ticked: dict[uuid.UUID, str] = {}  # id -> "name · case code"
        self.task: Task | None = None
        self.outcomes: list[EnrolmentOutcome] = []
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.found = QListWidget(self)
        self.found.setObjectName("found")
        self.ticked_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.outcome_title = QLabel(self)
        self.outcome_list = QListWidget(self)
        self.outcome_list.setObjectName("outcomes")
        self.outcome_list.setWordWrap(True)
        self.outcome_title.hide()
        self.outcome_list.hide()
        self.error = _error_label(self)
        self.enrol_button = QPushButton(self)
        self.enrol_button.setObjectName("enrol")
        self.enrol_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.enrol_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.hide()
        layout = QVBoxLayout(self)
        parts: tuple[QWidget, ...] = (
            self.heading, self.search, self.found, self.ticked_label, self.progress,
            self.outcome_title, self.outcome_list, self.error, buttons,
        )  # fmt: skip
        for part in parts:
            layout.addWidget(part)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.found.itemChanged.connect(self._item_changed)
        self.enrol_button.clicked.connect(self.enrol)
        self.cancel_button.clicked.connect(self._cancel)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        self.apply_search()
        self.resize(620, 640)

    # --- searching and ticking ----------------------------------------------------------

    def apply_search(self) -> None:
        """List the workers matching the search box (ticked ones stay ticked)."""
        self._timer.stop()
        mission = (
            None if self._course.mission_id == MissionCode.HQ.value else self._course.mission_id
        )
        page = self._workers.page(
            WorkerQuery(text=self.search.text(), mission=mission), limit=SEARCH_LIMIT
        )
        self.found.blockSignals(True)
        self.found.clear()
        for row in page.rows:
            item = QListWidgetItem(f"{row.full_name} · {row.case_code}")
            item.setData(IdRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = row.id in self._ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.found.addItem(item)
        self.found.blockSignals(False)

    def _item_changed(self, item: QListWidgetItem) -> None:
        worker_id = item.data(IdRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._ticked[worker_id] = item.text()
        else:
            self._ticked.pop(worker_id, None)
        self._update_ticked()

    def tick(self, worker_id: uuid.UUID) -> bool:
        """Tick the listed worker `worker_id` (as a click on its box does)."""
        for i in range(self.found.count()):
            item = self.found.item(i)
            if item.data(IdRole) == worker_id:
                item.setCheckState(Qt.CheckState.Checked)
                return True
        return False

    def ticked(self) -> list[uuid.UUID]:
        return list(self._ticked)

    def _update_ticked(self) -> None:
        n = len(self._ticked)
        self.ticked_label.setText(self.tr("%n worker(s) ticked", "", n))
        self.enrol_button.setEnabled(n > 0 and self.task is None)

    # --- enrolling ----------------------------------------------------------------------

    def enrol(self) -> None:
        """Enrol every ticked worker, off the GUI thread, with progress and cancel."""
        ids = self.ticked()
        if not ids or self.task is not None:
            return
        course_id = self._course.id
        self.error.hide()
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.enrol_button.setEnabled(False)
        self.task = run_task(
            lambda progress: self._training.enrol_many(course_id, ids, progress=progress),
            on_done=self._done,
            on_error=self._failed,
            on_progress=lambda done, _total: self.progress.setValue(done),
        )

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _finish(self) -> None:
        self.task = None
        self.progress.hide()
        self.cancel_button.hide()
        self._update_ticked()

    def _done(self, outcomes: list[EnrolmentOutcome]) -> None:
        self.outcomes = outcomes
        names = dict(self._ticked)
        self.outcome_list.clear()
        count = 0
        for outcome in outcomes:
            name = names.get(outcome.worker_id, str(outcome.worker_id))
            if outcome.ok:
                count += 1
                text = self.tr("{worker}: enrolled").format(worker=name)
                self._ticked.pop(outcome.worker_id, None)
            else:
                assert outcome.refusal is not None
                why = outcome.refusal.render(qt_tr)
                text = self.tr("{worker}: not enrolled. {reason}").format(worker=name, reason=why)
            item = QListWidgetItem(text)
            if not outcome.ok:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.outcome_list.addItem(item)
        self._show_outcome_title()
        self.outcome_title.show()
        self.outcome_list.show()
        self._course = replace(self._course, taken=self._course.taken + count)
        self._show_heading()
        self._finish()
        self.apply_search()
        self.enrolled.emit(count)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, TaskCancelled):
            text = self.tr("Enrolment cancelled: nobody was enrolled.")
        elif isinstance(exc, ServiceError):
            text = exc.message.render(qt_tr)
        else:
            text = self.tr("The enrolment failed: nothing was saved.")
        self.error.setText(text)
        self.error.show()
        self._finish()

    def _show_outcome_title(self) -> None:
        count = sum(1 for o in self.outcomes if o.ok)
        text = self.tr("%n worker(s) enrolled", "", count)
        if count < len(self.outcomes):
            text += " " + self.tr("Some could not be enrolled:")
        self.outcome_title.setText(text)

    def _show_heading(self) -> None:
        title = self.tr("Enrol workers in {course}").format(
            course=f"{self._course.code} · {self._course.title}"
        )
        self.setWindowTitle(title)
        places = self.tr("{taken} of {capacity} places taken").format(
            taken=self._course.taken, capacity=self._course.capacity
        )
        self.heading.setText(f"<b>{title}</b><br>{places}")

    def outcome_texts(self) -> list[str]:
        return [self.outcome_list.item(i).text() for i in range(self.outcome_list.count())]

    def reject(self) -> None:
        """Close, unless enrolling is under way; ticked workers not sent yet are asked about."""
        if self.task is not None:
            return
        if self._ticked and not self.outcomes:
            title = self.tr("Workers not enrolled")
            text = self.tr("The ticked workers are not enrolled yet. Close without enrolling them?")
            if not _may_discard(self, title, text):
                return
        super().reject()

    # --- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._show_heading()
        self.search.setPlaceholderText(self.tr("Search workers by name or case code"))
        if self.outcomes:
            self._show_outcome_title()
        self.enrol_button.setText(self.tr("Enrol ticked workers"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        self._update_ticked()


class AttendanceDialog(QDialog):
    """One session: its date and hours, and who attended (ticked). Attendance is never
    changed once recorded, so a worker already recorded on that date is left alone."""

    recorded = Signal(int)  # sessions written

    def __init__(
        self,
        training: Enrolling,
        participants: list[ParticipantRow],
        *,
        today: date,
        hours: Decimal = Decimal("0"),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._training = training
        self._open = [p for p in participants if p.status in OPEN]
        self.task: Task | None = None
        self.skipped: list[str] = []
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.date = DateField(self)
        self.date.setObjectName("session_date")
        self.date.set_value(today)
        self.hours = QDoubleSpinBox(self)
        self.hours.setObjectName("hours")
        self.hours.setDecimals(1)
        self.hours.setRange(0, 24)
        self.hours.setValue(float(hours))
        self.people = QListWidget(self)
        self.people.setObjectName("attended")
        for p in self._open:
            item = QListWidgetItem(f"{p.full_name} · {p.case_code}")
            item.setData(IdRole, p.enrolment_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.error = _error_label(self)
        self.date_label = QLabel(self)
        self.hours_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.date_label, self.date)
        form.addRow(self.hours_label, self.hours)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(520, 520)

    def set_attended(self, enrolment_id: uuid.UUID, attended: bool = True) -> None:
        for i in range(self.people.count()):
            item = self.people.item(i)
            if item.data(IdRole) == enrolment_id:
                state = Qt.CheckState.Checked if attended else Qt.CheckState.Unchecked
                item.setCheckState(state)

    def save(self) -> None:
        """Write one attendance row per open participant: present when ticked."""
        session_date = self.date.value()
        if session_date is None:
            self.error.setText(self.tr("Choose the date of the session."))
            self.error.show()
            return
        marks = [
            (self.people.item(i).data(IdRole), self.people.item(i).text(),
             self.people.item(i).checkState() == Qt.CheckState.Checked)
            for i in range(self.people.count())
        ]  # fmt: skip
        if not any(present for _, _, present in marks):
            self.error.setText(self.tr("Tick at least one worker who attended."))
            self.error.show()
            return
        hours = Decimal(str(round(self.hours.value(), 1)))
        self.error.hide()
        self.save_button.setEnabled(False)
        self.task = run_task(
            lambda _progress: self._write(marks, session_date, hours),
            on_done=self._done,
            on_error=self._failed,
        )

    def _write(
        self, marks: list[tuple[uuid.UUID, str, bool]], session_date: date, hours: Decimal
    ) -> tuple[int, list[str]]:
        written, skipped = 0, []
        for enrolment_id, name, present in marks:
            if any(a.session_date == session_date for a in self._training.attendance(enrolment_id)):
                skipped.append(name)
                continue
            self._training.record_attendance(
                enrolment_id, session_date, present=present, hours=hours if present else Decimal(0)
            )
            written += 1
        return written, skipped

    def _done(self, result: tuple[int, list[str]]) -> None:
        self.task = None
        written, self.skipped = result
        self.recorded.emit(written)
        if self.skipped:
            self.error.setText(
                self.tr("Already recorded for this date, left unchanged: {names}").format(
                    names=", ".join(self.skipped)
                )
            )
            self.error.show()
            self.save_button.setEnabled(True)
            return
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        text = exc.message.render(qt_tr) if isinstance(exc, ServiceError) else str(exc)
        self.error.setText(self.tr("Attendance not recorded: {reason}").format(reason=text))
        self.error.show()
        self.save_button.setEnabled(True)

    def _ticked_any(self) -> bool:
        items = (self.people.item(i) for i in range(self.people.count()))
        return any(item.checkState() == Qt.CheckState.Checked for item in items)

    def reject(self) -> None:
        """Close; ticks not recorded yet are asked about (nothing is written on close)."""
        if self.task is not None:
            return
        if self._ticked_any() and not self.skipped:
            title = self.tr("Attendance not recorded")
            text = self.tr("The attendance ticked here is not recorded yet. Close without it?")
            if not _may_discard(self, title, text):
                return
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record attendance"))
        self.note.setText(
            self.tr(
                "Tick the workers who attended this session. Attendance cannot be changed "
                "once recorded."
            )
        )
        self.date_label.setText(self.tr("Session date"))
        self.hours_label.setText(self.tr("Hours of the session"))
        self.hours.setSuffix(" " + self.tr("h"))
        self.save_button.setText(self.tr("Record attendance"))
        self.close_button.setText(self.tr("Close"))


class CompletionDialog(QDialog):
    """A participant finished the course: result, date and certificate number."""

    completed = Signal(object)  # uuid.UUID of the enrolment

    def __init__(
        self,
        training: Enrolling,
        participant: ParticipantRow,
        *,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._training = training
        self._participant = participant
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.general_error = _error_label(self)
        result = QComboBox(self)
        result.setObjectName("result")
        date_field = DateField(self)
        date_field.setObjectName("completion_date")
        date_field.set_value(today)
        number = QLineEdit(self)
        number.setObjectName("certificate_number")
        number.setMaxLength(40)
        self.bindings = {
            "result": Binding("result", result, result.currentData, lambda _v: None),
            "completion_date": Binding(
                "completion_date", date_field, date_field.value, date_field.set_value
            ),
            "certificate_number": Binding(
                "certificate_number", number, number.text, number.setText
            ),
        }
        self.labels = {name: QLabel(self) for name in self.bindings}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name, binding in self.bindings.items():
            form.addRow(self.labels[name], binding.container)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        result.currentIndexChanged.connect(lambda _i: self._update_number())
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.retranslate()
        self._initial = self._values()
        self.resize(520, 300)

    def _values(self) -> tuple[object, ...]:
        return tuple(b.get() for b in self.bindings.values())

    def reject(self) -> None:
        """Close; a result typed but not recorded is asked about."""
        if self._values() != self._initial:
            title = self.tr("Completion not recorded")
            text = self.tr("This completion is not recorded yet. Close without it?")
            if not _may_discard(self, title, text):
                return
        super().reject()

    @property
    def result_box(self) -> QComboBox:
        combo = self.bindings["result"].widget
        assert isinstance(combo, QComboBox)
        return combo

    @property
    def number(self) -> QLineEdit:
        edit = self.bindings["certificate_number"].widget
        assert isinstance(edit, QLineEdit)
        return edit

    def _update_number(self) -> None:
        passed = self.result_box.currentData() != CourseResult.NOT_PASSED.value
        self.number.setEnabled(passed)
        if not passed:
            self.number.clear()

    def save(self) -> bool:
        for binding in self.bindings.values():
            binding.clear_error()
        self.general_error.hide()
        on = self.bindings["completion_date"].get()
        if on is None:
            self.bindings["completion_date"].show_error(self.tr("Choose the completion date."))
            return False
        try:
            saved = self._training.complete(
                self._participant.enrolment_id,
                CourseResult(self.result_box.currentData()),
                on=on,
                certificate_number=self.number.text().strip() or None,
            )
        except ValidationFailed as exc:
            for name, message in exc.errors.items():
                beside = self.bindings.get(name)
                text = message.render(qt_tr)
                if beside is not None:
                    beside.show_error(text)
                else:
                    self.general_error.setText(text)
                    self.general_error.show()
            return False
        except ServiceError as exc:
            self.general_error.setText(exc.message.render(qt_tr))
            self.general_error.show()
            return False
        self.completed.emit(saved.id)
        self.accept()
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        p = self._participant
        self.setWindowTitle(self.tr("Record completion"))
        enrolled = format_date(p.enrolled_on)
        self.heading.setText(
            self.tr("<b>{worker}</b> · {code}<br>enrolled on {date}").format(
                worker=p.full_name, code=p.case_code, date=enrolled
            )
        )
        current = self.result_box.currentData() or CourseResult.PASSED.value
        self.result_box.blockSignals(True)
        self.result_box.clear()
        for value, text in label_choices(RESULT_LABELS):
            self.result_box.addItem(text, value)
        self.result_box.setCurrentIndex(max(self.result_box.findData(current), 0))
        self.result_box.blockSignals(False)
        self.labels["result"].setText(self.tr("Result"))
        self.labels["completion_date"].setText(self.tr("Completed on"))
        self.labels["certificate_number"].setText(self.tr("Certificate number"))
        self.number.setPlaceholderText(self.tr("Left empty: the next number is given"))
        self.save_button.setText(self.tr("Record completion"))
        self.close_button.setText(self.tr("Close"))
