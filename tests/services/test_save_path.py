"""The fast save path: plain statements store exactly what the ORM stores, in one transaction."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import insert, select
from sqlmodel import Session

from app.models import LocalMeta, OutboxMutation, Worker, WorkerRead
from app.models.enums import MutationOp, OutboxState, Sex
from app.services import profile, workers
from app.services.context import Actor
from app.services.db import Database, Prepared
from tests.conftest import TODAY, valid_worker


def _raw(db: Database, table: str, key: str, value: str) -> list[object]:
    with db.read() as s:
        return list(
            s.connection().exec_driver_sql(f"SELECT * FROM {table} WHERE {key} = ?", (value,)).one()
        )


def test_a_prepared_insert_stores_what_the_orm_stores(db: Database) -> None:
    table = OutboxMutation.__table__  # type: ignore[attr-defined]
    keys = tuple(c.key for c in table.columns if c.key != "seq")
    when = datetime(2026, 5, 1, 12, 30, 1, 5, tzinfo=UTC)
    values = {
        "mutation_id": uuid.uuid4(),
        "entity": "worker",
        "entity_id": uuid.uuid4(),
        "mission_id": "MX",
        "op": MutationOp.UPDATE,
        "base_version": 3,
        "changes": '{"a":1}',
        "state": OutboxState.PENDING,
        "attempts": 0,
        "last_error": "",
        "created_at": when,
        "sent_at": None,
    }
    with db.write() as s:
        Prepared(insert(table)).run(s, values, keys=keys)
        s.add(OutboxMutation(**{**values, "mutation_id": uuid.uuid4()}))
    with db.read() as s:
        rows = s.connection().exec_driver_sql("SELECT * FROM outbox ORDER BY seq").fetchall()
    assert len(rows) == 2
    assert rows[0][2:] == rows[1][2:]  # all but seq and mutation_id, byte for byte
    assert rows[0][1] == values["mutation_id"].hex  # type: ignore[attr-defined]


def test_a_prepared_select_reads_python_values(db: Database, supervisor: Actor) -> None:
    made = _create(db, supervisor)
    table = Worker.__table__  # type: ignore[attr-defined]
    stmt = Prepared(select(table).where(table.c.id == made.id))
    with db.read() as s:
        row = stmt.first(s, {})
        orm = s.get(Worker, made.id)
    assert row is not None and orm is not None
    assert row["id"] == made.id and row["sex"] is Sex(orm.sex)
    assert row == {name: getattr(orm, name) for name in row}


def test_create_stores_the_model_defaults(db: Database, supervisor: Actor) -> None:
    data = valid_worker()
    for optional in ("phone", "skills", "education", "languages", "status"):
        data.pop(optional, None)
    with db.write() as s:
        made = workers.create_worker(s, data=data, actor=supervisor, today=TODAY)
    with db.read() as s:
        orm = s.get(Worker, made.id)
    assert orm is not None
    assert (orm.phone, orm.skills, orm.languages, orm.version) == ("", "", "es", 0)
    assert (orm.education.value, orm.status.value) == ("primary", "active")
    assert orm.created_at == orm.updated_at and orm.archived_at is None


def test_an_update_reloads_a_worker_object_already_in_the_session(
    db: Database, supervisor: Actor
) -> None:
    made = _create(db, supervisor)
    with db.write() as s:
        loaded = s.get(Worker, made.id)
        assert loaded is not None
        loaded.skills = "Welding"  # a change not yet written: it goes first
        saved = workers.update_worker(
            s, worker_id=made.id, changes={"occupation": "Baker"}, actor=supervisor, today=TODAY
        )
        assert saved.skills == "Welding" and saved.occupation == "Baker"
        assert loaded.occupation == "Baker"  # the object shows the write, not older values
    with db.read() as s:
        again = s.get(Worker, made.id)
        assert again is not None and (again.skills, again.occupation) == ("Welding", "Baker")


def test_the_case_counter_sees_a_counter_set_earlier_in_the_session(db: Database) -> None:
    with db.write() as s:
        profile.set_meta(s, "case_counter:MX:AB1", "41")  # pending in the session
        assert profile.next_case_code(s, mission="MX", device_tag="AB1") == "MX-AB1-0042"
        meta = s.get(LocalMeta, "case_counter:MX:AB1")
        assert meta is not None and meta.value == "42"
    assert _raw(db, "local_meta", '"key"', "case_counter:MX:AB1") == ["case_counter:MX:AB1", "42"]


def test_update_sets_only_the_changed_columns(db: Database, supervisor: Actor) -> None:
    made = _create(db, supervisor)
    statements: list[str] = []
    with db.write() as s:
        _watch(s, statements)
        workers.update_worker(
            s, worker_id=made.id, changes={"occupation": "Baker"}, actor=supervisor, today=TODAY
        )
    (update,) = [q for q in statements if q.startswith("UPDATE worker")]
    assert update.startswith("UPDATE worker SET occupation=?, updated_at=?, updated_by=? WHERE")


def _watch(session: Session, into: list[str]) -> None:
    from sqlalchemy import event

    conn = session.connection()

    @event.listens_for(conn, "before_cursor_execute")
    def _seen(*args: object) -> None:
        into.append(str(args[2]))


def _create(db: Database, actor: Actor) -> WorkerRead:
    with db.write() as s:
        return workers.create_worker(s, data=valid_worker(), actor=actor, today=TODAY)
