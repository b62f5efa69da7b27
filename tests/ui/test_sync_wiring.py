"""The sync pieces in the main window: Sync and Conflicts pages, status bar, sign-in, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.bootstrap import build_sync
from app.cli import main as cli_main
from app.services import profile
from app.services.workspace import Workspace
from app.sync.client import Forbidden, Offline, SyncClient
from app.sync.credentials import SERVER_URL_KEY, TokenStore
from app.sync.engine import SyncEngine, SyncReport
from app.ui.dialogs.sign_in_dialog import SignInDialog
from app.ui.i18n import LanguageSwitcher
from app.ui.main_window import SYNC_ROW, MainWindow, SyncWiring
from app.ui.views.conflicts_view import ConflictsView
from app.ui.views.sync_view import SyncView, problem_text
from tests.conftest import valid_worker


@pytest.fixture
def window(sync_window: MainWindow) -> MainWindow:
    return sync_window


def _status(window: MainWindow, name: str) -> QLabel:
    label = window.statusBar().findChild(QLabel, name)
    assert isinstance(label, QLabel)
    return label


def test_sync_section_shows_the_sync_view_and_the_conflicts_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    item = window.nav.item(SYNC_ROW)
    assert item.text() == "Sync"
    rect = window.nav.visualItemRect(item)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert window.stack.currentWidget() is window.sync_tabs
    assert isinstance(window.sync_view, SyncView)
    assert window.sync_tabs is not None and window.sync_tabs.currentWidget() is window.sync_view
    assert window.sync_view.isVisible()
    assert window.sync_view.connection.text() == "Checking…"
    window.sync_tabs.setCurrentIndex(1)
    assert isinstance(window.conflicts_view, ConflictsView)
    assert window.conflicts_view.isVisible()
    assert window.sync_tabs.tabText(1) == "Conflicts"


def test_status_bar_counts_changes_waiting_after_a_worker_is_saved(
    qtbot: QtBot, window: MainWindow, officer_workspace: Workspace
) -> None:
    pending = _status(window, "pending_changes")
    # English without its .qm shows the source "change(s)"; the count is what matters
    qtbot.waitUntil(lambda: pending.text().startswith("0 change"))
    assert _status(window, "last_sync").text() == "Never synced"
    assert _status(window, "connection").text() == "Not signed in"
    assert "Officer: Ana López" in window.officer_label.text()

    editor = window.open_editor(None)
    saved = officer_workspace.workers.create(valid_worker())
    editor.worker_saved.emit(saved.id)  # what the editor says after its own save
    qtbot.waitUntil(lambda: pending.text().startswith("1 change"))
    assert "waiting to sync" in pending.text()
    editor._saved_values = editor.fields.values()  # nobody to answer "Save changes?"
    editor.close()


def test_offline_and_the_last_problem_show_in_plain_words(
    qtbot: QtBot, window: MainWindow, wiring: SyncWiring, officer_workspace: Workspace
) -> None:
    with officer_workspace.db.write() as session:  # as if someone signed in once
        profile.set_meta(session, SERVER_URL_KEY, "https://puente.example.org")
    window.refresh_sync_status()
    qtbot.waitUntil(lambda: window._server_url != "")
    wiring.runner.online_changed.emit(False)
    assert _status(window, "connection").text() == "Offline"
    wiring.runner.online_changed.emit(True)
    assert _status(window, "connection").text() == "Online"

    engine = SyncEngine(officer_workspace.db, SyncClient("http://127.0.0.1:9"))
    report = SyncReport(problem="offline", error=Offline("no route"))
    engine.record(report)  # what a sync that found no server leaves behind
    wiring.runner.sync_finished.emit(report)
    problem = _status(window, "sync_problem_status")
    qtbot.waitUntil(lambda: problem.toolTip() == problem_text("offline"))
    assert problem.text() == "The server cannot be reached."  # the rest is in the tooltip
    assert _status(window, "last_sync").text() == "Never synced"

    done = SyncReport()
    engine.record(done)
    wiring.runner.sync_finished.emit(done)
    qtbot.waitUntil(lambda: problem.text() == "")
    assert _status(window, "last_sync").text().startswith("Last sync: ")


def test_sign_in_menu_action_opens_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    assert window.sign_in_action in window.file_menu.actions()
    assert window.sign_in_action.text() == "Sign &in to the server…"
    window.sign_in_action.trigger()
    dialog = window.sign_in_dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Sign in to the Puente server"
    dialog.reject()
    qtbot.waitUntil(lambda: window.sign_in_dialog is None)


def test_signing_in_makes_the_person_the_actor(
    window: MainWindow, officer_workspace: Workspace
) -> None:
    from app.models.enums import Role
    from app.services.context import Actor
    from app.sync.credentials import SignedIn

    actor = Actor("maria.perez", "María Pérez", Role.FIELD_OFFICER, ("MX",), "T9Z")
    window.sync.runner.stop()  # type: ignore[union-attr]  # nobody signed in: no sync starts
    window.signed_in(SignedIn(actor, None))  # type: ignore[arg-type]
    assert officer_workspace.actor() is actor
    assert window.officer_label.text() == "Officer: María Pérez"
    assert window.device_label.text() == "Device: T9Z"


def test_a_store_never_signed_in_does_not_sync_with_a_token_kept_for_another(
    officer_workspace: Workspace, tmp_path: Path
) -> None:
    from datetime import UTC, datetime, timedelta

    from app.sync.credentials import StoredToken

    tokens = TokenStore(folder=tmp_path / "tokens", use_keyring=False)
    later = datetime.now(UTC) + timedelta(days=1)
    tokens.save(StoredToken("https://puente.example.org", "ana", "secret", later))
    sync = build_sync(officer_workspace, tokens=tokens, auto=False)
    assert sync.runner.sync_now() is False  # no engine: this store has no server of its own
    sync.runner.stop()


def test_puente_export_writes_a_csv(tmp_path: Path) -> None:
    out = tmp_path / "workers.csv"
    data = tmp_path / "data"
    assert cli_main(["demo-data", "--workers", "5", "--data-dir", str(data)]) == 0
    code = cli_main(
        ["export", "workers", "--format", "csv", "-o", str(out), "--data-dir", str(data), "--demo"]
    )
    assert code == 0
    assert out.is_file()
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) >= 2


def test_the_demo_store_never_signs_in_nor_syncs(
    qtbot: QtBot, tmp_path: Path, switcher: LanguageSwitcher
) -> None:
    from datetime import UTC, datetime, timedelta

    from app.services.workspace import open_workspace
    from app.sync.credentials import StoredToken

    demo = open_workspace(tmp_path / "demo.sqlite", demo=True)
    url = "https://puente.example.org"
    with demo.db.write() as session:  # even with a server named and a token kept
        profile.set_meta(session, SERVER_URL_KEY, url)
    tokens = TokenStore(folder=tmp_path / "tokens", use_keyring=False)
    tokens.save(StoredToken(url, "ana", "secret", datetime.now(UTC) + timedelta(days=1)))
    sync = build_sync(demo, tokens=tokens, auto=False)
    try:
        assert sync.runner.sync_now() is False
        win = MainWindow(demo, switcher=switcher, sync=sync)
        qtbot.addWidget(win)
        assert not win.sign_in_action.isEnabled()
        assert "never leaves this laptop" in win.sign_in_action.toolTip()
    finally:
        sync.runner.stop()
        demo.close()


def test_the_audit_tab_is_there_for_hq_analysts_only(
    window: MainWindow, officer_workspace: Workspace
) -> None:
    from app.models.enums import Role
    from app.services.context import Actor

    tabs = window.sync_tabs
    assert tabs is not None and window.audit_view is not None
    index = tabs.indexOf(window.audit_view)
    assert not tabs.isTabVisible(index)  # a field officer
    officer_workspace.set_actor(Actor("hq.ana", "Ana", Role.HQ_ANALYST, ("HQ",), "HQ1"))
    window._show_audit_tab()
    assert tabs.isTabVisible(index)
    assert tabs.tabText(index) == "Audit"


def test_a_sign_in_refused_as_revoked_wipes_the_laptop_and_tells_the_window(
    qtbot: QtBot,
    officer_workspace: Workspace,
    store_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The sign-in dialog's service on a blocked laptop: wipe, then the GUI is told.

    The server's real answer is covered in tests/sync/test_sync_revocation.py; here the
    refusal is given so the wiring (wipe, then the queued signal) is what is tested.
    """
    tokens = TokenStore(folder=tmp_path / "tokens", use_keyring=False)
    sync = build_sync(officer_workspace, tokens=tokens, auto=False, store_path=store_path)

    def refused(*_args: object, **_kwargs: object) -> None:
        raise Forbidden("blocked", status=403, code="device_revoked")

    monkeypatch.setattr("app.sync.credentials.sign_in", refused)
    assert store_path.exists()
    with qtbot.waitSignal(sync.runner.device_revoked, timeout=5000), pytest.raises(Forbidden):
        sync.signin.sign_in("http://127.0.0.1:9", "ana", "a password")
    assert not store_path.exists()
    sync.runner.stop()
