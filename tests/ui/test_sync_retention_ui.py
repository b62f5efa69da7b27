"""Retention in the window: the Sync page says how many records a sync removed, and a worker
file or editor open on a purged worker closes with a message instead of showing stale data."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services import notes, workers
from app.services.workspace import Workspace
from app.sync.client import SyncClient
from app.sync.engine import SyncEngine, SyncReport
from app.ui.i18n import LanguageSwitcher
from app.ui.main_window import MainWindow, SyncWiring
from app.ui.views.sync_view import retention_text
from tests.conftest import valid_worker


@pytest.fixture
def window(sync_window: MainWindow) -> MainWindow:
    return sync_window


def _worker(ws: Workspace, given: str, document: str) -> Any:
    with ws.db.write() as session:
        made = workers.create_worker(
            session,
            data=valid_worker(
                given_names=given, id_document_type="other", id_document_number=document
            ),
            actor=ws.actor(),
            today=date(2026, 11, 25),
        )
        notes.add_note(session, data={"worker_id": made.id, "text": "Primera"}, actor=ws.actor())
    return made.id


def _purge_sync(ws: Workspace, *ids: Any) -> SyncReport:
    """What a sync that pulled a page purging these workers leaves behind (no server)."""
    engine = SyncEngine(ws.db, SyncClient("http://127.0.0.1:9"))
    report = SyncReport()
    page = {
        "server_epoch": "e1",
        "since": 0,
        "next_cursor": 5,
        "more": False,
        "scope": ["MX"],
        "entities": {},
        "purged": [{"entity": "worker", "id": str(i), "mission_id": "MX"} for i in ids],
    }
    engine.apply_pulled(page, report)
    engine.record(report)
    return report


def test_the_sync_page_says_how_many_records_were_removed(
    qtbot: QtBot, window: MainWindow, wiring: SyncWiring, officer_workspace: Workspace
) -> None:
    gone = _worker(officer_workspace, "Zyxwvutsrq", "A1")
    _worker(officer_workspace, "Keepme", "B2")
    view = window.sync_view
    assert view is not None and not view.retention.isVisibleTo(view)
    report = _purge_sync(officer_workspace, gone)
    assert report.purged == 2  # the worker and the note
    wiring.runner.sync_finished.emit(report)
    qtbot.waitUntil(lambda: view.retention.isVisibleTo(view))
    assert view.retention.text() == retention_text(2)
    assert view.retention.text().startswith("2 record(s) removed from this laptop")
    assert "retention period" in view.log_list.item(0).text()
    assert window.workers_view.model.rowCount() == 1

    wiring.runner.sync_finished.emit(_purge_sync(officer_workspace))  # a sync removing nothing
    qtbot.waitUntil(lambda: not view.retention.isVisibleTo(view))


def test_an_open_worker_file_and_editor_close_with_a_message(
    qtbot: QtBot, window: MainWindow, wiring: SyncWiring, officer_workspace: Workspace
) -> None:
    gone = _worker(officer_workspace, "Zyxwvutsrq", "A1")
    kept = _worker(officer_workspace, "Keepme", "B2")
    file_window = window.open_worker_file(gone)
    other = window.open_worker_file(kept)
    editor = window.open_editor(gone)
    qtbot.waitUntil(lambda: not file_window.loading and not other.loading)
    wiring.runner.sync_finished.emit(_purge_sync(officer_workspace, gone))

    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "records_purged") is not None)
    box = window.findChild(QMessageBox, "records_purged")
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text().startswith("2 open window(s) closed")
    assert "retention period" in box.text()
    assert gone not in window.worker_files and gone not in window.editors
    assert not editor.isVisible() and not file_window.isVisible()
    assert window.worker_files.get(kept) is other and other.isVisible()  # others stay open
    box.accept()
    QApplication.processEvents()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("es", "3 registros eliminados de esta computadora por el plazo de conservación"),
        ("fr", "3 dossiers supprimés de cet ordinateur selon la durée de conservation"),
    ],
)
def test_the_count_is_translated(
    qapp: QApplication, qm_dir: Path | None, language: str, expected: str
) -> None:
    if qm_dir is None:
        pytest.skip("no translations built")
    switcher = LanguageSwitcher(folder=qm_dir, remember=lambda _code: None)
    switcher.apply(language)
    try:
        assert retention_text(3).startswith(expected)
        assert retention_text(0) == ""
    finally:
        switcher.apply("en")
