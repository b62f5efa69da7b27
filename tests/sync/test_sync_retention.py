"""Retention against a real server: `puente-server retention run` anonymises a closed worker,
the next sync removes the worker from laptops, and a laptop that starts from nothing never
sees them. A change made offline to the purged worker is dropped, not shown as refused."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Callable
from datetime import date, timedelta

from app.services import notes
from app.sync.engine import read_status
from tests.sync.conftest import ROOT, Device, RunningServer

SENTINEL = "Zyxwvutsrq"


def _server_cli(server: RunningServer, *args: str) -> str:
    env = {**os.environ, "DATABASE_URL": server.database_url, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "server.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _run_retention(server: RunningServer, days: int = 30) -> str:
    _server_cli(server, "retention", "set", "MX", "--days", str(days))
    later = (date.today() + timedelta(days=days + 30)).isoformat()
    return _server_cli(server, "retention", "run", "--now", later)


def _worker_ids(device: Device) -> set[uuid.UUID]:
    return set(device.rows("worker"))


def _add_note(device: Device, worker_id: uuid.UUID, text: str) -> uuid.UUID:
    with device.db.write() as session:
        return notes.add_note(
            session, data={"worker_id": worker_id, "text": text}, actor=device.actor
        ).id


def test_retention_removes_the_worker_from_laptops(
    server: RunningServer, make_device: Callable[..., Device]
) -> None:
    server.add_user("ana")
    server.add_user("beto")
    ana, beto = make_device("ana"), make_device("beto")
    gone = ana.create_worker(given_names=SENTINEL)
    kept = ana.create_worker(given_names="Keepme")
    _add_note(ana, gone, f"{SENTINEL} llamó")
    ana.update_worker(gone, status="closed")
    assert ana.sync().ok
    assert beto.sync().ok and _worker_ids(beto) == {gone, kept}

    out = _run_retention(server)
    assert out.startswith("MX: 1 "), out  # one worker anonymised in MX

    # offline, beto adds a note to the worker the server just anonymised
    _add_note(beto, gone, "otra nota")
    report = beto.sync()
    assert report.ok, report.detail
    assert report.dropped == 1 and report.rejected == 0  # nothing for beto to act on
    assert _worker_ids(beto) == {kept}
    status = read_status(beto.db)
    assert status.pending == 0 and status.refused == [] and status.open_conflicts == 0
    assert beto.scalar("SELECT count(*) FROM outbox WHERE state != 'sent'") == 0
    assert beto.scalar("SELECT count(*) FROM case_note") == 0

    report = ana.sync()
    assert report.ok, report.detail
    assert report.purged == 2 and report.pull.purged == 2  # the worker and the note
    assert gone in report.purged_ids
    assert _worker_ids(ana) == {kept}
    for table in ("history", "shadow", "outbox", "sync_conflict"):
        assert ana.scalar(f"SELECT count(*) FROM {table} WHERE entity_id = ?", gone.hex) == 0
    assert ana.scalar("SELECT count(*) FROM worker_fts WHERE worker_fts MATCH ?", "zyxwvutsrq") == 0
    again = ana.sync()
    assert again.ok and again.purged == 0  # listed once


def test_a_new_laptop_never_sees_a_purged_worker(
    server: RunningServer, make_device: Callable[..., Device]
) -> None:
    server.add_user("ana")
    ana = make_device("ana")
    gone = ana.create_worker(given_names=SENTINEL)
    kept = ana.create_worker(given_names="Keepme")
    ana.archive_worker(gone)
    assert ana.sync().ok
    _run_retention(server)
    fresh = make_device("ana", name="ana-new-laptop")
    report = fresh.sync()
    assert report.ok, report.detail
    assert report.purged == 0  # a pull from 0 carries no purged rows at all
    assert _worker_ids(fresh) == {kept}
    assert fresh.scalar("SELECT count(*) FROM worker WHERE given_names = ?", SENTINEL) == 0


def test_closed_today_is_kept(server: RunningServer, make_device: Callable[..., Device]) -> None:
    server.add_user("ana")
    ana = make_device("ana")
    wid = ana.create_worker(given_names="Reciente")
    ana.update_worker(wid, status="closed")
    assert ana.sync().ok
    _server_cli(server, "retention", "set", "MX", "--days", "30")
    _server_cli(server, "retention", "run", "--now", date.today().isoformat())
    report = ana.sync()
    assert report.ok and report.purged == 0 and _worker_ids(ana) == {wid}
