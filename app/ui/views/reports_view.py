"""The Reports section: ALERT indicators for a mission or all, as charts beside tables, exported.

The indicators are computed on a pool thread by `DocumentService.indicators` (local data,
offline) and shown frame by frame: each table of figures with its bar chart (QtCharts)
beside it. The export buttons write the very figures on screen as PDF, XLSX or CSV.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.reports import formatting as fmt
from app.reports.indicator_report import FRAME_ORDER, cell_text
from app.reports.indicators import FRAMES, TOTAL, Indicators, IndicatorTable
from app.services.documents import DocumentService, IndicatorFormat
from app.ui.documents import documents_folder, error_text
from app.ui.i18n import date_format, qt_tr
from app.ui.tasks import Task, run_task

REPORTS = "Reports"  # the context of the indicator labels (shared with the PDF)
CONTEXT = "ReportsView"
GROUPED: dict[str, tuple[str, ...]] = {"training_by_kind": ("enrolled", "completed")}
"""Tables whose chart shows several columns side by side instead of one."""
FALLBACK: dict[str, str] = {"community_projects": "participants"}
"""What a chart shows when its own column has no value at all."""
PALETTE = ("#0033A0", "#5B92E5", "#F2A900", "#7A9A01", "#B4424A", "#6D6E71")
FILTERS: dict[IndicatorFormat, str] = {
    IndicatorFormat.PDF: QT_TRANSLATE_NOOP("ReportsView", "PDF documents (*.pdf)"),
    IndicatorFormat.XLSX: QT_TRANSLATE_NOOP("ReportsView", "Excel workbooks (*.xlsx)"),
    IndicatorFormat.CSV: QT_TRANSLATE_NOOP("ReportsView", "CSV files (*.csv)"),
}
MAX_TABLE_WIDTH = 760
ReportPathAsker = Callable[[QWidget | None, str, str, str], str]
"""ask(parent, caption, suggested path, filter) -> chosen path, or "" when cancelled."""


def ask_report_path(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str:
    path, _chosen = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    return path


# --- charts -----------------------------------------------------------------------------


def chart_series(table: IndicatorTable) -> tuple[list[str], list[tuple[str, list[float]]]]:
    """(category codes, [(column key, values)]) the chart of `table` shows, top to bottom.

    Total rows are left out. A chart of the "total" column is drawn stacked from the
    count columns that make it up (sex, stage, status), leaving out columns that are
    zero everywhere; progress (a fraction) is drawn in percent.
    """
    if table.chart is None:
        return [], []
    label_key, value_key = table.chart
    rows = [r for r in table.rows if r[0] != TOTAL]
    keys = [c.key for c in table.columns]
    if table.key in GROUPED:
        columns = list(GROUPED[table.key])
    elif value_key == TOTAL:
        columns = [c.key for c in table.columns if c.kind == "count" and c.key != TOTAL]
        columns = [k for k in columns if any(r[keys.index(k)] for r in rows)]
    elif all(r[keys.index(value_key)] is None for r in rows) and table.key in FALLBACK:
        columns = [FALLBACK[table.key]]  # no progress anywhere (goals in another currency)
    else:
        columns = [value_key]
    percent = {c.key for c in table.columns if c.kind == "percent"}
    series = []
    for key in columns:
        i = keys.index(key)
        scale = 100.0 if key in percent else 1.0
        series.append((key, [float(r[i] or 0) * scale for r in rows]))
    return [r[keys.index(label_key)] for r in rows], series


def build_chart(table: IndicatorTable, language: str, country: str) -> QChart | None:
    """A horizontal bar chart of `table` (None when it has no chart or nothing to show)."""
    codes, series_values = chart_series(table)
    if not codes or not series_values or not any(any(v) for _k, v in series_values):
        return None
    label_i = table.column_index(table.chart[0]) if table.chart else 0
    rows = [r for r in table.rows if r[0] != TOTAL]
    labels = [_short(cell_text(table, r, label_i, qt_tr, language, country)) for r in rows]
    if "currency" in [c.key for c in table.columns]:  # one row per currency: say which
        currency_i = table.column_index("currency")
        repeated = {name for name in labels if labels.count(name) > 1}
        labels = [
            f"{name} ({r[currency_i]})" if name in repeated else name
            for name, r in zip(labels, rows, strict=True)
        ]
    labels = _unique(labels)
    stacked = len(series_values) > 1 and table.key not in GROUPED
    series = QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
    for n, (key, values) in enumerate(series_values):
        column = table.columns[table.column_index(key)]
        bar_set = QBarSet(QCoreApplication.translate(REPORTS, column.label))
        bar_set.setObjectName(key)
        bar_set.setColor(QColor(PALETTE[n % len(PALETTE)]))
        bar_set.append(list(reversed(values)))  # QtCharts draws the first category lowest
        series.append(bar_set)
    chart = QChart()
    chart.setObjectName(table.key)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(list(reversed(labels)))
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    value_axis = QValueAxis()
    top = max(sum(vals) for vals in zip(*(v for _k, v in series_values), strict=True))
    top = top if stacked else max(max(v) for _k, v in series_values)
    if any(c.kind == "percent" for c in table.columns if c.key == series_values[0][0]):
        value_axis.setRange(0, max(100.0, top))
        value_axis.setTickCount(6)
        value_axis.setLabelFormat("%.0f%%")
    elif top <= 5:
        value_axis.setRange(0, max(1.0, float(math.ceil(top))))
        value_axis.setTickCount(int(max(1.0, math.ceil(top))) + 1)
        value_axis.setLabelFormat("%.0f")
    else:
        value_axis.setRange(0, top)
        value_axis.applyNiceNumbers()
        value_axis.setLabelFormat("%.0f")
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(value_axis)
    chart.legend().setVisible(len(series_values) > 1)
    if len(series_values) == 1:  # what the bars measure
        only = table.columns[table.column_index(series_values[0][0])]
        chart.setTitle(QCoreApplication.translate(REPORTS, only.label))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    return chart


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _unique(labels: Sequence[str]) -> list[str]:
    """Category names must differ: a repeated one gets a counter."""
    seen: dict[str, int] = {}
    out = []
    for name in labels:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


# --- the view ---------------------------------------------------------------------------


class ReportsView(QWidget):
    """Mission and period at the top, then every indicator; exports of the same figures."""

    indicators_shown = Signal(object)  # Indicators
    report_exported = Signal(str)  # the path written

    def __init__(
        self,
        documents: DocumentService,
        *,
        language: Callable[[], str],
        ask_path: ReportPathAsker = ask_report_path,
        folder: Callable[[], Path] = documents_folder,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._documents = documents
        self._language = language
        self._ask = ask_path
        self._folder = folder
        self.indicators: Indicators | None = None
        self.charts: dict[str, QChart] = {}
        self.tables: dict[str, QTableWidget] = {}
        self.task: Task | None = None
        self.mission = QComboBox(self)
        self.mission.setObjectName("mission")
        self.start = self._date_edit("start", QDate(today().year, 1, 1))
        self.end = self._date_edit("end", _qdate(today()))
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("show")
        self.show_button.clicked.connect(self.compute)
        self.export_buttons: dict[IndicatorFormat, QPushButton] = {}
        for kind in IndicatorFormat:
            button = QPushButton(self)
            button.setObjectName(f"export_{kind.value}")
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, k=kind: self.export(k))
            self.export_buttons[kind] = button
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mission_label, self.from_label, self.to_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        self.content = QWidget()
        self.content.setObjectName("report_content")
        self.content_layout = QVBoxLayout(self.content)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.content)
        self._layout()
        self._fill_missions()
        self.retranslate()

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        edit.setDate(value)
        return edit

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for label, field in (
            (self.mission_label, self.mission),
            (self.from_label, self.start),
            (self.to_label, self.end),
        ):
            label.setBuddy(field)
            bar.addWidget(label)
            bar.addWidget(field)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        for button in self.export_buttons.values():
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll_area, 1)

    def _fill_missions(self) -> None:
        self.mission.clear()
        self.mission.addItem("", "")
        for code in self._documents.missions_in_scope():
            self.mission.addItem(code, code)

    # --- computing -------------------------------------------------------------------------

    def compute(self) -> Task | None:
        """Compute the indicators of the chosen mission and period off the GUI thread."""
        start, end = _pydate(self.start.date()), _pydate(self.end.date())
        if end < start:
            self._say(self.tr("The end of the period is before its start."), error=True)
            return None
        mission = self.mission.currentData() or None
        documents = self._documents
        self.show_button.setEnabled(False)
        self._say(self.tr("Computing the indicators…"))

        def done(indicators: Indicators) -> None:
            self.task = None
            self.show_button.setEnabled(True)
            self.show_indicators(indicators)

        def failed(exc: BaseException) -> None:
            self.task = None
            self.show_button.setEnabled(True)
            self._say(error_text(exc), error=True)

        self.task = run_task(
            lambda _p: documents.indicators(start=start, end=end, mission=mission),
            on_done=done,
            on_error=failed,
        )
        return self.task

    def show_indicators(self, indicators: Indicators) -> None:
        """Show `indicators`: each ALERT frame, its tables, their charts."""
        self.indicators = indicators
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self._rebuild()
        self._say(
            self.tr("Indicators: {mission}, {start} to {end}.").format(
                mission=fmt.mission_name(qt_tr, indicators.mission),
                start=_qdate_text(indicators.start),
                end=_qdate_text(indicators.end),
            )
        )
        self.indicators_shown.emit(indicators)

    def _rebuild(self) -> None:
        while self.content_layout.count():
            item = self.content_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.charts, self.tables = {}, {}
        ind = self.indicators
        if ind is None:
            return
        language = self._ui_language()
        country = fmt.country_of(ind.mission) if ind.mission else ""
        for frame in FRAME_ORDER:
            tables = [t for t in ind.tables if t.frame == frame]
            if not tables:
                continue
            title = QCoreApplication.translate(REPORTS, FRAMES[frame])
            heading = QLabel(f"{frame} · {title}" if frame else title, self.content)
            heading.setObjectName(f"frame_{frame or 'summary'}")
            font = heading.font()
            font.setPointSizeF(font.pointSizeF() * 1.3)
            font.setBold(True)
            heading.setFont(font)
            self.content_layout.addWidget(heading)
            for table in tables:
                self.content_layout.addWidget(self._table_box(table, language, country))
        self.content_layout.addStretch(1)

    def _table_box(self, table: IndicatorTable, language: str, country: str) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate(REPORTS, table.title), self.content)
        box.setObjectName(f"box_{table.key}")
        grid = self._grid(table, language, country)
        self.tables[table.key] = grid
        wide = grid.width() >= MAX_TABLE_WIDTH  # a wide table gets its chart below it
        row: QBoxLayout = QVBoxLayout(box) if wide else QHBoxLayout(box)
        left = QVBoxLayout()
        left.addWidget(grid)
        if table.note:
            note = QLabel(QCoreApplication.translate(REPORTS, table.note), box)
            note.setWordWrap(True)
            note.setObjectName("note")
            left.addWidget(note)
        left.addStretch(1)
        row.addLayout(left)
        chart = build_chart(table, language, country)
        if chart is not None:
            self.charts[table.key] = chart
            view = QChartView(chart, box)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            bars = max(len([r for r in table.rows if r[0] != TOTAL]), 1)
            view.setMinimumHeight(min(140 + 30 * bars, 480))
            view.setMinimumWidth(300)
            row.addWidget(view, 1)
        else:
            row.addStretch(1)
        return box

    def _grid(self, table: IndicatorTable, language: str, country: str) -> QTableWidget:
        grid = QTableWidget(len(table.rows), len(table.columns))
        grid.setObjectName(f"table_{table.key}")
        grid.setHorizontalHeaderLabels(
            [QCoreApplication.translate(REPORTS, c.label) for c in table.columns]
        )
        grid.verticalHeader().hide()
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        grid.setWordWrap(False)
        numeric = {i for i, c in enumerate(table.columns) if c.kind not in ("category", "text")}
        for r, values in enumerate(table.rows):
            total = values[0] == TOTAL
            for i in range(len(table.columns)):
                item = QTableWidgetItem(cell_text(table, values, i, qt_tr, language, country))
                if i in numeric:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if total:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                grid.setItem(r, i, item)
        header = grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if not table.rows:
            grid.setRowCount(1)
            grid.setSpan(0, 0, 1, len(table.columns))
            grid.setItem(0, 0, QTableWidgetItem(self.tr("Nothing recorded in this period.")))
        grid.resizeColumnsToContents()
        grid.resizeRowsToContents()
        width = 2 * grid.frameWidth() + 2
        width += sum(grid.columnWidth(c) for c in range(grid.columnCount()))
        fits = width <= MAX_TABLE_WIDTH
        height = grid.horizontalHeader().sizeHint().height() + 2 * grid.frameWidth() + 2
        height += sum(grid.rowHeight(r) for r in range(grid.rowCount()))
        if not fits:  # the whole width of the view, and room for a horizontal scroll bar
            height += grid.horizontalScrollBar().sizeHint().height()
            grid.resize(width, height)
            grid.setMinimumWidth(MAX_TABLE_WIDTH)
            grid.setFixedHeight(min(height, 520))
            grid.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            return grid
        grid.setFixedSize(width, min(height, 520))
        grid.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return grid

    # --- exporting -------------------------------------------------------------------------

    def export(self, kind: IndicatorFormat | str) -> Task | None:
        """Write the figures on screen as a PDF, XLSX or CSV file chosen by the person."""
        kind = IndicatorFormat(kind)
        indicators = self.indicators
        if indicators is None:
            return None
        title = self.tr("ALERT indicators")
        suggested = self._folder() / f"{title} {indicators.end.isoformat()}.{kind.value}"
        caption = self.tr("Export the indicators")
        chosen = self._ask(self, caption, str(suggested), self.tr(FILTERS[kind]))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{kind.value}":
            path = path.with_name(f"{path.name}.{kind.value}")
        language, documents = self._ui_language(), self._documents
        for button in self.export_buttons.values():
            button.setEnabled(False)
        self._say(self.tr("Writing {name}…").format(name=path.name))

        def done(_result: Any) -> None:
            self.task = None
            self._enable_exports()
            self._say(self.tr("Saved as {path}.").format(path=path))
            self.report_exported.emit(str(path))

        def failed(exc: BaseException) -> None:
            self.task = None
            self._enable_exports()
            self._say(error_text(exc), error=True)

        self.task = run_task(
            lambda _p: documents.write_indicators(indicators, path, fmt=kind, language=language),
            on_done=done,
            on_error=failed,
        )
        return self.task

    def _enable_exports(self) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(self.indicators is not None)

    # --- text ------------------------------------------------------------------------------

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")

    def _ui_language(self) -> str:
        language = self._language()
        return language if language in fmt.LANGUAGES else "en"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._rebuild()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.mission_label.setText(self.tr("&Mission:"))
        self.mission.setItemText(0, fmt.mission_name(qt_tr, None))
        for i in range(1, self.mission.count()):
            code = str(self.mission.itemData(i))
            self.mission.setItemText(i, fmt.mission_name(qt_tr, code))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.start.setDisplayFormat(date_format())
        self.end.setDisplayFormat(date_format())
        self.show_button.setText(self.tr("&Show indicators"))
        self.export_buttons[IndicatorFormat.PDF].setText(self.tr("Export PDF…"))
        self.export_buttons[IndicatorFormat.XLSX].setText(self.tr("Export XLSX…"))
        self.export_buttons[IndicatorFormat.CSV].setText(self.tr("Export CSV…"))
        if self.indicators is None:
            self._say(self.tr("Choose a mission and a period, then show the indicators."))


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _qdate_text(value: date) -> str:
    from app.ui.i18n import format_date

    return format_date(_qdate(value))
