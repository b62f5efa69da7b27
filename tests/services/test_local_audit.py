"""Local audit: one test per desktop event, names only (never values), upload to the chain."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session, col, select

from app.models.audit_event import AuditEvent
from app.models.enums import Role
from app.services import audit, workers
from app.services.context import Actor
from app.services.db import Database
from app.sync.audit_upload import read_server_events, upload_events
from tests.services.conftest import TODAY, MakeWorker

SENTINEL = "Qwertzuiop-Sentinel"


def events(db: Database) -> list[AuditEvent]:
    with db.read() as s:
        return list(s.exec(select(AuditEvent).order_by(col(AuditEvent.seq))).all())


def dump(db: Database) -> str:
    with db.engine.connect() as conn:
        return "\n".join(repr(tuple(r)) for r in conn.execute(text("SELECT * FROM audit_event")))


def test_sign_in_success_and_failure(db: Database, mx_officer: Actor) -> None:
    with db.write() as s:
        audit.record_sign_in(
            s, username="Olga.MX", succeeded=True, known_user=True, actor=mx_officer
        )
        audit.record_sign_in(s, username="olga.mx", succeeded=False, known_user=True)
        audit.record_sign_in(
            s, username=SENTINEL, succeeded=False, known_user=False, device_tag="M1X"
        )
    rows = [(e.event, e.username, e.role, e.mission_id, e.outcome) for e in events(db)]
    assert rows == [
        ("sign_in", "olga.mx", "field_officer", "MX", "ok"),
        ("sign_in_failed", "olga.mx", "", "", "wrong_password"),
        ("sign_in_failed", "", "", "", "wrong_password"),  # an unknown name is not kept
    ]
    assert SENTINEL.lower() not in dump(db).lower()


def test_missed_sign_ins_keep_their_own_times_and_a_count_beyond_the_cap(db: Database) -> None:
    earlier = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)
    with db.write() as s:
        kept = audit.record_missed_sign_ins(
            s,
            [(earlier, "olga.mx"), (earlier + timedelta(minutes=1), "")],
            dropped=3,
            device_tag="M1X",
        )
    assert kept == 2
    rows = [(e.event, e.username, e.device_tag, e.outcome) for e in events(db)]
    assert rows == [
        ("sign_in_failed", "olga.mx", "M1X", "wrong_password"),
        ("sign_in_failed", "", "M1X", "wrong_password"),
        ("sign_in_failed", "", "M1X", "more_attempts_not_kept"),
    ]
    first, second = (e.at.replace(tzinfo=UTC) for e in events(db)[:2])
    assert (first, second) == (earlier, earlier + timedelta(minutes=1))


def test_export_and_print_name_fields_and_records(db: Database, analyst: Actor) -> None:
    record = uuid.uuid4()
    with db.write() as s:
        audit.record_event(
            s, actor=analyst, event="export", entity="worker", fields=["sex", "given_names"]
        )
        audit.record_event(s, actor=analyst, event="print", entity="worker", record_id=record)
    export, printed = events(db)
    assert (export.event, export.fields, export.role, export.mission_id) == (
        "export",
        "given_names,sex",
        "hq_analyst",
        "",
    )
    assert (printed.event, printed.record_id, printed.device_tag) == ("print", str(record), "Q2H")


@pytest.mark.parametrize(
    "bad",
    [
        {"event": "format_disk"},
        {"event": "export", "fields": ["José Pérez"]},
        {"event": "export", "entity": "Worker 12"},
        {"event": "export", "outcome": "done: 1990-01-01"},
        {"event": "print", "record_id": "MX-ABC-0001"},
    ],
)
def test_values_and_unknown_events_are_refused(
    db: Database, mx_officer: Actor, bad: dict[str, Any]
) -> None:
    with pytest.raises(ValueError), db.write() as s:
        audit.record_event(s, actor=mx_officer, **bad)
    assert events(db) == []


def test_consent_given_changed_and_withdrawn(
    db: Database, make_worker: MakeWorker, mx_officer: Actor
) -> None:
    worker_id = make_worker("MX", given_names=SENTINEL, consent_obtained_by=SENTINEL)
    with db.write() as s:
        workers.update_worker(
            s, worker_id=worker_id, changes={"community": SENTINEL}, actor=mx_officer, today=TODAY
        )
        workers.update_worker(
            s,
            worker_id=worker_id,
            changes={"consent_purposes": "case_management"},
            actor=mx_officer,
            today=TODAY,
        )
        workers.update_worker(
            s,
            worker_id=worker_id,
            changes={"consent_withdrawn_at": date(2026, 11, 20)},
            actor=mx_officer,
            today=TODAY,
        )
    rows = [(e.event, e.username, e.record_id, e.fields) for e in events(db)]
    assert rows == [
        (
            "consent_changed",
            "setup",
            str(worker_id),
            "consent_date,consent_obtained_by,consent_purposes",
        ),
        ("consent_changed", "olga.mx", str(worker_id), "consent_purposes"),
        ("consent_withdrawn", "olga.mx", str(worker_id), "consent_withdrawn_at"),
    ]
    assert SENTINEL not in dump(db)


def test_archive_and_restore(db: Database, make_worker: MakeWorker, mx_officer: Actor) -> None:
    worker_id = make_worker("MX")
    with db.write() as s:
        workers.archive_worker(s, worker_id=worker_id, actor=mx_officer)
        workers.archive_worker(s, worker_id=worker_id, actor=mx_officer)  # already: no event
        workers.restore_worker(s, worker_id=worker_id, actor=mx_officer)
    rows = [(e.event, e.record_id, e.fields, e.mission_id) for e in events(db)][1:]
    assert rows == [
        ("archive", str(worker_id), "archived_at", "MX"),
        ("restore", str(worker_id), "archived_at", "MX"),
    ]


def test_a_refused_archive_records_nothing(
    db: Database, make_worker: MakeWorker, hn_officer: Actor
) -> None:
    worker_id = make_worker("MX")
    before = len(events(db))
    with pytest.raises(Exception), db.write() as s:  # noqa: B017 - NotFound for a foreign record
        workers.archive_worker(s, worker_id=worker_id, actor=hn_officer)
    assert len(events(db)) == before


# --- upload to the server's chain ------------------------------------------------------------


class _AppCaller:
    """The one call upload_events makes, through a FastAPI TestClient (same JSON, same auth)."""

    def __init__(self, client: TestClient, token: str) -> None:
        self.client, self.token, self.calls = client, token, 0

    def _call(self, method: str, path: str, *, body: Any = None, params: Any = None) -> Any:
        self.calls += 1
        r = self.client.request(
            method,
            path,
            json=body,
            params=params,
            headers={"Authorization": f"Bearer {self.token}"},
        )
        assert r.status_code == 200, r.text
        return r.json()


def _login(client: TestClient, username: str) -> str:
    r = client.post("/auth/login", json={"username": username, "password": "long password"})
    assert r.status_code == 200, r.text
    token: str = r.json()["token"]
    return token


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[TestClient, str, Any]]:
    from server.auth import configure_hasher
    from server.config import Settings
    from server.main import create_app
    from server.users import create_user

    configure_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'server.sqlite'}"))
    engine = app.state.puente.engine
    with Session(engine) as s:
        create_user(
            s,
            username="olga.mx",
            password="long password",
            role=Role.FIELD_OFFICER,
            missions=["MX"],
        )
        create_user(
            s, username="nadia.hq", password="long password", role=Role.HQ_ANALYST, missions=[]
        )
        s.commit()
    with TestClient(app) as client:
        yield client, _login(client, "olga.mx"), engine
    engine.dispose()


def test_upload_sends_pending_events_once_and_marks_them(
    db: Database, make_worker: MakeWorker, mx_officer: Actor, server: tuple[TestClient, str, Any]
) -> None:
    client, token, engine = server
    worker_id = make_worker("MX")
    with db.write() as s:
        workers.archive_worker(s, worker_id=worker_id, actor=mx_officer)
        audit.record_event(s, actor=mx_officer, event="export", entity="worker", fields=["sex"])
        audit.record_event(s, actor=mx_officer, event="print", mission_id="HN")  # not theirs
    caller = _AppCaller(client, token)
    summary = upload_events(caller, db, batch=2)
    assert (summary.sent, summary.refused) == (3, 1)
    local = events(db)
    assert all(e.sent_at is not None for e in local[:3])
    assert (local[3].sent_at, local[3].upload_error) == (None, "mission_not_allowed")
    calls = caller.calls
    assert upload_events(caller, db) == type(summary)(0, 0) and caller.calls == calls
    with engine.connect() as conn:
        chained = conn.execute(
            text("SELECT event, record_id, source FROM audit_log WHERE source = 'client'")
        ).all()
    assert [tuple(r) for r in chained] == [
        ("consent_changed", str(worker_id), "client"),
        ("archive", str(worker_id), "client"),
        ("export", "", "client"),
    ]
    # a lost answer: the same events sent again are kept once on the server
    hq = _AppCaller(client, _login(client, "nadia.hq"))
    page = read_server_events(hq, mission="MX", event="archive")
    assert [(e["event"], e["source"], e["record_id"]) for e in page["events"]] == [
        ("archive", "client", str(worker_id))
    ]
    with db.write() as s:
        s.exec(text("UPDATE audit_event SET sent_at = NULL"))  # type: ignore[call-overload]
    assert upload_events(caller, db).sent == 3
    with engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM audit_log WHERE source = 'client'"))
        assert count.scalar_one() == 3


def test_every_event_has_a_label_in_spanish_and_french() -> None:
    import json

    from app.models.audit_event import CLIENT_AUDIT_EVENTS
    from app.services.audit import EVENT_LABELS, event_label
    from server.audit import SERVER_EVENTS

    assert set(EVENT_LABELS) == CLIENT_AUDIT_EVENTS | SERVER_EVENTS
    root = Path(__file__).resolve().parents[2]
    catalogue = json.loads((root / "translations/catalog/audit.json").read_text("utf-8"))["Audit"]
    assert set(catalogue) == set(EVENT_LABELS.values())
    assert all(entry["es"] and entry["fr"] for entry in catalogue.values())
    spanish = event_label("consent_withdrawn", lambda ctx, text: catalogue[text]["es"])
    assert spanish == "Consentimiento retirado"
    assert event_label("something_new", lambda ctx, text: text) == "something_new"


@pytest.mark.parametrize(
    ("action", "what", "details"),
    [
        ("print", "blank_intake_form", {"copies": "3"}),
        ("print", "worker_record", {"record": str(uuid.uuid4()), "notes": "False"}),
        ("export", "indicators", {"format": "pdf", "mission": "MX"}),
        ("export", "workers", {"format": "csv", "mission": "*", "rows": "12"}),
    ],
)
def test_document_hook_shapes_are_recorded(
    db: Database, mx_officer: Actor, action: str, what: str, details: dict[str, str]
) -> None:
    """The calls the workspace makes for DocumentService's audit hook (detail names only)."""
    with db.write() as s:
        audit.record_event(
            s,
            actor=mx_officer,
            event=action,
            entity=what,
            record_id=details.get("record") or None,
            fields=sorted(name for name in details if name != "record"),
        )
    (row,) = events(db)
    assert (row.event, row.entity, row.record_id) == (action, what, details.get("record", ""))
    assert "12" not in row.fields and "csv" not in row.fields
