"""Mission isolation over every route: a Mexico officer can neither read nor write Honduras.

The rules below are keyed by the routes of the OpenAPI document: a new route without a rule
fails `test_every_route_has_a_scope_rule`, so nobody adds a route without deciding its scope.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.models import Worker
from tests.server.helpers import PASSWORD, Caller, Factory, mutation, new_worker

SECRET = "Xiomara-HN-secret"


@dataclass
class World:
    """An HN worker (with a note and a conflict), an MX worker, and callers of each side."""

    client: TestClient
    mx: Caller
    hn: Caller
    hq: Caller
    hn_worker: uuid.UUID
    hn_note_mutation: dict[str, Any]
    mx_worker: uuid.UUID
    engine: Any

    def hn_worker_row(self) -> Worker:
        with Session(self.engine) as session:
            row = session.get(Worker, self.hn_worker)
            assert row is not None
            return row


@pytest.fixture
def world(client: TestClient, login: Factory, engine_of: Any) -> World:
    mx, hn, hq = login("officer.mx"), login("officer.hn"), login("analyst.hq")
    hn_worker, _ = new_worker(hn, "HN", given_names=SECRET, community=SECRET)
    note = mutation(
        "case_note",
        uuid.uuid4(),
        op="create",
        mission="HN",
        changes={"worker_id": str(hn_worker), "author": "officer.hn", "text": SECRET},
    )
    hn.push(note)
    hn2 = login("officer.hn")
    hn.push(
        mutation(
            "worker",
            hn_worker,
            mission="HN",
            base_version=1,
            changes={"municipality": f"{SECRET}-1"},
        )
    )
    (c,) = hn2.push(
        mutation(
            "worker",
            hn_worker,
            mission="HN",
            base_version=1,
            changes={"municipality": f"{SECRET}-2"},
        )
    )
    assert c["status"] == "conflict"
    mx_worker, _ = new_worker(mx)
    return World(client, mx, hn, hq, hn_worker, note, mx_worker, engine_of)


def _no_leak(response: Any, world: World) -> None:
    text = response.text
    assert SECRET not in text, (response.request.method, response.request.url)
    assert str(world.hn_worker) not in text, (response.request.method, response.request.url)


# --- one rule per route: what a Mexico officer gets, what HQ gets -----------------------------


def rule_login(w: World) -> None:
    r = w.client.post("/auth/login", json={"username": "officer.mx", "password": PASSWORD})
    assert r.status_code == 200
    assert "HN" not in r.json()["me"]["read_missions"]
    _no_leak(r, w)


def rule_logout(w: World) -> None:
    r = w.client.post("/auth/login", json={"username": "officer.mx", "password": PASSWORD})
    token = r.json()["token"]
    r = w.client.post("/auth/logout", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 204
    _no_leak(r, w)


def rule_me(w: World) -> None:
    r = w.client.get("/me", headers=w.mx.headers)
    assert r.status_code == 200 and "HN" not in r.json()["read_missions"]
    _no_leak(r, w)
    assert "HN" in w.client.get("/me", headers=w.hq.headers).json()["read_missions"]


def rule_push(w: World) -> None:
    before = w.hn_worker_row()
    attempts = [
        mutation("worker", w.hn_worker, mission="HN", base_version=3, changes={"phone": "1"}),
        mutation("worker", w.hn_worker, mission="MX", base_version=3, changes={"phone": "1"}),
        mutation("worker", w.hn_worker, mission="MX", op="archive", base_version=3),
        mutation(
            "worker",
            w.hn_worker,
            mission="MX",
            op="create",
            changes={
                "case_code": "MX-X-1",
                "given_names": "A",
                "first_family_name": "B",
                "date_of_birth": "1990-01-01",
                "nationality": "MX",
            },
        ),
        mutation(
            "case_note",
            uuid.uuid4(),
            mission="MX",
            op="create",
            changes={"worker_id": str(w.hn_worker), "author": "mx", "text": "t"},
        ),
        w.hn_note_mutation,  # a replay of HN's own mutation id must not hand back its result
    ]
    for attempt in attempts:
        (res,) = w.mx.push(attempt)
        assert res["status"] == "rejected", res
        assert res["reason"] in ("not_found", "mission_not_allowed"), res
        assert SECRET not in str(res)
    after = w.hn_worker_row()
    assert (after.version, after.phone, after.archived_at) == (
        before.version,
        before.phone,
        before.archived_at,
    )


def rule_pull(w: World) -> None:
    for params in ({}, {"missions": "HN"}, {"missions": "MX,HN"}, {"missions": "hn"}):
        r = w.client.get("/sync/v1/pull", params=params, headers=w.mx.headers)
        assert r.status_code == 200
        assert "HN" not in r.json()["scope"]
        _no_leak(r, w)
    rows, _ = w.hq.pull_all()
    assert str(w.hn_worker) in rows["worker"] and str(w.mx_worker) in rows["worker"]


def rule_conflicts(w: World) -> None:
    for params in ({}, {"missions": "HN"}, {"open_only": "false"}):
        r = w.client.get("/sync/v1/conflicts", params=params, headers=w.mx.headers)
        assert r.status_code == 403  # the mission's conflict list is for supervisors
        _no_leak(r, w)
    r = w.client.get("/sync/v1/conflicts", headers=w.hq.headers)
    assert [c["entity_id"] for c in r.json()] == [str(w.hn_worker)]


def rule_audit_read(w: World) -> None:
    r = w.client.get("/audit/v1/events", params={"mission": "HN"}, headers=w.mx.headers)
    assert r.status_code == 403  # HQ reads the audit log, officers do not
    _no_leak(r, w)
    r = w.client.get("/audit/v1/events", params={"mission": "HN"}, headers=w.hq.headers)
    assert r.status_code == 200 and SECRET not in r.text


def rule_audit_upload(w: World) -> None:
    event = {"event_id": str(uuid.uuid4()), "at": "2026-11-26T00:00:00Z", "event": "export"}
    body = {"events": [{**event, "mission_id": "HN"}]}
    r = w.client.post("/audit/v1/events", json=body, headers=w.mx.headers)
    assert r.status_code == 200 and r.json()["refused"] == {
        event["event_id"]: "mission_not_allowed"
    }
    _no_leak(r, w)


def rule_missions(w: World) -> None:
    r = w.client.get("/missions", headers=w.mx.headers)  # reference data, no records
    assert r.status_code == 200
    _no_leak(r, w)


def _admin_only(method: str, path: str) -> Callable[[World], None]:
    def rule(w: World) -> None:
        device = w.hn.me["device_id"]
        r = w.client.request(method, path.format(device_id=device), headers=w.mx.headers)
        assert r.status_code == 403
        _no_leak(r, w)
        assert w.client.get("/me", headers=w.hn.headers).status_code == 200  # not revoked
        r = w.client.request(method, path.format(device_id=device), headers=w.hq.headers)
        assert r.status_code == 403  # HQ analysts read records, they do not administer

    return rule


def rule_health(w: World) -> None:
    r = w.client.get("/health")
    assert r.status_code == 200
    _no_leak(r, w)


RULES: dict[tuple[str, str], Callable[[World], None]] = {
    ("POST", "/auth/login"): rule_login,
    ("POST", "/auth/logout"): rule_logout,
    ("GET", "/me"): rule_me,
    ("POST", "/sync/v1/push"): rule_push,
    ("GET", "/sync/v1/pull"): rule_pull,
    ("GET", "/sync/v1/conflicts"): rule_conflicts,
    ("GET", "/missions"): rule_missions,
    ("GET", "/audit/v1/events"): rule_audit_read,
    ("POST", "/audit/v1/events"): rule_audit_upload,
    ("GET", "/admin/users"): _admin_only("GET", "/admin/users"),
    ("GET", "/admin/devices"): _admin_only("GET", "/admin/devices"),
    ("POST", "/admin/devices/{device_id}/revoke"): _admin_only(
        "POST", "/admin/devices/{device_id}/revoke"
    ),
    ("GET", "/health"): rule_health,
}


def _routes(client: TestClient) -> set[tuple[str, str]]:
    paths = client.app.openapi()["paths"]  # type: ignore[attr-defined]
    return {(method.upper(), path) for path, ops in paths.items() for method in ops}


@pytest.mark.parametrize("backend", ["sqlite"])
def test_every_route_has_a_scope_rule(client: TestClient) -> None:
    routes = _routes(client)
    missing = routes - set(RULES)
    assert not missing, f"routes without a mission-scope rule in {__file__}: {sorted(missing)}"
    assert not set(RULES) - routes, "rules for routes that no longer exist"


def test_mexico_officer_cannot_reach_honduras_through_any_route(world: World) -> None:
    for route in sorted(RULES):
        RULES[route](world)


def test_no_other_method_on_any_path_leaks(world: World) -> None:
    paths = {path for _method, path in _routes(world.client)}
    for path in paths:
        url = path.format(device_id=world.hn.me["device_id"])
        for method in ("GET", "POST", "PUT", "PATCH", "DELETE"):
            if (method, path) in RULES:
                continue
            r = world.client.request(method, url, headers=world.mx.headers, json={})
            assert r.status_code == 405, (method, path)
            assert r.json()["code"] == "method_not_allowed"
            _no_leak(r, world)
    assert world.hn_worker_row().version == 2
