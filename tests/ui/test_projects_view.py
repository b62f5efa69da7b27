"""A person creates a community project, adds workers, and sees remittances move its progress."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.models import WorkerRead
from app.models.enums import ProjectStatus, Role
from app.services.context import Actor, ValidationFailed
from app.services.lists import ProjectQuery
from app.services.workspace import Workspace
from app.ui.dialogs.project_editor import ProjectEditor
from app.ui.i18n import LanguageSwitcher
from app.ui.qmodels.plan_table_model import format_money
from app.ui.qmodels.project_table_model import (
    COL_GOAL,
    COL_PARTICIPANTS,
    COL_PROGRESS,
    COL_RAISED,
    COL_STATUS,
    PercentRole,
    ProjectIdRole,
    ProjectTableModel,
)
from app.ui.views.projects_view import ProjectsView
from tests.conftest import valid_worker
from tests.ui.conftest import answer_next_message_box, type_text
from tests.ui.test_plans_view import SHOTS, _assert_not_cut

MARIA = {
    "given_names": "María",
    "first_family_name": "Cruz",
    "second_family_name": "Díaz",
    "sex": "female",
    "date_of_birth": date(1985, 3, 3),
    "id_document_type": None,
    "id_document_number": None,
}


@pytest.fixture
def ws(officer_workspace: Workspace) -> Workspace:
    officer_workspace.set_actor(Actor("ana.lopez", "Ana López", Role.FIELD_OFFICER, ("MX",), "T1A"))
    return officer_workspace


@pytest.fixture
def people(ws: Workspace) -> tuple[WorkerRead, WorkerRead]:
    return ws.workers.create(valid_worker()), ws.workers.create(valid_worker(**MARIA))


@pytest.fixture
def view(qtbot: QtBot, ws: Workspace) -> Iterator[ProjectsView]:
    projects = ProjectsView(ws.projects, ws.workers, ws.remittances, ws.actor)
    qtbot.addWidget(projects)
    projects.resize(1200, 500)
    projects.load()
    projects.show()
    yield projects
    for editor in list(projects.editors.values()):
        editor._saved = editor.values()
        editor.close()


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def new_project(qtbot: QtBot, view: ProjectsView, goal: str = "20000") -> ProjectEditor:
    click(qtbot, view.new_button)
    editor = view.editors[None]
    qtbot.waitExposed(editor)
    type_text(editor.bindings["title"].widget, "Agua potable para la escuela")
    type_text(editor.bindings["community"].widget, "San Juan de los Lagos")
    type_text(editor.bindings["municipality"].widget, "Jalisco Centro")
    spin = editor.bindings["goal_amount"].widget
    spin.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(spin, goal)
    click(qtbot, editor.save_button)
    return editor


def search_and_add(qtbot: QtBot, editor: ProjectEditor, text: str) -> None:
    type_text(editor.worker_search, text)
    qtbot.waitUntil(lambda: editor.search_results.count() > 0)
    click(qtbot, editor.add_button)


def remit(ws: Workspace, worker: WorkerRead, amount: str, project_id: object, **kw: object) -> None:
    data = {
        "worker_id": worker.id,
        "month": date(2026, 10, 12),
        "amount": amount,
        "currency": "MXN",
        "community_project_id": project_id,
        **kw,
    }
    ws.remittances.add(data)


def test_create_a_project_add_participants_and_see_remittances_move_the_bar(
    qtbot: QtBot, ws: Workspace, view: ProjectsView, people: tuple[WorkerRead, WorkerRead]
) -> None:
    jose, maria = people
    editor = new_project(qtbot, view)
    project = editor.project
    assert project is not None and project.currency == "MXN"
    assert project.goal_amount == Decimal("20000.00")
    assert editor.heading.text() == "Community project: Agua potable para la escuela"
    assert view.model.rowCount() == 1
    assert editor.progress_bar.value() == 0

    search_and_add(qtbot, editor, "Maria Cruz")  # no accents needed
    assert [p.full_name for p in editor.participants] == ["María Cruz Díaz"]
    search_and_add(qtbot, editor, "Hernandez")
    assert len(editor.participants) == 2
    type_text(editor.worker_search, "Cruz")  # already in: not offered again
    qtbot.waitUntil(lambda: editor.search_results.count() > 0)
    assert editor.search_results.item(0).text() == "No worker found."
    assert not editor.add_button.isEnabled()

    remit(ws, maria, "5000", project.id)
    remit(ws, jose, "3000", project.id, month=date(2026, 11, 1))
    remit(ws, jose, "100", project.id, currency="USD")
    remit(ws, jose, "999", None)  # household money: not the project's
    editor._reload()
    view.refresh()
    assert editor.progress_bar.value() == 400  # 8,000 of 20,000: 40.0 %
    assert editor.progress_bar.text() == "40.0 % of the goal"
    also = f"Also {format_money(100, 'USD')}, not counted towards the goal."
    assert also in editor.progress_text.text()
    assert editor.contribution_table.rowCount() == 3
    assert editor.contribution_table.item(0, 1).text() == "José Hernández Peña"
    row = view.model.row_of(project.id)
    assert view.model.index(row, COL_PROGRESS).data(PercentRole) == 40.0
    assert view.model.index(row, COL_RAISED).data() == format_money(8000, "MXN")
    assert view.model.index(row, COL_PARTICIPANTS).data() == "2"

    jose_row = [p.worker_id for p in editor.participants].index(jose.id)
    editor.participant_table.selectRow(jose_row)  # José leaves; his money stays with the project
    click(qtbot, editor.remove_button)
    assert [p.full_name for p in editor.participants] == ["María Cruz Díaz"]
    assert editor.progress_bar.value() == 400
    assert not editor.contributions_note.isHidden()
    assert editor.contributions_note.text().startswith("2 more remittance")


def test_status_changes_and_the_status_filter(
    qtbot: QtBot, ws: Workspace, view: ProjectsView
) -> None:
    editor = new_project(qtbot, view)
    choose(editor.bindings["status"].widget, "fundraising")  # type: ignore[arg-type]
    click(qtbot, editor.save_button)
    assert ws.projects.get(editor.project.id).status == ProjectStatus.FUNDRAISING  # type: ignore[union-attr]
    assert view.model.index(0, COL_STATUS).data() == "Fundraising"
    choose(view.status_filter, "proposed")
    assert view.model.rowCount() == 0
    choose(view.status_filter, "fundraising")
    assert view.model.rowCount() == 1
    type_text(view.community, "lagos")
    view.apply_filters()
    assert view.model.rowCount() == 1
    type_text(view.community, "xyz")
    view.apply_filters()
    assert view.model.rowCount() == 0


def test_bad_input_is_shown_beside_the_fields_and_nothing_is_stored(
    qtbot: QtBot, ws: Workspace, view: ProjectsView
) -> None:
    click(qtbot, view.new_button)
    editor = view.editors[None]
    click(qtbot, editor.save_button)
    assert editor.bindings["title"].error.text() == "This field is required."
    assert editor.bindings["community"].error.text() == "This field is required."
    assert editor.bindings["goal_amount"].error.text() == "Enter an amount greater than zero."
    assert editor.project is None
    assert ws.projects.page(ProjectQuery()).rows == []


def test_a_cancelled_project_refuses_new_contributions(
    qtbot: QtBot, ws: Workspace, view: ProjectsView, people: tuple[WorkerRead, WorkerRead]
) -> None:
    editor = new_project(qtbot, view)
    choose(editor.bindings["status"].widget, "cancelled")  # type: ignore[arg-type]
    click(qtbot, editor.save_button)
    with pytest.raises(ValidationFailed) as refused:
        remit(ws, people[0], "10", editor.project.id)  # type: ignore[union-attr]
    assert "cancelled" in refused.value.errors["community_project_id"].text


def test_unsaved_changes_are_guarded(qtbot: QtBot, ws: Workspace, view: ProjectsView) -> None:
    editor = new_project(qtbot, view)
    type_text(editor.bindings["description"].widget, "Tanque y tuberías")
    answer_next_message_box(qtbot, QMessageBox.StandardButton.Cancel)
    click(qtbot, editor.close_button)
    assert editor.isVisible()
    answer_next_message_box(qtbot, QMessageBox.StandardButton.Discard)
    click(qtbot, editor.close_button)
    assert ws.projects.get(editor.project.id).description == ""  # type: ignore[union-attr]


def test_an_analyst_reads_but_does_not_create_or_change(qtbot: QtBot, ws: Workspace) -> None:
    ws.projects.create({"mission_id": "MX", "title": "T", "community": "C", "goal_amount": 10})
    ws.set_actor(Actor("hq", "HQ", Role.HQ_ANALYST, (), "HQ1"))
    projects = ProjectsView(ws.projects, ws.workers, ws.remittances, ws.actor)
    qtbot.addWidget(projects)
    projects.load()
    assert not projects.new_button.isEnabled()
    assert projects.model.rowCount() == 1  # HQ reads every mission
    projects.table.selectRow(0)
    editor = projects.open_project(projects.selected_id())
    assert not editor.bindings["title"].widget.isEnabled()
    assert not editor.save_button.isEnabled() and not editor.worker_search.isEnabled()
    editor.close()


def test_model_without_widgets(ws: Workspace, qapp: QApplication) -> None:
    for i in range(5):
        ws.projects.create(
            {"mission_id": "MX", "title": f"P{i}", "community": "C", "goal_amount": 100 + i}
        )
    model = ProjectTableModel(ws.projects, page_size=2)
    model.set_query(ProjectQuery())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 5
    assert model.headerData(COL_PROGRESS, Qt.Orientation.Horizontal) == "Progress"
    assert model.index(0, COL_GOAL).data() == format_money(100, "MXN")
    assert model.index(0, COL_PROGRESS).data() == "0.0 %"
    assert model.index(0, COL_STATUS).data() == "Proposed"
    model.sort(COL_GOAL, Qt.SortOrder.DescendingOrder)
    assert model.index(0, COL_GOAL).data() == format_money(104, "MXN")
    first = model.index(0, 0).data(ProjectIdRole)
    assert model.row_of(first) == 0


@pytest.mark.parametrize("language", ["es", "fr"])
def test_screens_in_spanish_and_french_are_not_cut(
    qtbot: QtBot,
    ws: Workspace,
    people: tuple[WorkerRead, WorkerRead],
    qm_dir: Path | None,
    language: str,
) -> None:
    if qm_dir is None:
        pytest.skip("no translations built")
    switcher = LanguageSwitcher(folder=qm_dir)
    switcher.apply(language)
    try:
        project = ws.projects.create(
            {"mission_id": "MX", "title": "Agua potable", "community": "San Juan",
             "goal_amount": 20000}
        )  # fmt: skip
        ws.projects.add_participant(project.id, people[1].id)
        remit(ws, people[1], "5000", project.id)
        view = ProjectsView(ws.projects, ws.workers, ws.remittances, ws.actor)
        qtbot.addWidget(view)
        view.resize(1200, 400)
        view.load()
        view.show()
        editor = view.open_project(project.id)
        qtbot.waitExposed(editor)
        _assert_not_cut(view)
        _assert_not_cut(editor)
        # Mexico writes 25.0, French Canada 25,0
        expected = {"es": "25.0 % de la meta", "fr": "25,0 % de l'objectif"}[language]
        assert editor.progress_bar.text() == expected
        SHOTS.mkdir(parents=True, exist_ok=True)
        view.grab().save(str(SHOTS / f"projects_view_{language}.png"))
        editor.grab().save(str(SHOTS / f"project_editor_{language}.png"))
        bar = editor.scroll_area.verticalScrollBar()
        bar.setValue(bar.maximum())
        editor.grab().save(str(SHOTS / f"project_editor_bottom_{language}.png"))
        editor.close()
    finally:
        switcher.apply("en")
