"""Sync under faults: cut connections, a killed client, an expired token, an old client."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.sync.client import SyncClient, TokenExpired, UpgradeRequired
from app.sync.protocol import HEADER_PROTOCOL
from tests.sync.conftest import ROOT, Device, RunningServer, assert_same
from tests.sync.tcp_proxy import TcpProxy

WORDS = ["Alfa", "Brisa", "Cerro", "Delta", "Encino", "Fresno", "Granja", "Huerto", "Isla"]


def _word(rng: random.Random) -> str:
    return f"{rng.choice(WORDS)} {rng.choice(WORDS)}"


def _outbox_ids(device: Device) -> set[str]:
    with device.db.read() as session:
        rows = session.connection().exec_driver_sql("SELECT mutation_id FROM outbox")
        return {r[0] for r in rows}


def _ledger_ids(server: RunningServer) -> list[str]:
    rows = server.sql("SELECT mutation_id FROM srv_mutation")
    return [str(r[0]).replace("-", "") for r in rows]


def _random_edits(device: Device, rng: random.Random, count: int) -> None:
    ids = sorted(device.rows("worker"))
    for _ in range(count):
        if not ids or rng.random() < 0.4:
            ids.append(device.create_worker(community=_word(rng)))
        else:
            field = rng.choice(["community", "occupation", "skills"])
            device.update_worker(rng.choice(ids), **{field: _word(rng)})


def run_cut_trials(
    server: RunningServer, make_device: Callable[..., Device], trials: int, seed: int
) -> None:
    server.add_user("ana")
    server.add_user("beto")
    proxy = TcpProxy(server.port)
    try:
        a = make_device("ana", base_url=proxy.url, pull_limit=40, push_batch=15)
        a.client.timeout = (5.0, 20.0)  # a stalled link is given up sooner than in the field
        b = make_device("beto")
        rng = random.Random(seed)
        typical = {"up": 6000, "down": 12000}
        cut_failures = 0
        for trial in range(trials):
            direction = "up" if trial % 2 == 0 else "down"
            _random_edits(a, rng, rng.randint(1, 25))
            assert b.sync().ok
            _random_edits(b, rng, rng.randint(1, 25))
            assert b.sync().ok
            proxy.drop_connections()  # the kept-alive connection dies with the link
            proxy.cut(direction, rng.randint(0, int(typical[direction] * 1.2)))
            first = a.sync()
            cut_failures += first.error is not None
            proxy.disarm()
            proxy.reset_counters()
            second = a.sync()
            assert second.ok, second.detail
            typical["up"] = max(2000, proxy.bytes_up)
            typical["down"] = max(4000, proxy.bytes_down)
            assert a.scalar("SELECT count(*) FROM outbox WHERE state = 'pending'") == 0
            assert a.scalar("SELECT count(*) FROM outbox WHERE state = 'rejected'") == 0
            ledger = _ledger_ids(server)
            assert len(ledger) == len(set(ledger)), "a mutation was recorded twice"
            assert _outbox_ids(a) <= set(ledger), "a mutation was lost"
            assert_same(server, a, entities=("worker",))
        assert proxy.cuts_done >= trials // 2, "the proxy did not cut often enough to test much"
        assert cut_failures >= 1
    finally:
        proxy.close()


def test_cut_connection_at_random_offsets(
    server: RunningServer, make_device: Callable[..., Device]
) -> None:
    run_cut_trials(server, make_device, trials=20, seed=20261125)


@pytest.mark.slow
@pytest.mark.parametrize("chunk", range(10))
def test_cut_connection_200_trials(
    server: RunningServer,
    make_device: Callable[..., Device],
    request: pytest.FixtureRequest,
    chunk: int,
) -> None:
    """200 trials in ten runs of 20 (each within the CI's per-test time limit)."""
    if "slow" not in (request.config.getoption("-m") or ""):
        pytest.skip("run with -m slow")
    run_cut_trials(server, make_device, trials=20, seed=1000 + chunk)


def test_token_expiring_mid_sync_keeps_the_outbox(
    server: RunningServer, make_device: Callable[..., Device]
) -> None:
    server.add_user("ana")
    a = make_device("ana", push_batch=10)
    for i in range(35):
        a.create_worker(community=f"Pueblo {'abcdefghijklmnopqrstuvwxyzABCDEFGHI'[i]}")

    def expire(stage: str, done: int, total: int) -> None:
        server.sql("UPDATE srv_token SET expires_at = '2000-01-01 00:00:00.000000'")

    report = a.sync(progress=expire)
    assert isinstance(report.error, TokenExpired) and report.problem == "token_expired"
    assert a.scalar("SELECT count(*) FROM outbox WHERE state = 'sent'") == 10
    assert a.scalar("SELECT count(*) FROM outbox WHERE state = 'pending'") == 25
    from tests.sync.conftest import PASSWORD

    a.client.login("ana", PASSWORD)
    assert a.sync().ok
    assert a.scalar("SELECT count(*) FROM outbox WHERE state = 'pending'") == 0
    assert_same(server, a)


def test_upgrade_required_keeps_the_outbox(
    server: RunningServer, make_device: Callable[..., Device]
) -> None:
    server.add_user("ana")
    a = make_device("ana")
    a.create_worker()
    old = SyncClient(a.client.base_url, token=a.client.token, extra_headers={HEADER_PROTOCOL: "0"})
    a.engine.client = old
    report = a.sync()
    assert isinstance(report.error, UpgradeRequired) and report.problem == "upgrade_required"
    assert a.scalar("SELECT count(*) FROM outbox WHERE state = 'pending'") == 1
    assert "upgrade_required" in a.scalar("SELECT last_error FROM outbox")
    a.engine.client = a.client
    assert a.sync().ok
    assert_same(server, a)


def test_offline_keeps_the_outbox(tmp_path: Path) -> None:
    from app.services.workspace import open_workspace
    from app.sync.client import Offline
    from app.sync.engine import SyncEngine
    from tests.sync.conftest import free_port

    ws = open_workspace(tmp_path / "c.sqlite")
    client = SyncClient(f"http://127.0.0.1:{free_port()}", token="x")
    report = SyncEngine(ws.db, client).sync()
    assert isinstance(report.error, Offline) and report.problem == "offline"
    ws.close()


CHILD = """
import sys, time
from pathlib import Path
from app.services.workspace import open_workspace
from app.sync import engine as E
from app.sync.client import SyncClient

store, url, token = sys.argv[1:4]
original = E.apply_page

def slow_apply(conn, page):
    stats = original(conn, page)
    print("applied-not-committed", flush=True)
    time.sleep(0.2)
    return stats

E.apply_page = slow_apply
ws = open_workspace(Path(store))
report = E.SyncEngine(ws.db, SyncClient(url, token=token), pull_limit=25).sync()
print("done", report.ok, flush=True)
"""


def test_sigkill_while_applying_a_page_leaves_a_store_that_resumes(
    server: RunningServer, make_device: Callable[..., Device], tmp_path: Path
) -> None:
    server.add_user("ana")
    server.add_user("beto")
    b = make_device("beto")
    for i in range(150):
        b.create_worker(community=f"Lugar {WORDS[i % len(WORDS)]}")
    assert b.sync().ok
    a = make_device("ana")
    store = tmp_path / "ana.sqlite"
    token = a.client.token
    a.workspace.close()
    rng = random.Random(3)
    for _round in range(3):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(store), server.url, str(token)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        for _ in range(rng.randint(1, 3)):
            line = child.stdout.readline()
            if not line.startswith("applied"):
                break
        child.send_signal(signal.SIGKILL)
        child.wait()
    from app.services.workspace import open_workspace

    reopened = open_workspace(store)
    with reopened.db.read() as session:
        conn = session.connection()
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").first() is None
        cursor = conn.exec_driver_sql("SELECT last_seq FROM sync_cursor").scalar() or 0
        count = conn.exec_driver_sql("SELECT count(*) FROM worker").scalar()
    # every page committed with its cursor: the rows held are exactly the feed up to it
    on_server = server.sql(
        "SELECT count(*) FROM srv_row_meta WHERE entity = 'worker' AND server_seq <= :c", c=cursor
    )[0][0]
    assert count == on_server
    from app.sync.engine import SyncEngine

    a.workspace = reopened
    a.engine = SyncEngine(reopened.db, a.client)
    assert a.sync().ok
    assert_same(server, a, b)


def test_epoch_change_resets_the_cursor_and_keeps_the_outbox(
    server: RunningServer, make_device: Callable[..., Device]
) -> None:
    server.add_user("ana")
    a = make_device("ana")
    a.create_worker()
    assert a.sync().ok
    a.create_worker()
    server.sql("UPDATE srv_meta SET value = 'restored0000' WHERE key = 'epoch'")
    report = a.sync()
    assert report.ok and report.epoch_reset and report.sent == 1
    assert a.engine.cursor()[1] == "restored0000"
    assert_same(server, a)


def test_cancel_between_batches_leaves_a_consistent_store(
    server: RunningServer, make_device: Callable[..., Device]
) -> None:
    server.add_user("ana")
    a = make_device("ana", push_batch=5)
    for i in range(12):
        a.create_worker(community=f"Villa {'abcdefghijklmnop'[i]}")
    asked = []

    def cancel() -> bool:
        return bool(asked)

    report = a.sync(cancel=cancel, progress=lambda *_: asked.append(1))
    assert report.cancelled and report.sent == 5
    assert a.scalar("SELECT count(*) FROM outbox WHERE state = 'pending'") == 7
    assert a.sync().ok
    assert_same(server, a)
