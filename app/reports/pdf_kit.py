"""Small reportlab helpers shared by Puente's PDFs: fonts, paper, wrapped text, QR codes."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from pathlib import Path

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
"""DejaVu Sans (regular and bold), shipped so accents and ñ print on any machine."""

REGULAR = "PuenteSans"
BOLD = "PuenteSans-Bold"

PAPER_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
"""Paper names accepted by the report functions, with their size in points."""


@functools.cache
def register_fonts() -> tuple[str, str]:
    """Registers the embedded Unicode fonts once per process; returns (regular, bold)."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
    return REGULAR, BOLD


def paper_size(paper: str) -> tuple[float, float]:
    """(width, height) in points of "a4" or "letter" (any case)."""
    try:
        return PAPER_SIZES[paper.strip().lower()]
    except KeyError:
        raise ValueError(f"unknown paper {paper!r}: use one of {sorted(PAPER_SIZES)}") from None


def text_width(text: str, font: str, size: float) -> float:
    """Width of `text` in points."""
    return float(pdfmetrics.stringWidth(text, font, size))


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` broken into lines no wider than `width` (a word longer than that stays whole)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(simpleSplit(paragraph, font, size, width) or [""])
    return lines


def fit_size(text: str, font: str, size: float, width: float, smallest: float = 6.0) -> float:
    """The largest font size <= `size` (and >= `smallest`) at which `text` fits `width`."""
    natural = text_width(text, font, size)
    if natural <= width:
        return size
    return max(smallest, size * width / natural)


def draw_lines(
    c: Canvas, lines: list[str], x: float, top: float, *, font: str, size: float, leading: float
) -> float:
    """Draws `lines` from `top` down (first baseline one font size below); returns the bottom."""
    text = c.beginText(x, top - size)
    text.setFont(font, size, leading)
    for line in lines:
        text.textLine(line)
    c.drawText(text)
    return top - size - leading * (len(lines) - 1) - (leading - size)


@functools.lru_cache(maxsize=64)
def qr_modules(data: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code of `data` (error correction M): its size in modules and its dark runs as
    (row, column, length). Cached: every page of a form repeats the same code."""
    encoder = QrCodeWidget(data, barLevel="M").qr
    encoder.make()
    runs: list[tuple[int, int, int]] = []
    for r, row in enumerate(encoder.modules):
        col = 0
        for dark, run in itertools.groupby(bool(m) for m in row):
            length = len(list(run))
            if dark:
                runs.append((r, col, length))
            col += length
    return encoder.getModuleCount(), tuple(runs)


def draw_qr(c: Canvas, data: str, x: float, y: float, side: float) -> None:
    """A QR code of `data`, `side` points square with its 4-module quiet zone, lower-left
    corner at (x, y). Dark runs are filled as one path: no fonts, fast."""
    count, runs = qr_modules(data)
    module = side / (count + 8)
    path = c.beginPath()
    for r, col, length in runs:
        path.rect(x + (col + 4) * module, y + side - (r + 5) * module, length * module, module)
    c.saveState()
    c.setFillGray(0)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


# --- boxes for handwriting: (width, height, draw at top-left x, top) ---------------------

CELL_W = 6 * mm
"""A character cell is 6 mm wide and 8 mm tall: room for one handwritten capital."""
CELL_H = 8 * mm
DATE_SEP_W = 3.5 * mm
PREFIX_W = 4.5 * mm
RULE_GAP = 8.5 * mm
GREY_LINE = 0.55

BoxDraw = Callable[[Canvas, float, float], None]
Box = tuple[float, float, BoxDraw]


def draw_cells(c: Canvas, x: float, top: float, count: int) -> None:
    """A strip of `count` character cells: light dividers inside a darker border."""
    c.setStrokeGray(GREY_LINE)
    c.setLineWidth(0.5)
    for i in range(1, count):
        c.line(x + i * CELL_W, top - CELL_H, x + i * CELL_W, top - CELL_H * 0.45)
    c.setStrokeGray(0)
    c.setLineWidth(0.8)
    c.rect(x, top - CELL_H, count * CELL_W, CELL_H)


def cells_box(cells: int, prefix: str) -> Box:
    prefix_w = PREFIX_W if prefix else 0.0

    def draw(c: Canvas, x: float, top: float) -> None:
        if prefix:
            c.setFont(BOLD, 12)
            c.drawString(x + 0.5 * mm, top - CELL_H + 2.3 * mm, prefix)
        draw_cells(c, x + prefix_w, top, cells)

    return prefix_w + cells * CELL_W, CELL_H, draw


def date_box() -> Box:
    groups = (2, 2, 4)

    def draw(c: Canvas, x: float, top: float) -> None:
        for i, count in enumerate(groups):
            draw_cells(c, x, top, count)
            x += count * CELL_W
            if i < len(groups) - 1:
                c.setFont(REGULAR, 14)
                c.drawCentredString(x + DATE_SEP_W / 2, top - CELL_H + 2 * mm, "/")
                x += DATE_SEP_W

    return sum(groups) * CELL_W + 2 * DATE_SEP_W, CELL_H, draw


def ruled_lines(lines: int, width: float) -> Box:
    def draw(c: Canvas, x: float, top: float) -> None:
        c.setStrokeGray(GREY_LINE)
        c.setLineWidth(0.6)
        for i in range(1, lines + 1):
            c.line(x, top - i * RULE_GAP, x + width, top - i * RULE_GAP)
        c.setStrokeGray(0)

    return width, lines * RULE_GAP + 1 * mm, draw
