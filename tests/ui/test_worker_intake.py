"""A person registers workers: types an intake, saves, finds it, and is stopped when wrong."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from app.ui.dialogs.worker_editor import WorkerEditor
from app.ui.i18n import LanguageSwitcher
from app.ui.main_window import MainWindow
from app.ui.qmodels.worker_table_model import COL_NAME
from tests.ui.conftest import answer_next_message_box, type_text


def _window(qtbot: QtBot, ws: Workspace, switcher: LanguageSwitcher) -> MainWindow:
    window = MainWindow(ws, switcher=switcher)
    qtbot.addWidget(window, before_close_func=_forget_open_edits)
    window.start()
    window.show()
    return window


def _forget_open_edits(window: MainWindow) -> None:
    """At the end of a test nobody is there to answer "Save changes?"."""
    for editor in window.editors.values():
        editor._saved_values = editor.fields.values()


def _new_editor(qtbot: QtBot, window: MainWindow) -> WorkerEditor:
    qtbot.mouseClick(window.workers_view.new_button, Qt.MouseButton.LeftButton)
    editor = window.editors[None]
    qtbot.waitExposed(editor)
    return editor


def _field(editor: WorkerEditor, name: str):  # type: ignore[no-untyped-def]
    return editor.fields.bindings[name].widget


def _choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def _pick_date(editor: WorkerEditor, name: str, value: date) -> None:
    _field(editor, name).edit.setDate(QDate(value.year, value.month, value.day))


def _error(editor: WorkerEditor, name: str) -> QLabel:
    return editor.fields.bindings[name].error


def _type_jose(qtbot: QtBot, editor: WorkerEditor) -> None:
    type_text(_field(editor, "given_names"), "José Ángel")
    type_text(_field(editor, "first_family_name"), "Hernández")
    type_text(_field(editor, "second_family_name"), "Peña")
    _pick_date(editor, "date_of_birth", date(1990, 5, 12))
    _choose(_field(editor, "sex"), "male")
    _choose(_field(editor, "id_document_type"), "curp")
    qtbot.keyClicks(_field(editor, "id_document_number"), "hegj900512hjcrns06")
    type_text(_field(editor, "community"), "San Juan de los Lagos")
    _pick_date(editor, "consent_date", date(2026, 1, 5))
    purposes = _field(editor, "consent_purposes")
    qtbot.mouseClick(purposes.boxes["case_management"], Qt.MouseButton.LeftButton)


def test_type_a_worker_with_accents_save_and_find_without_accents(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    window = _window(qtbot, officer_workspace, switcher)
    editor = _new_editor(qtbot, window)
    _type_jose(qtbot, editor)
    assert _field(editor, "given_names").text() == "José Ángel"
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert officer_workspace.workers.count() == 1
    assert editor.case_code.text().startswith("MX-")
    assert not editor.is_dirty()
    assert editor.history.rowCount() > 5  # the new record's fields, with who and when
    editor.close()

    view = window.workers_view
    qtbot.keyClicks(view.search, "jose angel hernandez pena")
    qtbot.waitUntil(lambda: view.model.query.text == "jose angel hernandez pena")
    assert view.model.rowCount() == 1
    assert view.model.index(0, COL_NAME).data() == "José Ángel Hernández Peña"
    view.search.clear()
    qtbot.keyClicks(view.search, "HEGJ9005")  # the ID number's first characters
    qtbot.waitUntil(lambda: view.model.query.text == "HEGJ9005")
    assert view.model.rowCount() == 1


def test_wrong_input_is_shown_beside_each_field_and_nothing_is_saved(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    window = _window(qtbot, officer_workspace, switcher)
    editor = _new_editor(qtbot, window)
    type_text(_field(editor, "given_names"), "María")
    type_text(_field(editor, "first_family_name"), "Núñez")
    _pick_date(editor, "date_of_birth", date.today() + timedelta(days=30))
    _choose(_field(editor, "nationality"), "SV")
    _choose(_field(editor, "id_document_type"), "dui")
    qtbot.keyClicks(_field(editor, "id_document_number"), "1234")
    # no consent date, no purpose ticked
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert officer_workspace.workers.count() == 0
    assert "future" in _error(editor, "date_of_birth").text()
    assert _error(editor, "date_of_birth").isVisibleTo(editor)
    assert "DUI" in _error(editor, "id_document_number").text()
    assert "consent" in _error(editor, "consent_date").text()
    assert _error(editor, "consent_purposes").isVisibleTo(editor)
    assert not _error(editor, "given_names").isVisibleTo(editor)
    assert editor.general_error.isVisibleTo(editor)
    assert editor.focusWidget() is _field(editor, "date_of_birth").edit  # first wrong field

    _pick_date(editor, "date_of_birth", date(1991, 3, 2))
    _field(editor, "id_document_number").clear()
    qtbot.keyClicks(_field(editor, "id_document_number"), "12345678-9")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not _error(editor, "date_of_birth").isVisibleTo(editor)
    assert officer_workspace.workers.count() == 0  # consent still missing


def test_closing_with_changes_asks_first(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    window = _window(qtbot, officer_workspace, switcher)
    editor = _new_editor(qtbot, window)
    type_text(_field(editor, "given_names"), "Sofía")

    asked = answer_next_message_box(qtbot, QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert asked and editor.isVisible()  # Cancel: still editing, text kept
    assert _field(editor, "given_names").text() == "Sofía"

    answer_next_message_box(qtbot, QMessageBox.StandardButton.Discard)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert officer_workspace.workers.count() == 0
    assert None not in window.editors


def test_answering_save_when_closing_stores_the_worker(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    window = _window(qtbot, officer_workspace, switcher)
    editor = _new_editor(qtbot, window)
    _type_jose(qtbot, editor)
    answer_next_message_box(qtbot, QMessageBox.StandardButton.Save)
    assert window.close()  # closing the main window closes (and guards) its editors
    assert officer_workspace.workers.count() == 1


def test_editing_changes_only_what_was_changed_and_history_shows_it(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    window = _window(qtbot, officer_workspace, switcher)
    editor = _new_editor(qtbot, window)
    _type_jose(qtbot, editor)
    editor.save()
    editor.close()
    view = window.workers_view
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter opens the worker
    worker_id = view.selected_id()
    editor = window.editors[worker_id]
    community = _field(editor, "community")
    assert isinstance(community, QLineEdit)
    community.selectAll()
    type_text(community, "Tlacolula")
    _choose(_field(editor, "migration_stage"), "abroad")
    assert editor.save()
    history = [editor.history.item(r, 0).text() for r in range(editor.history.rowCount())]
    assert {"Current stage", "Community, village or neighbourhood"} <= set(history[:3])
    assert view.model.index(0, 3).data() == "Working in Canada"


def test_archive_hides_a_worker_and_restore_brings_it_back(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    from tests.ui.conftest import add_workers

    add_workers(officer_workspace, 3)
    window = _window(qtbot, officer_workspace, switcher)
    view = window.workers_view
    view.table.selectRow(0)
    archived_id = view.selected_id()
    assert view.archive_button.text() == "Archive"
    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 2 and view.model.row_of(archived_id) < 0
    qtbot.mouseClick(view.show_archived, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 3
    assert view.select_worker(archived_id)
    assert view.archive_button.text() == "Restore"
    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    assert officer_workspace.workers.count() == 3


def test_clicking_a_header_sorts_by_that_column(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    from tests.ui.conftest import add_workers

    add_workers(officer_workspace, 300)
    window = _window(qtbot, officer_workspace, switcher)
    view = window.workers_view
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert view.model.query.sort.value == "case_code"
    codes = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert codes == sorted(codes) and len(codes) == 200
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert view.model.query.descending
    assert view.model.index(0, 0).data() > codes[-1]  # the last code of all 300 comes first


def test_a_broad_search_says_to_keep_typing(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    from tests.ui.conftest import add_workers

    add_workers(officer_workspace, 1100, given="Lucía")
    window = _window(qtbot, officer_workspace, switcher)
    view = window.workers_view
    qtbot.keyClicks(view.search, "luc")
    qtbot.waitUntil(lambda: view.capped_label.isVisible())
    assert "More than 1,000 matches" in view.capped_label.text()
    qtbot.keyClicks(view.search, "ia a garcia")
    qtbot.waitUntil(lambda: not view.capped_label.isVisible())
