"""The feed follows commit order: a reader pulling while writers push never skips a row."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import requests

from app.sync.protocol import version_headers
from tests.server.helpers import PASSWORD, worker_changes


def _session(base: str, username: str) -> requests.Session:
    http = requests.Session()
    http.headers.update(version_headers())
    r = http.post(f"{base}/auth/login", json={"username": username, "password": PASSWORD})
    assert r.status_code == 200, r.text
    http.headers["Authorization"] = f"Bearer {r.json()['token']}"
    return http


def test_concurrent_writers_and_a_reader_that_never_skips(live_server: str) -> None:
    writers = [
        _session(live_server, name) for name in ("officer.mx", "officer2.mx", "supervisor.mx")
    ]
    reader = _session(live_server, "analyst.hq")
    created: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()
    errors: list[BaseException] = []

    def write(http: requests.Session) -> None:
        try:
            for _ in range(8):
                batch = [
                    {
                        "mutation_id": str(uuid.uuid4()),
                        "entity": "worker",
                        "entity_id": str(uuid.uuid4()),
                        "mission_id": "MX",
                        "op": "create",
                        "changes": worker_changes(),
                    }
                    for _ in range(5)
                ]
                r = http.post(f"{live_server}/sync/v1/push", json={"mutations": batch})
                assert r.status_code == 200, r.text
                assert {x["status"] for x in r.json()["results"]} == {"applied"}
                with lock:
                    created.extend(m["entity_id"] for m in batch)
        except BaseException as exc:  # surfaced in the main thread
            errors.append(exc)

    seen: set[str] = set()
    cursor = 0

    def pull_once() -> None:
        nonlocal cursor
        more = True
        while more:
            r = reader.get(f"{live_server}/sync/v1/pull", params={"since": cursor, "limit": 7})
            assert r.status_code == 200
            page: dict[str, Any] = r.json()
            block = page["entities"].get("worker")
            if block:
                seen.update(row[block["columns"].index("id")] for row in block["rows"])
            cursor, more = page["next_cursor"], page["more"]

    def read() -> None:
        try:
            while not stop.is_set():
                pull_once()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in writers]
    reader_thread = threading.Thread(target=read)
    reader_thread.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    reader_thread.join()
    assert not errors, errors
    pull_once()  # catch up from the cursor the reader reached, never from 0
    assert len(created) == 120
    assert seen == set(created)


def test_sqlite_fast_rows_equal_the_orm_wire_form(tmp_path: Any) -> None:
    """The raw-SQLite page rows are exactly `row_values` of the ORM rows, value for value."""
    from sqlalchemy import text
    from sqlmodel import Session, select

    from app.models import SYNCED_ENTITIES
    from bench.sync_bench import build_server_db
    from server.db import make_engine
    from server.sync import pull as feed
    from server.sync.rows import row_values

    counts = build_server_db(tmp_path / "s.sqlite", 60)
    engine = make_engine(f"sqlite:///{tmp_path / 's.sqlite'}")
    with engine.begin() as conn:  # whole seconds, nulls and odd decimals take other paths
        conn.execute(text("UPDATE worker SET updated_at = '2026-11-25 10:00:00.000000'"))
        conn.execute(text("UPDATE worker SET archived_at = '2026-11-26 01:02:03.500000'"))
        conn.execute(text("UPDATE reintegration_plan SET budget = 1234.5, approved_at = NULL"))
    scope = frozenset({"MX", "SV", "CO", "EC", "HN", "HQ"})
    seen: dict[str, int] = {}
    with Session(engine) as session:
        page = feed.pull_page(session, scope=scope, since=0, limit=10_000, epoch="e")
        for entity, block in page["entities"].items():
            assert block["columns"] == list(feed.entity_rows.columns(entity))
            model = SYNCED_ENTITIES[entity]
            orm = {str(r.id): row_values(r, entity) for r in session.exec(select(model)).all()}
            for row in block["rows"]:
                assert row == orm[row[block["columns"].index("id")]], entity
            seen[entity] = len(block["rows"])
    assert seen == counts
    worker = page["entities"]["worker"]
    archived = {r[worker["columns"].index("archived_at")] for r in worker["rows"]}
    assert archived == {"2026-11-26T01:02:03.500000+00:00"}
    engine.dispose()
