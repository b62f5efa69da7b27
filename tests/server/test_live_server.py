"""A real `puente-server serve` process on loopback: sign in, push (gzip) and pull with requests."""

from __future__ import annotations

import gzip
import json
import uuid

import requests

from app.sync.protocol import version_headers
from tests.server.helpers import PASSWORD, worker_changes


def test_login_push_pull_over_real_http(live_server: str) -> None:
    http = requests.Session()
    http.headers.update(version_headers())
    r = http.post(
        f"{live_server}/auth/login",
        json={"username": "officer.mx", "password": PASSWORD, "device_name": "t"},
    )
    assert r.status_code == 200, r.text
    http.headers["Authorization"] = f"Bearer {r.json()['token']}"

    mutations = [
        {
            "mutation_id": str(uuid.uuid4()),
            "entity": "worker",
            "entity_id": str(uuid.uuid4()),
            "mission_id": "MX",
            "op": "create",
            "base_version": 0,
            "changes": worker_changes(),
        }
        for _ in range(50)
    ]
    body = gzip.compress(json.dumps({"mutations": mutations}).encode())
    r = http.post(
        f"{live_server}/sync/v1/push",
        data=body,
        headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
    )
    assert r.status_code == 200, r.text
    assert {x["status"] for x in r.json()["results"]} == {"applied"}
    # the same batch again over a fresh connection: all duplicates
    r = http.post(
        f"{live_server}/sync/v1/push",
        data=body,
        headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
    )
    assert {x["status"] for x in r.json()["results"]} == {"duplicate"}

    seen: set[str] = set()
    since, requests_made = 0, 0
    while True:
        r = http.get(f"{live_server}/sync/v1/pull", params={"since": since, "limit": 20})
        requests_made += 1
        assert r.status_code == 200
        assert r.headers.get("Content-Encoding") == "gzip"  # requests asks for it by default
        page = r.json()
        block = page["entities"].get("worker")
        if block:
            seen |= {row[block["columns"].index("id")] for row in block["rows"]}
        since = page["next_cursor"]
        if not page["more"]:
            break
    assert seen == {m["entity_id"] for m in mutations}
    assert requests_made == 3
    # nothing to do: one request, a small answer
    r = http.get(f"{live_server}/sync/v1/pull", params={"since": since})
    assert r.json()["entities"] == {} and len(r.content) < 1024
    r = http.get(f"{live_server}/sync/v1/pull", headers={"X-Puente-Protocol": "0"})
    assert r.status_code == 426 and r.json()["code"] == "upgrade_required"
    r = http.get(f"{live_server}/openapi.json")
    assert "/sync/v1/push" in r.json()["paths"]
