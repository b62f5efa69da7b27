"""Placements abroad and the migration journey: add, edit, depart, return, cancel."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models import Placement, PlacementCreate, PlacementUpdate, Worker
from app.models.enums import MigrationStage, PlacementStatus
from app.services.casework import (
    END_BEFORE_START,
    active_worker,
    check_texts,
    insert_row,
    msg,
    parse_input,
    state_msg,
    update_row,
    visible,
    worker_name,
    writable,
)
from app.services.context import Actor, Message, PermissionDenied, ValidationFailed

ENTITY = "placement"
WORKER_ENTITY = "worker"
OPEN_STATUSES = (PlacementStatus.PLANNED, PlacementStatus.ACTIVE)
# Status and return date change only through depart / return_home / cancel actions.
EDITABLE_FIELDS = tuple(
    f for f in PlacementUpdate.model_fields if f not in ("status", "actual_return_date")
)

PROVINCE_FORMAT = QT_TRANSLATE_NOOP("Workflows", "Use the province code, e.g. CA-ON.")
NOC_FORMAT = QT_TRANSLATE_NOOP("Workflows", "The NOC code has 5 digits.")
CANNOT_DEPART = QT_TRANSLATE_NOOP(
    "Workflows", "{name} cannot depart: only a worker at the pre-departure stage can depart."
)
NEEDS_PLACEMENT = QT_TRANSLATE_NOOP(
    "Workflows", "{name} cannot depart without a planned placement abroad. Add the placement first."
)
PLACEMENT_NOT_OPEN = QT_TRANSLATE_NOOP(
    "Workflows", "Only a planned placement can start; the status of this one is {status}."
)
DEPART_AFTER_END = QT_TRANSLATE_NOOP(
    "Workflows", "The departure date is after the planned end of the placement ({end})."
)
CANNOT_RETURN = QT_TRANSLATE_NOOP(
    "Workflows", "{name} cannot return: only a worker who is abroad can return."
)
RETURN_BEFORE_START = QT_TRANSLATE_NOOP(
    "Workflows", "The return date is before the start of the placement ({start})."
)
CANNOT_CANCEL_DEPARTURE = QT_TRANSLATE_NOOP(
    "Workflows", "{name} is not abroad, so there is no departure to cancel."
)
CANNOT_CANCEL_PLACEMENT = QT_TRANSLATE_NOOP(
    "Workflows", "Only a planned placement can be cancelled; the status of this one is {status}."
)
CLOSED_PLACEMENT = QT_TRANSLATE_NOOP(
    "Workflows", "The status of this placement is {status}: it can no longer be edited."
)

_PROVINCE = re.compile(r"^CA-[A-Z]{2}$")
_NOC = re.compile(r"^\d{5}$")


# --- add and edit -----------------------------------------------------------------------


def add_placement(
    session: Session, *, data: PlacementCreate | Mapping[str, Any], actor: Actor
) -> Placement:
    """A new planned placement for a worker (it becomes active only by `depart`)."""
    values = parse_input(PlacementCreate, data)
    worker = active_worker(session, values["worker_id"], actor)
    values["status"] = PlacementStatus.PLANNED
    values["actual_return_date"] = None
    values["province"] = str(values.get("province") or "").upper()
    _check(values)
    placement = Placement(**values, mission_id=worker.mission_id)
    insert_row(session, entity=ENTITY, row=placement, actor=actor)
    session.flush()
    return placement


def update_placement(
    session: Session,
    *,
    placement_id: uuid.UUID,
    changes: PlacementUpdate | Mapping[str, Any],
    actor: Actor,
) -> Placement:
    """Change the details of a planned or active placement (not its status)."""
    values = parse_input(PlacementUpdate, changes, partial=True)
    if set(values) - set(EDITABLE_FIELDS):
        raise ValueError("status changes through depart, return_home or cancel")
    placement = writable(session, Placement, placement_id, actor)
    if placement.status not in OPEN_STATUSES:
        raise PermissionDenied(state_msg(CLOSED_PLACEMENT, state=placement.status))
    if "province" in values:
        values["province"] = str(values["province"] or "").upper()
    merged = {name: getattr(placement, name) for name in EDITABLE_FIELDS}
    merged.update(values)
    _check(merged)
    update_row(session, entity=ENTITY, row=placement, values=values, actor=actor)
    session.flush()
    return placement


def _check(values: Mapping[str, Any]) -> None:
    errors: dict[str, Message] = {}
    check_texts(values, Placement, required=("employer",), out=errors)
    if values.get("province") and not _PROVINCE.match(str(values["province"])):
        errors["province"] = msg(PROVINCE_FORMAT)
    if values.get("noc_code") and not _NOC.match(str(values["noc_code"])):
        errors["noc_code"] = msg(NOC_FORMAT)
    start, end = values.get("start_date"), values.get("planned_end_date")
    if start and end and end < start:
        errors["planned_end_date"] = msg(END_BEFORE_START)
    if errors:
        raise ValidationFailed(errors)


# --- the journey ------------------------------------------------------------------------


def depart(
    session: Session, *, worker_id: uuid.UUID, placement_id: uuid.UUID, on: date, actor: Actor
) -> Placement:
    """Pre-departure -> abroad: the planned placement becomes active from `on`."""
    worker = active_worker(session, worker_id, actor)
    name = worker_name(worker)
    if worker.migration_stage != MigrationStage.PRE_DEPARTURE:
        raise PermissionDenied(msg(CANNOT_DEPART, name=name))
    placement = _placement_of(session, worker, placement_id, actor)
    if placement is None:
        raise PermissionDenied(msg(NEEDS_PLACEMENT, name=name))
    if placement.status != PlacementStatus.PLANNED:
        raise PermissionDenied(state_msg(PLACEMENT_NOT_OPEN, state=placement.status))
    if placement.planned_end_date is not None and on > placement.planned_end_date:
        raise ValidationFailed({"on": msg(DEPART_AFTER_END, end=placement.planned_end_date)})
    values = {"status": PlacementStatus.ACTIVE, "start_date": on}
    update_row(session, entity=ENTITY, row=placement, values=values, actor=actor)
    _set_stage(session, worker, MigrationStage.ABROAD, actor)
    session.flush()
    return placement


def return_home(
    session: Session, *, worker_id: uuid.UUID, on: date, actor: Actor
) -> Placement | None:
    """Abroad -> returned: closes the active placement (completed, or ended early).

    A worker recorded abroad without an active placement (older data) still returns;
    then there is nothing to close and None is returned.
    """
    worker = active_worker(session, worker_id, actor)
    if worker.migration_stage != MigrationStage.ABROAD:
        raise PermissionDenied(msg(CANNOT_RETURN, name=worker_name(worker)))
    placement = _active_placement(session, worker.id)
    if placement is not None:
        if placement.start_date is not None and on < placement.start_date:
            raise ValidationFailed({"on": msg(RETURN_BEFORE_START, start=placement.start_date)})
        early = placement.planned_end_date is not None and on < placement.planned_end_date
        values = {
            "status": PlacementStatus.ENDED_EARLY if early else PlacementStatus.COMPLETED,
            "actual_return_date": on,
        }
        update_row(session, entity=ENTITY, row=placement, values=values, actor=actor)
    _set_stage(session, worker, MigrationStage.RETURNED, actor)
    session.flush()
    return placement


def cancel_departure(
    session: Session, *, worker_id: uuid.UUID, actor: Actor, keep_placement: bool = False
) -> Placement | None:
    """Abroad -> pre-departure: the departure did not happen (recorded by mistake or the
    trip fell through). The active placement is cancelled, or planned again with
    `keep_placement` (its start date cleared)."""
    worker = active_worker(session, worker_id, actor)
    if worker.migration_stage != MigrationStage.ABROAD:
        raise PermissionDenied(msg(CANNOT_CANCEL_DEPARTURE, name=worker_name(worker)))
    placement = _active_placement(session, worker.id)
    if placement is not None:
        values: dict[str, Any] = (
            {"status": PlacementStatus.PLANNED, "start_date": None}
            if keep_placement
            else {"status": PlacementStatus.CANCELLED}
        )
        update_row(session, entity=ENTITY, row=placement, values=values, actor=actor)
    _set_stage(session, worker, MigrationStage.PRE_DEPARTURE, actor)
    session.flush()
    return placement


def cancel_placement(session: Session, *, placement_id: uuid.UUID, actor: Actor) -> Placement:
    """A planned placement that will not happen (the worker stays where they are)."""
    placement = writable(session, Placement, placement_id, actor)
    active_worker(session, placement.worker_id, actor)
    if placement.status != PlacementStatus.PLANNED:
        raise PermissionDenied(state_msg(CANNOT_CANCEL_PLACEMENT, state=placement.status))
    values = {"status": PlacementStatus.CANCELLED}
    update_row(session, entity=ENTITY, row=placement, values=values, actor=actor)
    session.flush()
    return placement


# --- reads ------------------------------------------------------------------------------


def placements_of_worker(
    session: Session, *, worker_id: uuid.UUID, actor: Actor
) -> list[Placement]:
    """A worker's placements, latest first (planned ones without a start date first)."""
    visible(session, Worker, worker_id, actor)
    return list_for_worker(session, worker_id)


def list_for_worker(session: Session, worker_id: uuid.UUID) -> list[Placement]:
    stmt = (
        select(Placement)
        .where(Placement.worker_id == worker_id, col(Placement.archived_at).is_(None))
        .order_by(col(Placement.start_date).desc().nulls_first(), col(Placement.created_at).desc())
    )
    return list(session.exec(stmt))


def _placement_of(
    session: Session, worker: Worker, placement_id: uuid.UUID, actor: Actor
) -> Placement | None:
    placement = session.get(Placement, placement_id)
    if placement is None or placement.worker_id != worker.id or placement.archived_at:
        return None
    return placement


def _active_placement(session: Session, worker_id: uuid.UUID) -> Placement | None:
    stmt = select(Placement).where(
        Placement.worker_id == worker_id,
        Placement.status == PlacementStatus.ACTIVE,
        col(Placement.archived_at).is_(None),
    )
    return session.exec(stmt.order_by(col(Placement.start_date).desc())).first()


def _set_stage(session: Session, worker: Worker, stage: MigrationStage, actor: Actor) -> None:
    update_row(
        session, entity=WORKER_ENTITY, row=worker, values={"migration_stage": stage}, actor=actor
    )
