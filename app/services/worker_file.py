"""The Worker file: everything one worker's screen shows, read in one go (one transaction)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from app.models import (
    CaseNote,
    HistoryEntry,
    Placement,
    ProjectParticipant,
    Remittance,
    Worker,
    WorkerRead,
)
from app.services import notes, placements, plans, remittances, training
from app.services.context import Actor, NotFound
from app.services.plans import PlanDetail
from app.services.training import WorkerEnrolmentRow

HISTORY_LIMIT = 300


@dataclass(frozen=True)
class HistoryLine:
    """One changed field of the worker or of one of their records."""

    entity: str  # worker, placement, enrolment, reintegration_plan, ...
    entity_id: uuid.UUID
    field: str
    old_value: str | None
    new_value: str | None
    actor: str
    device_tag: str
    at: datetime
    remote: bool


@dataclass(frozen=True)
class WorkerFile:
    worker: WorkerRead
    placements: list[Placement]  # latest first
    enrolments: list[WorkerEnrolmentRow]
    plans: list[PlanDetail]  # with milestones and budget check
    remittances: list[Remittance]  # newest month first
    project_ids: list[uuid.UUID]  # community projects the worker takes part in
    notes: list[CaseNote]  # latest revisions, newest first
    history: list[HistoryLine]  # newest first, at most HISTORY_LIMIT


def open_worker_file(
    session: Session, *, worker_id: uuid.UUID, actor: Actor, history_limit: int = HISTORY_LIMIT
) -> WorkerFile:
    """The whole file of a worker in the actor's scope (NotFound otherwise)."""
    worker = session.get(Worker, worker_id)
    if worker is None or not actor.may_read(worker.mission_id):
        raise NotFound("worker")
    placed = placements.list_for_worker(session, worker.id)
    enrolled = training.enrolment_rows(session, worker.id)
    planned = plans.plan_details(session, worker.id)
    sent = remittances.list_for_worker(session, worker.id)
    every_note = notes.list_for_worker(session, worker.id, include_superseded=True)
    projects = list(
        session.exec(
            select(ProjectParticipant.project_id).where(
                ProjectParticipant.worker_id == worker.id,
                col(ProjectParticipant.archived_at).is_(None),
            )
        )
    )
    related = [
        worker.id,
        *(p.id for p in placed),
        *(e.enrolment.id for e in enrolled),
        *(d.plan.id for d in planned),
        *(m.id for d in planned for m in d.milestones),
        *(r.id for r in sent),
        *(n.id for n in every_note),
    ]
    return WorkerFile(
        worker=WorkerRead.model_validate(worker, from_attributes=True),
        placements=placed,
        enrolments=enrolled,
        plans=planned,
        remittances=sent,
        project_ids=projects,
        notes=[n for n in every_note if not n.superseded],
        history=_history(session, related, history_limit),
    )


def _history(session: Session, ids: list[uuid.UUID], limit: int) -> list[HistoryLine]:
    stmt = (
        select(HistoryEntry)
        .where(col(HistoryEntry.entity_id).in_(ids))
        .order_by(col(HistoryEntry.seq).desc())
        .limit(limit)
    )
    return [
        HistoryLine(
            e.entity,
            e.entity_id,
            e.field,
            e.old_value,
            e.new_value,
            e.actor,
            e.device_tag,
            e.at,
            e.remote,
        )
        for e in session.exec(stmt)
    ]
