"""Remittances sent home, per worker and month, optionally towards a community project.

Rules decided here:
- The amount is above zero, the currency an ISO 4217 code, the month stored as its
  first day (any day of the month may be typed).
- A linked community project must belong to the worker's mission and not be cancelled;
  linking sets the purpose to "community project" and makes the worker a participant of
  the project in the same transaction.
- A remittance typed by mistake is archived (it then leaves every total), never edited.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

import pycountry
from sqlmodel import Session, col, select

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models import CommunityProject, Remittance, RemittanceCreate, Worker, utcnow
from app.models.enums import MutationOp, ProjectStatus, RemittancePurpose
from app.services.casework import (
    active_worker,
    insert_row,
    msg,
    parse_input,
    update_row,
    visible,
    worker_name,
    writable,
)
from app.services.context import Actor, NotFound, ValidationFailed
from app.services.projects import OTHER_MISSION, join_project

ENTITY = "remittance"

UNKNOWN_CURRENCY = QT_TRANSLATE_NOOP(
    "Workflows", "Use a three-letter currency code such as CAD, USD or MXN."
)
PROJECT_CANCELLED = QT_TRANSLATE_NOOP(
    "Workflows", "This community project was cancelled: it no longer takes contributions."
)


def add_remittance(
    session: Session, *, data: RemittanceCreate | Mapping[str, Any], actor: Actor
) -> Remittance:
    """Record money a worker sent home in a month."""
    values = parse_input(RemittanceCreate, data)
    worker = active_worker(session, values["worker_id"], actor)
    values["currency"] = str(values["currency"]).upper()
    if pycountry.currencies.get(alpha_3=values["currency"]) is None:
        raise ValidationFailed({"currency": msg(UNKNOWN_CURRENCY)})
    values["month"] = values["month"].replace(day=1)
    if values.get("community_project_id") is not None:
        project = _project_for(session, values["community_project_id"], worker, actor)
        values["purpose"] = RemittancePurpose.COMMUNITY_PROJECT
        join_project(session, project, worker, actor)
    row = Remittance(**values, mission_id=worker.mission_id)
    insert_row(session, entity=ENTITY, row=row, actor=actor)
    session.flush()
    return row


def archive_remittance(session: Session, *, remittance_id: uuid.UUID, actor: Actor) -> Remittance:
    """Take out a remittance recorded by mistake (it stays in the history)."""
    row = writable(session, Remittance, remittance_id, actor)
    if row.archived_at is None:
        update_row(
            session,
            entity=ENTITY,
            row=row,
            values={"archived_at": utcnow()},
            actor=actor,
            op=MutationOp.ARCHIVE,
        )
        session.flush()
    return row


def remittances_of_worker(
    session: Session, *, worker_id: uuid.UUID, actor: Actor
) -> list[Remittance]:
    """A worker's remittances, newest month first."""
    visible(session, Worker, worker_id, actor)
    return list_for_worker(session, worker_id)


def list_for_worker(session: Session, worker_id: uuid.UUID) -> list[Remittance]:
    stmt = (
        select(Remittance)
        .where(Remittance.worker_id == worker_id, col(Remittance.archived_at).is_(None))
        .order_by(col(Remittance.month).desc(), col(Remittance.created_at).desc())
    )
    return list(session.exec(stmt))


def _project_for(
    session: Session, project_id: uuid.UUID, worker: Worker, actor: Actor
) -> CommunityProject:
    project = session.get(CommunityProject, project_id)
    if project is None or not actor.may_read(project.mission_id) or project.archived_at:
        raise NotFound("community_project")
    if project.mission_id != worker.mission_id:
        raise ValidationFailed(
            {
                "community_project_id": msg(
                    OTHER_MISSION,
                    name=worker_name(worker),
                    own=worker.mission_id,
                    mission=project.mission_id,
                )
            }
        )
    if project.status == ProjectStatus.CANCELLED:
        raise ValidationFailed({"community_project_id": msg(PROJECT_CANCELLED)})
    return project
