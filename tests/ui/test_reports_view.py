"""Reports view: the charts carry the indicator service's figures for a hand-made data set;
the export buttons write the same report as PDF, XLSX and CSV files that read back."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCharts import QAbstractBarSeries
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.i18n_marks import identity_tr
from app.reports.indicators import TOTAL
from app.services.context import Actor
from app.services.db import Database
from app.services.documents import DocumentService
from app.ui.views.reports_view import ReportsView
from tests.reports.test_indicators import END, HQ, MX_OFFICER, START, build_dataset


class AskPath:
    """Stands in for the save dialog: answers the next path, remembers what was asked."""

    def __init__(self) -> None:
        self.answer = ""
        self.asked: list[tuple[str, str]] = []

    def __call__(self, _parent: object, _caption: str, suggested: str, filters: str) -> str:
        self.asked.append((suggested, filters))
        return self.answer


def make_view(
    qtbot: QtBot, tmp_path: Path, actor: Actor = HQ
) -> tuple[ReportsView, DocumentService, AskPath]:
    ds = build_dataset(tmp_path / "reports.sqlite")
    docs = DocumentService(Database(ds.engine), actor, translator=lambda _lang: identity_tr)
    ask = AskPath()
    view = ReportsView(
        docs,
        language=lambda: "en",
        ask_path=ask,
        folder=lambda: tmp_path,
        today=lambda: date(2026, 11, 25),
    )
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    return view, docs, ask


def show(qtbot: QtBot, view: ReportsView, start: date = START, end: date = END) -> None:
    view.start.setDate(QDate(start.year, start.month, start.day))
    view.end.setDate(QDate(end.year, end.month, end.day))
    with qtbot.waitSignal(view.indicators_shown, timeout=10_000):
        qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)


def bar_values(view: ReportsView, key: str) -> dict[str, list[float]]:
    """Each bar set of the chart of `key`, top to bottom as on screen."""
    series = view.charts[key].series()[0]
    assert isinstance(series, QAbstractBarSeries)
    return {
        s.objectName(): list(reversed([s.at(i) for i in range(s.count())]))
        for s in series.barSets()
    }


def table_column(docs: DocumentService, key: str, column: str) -> list[float]:
    table = docs.indicators(start=START, end=END).table(key)
    i = table.column_index(column)
    return [float(r[i]) for r in table.rows if r[0] != TOTAL]


def test_charts_carry_the_indicator_figures(qtbot: QtBot, tmp_path: Path) -> None:
    view, docs, _ask = make_view(qtbot, tmp_path)
    show(qtbot, view)
    # by hand (see tests/reports/test_indicators.py): pre-departure, abroad, returned
    assert bar_values(view, "workers_by_stage") == {
        "female": [0.0, 2.0, 1.0],
        "male": [1.0, 0.0, 1.0],
    }
    for key in ("workers_by_stage", "workers_by_age", "plans_by_kind_status"):
        for column, values in bar_values(view, key).items():
            assert values == table_column(docs, key, column)
    training = bar_values(view, "training_by_kind")
    assert training["enrolled"] == table_column(docs, "training_by_kind", "enrolled")
    assert training["completed"] == table_column(docs, "training_by_kind", "completed")
    assert sum(training["enrolled"]) == 3 and sum(training["completed"]) == 2
    assert bar_values(view, "remittances_by_purpose") == {"count": [2.0, 1.0, 1.0, 1.0]}
    assert bar_values(view, "community_projects")["progress"] == pytest.approx([40.0, 0.0])
    assert bar_values(view, "businesses_started") == {"female": [1.0, 0.0], "male": [0.0, 1.0]}
    headline = view.tables["headline"]
    figures = {headline.item(r, 0).text(): headline.item(r, 1).text() for r in range(11)}
    assert figures["Workers followed"] == "5"
    assert figures["Training hours completed"] == "32.5"
    assert figures["Businesses started"] == "2"
    hours = view.tables["training_by_kind"]
    assert hours.horizontalHeaderItem(3).text() == "Hours completed"
    assert view.findChild(type(view.status), "status").text().startswith("Indicators: All missions")


def test_export_buttons_write_the_report_on_screen(qtbot: QtBot, tmp_path: Path) -> None:
    view, _docs, ask = make_view(qtbot, tmp_path)
    show(qtbot, view, end=date(2026, 3, 31))
    workers = view.indicators.table("headline").value("workers", "value") if view.indicators else 0
    out = tmp_path / "out"
    for kind in ("pdf", "xlsx", "csv"):
        ask.answer = str(out / f"indicators-{kind}")  # no extension typed: it is added
        with qtbot.waitSignal(view.report_exported, timeout=20_000) as written:
            qtbot.mouseClick(view.export_buttons[kind], Qt.MouseButton.LeftButton)  # type: ignore[index]
        assert written.args == [str(out / f"indicators-{kind}.{kind}")]
    reader = PdfReader(io.BytesIO((out / "indicators-pdf.pdf").read_bytes()))
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "ALERT indicators" in text and "Workers by migration stage and sex" in text
    book = openpyxl.load_workbook(out / "indicators-xlsx.xlsx", read_only=True)
    about = [tuple(r) for r in book[book.sheetnames[0]].iter_rows(values_only=True)]
    assert ("To", "2026-03-31") in about
    rows = list(csv.reader((out / "indicators-csv.csv").open(encoding="utf-8-sig")))
    assert ["Workers followed", str(workers)] in rows
    assert ask.asked[0][0].endswith("ALERT indicators 2026-03-31.pdf")
    assert sorted(p.name for p in out.iterdir()) == [
        "indicators-csv.csv",
        "indicators-pdf.pdf",
        "indicators-xlsx.xlsx",
    ]


def test_cancelled_save_dialog_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    view, _docs, ask = make_view(qtbot, tmp_path)
    assert not view.export_buttons["pdf"].isEnabled()  # type: ignore[index]
    show(qtbot, view)
    ask.answer = ""
    qtbot.mouseClick(view.export_buttons["pdf"], Qt.MouseButton.LeftButton)  # type: ignore[index]
    assert view.task is None
    assert not list(tmp_path.glob("*.pdf"))


def test_end_before_start_is_said_and_nothing_runs(qtbot: QtBot, tmp_path: Path) -> None:
    view, _docs, _ask = make_view(qtbot, tmp_path)
    view.start.setDate(QDate(2026, 6, 1))
    view.end.setDate(QDate(2026, 1, 1))
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    assert view.task is None
    assert view.status.text() == "The end of the period is before its start."


def test_an_officer_chooses_among_their_missions_only(qtbot: QtBot, tmp_path: Path) -> None:
    view, _docs, _ask = make_view(qtbot, tmp_path, actor=MX_OFFICER)
    assert [view.mission.itemText(i) for i in range(view.mission.count())] == [
        "All missions",
        "Mexico",
    ]
    view.mission.setCurrentIndex(1)
    show(qtbot, view)
    assert view.indicators is not None and view.indicators.mission == "MX"
    assert bar_values(view, "workers_by_mission") == {
        "pre_departure": [1.0],
        "abroad": [1.0],
        "returned": [2.0],
    }


def test_switching_language_relabels_tables_and_charts(
    qtbot: QtBot, tmp_path: Path, qm_dir: Path | None
) -> None:
    if qm_dir is None:
        pytest.skip("no tools/i18n.py and no built .qm files: nothing to switch to yet")
    from app.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(folder=qm_dir)
    switcher.apply("en")
    view, _docs, _ask = make_view(qtbot, tmp_path)
    show(qtbot, view)
    try:
        switcher.apply("es")
        qtbot.waitUntil(lambda: view.show_button.text() == "&Mostrar indicadores")
        headline = view.tables["headline"]
        assert headline.horizontalHeaderItem(0).text() == "Indicador"
        assert headline.item(0, 0).text() == "Personas trabajadoras acompañadas"
        stage = view.charts["workers_by_stage"].series()[0]
        assert isinstance(stage, QAbstractBarSeries)
        assert [s.label() for s in stage.barSets()] == ["Mujer", "Hombre"]
        assert view.mission.itemText(0) == "Todas las misiones"
        switcher.apply("fr")
        qtbot.waitUntil(lambda: view.export_buttons["pdf"].text() == "Exporter en PDF…")  # type: ignore[index]
        assert view.tables["headline"].item(0, 0).text() == "Travailleurs suivis"
    finally:
        switcher.apply("en")


def test_projects_chart_shows_participants_when_no_progress_can_be_computed() -> None:
    from app.reports.indicators import Column, IndicatorTable
    from app.ui.views.reports_view import chart_series

    table = IndicatorTable(
        "community_projects",
        "E",
        "Community projects",
        (
            Column("title", "Project", "text"),
            Column("participants", "Participants", "count"),
            Column("progress", "Progress to goal", "percent"),
        ),
        (("Pozo", 3, None), ("Clínica", 5, None)),
        chart=("title", "progress"),
    )
    assert chart_series(table) == (["Pozo", "Clínica"], [("participants", [3.0, 5.0])])
    with_progress = IndicatorTable(
        table.key, "E", table.title, table.columns, (("Pozo", 3, 0.25), ("Clínica", 5, None)),
        chart=table.chart,
    )  # fmt: skip
    assert chart_series(with_progress) == (["Pozo", "Clínica"], [("progress", [25.0, 0.0])])
