"""The sync screens as a person uses them, against a real server (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from app.services.conflicts import Choice, ConflictService
from app.services.workspace import open_workspace
from app.sync.credentials import SignInService, TokenStore
from app.sync.engine import read_status
from app.ui.dialogs.sign_in_dialog import SignInDialog
from app.ui.sync_worker import SyncRunner
from app.ui.views.conflicts_view import ConflictsView
from app.ui.views.sync_view import SyncView
from tests.sync.conftest import PASSWORD, Device, RunningServer


def test_sync_now_shows_status_and_log(
    qtbot: object, server: RunningServer, make_device: Callable[..., Device]
) -> None:
    server.add_user("ana")
    a = make_device("ana")
    a.create_worker()
    runner = SyncRunner(lambda: a.engine, lambda: True, auto=False)
    view = SyncView(runner, lambda: read_status(a.db))
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    assert "1 change" in view.pending.text()
    with qtbot.waitSignal(runner.sync_finished, timeout=20000) as finished:  # type: ignore[attr-defined]
        qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert finished.args[0].ok
    assert "0 change" in view.pending.text()
    assert view.connection.text() == "Online"
    assert view.log_list.count() == 1 and "1 sent" in view.log_list.item(0).text()


def test_offline_problem_in_plain_words(qtbot: object, tmp_path: Path) -> None:
    from app.sync.client import SyncClient
    from app.sync.engine import SyncEngine
    from tests.sync.conftest import free_port

    ws = open_workspace(tmp_path / "c.sqlite")
    engine = SyncEngine(ws.db, SyncClient(f"http://127.0.0.1:{free_port()}", token="t"))
    runner = SyncRunner(lambda: engine, lambda: False, auto=False)
    view = SyncView(runner, lambda: read_status(ws.db))
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    with qtbot.waitSignal(runner.sync_finished, timeout=20000):  # type: ignore[attr-defined]
        view.sync_button.click()
    assert "cannot be reached" in view.problem.text()
    assert view.connection.text() == "Offline"
    ws.close()


def test_conflicts_view_settles_a_field(
    qtbot: object, server: RunningServer, make_device: Callable[..., Device]
) -> None:
    server.add_user("ana")
    server.add_user("beto")
    a, b = make_device("ana"), make_device("beto")
    wid = a.create_worker(community="Origen")
    a.sync()
    b.sync()
    a.update_worker(wid, community="De Ana")
    b.update_worker(wid, community="De Beto")
    a.sync()
    b.sync()
    view = ConflictsView(ConflictService(b.db, lambda: b.actor))
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    assert view.table.rowCount() == 1
    assert view.table.item(0, 3).text() == "De Beto"
    assert view.table.item(0, 4).text() == "De Ana"
    view.choose(0, Choice.VALUE, "Acuerdo")
    qtbot.mouseClick(view.apply_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert view.table.rowCount() == 0
    assert b.sync().ok
    assert server.rows("worker")[wid]["community"] == "Acuerdo"


def test_sign_in_dialog(qtbot: object, server: RunningServer, tmp_path: Path) -> None:
    server.add_user("ana")
    ws = open_workspace(tmp_path / "c.sqlite")
    tokens = TokenStore(folder=tmp_path / "config", use_keyring=False)
    dialog = SignInDialog(SignInService(ws.db, tokens))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.server.setText(server.url)
    dialog.username.setText("ana")
    dialog.password.setText("wrong password")
    dialog.sign_in()
    qtbot.waitUntil(lambda: "not right" in dialog.message.text(), timeout=20000)  # type: ignore[attr-defined]
    dialog.test_connection()
    qtbot.waitUntil(lambda: "answers" in dialog.message.text(), timeout=20000)  # type: ignore[attr-defined]
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=20000) as done:  # type: ignore[attr-defined]
        dialog.sign_in()
    assert done.args[0].actor.username == "ana"
    assert dialog.password.text() == ""
    kept = tokens.load()
    assert kept is not None and kept.username == "ana"
    assert (tokens.file.stat().st_mode & 0o777) == 0o600
    assert PASSWORD not in tokens.file.read_text()
    ws.close()
