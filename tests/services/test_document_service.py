"""DocumentService: each document renders, in the chosen language, with the record's values;
files appear whole or not at all; roles and consent are respected; audit hears of it."""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Mapping
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER

from app.i18n_marks import Translate, identity_tr
from app.reports.exports import ExportCancelled
from app.reports.translate import TRANSLATIONS_DIR, catalog_translator
from app.services.context import NotFound, ServiceError
from app.services.db import Database
from app.services.documents import DocumentError, DocumentService, atomic_write
from tests.reports.test_indicators import END, HQ, MX_OFFICER, START, SUPERVISOR, build_dataset

CATALOGS = sorted((TRANSLATIONS_DIR / "catalog").glob("*.json"))
MADE_ON = date(2026, 11, 25)


def translator(language: str) -> Translate:
    return identity_tr if language == "en" else catalog_translator(language, *CATALOGS)


class Audit:
    def __init__(self) -> None:
        self.events: list[tuple[str, str, dict[str, str]]] = []

    def __call__(self, action: str, what: str, details: Mapping[str, str]) -> None:
        self.events.append((action, what, dict(details)))


@pytest.fixture
def world(tmp_path: Path) -> tuple[Database, dict[str, uuid.UUID]]:
    ds = build_dataset(tmp_path / "docs.sqlite")
    return Database(ds.engine), ds.ids


def service(db: Database, actor=SUPERVISOR, audit: Audit | None = None, **kw) -> DocumentService:  # type: ignore[no-untyped-def]
    return DocumentService(
        db, actor, translator=translator, audit=audit, today=lambda: MADE_ON, **kw
    )


def pdf_text(path: Path) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    text = " ".join(page.extract_text() for page in reader.pages)
    return reader, re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.mark.parametrize(
    ("language", "title", "notes", "employer"),
    [
        ("es", "Expediente de la persona trabajadora", "Notas", "Fermes Côté-Lévesque"),
        ("fr", "Dossier du travailleur", "Notes", "Fermes Côté-Lévesque"),
        ("en", "Worker record", "Case notes", "Fermes Côté-Lévesque"),
    ],
)
def test_worker_record_in_each_language_with_notes(
    world, tmp_path: Path, language: str, title: str, notes: str, employer: str
) -> None:
    db, ids = world
    audit = Audit()
    out = tmp_path / "out" / "record.pdf"
    service(db, audit=audit).worker_record(
        out, worker_id=ids["W1"], language=language, include_notes=True
    )
    reader, text = pdf_text(out)
    assert title in text
    assert "María José Pérez Núñez" in text
    assert employer in text
    assert notes in text
    assert "quiere ahorrar para su taller" in text
    assert reader.pages[0].mediabox.width == pytest.approx(A4[0], abs=1)
    assert audit.events == [("print", "worker_record", {"record": str(ids["W1"]), "notes": "True"})]
    assert leftovers(out.parent) == []


def test_worker_record_without_notes_leaves_them_out(world, tmp_path: Path) -> None:
    db, ids = world
    out = tmp_path / "record.pdf"
    service(db).worker_record(out, worker_id=ids["W1"], language="es", paper="letter")
    reader, text = pdf_text(out)
    assert "quiere ahorrar" not in text
    assert reader.pages[0].mediabox.width == pytest.approx(LETTER[0], abs=1)


def test_pseudonymous_role_gets_no_name(world, tmp_path: Path) -> None:
    db, ids = world
    out = tmp_path / "record.pdf"
    hq = service(db, actor=HQ)
    assert not hq.may_print_notes()
    hq.worker_record(out, worker_id=ids["W1"], language="en", include_notes=True)
    _reader, text = pdf_text(out)
    assert "quiere ahorrar" not in text  # case notes are not for pseudonymous roles
    assert "María José" not in text
    assert "+5215512345678" not in text
    assert "MX-TST-0001" in text


def test_consent_withdrawn_and_other_missions_print_nothing(world, tmp_path: Path) -> None:
    db, ids = world
    out = tmp_path / "record.pdf"
    with pytest.raises(ServiceError) as refused:
        service(db).worker_record(out, worker_id=ids["W6"], language="es")
    assert "withdrew consent" in refused.value.message.text
    with pytest.raises(NotFound):
        service(db, actor=MX_OFFICER).worker_record(out, worker_id=ids["W5"], language="es")
    assert not out.exists()
    assert leftovers(tmp_path) == []


def test_attendance_sheet_lists_participants(world, tmp_path: Path) -> None:
    db, ids = world
    out = tmp_path / "sheet.pdf"
    service(db).print_document("attendance_sheet", ids["C1"], out, language="fr")
    _reader, text = pdf_text(out)
    assert "Feuille de présence" in text
    assert "Orientación previa al viaje" in text
    assert "María José" in text
    assert "W6" not in text  # withdrew consent: left off the sheet


def test_bilingual_certificate(world, tmp_path: Path) -> None:
    db, ids = world
    out = tmp_path / "cert.pdf"
    service(db).print_document("certificate", ids["E1"], out, language="es", second_language="fr")
    _reader, text = pdf_text(out)
    assert "Certificado de finalización" in text
    assert "Attestation de réussite" in text
    assert "CERT-0001" in text
    assert "María José Pérez Núñez" in text


def test_certificate_of_an_unfinished_course_is_refused(world, tmp_path: Path) -> None:
    db, ids = world
    out = tmp_path / "cert.pdf"
    with pytest.raises(ServiceError) as refused:
        service(db).certificate(out, enrolment_id=ids["E2"], language="es")
    assert "completed course" in refused.value.message.text
    assert not out.exists()


def test_plan_document_with_milestones(world, tmp_path: Path) -> None:
    db, ids = world
    out = tmp_path / "plan.pdf"
    service(db).print_document("plan", ids["PL1"], out, language="es")
    _reader, text = pdf_text(out)
    assert "Plan de reintegración" in text
    assert "Comprar el refrigerador" in text
    assert "85,000.00 MXN" in text  # Mexico writes a point for decimals


def test_blank_forms_have_one_code_per_copy(world, tmp_path: Path) -> None:
    db, _ids = world
    audit = Audit()
    out = tmp_path / "forms.pdf"
    codes = service(db, audit=audit).blank_intake_forms(
        out, language="fr", paper="letter", copies=3
    )
    reader, text = pdf_text(out)
    assert len(set(codes)) == 3
    assert all(code.startswith("F-MX-") for code in codes)
    assert "Formulaire d'inscription des travailleurs" in text
    for code in codes:
        assert code in text
    assert reader.pages[0].mediabox.width == pytest.approx(LETTER[0], abs=1)
    assert audit.events[0][:2] == ("print", "blank_intake_form")


def test_bad_choices_are_refused_before_anything_is_written(world, tmp_path: Path) -> None:
    db, ids = world
    docs = service(db)
    out = tmp_path / "x.pdf"
    with pytest.raises(DocumentError):
        docs.blank_intake_forms(out, language="de")
    with pytest.raises(DocumentError):
        docs.blank_intake_forms(out, language="es", copies=0)
    with pytest.raises(DocumentError):
        docs.worker_record(out, worker_id=ids["W1"], language="es", paper="a3")
    with pytest.raises(DocumentError):
        docs.indicators(start=END, end=START)
    assert not out.exists()
    assert leftovers(tmp_path) == []


def test_indicator_report_in_three_formats(world, tmp_path: Path) -> None:
    db, _ids = world
    docs = service(db)
    ind = docs.indicator_report(
        tmp_path / "ind.pdf", fmt="pdf", start=START, end=END, language="es"
    )
    _reader, text = pdf_text(tmp_path / "ind.pdf")
    assert "Indicadores ALERT" in text
    assert "Personas trabajadoras por etapa migratoria y sexo" in text
    docs.write_indicators(ind, tmp_path / "ind.xlsx", fmt="xlsx", language="fr")
    book = openpyxl.load_workbook(tmp_path / "ind.xlsx", read_only=True)
    assert len(book.sheetnames) == len(ind.tables) + 1
    docs.write_indicators(ind, tmp_path / "ind.csv", fmt="csv", language="en")
    rows = list(csv.reader((tmp_path / "ind.csv").open(encoding="utf-8-sig")))
    assert rows[0][0] == "ALERT indicators"
    workers = ind.table("headline").value("workers", "value")
    assert ["Workers followed", str(workers)] in rows


def test_export_with_progress_and_cancel(world, tmp_path: Path) -> None:
    db, _ids = world
    audit = Audit()
    docs = service(db, audit=audit, export_chunk_rows=2)
    seen: list[tuple[int, int]] = []
    out = tmp_path / "workers.csv"
    result = docs.export(
        out, kind="workers", fmt="csv", language="es", progress=lambda d, t: seen.append((d, t))
    )
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert result.rows == len(rows) == 6  # W6 withdrew consent, W7 is archived
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)
    assert rows[0]["Código de caso"].startswith(("MX-", "SV-"))
    assert audit.events[-1] == ("export", "workers", {"format": "csv", "mission": "*", "rows": "6"})
    calls = iter([False, True])
    target = tmp_path / "cancelled.xlsx"
    with pytest.raises(ExportCancelled):
        docs.export(
            target, kind="workers", fmt="xlsx", language="es", cancelled=lambda: next(calls)
        )
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_a_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    old = tmp_path / "keep.pdf"
    old.write_bytes(b"old")

    def broken(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise RuntimeError("renderer broke")

    with pytest.raises(RuntimeError):
        atomic_write(old, broken)
    assert old.read_bytes() == b"old"
    assert leftovers(tmp_path) == []
    blocked = tmp_path / "file"
    blocked.write_text("x")
    with pytest.raises(DocumentError) as refused:
        atomic_write(blocked / "inside.pdf", lambda tmp: None)
    assert "could not be written" in refused.value.message.text


def test_missions_in_scope(world) -> None:
    db, _ids = world
    assert service(db, actor=HQ).missions_in_scope() == ("MX", "SV", "CO", "EC", "HN")
    assert service(db, actor=MX_OFFICER).missions_in_scope() == ("MX",)
