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
