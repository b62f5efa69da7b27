"""Export dialog: the progress bar moves, Cancel stops and leaves no file, CSV reads back."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.i18n_marks import identity_tr
from app.models.enums import Role
from app.services.context import Actor
from app.services.documents import DocumentService
from app.services.workspace import Workspace
from app.ui.dialogs.export_dialog import ExportDialog
from tests.ui.conftest import add_workers, type_text

ANALYST = Actor("nadia.hq", "Nadia Brun", Role.HQ_ANALYST, (), "Q2H")


class GatedDocuments(DocumentService):
    """Pauses the export after its first chunk until `gate` opens (so the test can press
    Cancel while it is surely running); records every progress report."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.gate: threading.Event | None = None
        self.reports: list[tuple[int, int]] = []

    def export(self, path: Path, **kwargs: Any) -> Any:  # type: ignore[override]
        progress: Callable[[int, int], None] = kwargs.pop("progress")
        gate = self.gate

        def gated(done: int, total: int) -> None:
            self.reports.append((done, total))
            progress(done, total)
            if gate is not None and done > 0:
                gate.wait(10)

        return super().export(path, progress=gated, **kwargs)


def make_dialog(
    qtbot: QtBot, ws: Workspace, tmp_path: Path, actor: Actor | None = None
) -> tuple[ExportDialog, GatedDocuments]:
    docs = GatedDocuments(
        ws.db, actor or ws.actor, translator=lambda _l: identity_tr, export_chunk_rows=25
    )
    dialog = ExportDialog(
        docs, language=lambda: "en", ask_path=lambda *_a: "", folder=lambda: tmp_path
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, docs


def test_csv_export_moves_the_progress_bar_and_reads_back(
    qtbot: QtBot, officer_workspace: Workspace, tmp_path: Path
) -> None:
    add_workers(officer_workspace, 120)
    add_workers(officer_workspace, 3, given="=cmd", mission="SV")  # another mission
    dialog, docs = make_dialog(qtbot, officer_workspace, tmp_path)
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    assert dialog.path.text() == str(tmp_path / "workers.csv")
    with qtbot.waitSignal(dialog.export_finished, timeout=20_000) as finished:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    result = finished.args[0]
    assert result.rows == 120
    assert docs.reports[-1] == (120, 120) and len(docs.reports) >= 5
    assert 25 in values and values[-1] == 120  # the bar moved chunk by chunk
    assert dialog.progress.value() == dialog.progress.maximum()
    with (tmp_path / "workers.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 120
    assert {r["Mission"] for r in rows} == {"MX"}  # the officer's mission only
    assert rows[0]["Given names"].startswith("Juan")
    assert "120 row" in dialog.status.text() and "saved in" in dialog.status.text()
    assert dialog.cancel_button.text() == "Close"


def test_cancel_stops_the_export_and_leaves_no_file(
    qtbot: QtBot, officer_workspace: Workspace, tmp_path: Path
) -> None:
    add_workers(officer_workspace, 200)
    dialog, docs = make_dialog(qtbot, officer_workspace, tmp_path)
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.path.text() == str(tmp_path / "workers.xlsx")
    docs.gate = threading.Event()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress.value() >= 25, timeout=10_000)
    assert dialog.cancel_button.text() == "Cancel"
    assert not dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.export_stopped, timeout=10_000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        docs.gate.set()
    assert dialog.status.text() == "Stopped: no file was written."
    assert list(tmp_path.glob("workers*")) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert dialog.isVisible()  # Cancel stopped the export, it did not close the dialog
    assert dialog.export_button.isEnabled()


def test_xlsx_export_for_an_analyst_is_pseudonymous(
    qtbot: QtBot, officer_workspace: Workspace, tmp_path: Path
) -> None:
    add_workers(officer_workspace, 30)
    dialog, _docs = make_dialog(qtbot, officer_workspace, tmp_path, actor=ANALYST)
    assert dialog.mission.count() == 6  # all missions, then each field mission
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    dialog.path.clear()
    type_text(dialog.path, str(tmp_path / "hq" / "people"))
    with qtbot.waitSignal(dialog.export_finished, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    book = openpyxl.load_workbook(tmp_path / "hq" / "people.xlsx", read_only=True)
    rows = list(book.active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert len(rows) == 31
    assert "Given names" not in rows[0] and "Year of birth" in rows[0]


def test_an_empty_path_is_refused_beside_the_field(
    qtbot: QtBot, officer_workspace: Workspace, tmp_path: Path
) -> None:
    dialog, _docs = make_dialog(qtbot, officer_workspace, tmp_path)
    dialog.path.clear()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.task is None
    assert dialog.path_error.isVisible()
    assert dialog.path_error.text() == "Choose where to save the file."
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_closing_while_exporting_stops_first_then_closes(
    qtbot: QtBot, officer_workspace: Workspace, tmp_path: Path
) -> None:
    add_workers(officer_workspace, 100)
    dialog, docs = make_dialog(qtbot, officer_workspace, tmp_path)
    docs.gate = threading.Event()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress.value() >= 25, timeout=10_000)
    with qtbot.waitSignal(dialog.export_stopped, timeout=10_000):
        dialog.close()
        assert dialog.isVisible()  # still open: the export is stopping
        docs.gate.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert list(tmp_path.glob("workers*")) == []
