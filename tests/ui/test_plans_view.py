"""A person drafts a reintegration plan, submits it, and a supervisor takes it to the end."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.models import WorkerRead
from app.models.enums import PlanStatus, Role
from app.services import history
from app.services.context import Actor, PermissionDenied
from app.services.lists import PlanQuery, PlanSort
from app.services.workspace import HistoryRow, Workspace
from app.ui.dialogs.plan_editor import PlanEditor
from app.ui.i18n import LanguageSwitcher
from app.ui.qmodels.plan_table_model import (
    COL_BUDGET,
    COL_KIND,
    COL_NEXT_DUE,
    COL_STATUS,
    COL_WORKER,
    PlanIdRole,
    PlanTableModel,
    format_money,
)
from app.ui.views.plans_view import PlansView
from tests.conftest import valid_worker
from tests.ui.conftest import answer_next_message_box, type_text

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def supervisor_of(ws: Workspace) -> Actor:
    return Actor("sofia.ruiz", "Sofía Ruiz", Role.SUPERVISOR, ("MX",), ws.actor().device_tag)


def officer_of(ws: Workspace) -> Actor:
    return Actor("ana.lopez", "Ana López", Role.FIELD_OFFICER, ("MX",), ws.actor().device_tag)


@pytest.fixture
def ws(officer_workspace: Workspace) -> Workspace:
    officer_workspace.set_actor(officer_of(officer_workspace))
    return officer_workspace


@pytest.fixture
def jose(ws: Workspace) -> WorkerRead:
    return ws.workers.create(valid_worker())


def plan_history(ws: Workspace) -> Callable[[uuid.UUID], list[HistoryRow]]:
    """What PlanService.history gives (WorkerService.history's twin for plans)."""

    def read(plan_id: uuid.UUID) -> list[HistoryRow]:
        with ws.db.read() as session:
            return [
                HistoryRow(e.field, e.old_value, e.new_value, e.actor, e.device_tag, e.at, e.remote)
                for e in history.entries_for(session, plan_id)
            ]

    return read


@pytest.fixture
def view(qtbot: QtBot, ws: Workspace) -> Iterator[PlansView]:
    plans = PlansView(ws.plans, ws.workers, ws.actor, history=plan_history(ws))
    qtbot.addWidget(plans)
    plans.resize(1200, 600)
    plans.load()
    plans.show()
    yield plans
    for editor in list(plans.editors.values()):
        editor._saved = editor.values()  # nobody is there to answer "Save changes?"
        editor.close()


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def type_money(qtbot: QtBot, editor: PlanEditor, name: str, amount: str) -> None:
    spin = editor.bindings[name].widget
    spin.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(spin, amount)


def draft_plan(qtbot: QtBot, view: PlansView, worker: WorkerRead) -> PlanEditor:
    """What the worker file does: a new plan for this worker, typed in and saved."""
    editor = view.open_plan(None, worker.id)
    qtbot.waitExposed(editor)
    choose(editor.bindings["kind"].widget, "business")  # type: ignore[arg-type]
    type_text(editor.bindings["title"].widget, "Taller de carpintería")
    type_text(editor.bindings["goals"].widget, "Abrir un taller en San Juan con dos empleados.")
    choose(editor.bindings["sector"].widget, "construction")  # type: ignore[arg-type]
    type_text(editor.bindings["community"].widget, "San Juan de los Lagos")
    type_money(qtbot, editor, "budget", "60000")
    type_money(qtbot, editor, "own_savings", "20000")
    type_money(qtbot, editor, "own_remittances", "15000")
    click(qtbot, editor.save_button)
    return editor


def add_milestone(qtbot: QtBot, editor: PlanEditor, title: str, due: date) -> None:
    type_text(editor.milestone_title, title)
    editor.milestone_due.edit.setDate(QDate(due.year, due.month, due.day))
    click(qtbot, editor.add_milestone_button)


def shown_actions(editor: PlanEditor) -> set[str]:
    return {a for a, b in editor.action_buttons.items() if not b.isHidden()}


# --- the workflow -----------------------------------------------------------------------


def test_officer_drafts_a_plan_adds_milestones_and_submits(
    qtbot: QtBot, ws: Workspace, view: PlansView, jose: WorkerRead
) -> None:
    editor = draft_plan(qtbot, view, jose)
    plan = editor.plan
    assert plan is not None and plan.status == PlanStatus.DRAFT
    assert plan.budget == Decimal("60000.00") and plan.own_savings == Decimal("20000.00")
    assert plan.currency == "MXN"  # the mission's own currency
    assert format_money(25000, "MXN") in editor.funding.text()  # what is still missing
    assert shown_actions(editor) == {"submit"}

    add_milestone(qtbot, editor, "Comprar herramientas", date(2027, 2, 1))
    add_milestone(qtbot, editor, "Rentar el local", date(2027, 1, 15))
    assert [m.title for m in editor.milestones] == ["Rentar el local", "Comprar herramientas"]
    assert editor.milestone_table.item(0, 1).text() != ""
    editor.milestone_table.selectRow(0)
    click(qtbot, editor.done_button)
    assert editor.milestones[0].done_on is not None
    assert not editor.done_button.isEnabled()  # a done milestone stays done

    click(qtbot, editor.action_buttons["submit"])
    assert editor.plan is not None and editor.plan.status == PlanStatus.SUBMITTED
    assert editor.steps.item(1, 1).text() == "ana.lopez"
    assert editor.steps.item(1, 2).text() != ""
    assert shown_actions(editor) == {"return_to_draft", "approve", "abandon"}
    assert not editor.bindings["title"].widget.isEnabled()  # submitted: read-only

    row = view.model.row_of(plan.id)
    assert view.model.index(row, COL_STATUS).data() == "Submitted"
    qtbot.waitUntil(lambda: view.model.index(row, COL_NEXT_DUE).data() != "")
    assert "2027" in view.model.index(row, COL_NEXT_DUE).data()  # the open one: 1 February


def test_officer_may_not_approve_a_supervisor_approves_starts_and_completes(
    qtbot: QtBot, ws: Workspace, view: PlansView, jose: WorkerRead
) -> None:
    editor = draft_plan(qtbot, view, jose)
    click(qtbot, editor.action_buttons["submit"])
    plan_id = editor.plan.id  # type: ignore[union-attr]

    approve = editor.action_buttons["approve"]
    assert not approve.isHidden() and not approve.isEnabled()
    assert approve.toolTip() == "Only a mission supervisor can do this."
    assert "Approve: Only a mission supervisor can do this." in editor.step_notice.text()
    assert not editor.step_notice.isHidden()
    with pytest.raises(PermissionDenied) as refused:  # the service refuses it too
        ws.plans.approve(plan_id)
    assert refused.value.message.text == "Only a mission supervisor can do this."
    editor.close()

    ws.set_actor(supervisor_of(ws))
    view.load()
    view.refresh(keep=plan_id)
    view.table.doubleClicked.emit(view.table.currentIndex())
    editor = view.editors[plan_id]
    click(qtbot, editor.action_buttons["approve"])
    assert editor.plan.status == PlanStatus.APPROVED  # type: ignore[union-attr]
    assert editor.steps.item(2, 1).text() == "sofia.ruiz"
    assert shown_actions(editor) == {"start", "abandon"}

    click(qtbot, editor.action_buttons["start"])
    assert editor.plan.status == PlanStatus.IN_PROGRESS  # type: ignore[union-attr]
    assert editor.bindings["business_started_on"].widget.isEnabled()
    assert not editor.bindings["budget"].widget.isEnabled()
    add_milestone(qtbot, editor, "Primer cliente", date(2027, 3, 1))

    click(qtbot, editor.action_buttons["complete"])
    assert editor.plan.status == PlanStatus.COMPLETED  # type: ignore[union-attr]
    steps = [[editor.steps.item(r, c).text() for c in (0, 1)] for r in range(5)]
    assert steps == [
        ["Created", "ana.lopez"],
        ["Submitted", "ana.lopez"],
        ["Approved", "sofia.ruiz"],
        ["Started", "sofia.ruiz"],
        ["Completed", "sofia.ruiz"],
    ]
    assert shown_actions(editor) == set()
    assert not editor.add_milestone_button.isEnabled()
    assert view.model.index(view.model.row_of(plan_id), COL_STATUS).data() == "Completed"


def test_a_step_no_longer_legal_is_refused_with_the_reason(
    qtbot: QtBot, ws: Workspace, view: PlansView, jose: WorkerRead
) -> None:
    editor = draft_plan(qtbot, view, jose)
    click(qtbot, editor.action_buttons["submit"])
    plan_id = editor.plan.id  # type: ignore[union-attr]
    ws.set_actor(supervisor_of(ws))
    stale = PlanEditor(ws.plans, ws.workers, ws.actor, plan_id=plan_id, worker_id=None)
    qtbot.addWidget(stale)
    ws.plans.approve(plan_id)  # meanwhile, in another window

    click(qtbot, stale.action_buttons["return_to_draft"])
    assert stale.step_notice.text() == "A plan in status approved cannot go back to draft."
    assert not stale.step_notice.isHidden()
    assert stale.plan.status == PlanStatus.APPROVED  # type: ignore[union-attr]
    assert shown_actions(stale) == {"start", "abandon"}  # the screen caught up
    # without the history, the plan's own stamps still say who submitted and approved
    steps = [[stale.steps.item(r, c).text() for c in (0, 1)] for r in range(3)]
    assert steps == [["Created", ""], ["Submitted", "ana.lopez"], ["Approved", "sofia.ruiz"]]


def test_abandon_asks_first(qtbot: QtBot, ws: Workspace, view: PlansView, jose: WorkerRead) -> None:
    editor = draft_plan(qtbot, view, jose)
    click(qtbot, editor.action_buttons["submit"])
    ws.set_actor(supervisor_of(ws))
    editor._update_state()
    answer_next_message_box(qtbot, QMessageBox.StandardButton.No)
    click(qtbot, editor.action_buttons["abandon"])
    assert editor.plan.status == PlanStatus.SUBMITTED  # type: ignore[union-attr]
    answer_next_message_box(qtbot, QMessageBox.StandardButton.Yes)
    click(qtbot, editor.action_buttons["abandon"])
    assert editor.plan.status == PlanStatus.ABANDONED  # type: ignore[union-attr]


# --- bad input and leaving ----------------------------------------------------------------


def test_submitting_without_title_and_goals_shows_errors_beside_them(
    qtbot: QtBot, ws: Workspace, view: PlansView, jose: WorkerRead
) -> None:
    editor = view.open_plan(None, jose.id)
    type_money(qtbot, editor, "budget", "1000")
    click(qtbot, editor.save_button)
    assert editor.plan is not None
    click(qtbot, editor.action_buttons["submit"])
    assert editor.bindings["title"].error.text() == "This field is required."
    assert editor.bindings["goals"].error.text() == "This field is required."
    assert editor.general_error.text().startswith("Nothing was saved")
    assert ws.plans.get(editor.plan.id).plan.status == PlanStatus.DRAFT


def test_a_milestone_needs_a_title(
    qtbot: QtBot, ws: Workspace, view: PlansView, jose: WorkerRead
) -> None:
    editor = draft_plan(qtbot, view, jose)
    click(qtbot, editor.add_milestone_button)
    assert editor.milestone_error.text() == "This field is required."
    assert editor.milestones == []


def test_too_long_title_is_refused_and_nothing_is_stored(
    qtbot: QtBot, ws: Workspace, view: PlansView, jose: WorkerRead
) -> None:
    editor = view.open_plan(None, jose.id)
    editor.bindings["title"].widget.setText("x" * 201)  # type: ignore[attr-defined]
    click(qtbot, editor.save_button)
    assert editor.bindings["title"].error.text() == "Too long: use at most 200 characters."
    assert editor.plan is None and ws.plans.of_worker(jose.id) == []


def test_unsaved_changes_are_guarded(
    qtbot: QtBot, ws: Workspace, view: PlansView, jose: WorkerRead
) -> None:
    editor = draft_plan(qtbot, view, jose)
    type_text(editor.bindings["community"].widget, " Centro")
    assert editor.is_dirty()
    answer_next_message_box(qtbot, QMessageBox.StandardButton.Cancel)
    click(qtbot, editor.close_button)
    assert editor.isVisible()
    answer_next_message_box(qtbot, QMessageBox.StandardButton.Save)
    click(qtbot, editor.close_button)
    assert ws.plans.of_worker(jose.id)[0].plan.community == "San Juan de los Lagos Centro"


def test_print_and_open_worker_are_asked_for(
    qtbot: QtBot, ws: Workspace, view: PlansView, jose: WorkerRead
) -> None:
    editor = draft_plan(qtbot, view, jose)
    with qtbot.waitSignal(view.print_requested) as printed:
        click(qtbot, editor.print_button)
    assert printed.args == ["plan", editor.plan.id]  # type: ignore[union-attr]
    view.table.selectRow(0)
    with qtbot.waitSignal(view.open_worker) as opened:
        click(qtbot, view.worker_button)
    assert opened.args == [jose.id]


def test_an_analyst_reads_a_plan_but_changes_nothing(
    qtbot: QtBot, ws: Workspace, view: PlansView, jose: WorkerRead
) -> None:
    editor = draft_plan(qtbot, view, jose)
    click(qtbot, editor.action_buttons["submit"])
    plan_id = editor.plan.id  # type: ignore[union-attr]
    editor.close()
    ws.set_actor(Actor("hq", "HQ Analyst", Role.HQ_ANALYST, (), "HQ1"))
    view.load()
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter opens, like a double-click
    editor = view.editors[plan_id]
    assert not editor.bindings["title"].widget.isEnabled()
    assert not editor.save_button.isEnabled() and not editor.add_milestone_button.isEnabled()
    assert shown_actions(editor) == {"return_to_draft", "approve", "abandon"}
    assert not any(b.isEnabled() for b in editor.action_buttons.values())
    assert editor.action_buttons["approve"].toolTip() == "Your role does not allow this action."
    assert editor.print_button.isEnabled()  # reading and printing stay open


def test_the_window_may_keep_one_editor_per_plan_for_the_whole_app(
    qtbot: QtBot, ws: Workspace, jose: WorkerRead
) -> None:
    plan = ws.plans.create({"worker_id": jose.id, "title": "T", "goals": "g"})
    opened: list[tuple[object, object]] = []

    def open_plan(plan_id: uuid.UUID | None, worker_id: uuid.UUID | None) -> PlanEditor:
        opened.append((plan_id, worker_id))
        editor = PlanEditor(ws.plans, ws.workers, ws.actor, plan_id=plan_id, worker_id=worker_id)
        qtbot.addWidget(editor)
        return editor

    view = PlansView(ws.plans, ws.workers, ws.actor, open_plan=open_plan)
    qtbot.addWidget(view)
    view.load()
    view.table.doubleClicked.emit(view.model.index(0, 0))
    assert opened == [(plan.id, None)] and view.editors == {}


# --- the list -----------------------------------------------------------------------------


def _plans(ws: Workspace, worker: WorkerRead, specs: list[tuple[str, str]]) -> list[uuid.UUID]:
    ids = []
    for i, (kind, status) in enumerate(specs):
        plan = ws.plans.create(
            {"worker_id": worker.id, "kind": kind, "title": f"P{i}", "goals": "g", "budget": i}
        )
        if status != "draft":
            ws.plans.submit(plan.id)
        ids.append(plan.id)
    return ids


def test_filters_and_the_supervisors_awaiting_approval(
    qtbot: QtBot, ws: Workspace, view: PlansView, jose: WorkerRead
) -> None:
    _plans(ws, jose, [("business", "draft"), ("education", "submitted"), ("business", "submitted")])
    view.refresh()
    assert view.model.rowCount() == 3
    assert view.awaiting.isHidden()  # officers do not approve
    choose(view.kind_filter, "business")
    assert view.model.rowCount() == 2
    choose(view.status_filter, "submitted")
    assert view.model.rowCount() == 1
    choose(view.kind_filter, "")
    choose(view.status_filter, "")

    ws.set_actor(supervisor_of(ws))
    view.load()
    assert not view.awaiting.isHidden()
    click(qtbot, view.awaiting)
    assert view.model.rowCount() == 2
    assert not view.status_filter.isEnabled()
    statuses = {view.model.index(r, COL_STATUS).data() for r in range(2)}
    assert statuses == {"Submitted"}


def test_model_pages_sorts_and_shows_cells_without_widgets(
    ws: Workspace, jose: WorkerRead, qapp: QApplication
) -> None:
    ids = _plans(ws, jose, [("business", "draft")] * 5 + [("education", "submitted")])
    model = PlanTableModel(ws.plans, page_size=2)
    model.set_query(PlanQuery(sort=PlanSort.BUDGET, descending=False))
    assert model.rowCount() == 2 and model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 6
    assert model.headerData(COL_NEXT_DUE, Qt.Orientation.Horizontal) == "Next milestone due"
    assert model.index(0, COL_WORKER).data() == "José Hernández Peña"
    assert model.index(0, COL_KIND).data() == "Business"
    assert model.index(5, COL_BUDGET).data() == format_money(5, "MXN")
    assert model.index(5, COL_KIND).data() == "Education"
    model.sort(COL_BUDGET, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data(PlanIdRole) == ids[5]
    model.sort(COL_NEXT_DUE)  # not sortable by the store: nothing changes
    assert model.query.sort == PlanSort.BUDGET
    model.set_next_due({ids[5]: date(2027, 1, 15)})
    assert model.index(0, COL_NEXT_DUE).data() != ""
    assert model.index(1, COL_NEXT_DUE).data() == ""


# --- languages ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["es", "fr"])
def test_screens_in_spanish_and_french_are_not_cut(
    qtbot: QtBot,
    ws: Workspace,
    jose: WorkerRead,
    qm_dir: Path | None,
    language: str,
) -> None:
    if qm_dir is None:
        pytest.skip("no translations built")
    switcher = LanguageSwitcher(folder=qm_dir)
    switcher.apply(language)
    try:
        _plans(ws, jose, [("business", "submitted"), ("community_investment", "draft")])
        view = PlansView(ws.plans, ws.workers, ws.actor, history=plan_history(ws))
        qtbot.addWidget(view)
        view.resize(1200, 500)
        view.load()
        view.show()
        editor = view.open_plan(view.model.index(0, 0).data(PlanIdRole))
        editor.show()
        qtbot.waitExposed(editor)
        _assert_not_cut(view)
        _assert_not_cut(editor)
        expected = {"es": "Enviado", "fr": "Soumis"}[language]
        assert expected in {view.model.index(r, COL_STATUS).data() for r in range(2)}
        SHOTS.mkdir(parents=True, exist_ok=True)
        view.grab().save(str(SHOTS / f"plans_view_{language}.png"))
        editor.grab().save(str(SHOTS / f"plan_editor_{language}.png"))
        bar = editor.scroll_area.verticalScrollBar()
        bar.setValue(bar.maximum())
        editor.grab().save(str(SHOTS / f"plan_editor_workflow_{language}.png"))
        editor.close()
    finally:
        switcher.apply("en")


def _assert_not_cut(widget: Any) -> None:
    """Every button and choice shows its whole text; every table header fits its section."""
    for button in widget.findChildren(QPushButton):
        if button.isVisibleTo(widget) and button.text():
            assert button.width() >= button.sizeHint().width(), button.text()
    for combo in widget.findChildren(QComboBox):
        if combo.isVisibleTo(widget):
            assert combo.width() >= combo.sizeHint().width(), combo.currentText()
    from PySide6.QtWidgets import QTableView

    for table in widget.findChildren(QTableView):
        header = table.horizontalHeader()
        for column in range(header.count()):
            if header.stretchLastSection() and column == header.count() - 1:
                continue
            wanted = header.sectionSizeHint(column)
            assert header.sectionSize(column) >= wanted - 2, (table.objectName(), column)
