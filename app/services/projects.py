"""Community projects (social investment at home): create, edit, participants, progress.

Rules decided here:
- Officers and supervisors of a mission create and edit its projects (case data).
- Progress is the sum of the linked remittances that are not archived, per currency. The
  percentage counts only the remittances in the project's currency: no exchange rates are
  guessed offline; amounts in other currencies are shown beside it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models import (
    CommunityProject,
    CommunityProjectCreate,
    ProjectParticipant,
    Remittance,
    Worker,
    utcnow,
)
from app.models.enums import MutationOp, ProjectStatus
from app.services.casework import (
    END_BEFORE_START,
    NOT_POSITIVE,
    active_worker,
    check_texts,
    check_write,
    given,
    insert_row,
    mission_currency,
    msg,
    parse_input,
    update_row,
    visible,
    worker_name,
    writable,
)
from app.services.context import Actor, Message, PermissionDenied, ValidationFailed

PROJECT = "community_project"
PARTICIPANT = "project_participant"
EDITABLE_FIELDS = tuple(f for f in CommunityProjectCreate.model_fields if f != "mission_id")

OTHER_MISSION = QT_TRANSLATE_NOOP(
    "Workflows", "{name} belongs to mission {own}; this project belongs to mission {mission}."
)
ALREADY_PARTICIPATES = QT_TRANSLATE_NOOP("Workflows", "{name} already takes part in this project.")
NOT_A_PARTICIPANT = QT_TRANSLATE_NOOP("Workflows", "{name} does not take part in this project.")
NO_FIELD_MISSION = QT_TRANSLATE_NOOP("Workflows", "Community projects belong to a country mission.")


@dataclass(frozen=True)
class ProjectProgress:
    """How far the project is towards its goal."""

    project_id: uuid.UUID
    currency: str
    goal_amount: Decimal
    raised: Decimal  # linked remittances in the project's currency
    percent: Decimal  # of the goal, one decimal, may exceed 100
    other_currencies: dict[str, Decimal]  # linked remittances in other currencies
    remittances: int
    participants: int


@dataclass(frozen=True)
class ParticipantLine:
    worker_id: uuid.UUID
    case_code: str
    full_name: str
    contributed: dict[str, Decimal]  # per currency


# --- writes -----------------------------------------------------------------------------


def create_project(
    session: Session, *, data: CommunityProjectCreate | Mapping[str, Any], actor: Actor
) -> CommunityProject:
    """A new community project of a mission."""
    values = parse_input(CommunityProjectCreate, data)
    values["mission_id"] = str(values["mission_id"]).upper()
    if values["mission_id"] == "HQ":
        raise ValidationFailed({"mission_id": msg(NO_FIELD_MISSION)})
    check_write(actor, values["mission_id"])
    if not given(data, "currency"):  # the mission's own currency unless one is chosen
        values["currency"] = mission_currency(session, values["mission_id"]) or values["currency"]
    values["currency"] = str(values["currency"]).upper()
    _check(values)
    project = CommunityProject(**values)
    insert_row(session, entity=PROJECT, row=project, actor=actor)
    session.flush()
    return project


def update_project(
    session: Session, *, project_id: uuid.UUID, changes: Mapping[str, Any], actor: Actor
) -> CommunityProject:
    """Change a project's details or status (only the fields given)."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    project = writable(session, CommunityProject, project_id, actor)
    merged = {name: getattr(project, name) for name in EDITABLE_FIELDS}
    merged.update(changes)
    merged["mission_id"] = project.mission_id
    values = parse_input(CommunityProjectCreate, merged)
    values["currency"] = str(values["currency"]).upper()
    _check(values)
    new_values = {name: values[name] for name in EDITABLE_FIELDS}
    update_row(session, entity=PROJECT, row=project, values=new_values, actor=actor)
    session.flush()
    return project


def set_project_status(
    session: Session, *, project_id: uuid.UUID, status: ProjectStatus, actor: Actor
) -> CommunityProject:
    """Move a project to another status (proposed, fundraising, in progress, ...)."""
    return update_project(session, project_id=project_id, changes={"status": status}, actor=actor)


def _check(values: Mapping[str, Any]) -> None:
    errors: dict[str, Message] = {}
    check_texts(values, CommunityProject, required=("title", "community"), out=errors)
    if values.get("goal_amount") is not None and values["goal_amount"] <= 0:
        errors["goal_amount"] = msg(NOT_POSITIVE)
    start, end = values.get("start_date"), values.get("end_date")
    if start and end and end < start:
        errors["end_date"] = msg(END_BEFORE_START)
    if errors:
        raise ValidationFailed(errors)


def add_participant(
    session: Session, *, project_id: uuid.UUID, worker_id: uuid.UUID, actor: Actor
) -> ProjectParticipant:
    """A worker of the project's mission joins the project."""
    project = writable(session, CommunityProject, project_id, actor)
    worker = active_worker(session, worker_id, actor)
    check_same_mission(project, worker)
    existing = _participation(session, project.id, worker.id)
    if existing is not None and existing.archived_at is None:
        raise ValidationFailed({"worker_id": msg(ALREADY_PARTICIPATES, name=worker_name(worker))})
    row = join_project(session, project, worker, actor)
    session.flush()
    return row


def remove_participant(
    session: Session, *, project_id: uuid.UUID, worker_id: uuid.UUID, actor: Actor
) -> ProjectParticipant:
    """A worker leaves the project (the link is archived; their remittances stay)."""
    project = writable(session, CommunityProject, project_id, actor)
    worker = active_worker(session, worker_id, actor)
    row = _participation(session, project.id, worker.id)
    if row is None or row.archived_at is not None:
        raise ValidationFailed({"worker_id": msg(NOT_A_PARTICIPANT, name=worker_name(worker))})
    update_row(
        session,
        entity=PARTICIPANT,
        row=row,
        values={"archived_at": utcnow()},
        actor=actor,
        op=MutationOp.ARCHIVE,
    )
    session.flush()
    return row


def join_project(
    session: Session, project: CommunityProject, worker: Worker, actor: Actor
) -> ProjectParticipant:
    """Make `worker` a participant (restoring an archived link); no checks, in session."""
    existing = _participation(session, project.id, worker.id)
    if existing is not None:
        if existing.archived_at is not None:
            update_row(
                session,
                entity=PARTICIPANT,
                row=existing,
                values={"archived_at": None},
                actor=actor,
                op=MutationOp.RESTORE,
            )
        return existing
    row = ProjectParticipant(
        project_id=project.id, worker_id=worker.id, mission_id=worker.mission_id
    )
    return insert_row(session, entity=PARTICIPANT, row=row, actor=actor)


def check_same_mission(project: CommunityProject, worker: Worker) -> None:
    if project.mission_id != worker.mission_id:
        raise PermissionDenied(
            msg(
                OTHER_MISSION,
                name=worker_name(worker),
                own=worker.mission_id,
                mission=project.mission_id,
            )
        )


def _participation(
    session: Session, project_id: uuid.UUID, worker_id: uuid.UUID
) -> ProjectParticipant | None:
    stmt = select(ProjectParticipant).where(
        ProjectParticipant.project_id == project_id, ProjectParticipant.worker_id == worker_id
    )
    return session.exec(stmt).first()


# --- reads ------------------------------------------------------------------------------


def get_project(session: Session, *, project_id: uuid.UUID, actor: Actor) -> CommunityProject:
    return visible(session, CommunityProject, project_id, actor)


def project_progress(session: Session, *, project_id: uuid.UUID, actor: Actor) -> ProjectProgress:
    """Raised so far (sum of linked remittances per currency) and percent of the goal."""
    project = visible(session, CommunityProject, project_id, actor)
    return progress_of(session, project)


def progress_of(session: Session, project: CommunityProject) -> ProjectProgress:
    stmt = (
        select(Remittance.currency, func.sum(Remittance.amount), func.count())
        .where(
            Remittance.community_project_id == project.id,
            col(Remittance.archived_at).is_(None),
        )
        .group_by(col(Remittance.currency))
    )
    sums = {
        cur: (Decimal(str(total)).quantize(Decimal("0.01")), n)
        for cur, total, n in session.exec(stmt)
    }
    raised = sums.get(project.currency, (Decimal("0.00"), 0))[0]
    percent = (
        (raised * 100 / project.goal_amount).quantize(Decimal("0.1"))
        if project.goal_amount > 0
        else Decimal("0.0")
    )
    participants = session.exec(
        select(func.count()).where(
            ProjectParticipant.project_id == project.id,
            col(ProjectParticipant.archived_at).is_(None),
        )
    ).one()
    return ProjectProgress(
        project_id=project.id,
        currency=project.currency,
        goal_amount=project.goal_amount,
        raised=raised,
        percent=percent,
        other_currencies={c: v for c, (v, _) in sums.items() if c != project.currency},
        remittances=sum(n for _, n in sums.values()),
        participants=int(participants),
    )


def project_participants(
    session: Session, *, project_id: uuid.UUID, actor: Actor
) -> list[ParticipantLine]:
    """The participating workers, by name, with what each contributed per currency."""
    project = visible(session, CommunityProject, project_id, actor)
    stmt = (
        select(Worker)
        .join(ProjectParticipant, col(ProjectParticipant.worker_id) == Worker.id)
        .where(
            ProjectParticipant.project_id == project.id,
            col(ProjectParticipant.archived_at).is_(None),
        )
        .order_by(col(Worker.sort_name))
    )
    people = list(session.exec(stmt))
    given = select(Remittance.worker_id, Remittance.currency, func.sum(Remittance.amount)).where(
        Remittance.community_project_id == project.id, col(Remittance.archived_at).is_(None)
    )
    totals: dict[uuid.UUID, dict[str, Decimal]] = {}
    for wid, cur, total in session.exec(
        given.group_by(col(Remittance.worker_id), col(Remittance.currency))
    ):
        totals.setdefault(wid, {})[cur] = Decimal(str(total)).quantize(Decimal("0.01"))
    return [
        ParticipantLine(w.id, w.case_code, worker_name(w), totals.get(w.id, {})) for w in people
    ]
