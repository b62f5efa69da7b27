"""A person registers workers: types an intake, saves, finds it, and is stopped when wrong."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.forms.intake_layout import FORM_CODE_FIELD, INTAKE_SECTIONS, iter_fields
from app.services.intake import INTENTIONS, IntakeService
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


def _save_and_wait(qtbot: QtBot, editor: WorkerEditor) -> None:
    """Click Save; a new worker is first looked for among the stored ones (off the GUI
    thread), so wait until that check has ended and the save with it."""
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.busy.isVisibleTo(editor))


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
    _save_and_wait(qtbot, editor)

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
    _save_and_wait(qtbot, editor)

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
    _save_and_wait(qtbot, editor)
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
    # Quitting asks about the open intake; Save looks for duplicates first (off the GUI
    # thread), so the window stays until the worker is stored and the intake closed.
    assert not window.close()
    qtbot.waitUntil(lambda: officer_workspace.workers.count() == 1)
    qtbot.waitUntil(lambda: not window.editors)
    assert window.close()


def test_editing_changes_only_what_was_changed_and_history_shows_it(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    window = _window(qtbot, officer_workspace, switcher)
    editor = _new_editor(qtbot, window)
    _type_jose(qtbot, editor)
    _save_and_wait(qtbot, editor)
    editor.close()
    view = window.workers_view
    view.table.selectRow(0)
    worker_id = view.selected_id()
    assert worker_id is not None
    editor = window.open_editor(worker_id)  # as the worker file's Edit does
    community = _field(editor, "community")
    assert isinstance(community, QLineEdit)
    community.selectAll()
    type_text(community, "Tlacolula")
    _choose(_field(editor, "education"), "technical")
    assert editor.save()
    history = [editor.history.item(r, 0).text() for r in range(editor.history.rowCount())]
    assert set(history[:2]) == {
        "Highest level of education completed",
        "Community, village or neighbourhood",
    }
    assert view.model.index(0, 3).data() == "Preparing to leave"


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


# --- the intake as on paper: numbering, keyboard, stage --------------------------------


def _bare_editor(qtbot: QtBot, ws: Workspace, **kwargs: Any) -> WorkerEditor:
    actor = ws.actor()
    kwargs.setdefault("intake", IntakeService(ws.db, ws.actor))
    editor = WorkerEditor(
        ws.workers, missions=actor.missions, officer_name=actor.display_name, **kwargs
    )
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    qtbot.addWidget(editor, before_close_func=_forget_edits)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()  # shortcuts (Ctrl+S) reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def _forget_edits(editor: WorkerEditor) -> None:
    editor._saved_values = editor.fields.values()


def _binding_of(editor: WorkerEditor, widget: QWidget | None) -> str:
    """The field whose input holds `widget` (the focus may sit inside a date edit)."""
    for name, binding in editor.fields.bindings.items():
        if widget is not None and (
            binding.container is widget or binding.container.isAncestorOf(widget)
        ):
            return name
    if widget is editor.save_button:
        return "<save>"
    return f"<{type(widget).__name__}>"


def test_the_screen_has_the_sections_and_numbers_of_the_paper_form(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    editor = _bare_editor(qtbot, officer_workspace)
    boxes = {box.title(): box for box in editor.findChildren(QGroupBox)}
    tops: list[int] = []
    for section in INTAKE_SECTIONS:
        box = boxes[f"{section.number}. {section.title}"]  # "3. ID documents"
        tops.append(box.mapTo(editor, QPoint(0, 0)).y())
        form = box.layout()
        assert isinstance(form, QFormLayout)
        items = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())]
        shown = [item.widget() for item in items if item is not None]
        numbered = [
            (label.text(), label.buddy())
            for label in shown
            if isinstance(label, QLabel) and label.text()
        ]
        expected = list(section.fields)  # 6.2 too: it becomes the first case note
        assert [text for text, _w in numbered] == [f"{f.number} {f.label}" for f in expected]
        for (_text, buddy), field in zip(numbered, expected, strict=True):
            assert buddy is _field(editor, field.worker_field or INTENTIONS)
    assert tops == sorted(tops)  # sections go down the screen in the paper's order
    code_label = [
        lbl
        for lbl in editor.findChildren(QLabel)
        if lbl.buddy() is _field(editor, "intake_form_code")
    ]
    assert code_label[0].text() == f"{FORM_CODE_FIELD.number} {FORM_CODE_FIELD.label}"
    on_paper = [f.worker_field or INTENTIONS for f in iter_fields() if f.number != "0"]
    assert set(on_paper) <= set(editor.fields.bindings)


def test_enter_moves_through_the_fields_in_the_order_of_the_form_and_never_saves(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    editor = _bare_editor(qtbot, officer_workspace)
    assert editor.focusWidget() is _field(editor, "given_names")  # focus starts on 1.1
    type_text(_field(editor, "given_names"), "Sofía")
    visited = [_binding_of(editor, editor.focusWidget())]
    for _ in range(60):
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Return)
        visited.append(_binding_of(editor, editor.focusWidget()))
        if visited[-1] == "<save>":
            break
    in_order = list(dict.fromkeys(visited))
    on_paper = [f.worker_field or INTENTIONS for f in iter_fields() if f.number != "0"]
    assert in_order == [*on_paper, "status", "consent_withdrawn_at", "<save>"]
    assert visited.count("consent_purposes") == 5  # one stop per tick box
    assert officer_workspace.workers.count() == 0  # Enter moved on, it did not save
    assert editor.isVisible() and not editor.general_error.isVisible()

    address = _field(editor, "address_line")
    type_text(address, "Calle 5")
    qtbot.keyClick(address, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(address, "junto a la iglesia")
    assert address.toPlainText() == "Calle 5\njunto a la iglesia"  # Shift+Enter: new line

    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.general_error.isVisible()  # Ctrl+S tried to save: 1.2 and more missing
    assert editor.focusWidget() is _field(editor, "first_family_name")


def test_ctrl_enter_saves_a_new_worker_typed_from_the_keyboard(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    editor = _bare_editor(qtbot, officer_workspace)
    _type_jose(qtbot, editor)
    qtbot.keyClick(
        _field(editor, "community"), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert officer_workspace.workers.count() == 1
    assert editor.case_code.text().startswith("MX-")


def test_a_new_intake_starts_only_in_a_stage_the_journey_allows(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    editor = _bare_editor(qtbot, officer_workspace)
    stage = _field(editor, "migration_stage")
    offered = [stage.itemData(i) for i in range(stage.count())]
    assert offered == ["pre_departure", "returned"]  # abroad needs a placement first
    assert stage.isEnabled()
    assert "worker file" in editor.stage_hint.text()
    _type_jose(qtbot, editor)
    _choose(stage, "returned")
    assert editor.save()
    assert officer_workspace.workers.get(editor.worker.id).migration_stage == "returned"


def test_the_stage_of_a_stored_worker_is_read_only_in_the_editor(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    editor = _bare_editor(qtbot, officer_workspace)
    _type_jose(qtbot, editor)
    assert editor.save()
    worker_id = editor.worker.id
    editor.close()

    editor = _bare_editor(qtbot, officer_workspace, worker_id=worker_id)
    stage = _field(editor, "migration_stage")
    assert not stage.isEnabled()
    assert stage.currentData() == "pre_departure"
    assert "journey actions" in editor.stage_hint.text()
    assert stage.count() == 3  # every stage can be shown, none can be picked here
    qtbot.mouseClick(stage, Qt.MouseButton.LeftButton)  # a click does nothing
    assert stage.currentData() == "pre_departure"
    chain = [_binding_of(editor, w) for w in editor.fields.focus_order() if w.isEnabled()]
    assert "migration_stage" not in chain
    assert not _field(editor, "intentions").isVisibleTo(editor)  # 6.2 is a case note now
