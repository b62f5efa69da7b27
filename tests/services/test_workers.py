"""Worker use cases: one transaction writes row, history and outbox, or nothing at all."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from app.models import HistoryEntry, OutboxMutation, Worker
from app.services import history, workers
from app.services.context import Actor, NotFound, PermissionDenied, ValidationFailed
from app.services.db import Database
from app.services.workers import WorkerQuery
from tests.conftest import TODAY, valid_worker


def _counts(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        run = s.connection().exec_driver_sql
        return tuple(  # type: ignore[return-value]
            run(f"SELECT count(*) FROM {t}").scalar_one() for t in ("worker", "history", "outbox")
        )


def _create(db: Database, actor: Actor, **overrides: Any) -> Any:
    with db.write() as s:
        return workers.create_worker(s, data=valid_worker(**overrides), actor=actor, today=TODAY)


def _outbox(db: Database) -> list[OutboxMutation]:
    with db.read() as s:
        return list(s.exec(select(OutboxMutation).order_by(OutboxMutation.seq)))


def test_create_writes_row_history_and_one_outbox_mutation(db: Database, supervisor: Actor) -> None:
    made = _create(db, supervisor)
    assert _counts(db)[0] == 1
    (mutation,) = _outbox(db)
    assert mutation.op == "create" and mutation.entity_id == made.id
    assert mutation.mission_id == "MX" and mutation.base_version == 0
    changes = json.loads(mutation.changes)
    assert changes["given_names"] == "José" and changes["case_code"] == made.case_code
    assert changes["date_of_birth"] == "1990-05-12"
    with db.read() as s:
        fields = {e.field for e in history.entries_for(s, made.id)}
        assert {e.mutation_id for e in history.entries_for(s, made.id)} == {mutation.mutation_id}
    assert {"given_names", "first_family_name", "date_of_birth", "consent_date"} <= fields
    assert "updated_at" not in fields and "sort_name" not in fields


def test_a_none_for_a_field_with_a_default_stores_the_default(
    db: Database, supervisor: Actor
) -> None:
    """An intake with no document type and no number: "other" and "", as the form means."""
    made = _create(db, supervisor, id_document_type=None, id_document_number=None)
    with db.read() as s:
        row = s.get(Worker, made.id)
        assert row is not None
        assert row.id_document_type == "other" and row.id_document_number == ""


def test_invalid_data_saves_nothing(db: Database, supervisor: Actor) -> None:
    with pytest.raises(ValidationFailed) as failed:
        _create(db, supervisor, consent_date=None, given_names="J0sé")
    assert {"consent_date", "given_names"} <= set(failed.value.errors)
    assert _counts(db) == (0, 0, 0)


def test_a_unique_violation_mid_write_leaves_nothing(
    db: Database, supervisor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _create(db, supervisor, intake_form_code="F-0001")
    before = _counts(db)
    # Skip the friendly pre-check, so the database itself refuses the duplicate code on
    # flush: after the worker, its history and its outbox row were all added.
    monkeypatch.setattr(workers, "_check_form_code_free", lambda *a, **k: None)
    with pytest.raises(IntegrityError):
        _create(db, supervisor, intake_form_code="F-0001", given_names="Pedro")
    assert _counts(db) == before
    monkeypatch.undo()
    # The case-code counter rolled back too: the next worker takes the next number.
    second = _create(db, supervisor, given_names="Pedro")
    assert second.case_code.endswith("-0002") and first.case_code.endswith("-0001")


def test_a_failure_after_history_and_outbox_were_written_leaves_nothing(
    db: Database, supervisor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = workers.record_mutation

    def record_then_fail(session: Any, **kwargs: Any) -> Any:
        real(session, **kwargs)
        session.flush()  # the rows are really in the file's open transaction now
        n = session.connection().exec_driver_sql("SELECT count(*) FROM outbox").scalar_one()
        assert n == 1
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(workers, "record_mutation", record_then_fail)
    with pytest.raises(RuntimeError, match="disk pulled out"):
        _create(db, supervisor)
    assert _counts(db) == (0, 0, 0)


def test_a_failed_update_leaves_row_history_and_outbox_as_they_were(
    db: Database, supervisor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _create(db, supervisor)
    before = _counts(db)

    def fail(*_a: Any, **_k: Any) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(workers, "record_mutation", fail)
    with pytest.raises(RuntimeError), db.write() as s:
        workers.update_worker(
            s, worker_id=made.id, changes={"occupation": "Baker"}, actor=supervisor, today=TODAY
        )
    assert _counts(db) == before
    with db.read() as s:
        assert workers.get_worker(s, worker_id=made.id, actor=supervisor).occupation == ""


def test_update_sends_only_changed_fields_with_the_base_version(
    db: Database, supervisor: Actor
) -> None:
    made = _create(db, supervisor)
    with db.write() as s:  # as if the server had confirmed version 3
        s.connection().exec_driver_sql("UPDATE worker SET version = 3")
    with db.write() as s:
        workers.update_worker(
            s,
            worker_id=made.id,
            changes={"occupation": "Carpenter", "given_names": "José", "dependants": 2},
            actor=supervisor,
            today=TODAY,
        )
    update = _outbox(db)[-1]
    assert update.op == "update" and update.base_version == 3
    changes = json.loads(update.changes)
    assert set(changes) == {"occupation", "dependants", "updated_at", "updated_by"}
    assert changes["occupation"] == "Carpenter" and changes["dependants"] == 2


def test_an_update_that_changes_nothing_writes_nothing(db: Database, supervisor: Actor) -> None:
    made = _create(db, supervisor)
    before = _counts(db)
    with db.write() as s:
        again = workers.update_worker(
            s,
            worker_id=made.id,
            changes={"given_names": " José ", "first_family_name": "Hernández"},
            actor=supervisor,
            today=TODAY,
        )
    assert _counts(db) == before
    assert again.updated_at == made.updated_at


def test_update_validates_the_record_as_it_would_become(db: Database, supervisor: Actor) -> None:
    made = _create(db, supervisor)
    with pytest.raises(ValidationFailed) as failed, db.write() as s:
        workers.update_worker(
            s, worker_id=made.id, changes={"email": "not an email"}, actor=supervisor, today=TODAY
        )
    assert set(failed.value.errors) == {"email"}
    with pytest.raises(ValueError, match="not editable"), db.write() as s:
        workers.update_worker(
            s, worker_id=made.id, changes={"case_code": "X"}, actor=supervisor, today=TODAY
        )


def test_stale_edit_is_refused(db: Database, supervisor: Actor) -> None:
    from datetime import timedelta

    from app.services.context import StaleRecord

    made = _create(db, supervisor)
    with pytest.raises(StaleRecord), db.write() as s:
        workers.update_worker(
            s,
            worker_id=made.id,
            changes={"occupation": "Cook"},
            actor=supervisor,
            today=TODAY,
            expected_updated_at=made.updated_at - timedelta(seconds=1),
        )


def test_case_codes_are_unique_and_sequential_per_device_and_mission(
    db: Database, supervisor: Actor
) -> None:
    from dataclasses import replace

    mx = [_create(db, supervisor).case_code for _ in range(5)]
    sv = _create(db, supervisor, **_salvadoran()).case_code
    other_device = replace(supervisor, device_tag="Z9Q")
    mx_elsewhere = _create(db, other_device).case_code
    mx.append(_create(db, supervisor).case_code)
    assert mx == [f"MX-T3S-{n:04d}" for n in range(1, 7)]
    assert sv == "SV-T3S-0001"
    assert mx_elsewhere == "MX-Z9Q-0001"
    with db.read() as s:
        codes = s.connection().exec_driver_sql("SELECT case_code FROM worker").scalars().all()
    assert len(codes) == len(set(codes)) == 8


def _salvadoran() -> dict[str, Any]:
    return {
        "nationality": "SV",
        "mission_id": "SV",
        "id_document_type": "dui",
        "id_document_number": "12345678-" + str(_dui_check("12345678")),
    }


def _dui_check(digits: str) -> int:
    total = sum(int(d) * (9 - i) for i, d in enumerate(digits))
    return (10 - total % 10) % 10


def test_an_officer_cannot_write_another_mission(db: Database, supervisor: Actor) -> None:
    from app.models.enums import Role

    officer = Actor("pedro", "Pedro", Role.FIELD_OFFICER, ("SV",), "P1P")
    with pytest.raises(PermissionDenied):
        _create(db, officer)  # an MX worker
    made = _create(db, supervisor)
    with pytest.raises(NotFound), db.read() as s:
        workers.get_worker(s, worker_id=made.id, actor=officer)
    analyst = Actor("hq", "HQ", Role.HQ_ANALYST, (), "HQ1")
    with db.read() as s:
        assert workers.get_worker(s, worker_id=made.id, actor=analyst).id == made.id
    with pytest.raises(PermissionDenied), db.write() as s:
        workers.archive_worker(s, worker_id=made.id, actor=analyst)
    assert _counts(db)[2] == 1


def test_archive_and_restore_are_mutations(db: Database, supervisor: Actor) -> None:
    made = _create(db, supervisor)
    with db.write() as s:
        workers.archive_worker(s, worker_id=made.id, actor=supervisor)
    with db.write() as s:  # archiving twice is a no-op
        workers.archive_worker(s, worker_id=made.id, actor=supervisor)
    with db.read() as s:
        assert workers.list_workers(s, query=WorkerQuery(), actor=supervisor).rows == []
        assert workers.count_workers(s, actor=supervisor) == 0
        assert workers.count_workers(s, actor=supervisor, include_archived=True) == 1
    with db.write() as s:
        workers.restore_worker(s, worker_id=made.id, actor=supervisor)
    assert [m.op for m in _outbox(db)] == ["create", "archive", "restore"]
    with db.read() as s:
        row = s.get(Worker, made.id)
        assert row is not None and row.archived_at is None
        fields = [e.field for e in s.exec(select(HistoryEntry))]
    assert fields.count("archived_at") == 2


def test_workspace_services_round_trip(workspace: Any) -> None:
    made = workspace.workers.create(valid_worker())
    assert workspace.workers.get(made.id).case_code == made.case_code
    updated = workspace.workers.update(made.id, {"occupation": "Welder"})
    assert updated.occupation == "Welder"
    assert workspace.workers.history(made.id)[0].field == "occupation"
    assert workspace.workers.count() == 1
