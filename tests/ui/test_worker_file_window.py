"""A person works through one worker's file: journey, training, money, notes, history."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from app.models import WorkerRead
from app.models.enums import MigrationStage, PlacementStatus, Role
from app.services.context import Actor
from app.services.workspace import Workspace
from app.ui.i18n import LanguageSwitcher
from app.ui.worker_file import WorkerFileWindow
from app.ui.worker_file.common import FormDialog, choose_data
from tests.conftest import valid_worker
from tests.ui.conftest import answer_next_message_box, type_text

ROOT = Path(__file__).resolve().parents[2]
TODAY = date.today()


class Calls:
    """What the window handed over to the lead's callbacks."""

    def __init__(self) -> None:
        self.editor: list[uuid.UUID] = []
        self.plans: list[tuple[uuid.UUID | None, uuid.UUID]] = []


@pytest.fixture
def worker(officer_workspace: Workspace) -> WorkerRead:
    return officer_workspace.workers.create(valid_worker())


@pytest.fixture
def calls() -> Calls:
    return Calls()


@pytest.fixture
def window(
    qtbot: QtBot,
    officer_workspace: Workspace,
    worker: WorkerRead,
    calls: Calls,
    switcher: LanguageSwitcher,
) -> Iterator[WorkerFileWindow]:
    win = _open(qtbot, officer_workspace, worker.id, calls)
    yield win


def _open(qtbot: QtBot, ws: Workspace, worker_id: uuid.UUID, calls: Calls) -> WorkerFileWindow:
    win = WorkerFileWindow(
        ws,
        worker_id,
        open_editor=calls.editor.append,
        open_plan=lambda plan_id, wid: calls.plans.append((plan_id, wid)),
    )
    win.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.file_loaded, timeout=5000):
        win.show()
    return win


def _as_supervisor(ws: Workspace) -> Actor:
    """Courses are made by supervisors: act as one of Mexico for a moment."""
    officer = ws.actor()
    ws.set_actor(Actor("sup", "Supervisor", Role.SUPERVISOR, ("MX",), officer.device_tag))
    return officer


def _course(ws: Workspace, *, code: str = "PDO-1", capacity: int = 20) -> uuid.UUID:
    officer = _as_supervisor(ws)
    try:
        course = ws.training.create_course(
            {
                "mission_id": "MX",
                "code": code,
                "title": "Orientación previa a la salida",
                "capacity": capacity,
                "start_date": TODAY,
                "end_date": TODAY + timedelta(days=5),
            }
        )
    finally:
        ws.set_actor(officer)
    return course.id


def _ok(qtbot: QtBot, win: WorkerFileWindow, dialog: FormDialog) -> None:
    """Click OK and wait for the file to be read again."""
    with qtbot.waitSignal(win.file_loaded, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not Shiboken.isValid(dialog) or not dialog.isVisible()


def _refused(qtbot: QtBot, dialog: FormDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _cells(table: Any, row: int) -> list[str]:
    return [table.item(row, j).text() for j in range(table.columnCount())]


def _add_placement(
    qtbot: QtBot, win: WorkerFileWindow, *, employer: str = "Fermes Lemieux"
) -> None:
    win.tabs.setCurrentWidget(win.journey)
    qtbot.mouseClick(win.journey.add_button, Qt.MouseButton.LeftButton)
    dialog = win.journey.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.employer, employer)
    type_text(dialog.city, "Saint-Rémi")
    _choose(dialog.province, "CA-QC")
    _choose(dialog.sector, "agriculture")
    type_text(dialog.occupation, "Ouvrier agricole")
    qtbot.keyClicks(dialog.noc_code, "85100")
    qtbot.keyClicks(dialog.permit_number, "WP-2027-001")
    dialog.planned_end_date.edit.setDate(QDate(TODAY.year + 1, 10, 30))
    _ok(qtbot, win, dialog)


# --- opening ----------------------------------------------------------------------------


def test_open_a_workers_file_shows_the_profile_and_hands_over_edit_and_print(
    qtbot: QtBot, window: WorkerFileWindow, worker: WorkerRead, calls: Calls
) -> None:
    assert window.heading.text() == f"José Hernández Peña · {worker.case_code}"
    assert "José Hernández Peña" in window.windowTitle()
    profile = window.profile
    assert profile.values["given_names"].text() == "José"
    assert profile.values["case_code"].text() == worker.case_code
    assert profile.values["sex"].text() == "Male"
    assert profile.values["community"].text() == "San Juan de los Lagos"
    assert window.tabs.count() == 7
    qtbot.mouseClick(profile.edit_button, Qt.MouseButton.LeftButton)
    assert calls.editor == [worker.id]
    with qtbot.waitSignal(window.print_requested) as printed:
        qtbot.mouseClick(window.print_button, Qt.MouseButton.LeftButton)
    assert printed.args == ["worker_record", worker.id]


def test_a_file_outside_the_officers_missions_says_so(
    qtbot: QtBot, officer_workspace: Workspace, calls: Calls
) -> None:
    win = _open(qtbot, officer_workspace, uuid.uuid4(), calls)
    assert win.file is None
    assert "does not exist" in win.status.text()


# --- journey ----------------------------------------------------------------------------


def test_add_a_placement_then_depart_and_return_home(
    qtbot: QtBot, window: WorkerFileWindow, officer_workspace: Workspace, worker: WorkerRead
) -> None:
    changed: list[uuid.UUID] = []
    window.worker_changed.connect(changed.append)
    _add_placement(qtbot, window)
    table = window.journey.table
    assert table.rowCount() == 1
    row = _cells(table, 0)
    assert row[0] == "Fermes Lemieux"
    assert row[1] == "Saint-Rémi, QC"
    assert row[3] == "Ouvrier agricole (85100)"
    assert row[5] == "WP-2027-001"
    assert row[-1] == "Planned"
    assert changed == [worker.id]

    qtbot.mouseClick(window.journey.depart_button, Qt.MouseButton.LeftButton)
    depart = window.journey.dialog
    assert depart is not None and depart.objectName() == "depart_dialog"
    assert "Fermes Lemieux" in depart.placement.currentText()
    departed_on = TODAY - timedelta(days=30)
    depart.on.edit.setDate(QDate(departed_on.year, departed_on.month, departed_on.day))
    _ok(qtbot, window, depart)
    assert window.file is not None
    assert window.file.worker.migration_stage == MigrationStage.ABROAD
    assert _cells(table, 0)[-1] == "Active"
    assert window.journey.steps[1].name.font().bold()
    assert "Working in Canada" in window.subheading.text()
    assert not window.journey.depart_button.isEnabled()

    qtbot.mouseClick(window.journey.return_button, Qt.MouseButton.LeftButton)
    back = window.journey.dialog
    assert back is not None and back.objectName() == "return_dialog"
    _ok(qtbot, window, back)
    placement = officer_workspace.placements.of_worker(worker.id)[0]
    assert placement.status == PlacementStatus.ENDED_EARLY  # before its planned end
    assert placement.actual_return_date == TODAY
    assert window.file.worker.migration_stage == MigrationStage.RETURNED
    assert _cells(table, 0)[-1] == "Ended early"
    assert window.journey.steps[2].name.font().bold()
    assert window.journey.steps[2].when.text() != "not yet"
    assert len(changed) == 3


def test_departure_starts_the_placement_the_person_picks(
    qtbot: QtBot, window: WorkerFileWindow, officer_workspace: Workspace, worker: WorkerRead
) -> None:
    _add_placement(qtbot, window, employer="Serres Bio")
    _add_placement(qtbot, window, employer="Hotel du Lac")
    qtbot.mouseClick(window.journey.depart_button, Qt.MouseButton.LeftButton)
    dialog = window.journey.dialog
    assert dialog is not None and dialog.placement.count() == 2
    serres = next(
        p for p in officer_workspace.placements.of_worker(worker.id) if p.employer == "Serres Bio"
    )
    assert choose_data(dialog.placement, serres.id)
    _ok(qtbot, window, dialog)
    status = {p.employer: p.status for p in officer_workspace.placements.of_worker(worker.id)}
    assert status == {"Serres Bio": PlacementStatus.ACTIVE, "Hotel du Lac": PlacementStatus.PLANNED}


def test_departure_without_a_placement_is_refused_with_the_reason(
    qtbot: QtBot, window: WorkerFileWindow, officer_workspace: Workspace, worker: WorkerRead
) -> None:
    window.tabs.setCurrentWidget(window.journey)
    qtbot.mouseClick(window.journey.depart_button, Qt.MouseButton.LeftButton)
    dialog = window.journey.dialog
    assert dialog is not None
    assert "add one first" in dialog.placement.currentText()
    _refused(qtbot, dialog)
    assert dialog.general_error.isVisible()
    assert "cannot depart without a planned placement" in dialog.general_error.text()
    assert officer_workspace.workers.get(worker.id).migration_stage == MigrationStage.PRE_DEPARTURE
    dialog.reject()


def test_bad_placement_input_is_shown_beside_the_field_and_nothing_is_saved(
    qtbot: QtBot, window: WorkerFileWindow, officer_workspace: Workspace, worker: WorkerRead
) -> None:
    qtbot.mouseClick(window.journey.add_button, Qt.MouseButton.LeftButton)
    dialog = window.journey.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.noc_code, "851")
    _refused(qtbot, dialog)
    assert dialog.errors["employer"].isVisible()
    assert dialog.errors["noc_code"].text() == "The NOC code has 5 digits."
    assert officer_workspace.placements.of_worker(worker.id) == []
    dialog.reject()


def test_cancel_departure_puts_the_worker_back_before_departure(
    qtbot: QtBot, window: WorkerFileWindow, officer_workspace: Workspace, worker: WorkerRead
) -> None:
    _add_placement(qtbot, window)
    qtbot.mouseClick(window.journey.depart_button, Qt.MouseButton.LeftButton)
    assert window.journey.dialog is not None
    _ok(qtbot, window, window.journey.dialog)
    qtbot.mouseClick(window.journey.cancel_departure_button, Qt.MouseButton.LeftButton)
    cancel = window.journey.dialog
    assert cancel is not None and cancel.objectName() == "cancel_dialog"
    qtbot.mouseClick(cancel.keep, Qt.MouseButton.LeftButton)
    assert cancel.keep.isChecked()
    _ok(qtbot, window, cancel)
    assert officer_workspace.workers.get(worker.id).migration_stage == MigrationStage.PRE_DEPARTURE
    assert _cells(window.journey.table, 0)[-1] == "Planned"


# --- training ---------------------------------------------------------------------------


def test_enrol_in_a_course_refuse_it_twice_and_record_completion(
    qtbot: QtBot, window: WorkerFileWindow, officer_workspace: Workspace
) -> None:
    _course(officer_workspace, code="ENG-2")  # listed too, not chosen
    course_id = _course(officer_workspace)
    tab = window.training
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.enrol_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.course.count() == 2
    assert dialog.choose(course_id)
    assert "PDO-1" in dialog.course.currentText()
    assert "0 of 20 places taken" in dialog.course.currentText()
    _ok(qtbot, window, dialog)
    assert tab.table.rowCount() == 1
    assert _cells(tab.table, 0)[:2] == ["PDO-1", "Orientación previa a la salida"]
    assert _cells(tab.table, 0)[2] == "Enrolled"

    qtbot.mouseClick(tab.enrol_button, Qt.MouseButton.LeftButton)
    again = tab.dialog
    assert again is not None and again is not dialog
    qtbot.waitUntil(lambda: again.loaded)
    assert again.choose(course_id)
    _refused(qtbot, again)
    assert "already enrolled in this course" in again.errors["course_id"].text()
    again.reject()

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.complete_button, Qt.MouseButton.LeftButton)
    done = tab.dialog
    assert done is not None and done.objectName() == "completion_dialog"
    _choose(done.result_choice, "passed")
    qtbot.keyClicks(done.certificate, "mx-2026-cert-7")
    _ok(qtbot, window, done)
    row = _cells(tab.table, 0)
    assert row[2] == "Completed"
    assert row[5] == "Passed"
    assert row[7] == "MX-2026-CERT-7"
    assert not tab.withdraw_button.isEnabled()


def test_a_full_course_is_refused_clearly(
    qtbot: QtBot, window: WorkerFileWindow, officer_workspace: Workspace
) -> None:
    course_id = _course(officer_workspace, code="ENG-1", capacity=1)
    other = officer_workspace.workers.create(
        valid_worker(given_names="María", id_document_number="", id_document_type="other")
    )
    officer_workspace.training.enrol(course_id, other.id)
    qtbot.mouseClick(window.training.enrol_button, Qt.MouseButton.LeftButton)
    dialog = window.training.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.choose(course_id)
    _refused(qtbot, dialog)
    assert dialog.errors["course_id"].text() == "The course is full: 1 places, 1 taken."
    dialog.reject()


def test_withdraw_asks_first_and_frees_the_place(
    qtbot: QtBot, window: WorkerFileWindow, officer_workspace: Workspace, worker: WorkerRead
) -> None:
    course_id = _course(officer_workspace)
    officer_workspace.training.enrol(course_id, worker.id)
    with qtbot.waitSignal(window.file_loaded):
        window.reload()
    window.training.table.selectRow(0)
    seen = answer_next_message_box(qtbot, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.file_loaded):
        qtbot.mouseClick(window.training.withdraw_button, Qt.MouseButton.LeftButton)
    assert seen and "Orientación previa a la salida" in seen[0]
    assert _cells(window.training.table, 0)[2] == "Withdrawn"


# --- plans ------------------------------------------------------------------------------


def test_plans_are_listed_and_opened_through_the_callback(
    qtbot: QtBot,
    window: WorkerFileWindow,
    officer_workspace: Workspace,
    worker: WorkerRead,
    calls: Calls,
) -> None:
    plan = officer_workspace.plans.create(
        {"worker_id": worker.id, "kind": "business", "title": "Tienda de abarrotes", "budget": 1500}
    )
    officer_workspace.plans.add_milestone(plan.id, "Local rentado")
    with qtbot.waitSignal(window.file_loaded):
        window.reload()
    tab = window.plans
    window.tabs.setCurrentWidget(tab)
    row = _cells(tab.table, 0)
    assert row[0] == "Tienda de abarrotes"
    assert row[1:3] == ["Business", "Draft"]
    assert row[3].startswith("1") and row[3].endswith("MXN")
    assert row[5] == "0 of 1"
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    rect = tab.table.visualItemRect(tab.table.item(0, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert calls.plans == [(None, worker.id), (plan.id, worker.id)]


# --- remittances ------------------------------------------------------------------------


def test_add_a_remittance_see_the_total_and_archive_it(
    qtbot: QtBot, window: WorkerFileWindow, officer_workspace: Workspace, worker: WorkerRead
) -> None:
    tab = window.remittances
    window.tabs.setCurrentWidget(tab)
    assert tab.totals.text() == "No remittance recorded yet."
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.amount, "abc")
    _refused(qtbot, dialog)
    assert dialog.errors["amount"].isVisible()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "1,250.50")
    dialog.month.setDate(QDate(2026, 9, 17))
    _choose(dialog.purpose, "savings")
    _ok(qtbot, window, dialog)
    row = _cells(tab.table, 0)
    assert row[1:4] == ["1,250.50", "CAD", "Savings"]
    assert "2026" in row[0]
    assert tab.totals.text() == "Total sent home: 1,250.50 CAD"
    assert officer_workspace.remittances.of_worker(worker.id)[0].month == date(2026, 9, 1)

    tab.table.selectRow(0)
    answer_next_message_box(qtbot, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.file_loaded):
        qtbot.mouseClick(tab.archive_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 0
    assert officer_workspace.remittances.of_worker(worker.id) == []


def test_a_remittance_towards_a_community_project_names_the_project(
    qtbot: QtBot, window: WorkerFileWindow, officer_workspace: Workspace, worker: WorkerRead
) -> None:
    project = officer_workspace.projects.create(
        {
            "mission_id": "MX",
            "title": "Pozo de agua",
            "community": "San Juan de los Lagos",
            "goal_amount": 5000,
        }
    )
    qtbot.mouseClick(window.remittances.add_button, Qt.MouseButton.LeftButton)
    dialog = window.remittances.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.choose_project(project.id))
    qtbot.keyClicks(dialog.amount, "300")
    _ok(qtbot, window, dialog)
    row = _cells(window.remittances.table, 0)
    assert row[3:] == ["Community project", "Pozo de agua"]
    assert officer_workspace.projects.progress(project.id).remittances == 1


def test_an_unknown_currency_is_refused_beside_the_field(
    qtbot: QtBot, window: WorkerFileWindow
) -> None:
    qtbot.mouseClick(window.remittances.add_button, Qt.MouseButton.LeftButton)
    dialog = window.remittances.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.amount, "100")
    dialog.currency.setCurrentText("XYZ")
    _refused(qtbot, dialog)
    assert "three-letter currency code" in dialog.errors["currency"].text()
    dialog.reject()


# --- notes ------------------------------------------------------------------------------


def test_add_a_note_revise_it_and_mark_the_follow_up_done(
    qtbot: QtBot, window: WorkerFileWindow, officer_workspace: Workspace, worker: WorkerRead
) -> None:
    tab = window.notes
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    _refused(qtbot, dialog)  # no text
    assert dialog.errors["text"].text() == "This field is required."
    _choose(dialog.kind, "call")
    type_text(dialog.text, "Llamó: tiene pasaporte vigente.")
    dialog.follow_up.edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(7))
    _ok(qtbot, window, dialog)
    row = _cells(tab.table, 0)
    assert row[1:4] == ["Call", "Preparing to leave", "Llamó: tiene pasaporte vigente."]

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.revise_button, Qt.MouseButton.LeftButton)
    revise = tab.dialog
    assert revise is not None and revise is not dialog
    assert revise.text.toPlainText() == "Llamó: tiene pasaporte vigente."
    revise.text.selectAll()
    type_text(revise.text, "Llamó: pasaporte vigente hasta 2030.")
    _ok(qtbot, window, revise)
    assert tab.table.rowCount() == 1
    assert _cells(tab.table, 0)[3] == "Llamó: pasaporte vigente hasta 2030."
    with qtbot.waitSignal(tab.revisions_shown, timeout=5000):
        tab.table.clearSelection()
        tab.table.selectRow(0)
    shown = tab.detail.toPlainText()
    assert "pasaporte vigente hasta 2030" in shown
    assert "Earlier revisions" in shown and "tiene pasaporte vigente" in shown

    with qtbot.waitSignal(window.file_loaded):
        qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    assert _cells(tab.table, 0)[5] != ""
    notes = officer_workspace.notes.of_worker(worker.id)
    assert notes[0].follow_up_done_on == TODAY


# --- history ----------------------------------------------------------------------------


def test_history_shows_who_changed_which_field_from_what_to_what(
    qtbot: QtBot, window: WorkerFileWindow, officer_workspace: Workspace, worker: WorkerRead
) -> None:
    officer_workspace.workers.update(worker.id, {"community": "Tepatitlán"})
    _add_placement(qtbot, window, employer="Serres Bio")
    table = window.history.table
    window.tabs.setCurrentWidget(window.history)
    rows = window.history.rows_text()
    community = [r for r in rows if r[:2] == ["Profile", "Community, village or neighbourhood"]]
    assert community, rows
    assert community[0][2:4] == ["San Juan de los Lagos", "Tepatitlán"]
    assert community[0][4].startswith(officer_workspace.actor().username)
    employer = [r for r in rows if r[0] == "Placement" and r[1] == "Employer"]
    assert employer and employer[0][3] == "Serres Bio"
    assert rows.index(employer[0]) < rows.index(community[0])  # newest first
    assert table.columnWidth(3) >= table.horizontalHeader().sectionSizeHint(3)


def test_an_hq_analyst_reads_the_file_with_every_change_disabled(
    qtbot: QtBot, officer_workspace: Workspace, worker: WorkerRead, calls: Calls
) -> None:
    officer_workspace.set_actor(Actor("hq", "Analyst", Role.HQ_ANALYST, ("HQ",), "HQ1"))
    win = _open(qtbot, officer_workspace, worker.id, calls)
    assert win.profile.values["given_names"].text() == "José"
    assert "Read only" in win.subheading.text()
    buttons = (
        win.journey.depart_button,
        win.journey.add_button,
        win.training.enrol_button,
        win.plans.new_button,
        win.remittances.add_button,
        win.notes.add_button,
    )
    assert not any(b.isEnabled() for b in buttons)
    assert win.print_button.isEnabled()


def test_the_profile_is_read_again_when_the_person_comes_back_from_the_editor(
    qtbot: QtBot,
    window: WorkerFileWindow,
    officer_workspace: Workspace,
    worker: WorkerRead,
    calls: Calls,
) -> None:
    qtbot.mouseClick(window.profile.edit_button, Qt.MouseButton.LeftButton)
    assert calls.editor == [worker.id]
    officer_workspace.workers.update(worker.id, {"occupation": "Albañil"})  # saved there
    with qtbot.waitSignal(window.file_loaded, timeout=5000):
        QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert window.profile.values["occupation"].text() == "Albañil"


# --- keyboard ---------------------------------------------------------------------------


def test_tabs_are_reached_by_keyboard(qtbot: QtBot, window: WorkerFileWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.training
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.history


# --- languages --------------------------------------------------------------------------


def _fill_everything(ws: Workspace, worker_id: uuid.UUID) -> None:
    course_id = _course(ws)
    enrolment = ws.training.enrol(course_id, worker_id)
    ws.training.record_attendance(enrolment.id, TODAY, hours=4)  # type: ignore[arg-type]
    placement = ws.placements.add(
        {
            "worker_id": worker_id,
            "employer": "Fermes Lemieux et Fils",
            "city": "Saint-Jean-sur-Richelieu",
            "province": "CA-QC",
            "sector": "agriculture",
            "occupation": "Ouvrier agricole",
            "noc_code": "85100",
            "programme_stream": "sawp",
            "permit_number": "WP-2027-001",
            "planned_end_date": TODAY + timedelta(days=200),
        }
    )
    ws.placements.depart(worker_id, placement.id, TODAY - timedelta(days=10))
    ws.plans.create(
        {
            "worker_id": worker_id,
            "kind": "community_investment",
            "title": "Invernadero comunitario",
            "budget": 12500,
        }
    )
    ws.remittances.add(
        {
            "worker_id": worker_id,
            "month": TODAY,
            "amount": "1250.5",
            "currency": "CAD",
            "purpose": "community_project",
        }
    )
    ws.notes.add(
        {
            "worker_id": worker_id,
            "kind": "follow_up",
            "text": "Seguimiento telefónico: llegó bien.",
            "follow_up_date": TODAY + timedelta(days=14),
        }
    )


def _cut_texts(root: QWidget) -> list[str]:
    """Buttons, tab titles and table headers narrower than their text."""
    cut: list[str] = []
    for button in root.findChildren(QPushButton):
        if button.isVisible() and button.width() < button.minimumSizeHint().width():
            cut.append(button.text())
    for label in root.findChildren(QLabel):
        shown = label.isVisible() and not label.wordWrap() and label.text()
        if shown and label.width() < label.minimumSizeHint().width():
            cut.append(label.text())
    return cut


@pytest.mark.parametrize("language", ["es", "fr"])
def test_every_tab_in_spanish_and_french_has_no_cut_text(
    qtbot: QtBot,
    officer_workspace: Workspace,
    worker: WorkerRead,
    calls: Calls,
    qm_dir: Path | None,
    tmp_path: Path,
    language: str,
) -> None:
    if qm_dir is None:
        pytest.skip("no tools/i18n.py and no built .qm files")
    _fill_everything(officer_workspace, worker.id)
    switcher = LanguageSwitcher(folder=qm_dir, remember=lambda _l: None)
    switcher.apply("en")
    shots = Path(os.environ.get("PUENTE_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    win = _open(qtbot, officer_workspace, worker.id, calls)
    assert win.journey.table.horizontalHeaderItem(0).text() == "Employer"
    try:
        switcher.apply(language)  # the open window follows at once
        expected = {"es": ("Trayectoria", "Empleador"), "fr": ("Parcours", "Employeur")}
        qtbot.waitUntil(lambda: win.tabs.tabText(1).replace("&", "") == expected[language][0])
        assert win.journey.table.horizontalHeaderItem(0).text() == expected[language][1]
        assert win.journey.table.item(0, 9).text() == {"es": "Activo", "fr": "Actif"}[language]
        win.notes.table.selectRow(0)
        for i in range(win.tabs.count()):
            win.tabs.setCurrentIndex(i)
            QApplication.processEvents()
            win.grab().save(str(shots / f"worker_file_{language}_{i}.png"))
            tab = win.tabs.currentWidget()
            assert _cut_texts(tab) == [], (language, i)
            table = getattr(tab, "table", None)
            if table is not None:
                header = table.horizontalHeader()
                for column in range(table.columnCount()):
                    assert table.columnWidth(column) >= header.sectionSizeHint(column), column
        for opener in (
            win.journey.open_placement,
            lambda _none: win.journey.open_stage_action("return"),
            lambda _none: win.remittances.open_add(),
            lambda _none: win.notes.open_note(None),
        ):
            dialog = opener(None)
            assert dialog is not None
            QApplication.processEvents()
            dialog.grab().save(str(shots / f"worker_file_{language}_{dialog.objectName()}.png"))
            assert _cut_texts(dialog) == [], dialog.objectName()
            dialog.reject()
    finally:
        switcher.apply("en")


# --- translations -----------------------------------------------------------------------


def test_every_string_of_the_worker_file_has_spanish_and_french() -> None:
    import ast

    catalogue = json.loads((ROOT / "translations" / "catalog" / "worker_file.json").read_text())
    missing: list[str] = []
    for path in sorted((ROOT / "app" / "ui" / "worker_file").glob("*.py")):
        tree = ast.parse(path.read_text())
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)] + [tree]:
            context = cls.name if isinstance(cls, ast.ClassDef) else None
            for node in ast.walk(cls):
                found = _marked(node, context)
                if found is None:
                    continue
                ctx, text = found
                entry = catalogue.get(ctx, {}).get(text)
                if not entry or not entry.get("es") or not entry.get("fr"):
                    missing.append(f"{path.name}: {ctx} / {text}")
    assert missing == []


def _marked(node: Any, context: str | None) -> tuple[str, str] | None:
    import ast

    if not isinstance(node, ast.Call) or not node.args:
        return None
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    args = [a.value for a in node.args if isinstance(a, ast.Constant)]
    if name == "tr" and isinstance(func, ast.Attribute) and context and len(args) >= 1:
        return (context, str(args[0])) if isinstance(node.args[0], ast.Constant) else None
    if name in ("QT_TRANSLATE_NOOP", "translate") and len(args) >= 2:
        return str(args[0]), str(args[1])
    return None
