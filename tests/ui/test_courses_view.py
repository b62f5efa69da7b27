"""A supervisor runs the course catalogue: creates a course, enrols, records attendance and
results, and is told plainly when something is refused."""

from __future__ import annotations

import threading
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QMessageBox,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from app.models.enums import CourseKind, CourseResult, EnrolmentStatus, Role
from app.services.context import Actor
from app.services.workers import WorkerQuery
from app.services.workspace import Workspace
from app.ui.dialogs.course_editor import CourseEditor
from app.ui.dialogs.enrol_dialog import AttendanceDialog, CompletionDialog, EnrolDialog
from app.ui.i18n import LanguageSwitcher
from app.ui.qmodels.course_table_model import (
    COL_CODE,
    COL_KIND,
    COL_TAKEN,
    P_ATTENDANCE,
    P_CERTIFICATE,
    P_NAME,
    P_STATUS,
)
from app.ui.views.courses_view import CoursesView
from tests.ui.conftest import add_workers, answer_next_message_box, type_text

TODAY = date(2026, 11, 25)
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _supervisor(ws: Workspace) -> Actor:
    actor = Actor("ana.lopez", "Ana López", Role.SUPERVISOR, ("MX",), ws.actor().device_tag)
    ws.set_actor(actor)
    return actor


def _view(qtbot: QtBot, ws: Workspace) -> CoursesView:
    view = CoursesView(ws.training, ws.workers, ws.actor, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    view.load()
    return view


def _course(ws: Workspace, *, code: str = "PDO-01", capacity: int = 3) -> uuid.UUID:
    course = ws.training.create_course(
        {
            "mission_id": "MX",
            "code": code,
            "title": "Orientación previa a la salida",
            "kind": CourseKind.PRE_DEPARTURE_ORIENTATION,
            "hours": Decimal("6"),
            "start_date": date(2026, 12, 1),
            "end_date": date(2026, 12, 3),
            "place": "Guadalajara",
            "capacity": capacity,
        }
    )
    return course.id


def _worker_ids(ws: Workspace) -> list[uuid.UUID]:
    return [r.id for r in ws.workers.page(WorkerQuery(), limit=50).rows]


def _set_date(field: object, value: date) -> None:
    field.edit.setDate(QDate(value.year, value.month, value.day))  # type: ignore[attr-defined]


def _choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _select_participant(view: CoursesView, name_start: str) -> None:
    for row in range(view.participants.rowCount()):
        if view.participants.index(row, P_NAME).data().startswith(name_start):
            view.people.selectRow(row)
            return
    raise AssertionError(f"no participant {name_start}")


def _enrol(qtbot: QtBot, view: CoursesView, names: list[str]) -> EnrolDialog:
    _click(qtbot, view.enrol_button)
    dialog = view.dialog
    assert isinstance(dialog, EnrolDialog)
    for name in names:
        dialog.search.clear()
        type_text(dialog.search, name)
        qtbot.waitUntil(lambda n=name: any(  # type: ignore[misc]
            dialog.found.item(i).text().startswith(n) for i in range(dialog.found.count())
        ))  # fmt: skip
        for i in range(dialog.found.count()):
            item = dialog.found.item(i)
            if item.text().startswith(name):
                item.setCheckState(Qt.CheckState.Checked)
                break
    _click(qtbot, dialog.enrol_button)
    qtbot.waitUntil(lambda: dialog.task is None and dialog.outcome_list.count() > 0)
    return dialog


def test_a_supervisor_creates_a_course_with_errors_shown_beside_fields(
    qtbot: QtBot, officer_workspace: Workspace
) -> None:
    _supervisor(officer_workspace)
    view = _view(qtbot, officer_workspace)
    assert view.new_button.isEnabled()
    _click(qtbot, view.new_button)
    editor = view.editor
    assert isinstance(editor, CourseEditor)
    w = editor.bindings
    code = w["code"].widget
    assert isinstance(code, QLineEdit)
    qtbot.keyClicks(code, "pdo-2026-03")
    _set_date(w["start_date"].widget, date(2026, 12, 3))
    _set_date(w["end_date"].widget, date(2026, 12, 1))
    _click(qtbot, editor.save_button)
    assert editor.error_text("title") == "This field is required."
    assert editor.error_text("end_date") == "The end date cannot be before the start date."
    assert editor.isVisible() and view.model.rowCount() == 0  # nothing stored

    type_text(w["title"].widget, "Orientación previa a la salida")
    _set_date(w["end_date"].widget, date(2026, 12, 5))
    _choose(w["kind"].widget, CourseKind.PRE_DEPARTURE_ORIENTATION.value)  # type: ignore[arg-type]
    hours = w["hours"].widget
    assert isinstance(hours, QDoubleSpinBox)
    hours.setValue(12.5)
    capacity = w["capacity"].widget
    assert isinstance(capacity, QSpinBox)
    capacity.setValue(20)
    _click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert view.model.rowCount() == 1
    assert view.model.index(0, COL_CODE).data() == "PDO-2026-03"
    assert view.model.index(0, COL_KIND).data() == "Pre-departure orientation"
    assert view.selected_course() is not None  # the new course is selected
    assert "12.5 h" in view.details.text()

    # a code already used in the mission is refused beside the code
    _click(qtbot, view.new_button)
    again = view.editor
    assert isinstance(again, CourseEditor)
    qtbot.keyClicks(again.bindings["code"].widget, "PDO-2026-03")
    qtbot.keyClicks(again.bindings["title"].widget, "Otro")
    _click(qtbot, again.save_button)
    assert again.error_text("code") == "Mission MX already has a course with code PDO-2026-03."
    again._saved = again.values()  # nobody answers "save changes?" at the end of a test
    again.reject()


def test_an_officer_cannot_create_or_edit_courses_and_sees_why(
    qtbot: QtBot, officer_workspace: Workspace
) -> None:
    _supervisor(officer_workspace)
    _course(officer_workspace)
    officer = Actor("pedro", "Pedro Ruiz", Role.FIELD_OFFICER, ("MX",), "T1X")
    officer_workspace.set_actor(officer)
    view = _view(qtbot, officer_workspace)
    view.table.selectRow(0)
    assert not view.new_button.isEnabled()
    assert view.new_button.toolTip() == "Only a mission supervisor can do this."
    assert not view.edit_button.isEnabled()
    assert view.enrol_button.isEnabled()  # officers enrol workers


def test_an_hq_analyst_reads_but_changes_nothing(
    qtbot: QtBot, officer_workspace: Workspace
) -> None:
    _supervisor(officer_workspace)
    add_workers(officer_workspace, 1)
    course_id = _course(officer_workspace)
    officer_workspace.training.enrol_many(course_id, _worker_ids(officer_workspace), on=TODAY)
    analyst = Actor("hq", "HQ", Role.HQ_ANALYST, ("HQ",), "T9H")
    officer_workspace.set_actor(analyst)
    view = CoursesView(
        officer_workspace.training, officer_workspace.workers, officer_workspace.actor
    )
    qtbot.addWidget(view)
    view.show()  # the first show reads the catalogue
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    view.people.selectRow(0)
    assert view.participants.rowCount() == 1
    buttons = (view.new_button, view.edit_button, view.enrol_button, view.withdraw_button)
    assert not any(b.isEnabled() for b in buttons)
    assert view.enrol_button.toolTip() == "Your role does not allow this action."
    assert view.sheet_button.isEnabled()  # printing is reading


def test_the_service_refusal_is_shown_in_the_editor(
    qtbot: QtBot, officer_workspace: Workspace
) -> None:
    """A supervisor whose rights change while the editor is open sees the service's no."""
    _supervisor(officer_workspace)
    course_id = _course(officer_workspace)
    view = _view(qtbot, officer_workspace)
    editor = view.open_editor(course_id)
    officer_workspace.set_actor(Actor("ana.lopez", "Ana", Role.FIELD_OFFICER, ("MX",), "T1X"))
    editor.bindings["title"].widget.clear()  # type: ignore[attr-defined]
    type_text(editor.bindings["title"].widget, "Nuevo título")
    _click(qtbot, editor.save_button)
    assert editor.general_error.text() == "Only a mission supervisor can do this."
    assert officer_workspace.training.course(course_id).title != "Nuevo título"
    editor._saved = editor.values()
    editor.reject()


def test_enrol_three_at_once_then_capacity_and_duplicate_are_refused(
    qtbot: QtBot, officer_workspace: Workspace
) -> None:
    _supervisor(officer_workspace)
    add_workers(officer_workspace, 5)
    _course(officer_workspace, capacity=3)
    view = _view(qtbot, officer_workspace)
    view.table.selectRow(0)
    dialog = _enrol(qtbot, view, ["Juan A", "Juan B", "Juan C"])
    texts = dialog.outcome_texts()
    assert [t.split(" ")[1] for t in texts] == ["A", "B", "C"]
    assert all(t.endswith(": enrolled") for t in texts), texts
    assert dialog.outcome_title.text().startswith("3 worker")  # "(s)": English plurals need en.qm
    assert view.participants.rowCount() == 3
    assert view.model.index(0, COL_TAKEN).data() == "3"
    dialog.close()

    dialog = _enrol(qtbot, view, ["Juan D", "Juan A"])
    texts = dialog.outcome_texts()
    assert texts[0].endswith("not enrolled. The course is full: 3 places, 3 taken.")
    assert texts[0].startswith("Juan D ")
    assert texts[1].endswith(
        "not enrolled. Juan A García López is already enrolled in this course."
    )
    assert "Some could not be enrolled" in dialog.outcome_title.text()
    assert view.participants.rowCount() == 3
    dialog.close()


class GatedTraining:
    """The real training service, whose bulk enrolment waits after its first worker until
    the test lets it go on (so a cancel lands mid-way, every time)."""

    def __init__(self, real: object) -> None:
        self.real = real
        self.started = threading.Event()
        self.release = threading.Event()

    def enrol_many(self, course_id: uuid.UUID, ids: list[uuid.UUID], **kw: Any) -> Any:
        progress = kw.pop("progress")

        def gated(done: int, total: int) -> None:
            self.started.set()
            self.release.wait(10)
            progress(done, total)

        return self.real.enrol_many(course_id, ids, progress=gated, **kw)  # type: ignore[attr-defined]


def test_cancelling_a_bulk_enrolment_leaves_nobody_enrolled(
    qtbot: QtBot, officer_workspace: Workspace
) -> None:
    _supervisor(officer_workspace)
    add_workers(officer_workspace, 3)
    course_id = _course(officer_workspace, capacity=10)
    view = _view(qtbot, officer_workspace)
    view.table.selectRow(0)
    course = view.selected_course()
    assert course is not None
    gate = GatedTraining(officer_workspace.training)
    dialog = EnrolDialog(gate, officer_workspace.workers, course)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    for worker_id in _worker_ids(officer_workspace):
        assert dialog.tick(worker_id)
    assert dialog.ticked_label.text().startswith("3 worker")
    _click(qtbot, dialog.enrol_button)
    assert gate.started.wait(10)
    assert dialog.cancel_button.isVisible() and not dialog.enrol_button.isEnabled()
    _click(qtbot, dialog.cancel_button)
    gate.release.set()
    qtbot.waitUntil(lambda: dialog.task is None)
    assert dialog.error.text() == "Enrolment cancelled: nobody was enrolled."
    assert officer_workspace.training.participants(course_id) == []  # rolled back
    assert len(dialog.ticked()) == 3  # still ticked: enrol again, or close and say so
    answer_next_message_box(qtbot, QMessageBox.StandardButton.Discard)
    dialog.close()
    assert not dialog.isVisible()


def test_record_attendance_completion_certificate_and_withdraw(
    qtbot: QtBot, officer_workspace: Workspace
) -> None:
    _supervisor(officer_workspace)
    add_workers(officer_workspace, 3)
    course_id = _course(officer_workspace, capacity=10)
    officer_workspace.training.enrol_many(course_id, _worker_ids(officer_workspace), on=TODAY)
    view = _view(qtbot, officer_workspace)
    printed: list[tuple[str, object]] = []
    opened: list[object] = []
    view.print_requested.connect(lambda kind, ident: printed.append((kind, ident)))
    view.open_worker.connect(opened.append)
    view.table.selectRow(0)
    assert view.participants.rowCount() == 3

    # attendance: tick two of three for the session of 1 December
    _click(qtbot, view.attendance_button)
    sheet = view.dialog
    assert isinstance(sheet, AttendanceDialog)
    assert sheet.hours.value() == 6.0  # the course's hours
    _set_date(sheet.date, date(2026, 12, 1))
    rows = view.participants.rows()
    for p in rows[:2]:
        sheet.set_attended(p.enrolment_id)
    _click(qtbot, sheet.save_button)
    qtbot.waitUntil(lambda: not sheet.isVisible())
    shown = [view.participants.index(r, P_ATTENDANCE).data() for r in range(3)]
    assert [s.replace("(s)", "") for s in shown] == ["1 session, 6.0 h"] * 2 + ["0 session"]
    assert view.participants.index(0, P_STATUS).data() == "Attending"
    assert view.participants.index(2, P_STATUS).data() == "Enrolled"

    # the same date again: nothing is changed, and the dialog says so
    _click(qtbot, view.attendance_button)
    sheet = view.dialog
    assert isinstance(sheet, AttendanceDialog)
    _set_date(sheet.date, date(2026, 12, 1))
    sheet.set_attended(rows[0].enrolment_id)
    _click(qtbot, sheet.save_button)
    qtbot.waitUntil(lambda: sheet.task is None and sheet.error.isVisible())
    assert "Already recorded for this date" in sheet.error.text()
    sheet.close()
    assert view.participants.index(0, P_ATTENDANCE).data().startswith("1 session")

    # completion with a typed certificate number
    _select_participant(view, rows[0].full_name)
    assert not view.certificate_button.isEnabled()
    _click(qtbot, view.completion_button)
    done = view.dialog
    assert isinstance(done, CompletionDialog)
    _choose(done.result_box, "passed")
    _set_date(done.bindings["completion_date"].widget, date(2026, 12, 3))
    qtbot.keyClicks(done.number, "mx-cert-0001")
    _click(qtbot, done.save_button)
    qtbot.waitUntil(lambda: not done.isVisible())
    row = view.participants.row_of(rows[0].worker_id)
    assert view.participants.index(row, P_CERTIFICATE).data() == "MX-CERT-0001"
    assert view.participants.index(row, P_STATUS).data() == "Completed"
    assert view.certificate_button.isEnabled()
    _click(qtbot, view.certificate_button)
    assert printed == [("certificate", rows[0].enrolment_id)]

    # the same number for another participant is refused beside the field
    _select_participant(view, rows[1].full_name)
    _click(qtbot, view.completion_button)
    done = view.dialog
    assert isinstance(done, CompletionDialog)
    _set_date(done.bindings["completion_date"].widget, date(2026, 12, 3))
    qtbot.keyClicks(done.number, "MX-CERT-0001")
    _click(qtbot, done.save_button)
    error = done.bindings["certificate_number"].error
    assert error.text() == "Certificate number MX-CERT-0001 is already used in this mission."
    assert done.isVisible()
    # closing with the typed result unsaved asks first; Cancel keeps the dialog
    answer_next_message_box(qtbot, QMessageBox.StandardButton.Cancel)
    _click(qtbot, done.close_button)
    assert done.isVisible()
    seen = answer_next_message_box(qtbot, QMessageBox.StandardButton.Discard)
    _click(qtbot, done.close_button)
    assert seen == ["This completion is not recorded yet. Close without it?"]
    assert not done.isVisible()
    row = view.participants.row_of(rows[1].worker_id)
    assert view.participants.index(row, P_CERTIFICATE).data() == ""

    # withdraw the third, after saying yes
    _select_participant(view, rows[2].full_name)
    answer_next_message_box(qtbot, QMessageBox.StandardButton.Yes)
    _click(qtbot, view.withdraw_button)
    row = view.participants.row_of(rows[2].worker_id)
    assert view.participants.index(row, P_STATUS).data() == "Withdrawn"
    assert view.participants.rows()[row].status == EnrolmentStatus.WITHDRAWN
    assert view.model.index(0, COL_TAKEN).data() == "2"

    # attendance sheet and opening a worker
    _click(qtbot, view.sheet_button)
    assert printed[-1] == ("attendance_sheet", course_id)
    view.people.doubleClicked.emit(view.participants.index(0, P_NAME))
    assert opened == [view.participants.rows()[0].worker_id]


def test_closing_with_ticks_not_sent_asks_first(qtbot: QtBot, officer_workspace: Workspace) -> None:
    _supervisor(officer_workspace)
    add_workers(officer_workspace, 2)
    course_id = _course(officer_workspace, capacity=10)
    view = _view(qtbot, officer_workspace)
    view.table.selectRow(0)
    dialog = view.open_enrol()
    assert dialog is not None
    assert dialog.tick(_worker_ids(officer_workspace)[0])
    seen = answer_next_message_box(qtbot, QMessageBox.StandardButton.Cancel)
    _click(qtbot, dialog.close_button)
    assert seen and dialog.isVisible()
    answer_next_message_box(qtbot, QMessageBox.StandardButton.Discard)
    _click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    assert officer_workspace.training.participants(course_id) == []

    officer_workspace.training.enrol_many(course_id, _worker_ids(officer_workspace), on=TODAY)
    view.refresh()
    sheet = view.open_attendance()
    assert sheet is not None
    sheet.set_attended(view.participants.rows()[0].enrolment_id)
    seen = answer_next_message_box(qtbot, QMessageBox.StandardButton.Discard)
    _click(qtbot, sheet.close_button)
    assert seen == ["The attendance ticked here is not recorded yet. Close without it?"]
    assert not sheet.isVisible()
    assert all(p.sessions_present == 0 for p in officer_workspace.training.participants(course_id))


def test_filter_by_kind_and_text(qtbot: QtBot, officer_workspace: Workspace) -> None:
    _supervisor(officer_workspace)
    _course(officer_workspace, code="PDO-01")
    officer_workspace.training.create_course(
        {"mission_id": "MX", "code": "ENG-01", "title": "Inglés básico", "kind": "language"}
    )
    view = _view(qtbot, officer_workspace)
    assert view.model.rowCount() == 2
    _choose(view.kind, "language")
    assert [view.model.index(r, COL_CODE).data() for r in range(view.model.rowCount())] == [
        "ENG-01"
    ]
    view.kind.setCurrentIndex(0)  # all kinds
    view.kind.activated.emit(0)
    qtbot.keyClicks(view.search, "pdo")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.index(0, COL_CODE).data() == "PDO-01"
    assert view.model.canFetchMore(QModelIndex()) is False


@pytest.mark.parametrize("language", ["es", "fr"])
def test_screenshots(
    qtbot: QtBot, officer_workspace: Workspace, qm_dir: Path | None, language: str
) -> None:
    if qm_dir is None:
        pytest.skip("no translations to switch to")
    switcher = LanguageSwitcher(folder=qm_dir, remember=lambda _l: None)
    _supervisor(officer_workspace)
    add_workers(officer_workspace, 4)
    course_id = _course(officer_workspace, capacity=3)
    ids = _worker_ids(officer_workspace)
    officer_workspace.training.enrol_many(course_id, ids[:3], on=TODAY)
    participants = officer_workspace.training.participants(course_id)
    officer_workspace.training.record_attendance(
        participants[0].enrolment_id, date(2026, 12, 1), hours=Decimal(6)
    )
    officer_workspace.training.complete(
        participants[0].enrolment_id,
        CourseResult.PASSED,
        on=date(2026, 12, 3),
    )
    try:
        switcher.apply(language)
        view = _view(qtbot, officer_workspace)
        view.table.selectRow(0)
        view.people.selectRow(1)
        SHOTS.mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()
        view.grab().save(str(SHOTS / f"courses_{language}.png"))
        editor = view.open_editor(course_id)
        QApplication.processEvents()
        editor.grab().save(str(SHOTS / f"course_editor_{language}.png"))
        editor.reject()
        blank = view.open_editor(None)
        _set_date(blank.bindings["start_date"].widget, date(2026, 12, 3))
        _set_date(blank.bindings["end_date"].widget, date(2026, 12, 1))
        assert not blank.save()
        assert blank.error_text("title") and blank.error_text("end_date")
        QApplication.processEvents()
        blank.grab().save(str(SHOTS / f"course_editor_errors_{language}.png"))
        blank._saved = blank.values()
        blank.reject()
        dialog = view.open_enrol()
        assert dialog is not None
        dialog.search.setText("Juan")
        dialog.apply_search()
        dialog.tick(ids[3])
        dialog.enrol()
        qtbot.waitUntil(lambda: dialog.task is None and dialog.outcome_list.count() > 0)
        dialog.grab().save(str(SHOTS / f"enrol_{language}.png"))
        dialog.close()
        sheet = view.open_attendance()
        assert sheet is not None
        sheet.grab().save(str(SHOTS / f"attendance_{language}.png"))
        sheet.close()
        view.people.selectRow(1)
        done = view.open_completion()
        assert done is not None
        done.grab().save(str(SHOTS / f"completion_{language}.png"))
        done.close()
        assert view.new_button.text() != "New course…"
        switcher.apply("en")  # the open view follows at once
        qtbot.waitUntil(lambda: view.new_button.text() == "New course…")
        assert view.model.headerData(COL_KIND, Qt.Orientation.Horizontal) == "Kind"
        assert view.kind.itemText(1) == "Pre-departure orientation"
    finally:
        switcher.apply("en")


def test_the_catalogue_model_pages_sorts_and_labels(
    officer_workspace: Workspace, qapp: object
) -> None:
    """Widget-free: 25 courses read 10 at a time; the store sorts; full courses in red."""
    from PySide6.QtGui import QColor

    from app.ui.qmodels.course_table_model import (
        COL_CAPACITY,
        COL_STAGE,
        CourseIdRole,
        CourseTableModel,
        ParticipantTableModel,
    )

    _supervisor(officer_workspace)
    for i in range(25):
        _course(officer_workspace, code=f"C-{i:02d}", capacity=1 + i)
    model = CourseTableModel(officer_workspace.training, page_size=10)
    model.set_query(model.query)
    assert model.rowCount() == 10 and model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 25
    ids = {model.index(r, 0).data(CourseIdRole) for r in range(25)}
    assert len(ids) == 25
    model.sort(COL_CAPACITY, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 10  # read again from the first page
    assert [model.index(r, COL_CAPACITY).data() for r in range(3)] == ["25", "24", "23"]
    assert model.index(0, COL_STAGE).data() == "Preparing to leave"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:4] == ["Code", "Title", "Mission", "Kind"]

    add_workers(officer_workspace, 1)
    model.sort(COL_CAPACITY, Qt.SortOrder.AscendingOrder)
    smallest = model.course(0)
    assert smallest is not None and smallest.capacity == 1
    officer_workspace.training.enrol_many(smallest.id, _worker_ids(officer_workspace), on=TODAY)
    model.reload()
    assert model.index(0, COL_TAKEN).data() == "1"
    assert model.index(0, COL_TAKEN).data(Qt.ItemDataRole.ForegroundRole) == QColor("#b00020")

    people = ParticipantTableModel()
    people.set_rows(officer_workspace.training.participants(smallest.id))
    assert people.rowCount() == 1
    assert people.index(0, P_STATUS).data() == "Enrolled"
    assert people.index(0, P_ATTENDANCE).data().startswith("0 session")
