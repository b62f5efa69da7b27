"""The ALERT indicators as a PDF report (tables and bar charts), an XLSX workbook or a CSV.

Values are written for people: category codes become labels in the reader's language,
numbers and money follow the mission's country (see `formatting`). In the XLSX numbers
stay numbers (amounts with two decimals, progress as a percentage); in the CSV numbers
are plain (a point as decimal mark, progress in percent) so any tool can read them back.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.i18n_marks import QT_TRANSLATE_NOOP, Translate
from app.reports import formatting as fmt
from app.reports import pdf_common as pc
from app.reports import pdf_kit
from app.reports.exports import neutralise
from app.reports.indicators import FRAMES, TOTAL, Column, Indicators, IndicatorTable
from app.reports.pdf_kit import REGULAR

C = "Reports"
TITLE = QT_TRANSLATE_NOOP("Reports", "ALERT indicators")
PERIOD = QT_TRANSLATE_NOOP("Reports", "{mission} · {start} to {end}")
NOTHING = QT_TRANSLATE_NOOP("Reports", "Nothing recorded in this period.")
ABOUT = QT_TRANSLATE_NOOP("Reports", "About")
L_MISSION = QT_TRANSLATE_NOOP("Reports", "Mission")
L_FROM = QT_TRANSLATE_NOOP("Reports", "From")
L_TO = QT_TRANSLATE_NOOP("Reports", "To")
L_MADE_ON = QT_TRANSLATE_NOOP("Reports", "Made on")
DEFINITIONS = QT_TRANSLATE_NOOP(
    "Reports",
    "Workers who withdrew consent and archived records are left out. Ages are on the last "
    "day of the period. Amounts in different currencies are never added together.",
)
TOP_ROWS = QT_TRANSLATE_NOOP(
    "Reports",
    "The {shown} projects with most participants, of {count}; the spreadsheet export lists "
    "them all.",
)
FRAME_ORDER = ("", "A", "L", "E", "R", "T")
MAX_PRINTED_ROWS = 25
MAX_BARS = 15
_WEIGHTS = {
    "category": 2.4,
    "text": 2.4,
    "count": 1.0,
    "amount": 1.4,
    "hours": 1.1,
    "percent": 1.1,
    "currency": 0.9,
    "number": 1.2,
}
_CHART_COLOUR = colors.HexColor("#0033A0")


# --- cell values --------------------------------------------------------------------------


def cell_text(
    table: IndicatorTable,
    row: Sequence[Any],
    index: int,
    tr: Translate,
    language: str,
    country: str,
) -> str:
    """The value of `row[index]` as the reader reads it."""
    column = table.columns[index]
    value = row[index]
    if value is None:
        return ""
    if column.kind == "category":
        return tr(C, fmt.TOTAL) if value == TOTAL else fmt.label(tr, column.labels or {}, value)
    if column.kind == "count":
        return fmt.format_number(value, language, country)
    if column.kind == "amount":
        return fmt.format_amount(value, _currency(table, row, column), language, country)
    if column.kind == "hours":
        return fmt.format_decimal(value, language, country)
    if column.kind == "percent":
        return fmt.format_percent(value, language, country)
    if column.kind == "number":
        if isinstance(value, int):
            return fmt.format_number(value, language, country)
        return fmt.format_decimal(value, language, country)
    return str(value)


def _currency(table: IndicatorTable, row: Sequence[Any], column: Column | None = None) -> str:
    keys = [c.key for c in table.columns]
    wanted = column.currency_column if column is not None else "currency"
    return str(row[keys.index(wanted)]) if wanted in keys else "USD"


def _country(ind: Indicators) -> str:
    return fmt.country_of(ind.mission) if ind.mission else ""


def _period(ind: Indicators, tr: Translate, language: str) -> str:
    return tr(C, PERIOD).format(
        mission=fmt.mission_name(tr, ind.mission),
        start=fmt.format_date(ind.start, language),
        end=fmt.format_date(ind.end, language),
    )


# --- PDF ----------------------------------------------------------------------------------


def render_indicator_pdf(
    ind: Indicators,
    *,
    out: BinaryIO | Path,
    tr: Translate,
    language: str,
    paper: str = "a4",
    made_on: date | None = None,
) -> None:
    """Writes the report: key figures, then each ALERT frame with its tables and charts."""
    st = pc.styles()
    width = pc.page_size(paper)[0] - 2 * pc.MARGIN_X
    country = _country(ind)
    story: list[Flowable] = [
        Paragraph(pc.text(tr(C, TITLE)), st.title),
        Paragraph(pc.text(_period(ind, tr, language)), st.subtitle),
        Paragraph(pc.text(tr(C, DEFINITIONS)), st.small),
    ]
    for frame in FRAME_ORDER:
        tables = [t for t in ind.tables if t.frame == frame]
        if not tables:
            continue
        title = tr(C, FRAMES[frame])
        for n, table in enumerate(tables):
            parts = _table_flowables(table, tr, language, country, width, st)
            if n == 0:  # the frame's heading stays with its first table
                heading = Paragraph(pc.text(f"{frame} · {title}" if frame else title), st.heading)
                parts = [heading, *parts]
            story.append(KeepTogether(parts))
    frame_info = pc.Frame(
        title=f"{tr(C, TITLE)} · {_period(ind, tr, language)}",
        mission=fmt.mission_name(tr, ind.mission),
        made_on=fmt.format_date(made_on or ind.made_at.date(), language),
    )
    pc.build_pdf(out, story, tr=tr, language=language, paper=paper, frame=frame_info)


def _table_flowables(
    table: IndicatorTable,
    tr: Translate,
    language: str,
    country: str,
    width: float,
    st: pc.Styles,
) -> list[Flowable]:
    head: list[Flowable] = [
        Spacer(1, 2 * mm),
        Paragraph(pc.text(tr(C, table.title)), st.cell_bold),
        Spacer(1, 1 * mm),
    ]
    if not table.rows:
        return [*head, pc.empty_note(tr(C, NOTHING), st)]
    shown, note = _rows_to_print(table, tr)
    header = [tr(C, c.label) for c in table.columns]
    body = [
        [cell_text(table, row, i, tr, language, country) for i in range(len(row))] for row in shown
    ]
    right = [i for i, c in enumerate(table.columns) if c.kind not in ("category", "text")]
    if table.key == "community_projects":
        header, body, right = _compact_projects(table, header, body)
    totals = [i for i, row in enumerate(shown) if row[0] == TOTAL]
    narrow = width * 0.6 if len(table.columns) <= 2 else width
    compact = pc.styles(8) if len(table.columns) >= 8 else st
    grid = pc.data_table(header, body, None, compact, width=narrow, right=right, bold_rows=totals)
    parts: list[Flowable] = [*head, grid]
    if note:
        parts.append(Paragraph(pc.text(note), st.small))
    chart = _chart(table, shown, tr, language, country, width)
    if chart is not None:
        parts += [Spacer(1, 2 * mm), chart]
    if table.note:
        parts.append(Paragraph(pc.text(tr(C, table.note)), st.small))
    return parts


def _compact_projects(
    table: IndicatorTable, header: list[str], body: list[list[str]]
) -> tuple[list[str], list[list[str]], list[int]]:
    """The projects table narrowed for a portrait page: the community under the project's
    title, the goal's currency code written with the goal."""
    keys = [c.key for c in table.columns]
    title, community = keys.index("title"), keys.index("community")
    goal, goal_currency = keys.index("goal"), keys.index("goal_currency")
    keep = [i for i in range(len(keys)) if i not in (community, goal_currency)]
    rows = []
    for cells in body:
        merged = list(cells)
        merged[title] = f"{cells[title]}\n{cells[community]}"
        merged[goal] = f"{cells[goal]}\u00a0{cells[goal_currency]}"
        rows.append([merged[i] for i in keep])
    kinds = [table.columns[i].kind for i in keep]
    right = [n for n, kind in enumerate(kinds) if kind not in ("category", "text")]
    return [header[i] for i in keep], rows, right


def _rows_to_print(table: IndicatorTable, tr: Translate) -> tuple[Sequence[Any], str]:
    """The rows the PDF prints: all, or for a long table of projects the ones with most
    participants (every row stays in the spreadsheet export)."""
    if len(table.rows) <= MAX_PRINTED_ROWS or table.key != "community_projects":
        return table.rows, ""
    order = table.column_index("participants")
    top = sorted(table.rows, key=lambda r: (-(r[order] or 0), str(r[0])))[:MAX_PRINTED_ROWS]
    note = tr(C, TOP_ROWS).format(shown=len(top), count=len(table.rows))
    return top, note


def _chart(
    table: IndicatorTable,
    rows_shown: Sequence[Any],
    tr: Translate,
    language: str,
    country: str,
    width: float,
) -> Drawing | None:
    """A horizontal bar chart of the table's chart column (total rows left out; at most
    MAX_BARS bars, the largest)."""
    if table.chart is None:
        return None
    label_i = table.column_index(table.chart[0])
    value_i = table.column_index(table.chart[1])
    rows = [r for r in rows_shown if r[0] != TOTAL and r[value_i] is not None]
    if len(rows) > MAX_BARS:
        rows = sorted(rows, key=lambda r: -float(r[value_i]))[:MAX_BARS]
    if not rows or not any(float(r[value_i]) for r in rows):
        return None
    labels = [_short(cell_text(table, r, label_i, tr, language, country)) for r in rows]
    if "currency" in [c.key for c in table.columns]:
        labels = [f"{name} ({_currency(table, r)})" for name, r in zip(labels, rows, strict=True)]
    values = [float(r[value_i]) for r in rows]
    kind = table.columns[value_i].kind
    bar_h = 5.5 * mm
    height = bar_h * len(rows) + 14 * mm
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR  # no Helvetica reference in the PDF
    chart = HorizontalBarChart()
    label_w = max(pdf_kit.text_width(name, REGULAR, 7.5) for name in labels) + 5 * mm
    chart.x, chart.y = min(max(label_w, 30 * mm), width * 0.45), 8 * mm
    chart.width, chart.height = width - chart.x - 14 * mm, bar_h * len(rows)
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.valueMin = 0
    top = max(values)
    if kind == "percent":
        chart.valueAxis.valueMax = max(1.0, top)
        chart.valueAxis.valueStep = 0.2 if top <= 1.0 else None
    elif kind == "count":
        step = max(1, math.ceil(top / 5))
        chart.valueAxis.valueStep = step
        chart.valueAxis.valueMax = step * math.ceil(top * 1.1 / step + 0.01)
    else:
        chart.valueAxis.valueMax = top * 1.15
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = _axis_format(kind, language, country)
    chart.bars[0].fillColor = _CHART_COLOUR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = _axis_format(kind, language, country)
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _axis_format(kind: str, language: str, country: str) -> Any:
    def write(value: float) -> str:
        if kind == "percent":
            return fmt.format_percent(value, language, country)
        if kind in ("amount", "hours"):
            return fmt.format_decimal(Decimal(str(round(value, 1))), language, country)
        return fmt.format_number(round(value), language, country)

    return write


def _short(text: str, limit: int = 44) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- XLSX and CSV -------------------------------------------------------------------------


def write_indicator_xlsx(ind: Indicators, path: Path, *, tr: Translate, language: str) -> None:
    """A workbook: an "About" sheet (mission, period, definitions), then one sheet per table."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    bold = book.add_format({"bold": True})
    formats = {
        "amount": book.add_format({"num_format": "#,##0.00"}),
        "hours": book.add_format({"num_format": "0.0"}),
        "percent": book.add_format({"num_format": "0.0%"}),
    }
    about = book.add_worksheet(_sheet_name(tr(C, ABOUT), set()))
    about.set_column(0, 0, 18)
    about.set_column(1, 1, 90)
    facts = [
        (tr(C, TITLE), ""),
        (tr(C, L_MISSION), fmt.mission_name(tr, ind.mission)),
        (tr(C, L_FROM), ind.start.isoformat()),
        (tr(C, L_TO), ind.end.isoformat()),
        (tr(C, L_MADE_ON), ind.made_at.date().isoformat()),
        ("", tr(C, DEFINITIONS)),
    ]
    for r, (key, value) in enumerate(facts):
        about.write_string(r, 0, key, bold)
        about.write_string(r, 1, value)
    used = {about.name}
    for table in ind.tables:
        sheet = book.add_worksheet(_sheet_name(tr(C, table.title), used))
        used.add(sheet.name)
        sheet.write_string(0, 0, tr(C, table.title), bold)
        for i, column in enumerate(table.columns):
            sheet.write_string(2, i, tr(C, column.label), bold)
            sheet.set_column(i, i, 30 if column.kind in ("category", "text") else 14)
        for r, row in enumerate(table.rows, start=3):
            for i, column in enumerate(table.columns):
                _write_cell(sheet, r, i, column, row[i], tr, formats)
        sheet.freeze_panes(3, 1)
    book.close()


def _write_cell(
    sheet: Any, r: int, i: int, column: Column, value: Any, tr: Translate, formats: dict[str, Any]
) -> None:
    if value is None:
        return
    if column.kind == "category":
        text = tr(C, fmt.TOTAL) if value == TOTAL else fmt.label(tr, column.labels or {}, value)
        sheet.write_string(r, i, neutralise(text))
    elif column.kind in ("text", "currency"):
        sheet.write_string(r, i, neutralise(str(value)))
    else:
        sheet.write_number(r, i, float(value), formats.get(column.kind))


def _sheet_name(title: str, used: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\']", "", title).strip()[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in {u.lower() for u in used}:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    return name


def write_indicator_csv(ind: Indicators, path: Path, *, tr: Translate, language: str) -> None:
    """One UTF-8 (BOM) CSV: the tables one after the other, each under its title row."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow([tr(C, TITLE), _period(ind, tr, language)])
        out.writerow([])
        for table in ind.tables:
            out.writerow([neutralise(tr(C, table.title))])
            out.writerow([_csv_header(c, tr) for c in table.columns])
            for row in table.rows:
                out.writerow(
                    [_csv_value(c, v, tr) for c, v in zip(table.columns, row, strict=True)]
                )
            out.writerow([])


def _csv_header(column: Column, tr: Translate) -> str:
    label = tr(C, column.label)
    return f"{label} (%)" if column.kind == "percent" else label


def _csv_value(column: Column, value: Any, tr: Translate) -> str:
    if value is None:
        return ""
    if column.kind == "category":
        text = tr(C, fmt.TOTAL) if value == TOTAL else fmt.label(tr, column.labels or {}, value)
        return neutralise(text)
    if column.kind == "percent":
        return str(round(float(value) * 100, 1))
    if column.kind in ("text", "currency"):
        return neutralise(str(value))
    return str(value)
