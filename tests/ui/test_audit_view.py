"""The Audit page against a real server: HQ reads sign-ins and pushes; an officer is refused."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication

from app.models.enums import Role
from app.services.audit_reader import (
    OFFLINE,
    REFUSED,
    SIGNED_OUT,
    AuditFilter,
    AuditPage,
    make_reader,
)
from app.sync.client import SyncClient
from app.ui.i18n import LanguageSwitcher
from app.ui.views.audit_view import (
    DEVICE,
    EVENT,
    FIELDS,
    MISSION,
    OUTCOME,
    RECORD,
    WHEN,
    WHO,
    AuditView,
)
from tests.sync.conftest import PASSWORD, RunningServer, free_port, sign_in_device, start_server

TIMEOUT_MS = 20_000


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[RunningServer]:
    """A real server process on SQLite, with an officer and an HQ analyst."""
    running = start_server(tmp_path / "server.sqlite")
    running.add_user("ana", role=Role.FIELD_OFFICER, missions=("MX",))
    running.add_user("hugo", role=Role.HQ_ANALYST, missions=())
    yield running
    running.stop()


def signed_in_opener(url: str, username: str) -> Callable[[], SyncClient]:
    """Sign in once (a real POST /auth/login); each read then gets a client with that token."""
    first = SyncClient(url)
    device = uuid.uuid4()
    first.login(username, PASSWORD, device_id=device, device_name=f"{username}-laptop")
    token = first.token
    first.close()
    return lambda: SyncClient(url, token=token, device_id=device)


def column(view: AuditView, col: int) -> list[str]:
    return [view.table.item(r, col).text() for r in range(view.table.rowCount())]


def click_show(qtbot: object, view: AuditView) -> None:
    with qtbot.waitSignals([view.loaded], timeout=TIMEOUT_MS):  # type: ignore[attr-defined]
        qtbot.mouseClick(view.read_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def test_hq_reads_real_sign_ins_and_pushes(
    qtbot: object, live_server: RunningServer, tmp_path: Path, switcher: LanguageSwitcher
) -> None:
    officer = sign_in_device(live_server.url, tmp_path / "ana.sqlite", "ana")
    try:
        worker_id = officer.create_worker()
        report = officer.sync()
        assert report.pushed >= 1
    finally:
        officer.close()
    view = AuditView(make_reader(signed_in_opener(live_server.url, "hugo")))
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(1200, 600)
    click_show(qtbot, view)

    events = column(view, EVENT)
    assert "Signed in" in events
    assert "Change sent to the server" in events
    push = events.index("Change sent to the server")
    assert view.table.item(push, WHO).text() == "ana"
    assert view.table.item(push, MISSION).text() == "Mexico"
    assert "new record" in view.table.item(push, OUTCOME).text()
    assert view.table.item(push, RECORD).toolTip() == str(worker_id)
    fields = view.table.item(push, FIELDS).text()
    assert fields and "given_names" not in fields  # field names in words, never values
    assert "Ana" not in fields
    assert view.table.item(push, DEVICE).toolTip()  # the officer's device id
    assert "hugo" in column(view, WHO)  # the HQ sign-in itself is in the chain
    when = view.table.item(0, WHEN).text()
    assert str(QDate.currentDate().year() % 100) in when

    # filter on the event kind like a person: pick "Signed in", press Show
    view.event_kind.setCurrentIndex(view.event_kind.findText("Signed in"))
    click_show(qtbot, view)
    assert set(column(view, EVENT)) == {"Signed in"}
    assert {"ana", "hugo"} <= set(column(view, WHO))

    # a mission that had no events, and a date range ending yesterday: nothing
    view.event_kind.setCurrentIndex(0)
    view.mission.setCurrentIndex(view.mission.findData("HN"))
    click_show(qtbot, view)
    assert view.table.rowCount() == 0
    assert view.message.text() == "No events match these filters."
    view.mission.setCurrentIndex(0)
    view.until_check.setChecked(True)
    view.until.setDate(QDate.currentDate().addDays(-1))
    click_show(qtbot, view)
    assert view.table.rowCount() == 0
    view.until.setDate(QDate.currentDate())
    view.since_check.setChecked(True)
    view.since.setDate(QDate.currentDate())
    click_show(qtbot, view)
    assert "Change sent to the server" in column(view, EVENT)


def test_load_more_pages_through_the_chain(
    qtbot: object, live_server: RunningServer, switcher: LanguageSwitcher
) -> None:
    opener = signed_in_opener(live_server.url, "hugo")
    signed_in_opener(live_server.url, "ana")
    signed_in_opener(live_server.url, "hugo")
    reader = make_reader(opener)
    seen: list[AuditFilter] = []

    def small_pages(wanted: AuditFilter) -> AuditPage:
        small = AuditFilter(
            wanted.mission, wanted.event, wanted.since, wanted.until, wanted.after, 2
        )
        seen.append(small)
        return reader(small)

    view = AuditView(small_pages)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    click_show(qtbot, view)
    assert view.table.rowCount() == 2
    assert view.more_button.isEnabled()
    assert "more are on the server" in view.message.text()
    first = [view.table.item(r, WHEN).data(Qt.ItemDataRole.UserRole) for r in range(2)]
    with qtbot.waitSignals([view.loaded], timeout=TIMEOUT_MS):  # type: ignore[attr-defined]
        qtbot.mouseClick(view.more_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert view.table.rowCount() == 4
    seqs = [view.table.item(r, WHEN).data(Qt.ItemDataRole.UserRole) for r in range(4)]
    assert seqs[:2] == first and seqs == sorted(set(seqs))
    assert seen[1].after == first[-1]


def test_an_officer_is_refused_in_plain_words(
    qtbot: object, live_server: RunningServer, switcher: LanguageSwitcher
) -> None:
    view = AuditView(make_reader(signed_in_opener(live_server.url, "ana")))
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    with qtbot.waitSignal(view.failed, timeout=TIMEOUT_MS) as got:  # type: ignore[attr-defined]
        qtbot.mouseClick(view.read_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert got.args == [REFUSED]
    assert view.message.text() == "Only HQ analysts and administrators can read the audit log."
    assert view.table.rowCount() == 0
    assert view.read_button.isEnabled()
    assert not view.more_button.isEnabled()


def test_offline_and_signed_out(qtbot: object, switcher: LanguageSwitcher) -> None:
    dead = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    view = AuditView(make_reader(lambda: SyncClient(dead, token="t", timeout=(2.0, 2.0))))
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    with qtbot.waitSignal(view.failed, timeout=TIMEOUT_MS) as got:  # type: ignore[attr-defined]
        qtbot.mouseClick(view.read_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert got.args == [OFFLINE]
    assert "cannot be reached" in view.message.text()

    nobody = AuditView(make_reader(lambda: None))
    qtbot.addWidget(nobody)  # type: ignore[attr-defined]
    with qtbot.waitSignal(nobody.failed, timeout=TIMEOUT_MS) as got:  # type: ignore[attr-defined]
        qtbot.mouseClick(nobody.read_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert got.args == [SIGNED_OUT]
    assert nobody.message.text() == "Sign in to the server (Sync page) to read the audit log."


def test_start_after_end_is_refused_before_asking(
    qtbot: object, switcher: LanguageSwitcher
) -> None:
    asked: list[AuditFilter] = []
    view = AuditView(lambda f: asked.append(f) or AuditPage((), 0, False))  # type: ignore[func-returns-value]
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.since_check.setChecked(True)
    view.until_check.setChecked(True)
    view.since.setDate(QDate(2026, 11, 20))
    view.until.setDate(QDate(2026, 11, 10))
    qtbot.mouseClick(view.read_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert view.message.text() == "The start date is after the end date."
    assert asked == []


@pytest.mark.parametrize("language", ["es", "fr"])
def test_screens_in_spanish_and_french(
    qtbot: object,
    live_server: RunningServer,
    tmp_path: Path,
    qm_dir: Path | None,
    language: str,
) -> None:
    if qm_dir is None:
        pytest.skip("no translations built")
    officer = sign_in_device(live_server.url, tmp_path / "ana.sqlite", "ana")
    try:
        officer.create_worker()
        officer.sync()
    finally:
        officer.close()
    switcher = LanguageSwitcher(folder=qm_dir, remember=lambda _code: None)
    switcher.apply(language)
    try:
        assert QLocale().name().startswith(language)
        view = AuditView(make_reader(signed_in_opener(live_server.url, "hugo")))
        qtbot.addWidget(view)  # type: ignore[attr-defined]
        view.resize(1280, 640)
        view.show()
        view.since_check.setChecked(True)
        click_show(qtbot, view)
        expected = {"es": "Registro de auditoría", "fr": "Journal d'audit"}[language]
        assert view.title.text() == expected
        pushed = {"es": "Cambio enviado al servidor", "fr": "Modification envoyée au serveur"}
        assert pushed[language] in column(view, EVENT)
        assert view.more_button.text() != "Load more"
        QApplication.processEvents()
        shots = Path(os.environ.get("PUENTE_SCREENSHOTS", str(tmp_path)))
        shots.mkdir(parents=True, exist_ok=True)
        assert view.grab().save(str(shots / f"audit_view_{language}.png"))
    finally:
        switcher.apply("en")
