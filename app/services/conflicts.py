"""Sync conflicts: list the fields changed on both sides, and settle each by a person's choice.

A choice is a normal local edit (history + outbox, based on the current server version) that
syncs like any other; accepting the server's value sends nothing when nothing differs.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlmodel import Session, col, select

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models import (
    SYNCED_ENTITIES,
    OutboxMutation,
    ShadowRow,
    SyncColumns,
    SyncConflict,
    Worker,
    full_name,
    utcnow,
)
from app.models.codec import WireValue, from_wire, row_to_wire
from app.models.enums import ConflictState, MutationOp, OutboxState, Role
from app.models.worker import WORKER_EDITABLE_FIELDS
from app.services import workers
from app.services.context import (
    NOT_ALLOWED,
    NOT_YOUR_MISSION,
    Actor,
    Message,
    NotFound,
    PermissionDenied,
    ValidationFailed,
)
from app.services.db import Database
from app.services.history import record_mutation, stamp

BOOKKEEPING = frozenset({"updated_at", "updated_by", "sort_name", "version"})
SUPERSEDED = "superseded: settled as a sync conflict"
INVALID_VALUE = QT_TRANSLATE_NOOP("Services", "This value is not valid for this field.")
ALREADY_SETTLED = QT_TRANSLATE_NOOP("Services", "This conflict was already settled.")


class Choice(StrEnum):
    """What a person decided for one field."""

    MINE = "mine"
    THEIRS = "theirs"
    VALUE = "value"


@dataclass(frozen=True)
class ConflictRow:
    """One open conflict as the Conflicts view lists it (values in wire form)."""

    seq: int
    entity: str
    entity_id: uuid.UUID
    mission_id: str
    record_label: str
    field: str
    base: WireValue
    mine: WireValue
    theirs: WireValue
    detected_at: datetime


def _value(text: str | None) -> WireValue:
    if text is None:
        return None
    try:
        value: WireValue = json.loads(text)
    except ValueError:
        return text
    return value


def record_label(session: Session, entity: str, entity_id: uuid.UUID) -> str:
    """Words a person recognises a record by: the worker's name and case code, a title."""
    model = SYNCED_ENTITIES.get(entity)
    row = session.get(model, entity_id) if model else None
    if row is None:
        return str(entity_id)[:8]
    if isinstance(row, Worker):
        name = full_name(row.given_names, row.first_family_name, row.second_family_name)
        return f"{name} ({row.case_code})"
    worker_id = getattr(row, "worker_id", None)
    if worker_id is not None:
        return record_label(session, "worker", worker_id)
    for attr in ("title", "code"):
        if getattr(row, attr, None):
            return str(getattr(row, attr))
    return str(entity_id)[:8]


def list_open_conflicts(session: Session, *, actor: Actor) -> list[ConflictRow]:
    """Open conflicts of the missions the actor can read, oldest first."""
    stmt = (
        select(SyncConflict)
        .where(SyncConflict.state == ConflictState.OPEN)
        .order_by(col(SyncConflict.seq))
    )
    rows: list[ConflictRow] = []
    for c in session.exec(stmt):
        if not actor.may_read(c.mission_id):
            continue
        rows.append(
            ConflictRow(
                seq=c.seq or 0,
                entity=c.entity,
                entity_id=c.entity_id,
                mission_id=c.mission_id,
                record_label=record_label(session, c.entity, c.entity_id),
                field=c.field,
                base=_value(c.base_value),
                mine=_value(c.mine_value),
                theirs=_value(c.theirs_value),
                detected_at=c.detected_at,
            )
        )
    return rows


def count_open_conflicts(session: Session, *, actor: Actor) -> int:
    """How many open conflicts the actor can see."""
    return len(list_open_conflicts(session, actor=actor))


def _check_may_resolve(actor: Actor, mission: str) -> None:
    if actor.role not in (Role.FIELD_OFFICER, Role.SUPERVISOR):
        raise PermissionDenied(Message(NOT_ALLOWED))
    if not actor.may_write(mission):
        raise PermissionDenied(Message(NOT_YOUR_MISSION, {"mission": mission}))


def resolve_conflict(
    session: Session,
    *,
    seq: int,
    choice: Choice | str,
    actor: Actor,
    today: date,
    value: WireValue = None,
) -> None:
    """Settle one field: keep mine, take theirs, or a typed value; the choice syncs as an edit."""
    choice = Choice(choice)
    conflict = session.get(SyncConflict, seq)
    if conflict is None or not actor.may_read(conflict.mission_id):
        raise NotFound("conflict")
    if conflict.state is not ConflictState.OPEN:
        raise ValidationFailed({conflict.field: Message(ALREADY_SETTLED)})
    _check_may_resolve(actor, conflict.mission_id)
    model = SYNCED_ENTITIES[conflict.entity]
    row = session.get(model, conflict.entity_id)
    if row is None:
        raise NotFound(conflict.entity)
    shadow = session.get(ShadowRow, (conflict.entity, conflict.entity_id))
    server_data: dict[str, Any] = json.loads(shadow.data) if shadow else {}
    server_value = server_data.get(conflict.field, _value(conflict.theirs_value))
    target = {
        Choice.MINE: _value(conflict.mine_value),
        Choice.THEIRS: server_value,
        Choice.VALUE: value,
    }[choice]
    _supersede_pending(session, conflict)
    if shadow is not None:
        row.version = shadow.version  # the edit is based on the server's current copy
    if _same(model, conflict.field, target, server_value):
        _set_quietly(session, row, conflict.field, target)
    else:
        _edit(session, row, conflict.entity, conflict.field, target, actor, today)
    settled = session.exec(
        select(SyncConflict).where(
            SyncConflict.entity == conflict.entity,
            SyncConflict.entity_id == conflict.entity_id,
            SyncConflict.field == conflict.field,
            SyncConflict.state == ConflictState.OPEN,
        )
    ).all()
    for one in settled:  # a decision settles the field, whichever local value it weighed
        one.state = ConflictState.RESOLVED
        one.resolved_by = actor.username
        one.resolved_at = utcnow()
        one.resolution = json.dumps({"choice": choice.value, "value": target})
        session.add(one)
    session.flush()


def _python(model: type[SyncColumns], name: str, value: WireValue) -> Any:
    try:
        return from_wire(model, {name: value})[name]
    except ValueError:
        raise ValidationFailed({name: Message(INVALID_VALUE)}) from None


def _same(model: type[SyncColumns], name: str, a: WireValue, b: WireValue) -> bool:
    return bool(_python(model, name, a) == _python(model, name, b))


def _supersede_pending(session: Session, conflict: SyncConflict) -> None:
    """Unsent edits of this field are replaced by the decision (they would re-conflict)."""
    stmt = select(OutboxMutation).where(
        OutboxMutation.entity == conflict.entity,
        OutboxMutation.entity_id == conflict.entity_id,
        OutboxMutation.state == OutboxState.PENDING,
        OutboxMutation.op == MutationOp.UPDATE,
    )
    for m in session.exec(stmt):
        changes = json.loads(m.changes)
        if conflict.field not in changes:
            continue
        del changes[conflict.field]
        m.changes = json.dumps(changes, ensure_ascii=False, separators=(",", ":"))
        if not set(changes) - BOOKKEEPING:
            m.state = OutboxState.SENT
            m.last_error = SUPERSEDED
        session.add(m)


def _set_quietly(session: Session, row: SyncColumns, name: str, value: WireValue) -> None:
    """Take the server's value locally with nothing to send."""
    python = _python(type(row), name, value)
    if getattr(row, name) != python:
        setattr(row, name, python)
        if isinstance(row, Worker) and name in ("given_names", "first_family_name"):
            _refresh_sort_name(row)
        session.add(row)


def _refresh_sort_name(row: Worker) -> None:
    from app.store.search import sort_name

    row.sort_name = sort_name(row.given_names, row.first_family_name, row.second_family_name)


def _edit(
    session: Session,
    row: SyncColumns,
    entity: str,
    name: str,
    value: WireValue,
    actor: Actor,
    today: date,
) -> None:
    """The decision as a normal local edit: history and an outbox mutation."""
    current = row_to_wire(row, fields=(name,))[name]
    python = _python(type(row), name, value)
    if isinstance(row, Worker) and name in WORKER_EDITABLE_FIELDS and current != value:
        workers.update_worker(
            session, worker_id=row.id, changes={name: python}, actor=actor, today=today
        )
        return
    op = MutationOp.UPDATE
    if name == "archived_at":
        op = MutationOp.RESTORE if python is None else MutationOp.ARCHIVE
    setattr(row, name, python)
    if isinstance(row, Worker) and name in ("given_names", "first_family_name"):
        _refresh_sort_name(row)
    stamp(row, actor, utcnow())
    session.add(row)
    changes = row_to_wire(row, fields=(name, "updated_at", "updated_by"))
    record_mutation(
        session,
        entity=entity,
        row=row,
        op=op,
        changes=changes,
        before={name: current},
        actor=actor,
    )


class ConflictService:
    """Conflict use cases for the UI; each call is one transaction."""

    def __init__(
        self, db: Database, actor: Callable[[], Actor], today: Callable[[], date] = date.today
    ) -> None:
        self._db = db
        self._actor = actor
        self._today = today

    def open_conflicts(self) -> list[ConflictRow]:
        with self._db.read() as session:
            return list_open_conflicts(session, actor=self._actor())

    def count(self) -> int:
        with self._db.read() as session:
            return count_open_conflicts(session, actor=self._actor())

    def may_resolve(self, mission: str) -> bool:
        actor = self._actor()
        return actor.role in (Role.FIELD_OFFICER, Role.SUPERVISOR) and actor.may_write(mission)

    def resolve(self, seq: int, *, choice: Choice | str, value: WireValue = None) -> None:
        with self._db.write() as session:
            resolve_conflict(
                session,
                seq=seq,
                choice=choice,
                actor=self._actor(),
                today=self._today(),
                value=value,
            )
