"""What the filled documents share: styles, tables, and the page frame with "Page X of Y".

Built on reportlab's platypus (flowing text and tables that split across pages) and on
`pdf_kit` (the shipped DejaVu fonts, paper sizes). Every page gets a header (programme,
document title, mission) and a footer (date made, mission, "Page X of Y"): pages are
kept until the end so the total is known when the frame is drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import landscape as to_landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.i18n_marks import QT_TRANSLATE_NOOP, Translate
from app.reports import formatting as fmt
from app.reports import pdf_kit
from app.reports.pdf_kit import BOLD, REGULAR

CONTEXT = "Reports"
PROGRAMME = QT_TRANSLATE_NOOP("Reports", "IOM · Labour mobility programme to Canada")
PAGE_OF = QT_TRANSLATE_NOOP("Reports", "Page {page} of {pages}")
MADE_ON = QT_TRANSLATE_NOOP("Reports", "Made on {date}")
MISSION_LINE = QT_TRANSLATE_NOOP("Reports", "Mission: {mission}")
CONFIDENTIAL = QT_TRANSLATE_NOOP("Reports", "Confidential: personal data")

MARGIN_X = 15 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 17 * mm
ACCENT = colors.HexColor("#0033A0")  # IOM blue
RULE = colors.HexColor("#9AA5B8")
HEADER_FILL = colors.HexColor("#E3E9F4")
ZEBRA = colors.HexColor("#F5F7FB")
GREY = colors.HexColor("#555555")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    header_cell: ParagraphStyle
    centred: ParagraphStyle


def styles(base: float = 9.0) -> Styles:
    """The paragraph styles of every document, in the shipped fonts."""
    pdf_kit.register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=base, leading=base * 1.3)
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=base + 7,
            leading=(base + 7) * 1.2,
            textColor=ACCENT,
            spaceAfter=1 * mm,
        ),
        subtitle=ParagraphStyle(
            "subtitle",
            parent=body,
            fontSize=base + 1.5,
            leading=(base + 1.5) * 1.3,
            textColor=GREY,
            spaceAfter=3 * mm,
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=base + 2.5,
            leading=(base + 2.5) * 1.25,
            textColor=ACCENT,
            spaceBefore=4 * mm,
            spaceAfter=2 * mm,
        ),
        body=body,
        small=ParagraphStyle(
            "small", parent=body, fontSize=base - 1.5, leading=(base - 1.5) * 1.3, textColor=GREY
        ),
        label=ParagraphStyle(
            "label", parent=body, fontSize=base - 1, leading=(base - 1) * 1.25, textColor=GREY
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=base - 1, leading=(base - 1) * 1.25),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=BOLD, fontSize=base - 1, leading=(base - 1) * 1.25
        ),
        cell_right=ParagraphStyle(
            "cell_right",
            parent=body,
            fontSize=base - 1,
            leading=(base - 1) * 1.25,
            alignment=TA_RIGHT,
        ),
        header_cell=ParagraphStyle(
            "header_cell", parent=body, fontName=BOLD, fontSize=base - 1, leading=(base - 1) * 1.25
        ),
        centred=ParagraphStyle("centred", parent=body, alignment=TA_CENTER),
    )


def text(value: object) -> str:
    """`value` as paragraph markup: XML-escaped, line breaks kept."""
    return escape(str(value)).replace("\n", "<br/>")


def para(value: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(value), style)


@dataclass(frozen=True)
class Frame:
    """What the page header and footer say."""

    title: str
    mission: str
    made_on: str
    confidential: bool = False


def page_size(paper: str, *, landscape: bool = False) -> tuple[float, float]:
    size = pdf_kit.paper_size(paper)
    return to_landscape(size) if landscape else size


def build_pdf(
    out: BinaryIO | Path,
    story: Sequence[Flowable],
    *,
    tr: Translate,
    language: str,
    paper: str,
    frame: Frame,
    landscape: bool = False,
    margins: tuple[float, float, float] | None = None,
    decorate: Callable[[Canvas, float, float], None] | None = None,
) -> None:
    """Lays out `story` on `paper` and writes the PDF with a header and footer per page.

    margins: (left/right, top, bottom) in points; the defaults leave room for the frame.
    decorate(canvas, width, height) draws extra art on every page (e.g. a border).
    """
    size = page_size(paper, landscape=landscape)
    side, top, bottom = margins or (MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM)
    target = str(out) if isinstance(out, Path) else out
    doc = SimpleDocTemplate(
        target,
        pagesize=size,
        leftMargin=side,
        rightMargin=side,
        topMargin=top,
        bottomMargin=bottom,
        title=frame.title,
        author="Puente",
        subject=frame.mission,
        lang=language,
    )
    draw = _frame_drawer(tr, frame, size, decorate)
    doc.build(list(story), canvasmaker=_numbered_canvas(draw, language))


def _numbered_canvas(draw: Callable[[Canvas, int, int], None], language: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Keeps every page until save() so that "Page X of Y" knows Y."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("lang", language)
            kwargs["initialFontName"] = REGULAR  # no Helvetica reference in any page
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _frame_drawer(
    tr: Translate,
    frame: Frame,
    size: tuple[float, float],
    decorate: Callable[[Canvas, float, float], None] | None = None,
) -> Callable[[Canvas, int, int], None]:
    width, height = size
    programme = tr(CONTEXT, PROGRAMME)
    mission = tr(CONTEXT, MISSION_LINE).format(mission=frame.mission)
    made = tr(CONTEXT, MADE_ON).format(date=frame.made_on)
    secret = tr(CONTEXT, CONFIDENTIAL) if frame.confidential else ""

    def draw(c: Canvas, page: int, pages: int) -> None:
        if decorate is not None:
            decorate(c, width, height)
        c.saveState()
        top = height - 11 * mm
        right = width - MARGIN_X
        c.setFillColor(ACCENT)
        c.setFont(BOLD, 8.5)
        c.drawString(MARGIN_X, top, programme)
        c.setFillColor(GREY)
        c.setFont(REGULAR, 8)
        c.drawRightString(right, top, mission)
        title_w = right - MARGIN_X - 4 * mm - pdf_kit.text_width(secret, BOLD, 7.5)
        c.setFont(REGULAR, pdf_kit.fit_size(frame.title, REGULAR, 8, title_w))
        c.drawString(MARGIN_X, top - 4.2 * mm, frame.title)
        if secret:
            c.setFillColor(colors.HexColor("#A4262C"))
            c.setFont(BOLD, 7.5)
            c.drawRightString(right, top - 4.2 * mm, secret)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(MARGIN_X, top - 6.5 * mm, right, top - 6.5 * mm)
        c.line(MARGIN_X, 12 * mm, right, 12 * mm)
        c.setFillColor(GREY)
        c.setFont(REGULAR, 7.5)
        c.drawString(MARGIN_X, 8 * mm, made)
        c.drawCentredString(width / 2, 8 * mm, mission)
        c.drawRightString(right, 8 * mm, tr(CONTEXT, PAGE_OF).format(page=page, pages=pages))
        c.restoreState()

    return draw


# --- building blocks --------------------------------------------------------------------


def heading(title: str, st: Styles) -> list[Flowable]:
    """A section heading that never sits alone at the bottom of a page."""
    return [CondPageBreak(25 * mm), Paragraph(text(title), st.heading)]


def field_grid(
    pairs: Sequence[tuple[str, str]], width: float, st: Styles, *, columns: int = 2
) -> Table:
    """Label/value pairs in `columns` column pairs (labels grey, values black)."""
    cells: list[list[Any]] = []
    row: list[Any] = []
    for label, value in pairs:
        row.extend([para(label, st.label), para(value or "—", st.cell)])
        if len(row) == 2 * columns:
            cells.append(row)
            row = []
    if row:
        row.extend([""] * (2 * columns - len(row)))
        cells.append(row)
    pair_w = width / columns
    widths = [pair_w * 0.36, pair_w * 0.64] * columns
    table = Table(cells, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float] | None,
    st: Styles,
    *,
    width: float = 0.0,
    right: Sequence[int] = (),
    bold_last: bool = False,
    bold_rows: Sequence[int] = (),
    row_height: float | None = None,
    grid: bool = False,
) -> Table:
    """A table with a repeated header row; cells wrap; `right` columns align right.

    `widths` None: measured from the text to fit `width` (see `fit_widths`).
    `bold_rows` (or the last row with `bold_last`) are totals: bold, with a rule above.
    """
    strong = set(bold_rows) | ({len(rows) - 1} if bold_last and rows else set())
    header_right = ParagraphStyle("hr", parent=st.header_cell, alignment=TA_RIGHT)
    bold_right = ParagraphStyle("rb", parent=st.cell_right, fontName=BOLD)
    head = [para(h, header_right if i in right else st.header_cell) for i, h in enumerate(header)]
    body: list[list[Any]] = []
    for r, row in enumerate(rows):
        cells: list[Any] = []
        for i, value in enumerate(row):
            if isinstance(value, Flowable):
                cells.append(value)
                continue
            if r in strong:
                style = bold_right if i in right else st.cell_bold
            else:
                style = st.cell_right if i in right else st.cell
            cells.append(para("" if value is None else value, style))
        body.append(cells)
    if widths is None:
        widths = fit_widths(header, rows, width, st)
    heights = None if row_height is None else [None] + [row_height] * len(body)
    table = Table(
        [head, *body], colWidths=list(widths), repeatRows=1, rowHeights=heights, hAlign="LEFT"
    )
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE" if row_height else "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ]
    if grid:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, RULE))
    else:
        commands.append(("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE))
        commands += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(2, len(body) + 1, 2)]
    first_total = min(strong, default=None)
    if first_total is not None:
        commands.append(("LINEABOVE", (0, first_total + 1), (-1, first_total + 1), 0.8, ACCENT))
    table.setStyle(TableStyle(commands))
    return table


CELL_PAD = 3.0


def fit_widths(
    header: Sequence[str], rows: Sequence[Sequence[object]], width: float, st: Styles
) -> list[float]:
    """Column widths that fill `width`: every column at least as wide as its longest
    word (header in bold), the rest shared by how much more each column's text wants."""
    n = len(header)
    least = [0.0] * n
    wanted = [0.0] * n
    for i, h in enumerate(header):
        least[i] = _longest_word(h, BOLD, st.header_cell.fontSize)
        wanted[i] = pdf_kit.text_width(h, BOLD, st.header_cell.fontSize) * 0.6
    for row in rows:
        for i, value in enumerate(row[:n]):
            if isinstance(value, Flowable) or value is None:
                continue
            size = st.cell.fontSize
            least[i] = max(least[i], _longest_word(str(value), BOLD, size))
            line = max(str(value).split("\n"), key=len)
            wanted[i] = max(wanted[i], pdf_kit.text_width(line, REGULAR, size))
    pad = 2 * CELL_PAD + 3
    least = [w + pad for w in least]
    wanted = [max(w + pad, lo) for w, lo in zip(wanted, least, strict=True)]
    if sum(least) >= width:
        return [width * w / sum(least) for w in least]
    if sum(wanted) <= width:
        extra = width - sum(wanted)
        return [w + extra * w / sum(wanted) for w in wanted]
    spare = width - sum(least)
    want_more = [w - lo for w, lo in zip(wanted, least, strict=True)]
    total_more = sum(want_more) or 1.0
    return [lo + spare * m / total_more for lo, m in zip(least, want_more, strict=True)]


def _longest_word(value: str, font: str, size: float) -> float:
    words = value.replace("\n", " ").split(" ")  # a no-break space keeps "1 234,50" whole
    return max((pdf_kit.text_width(w, font, size) for w in words), default=0.0)


def empty_note(message: str, st: Styles) -> Paragraph:
    return Paragraph(f"<i>{text(message)}</i>", st.small)


def signature_block(labels: Sequence[str], width: float, st: Styles) -> KeepTogether:
    """Signature lines side by side, each with its label under the line."""
    n = len(labels)
    gap = 8 * mm
    cell_w = (width - gap * (n - 1)) / n
    cells = [[para(label, st.small) for label in labels]]
    widths: list[float] = []
    for i in range(n):
        widths.append(cell_w)
        if i < n - 1:
            widths.append(gap)
            cells[0].insert(2 * i + 1, "")
    table = Table([[""] * len(widths), cells[0]], colWidths=widths, rowHeights=[14 * mm, None])
    table.setStyle(
        TableStyle(
            [("LINEABOVE", (2 * i, 1), (2 * i, 1), 0.8, colors.black) for i in range(n)]
            + [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return KeepTogether([Spacer(1, 6 * mm), table])


def made_on_text(made_on: date | None, language: str) -> str:
    return fmt.format_date(made_on or date.today(), language)
