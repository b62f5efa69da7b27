"""The blank intake form PDF: translated text, paper sizes, codes, QR codes, copies."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.forms.form_codes import is_valid_form_code
from app.forms.intake_layout import CONSENT_TEXT, INTAKE_SECTIONS, iter_fields
from app.reports.intake_form import render_blank_intake_form
from tests.reports.pdf_helpers import translator_for

PAPERS = {"a4": (595, 842), "letter": (612, 792)}


def _render(
    tmp_path: Path, language: str = "en", paper: str = "a4", **kw: object
) -> tuple[Path, list[str]]:
    out = tmp_path / f"form_{language}_{paper}.pdf"
    codes = render_blank_intake_form(
        out=out, tr=translator_for(language), language=language, paper=paper, **kw
    )
    return out, codes


def _text(reader: PdfReader, pages: range | None = None) -> str:
    """All text of the pages, whitespace folded (French uses no-break spaces)."""
    chosen = reader.pages if pages is None else [reader.pages[i] for i in pages]
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in chosen))


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_text_has_translated_sections_labels_and_code(tmp_path: Path, language: str) -> None:
    tr = translator_for(language)
    out, (code,) = _render(tmp_path, language, mission="MX", printed_on=date(2026, 3, 9))
    reader = PdfReader(out)
    text = _text(reader)
    assert code in text
    for section in INTAKE_SECTIONS:
        assert _fold(tr("IntakeForm", section.title)) in text, section.title
    for field in iter_fields():
        label = _fold(tr("IntakeForm", field.label))
        assert label in text, (field.number, label)
        if field.number != "0":
            assert field.number in text
    first_words = " ".join(_fold(tr("IntakeForm", CONSENT_TEXT)).split()[:6])
    assert first_words in text
    pages = len(reader.pages)
    last = _text(reader, range(pages - 1, pages))
    page_of = tr("IntakeForm", "Page {page} of {pages}").format(page=pages, pages=pages)
    assert _fold(page_of) in last
    assert "09/03/2026" in last


def test_spanish_and_french_accents_survive(tmp_path: Path) -> None:
    es = _text(PdfReader(_render(tmp_path, "es", mission="MX")[0]))
    fr = _text(PdfReader(_render(tmp_path, "fr")[0]))
    for word in ("Dirección", "Teléfono", "Número", "Canadá", "Misión: México"):
        assert word in es
    assert "Formulario de registro de trabajadores" in es
    for word in ("Étape", "Pièces d'identité", "main-d'œuvre", "Téléphone"):
        assert word in fr
    assert "Page 1 sur" in fr


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_paper_size(tmp_path: Path, paper: str) -> None:
    reader = PdfReader(_render(tmp_path, "es", paper)[0])
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == PAPERS[paper]


def test_every_page_carries_the_code_and_its_number(tmp_path: Path) -> None:
    out, (code,) = _render(tmp_path, "en")
    reader = PdfReader(out)
    total = len(reader.pages)
    assert 2 <= total <= 4
    for number, page in enumerate(reader.pages, start=1):
        text = _fold(page.extract_text())
        assert code in text
        assert f"Page {number} of {total}" in text
        assert "Worker intake form" in text


def test_copies_each_have_their_own_code(tmp_path: Path) -> None:
    out, codes = _render(tmp_path, "fr", "letter", copies=3, mission="HN")
    assert len(set(codes)) == 3 and all(c.startswith("F-HN-") for c in codes)
    assert all(is_valid_form_code(c) for c in codes)
    reader = PdfReader(out)
    per_form = len(reader.pages) // 3
    assert per_form * 3 == len(reader.pages)
    for i, code in enumerate(codes):
        for page in reader.pages[i * per_form : (i + 1) * per_form]:
            text = page.extract_text()
            assert code in text
            assert not [c for c in codes if c != code and c in text]


def test_given_codes_are_printed_and_bad_ones_refused(tmp_path: Path) -> None:
    _, codes = _render(tmp_path, "en", copies=2)
    again, printed = _render(tmp_path, "es", codes=codes)
    assert printed == codes
    assert codes[1] in PdfReader(again).pages[-1].extract_text()
    for bad in (["F-MX-2345-6789-A"], [codes[0], codes[0]], []):
        with pytest.raises(ValueError):
            _render(tmp_path, "en", codes=bad)


def test_bad_language_paper_or_copies(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        _render(tmp_path, "de")
    with pytest.raises(ValueError):
        _render(tmp_path, "en", "a5")
    with pytest.raises(ValueError):
        _render(tmp_path, "en", copies=0)


def test_writes_to_a_binary_stream_with_embedded_fonts_only() -> None:
    buffer = io.BytesIO()
    render_blank_intake_form(out=buffer, tr=translator_for("es"), language="es", paper="a4")
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        assert "/FontFile2" in font.get_object()["/FontDescriptor"]


def test_a_stretched_language_still_prints_every_label(tmp_path: Path) -> None:
    """A pseudo-locale 60% longer than English (like long French) wraps, never drops text."""

    def stretched(context: str, text: str) -> str:
        if "{" in text:
            return text
        return f"{text} {'xxxx ' * (len(text) // 8 + 1)}".rstrip()

    out = tmp_path / "long.pdf"
    render_blank_intake_form(out=out, tr=stretched, language="en", paper="letter")
    text = _text(PdfReader(out))
    for field in iter_fields():
        assert field.label.split()[0] in text
    _assert_text_fits(PdfReader(out), "letter")


def test_broken_translation_placeholders_fall_back_to_english(tmp_path: Path) -> None:
    def broken(context: str, text: str) -> str:
        return "Página {pagina} de {total}" if text.startswith("Page {page}") else text

    out = tmp_path / "broken.pdf"
    render_blank_intake_form(out=out, tr=broken, language="es", paper="a4")
    assert "Page 1 of" in PdfReader(out).pages[0].extract_text()


@pytest.mark.parametrize(("language", "paper"), [("es", "a4"), ("fr", "letter")])
def test_qr_code_decodes_to_the_form_code(
    tmp_path: Path, tool: Callable[[str, str], str], language: str, paper: str
) -> None:
    pdftoppm = tool("pdftoppm", "poppler-utils")
    zbarimg = tool("zbarimg", "zbar-tools")
    out, codes = _render(tmp_path, language, paper, copies=2, mission="EC")
    pages = len(PdfReader(out).pages)
    # first page of the first form, last page of the second form
    for page, code in ((1, codes[0]), (pages, codes[1])):
        prefix = tmp_path / f"page{page}"
        subprocess.run(
            [
                pdftoppm,
                "-png",
                "-r",
                "150",
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(out),
                str(prefix),
            ],
            check=True,
        )
        decoded = subprocess.run(
            [zbarimg, "--raw", "-q", "-Sdisable", "-Sqrcode.enable", f"{prefix}.png"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert decoded.stdout.split() == [code], decoded.stderr


def test_reports_do_not_load_qt_widgets() -> None:
    code = (
        "import sys, io; from app.reports.intake_form import render_blank_intake_form as r;"
        "r(out=io.BytesIO(), tr=lambda c, t: t, language='en', paper='a4');"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])


def _text_runs(page: object) -> list[tuple[str, float, float, float]]:
    """(text, x start, x end, baseline y) of every line of text drawn on `page`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.reports.pdf_kit import BOLD, REGULAR, register_fonts

    register_fonts()
    runs: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict, size: float) -> None:  # type: ignore[type-arg]
        text = text.strip("\n")
        if not text.strip() or font is None:
            return
        name = BOLD if str(font["/BaseFont"]).endswith("Bold") else REGULAR
        x, y = tm[4] + cm[4], tm[5] + cm[5]
        runs.append((text, x, x + stringWidth(text, name, size * tm[0]), y))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return runs


def _assert_text_fits(reader: PdfReader, paper: str) -> None:
    """No line of text leaves the printable area or runs into another on the same line."""
    width, height = PAPERS[paper]
    margin = 14 * 72 / 25.4 - 0.5
    for number, page in enumerate(reader.pages, start=1):
        runs = _text_runs(page)
        assert len(runs) > 10
        for text, x0, x1, y in runs:
            assert margin <= x0 and x1 <= width - margin, (number, text, x0, x1)
            assert 20 < y < height - 20, (number, text, y)
        for i, (text_a, a0, a1, ya) in enumerate(runs):
            for text_b, b0, b1, yb in runs[i + 1 :]:
                same_line = abs(ya - yb) < 6
                assert not (same_line and a0 < b1 - 0.5 and b0 < a1 - 0.5), (
                    number,
                    text_a,
                    text_b,
                )


@pytest.mark.parametrize("language", ["es", "fr"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_text_leaves_the_page_or_runs_into_other_text(
    tmp_path: Path, language: str, paper: str
) -> None:
    """Spanish and French labels are longer than English: none may overflow or collide."""
    _assert_text_fits(PdfReader(_render(tmp_path, language, paper, mission="CO")[0]), paper)
