"""The Worker file: one read with every part of a worker's case, scoped to the actor."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import notes, placements, plans, remittances, training
from app.services.context import Actor, NotFound
from app.services.db import Database
from app.services.worker_file import open_worker_file
from tests.services.conftest import MakeWorker
from tests.services.test_remittances import project


def test_worker_file_has_every_part(
    db: Database,
    make_worker: MakeWorker,
    mx_officer: Actor,
    mx_supervisor: Actor,
    hn_officer: Actor,
    analyst: Actor,
) -> None:
    w = make_worker()
    other = make_worker(given_names="Otro")
    with db.write() as s:
        p = placements.add_placement(
            s, data={"worker_id": w, "employer": "Fermes Tremblay"}, actor=mx_officer
        )
        placements.depart(s, worker_id=w, placement_id=p.id, on=date(2027, 3, 1), actor=mx_officer)
    with db.write() as s:
        course = training.create_course(
            s, data={"mission_id": "MX", "code": "ORI", "title": "Orientación"}, actor=mx_supervisor
        )
        training.enrol(s, course_id=course.id, worker_id=w, on=date(2027, 1, 10), actor=mx_officer)
        training.enrol(
            s, course_id=course.id, worker_id=other, on=date(2027, 1, 10), actor=mx_officer
        )
    with db.write() as s:
        plan = plans.create_plan(s, data={"worker_id": w, "title": "Tienda"}, actor=mx_officer)
        plans.add_milestone(s, plan_id=plan.id, title="Local", due_date=None, actor=mx_officer)
    proj = project(db, mx_officer)
    with db.write() as s:
        remittances.add_remittance(
            s,
            data={
                "worker_id": w,
                "month": date(2027, 4, 1),
                "amount": "300",
                "community_project_id": proj.id,
            },
            actor=mx_officer,
        )
    with db.write() as s:
        n = notes.add_note(s, data={"worker_id": w, "text": "Primera"}, actor=mx_officer)
    with db.write() as s:
        notes.revise_note(s, note_id=n.id, text="Segunda", actor=mx_officer)

    with db.read() as s:
        f = open_worker_file(s, worker_id=w, actor=analyst)
    assert f.worker.migration_stage == "abroad"
    assert [x.employer for x in f.placements] == ["Fermes Tremblay"]
    assert [e.course_title for e in f.enrolments] == ["Orientación"]
    assert [d.plan.title for d in f.plans] == ["Tienda"] and len(f.plans[0].milestones) == 1
    assert len(f.remittances) == 1 and f.project_ids == [proj.id]
    assert [x.text for x in f.notes] == ["Segunda"]
    entities = {h.entity for h in f.history}
    assert entities >= {
        "worker",
        "placement",
        "enrolment",
        "reintegration_plan",
        "milestone",
        "remittance",
        "case_note",
    }
    stage = next(h for h in f.history if h.field == "migration_stage" and h.old_value)
    assert (stage.old_value, stage.new_value, stage.actor) == ("pre_departure", "abroad", "olga.mx")
    assert all(h.entity_id != other for h in f.history)
    with pytest.raises(NotFound), db.read() as s:
        open_worker_file(s, worker_id=w, actor=hn_officer)
