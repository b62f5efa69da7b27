"""Every route x method x role x target mission, against an explicit table of answers.

Routes come from `app.routes`, so a new route (or a new method on a path) fails
`test_the_table_covers_every_route` until someone decides who may call it. Roles: field
officer (MX), mission supervisor (MX), HQ analyst, admin, no token, and an officer whose
device was revoked. Where a route takes a record or a mission, it is called on the
caller's own mission, on a foreign one and on one that does not exist: for the roles
bound to a mission the foreign answer must equal the missing one, status and body.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from fastapi.testclient import TestClient
from starlette.routing import Route

from app.sync.protocol import version_headers
from tests.server.helpers import PASSWORD, Caller, Factory, mutation, new_worker

ROLES = ("officer", "supervisor", "analyst", "admin", "none", "revoked")
USERNAMES = {
    "officer": "officer.mx",
    "supervisor": "supervisor.mx",
    "analyst": "analyst.hq",
    "admin": "admin",
    "revoked": "officer2.mx",
}
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
TARGETS = ("own", "foreign", "missing")
MISSION_BOUND = ("officer", "supervisor")  # roles for whom "foreign" means out of scope

# status per role (one number: every target; a dict: per target)
Expect = dict[str, int | dict[str, int]]
SIGNED_IN_ONLY = {"none": 401, "revoked": 401}
EVERYONE_200: Expect = dict.fromkeys(ROLES, 200)

EXPECTED: dict[tuple[str, str], Expect] = {
    ("POST", "/auth/login"): {  # each with their own password; none = an unknown user
        "officer": 200,
        "supervisor": 200,
        "analyst": 200,
        "admin": 200,
        "none": 401,
        "revoked": 403,
    },
    ("POST", "/auth/logout"): {
        "officer": 204,
        "supervisor": 204,
        "analyst": 204,
        "admin": 204,
        **SIGNED_IN_ONLY,
    },
    ("GET", "/me"): {"officer": 200, "supervisor": 200, "analyst": 200, "admin": 200}
    | SIGNED_IN_ONLY,
    ("GET", "/missions"): {"officer": 200, "supervisor": 200, "analyst": 200, "admin": 200}
    | SIGNED_IN_ONLY,
    ("GET", "/admin/users"): {"officer": 403, "supervisor": 403, "analyst": 403, "admin": 200}
    | SIGNED_IN_ONLY,
    ("GET", "/admin/devices"): {"officer": 403, "supervisor": 403, "analyst": 403, "admin": 200}
    | SIGNED_IN_ONLY,
    ("POST", "/admin/devices/{device_id}/revoke"): {
        "officer": 403,
        "supervisor": 403,
        "analyst": 403,
        "admin": {"own": 200, "foreign": 200, "missing": 404},
        **SIGNED_IN_ONLY,
    },
    ("POST", "/sync/v1/push"): {  # 200 carries per-mutation answers, checked below
        "officer": 200,
        "supervisor": 200,
        "analyst": 403,
        "admin": 403,
        **SIGNED_IN_ONLY,
    },
    ("GET", "/sync/v1/pull"): {"officer": 200, "supervisor": 200, "analyst": 200, "admin": 200}
    | SIGNED_IN_ONLY,
    ("GET", "/sync/v1/conflicts"): {
        "officer": 403,
        "supervisor": 200,
        "analyst": 200,
        "admin": 200,
        **SIGNED_IN_ONLY,
    },
    ("GET", "/audit/v1/events"): {"officer": 403, "supervisor": 403, "analyst": 200, "admin": 200}
    | SIGNED_IN_ONLY,
    ("POST", "/audit/v1/events"): {
        "officer": 200,
        "supervisor": 200,
        "analyst": 200,
        "admin": 200,
        **SIGNED_IN_ONLY,
    },
    ("GET", "/health"): EVERYONE_200,
    ("GET", "/openapi.json"): EVERYONE_200,
    ("GET", "/docs"): EVERYONE_200,
    ("GET", "/docs/oauth2-redirect"): EVERYONE_200,
    ("GET", "/redoc"): EVERYONE_200,
}
NOT_DECLARED = 405
"""Any other method on a known path: 405 for every role, before any sign-in check."""

TARGETED = {
    ("POST", "/admin/devices/{device_id}/revoke"),
    ("POST", "/sync/v1/push"),
    ("GET", "/sync/v1/pull"),
    ("GET", "/sync/v1/conflicts"),
    ("GET", "/audit/v1/events"),
}
MISSION_OF = {"own": "MX", "foreign": "HN", "missing": "ZZ"}


def _walk(routes: Iterable[Any], prefix: str = "") -> Iterator[tuple[str, set[str]]]:
    for route in routes:
        inner = getattr(route, "original_router", None)  # an included router (FastAPI 0.16x)
        if inner is not None:
            yield from _walk(inner.routes, prefix + route.include_context.prefix)
            continue
        assert isinstance(route, Route), f"a route of an unknown kind: {route!r}"
        yield prefix + route.path, set(route.methods or ()) - {"HEAD"}


def declared(client: TestClient) -> dict[str, set[str]]:
    """Every path of the app and the methods it declares (HEAD is Starlette's echo of GET)."""
    out: dict[str, set[str]] = {}
    for path, methods in _walk(client.app.routes):  # type: ignore[attr-defined]
        out.setdefault(path, set()).update(methods)
    return out


@dataclass
class World:
    """Callers of every role, an MX and an HN worker, and a device per mission to revoke."""

    client: TestClient
    login: Factory
    callers: dict[str, Caller | None]
    mx_worker: uuid.UUID
    hn_worker: uuid.UUID
    revoked_device: str
    seen: list[str] = field(default_factory=list)

    def headers(self, role: str) -> dict[str, str]:
        caller = self.callers[role]
        if caller is None:
            return version_headers()
        return caller.headers


@pytest.fixture
def world(client: TestClient, login: Factory) -> World:
    callers: dict[str, Caller | None] = {r: login(USERNAMES[r]) for r in USERNAMES}
    callers["none"] = None
    hn = login("officer.hn")
    mx_worker, _ = new_worker(login("officer.mx"))
    hn_worker, _ = new_worker(hn, "HN")
    revoked = callers["revoked"]
    admin = callers["admin"]
    assert revoked is not None and admin is not None
    device = revoked.me["device_id"]
    r = client.post(f"/admin/devices/{device}/revoke", headers=admin.headers)
    assert r.status_code == 200
    return World(client, login, callers, mx_worker, hn_worker, device)


# --- one request per cell -----------------------------------------------------------------


def _login_body(w: World, role: str) -> dict[str, Any]:
    if role == "none":
        return {"username": "nobody.here", "password": PASSWORD}
    body: dict[str, Any] = {"username": USERNAMES[role], "password": PASSWORD}
    if role == "revoked":
        body["device_id"] = w.revoked_device
    return body


def _push_body(w: World, target: str) -> dict[str, Any]:
    record = {"own": w.mx_worker, "foreign": w.hn_worker, "missing": uuid.uuid4()}[target]
    # Whatever the record, the caller claims its own mission: the server must judge the row.
    change = mutation("worker", record, mission="MX", base_version=1, changes={"municipality": "X"})
    return {"mutations": [change]}


def _audit_event() -> dict[str, Any]:
    return {
        "events": [{"event_id": str(uuid.uuid4()), "at": "2026-11-26T00:00:00Z", "event": "print"}]
    }


def call(w: World, method: str, path: str, role: str, target: str) -> Any:
    """Make the request of one cell; destructive cells get fresh tokens and devices."""
    headers = w.headers(role)
    mission = MISSION_OF[target]
    url, params, body = path, {}, None
    if (method, path) == ("POST", "/auth/login"):
        headers, body = version_headers(), _login_body(w, role)
    elif (method, path) == ("POST", "/auth/logout") and role in USERNAMES and role != "revoked":
        headers = w.login(USERNAMES[role]).headers  # logging out ends the token: a fresh one
    elif (method, path) == ("POST", "/admin/devices/{device_id}/revoke"):
        device = {
            "own": lambda: w.login("officer2.mx").me["device_id"],
            "foreign": lambda: w.login("officer.hn").me["device_id"],
            "missing": lambda: str(uuid.uuid4()),
        }[target]()
        url = path.format(device_id=device)
    elif (method, path) == ("POST", "/sync/v1/push"):
        body = _push_body(w, target)
    elif (method, path) in (("GET", "/sync/v1/pull"), ("GET", "/sync/v1/conflicts")):
        params = {"missions": mission}
    elif (method, path) == ("GET", "/audit/v1/events"):
        params = {"mission": mission}
    elif (method, path) == ("POST", "/audit/v1/events"):
        body = _audit_event()
    elif "{device_id}" in url:
        url = url.format(device_id=w.revoked_device)
    if body is None and method in ("POST", "PUT", "PATCH"):
        body = {}
    return w.client.request(method, url, params=params, json=body, headers=headers)


def expected(method: str, path: str, role: str, target: str, paths: dict[str, set[str]]) -> int:
    if method not in paths[path]:
        return NOT_DECLARED
    answer = EXPECTED[(method, path)][role]
    return answer[target] if isinstance(answer, dict) else answer


def _targets(method: str, path: str) -> tuple[str, ...]:
    return TARGETS if (method, path) in TARGETED else ("own",)


# --- the tests ------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_table_covers_every_route(client: TestClient) -> None:
    routes = {(m, p) for p, methods in declared(client).items() for m in methods}
    assert routes == set(EXPECTED), (
        f"routes without a row in the role table: {sorted(routes - set(EXPECTED))}; "
        f"rows for routes that are gone: {sorted(set(EXPECTED) - routes)}"
    )
    assert all(set(row) == set(ROLES) for row in EXPECTED.values())
    assert all(m in METHODS for m, _p in routes)


def test_every_route_method_role_and_target_answers_as_the_table_says(world: World) -> None:
    paths = declared(world.client)
    wrong: list[str] = []
    cells = 0
    for path in sorted(paths):
        for method in METHODS:
            for role in ROLES:
                for target in _targets(method, path):
                    cells += 1
                    r = call(world, method, path, role, target)
                    want = expected(method, path, role, target, paths)
                    if r.status_code != want:
                        wrong.append(f"{method} {path} {role}/{target}: {r.status_code} != {want}")
                    elif want >= 400 and path != "/docs/oauth2-redirect":
                        assert "code" in r.json(), (method, path, role)  # JSON errors
    assert not wrong, "answers that differ from the role table:\n" + "\n".join(wrong)
    assert cells == sum(len(_targets(m, p)) for p in paths for m in METHODS) * len(ROLES)


def _same_shape(text: str, *ids: object) -> str:
    for value in ids:
        text = text.replace(str(value), "<id>")
    return text


@pytest.mark.parametrize("role", MISSION_BOUND)
def test_a_foreign_record_answers_exactly_like_a_missing_one(world: World, role: str) -> None:
    caller = world.callers[role]
    assert caller is not None
    missing = uuid.uuid4()
    answers = []
    for record in (world.hn_worker, missing):
        body = {
            "mutations": [
                mutation(
                    "worker",
                    record,
                    mission="MX",
                    base_version=1,
                    changes={"municipality": "X"},
                    mutation_id=uuid.UUID(int=7),
                )
            ]
        }
        r = world.client.post("/sync/v1/push", json=body, headers=caller.headers)
        (result,) = r.json()["results"]
        answers.append((r.status_code, _same_shape(str(result), record)))
    assert answers[0] == answers[1]
    assert "not_found" in answers[0][1]
    for path, param in (("/sync/v1/pull", "missions"), ("/sync/v1/conflicts", "missions")):
        foreign = world.client.get(path, params={param: "HN"}, headers=caller.headers)
        absent = world.client.get(path, params={param: "ZZ"}, headers=caller.headers)
        assert (foreign.status_code, foreign.text) == (absent.status_code, absent.text), path
        assert str(world.hn_worker) not in foreign.text


@pytest.mark.parametrize("backend", ["sqlite"])
def test_matrix_figures(client: TestClient) -> None:
    """The size of the matrix, for the record (paths x methods x roles, plus targets)."""
    paths = declared(client)
    cells = sum(len(_targets(m, p)) for p in paths for m in METHODS) * len(ROLES)
    routes = sum(len(m) for m in paths.values())
    print(
        f"role matrix: {len(paths)} paths, {routes} routes, {len(METHODS)} methods, "
        f"{len(ROLES)} roles, {cells} cells"
    )
    assert routes == len(EXPECTED) and cells > len(paths) * len(METHODS) * len(ROLES)
