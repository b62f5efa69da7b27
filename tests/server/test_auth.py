"""Sign-in: tokens stored hashed, same answer for unknown user and wrong password, throttling."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session, select

from app.models.base import utcnow
from server.auth import token_digest
from server.models import AuthToken, Device
from tests.server.helpers import PASSWORD, SYNC, Factory


def _login(client: TestClient, username: str, password: str, **extra: Any) -> Any:
    return client.post("/auth/login", json={"username": username, "password": password, **extra})


def test_login_gives_token_stored_only_hashed(client: TestClient, engine_of: Any) -> None:
    r = _login(client, "officer.mx", PASSWORD, device_name="Laptop MX-1", device_tag="k3x")
    assert r.status_code == 200
    data = r.json()
    token = data["token"]
    assert len(token) >= 40
    assert data["me"]["username"] == "officer.mx"
    assert data["me"]["missions"] == ["MX"]
    assert data["me"]["read_missions"] == ["HQ", "MX"]
    assert data["me"]["device_tag"] == "K3X"
    with Session(engine_of) as session:
        stored = session.exec(select(AuthToken)).all()
        assert [t.token_hash for t in stored] == [token_digest(token)]
        dump = " ".join(
            str(v) for row in session.exec(text("SELECT * FROM srv_token")) for v in row
        )  # type: ignore[call-overload]
        assert token not in dump
    me = client.get("/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200
    assert me.json()["device_tag"] == "K3X"


def test_unknown_user_and_wrong_password_look_the_same(client: TestClient) -> None:
    wrong = _login(client, "officer.mx", "not the password")
    unknown = _login(client, "nobody.here", "not the password")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.json()["code"] == "login_failed"


def test_repeated_failures_are_throttled(client: TestClient) -> None:
    for _ in range(3):
        assert _login(client, "officer.hn", "wrong password").status_code == 401
    r = _login(client, "officer.hn", PASSWORD)  # even the right password waits now
    assert r.status_code == 429
    assert int(r.headers["Retry-After"]) > 0
    assert r.json()["code"] == "too_many_attempts"
    # other users are not locked out by someone else's failures
    assert _login(client, "officer.mx", PASSWORD).status_code == 200


def test_unknown_usernames_are_throttled_too(client: TestClient) -> None:
    for _ in range(3):
        assert _login(client, "ghost", "x").status_code == 401
    assert _login(client, "ghost", "x").status_code == 429


def test_logout_ends_the_token(client: TestClient, login: Factory) -> None:
    caller = login("officer.mx")
    assert client.post("/auth/logout", headers=caller.headers).status_code == 204
    r = client.get("/me", headers=caller.headers)
    assert r.status_code == 401
    assert r.json()["code"] == "token_revoked"


def test_missing_and_bad_tokens(client: TestClient) -> None:
    r = client.get("/me")
    assert r.status_code == 401 and r.json()["code"] == "token_missing"
    r = client.get("/me", headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401 and r.json()["code"] == "token_invalid"


def test_expired_token_keeps_nothing_but_says_why(
    client: TestClient, login: Factory, engine_of: Any
) -> None:
    caller = login("officer.mx")
    with Session(engine_of) as session:
        for token in session.exec(select(AuthToken)).all():
            token.expires_at = utcnow() - timedelta(seconds=1)
            session.add(token)
        session.commit()
    r = client.get("/sync/v1/pull", headers=caller.headers)
    assert r.status_code == 401
    assert r.json()["code"] == "token_expired"


def test_device_keeps_its_tag_and_revoked_device_is_locked_out(
    client: TestClient, login: Factory, engine_of: Any
) -> None:
    first = login("officer.mx", tag="AB1")
    device_id = first.me["device_id"]
    again = login("officer.mx", device_id=device_id, tag="ZZZ")
    assert again.me["device_tag"] == "AB1"
    other = login("officer2.mx", tag="AB1")  # tag taken: the server gives another one
    assert other.me["device_tag"] != "AB1"
    admin = login("admin")
    r = client.post(f"/admin/devices/{device_id}/revoke", headers=admin.headers)
    assert r.status_code == 200 and r.json()["revoked_at"]
    assert client.get("/me", headers=first.headers).status_code == 401
    r = _login(client, "officer.mx", PASSWORD, device_id=device_id)
    assert r.status_code == 403 and r.json()["code"] == "device_revoked"
    with Session(engine_of) as session:
        assert session.get(Device, uuid.UUID(again.me["device_id"])) is not None


def test_old_client_gets_426_with_json(client: TestClient, login: Factory) -> None:
    caller = login("officer.mx")
    auth = {"Authorization": f"Bearer {caller.token}"}
    r = client.get("/sync/v1/pull", headers=auth)
    assert r.status_code == 426
    body = r.json()
    assert body["code"] == "upgrade_required" and body["min_protocol"] >= 1
    r = client.post(
        "/sync/v1/push",
        json={"mutations": []},
        headers={**auth, "X-Puente-Protocol": "0", "X-Puente-Schema": "1"},
    )
    assert r.status_code == 426
    r = client.get("/sync/v1/pull", headers={**auth, **SYNC})
    assert r.status_code == 200
    assert r.headers["X-Puente-Protocol"] == SYNC["X-Puente-Protocol"]


def test_errors_are_json(client: TestClient) -> None:
    for method, path in (("get", "/no/such/page"), ("delete", "/health"), ("put", "/me")):
        r = client.request(method.upper(), path)
        assert r.headers["content-type"].startswith("application/json")
        assert {"code", "message"} <= set(r.json())
    r = client.post(
        "/auth/login", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert r.status_code == 422 and r.json()["code"] == "invalid_request"
