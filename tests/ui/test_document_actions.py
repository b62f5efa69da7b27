"""Print actions: options, save, render off the GUI thread, offer to open; errors in words."""

from __future__ import annotations

import io
import re
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from app.i18n_marks import Translate, identity_tr
from app.reports.translate import TRANSLATIONS_DIR, catalog_translator
from app.services.db import Database
from app.services.documents import DocumentService
from app.ui.documents import DocumentActions
from tests.reports.test_indicators import SUPERVISOR, build_dataset

CATALOGS = sorted((TRANSLATIONS_DIR / "catalog").glob("*.json"))


def translator(language: str) -> Translate:
    return identity_tr if language == "en" else catalog_translator(language, *CATALOGS)


class Recorder:
    def __init__(self, answer: str = "") -> None:
        self.answer = answer
        self.calls: list[tuple[object, ...]] = []

    def ask(self, *args: object) -> str:
        self.calls.append(args)
        return self.answer

    def open(self, path: Path) -> bool:
        self.calls.append(("open", path))
        return True


@pytest.fixture
def setup(qtbot: QtBot, tmp_path: Path) -> tuple[DocumentActions, dict[str, uuid.UUID], Recorder]:
    ds = build_dataset(tmp_path / "store.sqlite")
    docs = DocumentService(Database(ds.engine), SUPERVISOR, translator=translator)
    rec = Recorder()
    actions = DocumentActions(
        docs,
        language=lambda: "es",
        ask_save_path=rec.ask,
        open_file=rec.open,
        folder=lambda: tmp_path,
    )
    return actions, ds.ids, rec


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


def test_worker_record_in_french_with_notes_then_open(
    qtbot: QtBot, setup: tuple[DocumentActions, dict[str, uuid.UUID], Recorder], tmp_path: Path
) -> None:
    actions, ids, rec = setup
    rec.answer = str(tmp_path / "dossier")  # typed without .pdf
    dialog = actions.print_document(None, "worker_record", ids["W1"])
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "es"  # the UI language first
    assert dialog.include_notes.isVisibleTo(dialog) and not dialog.bilingual.isVisibleTo(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.include_notes.setChecked(True)
    with qtbot.waitSignal(actions.document_written, timeout=20_000) as written:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert written.args == [str(tmp_path / "dossier.pdf")]
    text = text_of(tmp_path / "dossier.pdf")
    assert "Dossier du travailleur" in text and "quiere ahorrar para su taller" in text
    box = actions.message_box
    assert box is not None and str(tmp_path / "dossier.pdf") in box.text()
    box.button(QMessageBox.StandardButton.Open).click()
    assert rec.calls[-1] == ("open", tmp_path / "dossier.pdf")


def test_bilingual_certificate(
    qtbot: QtBot, setup: tuple[DocumentActions, dict[str, uuid.UUID], Recorder], tmp_path: Path
) -> None:
    actions, ids, rec = setup
    rec.answer = str(tmp_path / "cert.pdf")
    dialog = actions.print_document(None, "certificate", ids["E1"])
    qtbot.addWidget(dialog)
    assert not dialog.second_language.isEnabled()
    dialog.bilingual.setChecked(True)
    assert dialog.second_language.currentData() == "en"  # not the first language
    with qtbot.waitSignal(actions.document_written, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    text = text_of(tmp_path / "cert.pdf")
    assert "Certificado de finalización" in text and "Certificate of completion" in text


def test_refusal_is_said_in_words_and_no_file_is_left(
    qtbot: QtBot, setup: tuple[DocumentActions, dict[str, uuid.UUID], Recorder], tmp_path: Path
) -> None:
    actions, ids, rec = setup
    rec.answer = str(tmp_path / "withdrawn.pdf")
    dialog = actions.print_document(None, "worker_record", ids["W6"])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(actions.document_failed, timeout=20_000) as failed:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "withdrew consent" in failed.args[0]
    assert actions.message_box is not None
    assert actions.message_box.button(QMessageBox.StandardButton.Open) is None
    assert not (tmp_path / "withdrawn.pdf").exists()


def test_blank_forms_with_copies_and_a_cancelled_save(
    qtbot: QtBot, setup: tuple[DocumentActions, dict[str, uuid.UUID], Recorder], tmp_path: Path
) -> None:
    actions, _ids, rec = setup
    dialog = actions.blank_forms(None)
    qtbot.addWidget(dialog)
    assert dialog.copies.isVisibleTo(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # save dialog cancelled
    assert actions.task is None and not list(tmp_path.glob("*.pdf"))
    rec.answer = str(tmp_path / "forms.pdf")
    dialog = actions.blank_forms(None)
    qtbot.addWidget(dialog)
    dialog.copies.setValue(2)
    with qtbot.waitSignal(actions.document_written, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert len(PdfReader(str(tmp_path / "forms.pdf")).pages) % 2 == 0
    suggested = str(rec.calls[0][2])
    assert suggested.startswith(str(tmp_path / "Blank intake forms 20"))
    assert suggested.endswith(".pdf")


def test_an_analyst_is_not_offered_case_notes(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.reports.test_indicators import HQ

    ds = build_dataset(tmp_path / "store.sqlite")
    docs = DocumentService(Database(ds.engine), HQ, translator=translator)
    actions = DocumentActions(docs, language=lambda: "fr", ask_save_path=lambda *_a: "")
    dialog = actions.print_document(None, "worker_record", ds.ids["W1"])
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "fr"
    assert not dialog.include_notes.isVisibleTo(dialog)
