"""Server audit: one test per event, no personal values, the hash chain, append-only storage."""

from __future__ import annotations

import io
import json
import logging
import uuid
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col, select

from app.models.enums import Role
from app.sync.bundle import PushBundle, write_bundle
from app.sync.protocol import Mutation
from server import audit
from server.cli import main
from server.db import make_engine
from server.models import AuditLog
from tests.server.helpers import PASSWORD, Factory, mutation, new_worker, worker_changes

SENTINEL = "Zyxwvutsrq-Sentinel"  # a personal value that must never reach the audit log
BUNDLE_PASS = "usb stick passphrase"


def rows(engine: Engine, event: str | None = None) -> list[AuditLog]:
    with Session(engine) as session:
        query = select(AuditLog).order_by(col(AuditLog.seq))
        if event:
            query = query.where(AuditLog.event == event)
        return list(session.exec(query).all())


def dump(engine: Engine) -> str:
    """Every audit column of every row as one text, to look for values that leaked."""
    with engine.connect() as conn:
        return "\n".join(
            repr(tuple(r)) for r in conn.execute(text("SELECT * FROM audit_log")).all()
        )


def chain_ok(engine: Engine) -> audit.ChainReport:
    with engine.connect() as conn:
        return audit.verify_chain(conn)


@pytest.fixture
def cli(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("DATABASE_URL", db_url)

    def run(*args: str, stdin: str = "") -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        return main(list(args))

    return run


# --- one test per event ---------------------------------------------------------------------


def test_sign_in_success_and_failures(client: TestClient, engine_of: Engine) -> None:
    ok = client.post("/auth/login", json={"username": "officer.mx", "password": PASSWORD})
    assert ok.status_code == 200
    wrong = client.post("/auth/login", json={"username": "officer.mx", "password": SENTINEL})
    typo = client.post("/auth/login", json={"username": SENTINEL, "password": PASSWORD})
    assert (wrong.status_code, typo.status_code) == (401, 401)
    (signed_in,) = rows(engine_of, audit.SIGN_IN)
    assert (signed_in.username, signed_in.role, signed_in.mission_id) == (
        "officer.mx",
        "field_officer",
        "MX",
    )
    assert str(signed_in.device_id) == ok.json()["me"]["device_id"]
    failed = rows(engine_of, audit.SIGN_IN_FAILED)
    assert [(r.username, r.outcome) for r in failed] == [
        ("officer.mx", "wrong_password"),
        ("", "unknown_user"),  # what was typed as a username may be a password: not kept
    ]
    assert SENTINEL.lower() not in dump(engine_of).lower()
    assert PASSWORD not in dump(engine_of)


def test_throttled_and_revoked_device_sign_ins(client: TestClient, login: Factory) -> None:
    engine = client.app.state.puente.engine  # type: ignore[attr-defined]
    for _ in range(4):  # the test settings lock after 3 failures
        client.post("/auth/login", json={"username": "officer.hn", "password": "nope-nope"})
    outcomes = [r.outcome for r in rows(engine, audit.SIGN_IN_FAILED)]
    assert outcomes == ["wrong_password"] * 3 + ["throttled"]
    mx, admin = login("officer.mx"), login("admin")
    device = mx.me["device_id"]
    r = client.post(f"/admin/devices/{device}/revoke", headers=admin.headers)
    assert r.status_code == 200
    r = client.post(
        "/auth/login",
        json={"username": "officer.mx", "password": PASSWORD, "device_id": device},
    )
    assert r.status_code == 403
    last = rows(engine, audit.SIGN_IN_FAILED)[-1]
    assert (last.username, last.outcome, str(last.device_id)) == (
        "officer.mx",
        "device_revoked",
        device,
    )


def test_sign_out_and_device_revocation(client: TestClient, login: Factory) -> None:
    engine = client.app.state.puente.engine  # type: ignore[attr-defined]
    mx, admin = login("officer.mx"), login("admin")
    assert client.post("/auth/logout", headers=mx.headers).status_code == 204
    (out,) = rows(engine, audit.SIGN_OUT)
    assert (out.username, str(out.device_id)) == ("officer.mx", mx.me["device_id"])
    hn = login("officer.hn")
    client.post(f"/admin/devices/{hn.me['device_id']}/revoke", headers=admin.headers)
    (revoked,) = rows(engine, audit.DEVICE_REVOKED)
    assert (revoked.username, revoked.role, revoked.entity, revoked.record_id) == (
        "admin",
        "admin",
        "device",
        hn.me["device_id"],
    )
    assert (revoked.mission_id, str(revoked.device_id)) == ("HN", admin.me["device_id"])


def test_push_records_each_record_with_field_names_only(login: Factory, engine_of: Engine) -> None:
    mx = login("officer.mx")
    worker_id, _ = new_worker(mx, given_names=SENTINEL, community=SENTINEL)
    (res,) = mx.push(
        mutation("worker", worker_id, base_version=1, changes={"municipality": SENTINEL})
    )
    assert res["status"] == "applied"
    hn_try = mutation("worker", worker_id, mission="HN", changes={"phone": SENTINEL})
    mx.push(hn_try)
    pushed = rows(engine_of, audit.SYNC_PUSH)
    assert [(r.entity, r.record_id, r.outcome) for r in pushed] == [
        ("worker", str(worker_id), "create/applied"),
        ("worker", str(worker_id), "update/applied"),
        ("worker", str(worker_id), "update/rejected:mission_not_allowed"),
    ]
    assert "given_names" in pushed[0].fields.split(",")
    assert pushed[1].fields == "municipality" and pushed[2].fields == "phone"
    assert {r.username for r in pushed} == {"officer.mx"}
    assert SENTINEL not in dump(engine_of)


def test_pull_records_a_count_and_nothing_to_do_records_nothing(
    login: Factory, engine_of: Engine
) -> None:
    mx = login("officer.mx")
    new_worker(mx)
    new_worker(mx)
    _, cursor = mx.pull_all()
    mx.pull(cursor)  # nothing new
    (pulled,) = rows(engine_of, audit.SYNC_PULL)
    assert (pulled.username, pulled.count, pulled.fields) == ("officer.mx", 2, "")


def test_user_created_role_changed_password_reset(cli: Any, db_url: str) -> None:
    assert (
        cli(
            "create-user",
            "new.sv",
            "--role",
            "field_officer",
            "--missions",
            "SV",
            "--password-stdin",
            stdin=f"{SENTINEL}\n",
        )
        == 0
    )
    assert cli("set-role", "new.sv", "--role", "supervisor", "--missions", "SV") == 0
    assert cli("reset-password", "new.sv", "--password-stdin", stdin=f"{SENTINEL}2\n") == 0
    assert cli("set-role", "new.sv", "--role", "field_officer", "--missions", "HQ") == 2
    assert cli("set-role", "new.sv", "--role", "supervisor", "--missions", "") == 2
    engine = make_engine(db_url)
    found = [
        (r.event, r.record_id, r.mission_id, r.outcome, r.role)
        for r in rows(engine)
        if r.record_id == "new.sv"
    ]
    assert found == [
        (audit.USER_CREATED, "new.sv", "SV", "field_officer", "cli"),
        (audit.ROLE_CHANGED, "new.sv", "SV", "supervisor", "cli"),
        (audit.PASSWORD_RESET, "new.sv", "SV", "supervisor", "cli"),
    ]
    assert SENTINEL not in dump(engine)
    engine.dispose()


def test_bundle_import_and_export(
    cli: Any, db_url: str, login: Factory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mx = login("officer.mx")
    muts = [
        Mutation.model_validate(
            mutation("worker", uuid.uuid4(), op="create", changes=worker_changes())
        )
    ]
    bundle = PushBundle(
        username="officer.mx",
        device_id=uuid.UUID(mx.me["device_id"]),
        device_tag="USB",
        mutations=muts,
    )
    path = tmp_path / "in.puente"
    write_bundle(path, bundle, BUNDLE_PASS)
    assert cli("import-bundle", str(path), "--passphrase-stdin", stdin=BUNDLE_PASS + "\n") == 0
    assert cli("import-bundle", str(path), "--passphrase-stdin", stdin=BUNDLE_PASS + "\n") == 0
    out = tmp_path / "out.puente"
    args = ("export-bundle", "--mission", "MX", "-o", str(out), "--passphrase-stdin")
    assert cli(*args, stdin=BUNDLE_PASS + "\n") == 0
    engine = make_engine(db_url)
    imports = rows(engine, audit.BUNDLE_IMPORT)
    assert [(r.record_id, r.count, r.outcome) for r in imports] == [
        (str(bundle.bundle_id), 1, "ok"),
        (str(bundle.bundle_id), 1, "already_imported"),
    ]
    (exported,) = rows(engine, audit.BUNDLE_EXPORT)
    assert (exported.mission_id, exported.fields, exported.count) == ("MX", "mx", 1)
    assert chain_ok(engine).ok
    engine.dispose()


def _event(name: str = "export", **extra: Any) -> dict[str, Any]:
    return {"event_id": str(uuid.uuid4()), "at": "2026-11-26T01:02:03Z", "event": name, **extra}


def test_client_events_are_chained_with_the_token_device_once(
    client: TestClient, login: Factory, engine_of: Engine
) -> None:
    mx = login("officer.mx")
    record = str(uuid.uuid4())
    good = _event(
        "consent_withdrawn",
        username="officer.mx",
        role="field_officer",
        mission_id="MX",
        entity="worker",
        record_id=record,
        fields=["consent_withdrawn_on"],
    )
    body = {"events": [good, _event("format_disk"), _event(mission_id="HN")]}
    r = client.post("/audit/v1/events", json=body, headers=mx.headers)
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["accepted"] == [good["event_id"]]
    assert sorted(answer["refused"].values()) == ["mission_not_allowed", "unknown_event"]
    again = client.post("/audit/v1/events", json={"events": [good]}, headers=mx.headers).json()
    assert (again["accepted"], again["duplicates"]) == ([], [good["event_id"]])
    (row,) = [r for r in rows(engine_of) if r.source == "client"]
    assert (row.event, row.record_id, row.fields, str(row.device_id)) == (
        "consent_withdrawn",
        record,
        "consent_withdrawn_on",
        mx.me["device_id"],
    )
    assert row.client_at is not None and row.client_at.hour == 1
    # values cannot ride in as field names or entity names
    bad = _event(fields=["given names José"])
    r = client.post("/audit/v1/events", json={"events": [bad]}, headers=mx.headers)
    assert r.status_code == 422
    r = client.post("/audit/v1/events", json={"events": [good]})
    assert r.status_code == 401


# --- reading --------------------------------------------------------------------------------


def test_hq_reads_filtered_pages_others_are_refused(client: TestClient, login: Factory) -> None:
    mx, hn, hq = login("officer.mx"), login("officer.hn"), login("analyst.hq")
    new_worker(mx)
    new_worker(hn, "HN")
    for caller in (mx, login("supervisor.mx")):
        r = client.get("/audit/v1/events", headers=caller.headers)
        assert r.status_code == 403 and r.json()["code"] == "forbidden"
    r = client.get(
        "/audit/v1/events", params={"mission": "HN", "event": "sync_push"}, headers=hq.headers
    )
    assert r.status_code == 200
    events = r.json()["events"]
    assert [(e["mission_id"], e["username"]) for e in events] == [("HN", "officer.hn")]
    seen: list[int] = []
    after, more = 0, True
    while more:
        page = client.get(
            "/audit/v1/events", params={"after": after, "limit": 2}, headers=hq.headers
        ).json()
        assert len(page["events"]) <= 2
        seen += [e["seq"] for e in page["events"]]
        after, more = page["next_after"], page["more"]
    assert seen == sorted(seen) and len(seen) == len(set(seen)) >= 7
    r = client.get("/audit/v1/events", params={"since": "2999-01-01T00:00:00Z"}, headers=hq.headers)
    assert r.json()["events"] == []
    r = client.get("/audit/v1/events", params={"until": "2000-01-01T00:00:00"}, headers=hq.headers)
    assert r.status_code == 200 and r.json()["events"] == []  # a time without zone is UTC
    reads = [e for e in rows(client.app.state.puente.engine) if e.event == audit.AUDIT_READ]  # type: ignore[attr-defined]
    assert reads and {r.username for r in reads} == {"analyst.hq"}


@pytest.mark.parametrize("backend", ["sqlite"])
def test_audit_routes_are_documented(client: TestClient) -> None:
    paths = client.app.openapi()["paths"]  # type: ignore[attr-defined]
    get = paths["/audit/v1/events"]["get"]
    assert {p["name"] for p in get["parameters"]} == {
        "mission",
        "event",
        "since",
        "until",
        "after",
        "limit",
    }
    assert {"200", "401", "403", "422"} <= set(get["responses"])
    assert "requestBody" in paths["/audit/v1/events"]["post"]


# --- the chain and append-only storage ------------------------------------------------------


def test_an_edited_row_is_detected(
    client: TestClient, login: Factory, cli: Any, db_url: str, backend: str
) -> None:
    engine = client.app.state.puente.engine  # type: ignore[attr-defined]
    login("officer.mx")
    login("officer.hn")
    login("analyst.hq")
    report = chain_ok(engine)
    assert report.ok and report.checked == 3
    assert (report.head_seq, report.head_hash) == (3, rows(engine)[-1].hash)
    assert cli("audit-verify") == 0
    target = rows(engine, audit.SIGN_IN)[1].seq
    # Someone with the database owner's powers goes around the guard and edits a row.
    with engine.begin() as conn:
        if backend == "postgres":
            conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"))
            conn.execute(
                text("UPDATE audit_log SET username = 'admin' WHERE seq = :s"), {"s": target}
            )
            conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only"))
        else:
            conn.execute(text("DROP TRIGGER audit_log_no_update"))
            conn.execute(
                text("UPDATE audit_log SET username = 'admin' WHERE seq = :s"), {"s": target}
            )
    report = chain_ok(engine)
    assert (report.ok, report.first_bad_seq, report.checked) == (False, target, 1)
    assert "changed" in report.reason
    assert cli("audit-verify") == 1


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_removed_row_is_detected(client: TestClient, login: Factory) -> None:
    engine = client.app.state.puente.engine  # type: ignore[attr-defined]
    for name in ("officer.mx", "officer.hn", "analyst.hq"):
        login(name)
    with engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        conn.execute(text("DELETE FROM audit_log WHERE seq = 2"))
    report = chain_ok(engine)
    assert (report.ok, report.first_bad_seq, report.reason) == (False, 3, "row 2 is missing")


@pytest.mark.parametrize("backend", ["sqlite"])
def test_sqlite_refuses_update_and_delete(client: TestClient, login: Factory) -> None:
    engine = client.app.state.puente.engine  # type: ignore[attr-defined]
    login("officer.mx")
    for statement in ("UPDATE audit_log SET username = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text(statement))
    assert len(rows(engine)) == 1


APP_ROLE = "puente_app"


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgres"])
def test_postgres_app_role_cannot_alter_the_audit_log(client: TestClient, db_url: str) -> None:
    owner = make_engine(db_url)
    with owner.begin() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": APP_ROLE})
        if exists.first() is None:
            conn.execute(text(f"CREATE ROLE {APP_ROLE} LOGIN"))
        audit.grant_app_role(conn, APP_ROLE)
    app_engine = make_engine(db_url.replace("postgres@", f"{APP_ROLE}@", 1))
    with Session(app_engine) as session:  # the app role appends as the server does
        assert session.exec(text("SELECT current_user")).one()[0] == APP_ROLE  # type: ignore[call-overload]
        audit.append(session, event=audit.SIGN_IN, username="officer.mx")
        session.commit()
    for statement in (
        "UPDATE audit_log SET username = 'admin'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
    ):
        with pytest.raises(DBAPIError, match="permission denied"), app_engine.begin() as conn:
            conn.execute(text(statement))
    # Even a careless GRANT later does not open it: the trigger still refuses.
    with owner.begin() as conn:
        conn.execute(text(f"GRANT UPDATE, DELETE, TRUNCATE ON audit_log TO {APP_ROLE}"))
    try:
        for statement in (
            "UPDATE audit_log SET username = 'admin'",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
        ):
            with pytest.raises(DBAPIError, match="append-only"), app_engine.begin() as conn:
                conn.execute(text(statement))
        with pytest.raises(DBAPIError, match="append-only"), owner.begin() as conn:
            conn.execute(text("UPDATE audit_log SET username = 'admin'"))  # nor the owner
    finally:
        with owner.begin() as conn:
            conn.execute(text(f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {APP_ROLE}"))
        app_engine.dispose()
        owner.dispose()
    assert chain_ok(client.app.state.puente.engine).ok  # type: ignore[attr-defined]


# --- logs -------------------------------------------------------------------------------------

NAME_SENTINEL = "Xochiquetzal Sentinelname Ñandú"
PASSWORD_SENTINEL = "pw-Sentinel-7f3a9"


@pytest.fixture
def unbuffered(monkeypatch: pytest.MonkeyPatch) -> None:
    """The live server writes its log lines at once (asked for before live_server starts)."""
    monkeypatch.setenv("PYTHONUNBUFFERED", "1")


@pytest.mark.parametrize("backend", ["sqlite"])
def test_logs_hold_no_personal_data_passwords_or_tokens(
    unbuffered: None,
    live_server: str,
    db_url: str,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from app.sync.client import SyncClient, Unauthorized
    from server.users import create_user

    engine = make_engine(db_url)
    with Session(engine) as session:
        create_user(
            session,
            username="sentinel.mx",
            password=PASSWORD_SENTINEL,
            role=Role.FIELD_OFFICER,
            missions=["MX"],
            full_name=NAME_SENTINEL,
        )
        session.commit()
    caplog.set_level(logging.DEBUG)
    client = SyncClient(live_server)
    with pytest.raises(Unauthorized):
        client.login("sentinel.mx", f"wrong {PASSWORD_SENTINEL}")
    with pytest.raises(Unauthorized):
        client.login(PASSWORD_SENTINEL, PASSWORD_SENTINEL)  # a password typed as the name
    answer = client.login("sentinel.mx", PASSWORD_SENTINEL, device_name="laptop")
    token = answer.token
    person = worker_changes(
        given_names=NAME_SENTINEL, first_family_name=NAME_SENTINEL, community=NAME_SENTINEL
    )
    worker_id = uuid.uuid4()
    batch = [
        mutation("worker", worker_id, op="create", changes=person),
        mutation("worker", uuid.uuid4(), op="create", changes=person),  # same case code: refused
        mutation("worker", worker_id, base_version=1, changes={"date_of_birth": NAME_SENTINEL}),
    ]
    results = client.push([Mutation.model_validate(m) for m in batch]).results
    assert [r.status.value for r in results] == ["applied", "rejected", "rejected"]
    page = client.pull(since=0, limit=100)
    assert NAME_SENTINEL in json.dumps(page, ensure_ascii=False)  # the data did travel
    client._call("POST", "/audit/v1/events", body={"events": [_event("print")]})
    client.logout()
    client.close()

    server_log = (tmp_path / "server.log").read_bytes()
    assert b"POST /sync/v1/push" in server_log and b"GET /sync/v1/pull" in server_log
    assert any("urllib3" in r.name for r in caplog.records)  # the client's logs were captured
    client_log = "\n".join(
        f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records
    ).encode("utf-8")
    for secret in (NAME_SENTINEL, "Xochiquetzal", PASSWORD_SENTINEL, token):
        for encoded in (secret.encode("utf-8"), secret.encode("utf-16-le")):
            assert encoded not in server_log, secret
            assert encoded not in client_log, secret
    assert NAME_SENTINEL not in dump(engine) and PASSWORD_SENTINEL not in dump(engine)
    engine.dispose()


def test_database_errors_carry_no_row_values(db_url: str) -> None:
    """What the server logs on an unexpected error (SQL and its parameters) holds no values."""
    engine = make_engine(db_url)
    with pytest.raises(DBAPIError) as err, engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO mission (code, name, country, currency, time_zone) VALUES "
                "('MX', :name, 'MX', 'MXN', 'UTC')"
            ),
            {"name": NAME_SENTINEL},
        )
    assert "mission" in str(err.value)  # the statement is there, to debug with
    assert NAME_SENTINEL not in str(err.value)
    engine.dispose()
