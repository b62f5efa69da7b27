"""The main window like a person uses it: every section opens on its real view, a worker's
file opens from the list, paper forms and documents are one menu away."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.workers import WorkerQuery
from app.services.workspace import Workspace
from app.ui.i18n import LanguageSwitcher
from app.ui.main_window import (
    COURSES_ROW,
    FOLLOWUPS_ROW,
    PLANS_ROW,
    PROJECTS_ROW,
    REPORTS_ROW,
    MainWindow,
)
from tests.ui.conftest import add_workers


@pytest.fixture
def window(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher, tmp_path: Path
) -> MainWindow:
    add_workers(officer_workspace, 3)
    win = MainWindow(officer_workspace, switcher=switcher, log_folder=tmp_path / "log")
    qtbot.addWidget(win)
    win.start()
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.mark.parametrize(
    ("row", "class_name"),
    [
        (COURSES_ROW, "CoursesView"),
        (PLANS_ROW, "PlansView"),
        (PROJECTS_ROW, "ProjectsView"),
        (FOLLOWUPS_ROW, "FollowUpsView"),
        (REPORTS_ROW, "ReportsView"),
    ],
)
def test_each_section_is_built_when_first_opened(
    qtbot: QtBot, window: MainWindow, row: int, class_name: str
) -> None:
    page = window.pages[row]
    assert page.view is None  # nothing is built at start-up
    window.nav.setCurrentRow(row)
    assert page.view is not None and type(page.view).__name__ == class_name
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(page.view.isVisible)
    window.nav.setCurrentRow(0)
    window.nav.setCurrentRow(row)
    assert page.view is window.section_view(row)  # built once


def test_double_click_in_the_list_opens_the_worker_file(qtbot: QtBot, window: MainWindow) -> None:
    table = window.workers_view.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 3)
    index = table.model().index(0, 0)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: len(window.worker_files) == 1)
    worker_file = next(iter(window.worker_files.values()))
    qtbot.waitUntil(lambda: worker_file.file is not None)
    assert worker_file.isVisible()
    assert window.open_worker_file(worker_file.worker_id) is worker_file  # no second window
    worker_file.close()
    qtbot.waitUntil(lambda: not window.worker_files)


def test_print_from_a_worker_file_goes_to_the_document_actions(
    qtbot: QtBot, window: MainWindow, officer_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, uuid.UUID]] = []
    monkeypatch.setattr(
        type(window.documents),
        "print_document",
        lambda _self, _parent, kind, record_id: asked.append((kind, record_id)),
    )
    row = officer_workspace.workers.page(WorkerQuery()).rows[0]
    worker_file = window.open_worker_file(row.id)
    qtbot.waitUntil(lambda: worker_file.file is not None)
    worker_file.request_print()
    assert asked == [("worker_record", row.id)]
    worker_file.close()


def test_paper_form_menu_asks_for_the_code(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.open_paper_form()
    qtbot.waitExposed(dialog)
    assert type(dialog).__name__ == "FormCodeDialog"
    dialog.close()
    assert window.paper_action.shortcut().toString() == "Ctrl+Shift+N"
    for action in (window.blank_forms_action, window.export_action, window.log_action):
        assert action.text()  # translated labels are set


def test_a_scanned_code_binds_the_open_intake_instead_of_replacing_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    from app.forms.form_codes import new_form_code

    first = window.open_editor(None)
    qtbot.waitExposed(first)
    code = new_form_code("MX")
    again = window.open_editor(None, form_code=code)
    assert again is first and window.editors[None] is first
    assert first.fields.bindings["intake_form_code"].get() == code
    first._saved_values = first.fields.values()  # nobody answers "Save changes?" here


def test_the_workers_list_filters_by_stage_status_and_date(
    qtbot: QtBot, window: MainWindow, officer_workspace: Workspace
) -> None:
    view = window.workers_view
    table = view.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 3)
    first = officer_workspace.workers.page(WorkerQuery()).rows[0]
    officer_workspace.workers.update(first.id, {"status": "closed"})
    view.status_filter.setCurrentIndex(view.status_filter.findData("closed"))
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    view.status_filter.setCurrentIndex(0)
    view.stage_filter.setCurrentIndex(view.stage_filter.findData("returned"))
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    view.stage_filter.setCurrentIndex(view.stage_filter.findData("pre_departure"))
    qtbot.waitUntil(lambda: table.model().rowCount() == 3)
    from datetime import date, timedelta

    view.changed_since.date.set_value(date.today() + timedelta(days=2))
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    assert not view.mission_filter.isVisible()  # an officer of one mission: nothing to pick
