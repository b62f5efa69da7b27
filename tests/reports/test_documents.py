"""Filled documents and the indicator report: translated labels, the record's values, local
formats, page size, page numbers and the embedded font; the catalogue covers every label."""

from __future__ import annotations

import ast
import csv
import io
import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER

import app.reports as reports_pkg
from app.i18n_marks import Translate, identity_tr
from app.reports import data
from app.reports import formatting as fmt
from app.reports.attendance_sheet import render_attendance_sheet
from app.reports.certificate import render_certificate
from app.reports.indicator_report import (
    render_indicator_pdf,
    write_indicator_csv,
    write_indicator_xlsx,
)
from app.reports.indicators import compute_indicators
from app.reports.plan_document import render_plan_document
from app.reports.translate import TRANSLATIONS_DIR, catalog_translator
from app.reports.worker_record import render_worker_record
from app.services.context import NotFound
from tests.reports.test_indicators import (
    END,
    HQ,
    MX_OFFICER,
    START,
    SUPERVISOR,
    Dataset,
    build_dataset,
)

CATALOG = TRANSLATIONS_DIR / "catalog" / "reports_docs.json"
MADE_ON = date(2026, 11, 25)
LANGUAGES = ("es", "en", "fr")
MY_MODULES = (
    "formatting", "data", "indicators", "exports", "export_cli", "pdf_common", "worker_record",
    "plan_document", "attendance_sheet", "certificate", "indicator_report",
)  # fmt: skip


def translator(language: str) -> Translate:
    return identity_tr if language == "en" else catalog_translator(language, CATALOG)


def pdf_text(buffer: io.BytesIO) -> tuple[PdfReader, str]:
    """The reader and all pages' text, with no-break spaces made plain and lines joined."""
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def plain(value: str) -> str:
    return value.replace("\u00a0", " ")


def embedded_fonts(reader: PdfReader) -> set[str]:
    names: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            names.add(str(font["/BaseFont"]))
            for descendant in font.get("/DescendantFonts", []):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    names.add("embedded:" + str(font["/BaseFont"]))
    return names


def assert_frame(reader: PdfReader, text: str, tr: Translate, mission: str) -> None:
    """Page X of Y, the date made and the mission on the pages; the font is embedded."""
    pages = len(reader.pages)
    for page in range(1, pages + 1):
        expected = tr("Reports", "Page {page} of {pages}").format(page=page, pages=pages)
        assert plain(expected) in text
    language = "en" if tr is identity_tr else "x"
    made = plain(tr("Reports", "Made on {date}"))
    assert made.split("{date}")[0].strip() in text
    assert (fmt.format_date(MADE_ON, "en") if language == "en" else "25/11/2026") in text
    assert plain(tr("Reports", mission)) in text
    fonts = embedded_fonts(reader)
    assert any("DejaVu" in f or "PuenteSans" in f for f in fonts), fonts
    assert not any("Helvetica" in f for f in fonts), fonts


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    return build_dataset(tmp_path_factory.mktemp("docs") / "docs.sqlite")


# --- formats --------------------------------------------------------------------------------


def test_dates_per_language() -> None:
    d = date(2026, 11, 25)
    assert fmt.format_date(d, "es") == "25/11/2026"
    assert fmt.format_date(d, "fr") == "25/11/2026"
    assert fmt.format_date(d, "en") == "25 Nov 2026"
    assert fmt.format_date(None, "es") == ""
    assert fmt.format_date_long(d, "es") == "25 de noviembre de 2026"
    assert fmt.format_date_long(date(2026, 3, 1), "fr") == "1er mars 2026"
    assert fmt.format_date_long(d, "en") == "25 November 2026"


@pytest.mark.parametrize(
    ("language", "country", "currency", "expected"),
    [
        ("es", "MX", "MXN", "1,234,567.50 MXN"),
        ("es", "HN", "HNL", "1,234,567.50 HNL"),
        ("es", "SV", "USD", "1,234,567.50 USD"),
        ("es", "CO", "COP", "1.234.568 COP"),
        ("es", "EC", "USD", "1.234.567,50 USD"),
        ("fr", "MX", "CAD", "1 234 567,50 CAD"),
        ("en", "CO", "CAD", "CAD 1,234,567.50"),
    ],
)
def test_money_per_language_and_country(
    language: str, country: str, currency: str, expected: str
) -> None:
    value = fmt.format_money(Decimal("1234567.50"), currency, language, country)
    assert plain(value) == expected


def test_numbers_and_percentages() -> None:
    assert fmt.format_number(-1234, "es", "CO") == "-1.234"
    assert fmt.format_decimal(Decimal("12.5"), "fr") == "12,5"
    assert fmt.format_decimal(Decimal("20.0"), "en") == "20"
    assert plain(fmt.format_percent(0.425, "fr")) == "42,5 %"
    assert fmt.format_percent(0.425, "en") == "42.5%"


# --- worker record --------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_worker_record(dataset: Dataset, language: str) -> None:
    tr = translator(language)
    with dataset.session() as s:
        record = data.read_worker_record(
            s, worker_id=dataset.ids["W1"], actor=SUPERVISOR, include_notes=True
        )
    out = io.BytesIO()
    render_worker_record(record, out=out, tr=tr, language=language, made_on=MADE_ON)
    reader, text = pdf_text(out)
    for label in (
        "Worker record",
        "1. Profile",
        "2. Journey: work abroad",
        "3. Training",
        "4. Reintegration plan",
        "5. Case notes",
        "Date of birth",
        "Employer",
        "Pre-departure orientation",
        "Abroad",
        "Share of budget",
        "Still to find",
    ):
        assert plain(tr("Reports", label)) in text, label
    for value in (
        "María José Pérez Núñez",
        "MX-TST-0001",
        "PENM000701MJCRXR01",
        "maria@example.org",
        "Fermes Côté-Lévesque",
        "Saint-Rémi",
        "CERT-0001",
        "Entrevista inicial: quiere ahorrar para su taller.",
        "Plan PL3",
    ):
        assert value in text, value
    born = "1 Jul 2000" if language == "en" else "01/07/2000"
    assert born in text
    budget = {"es": "85,000.00 MXN", "en": "MXN 85,000.00", "fr": "85 000,00 MXN"}[language]
    assert budget in text
    assert plain(tr("Reports", "Confidential: personal data")) in text
    assert_frame(reader, text, tr, "Mexico")  # fmt: skip


def test_worker_record_without_notes_and_pseudonymous(dataset: Dataset) -> None:
    with dataset.session() as s:
        record = data.read_worker_record(s, worker_id=dataset.ids["W1"], actor=HQ)
    assert record.notes is None
    out = io.BytesIO()
    render_worker_record(record, out=out, tr=identity_tr, language="en", made_on=MADE_ON)
    _reader, text = pdf_text(out)
    assert "Case notes" not in text
    assert "Pseudonymous copy" in text
    assert "MX-TST-0001" in text
    for hidden in ("María", "maria@example.org", "+5215512345678", "PENM000701MJCRXR01",
                   "Calle 5"):  # fmt: skip
        assert hidden not in text


def test_records_respect_scope_and_consent(dataset: Dataset) -> None:
    with dataset.session() as s:
        with pytest.raises(NotFound):
            data.read_worker_record(s, worker_id=dataset.ids["W5"], actor=MX_OFFICER)
        with pytest.raises(data.ConsentWithdrawn):
            data.read_worker_record(s, worker_id=dataset.ids["W6"], actor=SUPERVISOR)
        with pytest.raises(NotFound):
            data.read_worker_record(s, worker_id=dataset.ids["W7"], actor=SUPERVISOR)
        with pytest.raises(data.NotCompleted):
            data.read_certificate(s, enrolment_id=dataset.ids["E2"], actor=SUPERVISOR)


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
def test_paper_sizes(dataset: Dataset, paper: str, size: tuple[float, float]) -> None:
    with dataset.session() as s:
        record = data.read_worker_record(s, worker_id=dataset.ids["W1"], actor=SUPERVISOR)
        roster = data.read_course_roster(s, course_id=dataset.ids["C1"], actor=SUPERVISOR)
        cert = data.read_certificate(s, enrolment_id=dataset.ids["E1"], actor=SUPERVISOR)
        plan = data.read_plan_document(s, plan_id=dataset.ids["PL1"], actor=SUPERVISOR)
    portrait, portrait2, landscape, landscape2 = (io.BytesIO() for _ in range(4))
    render_worker_record(record, out=portrait, tr=identity_tr, language="en", paper=paper)
    render_plan_document(plan, out=portrait2, tr=identity_tr, language="en", paper=paper)
    render_attendance_sheet(roster, out=landscape, tr=identity_tr, language="en", paper=paper)
    render_certificate(cert, out=landscape2, tr=identity_tr, language="en", paper=paper)
    for buffer, expected in ((portrait, size), (portrait2, size),
                             (landscape, size[::-1]), (landscape2, size[::-1])):  # fmt: skip
        box = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(expected, abs=0.5)


# --- attendance sheet, certificate, plan ----------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_attendance_sheet(dataset: Dataset, language: str) -> None:
    tr = translator(language)
    with dataset.session() as s:
        roster = data.read_course_roster(s, course_id=dataset.ids["C1"], actor=SUPERVISOR)
    # E5 (consent withdrawn) is left out; E1 and E2 remain
    assert [p.case_code for p in roster.participants] == ["MX-TST-0001", "MX-TST-0002"]
    assert roster.session_dates == (date(2026, 2, 2), date(2026, 2, 3), date(2026, 2, 4))
    out = io.BytesIO()
    render_attendance_sheet(roster, out=out, tr=tr, language=language, made_on=MADE_ON)
    reader, text = pdf_text(out)
    for label in ("Attendance sheet", "Case code", "Name", "Provider",
                  "Name and signature of the facilitator"):  # fmt: skip
        assert plain(tr("Reports", label)) in text, label
    for value in ("Orientación previa al viaje", "ORI-1", "María José Pérez Núñez", "OIM",
                  "Ciudad de México"):  # fmt: skip
        assert value in text
    assert ("3 Feb 2026" if language == "en" else "03/02/2026") in text
    assert_frame(reader, text, tr, "Mexico")


def test_attendance_sheet_with_many_sessions_continues(dataset: Dataset) -> None:
    dates = [date(2026, 3, d) for d in range(2, 13)]
    with dataset.session() as s:
        roster = data.read_course_roster(
            s, course_id=dataset.ids["C1"], actor=SUPERVISOR, session_dates=dates
        )
    out = io.BytesIO()
    render_attendance_sheet(roster, out=out, tr=identity_tr, language="en", made_on=MADE_ON)
    reader, text = pdf_text(out)
    assert len(reader.pages) == 2
    assert "Sessions 1–6 of 11" in text and "Sessions 7–11 of 11" in text
    assert "12 Mar 2026" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_certificate_bilingual(dataset: Dataset, language: str) -> None:
    tr = translator(language)
    second = "fr" if language == "en" else "en"
    with dataset.session() as s:
        cert = data.read_certificate(s, enrolment_id=dataset.ids["E1"], actor=SUPERVISOR)
    out = io.BytesIO()
    render_certificate(cert, out=out, tr=tr, language=language, made_on=MADE_ON,
                       second_language=second, second_tr=translator(second))  # fmt: skip
    reader, text = pdf_text(out)
    assert len(reader.pages) == 1
    for t in (tr, translator(second)):
        assert plain(t("Reports", "Certificate of completion")) in text
        assert plain(t("Reports", "This certifies that")) in text
    long_date = {"es": "20 de febrero de 2026", "en": "20 February 2026",
                 "fr": "20 février 2026"}  # fmt: skip
    assert long_date[language] in text and long_date[second] in text
    for value in ("María José Pérez Núñez", "Orientación previa al viaje", "CERT-0001", "OIM"):
        assert value in text
    assert plain(tr("Reports", "Result: {result}").format(result=tr("Reports", "Passed"))) in text
    assert_frame(reader, text, tr, "Mexico")


def test_certificate_in_one_language(dataset: Dataset) -> None:
    with dataset.session() as s:
        cert = data.read_certificate(s, enrolment_id=dataset.ids["E1"], actor=SUPERVISOR)
    out = io.BytesIO()
    render_certificate(cert, out=out, tr=translator("es"), language="es", made_on=MADE_ON)
    _reader, text = pdf_text(out)
    assert "Certificado de finalización" in text
    assert "Certificate of completion" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_plan_document(dataset: Dataset, language: str) -> None:
    tr = translator(language)
    with dataset.session() as s:
        plan = data.read_plan_document(s, plan_id=dataset.ids["PL1"], actor=SUPERVISOR)
    out = io.BytesIO()
    render_plan_document(plan, out=out, tr=tr, language=language, made_on=MADE_ON)
    reader, text = pdf_text(out)
    for label in ("Reintegration plan", "Funding", "Milestones", "Own savings", "Own remittances",
                  "Still to find", "Business", "In progress", "Signature of the worker",
                  "Overdue"):  # fmt: skip
        assert plain(tr("Reports", label)) in text, label
    for value in ("Comprar el refrigerador", "Permiso municipal", "MX-TST-0003",
                  "Abrir una tienda de abarrotes", "Programa municipal"):  # fmt: skip
        assert value in text
    gap = {"es": "19,999.50 MXN", "en": "MXN 19,999.50", "fr": "19 999,50 MXN"}[language]
    assert gap in text
    done = tr("Reports", "Done on {date}").format(date=fmt.format_date(date(2026, 3, 10), language))
    assert plain(done) in text
    assert_frame(reader, text, tr, "Mexico")


# --- indicator report -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def indicators(dataset: Dataset) -> Any:
    with dataset.session() as s:
        return compute_indicators(s, actor=HQ, start=START, end=END)


@pytest.mark.parametrize("language", LANGUAGES)
def test_indicator_pdf(indicators: Any, language: str) -> None:
    tr = translator(language)
    out = io.BytesIO()
    render_indicator_pdf(indicators, out=out, tr=tr, language=language, made_on=MADE_ON)
    reader, text = pdf_text(out)
    for label in ("ALERT indicators", "Access to training", "Leveraging remittances",
                  "Engaging communities", "Reciprocity: reintegration at home",
                  "Transparency: who the programme reaches", "Key figures", "Household",
                  "Entrepreneurship", "Businesses started", "Pre-departure"):  # fmt: skip
        assert plain(tr("Reports", label)) in text, label
    assert "Agua potable para San Miguel" in text
    amount = {"es": "640,35", "en": "640.35", "fr": "640,35"}[language]  # no mission: CO style
    hours = {"es": "32,5", "en": "32.5", "fr": "32,5"}[language]
    assert amount in text and hours in text
    assert_frame(reader, text, tr, "All missions")


def test_indicator_xlsx(indicators: Any, tmp_path: Path) -> None:
    tr = translator("es")
    path = tmp_path / "ind.xlsx"
    write_indicator_xlsx(indicators, path, tr=tr, language="es")
    book = openpyxl.load_workbook(path)
    assert len(book.sheetnames) == 1 + len(indicators.tables)
    assert book.sheetnames[0] == "Acerca de"
    sheets = {t.key: book.worksheets[1 + i] for i, t in enumerate(indicators.tables)}
    assert sheets["training_by_kind"].title == "Capacitación por tipo de curso"
    training = sheets["training_by_kind"]
    rows = list(training.iter_rows(min_row=4, values_only=True))
    assert rows[0][:5] == ("Orientación previa a la salida", 2, 1, 20, 1)
    assert rows[-1][0] == "Total" and rows[-1][3] == 32.5
    projects = sheets["community_projects"]
    assert projects.title == "Proyectos comunitarios particip"  # no ":" in a sheet name
    water = next(r for r in projects.iter_rows(min_row=4, values_only=True) if r[0])
    assert water[0] == "Agua potable para San Miguel"
    assert water[10] == pytest.approx(0.4)


def test_indicator_csv(indicators: Any, tmp_path: Path) -> None:
    path = tmp_path / "ind.csv"
    write_indicator_csv(indicators, path, tr=identity_tr, language="en")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    start = rows.index(["Remittances by purpose and currency"])
    assert rows[start + 1] == ["Purpose", "Currency", "Remittances", "Amount", "Workers"]
    assert rows[start + 2] == ["Household", "CAD", "2", "300.30", "1"]
    progress = rows.index(["Community projects: participants and progress to goal"]) + 1
    assert rows[progress][-1] == "Progress to goal (%)"
    assert rows[progress + 1][-1] == "40.0"


# --- the catalogue --------------------------------------------------------------------------


def _marked() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    folder = Path(reports_pkg.__file__).parent
    for name in MY_MODULES:
        tree = ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "QT_TRANSLATE_NOOP"):  # fmt: skip
                context, text = (ast.literal_eval(arg) for arg in node.args)
                found.add((context, text))
    return found


def test_catalogue_has_every_label_in_spanish_and_french() -> None:
    catalog = json.loads(CATALOG.read_text(encoding="utf-8"))
    entries = {(ctx, src): tr for ctx, items in catalog.items() for src, tr in items.items()}
    marked = _marked()
    assert marked, "no marked strings found"
    assert marked - set(entries) == set()
    assert set(entries) - marked == set(), "catalogue entries nobody marks"
    placeholder = re.compile(r"\{[^{}]*\}")
    for (ctx, source), translations in entries.items():
        for language in ("es", "fr"):
            assert translations.get(language), (ctx, source, language)
            assert sorted(placeholder.findall(translations[language])) == sorted(
                placeholder.findall(source)
            ), (source, language)
