"""Retention: periods per mission, closed workers anonymised with their records, feed and push."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, update
from sqlmodel import Session, SQLModel

from app.models import SYNCED_ENTITIES, Worker
from app.sync.bundle import PullBundle, read_bundle
from server import audit, retention
from server.bundles import export_pull_bundle
from server.cli import main
from server.db import SERVER_TABLE_NAMES, reserve_seqs
from server.models import AuditEntry, AuditLog, RetentionPolicy, RowMeta
from tests.server.helpers import Caller, Factory, mutation, new_worker

SENTINEL = "Zyxqwuvé"
"""A personal value written only into the records that must be anonymised."""


@pytest.fixture
def cli(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run `puente-server` on this test's database."""
    monkeypatch.setenv("DATABASE_URL", db_url)

    def run(*args: str) -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        return main(list(args))

    return run


def _policies(engine: Engine) -> list[tuple[str, int]]:
    with Session(engine) as session:
        return [(p.mission_id, p.days) for p in retention.policies(session)]


def _events(engine: Engine, name: str) -> list[AuditLog]:
    with Session(engine) as session:
        query = select(AuditLog).where(AuditLog.event == name).order_by(AuditLog.seq)  # type: ignore[arg-type]
        return list(session.execute(query).scalars())


def _max_seq(engine: Engine) -> int:
    with Session(engine) as session:
        return int(session.execute(select(func.max(RowMeta.server_seq))).scalar_one())


def test_policy_set_show_clear_and_bad_input(
    cli: Any, engine_of: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    for bad in (
        ("set", "ZZ", "--days", "30"),
        ("set", "MX", "--days", "0"),
        ("set", "MX", "--months", "-2"),
        ("set", "MX", "--years", "1000"),
        ("clear", "ZZ"),
    ):
        assert cli("retention", *bad) == 2, bad
        assert capsys.readouterr().err.startswith("error: ")
    with pytest.raises(SystemExit) as exc:  # no period at all: argparse's usage error
        cli("retention", "set", "MX")
    assert exc.value.code == 2
    with pytest.raises(SystemExit):
        cli("retention", "run", "--now", "yesterday")
    assert _policies(engine_of) == []
    assert _events(engine_of, retention.RETENTION_SET) == []

    assert cli("retention", "show") == 0
    assert "no retention periods" in capsys.readouterr().out
    assert cli("retention", "set", "mx", "--years", "1") == 0
    assert cli("retention", "set", "HN", "--days", "90") == 0
    assert cli("retention", "set", "HN", "--months", "6") == 0  # replaces
    assert _policies(engine_of) == [("HN", 183), ("MX", 366)]
    capsys.readouterr()
    assert cli("retention", "show") == 0
    shown = capsys.readouterr().out.splitlines()
    assert shown[0].split()[:2] == ["MISSION", "DAYS"]
    assert [line.split()[:2] for line in shown[1:]] == [["HN", "183"], ["MX", "366"]]
    assert cli("retention", "clear", "HN") == 0
    assert cli("retention", "clear", "HN") == 0  # nothing to clear: still fine
    assert _policies(engine_of) == [("MX", 366)]
    assert [e.mission_id for e in _events(engine_of, retention.RETENTION_SET)] == ["MX", "HN", "HN"]
    assert [e.mission_id for e in _events(engine_of, retention.RETENTION_CLEARED)] == ["HN"]


def test_period_conversion() -> None:
    assert retention.period_days(days=10) == 10
    assert retention.period_days(months=1) == 31
    assert retention.period_days(years=5) == 1827  # never shorter than five calendar years
    with pytest.raises(retention.RetentionError):
        retention.period_days(days=1, years=1)


# --- a mission's case file ------------------------------------------------------------------


@dataclass
class CaseFile:
    """A worker and every record of it, by entity (the ids the server should purge)."""

    worker: uuid.UUID
    records: dict[str, list[uuid.UUID]] = field(default_factory=dict)

    def ids(self) -> set[tuple[str, str]]:
        out = {("worker", str(self.worker))}
        for entity, ids in self.records.items():
            out.update((entity, str(i)) for i in ids)
        return out


def _create(caller: Caller, entity: str, changes: dict[str, Any], mission: str = "MX") -> uuid.UUID:
    entity_id = uuid.uuid4()
    (result,) = caller.push(
        mutation(entity, entity_id, op="create", mission=mission, changes=changes)
    )
    assert result["status"] == "applied", result
    return entity_id


def _full_case_file(sup: Caller, course: uuid.UUID, project: uuid.UUID) -> CaseFile:
    """A worker full of the sentinel, with one record of every kind that belongs to it."""
    s = SENTINEL
    worker, _ = new_worker(
        sup,
        given_names=f"{s} Ana",
        first_family_name=s,
        date_of_birth="1988-07-23",
        id_document_number=f"{s}9",
        phone=f"+52{s}",
        email=f"{s}@mail.mx",
        municipality=s,
        community=s,
        address_line=f"Calle {s} 12",
        skills=f"{s} skills",
        occupation=f"{s} baker",
        consent_obtained_by=s,
        intake_form_code=f"IF-{s}",
        status="closed",
    )
    w = str(worker)
    case = CaseFile(worker)
    enrolment = _create(
        sup, "enrolment", {"worker_id": w, "course_id": str(course), "certificate_number": s}
    )
    plan = _create(
        sup,
        "reintegration_plan",
        {"worker_id": w, "title": s, "goals": s, "community": s, "other_funding_source": s},
    )
    note = _create(sup, "case_note", {"worker_id": w, "author": "supervisor.mx", "text": s})
    case.records = {
        "placement": [
            _create(sup, "placement", {"worker_id": w, "employer": s, "permit_number": s})
        ],
        "enrolment": [enrolment],
        "attendance": [
            _create(
                sup, "attendance", {"enrolment_id": str(enrolment), "session_date": "2025-02-01"}
            )
        ],
        "reintegration_plan": [plan],
        "milestone": [_create(sup, "milestone", {"plan_id": str(plan), "title": s})],
        "project_participant": [
            _create(sup, "project_participant", {"project_id": str(project), "worker_id": w})
        ],
        "remittance": [
            _create(
                sup,
                "remittance",
                {
                    "worker_id": w,
                    "month": "2025-01-01",
                    "amount": "250.00",
                    "community_project_id": str(project),
                },
            )
        ],
        "case_note": [
            note,
            _create(
                sup,
                "case_note",
                {"worker_id": w, "author": "supervisor.mx", "text": s, "revision_of": str(note)},
            ),
        ],
    }
    return case


def _conflict_on(worker: uuid.UUID, one: Caller, other: Caller) -> None:
    """Two devices write the same field: the server keeps conflict values and answers rows."""
    (a,) = one.push(mutation("worker", worker, base_version=1, changes={"skills": f"{SENTINEL} A"}))
    (b,) = other.push(
        mutation("worker", worker, base_version=1, changes={"skills": f"{SENTINEL} B"})
    )
    assert (a["status"], b["status"]) == ("applied", "conflict")


def _backdate(engine: Engine, worker: uuid.UUID, days: int) -> None:
    """Make everything the server recorded of this worker `days` old."""
    when = datetime.now(UTC) - timedelta(days=days)
    history: Any = AuditEntry.__table__  # type: ignore[attr-defined]
    workers: Any = Worker.__table__  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conn.execute(update(history).where(history.c.entity_id == worker).values(at=when))
        conn.execute(update(workers).where(workers.c.id == worker).values(updated_at=when))


def _sentinel_cells(engine: Engine) -> list[str]:
    """Every text value of every server table that still holds the sentinel."""
    found: list[str] = []
    needle = SENTINEL.lower()
    with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            if table.name not in SERVER_TABLE_NAMES:
                continue
            for row in conn.execute(table.select()):
                for name, value in row._mapping.items():
                    if isinstance(value, str) and needle in value.lower():
                        found.append(f"{table.name}.{name}")
    return found


def _purged_ids(page: dict[str, Any]) -> set[tuple[str, str]]:
    return {(p["entity"], p["id"]) for p in page["purged"]}


def _sent_ids(page: dict[str, Any]) -> set[tuple[str, str]]:
    sent = {(t["entity"], t["id"]) for t in page["tombstones"]}
    for entity, block in page["entities"].items():
        at = block["columns"].index("id")
        sent.update((entity, row[at]) for row in block["rows"])
    return sent


def test_closed_workers_past_the_period_are_anonymised(
    login: Factory, cli: Any, engine_of: Engine, tmp_path: Path
) -> None:
    sup, mx, mx2, hn = (
        login("supervisor.mx"),
        login("officer.mx"),
        login("officer2.mx"),
        login("officer.hn"),
    )
    course = _create(sup, "course", {"code": "C-1", "title": "Welding", "hours": "20.0"})
    project = _create(
        sup, "community_project", {"title": "Well", "community": "San Juan", "goal_amount": "900"}
    )
    old = _full_case_file(sup, course, project)
    _conflict_on(old.worker, mx, mx2)
    recent, _ = new_worker(mx, status="closed")
    reopened, _ = new_worker(mx, status="closed")
    archived, _ = new_worker(mx, given_names=SENTINEL)
    (r,) = mx.push(mutation("worker", archived, op="archive", base_version=1))
    assert r["status"] == "applied"
    no_history, _ = new_worker(mx, status="closed", given_names=SENTINEL)
    active, _ = new_worker(mx)
    hn_closed, _ = new_worker(hn, mission="HN", status="closed")
    for worker, days in (
        (old.worker, 400),
        (recent, 300),
        (reopened, 400),
        (archived, 400),
        (no_history, 400),
        (active, 900),
        (hn_closed, 900),
    ):
        _backdate(engine_of, worker, days)
    history: Any = AuditEntry.__table__  # type: ignore[attr-defined]
    with engine_of.begin() as conn:  # no history: judged by updated_at (400 days)
        conn.execute(history.delete().where(history.c.entity_id == no_history))
    (r,) = mx.push(mutation("worker", reopened, base_version=1, changes={"status": "active"}))
    assert r["status"] == "applied"
    _, cursor = mx.pull_all()
    assert _sentinel_cells(engine_of)  # the scan does see it before

    assert cli("retention", "set", "MX", "--days", "365") == 0
    assert cli("retention", "run", "--dry-run") == 0
    assert _sentinel_cells(engine_of) and _events(engine_of, retention.RETENTION_PURGE) == []
    before = _max_seq(engine_of)
    assert cli("retention", "run") == 0
    purged = old.ids() | {("worker", str(archived)), ("worker", str(no_history))}

    assert _sentinel_cells(engine_of) == []
    with Session(engine_of) as session:
        metas = session.execute(select(RowMeta).where(RowMeta.purged_at.is_not(None))).scalars()  # type: ignore[union-attr]
        marked = {(m.entity, str(m.entity_id)): m for m in metas}
        assert set(marked) == purged
        assert sorted(m.server_seq for m in marked.values()) == list(
            range(before + 1, before + 1 + len(purged))
        )
        row = session.get(Worker, old.worker)
        assert row is not None and row.version == marked[("worker", str(old.worker))].version
        assert (row.given_names, row.sort_name, row.intake_form_code) == ("", "", None)
        assert (row.date_of_birth, row.sex.value, row.status.value) == (
            date(1988, 1, 1),
            "male",
            "closed",
        )
        assert row.mission_id == "MX" and row.case_code
        for kept in (recent, reopened, active, hn_closed):
            assert session.get(RowMeta, ("worker", kept)).purged_at is None  # type: ignore[union-attr]
        assert session.get(RowMeta, ("course", course)).purged_at is None  # type: ignore[union-attr]
        assert session.get(RowMeta, ("community_project", project)).purged_at is None  # type: ignore[union-attr]

    # the feed: ids only, once, to those who pulled before; a fresh pull never mentions them
    page = mx.pull(since=cursor, limit=5000)
    assert _purged_ids(page) == purged
    assert not _sent_ids(page) & purged
    assert page["next_cursor"] == _max_seq(engine_of)
    fresh = mx.pull(limit=5000)
    assert fresh["purged"] == [] and not _sent_ids(fresh) & purged
    assert {("course", str(course)), ("community_project", str(project))} <= _sent_ids(fresh)
    assert hn.pull(since=cursor, limit=5000)["purged"] == []  # another mission's scope
    bundle = export_pull_bundle(
        Session(engine_of),
        missions=["MX"],
        path=tmp_path / "mx.bundle",
        passphrase="p" * 12,
        since=cursor,
    )
    assert {(p.entity, str(p.id)) for page in bundle.pages for p in page.purged} == purged
    read = read_bundle(tmp_path / "mx.bundle", "p" * 12)
    assert isinstance(read, PullBundle) and read.pages[0].purged

    # the audit log: intact, one event for the mission, names and counts only
    with engine_of.connect() as conn:
        assert audit.verify_chain(conn).ok
    (event,) = _events(engine_of, retention.RETENTION_PURGE)
    assert (event.mission_id, event.count, event.record_id) == ("MX", 3, "")
    assert "case_note" in event.fields.split(",")

    # pushes on purged records store nothing
    seq = _max_seq(engine_of)
    note = uuid.uuid4()
    attendance = uuid.uuid4()
    results = sup.push(
        mutation("worker", old.worker, base_version=1, changes={"phone": "+5215550000"}),
        mutation("worker", archived, op="restore", base_version=2),
        mutation(
            "case_note",
            note,
            op="create",
            changes={"worker_id": str(old.worker), "author": "x", "text": "late"},
        ),
        mutation(
            "attendance",
            attendance,
            op="create",
            changes={
                "enrolment_id": str(old.records["enrolment"][0]),
                "session_date": "2025-03-01",
            },
        ),
    )
    assert [(r["status"], r["reason"]) for r in results] == [("rejected", "purged")] * 4
    assert all("retention" in r["message"] for r in results)
    assert _max_seq(engine_of) == seq
    with Session(engine_of) as session:
        assert session.get(RowMeta, ("case_note", note)) is None

    # a second run changes nothing
    log_size = len(_events(engine_of, retention.RETENTION_PURGE))
    assert cli("retention", "run") == 0
    assert _max_seq(engine_of) == seq
    assert len(_events(engine_of, retention.RETENTION_PURGE)) == log_size


def test_run_judges_from_the_given_time(login: Factory, cli: Any, engine_of: Engine) -> None:
    mx = login("officer.mx")
    worker, _ = new_worker(mx, status="closed")
    assert cli("retention", "set", "MX", "--days", "30") == 0
    assert cli("retention", "run") == 0  # closed today: not yet
    with Session(engine_of) as session:
        assert session.get(RowMeta, ("worker", worker)).purged_at is None  # type: ignore[union-attr]
        assert session.get(RetentionPolicy, "MX") is not None
    later = (datetime.now(UTC) + timedelta(days=31)).isoformat()
    assert cli("retention", "run", "--now", later) == 0
    with Session(engine_of) as session:
        assert session.get(RowMeta, ("worker", worker)).purged_at is not None  # type: ignore[union-attr]


def test_every_record_kind_of_a_worker_is_covered() -> None:
    owned = {entity for entity, _column, _parent in retention.owned_links()}
    assert owned == set(SYNCED_ENTITIES) - {"worker", "course", "community_project"}


def test_a_page_never_brings_in_a_purged_parent(login: Factory, engine_of: Engine) -> None:
    sup = login("supervisor.mx")
    course = _create(sup, "course", {"code": "C-2", "title": "Cooking", "hours": "8.0"})
    worker, _ = new_worker(sup)
    (r,) = sup.push(
        mutation(
            "enrolment",
            uuid.uuid4(),
            op="create",
            changes={"worker_id": str(worker), "course_id": str(course)},
        )
    )
    with Session(engine_of) as session:  # as if the course had been purged after (never so)
        meta = session.get(RowMeta, ("course", course))
        assert meta is not None
        meta.server_seq, meta.purged_at = reserve_seqs(session, 1), datetime.now(UTC)
        session.add(meta)
        session.commit()
    page = sup.pull(since=r["server_seq"] - 1, limit=1)
    assert set(page["entities"]) == {"enrolment"}
    assert page["purged"] == [] and page["more"] is True


def test_batches_make_one_audit_event_per_mission(login: Factory, engine_of: Engine) -> None:
    mx = login("officer.mx")
    workers = [new_worker(mx, status="closed")[0] for _ in range(3)]
    later = datetime.now(UTC) + timedelta(days=11)
    with Session(engine_of) as session:
        retention.set_policy(session, mission="MX", days=10, by="test")
        session.commit()
        (done,) = retention.run(session, now=later, by="test", batch=2)
    assert (done.mission_id, done.workers, done.records) == ("MX", 3, {"worker": 3})
    (event,) = _events(engine_of, retention.RETENTION_PURGE)
    assert (event.count, event.username, event.outcome) == (3, "test", "10 days")
    with Session(engine_of) as session:
        assert all(session.get(RowMeta, ("worker", w)).purged_at for w in workers)  # type: ignore[union-attr]
