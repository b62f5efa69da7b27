"""The blank intake form as a PDF: numbered boxes to fill by hand, a form code and QR per page.

The sections and fields come from `app.forms.intake_layout`, so the paper matches the
intake screen. The page is laid out once per call (blocks measured, then split into pages);
every copy is then drawn from that layout with its own form code, so "Page X of Y" is known
before the first page is drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.forms.form_codes import is_valid_form_code, new_form_codes
from app.forms.intake_layout import (
    CONSENT_TEXT,
    CONTEXT,
    FORM_CODE_FIELD,
    INTAKE_SECTIONS,
    FieldKind,
    FormField,
)
from app.i18n_marks import QT_TRANSLATE_NOOP, Translate
from app.reports import pdf_kit
from app.reports.pdf_kit import BOLD, REGULAR

LANGUAGES = ("es", "en", "fr")

TITLE = QT_TRANSLATE_NOOP("IntakeForm", "Worker intake form")
PROGRAMME = QT_TRANSLATE_NOOP("IntakeForm", "IOM · Labour mobility programme to Canada")
MISSION_LINE = QT_TRANSLATE_NOOP("IntakeForm", "Mission: {mission}")
FORM_CODE_LABEL = QT_TRANSLATE_NOOP("IntakeForm", "Form code")
PAGE_OF = QT_TRANSLATE_NOOP("IntakeForm", "Page {page} of {pages}")
PRINTED_ON = QT_TRANSLATE_NOOP("IntakeForm", "Printed on {date}")
INSTRUCTIONS = QT_TRANSLATE_NOOP(
    "IntakeForm",
    "Write in CAPITAL LETTERS, one letter or digit per box. Mark choices with an X. "
    "Leave blank what you do not know or prefer not to say.",
)
CONTINUED = QT_TRANSLATE_NOOP("IntakeForm", "(continued)")
DATE_FORMAT = QT_TRANSLATE_NOOP("IntakeForm", "DD/MM/YYYY")
TICK_ONE = QT_TRANSLATE_NOOP("IntakeForm", "mark one")
TICK_ALL = QT_TRANSLATE_NOOP("IntakeForm", "mark all that apply")
CONTACT_LINE = QT_TRANSLATE_NOOP("IntakeForm", "IOM office to contact (name, phone, email):")
SIGN_WORKER = QT_TRANSLATE_NOOP("IntakeForm", "Signature or thumbprint of the worker")
SIGN_OFFICER = QT_TRANSLATE_NOOP("IntakeForm", "Name and signature of the IOM officer")
SIGN_DATE = QT_TRANSLATE_NOOP("IntakeForm", "Date (DD/MM/YYYY)")
MISSION_NAMES = {
    "MX": QT_TRANSLATE_NOOP("IntakeForm", "Mexico"),
    "SV": QT_TRANSLATE_NOOP("IntakeForm", "El Salvador"),
    "CO": QT_TRANSLATE_NOOP("IntakeForm", "Colombia"),
    "EC": QT_TRANSLATE_NOOP("IntakeForm", "Ecuador"),
    "HN": QT_TRANSLATE_NOOP("IntakeForm", "Honduras"),
    "HQ": QT_TRANSLATE_NOOP("IntakeForm", "Headquarters Ottawa"),
}

# Geometry (points); character cells and ruled lines are sized in pdf_kit (6 mm x 8 mm).
MARGIN_X = 14 * mm
MARGIN_TOP = 10 * mm
MARGIN_BOTTOM = 9 * mm
HEADER_H = 25 * mm
FOOTER_H = 10 * mm  # footer text, its rule and a clear gap above it
QR_SIDE = 22 * mm
TICK = 4.5 * mm
CHOICE_ROW_H = 7.5 * mm
CHOICE_GAP = 5 * mm
WRITE_IN_W = 38 * mm
FIELD_GAP_X = 6 * mm
FIELD_GAP_Y = 3.2 * mm
LABEL_SIZE = 8.5
LABEL_LEADING = 10.5
HINT_SIZE = 7.5
HINT_LEADING = 9.0
BODY_SIZE = 8.5
BODY_LEADING = 11.0
GREY_LINE = pdf_kit.GREY_LINE
GREY_TEXT = 0.35

Draw = Callable[[Canvas, float, float, str], None]
"""Draws a block with its top-left corner at (x, top), for the copy with form code `code`."""


@dataclass(frozen=True)
class _Block:
    height: float
    draw: Draw
    keep_with_next: bool = False
    continuation: _Block | None = None  # section title repeated when a page starts here


@dataclass(frozen=True)
class _Piece:
    """One field measured for row packing."""

    width: float
    height: float
    draw: Draw


def render_blank_intake_form(
    *,
    out: BinaryIO | Path,
    tr: Translate,
    language: str,
    paper: str,
    copies: int = 1,
    mission: str = "",
    codes: Sequence[str] | None = None,
    printed_on: date | None = None,
) -> list[str]:
    """Writes `copies` blank intake forms (one PDF) to `out`; returns their form codes.

    `tr(context, text)` translates into `language` ("es", "en" or "fr"); `paper` is "a4"
    or "letter"; `codes` (optional) are the form codes to print, otherwise new ones are
    made for `mission`. Each copy has its own code on every page, with its QR code.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: use one of {LANGUAGES}")
    page_w, page_h = pdf_kit.paper_size(paper)
    mission = mission.strip().upper()
    codes = _codes_to_print(copies, mission, codes)
    pdf_kit.register_fonts()
    printed = (printed_on or date.today()).strftime("%d/%m/%Y")

    content_w = page_w - 2 * MARGIN_X
    pages = _paginate(_blocks(tr, content_w), page_h)
    target = str(out) if isinstance(out, Path) else out
    canvas = Canvas(target, pagesize=(page_w, page_h), lang=language, initialFontName=REGULAR)
    canvas.setTitle(tr(CONTEXT, TITLE))
    canvas.setAuthor("Puente")
    canvas.setSubject(", ".join(codes))
    for code in codes:
        for number, placed in enumerate(pages, start=1):
            _draw_frame(
                canvas,
                tr,
                code=code,
                mission=mission,
                printed=printed,
                page=number,
                pages=len(pages),
                size=(page_w, page_h),
            )
            for top, block in placed:
                block.draw(canvas, MARGIN_X, top, code)
            canvas.showPage()
    canvas.save()
    return list(codes)


def _codes_to_print(copies: int, mission: str, codes: Sequence[str] | None) -> list[str]:
    if codes is None:
        if copies < 1:
            raise ValueError("copies must be at least 1")
        return new_form_codes(copies, mission)
    bad = [c for c in codes if not is_valid_form_code(c)]
    if bad or not codes or len(set(codes)) != len(codes):
        raise ValueError(f"form codes must be valid and distinct: {list(codes)!r}")
    return list(codes)


def _fmt(tr: Translate, source: str, **values: object) -> str:
    """The translation of `source` with its {placeholders} filled; a translation whose
    placeholders are broken falls back to the English text instead of failing the print."""
    try:
        return tr(CONTEXT, source).format(**values)
    except (KeyError, IndexError, ValueError):
        return source.format(**values)


# --- pagination -------------------------------------------------------------------------


def _paginate(blocks: list[_Block], page_h: float) -> list[list[tuple[float, _Block]]]:
    """Blocks placed on pages as (top y, block); a block marked keep_with_next stays with
    the block after it."""
    top_limit = page_h - MARGIN_TOP - HEADER_H
    bottom_limit = MARGIN_BOTTOM + FOOTER_H
    pages: list[list[tuple[float, _Block]]] = [[]]
    y = top_limit
    for i, block in enumerate(blocks):
        needed = block.height
        if block.keep_with_next and i + 1 < len(blocks):
            needed += blocks[i + 1].height
        if y - needed < bottom_limit and pages[-1]:
            pages.append([])
            y = top_limit
            if block.continuation is not None:
                pages[-1].append((y, block.continuation))
                y -= block.continuation.height
        pages[-1].append((y, block))
        y -= block.height
    return pages


def _draw_frame(
    c: Canvas,
    tr: Translate,
    *,
    code: str,
    mission: str,
    printed: str,
    page: int,
    pages: int,
    size: tuple[float, float],
) -> None:
    """Header (title, programme, mission, code and QR) and footer (date, page X of Y)."""
    page_w, page_h = size
    top = page_h - MARGIN_TOP
    right = page_w - MARGIN_X
    pdf_kit.draw_qr(c, code, right - QR_SIDE + 2 * mm, top - QR_SIDE + 2 * mm, QR_SIDE)
    code_right = right - QR_SIDE
    code_w = pdf_kit.text_width(code, BOLD, 11)
    label = tr(CONTEXT, FORM_CODE_LABEL)
    label_size = pdf_kit.fit_size(label, REGULAR, 7.5, max(code_w, 40 * mm))
    c.setFillGray(GREY_TEXT)
    c.setFont(REGULAR, label_size)
    c.drawRightString(code_right, top - 6 * mm, label)
    c.setFillGray(0)
    c.setFont(BOLD, 11)
    c.drawRightString(code_right, top - 11 * mm, code)
    column_w = max(code_w, pdf_kit.text_width(label, REGULAR, label_size))
    text_w = code_right - MARGIN_X - column_w - 6 * mm
    lines = [(tr(CONTEXT, TITLE), BOLD, 13.0), (tr(CONTEXT, PROGRAMME), REGULAR, 9.0)]
    if mission:
        name = tr(CONTEXT, MISSION_NAMES[mission]) if mission in MISSION_NAMES else mission
        lines.append((_fmt(tr, MISSION_LINE, mission=name), REGULAR, 9.0))
    y = top - 5 * mm
    for text, font, font_size in lines:
        c.setFont(font, pdf_kit.fit_size(text, font, font_size, text_w))
        c.drawString(MARGIN_X, y, text)
        y -= font_size + 4.5
    c.setLineWidth(0.8)
    c.line(
        MARGIN_X,
        page_h - MARGIN_TOP - HEADER_H + 3 * mm,
        right,
        page_h - MARGIN_TOP - HEADER_H + 3 * mm,
    )
    c.setLineWidth(0.4)
    c.line(MARGIN_X, MARGIN_BOTTOM + 4 * mm, right, MARGIN_BOTTOM + 4 * mm)
    c.setFont(REGULAR, 8)
    c.drawCentredString(page_w / 2, MARGIN_BOTTOM, code)
    side_w = (right - MARGIN_X - pdf_kit.text_width(code, REGULAR, 8)) / 2 - 4 * mm
    printed_text = _fmt(tr, PRINTED_ON, date=printed)
    c.setFont(REGULAR, pdf_kit.fit_size(printed_text, REGULAR, 8, side_w))
    c.drawString(MARGIN_X, MARGIN_BOTTOM, printed_text)
    page_text = _fmt(tr, PAGE_OF, page=page, pages=pages)
    c.setFont(REGULAR, pdf_kit.fit_size(page_text, REGULAR, 8, side_w))
    c.drawRightString(right, MARGIN_BOTTOM, page_text)


# --- blocks -------------------------------------------------------------------------------


def _blocks(tr: Translate, width: float) -> list[_Block]:
    """Every block of one form, top to bottom."""
    blocks = [_paragraph(tr(CONTEXT, INSTRUCTIONS), width), _form_code_block(tr, width)]
    for section in INTAKE_SECTIONS:
        title = f"{section.number}   {tr(CONTEXT, section.title)}"
        blocks.append(_section_title(title, width))
        again = _section_title(f"{title} {tr(CONTEXT, CONTINUED)}", width)
        body = _rows([_piece(tr, f, width) for f in section.fields], width)
        if section.number == 7:
            body = [_paragraph(tr(CONTEXT, CONSENT_TEXT), width), *body]
            body += [_contact_block(tr, width), _signatures(tr, width)]
        blocks.extend(replace(b, continuation=again) for b in body)
    return blocks


def _rows(pieces: list[_Piece], width: float) -> list[_Block]:
    """Fields packed left to right into rows that fit `width`."""
    rows: list[list[_Piece]] = []
    used = width + 1
    for piece in pieces:
        if used + FIELD_GAP_X + piece.width > width:
            rows.append([])
            used = -FIELD_GAP_X
        rows[-1].append(piece)
        used += FIELD_GAP_X + piece.width
    return [_row_block(row) for row in rows]


def _row_block(row: list[_Piece]) -> _Block:
    def draw(c: Canvas, x: float, top: float, code: str) -> None:
        for piece in row:
            piece.draw(c, x, top, code)
            x += piece.width + FIELD_GAP_X

    return _Block(max(p.height for p in row) + FIELD_GAP_Y, draw)


def _section_title(text: str, width: float) -> _Block:
    height = 7 * mm

    def draw(c: Canvas, x: float, top: float, code: str) -> None:
        c.setFillGray(0.85)
        c.rect(x, top - height + 1 * mm, width, height - 1.5 * mm, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(BOLD, 10.5)
        c.drawString(x + 2 * mm, top - height + 3 * mm, text)

    return _Block(height + 1.5 * mm, draw, keep_with_next=True)


def _paragraph(text: str, width: float) -> _Block:
    lines = pdf_kit.wrap(text, REGULAR, BODY_SIZE, width)
    height = BODY_LEADING * len(lines) + 2 * mm

    def draw(c: Canvas, x: float, top: float, code: str) -> None:
        c.setFillGray(0)
        pdf_kit.draw_lines(c, lines, x, top, font=REGULAR, size=BODY_SIZE, leading=BODY_LEADING)

    return _Block(height, draw)


WIDEST_CODE = "F-WW-WWWW-WWWW-W"
"""Wider than any real form code: the hint's place does not depend on the copy."""


def _form_code_block(tr: Translate, width: float) -> _Block:
    """The code of this copy, big, in a box at the top of the first page, with a hint."""
    label = tr(CONTEXT, FORM_CODE_FIELD.label)  # no colon: French wants a space before it
    label_w = pdf_kit.text_width(label, BOLD, LABEL_SIZE)
    hint_x = 4 * mm + label_w + pdf_kit.text_width(WIDEST_CODE, BOLD, 13) + 4 * mm
    hint_lines = pdf_kit.wrap(
        tr(CONTEXT, FORM_CODE_FIELD.hint), REGULAR, HINT_SIZE, width - hint_x - 2 * mm
    )
    box_h = max(9 * mm, len(hint_lines) * HINT_LEADING + 3 * mm)

    def draw(c: Canvas, x: float, top: float, code: str) -> None:
        c.setLineWidth(0.8)
        c.rect(x, top - box_h, width, box_h)
        middle = top - box_h / 2
        c.setFont(BOLD, LABEL_SIZE)
        c.drawString(x + 2 * mm, middle - 1.05 * mm, label)
        c.setFont(BOLD, 13)
        c.drawString(x + 4 * mm + label_w, middle - 1.6 * mm, code)
        c.setFillGray(GREY_TEXT)
        hint_top = middle + len(hint_lines) * HINT_LEADING / 2
        pdf_kit.draw_lines(
            c, hint_lines, x + hint_x, hint_top, font=REGULAR, size=HINT_SIZE, leading=HINT_LEADING
        )
        c.setFillGray(0)

    return _Block(box_h + 2 * mm, draw)


def _contact_block(tr: Translate, width: float) -> _Block:
    label = tr(CONTEXT, CONTACT_LINE)
    height = 13 * mm

    def draw(c: Canvas, x: float, top: float, code: str) -> None:
        c.setFont(BOLD, LABEL_SIZE)
        c.drawString(x, top - LABEL_SIZE, label)
        c.setStrokeGray(GREY_LINE)
        c.setLineWidth(0.5)
        c.line(x, top - 10 * mm, x + width, top - 10 * mm)
        c.setStrokeGray(0)

    return _Block(height, draw)


def _signatures(tr: Translate, width: float) -> _Block:
    labels = [tr(CONTEXT, SIGN_WORKER), tr(CONTEXT, SIGN_OFFICER), tr(CONTEXT, SIGN_DATE)]
    widths = [width * 0.4, width * 0.4, width * 0.2]
    gap = 5 * mm
    wrapped = [
        pdf_kit.wrap(t, REGULAR, HINT_SIZE + 0.5, w - gap)
        for t, w in zip(labels, widths, strict=True)
    ]
    height = 18 * mm + max(len(w) for w in wrapped) * HINT_LEADING + 2 * mm

    def draw(c: Canvas, x: float, top: float, code: str) -> None:
        c.setLineWidth(0.7)
        for lines, w in zip(wrapped, widths, strict=True):
            c.line(x, top - 18 * mm, x + w - gap, top - 18 * mm)
            pdf_kit.draw_lines(
                c,
                lines,
                x,
                top - 19.5 * mm,
                font=REGULAR,
                size=HINT_SIZE + 0.5,
                leading=HINT_LEADING,
            )
            x += w

    return _Block(height, draw)


# --- fields --------------------------------------------------------------------------------


def _piece(tr: Translate, field: FormField, full_width: float) -> _Piece:
    """A field measured: its label (and hint) over its boxes."""
    label = tr(CONTEXT, field.label)
    if field.kind is FieldKind.DATE:
        label = f"{label} ({tr(CONTEXT, DATE_FORMAT)})"
    elif field.kind is FieldKind.SINGLE_CHOICE:
        label = f"{label} ({tr(CONTEXT, TICK_ONE)})"
    elif field.kind is FieldKind.MULTI_CHOICE:
        label = f"{label} ({tr(CONTEXT, TICK_ALL)})"
    hint = tr(CONTEXT, field.hint) if field.hint else ""
    number_w = pdf_kit.text_width(field.number, BOLD, LABEL_SIZE) + 1.8 * mm
    body_w, body_h, draw_body = _body(tr, field, full_width)
    natural = max(
        number_w + pdf_kit.text_width(label, REGULAR, LABEL_SIZE),
        pdf_kit.text_width(hint, REGULAR, HINT_SIZE) if hint else 0.0,
    )
    width = min(full_width, max(body_w, natural))
    label_lines = pdf_kit.wrap(label, REGULAR, LABEL_SIZE, width - number_w)
    hint_lines = pdf_kit.wrap(hint, REGULAR, HINT_SIZE, width) if hint else []
    head_h = LABEL_LEADING * len(label_lines) + HINT_LEADING * len(hint_lines) + 1.2 * mm

    def draw(c: Canvas, x: float, top: float, code: str) -> None:
        c.setFillGray(0)
        c.setFont(BOLD, LABEL_SIZE)
        c.drawString(x, top - LABEL_SIZE, field.number)
        y = pdf_kit.draw_lines(
            c, label_lines, x + number_w, top, font=REGULAR, size=LABEL_SIZE, leading=LABEL_LEADING
        )
        if hint_lines:
            c.setFillGray(GREY_TEXT)
            y = pdf_kit.draw_lines(
                c, hint_lines, x, y - 1, font=REGULAR, size=HINT_SIZE, leading=HINT_LEADING
            )
            c.setFillGray(0)
        draw_body(c, x, top - head_h)

    return _Piece(width, head_h + body_h, draw)


def _body(
    tr: Translate, field: FormField, full_width: float
) -> tuple[float, float, pdf_kit.BoxDraw]:
    """(width, height, draw) of the boxes under a field's label."""
    if field.kind in (FieldKind.TEXT, FieldKind.NUMBER):
        return pdf_kit.cells_box(field.cells, field.prefix)
    if field.kind is FieldKind.DATE:
        return pdf_kit.date_box()
    if field.kind is FieldKind.LONG_TEXT:
        return pdf_kit.ruled_lines(field.lines, full_width)
    if field.kind in (FieldKind.SINGLE_CHOICE, FieldKind.MULTI_CHOICE):
        return _choices_body(tr, field, full_width)
    raise ValueError(f"field {field.number} of kind {field.kind} has no paper boxes")


def _choices_body(
    tr: Translate, field: FormField, full_width: float
) -> tuple[float, float, pdf_kit.BoxDraw]:
    """Tick boxes flowed left to right, wrapping to `full_width`."""
    items: list[tuple[str, bool, float]] = []
    for choice in field.choices:
        text = tr(CONTEXT, choice.label)
        w = TICK + 1.8 * mm + pdf_kit.text_width(text, REGULAR, LABEL_SIZE)
        items.append((text, choice.write_in, w + (WRITE_IN_W + 1 * mm if choice.write_in else 0)))
    placed: list[list[tuple[str, bool, float]]] = [[]]
    used = 0.0
    for item in items:
        if placed[-1] and used + CHOICE_GAP + item[2] > full_width:
            placed.append([])
            used = 0.0
        used += (CHOICE_GAP if placed[-1] else 0.0) + item[2]
        placed[-1].append(item)
    width = max(sum(i[2] for i in row) + CHOICE_GAP * (len(row) - 1) for row in placed)

    def draw(c: Canvas, x0: float, top: float) -> None:
        for r, row in enumerate(placed):
            y = top - r * CHOICE_ROW_H - 1 * mm
            x = x0
            for text, write_in, w in row:
                c.setLineWidth(0.8)
                c.rect(x, y - TICK, TICK, TICK)
                c.setFont(REGULAR, LABEL_SIZE)
                c.drawString(x + TICK + 1.8 * mm, y - TICK + 1.1 * mm, text)
                if write_in:
                    c.setStrokeGray(GREY_LINE)
                    c.line(x + w - WRITE_IN_W, y - TICK, x + w, y - TICK)
                    c.setStrokeGray(0)
                x += w + CHOICE_GAP

    return width, len(placed) * CHOICE_ROW_H, draw
