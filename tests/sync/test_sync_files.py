"""Sync by file: the desktop's pending changes to the server, the server's feed back."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from sqlmodel import Session

from app.sync.files import export_pending, import_feed
from tests.sync.conftest import Device, RunningServer, assert_same

PASSPHRASE = "a long passphrase for the usb stick"


def test_file_round_trip_and_importing_twice_changes_nothing(
    server: RunningServer, make_device: Callable[..., Device], tmp_path: Path
) -> None:
    from server.bundles import export_pull_bundle, import_push_bundle

    server.add_user("ana")
    server.add_user("beto")
    a, b = make_device("ana"), make_device("beto")
    shared = b.create_worker(community="Compartido")
    assert b.sync().ok
    assert a.sync().ok
    for _ in range(3):
        a.create_worker(community="Sin Red")
    a.update_worker(shared, occupation="Albañil")
    b.update_worker(shared, skills="Soldadura")
    assert b.sync().ok
    out = tmp_path / "ana-out.puente"
    summary = export_pending(
        a.engine,
        out,
        PASSPHRASE,
        username="ana",
        device_id=uuid.uuid4(),
        device_tag=a.actor.device_tag,
    )
    assert summary.mutations == 4
    with Session(server.engine) as session:
        imported = import_push_bundle(session, out, PASSPHRASE)
    assert not imported.already_imported
    back = tmp_path / "mx-in.puente"
    with Session(server.engine) as session:
        export_pull_bundle(session, missions=["MX"], path=back, passphrase=PASSPHRASE)
    report = import_feed(a.engine, back, PASSPHRASE)
    assert report.sent == 4
    assert a.scalar("SELECT count(*) FROM outbox WHERE state = 'pending'") == 0
    assert_same(server, a)
    assert a.rows("worker")[shared]["skills"] == "Soldadura"
    history_before = a.scalar("SELECT count(*) FROM history")
    again = import_feed(a.engine, back, PASSPHRASE)
    assert again.sent == 0 and again.pull.updated == 0 and again.pull.inserted == 0
    assert a.scalar("SELECT count(*) FROM history") == history_before
    assert_same(server, a)
    # a later online sync finds nothing to do
    report = a.sync()
    assert report.ok and report.pushed == 0
