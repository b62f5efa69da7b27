"""Retention purges on the laptop: a pulled page's `purged` list deletes a worker's whole case.

No server here: pages are built by hand and applied through the sync engine, as a pull
applies them. Every kind of record, history, shadow, outbox entry and conflict of the
purged worker goes; the sentinel name is gone from the store's bytes afterwards.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from app.models import SYNCED_ENTITIES
from app.models.enums import Role
from app.services import notes, placements, plans, projects, remittances, training, workers
from app.services.context import Actor
from app.services.db import Database
from app.store.migrate import prepare_store
from app.sync.apply import record_conflict, storage_id
from app.sync.engine import SyncEngine, SyncReport
from app.sync.purge import referrers
from tests.services.conftest import worker_values

TODAY = date(2026, 11, 25)
SENTINEL = "Zyxwvutsrq"
FAMILY = "Qponmlkjih"
ACTOR = Actor("sara.mx", "Sara Vega", Role.SUPERVISOR, ("MX",), "S1X")


@dataclass
class Case:
    """A worker and the ids of every record of their case."""

    worker: uuid.UUID
    name: str
    ids: dict[str, list[uuid.UUID]]


def open_store(path: Path, *, key: bytes | None, zero_deletes: bool | None) -> Database:
    """A fresh store; `zero_deletes` sets secure_delete on every connection (None: the
    build's default, which is on in Debian's SQLite and off in SQLCipher)."""
    engine = prepare_store(path, key=key)
    if zero_deletes is not None:

        @event.listens_for(engine, "connect")
        def _secure_delete(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.execute(f"PRAGMA secure_delete = {int(zero_deletes)}")

        engine.dispose()
    return Database(engine)


@pytest.fixture(params=["plain", "encrypted"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Database, Path]]:
    path = tmp_path / "puente.sqlite"
    if request.param == "plain":  # every delete zeroed, as PRAGMA secure_delete = ON does
        db = open_store(path, key=None, zero_deletes=True)
    else:  # SQLCipher as the app opens it (pages encrypted; deletes not zeroed by default)
        db = open_store(path, key=os.urandom(32), zero_deletes=None)
    yield db, path
    db.dispose()


def make_case(db: Database, given: str, family: str, project_id: uuid.UUID) -> Case:
    """A worker with a placement, enrolment + attendance, plan + milestone, project
    participation, remittance, a revised note, history and a pending edit."""
    with db.write() as s:
        w = workers.create_worker(
            s,
            data=worker_values("MX", given_names=given, first_family_name=family),
            actor=ACTOR,
            today=TODAY,
        ).id
    ids: dict[str, list[uuid.UUID]] = {"worker": [w]}
    with db.write() as s:
        ids["placement"] = [
            placements.add_placement(
                s, data={"worker_id": w, "employer": f"Granja {family}"}, actor=ACTOR
            ).id
        ]
        course = training.create_course(
            s,
            data={"mission_id": "MX", "code": f"C{given[:3]}", "title": "Orientación"},
            actor=ACTOR,
        )
        enrolment = training.enrol(s, course_id=course.id, worker_id=w, on=TODAY, actor=ACTOR)
        ids["enrolment"] = [enrolment.id]
        ids["attendance"] = [
            training.record_attendance(
                s, enrolment_id=enrolment.id, session_date=TODAY, actor=ACTOR
            ).id
        ]
        plan = plans.create_plan(s, data={"worker_id": w, "title": f"Tienda {given}"}, actor=ACTOR)
        ids["reintegration_plan"] = [plan.id]
        ids["milestone"] = [
            plans.add_milestone(s, plan_id=plan.id, title="Local", due_date=None, actor=ACTOR).id
        ]
        ids["project_participant"] = [
            projects.add_participant(s, project_id=project_id, worker_id=w, actor=ACTOR).id
        ]
        ids["remittance"] = [
            remittances.add_remittance(
                s,
                data={"worker_id": w, "month": date(2027, 4, 1), "amount": "300"},
                actor=ACTOR,
            ).id
        ]
        note = notes.add_note(s, data={"worker_id": w, "text": f"Habló con {given}"}, actor=ACTOR)
    with db.write() as s:
        revised = notes.revise_note(s, note_id=note.id, text=f"{given} {family} llamó", actor=ACTOR)
        ids["case_note"] = [note.id, revised.id]
    with db.write() as s:  # a pending edit on top of the create (both stay in the outbox)
        workers.update_worker(
            s, worker_id=w, changes={"community": f"Barrio {given}"}, actor=ACTOR, today=TODAY
        )
    return Case(w, given, ids)


def add_traces(db: Database, case: Case, given: str) -> None:
    """A shadow, an open conflict and an outbox entry already sent, all naming the worker."""
    wid = storage_id(case.worker)
    with db.write() as s:
        conn = s.connection()
        conn.exec_driver_sql(
            "INSERT INTO shadow (entity, entity_id, version, data) VALUES ('worker', ?, 1, ?)",
            (wid, json.dumps({"given_names": given, "version": 1})),
        )
        record_conflict(
            conn,
            entity="worker",
            entity_id=wid,
            mission_id="MX",
            field_name="given_names",
            base=given,
            mine=given + "a",
            theirs=given + "b",
            mutation_id=None,
            stamp="2026-11-25 10:00:00.000000",
        )
        conn.exec_driver_sql(
            "UPDATE outbox SET state = 'sent' WHERE seq = (SELECT min(seq) FROM outbox "
            "WHERE entity_id = ?)",
            (wid,),
        )


def counts(db: Database, case: Case) -> dict[str, int]:
    """Rows left of the case, per table (entities and bookkeeping)."""
    found: dict[str, int] = {}
    with db.read() as s:
        conn = s.connection()
        for entity, ids in case.ids.items():
            marks = ",".join("?" * len(ids))
            found[entity] = conn.exec_driver_sql(
                f"SELECT count(*) FROM {entity} WHERE id IN ({marks})",
                tuple(storage_id(i) for i in ids),
            ).scalar_one()
        every = tuple(storage_id(i) for ids in case.ids.values() for i in ids)
        marks = ",".join("?" * len(every))
        for table in ("history", "shadow", "outbox", "sync_conflict"):
            found[table] = conn.exec_driver_sql(
                f"SELECT count(*) FROM {table} WHERE entity_id IN ({marks})", every
            ).scalar_one()
        found["fts"] = conn.exec_driver_sql(
            "SELECT count(*) FROM worker_fts WHERE worker_fts MATCH ?", (case.name.lower(),)
        ).scalar_one()
    return found


def secure_delete(db: Database) -> int:
    """The connections' secure_delete setting (builds differ in their default)."""
    with db.read() as s:
        return int(s.connection().exec_driver_sql("PRAGMA secure_delete").scalar_one())


def engine_for(db: Database) -> SyncEngine:
    return SyncEngine(db, client=None)  # type: ignore[arg-type] # pages come by hand


def page(*purged: tuple[str, uuid.UUID], cursor: int = 10, **extra: Any) -> dict[str, Any]:
    return {
        "server_epoch": "e1",
        "since": 0,
        "next_cursor": cursor,
        "more": False,
        "scope": ["MX"],
        "entities": {},
        "tombstones": [],
        "purged": [{"entity": e, "id": str(i), "mission_id": "MX"} for e, i in purged],
        **extra,
    }


def store_bytes(path: Path) -> bytes:
    return b"".join(
        p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()
    )


def holds(data: bytes, word: str) -> bool:
    """The word in the bytes, any case, as UTF-8 or UTF-16 (either byte order)."""
    low = data.lower()
    word = word.lower()
    return any(word.encode(enc) in low for enc in ("utf-8", "utf-16-le", "utf-16-be"))


@pytest.fixture
def two_cases(store: tuple[Database, Path]) -> tuple[Database, Path, Case, Case]:
    db, path = store
    return (db, path, *make_cases(db))


def make_cases(db: Database) -> tuple[Case, Case]:
    """The worker to purge (sentinel names) and one to keep, each with a whole case."""
    with db.write() as s:
        project = projects.create_project(
            s,
            data={
                "mission_id": "MX",
                "title": "Agua potable",
                "community": "San Isidro",
                "currency": "cad",
                "goal_amount": "10000",
            },
            actor=ACTOR,
        )
    gone = make_case(db, SENTINEL, FAMILY, project.id)
    kept = make_case(db, "Keepme", "Staying", project.id)
    add_traces(db, gone, SENTINEL)
    add_traces(db, kept, "Keepme")
    return gone, kept


def test_referrers_come_from_the_foreign_keys() -> None:
    links = referrers()
    assert set(links["worker"]) >= {
        ("placement", "worker_id"),
        ("enrolment", "worker_id"),
        ("reintegration_plan", "worker_id"),
        ("project_participant", "worker_id"),
        ("remittance", "worker_id"),
        ("case_note", "worker_id"),
    }
    assert ("attendance", "enrolment_id") in links["enrolment"]
    assert ("milestone", "plan_id") in links["reintegration_plan"]
    assert ("case_note", "revision_of") in links["case_note"]
    assert set(links) == set(SYNCED_ENTITIES)


def test_purge_removes_the_whole_case_and_nothing_else(
    two_cases: tuple[Database, Path, Case, Case],
) -> None:
    db, _path, gone, kept = two_cases
    before = counts(db, kept)
    default = secure_delete(db)
    assert counts(db, gone)["fts"] == 1 and counts(db, gone)["sync_conflict"] == 1
    assert counts(db, gone)["outbox"] > 0 and counts(db, gone)["history"] > 0
    report = SyncReport()
    engine_for(db).apply_pulled(page(("worker", gone.worker)), report)
    left = counts(db, gone)
    assert left == dict.fromkeys(left, 0)
    assert counts(db, kept) == before  # the other worker is untouched
    records = sum(len(ids) for ids in gone.ids.values())
    assert report.purged == report.pull.purged == records == 10
    assert report.purged_ids == {i for ids in gone.ids.values() for i in ids}
    assert "purged_ids" not in json.dumps(report.summary())  # ids stay out of the log
    assert report.summary()["purged"] == 10
    assert engine_for(db).cursor() == (10, "e1")
    with db.read() as s:  # the course and the project are not the worker's: they stay
        conn = s.connection()
        assert conn.exec_driver_sql("SELECT count(*) FROM course").scalar_one() == 2
        assert conn.exec_driver_sql("SELECT count(*) FROM community_project").scalar_one() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar_one() == default
        indexes = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name LIKE 'purge_tmp%'"
        ).scalar_one()
        assert indexes == 0


def test_a_purged_note_takes_its_revisions_and_a_second_purge_does_nothing(
    two_cases: tuple[Database, Path, Case, Case],
) -> None:
    db, _path, gone, kept = two_cases
    first_note = kept.ids["case_note"][0]
    report = SyncReport()
    engine_for(db).apply_pulled(page(("case_note", first_note)), report)
    assert report.purged == 2  # the note and its revision
    left = counts(db, kept)
    assert left["case_note"] == 0 and left["worker"] == 1 and left["placement"] == 1
    again = SyncReport()
    engine_for(db).apply_pulled(page(("case_note", first_note), cursor=11), again)
    assert again.purged == 0
    assert counts(db, gone)["worker"] == 1


def test_the_sentinel_leaves_the_store_files(two_cases: tuple[Database, Path, Case, Case]) -> None:
    db, path, gone, _kept = two_cases
    from app.sync.purge import checkpoint

    checkpoint(db.engine)
    encrypted = not path.read_bytes().startswith(b"SQLite format 3\x00")
    assert holds(store_bytes(path), SENTINEL) is not encrypted  # a real scan, in the clear
    engine_for(db).apply_pulled(page(("worker", gone.worker)), SyncReport())
    data = store_bytes(path)
    assert not holds(data, SENTINEL) and not holds(data, FAMILY)
    assert Path(f"{path}-wal").stat().st_size == 0  # checkpointed and truncated
    if not encrypted:
        assert holds(data, "Keepme")  # the scan would see a name that stays
    with db.read() as s:  # still opens, search still works
        conn = s.connection()
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
        assert (
            conn.exec_driver_sql(
                "SELECT count(*) FROM worker_fts WHERE worker_fts MATCH 'keepme'"
            ).scalar_one()
            == 1
        )


def test_a_page_that_fails_deletes_nothing(two_cases: tuple[Database, Path, Case, Case]) -> None:
    db, _path, gone, kept = two_cases
    before = counts(db, gone)
    with db.read() as s:  # a full placement row of a worker nobody has
        cursor = s.connection().exec_driver_sql(
            "SELECT * FROM placement WHERE id = ?", (storage_id(kept.ids["placement"][0]),)
        )
        columns = [d[0] for d in cursor.cursor.description]
        row = dict(zip(columns, cursor.one(), strict=True))
    row.update(id=str(uuid.uuid4()), worker_id=str(uuid.uuid4()))
    for name in ("created_at", "updated_at"):
        row[name] = str(row[name]).replace(" ", "T") + "+00:00"
    # it fails at the commit (foreign keys are deferred), after the purge ran
    orphan = {"placement": {"columns": columns, "rows": [list(row.values())]}}
    with pytest.raises(Exception, match="FOREIGN KEY"):  # sqlite3 or sqlcipher3 error
        engine_for(db).apply_pulled(page(("worker", gone.worker), entities=orphan), SyncReport())
    assert counts(db, gone) == before
    assert engine_for(db).cursor() == (0, "")  # the cursor did not move either


def test_the_stores_connections_zero_edits_and_deletes(tmp_path: Path) -> None:
    """As the app opens a store (secure_delete on every connection): old copies of rows
    edited before the purge (history, outbox) leave no byte of the names either."""
    path = tmp_path / "puente.sqlite"
    db = open_store(path, key=None, zero_deletes=None)  # the engine factory's own settings
    try:
        with db.read() as s:
            assert s.connection().exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        gone, _kept = make_cases(db)
        engine_for(db).apply_pulled(page(("worker", gone.worker)), SyncReport())
        assert not holds(store_bytes(path), SENTINEL)
    finally:
        db.dispose()


def test_the_purge_zeroes_what_it_deletes_when_the_connection_does_not(tmp_path: Path) -> None:
    """secure_delete is switched on inside the page's transaction (SQLCipher's default is off):
    a worker only ever inserted leaves no byte of its names behind."""
    path = tmp_path / "puente.sqlite"
    db = open_store(path, key=None, zero_deletes=False)
    try:
        with db.write() as s:
            made = workers.create_worker(
                s,
                data=worker_values("MX", given_names=SENTINEL, first_family_name=FAMILY),
                actor=ACTOR,
                today=TODAY,
            )
            notes.add_note(s, data={"worker_id": made.id, "text": f"{SENTINEL} vino"}, actor=ACTOR)
        from app.sync.purge import checkpoint

        checkpoint(db.engine)
        assert holds(store_bytes(path), SENTINEL)
        report = SyncReport()
        engine_for(db).apply_pulled(page(("worker", made.id)), report)
        assert report.purged == 2
        data = store_bytes(path)
        assert not holds(data, SENTINEL) and not holds(data, FAMILY)
        assert secure_delete(db) == 0  # the connection's own setting is back
    finally:
        db.dispose()


def test_a_sync_file_purges_too(
    two_cases: tuple[Database, Path, Case, Case], tmp_path: Path
) -> None:
    """A server bundle (USB sync) carries the same pages: its purged list applies the same."""
    from app.sync.bundle import PullBundle, write_bundle
    from app.sync.files import import_feed
    from app.sync.protocol import PullPage

    db, _path, gone, kept = two_cases
    before = counts(db, kept)
    bundle = PullBundle(
        missions=["MX"],
        server_epoch="e1",
        pages=[PullPage.model_validate(page(("worker", gone.worker)))],
    )
    path = tmp_path / "feed.puente"
    write_bundle(path, bundle, "a long passphrase")
    report = import_feed(engine_for(db), path, "a long passphrase")
    assert report.purged == 10
    left = counts(db, gone)
    assert left == dict.fromkeys(left, 0)
    assert counts(db, kept) == before
    again = import_feed(engine_for(db), path, "a long passphrase")  # the same file twice
    assert again.purged == 0 and counts(db, kept) == before


def test_a_worker_with_many_notes_is_purged_through_a_transient_index(tmp_path: Path) -> None:
    """case_note.revision_of has no index: a big delete makes one for the transaction only."""
    from app.sync.purge import TRANSIENT_INDEX_MIN

    db = open_store(tmp_path / "puente.sqlite", key=None, zero_deletes=None)
    try:
        with db.write() as s:
            made = workers.create_worker(
                s, data=worker_values("MX", given_names=SENTINEL), actor=ACTOR, today=TODAY
            )
            for n in range(TRANSIENT_INDEX_MIN + 2):
                notes.add_note(s, data={"worker_id": made.id, "text": f"nota {n}"}, actor=ACTOR)
        report = SyncReport()
        engine_for(db).apply_pulled(page(("worker", made.id)), report)
        assert report.purged == TRANSIENT_INDEX_MIN + 3
        with db.read() as s:
            conn = s.connection()
            assert conn.exec_driver_sql("SELECT count(*) FROM case_note").scalar_one() == 0
            leftover = conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE name LIKE 'purge_tmp%'"
            ).scalar_one()
            assert leftover == 0  # the schema is the migrations' own again
    finally:
        db.dispose()


@pytest.mark.parametrize("replayed", [False, True])
def test_a_push_refused_as_purged_is_dropped_with_its_record(
    two_cases: tuple[Database, Path, Case, Case], replayed: bool
) -> None:
    """The server's answer `rejected: purged` (or a replay of it) leaves nothing to act on."""
    from app.sync.engine import read_status
    from app.sync.protocol import MutationResult, MutationStatus, RejectReason

    db, _path, gone, kept = two_cases
    engine = engine_for(db)
    batch = engine.read_batch(after=0, limit=1000)
    results = [
        MutationResult(
            mutation_id=m.mutation_id,
            status=MutationStatus.DUPLICATE if replayed else MutationStatus.REJECTED,
            first_status=MutationStatus.REJECTED if replayed else None,
            entity=m.entity,
            entity_id=m.entity_id,
            reason=RejectReason.PURGED,
            message="anonymised",
        )
        if m.entity == "worker" and m.entity_id == gone.worker
        else MutationResult(
            mutation_id=m.mutation_id,
            status=MutationStatus.APPLIED,
            entity=m.entity,
            entity_id=m.entity_id,
            version=1,
        )
        for m in batch.mutations
    ]
    report = SyncReport()
    engine.settle(batch, results, report)
    assert report.rejected == 0 and report.dropped >= 1
    assert report.purged == 10 and gone.worker in report.purged_ids
    left = counts(db, gone)
    assert left == dict.fromkeys(left, 0)
    assert counts(db, kept)["worker"] == 1
    status = read_status(db)
    assert status.refused == [] and status.pending == 0
