"""History: who changed which field of which record, when and from which device."""

from __future__ import annotations

import json
import uuid
from typing import Any

from app.models import Worker
from app.models.enums import MutationOp
from app.services import history, workers
from app.services.context import Actor
from app.services.db import Database
from tests.conftest import TODAY, valid_worker


def _create(db: Database, actor: Actor, **overrides: Any) -> Any:
    with db.write() as s:
        return workers.create_worker(s, data=valid_worker(**overrides), actor=actor, today=TODAY)


def test_an_update_records_old_and_new_values_who_and_where(
    db: Database, supervisor: Actor
) -> None:
    made = _create(db, supervisor, occupation="Farmhand", dependants=1)
    with db.write() as s:
        after = workers.update_worker(
            s,
            worker_id=made.id,
            changes={"occupation": "Cook", "dependants": 3, "community": made.community},
            actor=supervisor,
            today=TODAY,
        )
    with db.read() as s:
        entries = history.entries_for(s, made.id)
    newest = {e.field: e for e in entries if e.at == after.updated_at}
    assert set(newest) == {"occupation", "dependants"}
    assert (newest["occupation"].old_value, newest["occupation"].new_value) == ("Farmhand", "Cook")
    assert (newest["dependants"].old_value, newest["dependants"].new_value) == ("1", "3")
    for entry in newest.values():
        assert entry.actor == "ana.lopez" and entry.device_tag == "T3S"
        assert entry.remote is False and entry.entity == "worker"
    assert len({e.mutation_id for e in newest.values()}) == 1


def test_history_is_newest_first_and_per_record(db: Database, supervisor: Actor) -> None:
    first = _create(db, supervisor)
    second = _create(db, supervisor, given_names="Pedro")
    for job in ("Cook", "Baker"):
        with db.write() as s:
            workers.update_worker(
                s, worker_id=first.id, changes={"occupation": job}, actor=supervisor, today=TODAY
            )
    with db.read() as s:
        entries = history.entries_for(s, first.id)
        others = history.entries_for(s, second.id)
    assert [e.seq for e in entries] == sorted((e.seq for e in entries), reverse=True)
    assert [(e.old_value, e.new_value) for e in entries[:2]] == [("Cook", "Baker"), ("", "Cook")]
    assert all(e.entity_id == first.id for e in entries)
    assert others and all(e.entity_id == second.id for e in others)


def test_create_history_skips_empty_fields(db: Database, supervisor: Actor) -> None:
    made = _create(db, supervisor)
    with db.read() as s:
        entries = history.entries_for(s, made.id)
    assert all(e.old_value is None for e in entries)
    assert "email" not in {e.field for e in entries}  # empty at intake: nothing to record
    assert "case_code" in {e.field for e in entries}


def test_record_mutation_adds_history_and_outbox_in_the_callers_transaction(
    db: Database, supervisor: Actor
) -> None:
    made = _create(db, supervisor)
    with db.write() as s:
        row = s.get(Worker, made.id)
        assert row is not None
        mutation_id = history.record_mutation(
            s,
            entity="worker",
            row=row,
            op=MutationOp.UPDATE,
            changes={"phone": "+5213312345678", "updated_at": "x"},
            before={"phone": "", "updated_at": "y"},
            actor=supervisor,
        )
        s.rollback()  # the caller decides: nothing was written
    with db.read() as s:
        run = s.connection().exec_driver_sql
        pending = run("SELECT count(*) FROM outbox WHERE mutation_id = ?", (mutation_id.hex,))
        assert pending.scalar() == 0
        assert run("SELECT count(*) FROM history WHERE field = 'phone'").scalar() == 0


def test_changed_fields_compares_wire_values(db: Database, supervisor: Actor) -> None:
    made = _create(db, supervisor)
    with db.read() as s:
        row = s.get(Worker, made.id)
        assert row is not None
        after, before = history.changed_fields(
            row, {"dependants": 0, "occupation": "Welder", "date_of_birth": row.date_of_birth}
        )
    assert after == {"occupation": "Welder"} and before == {"occupation": ""}
    assert json.dumps(after)  # wire values are JSON


def test_stamp_marks_who_and_when(supervisor: Actor) -> None:
    from datetime import UTC, datetime

    row = Worker(id=uuid.uuid4(), mission_id="MX", case_code="MX-T3S-0001")
    when = datetime(2026, 5, 1, tzinfo=UTC)
    history.stamp(row, supervisor, when)
    assert (row.updated_at, row.updated_by) == (when, "ana.lopez")
