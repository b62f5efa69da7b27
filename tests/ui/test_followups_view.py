"""An officer works through their follow-ups: overdue, due this week, later; marks one done."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services.context import Actor
from app.services.workers import WorkerQuery
from app.services.workspace import FollowUpService, NoteService, Workspace
from app.ui.i18n import LanguageSwitcher
from app.ui.qmodels.followup_table_model import (
    COL_DUE,
    COL_KIND,
    COL_LATE,
    COL_OFFICER,
    COL_WORKER,
    FollowUpTableModel,
    NoteIdRole,
)
from app.ui.views.followups_view import ALL, FollowUpsView
from tests.ui.conftest import add_workers

TODAY = date(2026, 11, 25)  # a Wednesday
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
ANA = Actor("ana.lopez", "Ana López", Role.FIELD_OFFICER, ("MX",), "T1A")
PEDRO = Actor("pedro.ruiz", "Pedro Ruiz", Role.FIELD_OFFICER, ("MX",), "T1P")
SUPERVISOR = Actor("sofia", "Sofía Díaz", Role.SUPERVISOR, ("MX",), "T1S")


class Clocked:
    """The follow-up and note services of `ws` with today fixed at TODAY."""

    def __init__(self, ws: Workspace) -> None:
        self.followups = FollowUpService(ws.db, ws.actor, lambda: TODAY)
        self.notes = NoteService(ws.db, ws.actor, lambda: TODAY)


def _note(
    ws: Workspace, worker: uuid.UUID, days: int | None, text: str, kind: str = "call"
) -> uuid.UUID:
    due = None if days is None else TODAY + timedelta(days=days)
    data = {"worker_id": worker, "kind": kind, "text": text, "follow_up_date": due}
    return ws.notes.add(data).id


def _fill(ws: Workspace) -> dict[str, uuid.UUID]:
    """Ana: 2 overdue, 2 this week (today and in 6 days), 1 later, 1 without date; Pedro: 1."""
    add_workers(ws, 4)
    workers = [r.id for r in ws.workers.page(WorkerQuery(), limit=10).rows]
    ws.set_actor(ANA)
    notes = {
        "late_10": _note(ws, workers[0], -10, "Llamar por el permiso"),
        "late_1": _note(ws, workers[1], -1, "Visita a la familia", "visit"),
        "today": _note(ws, workers[2], 0, "Confirmar vuelo"),
        "day_6": _note(ws, workers[3], 6, "Revisar contrato", "referral"),
        "day_7": _note(ws, workers[0], 7, "Seguimiento del curso", "follow_up"),
        "none": _note(ws, workers[1], None, "Entrevista inicial", "interview"),
    }
    ws.set_actor(PEDRO)
    notes["pedro"] = _note(ws, workers[2], -3, "Llamada de Pedro")
    ws.set_actor(ANA)
    return notes


def _view(qtbot: QtBot, ws: Workspace) -> FollowUpsView:
    clocked = Clocked(ws)
    view = FollowUpsView(clocked.followups, clocked.notes, ws.actor)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    with qtbot.waitSignal(view.refreshed):
        view.show()  # reads the lists, off the GUI thread
    return view


def _choose(qtbot: QtBot, view: FollowUpsView, officer: str) -> None:
    with qtbot.waitSignal(view.refreshed):
        assert view.choose_officer(officer) is not None


def _notes_in(view: FollowUpsView, tab: int) -> list[uuid.UUID]:
    model = view.models[tab]
    return [model.index(r, 0).data(NoteIdRole) for r in range(model.rowCount())]


def test_buckets_for_a_fixed_clock_and_counts_in_the_tabs(
    qtbot: QtBot, officer_workspace: Workspace
) -> None:
    notes = _fill(officer_workspace)
    view = _view(qtbot, officer_workspace)
    assert view.today == TODAY
    assert _notes_in(view, 0) == [notes["late_10"], notes["late_1"]]
    assert _notes_in(view, 1) == [notes["today"], notes["day_6"]]
    assert _notes_in(view, 2) == [notes["day_7"]]
    assert [view.tabs.tabText(i) for i in range(3)] == [
        "Overdue (2)", "Due this week (2)", "Later (1)"
    ]  # fmt: skip
    overdue = view.models[0]
    assert overdue.index(0, COL_LATE).data() == "10"
    assert overdue.index(1, COL_KIND).data() == "Visit"
    assert overdue.index(0, COL_OFFICER).data() == "ana.lopez"
    assert view.models[1].index(0, COL_LATE).data() == ""
    # an officer sees only their own; there is no "all officers" entry for them
    assert view.officer.findData(ALL) < 0
    assert notes["pedro"] not in _notes_in(view, 0)


def test_mark_done_removes_it_and_double_click_opens_the_worker(
    qtbot: QtBot, officer_workspace: Workspace
) -> None:
    notes = _fill(officer_workspace)
    view = _view(qtbot, officer_workspace)
    counts: list[tuple[int, int, int]] = []
    opened: list[object] = []
    view.counts_changed.connect(lambda *c: counts.append(c))
    view.open_worker.connect(opened.append)
    assert not view.done_button.isEnabled()
    assert view.select_note(notes["late_1"])
    assert view.done_button.isEnabled()
    with qtbot.waitSignal(view.refreshed):
        qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert _notes_in(view, 0) == [notes["late_10"]]
    assert view.tabs.tabText(0) == "Overdue (1)"
    assert counts[-1] == (1, 2, 1)
    marked = officer_workspace.notes.revisions(notes["late_1"])[0]
    assert marked.follow_up_done_on == TODAY  # the view's clock

    view.tabs.setCurrentIndex(1)
    table = view.tables[1]
    table.doubleClicked.emit(view.models[1].index(1, COL_WORKER))
    day_6 = officer_workspace.notes.revisions(notes["day_6"])[0]
    assert opened == [day_6.worker_id]


def test_a_supervisor_chooses_all_officers_or_one(
    qtbot: QtBot, officer_workspace: Workspace
) -> None:
    notes = _fill(officer_workspace)
    officer_workspace.set_actor(SUPERVISOR)
    view = _view(qtbot, officer_workspace)
    assert view.tabs.tabText(0) == "Overdue (0)"  # "me": the supervisor wrote none
    _choose(qtbot, view, ALL)
    assert _notes_in(view, 0) == [notes["late_10"], notes["pedro"], notes["late_1"]]
    assert view.tabs.tabText(0) == "Overdue (3)"
    _choose(qtbot, view, "pedro.ruiz")
    assert _notes_in(view, 0) == [notes["pedro"]]
    assert [view.tabs.tabText(i) for i in range(3)] == [
        "Overdue (1)", "Due this week (0)", "Later (0)"
    ]  # fmt: skip
    # a supervisor may mark another officer's follow-up done
    view.select_note(notes["pedro"])
    with qtbot.waitSignal(view.refreshed):
        view.mark_done()
    assert _notes_in(view, 0) == []


def test_the_model_pages_lazily(officer_workspace: Workspace, qapp: object) -> None:
    """Widget-free: 25 overdue follow-ups read 10 at a time, oldest first."""
    add_workers(officer_workspace, 25)
    officer_workspace.set_actor(ANA)
    workers = [r.id for r in officer_workspace.workers.page(WorkerQuery(), limit=30).rows]
    for i, worker in enumerate(workers):
        _note(officer_workspace, worker, -1 - i, f"nota {i}")
    from app.services.lists import FollowUpBucket, FollowUpQuery

    model = FollowUpTableModel(Clocked(officer_workspace).followups, page_size=10)
    model.set_query(FollowUpQuery(today=TODAY, author="ana.lopez", bucket=FollowUpBucket.OVERDUE))
    assert model.rowCount() == 10 and model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 25
    late = [int(model.index(r, COL_LATE).data()) for r in range(25)]
    assert late == list(range(25, 0, -1))
    assert model.headerData(COL_DUE, Qt.Orientation.Horizontal) == "Due"


@pytest.mark.parametrize("language", ["es", "fr"])
def test_screenshots(
    qtbot: QtBot, officer_workspace: Workspace, qm_dir: Path | None, language: str
) -> None:
    if qm_dir is None:
        pytest.skip("no translations to switch to")
    switcher = LanguageSwitcher(folder=qm_dir, remember=lambda _l: None)
    _fill(officer_workspace)
    officer_workspace.set_actor(SUPERVISOR)
    try:
        switcher.apply(language)
        view = _view(qtbot, officer_workspace)
        _choose(qtbot, view, ALL)
        view.tables[0].selectRow(0)
        QApplication.processEvents()
        SHOTS.mkdir(parents=True, exist_ok=True)
        view.grab().save(str(SHOTS / f"followups_{language}.png"))
        assert not view.tabs.tabText(0).startswith("Overdue")
        switcher.apply("en")  # the open view follows at once
        qtbot.waitUntil(lambda: view.tabs.tabText(0) == "Overdue (3)")
        assert view.officer.currentText() == "All officers"
    finally:
        switcher.apply("en")
