"""Placements and the migration journey: depart, return, cancel, with history and outbox."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import select

from app.models import HistoryEntry, OutboxMutation, Placement, Worker
from app.models.enums import MigrationStage, MutationOp, PlacementStatus
from app.services import placements
from app.services.context import Actor, NotFound, PermissionDenied, ValidationFailed
from app.services.db import Database
from tests.services.conftest import MakeWorker


def _add(db: Database, actor: Actor, worker_id: object, **kw: object) -> Placement:
    data = {
        "worker_id": worker_id,
        "employer": "Fermes Tremblay",
        "city": "Saint-Rémi",
        "province": "ca-qc",
        "sector": "agriculture",
        "noc_code": "85100",
        "start_date": date(2027, 3, 1),
        "planned_end_date": date(2027, 10, 31),
        **kw,
    }
    with db.write() as s:
        return placements.add_placement(s, data=data, actor=actor)


def _worker(db: Database, worker_id: object) -> Worker:
    with db.read() as s:
        w = s.get(Worker, worker_id)
        assert w is not None
        return w


def test_add_placement_is_planned_with_history_and_outbox(
    db: Database, make_worker: MakeWorker, mx_officer: Actor
) -> None:
    wid = make_worker()
    p = _add(db, mx_officer, wid, status="active")
    assert p.status == PlacementStatus.PLANNED
    assert p.province == "CA-QC"
    assert p.mission_id == "MX"
    with db.read() as s:
        out = s.exec(select(OutboxMutation).where(OutboxMutation.entity_id == p.id)).one()
        assert out.op == MutationOp.CREATE and out.base_version == 0
        assert json.loads(out.changes)["employer"] == "Fermes Tremblay"
        assert s.exec(select(HistoryEntry).where(HistoryEntry.entity_id == p.id)).first()


def test_add_placement_bad_input(db: Database, make_worker: MakeWorker, mx_officer: Actor) -> None:
    wid = make_worker()
    with pytest.raises(ValidationFailed) as err:
        _add(
            db,
            mx_officer,
            wid,
            employer=" ",
            province="QC",
            noc_code="12",
            planned_end_date=date(2027, 1, 1),
        )
    assert set(err.value.errors) == {"employer", "province", "noc_code", "planned_end_date"}


def test_update_changes_only_changed_fields(
    db: Database, make_worker: MakeWorker, mx_officer: Actor
) -> None:
    wid = make_worker()
    p = _add(db, mx_officer, wid)
    with db.write() as s:
        placements.update_placement(
            s,
            placement_id=p.id,
            changes={"city": "Sherrington", "employer": "Fermes Tremblay"},
            actor=mx_officer,
        )
    with db.read() as s:
        out = s.exec(
            select(OutboxMutation).where(
                OutboxMutation.entity_id == p.id, OutboxMutation.op == MutationOp.UPDATE
            )
        ).one()
        changes = json.loads(out.changes)
        assert changes["city"] == "Sherrington" and "employer" not in changes
    with pytest.raises(ValueError), db.write() as s:
        placements.update_placement(
            s, placement_id=p.id, changes={"status": "active"}, actor=mx_officer
        )
    with pytest.raises(ValueError), db.write() as s:
        placements.update_placement(
            s,
            placement_id=p.id,
            changes={"actual_return_date": date(2027, 5, 1)},
            actor=mx_officer,
        )


def test_depart_then_return_completed(
    db: Database, make_worker: MakeWorker, mx_officer: Actor
) -> None:
    wid = make_worker()
    p = _add(db, mx_officer, wid)
    with db.write() as s:
        placements.depart(
            s, worker_id=wid, placement_id=p.id, on=date(2027, 3, 4), actor=mx_officer
        )
    assert _worker(db, wid).migration_stage == MigrationStage.ABROAD
    with db.read() as s:
        active = s.get(Placement, p.id)
        assert active is not None
        assert active.status == PlacementStatus.ACTIVE and active.start_date == date(2027, 3, 4)
        stage_changes = s.exec(
            select(HistoryEntry).where(
                HistoryEntry.entity_id == wid, HistoryEntry.field == "migration_stage"
            )
        ).all()
        assert [(h.old_value, h.new_value) for h in stage_changes if h.old_value] == [
            ("pre_departure", "abroad")
        ]
    with db.write() as s:
        closed = placements.return_home(s, worker_id=wid, on=date(2027, 11, 2), actor=mx_officer)
    assert closed is not None and closed.status == PlacementStatus.COMPLETED
    assert closed.actual_return_date == date(2027, 11, 2)
    assert _worker(db, wid).migration_stage == MigrationStage.RETURNED


def test_return_before_planned_end_is_ended_early(
    db: Database, make_worker: MakeWorker, mx_officer: Actor
) -> None:
    wid = make_worker()
    p = _add(db, mx_officer, wid)
    with db.write() as s:
        placements.depart(
            s, worker_id=wid, placement_id=p.id, on=date(2027, 3, 1), actor=mx_officer
        )
    with db.write() as s:
        closed = placements.return_home(s, worker_id=wid, on=date(2027, 6, 1), actor=mx_officer)
    assert closed is not None and closed.status == PlacementStatus.ENDED_EARLY


def test_depart_needs_a_planned_placement(
    db: Database, make_worker: MakeWorker, mx_officer: Actor
) -> None:
    wid = make_worker()
    other = make_worker()
    p_other = _add(db, mx_officer, other)
    with pytest.raises(PermissionDenied, match="without a planned placement"), db.write() as s:
        placements.depart(
            s, worker_id=wid, placement_id=p_other.id, on=date(2027, 3, 1), actor=mx_officer
        )
    assert _worker(db, wid).migration_stage == MigrationStage.PRE_DEPARTURE
    p = _add(db, mx_officer, wid)
    with db.write() as s:
        placements.cancel_placement(s, placement_id=p.id, actor=mx_officer)
    with pytest.raises(PermissionDenied, match="this one is cancelled"), db.write() as s:
        placements.depart(
            s, worker_id=wid, placement_id=p.id, on=date(2027, 3, 1), actor=mx_officer
        )


def test_illegal_transitions_are_refused_with_reason(
    db: Database, make_worker: MakeWorker, mx_officer: Actor
) -> None:
    wid = make_worker()
    with pytest.raises(PermissionDenied, match="only a worker who is abroad"), db.write() as s:
        placements.return_home(s, worker_id=wid, on=date(2027, 3, 1), actor=mx_officer)
    with pytest.raises(PermissionDenied, match="no departure to cancel"), db.write() as s:
        placements.cancel_departure(s, worker_id=wid, actor=mx_officer)
    returned = make_worker(migration_stage="returned")
    p = _add(db, mx_officer, returned)
    with pytest.raises(PermissionDenied, match="pre-departure stage"), db.write() as s:
        placements.depart(
            s, worker_id=returned, placement_id=p.id, on=date(2027, 3, 1), actor=mx_officer
        )


def test_dates_are_checked(db: Database, make_worker: MakeWorker, mx_officer: Actor) -> None:
    wid = make_worker()
    p = _add(db, mx_officer, wid)
    with pytest.raises(ValidationFailed), db.write() as s:
        placements.depart(
            s, worker_id=wid, placement_id=p.id, on=date(2028, 1, 1), actor=mx_officer
        )
    with db.write() as s:
        placements.depart(
            s, worker_id=wid, placement_id=p.id, on=date(2027, 3, 5), actor=mx_officer
        )
    with pytest.raises(ValidationFailed), db.write() as s:
        placements.return_home(s, worker_id=wid, on=date(2027, 3, 1), actor=mx_officer)
    assert _worker(db, wid).migration_stage == MigrationStage.ABROAD  # nothing half-written


def test_cancel_departure_restores_pre_departure(
    db: Database, make_worker: MakeWorker, mx_officer: Actor
) -> None:
    wid = make_worker()
    p = _add(db, mx_officer, wid)
    with db.write() as s:
        placements.depart(
            s, worker_id=wid, placement_id=p.id, on=date(2027, 3, 1), actor=mx_officer
        )
    with db.write() as s:
        kept = placements.cancel_departure(s, worker_id=wid, actor=mx_officer, keep_placement=True)
    assert kept is not None and kept.status == PlacementStatus.PLANNED and kept.start_date is None
    assert _worker(db, wid).migration_stage == MigrationStage.PRE_DEPARTURE
    with db.write() as s:
        placements.depart(
            s, worker_id=wid, placement_id=p.id, on=date(2027, 4, 1), actor=mx_officer
        )
    with db.write() as s:
        gone = placements.cancel_departure(s, worker_id=wid, actor=mx_officer)
    assert gone is not None and gone.status == PlacementStatus.CANCELLED


def test_each_transition_writes_worker_and_placement_in_one_outbox_batch(
    db: Database, make_worker: MakeWorker, mx_officer: Actor
) -> None:
    wid = make_worker()
    p = _add(db, mx_officer, wid)
    with db.read() as s:
        before = len(s.exec(select(OutboxMutation)).all())
    with db.write() as s:
        placements.depart(
            s, worker_id=wid, placement_id=p.id, on=date(2027, 3, 1), actor=mx_officer
        )
    with db.read() as s:
        new = s.exec(select(OutboxMutation).order_by(OutboxMutation.seq)).all()[before:]
    assert {(m.entity, m.op) for m in new} == {
        ("placement", MutationOp.UPDATE),
        ("worker", MutationOp.UPDATE),
    }
    worker_change = next(json.loads(m.changes) for m in new if m.entity == "worker")
    assert set(worker_change) == {"migration_stage", "updated_at", "updated_by"}


def test_scope_and_roles(
    db: Database,
    make_worker: MakeWorker,
    mx_officer: Actor,
    hn_officer: Actor,
    analyst: Actor,
    admin: Actor,
) -> None:
    wid = make_worker("MX")
    p = _add(db, mx_officer, wid)
    with pytest.raises(NotFound), db.write() as s:
        placements.update_placement(s, placement_id=p.id, changes={"city": "X"}, actor=hn_officer)
    with pytest.raises(NotFound), db.read() as s:
        placements.placements_of_worker(s, worker_id=wid, actor=hn_officer)
    for actor in (analyst, admin):
        with pytest.raises(PermissionDenied), db.write() as s:
            placements.depart(s, worker_id=wid, placement_id=p.id, on=date(2027, 3, 1), actor=actor)
    with db.read() as s:
        assert [x.id for x in placements.placements_of_worker(s, worker_id=wid, actor=analyst)] == [
            p.id
        ]
