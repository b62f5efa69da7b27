"""Crash safety: a writer killed with SIGKILL at random moments loses no saved worker."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.services.workers import WorkerQuery
from app.services.workspace import open_workspace

WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[2]


def _run_once(store: Path, seed: int, rnd: random.Random, printed: list[str]) -> None:
    """Start the writer, let it work for a random moment, kill -9 it, keep what it printed."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    child = subprocess.Popen(
        [sys.executable, str(WRITER), str(store), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert child.stdout is not None
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line.strip())
            ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    # Mostly kill while it writes; sometimes while it is still opening the store.
    if rnd.random() < 0.85:
        if not ready.wait(timeout=60):
            child.kill()
            raise AssertionError(
                f"writer never got ready: {child.stderr.read() if child.stderr else ''}"
            )
        time.sleep(rnd.uniform(0.0, 0.5))
    else:
        time.sleep(rnd.uniform(0.0, 0.6))
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    reader.join(timeout=30)
    stderr = child.stderr.read() if child.stderr else ""
    assert child.returncode == -signal.SIGKILL, f"the writer died on its own:\n{stderr}"
    printed.extend(line for line in lines if line != "ready")


def _check_store(store: Path, printed: list[str]) -> None:
    conn = sqlite3.connect(store)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        codes = {r[0] for r in conn.execute("SELECT case_code FROM worker")}
        lost = [code for code in printed if code not in codes]
        assert not lost, f"{len(lost)} saved workers lost, e.g. {lost[:5]}"
        assert len(printed) == len(set(printed)), "a case code was given twice"
        # The search index agrees with the table, row for row.
        conn.execute("INSERT INTO worker_fts(worker_fts) VALUES('integrity-check')")
        indexed = {r[0] for r in conn.execute("SELECT rowid FROM worker_fts")}
        assert indexed == {r[0] for r in conn.execute("SELECT rowid FROM worker")}
        # One create mutation per worker, none for a worker that is not there.
        creates = dict(
            conn.execute(
                "SELECT entity_id, count(*) FROM outbox WHERE op = 'create' GROUP BY entity_id"
            ).fetchall()
        )
        ids = {r[0] for r in conn.execute("SELECT id FROM worker")}
        assert set(creates) == ids and set(creates.values()) <= {1}
        orphans = conn.execute(
            "SELECT count(*) FROM history WHERE entity_id NOT IN (SELECT id FROM worker)"
        ).fetchone()
        assert orphans == (0,)
    finally:
        conn.close()


def _trial(store: Path, kills: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    printed: list[str] = []
    for n in range(kills):
        _run_once(store, seed * 1000 + n, rnd, printed)
    _check_store(store, printed)
    return printed


def _reopens_and_finds(store: Path, printed: list[str]) -> None:
    workspace = open_workspace(store, demo=True)
    try:
        assert workspace.workers.count() >= len(printed)
        page = workspace.workers.page(WorkerQuery(text=printed[-1]))
        # (an ID number may start with the same digits as the counter: contained, not equal)
        assert printed[-1] in [r.case_code for r in page.rows]
    finally:
        workspace.close()


def test_killed_writer_loses_nothing_that_was_saved(tmp_path: Path) -> None:
    store = tmp_path / "crash.sqlite"
    printed = _trial(store, kills=20, seed=1)
    assert len(printed) > 20, "too few saves to mean anything"
    _reopens_and_finds(store, printed)


@pytest.mark.slow
def test_killed_writer_two_hundred_times(tmp_path: Path) -> None:
    store = tmp_path / "crash.sqlite"
    printed = _trial(store, kills=200, seed=2)
    assert len(printed) > 200
    _reopens_and_finds(store, printed)
