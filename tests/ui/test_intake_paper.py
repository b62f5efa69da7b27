"""Paper to record and the duplicate check, as an officer types them in."""

from __future__ import annotations

import os
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.forms.form_codes import ALPHABET, new_form_code
from app.models.enums import MigrationStage
from app.services.context import ValidationFailed
from app.services.intake import CodeProblem, IntakeService, read_form_code
from app.services.workspace import Workspace
from app.ui.dialogs.duplicate_dialog import COL_WHY, DuplicateDialog
from app.ui.dialogs.form_code_dialog import FormCodeDialog
from app.ui.dialogs.worker_editor import WorkerEditor
from app.ui.i18n import LanguageSwitcher
from tests.conftest import valid_worker
from tests.ui.conftest import answer_next_message_box, type_text

BORN = date(1990, 5, 12)


# --- helpers ----------------------------------------------------------------------------


def _intake(ws: Workspace) -> IntakeService:
    return IntakeService(ws.db, ws.actor)


def _store_jose(ws: Workspace, **overrides: Any) -> uuid.UUID:
    """José Hernández Díaz, born 12 May 1990, already registered."""
    data = valid_worker(
        second_family_name="Díaz", id_document_type="other", id_document_number="", **overrides
    )
    return ws.workers.create(data).id


def _editor(qtbot: QtBot, ws: Workspace, *, form_code: str | None = None) -> WorkerEditor:
    """The new-worker editor wired as the main window wires it."""
    actor = ws.actor()
    editor = WorkerEditor(
        ws.workers,
        missions=actor.missions,
        officer_name=actor.display_name,
        duplicates=ws.duplicates,
        intake=_intake(ws),
        form_code=form_code,
    )
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    qtbot.addWidget(editor, before_close_func=_forget)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def _forget(editor: WorkerEditor) -> None:
    editor._saved_values = editor.fields.values()


def _field(editor: WorkerEditor, name: str) -> Any:
    return editor.fields.bindings[name].widget


def _choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def _type_person(
    qtbot: QtBot, editor: WorkerEditor, given: str, first: str, second: str = ""
) -> None:
    """Type the names (ASCII only), the date of birth and the consent, as from paper."""
    qtbot.keyClicks(_field(editor, "given_names"), given)
    qtbot.keyClicks(_field(editor, "first_family_name"), first)
    if second:
        qtbot.keyClicks(_field(editor, "second_family_name"), second)
    _field(editor, "date_of_birth").edit.setDate(QDate(BORN.year, BORN.month, BORN.day))
    _choose(_field(editor, "sex"), "male")
    _field(editor, "consent_date").edit.setDate(QDate(2026, 1, 5))
    boxes = _field(editor, "consent_purposes").boxes
    qtbot.mouseClick(boxes["case_management"], Qt.MouseButton.LeftButton)


def _save_with_keys(qtbot: QtBot, editor: WorkerEditor) -> None:
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def _wait_for_duplicates(qtbot: QtBot, editor: WorkerEditor) -> DuplicateDialog:
    qtbot.waitUntil(lambda: editor.duplicate_dialog is not None, timeout=5000)
    dialog = editor.duplicate_dialog
    assert isinstance(dialog, DuplicateDialog)
    qtbot.waitExposed(dialog)
    return dialog


# --- the service rules (no screen) ------------------------------------------------------


def test_a_typed_code_is_told_apart_malformed_from_mistyped() -> None:
    code = new_form_code("MX")
    assert read_form_code(code.lower().replace("-", " ")) == (code, None)
    last = code[-1]
    wrong = code[:-1] + next(ch for ch in ALPHABET if ch != last)
    assert read_form_code(wrong) == (None, CodeProblem.MISTYPED)
    for junk in ("", "hello", "F-MX-7K3Q", "MX-T3S-0001", code + "Z", code.replace("F", "G")):
        assert read_form_code(junk)[1] is CodeProblem.MALFORMED, junk


def test_the_intake_service_refuses_abroad_a_bad_code_and_a_used_code(
    officer_workspace: Workspace,
) -> None:
    intake = _intake(officer_workspace)
    with pytest.raises(ValidationFailed) as refused:
        intake.create(valid_worker(migration_stage="abroad", intake_form_code="F-XX"))
    assert set(refused.value.errors) == {"migration_stage", "intake_form_code"}
    assert officer_workspace.workers.count() == 0

    code = new_form_code("MX")
    saved = intake.create(valid_worker(migration_stage="returned", intake_form_code=code.lower()))
    assert saved.intake_form_code == code  # stored as printed
    assert saved.migration_stage is MigrationStage.RETURNED
    holder = intake.form_code_holder(code)
    assert holder is not None and holder.worker_id == saved.id
    assert holder.full_name == "José Hernández Peña" and holder.case_code == saved.case_code
    assert intake.form_code_holder(new_form_code("MX")) is None
    with pytest.raises(ValidationFailed) as again:
        intake.create(valid_worker(given_names="Ana", sex="female", intake_form_code=code))
    used = again.value.errors["intake_form_code"]
    assert used.params == {"name": "José Hernández Peña", "code": saved.case_code}
    assert officer_workspace.workers.count() == 1


def test_the_intake_service_refuses_a_direct_stage_change_of_a_stored_worker(
    officer_workspace: Workspace,
) -> None:
    intake = _intake(officer_workspace)
    saved = intake.create(valid_worker())
    with pytest.raises(ValidationFailed) as refused:
        intake.update(saved.id, {"migration_stage": "abroad", "community": "Tlacolula"})
    assert "journey actions" in refused.value.errors["migration_stage"].text
    assert officer_workspace.workers.get(saved.id).community == "San Juan de los Lagos"
    code = new_form_code("MX")
    changed = intake.update(
        saved.id, {"migration_stage": "pre_departure", "intake_form_code": code.lower()}
    )
    assert changed.intake_form_code == code  # the same stage is no change; code as printed
    with pytest.raises(ValidationFailed) as mistyped:
        intake.update(saved.id, {"intake_form_code": "F-MX-1234"})
    assert "not a form code" in mistyped.value.errors["intake_form_code"].text


# --- the duplicate check ----------------------------------------------------------------


def test_a_near_duplicate_is_shown_and_opening_it_creates_nothing(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    stored = _store_jose(officer_workspace)
    stored_code = officer_workspace.workers.get(stored).case_code
    editor = _editor(qtbot, officer_workspace)
    opened: list[uuid.UUID] = []
    editor.open_existing.connect(opened.append)
    _type_person(qtbot, editor, "Jose", "Hernandez")
    _save_with_keys(qtbot, editor)
    assert officer_workspace.workers.count() == 1  # nothing created while checking

    dialog = _wait_for_duplicates(qtbot, editor)
    row = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert row[0] == "José Hernández Díaz"
    assert row[1] == stored_code
    assert "1990" in row[2]
    assert row[4] == "Mexico"
    assert "Same date of birth" in row[COL_WHY] and "One family name missing" in row[COL_WHY]
    assert "1 stored worker" in dialog.intro.text()

    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [stored]
    assert not editor.isVisible()  # the intake closed without asking and without saving
    assert officer_workspace.workers.count() == 1


def test_create_anyway_creates_and_back_to_the_form_keeps_the_typing(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    _store_jose(officer_workspace)
    editor = _editor(qtbot, officer_workspace)
    saved: list[uuid.UUID] = []
    editor.worker_saved.connect(saved.append)
    _type_person(qtbot, editor, "Jose", "Hernandez")
    _save_with_keys(qtbot, editor)
    dialog = _wait_for_duplicates(qtbot, editor)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.duplicate_dialog is None
    assert _field(editor, "given_names").text() == "Jose"
    assert officer_workspace.workers.count() == 1

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # asks again
    dialog = _wait_for_duplicates(qtbot, editor)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert officer_workspace.workers.count() == 2
    assert len(saved) == 1 and editor.case_code.text().startswith("MX-")
    assert editor.worker is not None and editor.worker.given_names == "Jose"
    assert editor.duplicate_dialog is None
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # saved: Esc closes without asking
    assert not editor.isVisible()


def test_someone_new_is_created_straight_away(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    _store_jose(officer_workspace)
    editor = _editor(qtbot, officer_workspace)
    _type_person(qtbot, editor, "Maria Luisa", "Hernandez", "Diaz")  # a sister: not a match
    _field(editor, "date_of_birth").edit.setDate(QDate(1992, 5, 14))
    _choose(_field(editor, "sex"), "female")
    typing_in = _field(editor, "community")
    typing_in.setFocus()
    _save_with_keys(qtbot, editor)
    qtbot.waitUntil(lambda: officer_workspace.workers.count() == 2, timeout=5000)
    assert editor.duplicate_dialog is None
    assert not editor.busy.isVisible()
    assert editor.focusWidget() is typing_in  # the form is back where the officer was


def test_answering_save_on_close_checks_first_then_closes_once_created(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    _store_jose(officer_workspace)
    editor = _editor(qtbot, officer_workspace)
    _type_person(qtbot, editor, "Jose", "Hernandez")
    answer_next_message_box(qtbot, QMessageBox.StandardButton.Save)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    dialog = _wait_for_duplicates(qtbot, editor)
    assert editor.isVisible()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert officer_workspace.workers.count() == 2
    assert not editor.isVisible()


# --- paper to record --------------------------------------------------------------------


def _code_dialog(qtbot: QtBot, ws: Workspace) -> FormCodeDialog:
    dialog = FormCodeDialog(_intake(ws).form_code_holder)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _scan(qtbot: QtBot, dialog: FormCodeDialog, code: str) -> None:
    """What a USB scanner does: types the characters, then presses Enter."""
    dialog.edit.selectAll()
    qtbot.keyClicks(dialog.edit, code)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)


def test_a_malformed_or_mistyped_code_is_refused_in_plain_words(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    dialog = _code_dialog(qtbot, officer_workspace)
    assert dialog.focusWidget() is dialog.edit
    _scan(qtbot, dialog, "MX-7K3-0042")  # a case code, not a form code
    assert dialog.isVisible() and dialog.code is None
    assert "This is not a form code" in dialog.error.text()
    code = new_form_code("MX")
    wrong = code[:-1] + next(ch for ch in ALPHABET if ch != code[-1])
    _scan(qtbot, dialog, wrong)
    assert "does not match" in dialog.error.text()
    assert not dialog.open_button.isVisible()
    qtbot.keyClicks(dialog.edit, "x")
    assert not dialog.error.isVisible()  # typing again clears the refusal


def test_a_used_code_is_refused_with_the_name_and_the_worker_can_be_opened(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    code = new_form_code("MX")
    stored = _store_jose(officer_workspace, intake_form_code=code)
    case_code = officer_workspace.workers.get(stored).case_code
    dialog = _code_dialog(qtbot, officer_workspace)
    opened: list[uuid.UUID] = []
    accepted: list[str] = []
    dialog.open_existing.connect(opened.append)
    dialog.code_accepted.connect(accepted.append)
    _scan(qtbot, dialog, code.lower())
    assert dialog.error.text() == (
        f"This form code is already used for José Hernández Díaz ({case_code})."
    )
    assert dialog.isVisible() and accepted == []
    assert dialog.open_button.isVisible()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [stored] and not dialog.isVisible()


def test_a_scanned_code_opens_an_intake_bound_to_it_and_the_worker_keeps_it(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    code = new_form_code("MX")
    dialog = _code_dialog(qtbot, officer_workspace)
    editors: list[WorkerEditor] = []
    # As File > Type in a paper form... wires it: a free code opens a bound intake.
    dialog.code_accepted.connect(
        lambda c: editors.append(_editor(qtbot, officer_workspace, form_code=c))
    )
    _scan(qtbot, dialog, code.replace("-", " ").lower())
    assert not dialog.isVisible() and dialog.code == code
    editor = editors[0]
    assert editor.form_code_banner.isVisible() and code in editor.form_code_banner.text()
    form_code = _field(editor, "intake_form_code")
    assert form_code.text() == code and form_code.isReadOnly()
    assert editor.focusWidget() is _field(editor, "given_names")
    type_text(_field(editor, "given_names"), "Lucía")
    type_text(_field(editor, "first_family_name"), "Pérez")
    _type_person(qtbot, editor, "", "", "Gomez")
    _choose(_field(editor, "sex"), "female")
    type_text(_field(editor, "intentions"), "Trabajar en la cosecha y abrir una tienda.")
    _save_with_keys(qtbot, editor)
    qtbot.waitUntil(lambda: editor.worker is not None, timeout=5000)
    assert editor.worker is not None
    stored = officer_workspace.workers.get(editor.worker.id)
    assert stored.intake_form_code == code
    names = (stored.given_names, stored.first_family_name, stored.second_family_name)
    assert names == ("Lucía", "Pérez", "Gomez")
    notes = officer_workspace.notes.of_worker(stored.id)  # 6.2 became the interview note
    assert [(n.kind.value, n.text) for n in notes] == [
        ("interview", "Trabajar en la cosecha y abrir una tienda.")
    ]

    again = _code_dialog(qtbot, officer_workspace)
    _scan(qtbot, again, code)
    assert "Lucía Pérez Gomez" in again.error.text()


# --- how it looks in Spanish and French -------------------------------------------------


def _shot(widget: QWidget, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


@pytest.mark.parametrize("language", ["es", "fr"])
def test_screens_in_spanish_and_french(
    qtbot: QtBot, officer_workspace: Workspace, qm_dir: Path | None, tmp_path: Path, language: str
) -> None:
    if qm_dir is None:
        pytest.skip("no translations to switch to")
    folder = Path(os.environ.get("PUENTE_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    switcher = LanguageSwitcher(folder=qm_dir, remember=lambda _l: None)
    switcher.apply(language)
    try:
        code = new_form_code("MX")
        _store_jose(officer_workspace, intake_form_code=code)
        dialog = _code_dialog(qtbot, officer_workspace)
        _scan(qtbot, dialog, code)
        assert dialog.error.text() and "José" in dialog.error.text()
        _shot(dialog, folder, f"form_code_{language}")
        dialog.close()

        editor = _editor(qtbot, officer_workspace, form_code=new_form_code("MX"))
        assert editor.save_button.text() != "&Save"
        _shot(editor, folder, f"intake_{language}")
        editor.scroll.ensureWidgetVisible(editor.stage_hint)
        _shot(editor, folder, f"intake_stage_{language}")
        _type_person(qtbot, editor, "Jose", "Hernandez")
        _save_with_keys(qtbot, editor)
        duplicates = _wait_for_duplicates(qtbot, editor)
        assert duplicates.open_button.text() not in ("&Open this worker", "")
        assert "1990" in duplicates.table.item(0, 2).text()
        _shot(duplicates, folder, f"duplicates_{language}")
        qtbot.mouseClick(duplicates.back_button, Qt.MouseButton.LeftButton)

        stored = _store_jose(officer_workspace, given_names="Josefina", sex="female")
        actor = officer_workspace.actor()
        existing = WorkerEditor(
            officer_workspace.workers, worker_id=stored, missions=actor.missions
        )
        existing.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(existing)
        existing.show()
        qtbot.waitExposed(existing)
        assert not _field(existing, "migration_stage").isEnabled()
        existing.scroll.ensureWidgetVisible(existing.stage_hint)
        _shot(existing, folder, f"stored_stage_{language}")
    finally:
        switcher.apply("en")


def test_a_code_scanned_while_a_new_intake_is_open_binds_it_once(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    editor = _editor(qtbot, officer_workspace)
    assert not editor.form_code_banner.isVisible()
    first, second = new_form_code("MX"), new_form_code("MX")
    assert editor.bind_form_code(first)
    assert editor.form_code_banner.isVisible() and first in editor.form_code_banner.text()
    assert _field(editor, "intake_form_code").isReadOnly()
    assert not editor.bind_form_code(second)  # one paper form per intake
    assert _field(editor, "intake_form_code").text() == first


# --- through the main window, as wired ---------------------------------------------------


def test_file_menu_paper_form_and_open_this_worker_through_the_main_window(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher
) -> None:
    from app.ui.main_window import MainWindow

    stored = _store_jose(officer_workspace)
    window = MainWindow(officer_workspace, switcher=switcher)
    qtbot.addWidget(window, before_close_func=lambda w: [_forget(e) for e in w.editors.values()])
    window.start()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), FormCodeDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, FormCodeDialog)
    code = new_form_code("MX")
    _scan(qtbot, dialog, code)
    editor = window.editors[None]
    assert _field(editor, "intake_form_code").text() == code

    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    _type_person(qtbot, editor, "Jose", "Hernandez")
    _save_with_keys(qtbot, editor)
    duplicates = _wait_for_duplicates(qtbot, editor)
    qtbot.mouseClick(duplicates.open_button, Qt.MouseButton.LeftButton)
    assert stored in window.worker_files  # the stored worker's file opened instead
    assert None not in window.editors
    assert officer_workspace.workers.count() == 1
