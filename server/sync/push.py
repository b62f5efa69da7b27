"""Apply pushed mutations: validation, scope, per-field conflicts, ledger, feed sequence."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Table
from sqlalchemy import select as sa_select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session, SQLModel, col, select

from app.models import APPEND_ONLY_ENTITIES, SYNCED_ENTITIES
from app.models.base import utcnow
from app.models.codec import WireValue
from app.models.enums import MutationOp, PlanStatus, Role
from app.store.search import sort_name
from app.sync.protocol import (
    FieldConflict,
    Mutation,
    MutationResult,
    MutationStatus,
    RejectReason,
)
from server.auth import HQ
from server.db import next_seq
from server.models import AuditEntry, MutationLedger, RowMeta, ServerConflict
from server.retention import PARENT_PURGED_MESSAGE, PURGED_MESSAGE
from server.sync import rows as entity_rows


@dataclass(frozen=True)
class Actor:
    """Who pushes: name, role, device, and the missions they may read and write."""

    username: str
    role: Role
    user_id: int | None
    device_id: uuid.UUID | None
    device_tag: str
    read_missions: frozenset[str]
    write_missions: frozenset[str]


class Rejected(Exception):
    """A mutation that stores nothing; carries the reason and a sentence for people."""

    def __init__(self, reason: RejectReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass
class _Batch:
    """What one batch already knows: answers given (by mutation id) and rows not on file."""

    answers: dict[uuid.UUID, tuple[str, str]] = field(default_factory=dict)
    absent: set[tuple[str, uuid.UUID]] = field(default_factory=set)


def apply_batch(session: Session, actor: Actor, mutations: list[Mutation]) -> list[MutationResult]:
    """Apply mutations in order inside the caller's transaction; one result each."""
    batch = _prefetch(session, mutations)
    return [apply_one(session, actor, m, batch) for m in mutations]


def _prefetch(session: Session, mutations: list[Mutation]) -> _Batch:
    """Load the batch's ledger answers and row metas in a few queries instead of 2 per row."""
    batch = _Batch()
    ids = [m.mutation_id for m in mutations]
    ledger: Table = MutationLedger.__table__  # type: ignore[attr-defined]
    for start in range(0, len(ids), 500):
        query = sa_select(ledger.c.mutation_id, ledger.c.mission_id, ledger.c.result).where(
            ledger.c.mutation_id.in_(ids[start : start + 500])
        )
        for mutation_id, mission_id, result in session.connection().execute(query):
            batch.answers[mutation_id] = (mission_id, result)
    keys: dict[str, set[uuid.UUID]] = {}
    for m in mutations:
        if m.entity in SYNCED_ENTITIES:
            keys.setdefault(m.entity, set()).add(m.entity_id)
    for entity, entity_ids in keys.items():
        wanted = sorted(entity_ids)
        found: set[uuid.UUID] = set()
        for start in range(0, len(wanted), 500):
            metas = session.exec(  # loads them into the identity map: later gets are free
                select(RowMeta).where(
                    RowMeta.entity == entity,
                    col(RowMeta.entity_id).in_(wanted[start : start + 500]),
                )
            ).all()
            found.update(meta.entity_id for meta in metas)
        batch.absent.update((entity, i) for i in entity_ids - found)
    return batch


def apply_one(
    session: Session, actor: Actor, m: Mutation, batch: _Batch | None = None
) -> MutationResult:
    """Apply one mutation in a savepoint; a rejection or a constraint error stores nothing."""
    batch = batch or _prefetch(session, [m])
    seen = batch.answers.get(m.mutation_id)
    if seen is not None:
        mission_id, stored = seen
        if mission_id not in actor.write_missions:
            return _rejected(m, RejectReason.NOT_FOUND, "This record was not found.")
        first = MutationResult.model_validate_json(stored)
        return first.model_copy(
            update={"status": MutationStatus.DUPLICATE, "first_status": first.status}
        )
    try:
        with session.begin_nested():
            result = _apply(session, actor, m, batch)
            stored = _record(session, actor, m, result)
            session.flush()
        batch.answers[m.mutation_id] = (m.mission_id, stored)
        batch.absent.discard((m.entity, m.entity_id))
        return result
    except Rejected as exc:
        return _rejected(m, exc.reason, exc.message)
    except IntegrityError:
        return _rejected(
            m,
            RejectReason.CONSTRAINT,
            "This change clashes with another record (a code or link already used).",
        )
    except DBAPIError:
        return _rejected(m, RejectReason.INVALID_VALUE, "A value does not fit the database.")


def _rejected(m: Mutation, reason: RejectReason, message: str) -> MutationResult:
    return MutationResult(
        mutation_id=m.mutation_id,
        status=MutationStatus.REJECTED,
        entity=m.entity,
        entity_id=m.entity_id,
        reason=reason,
        message=message,
    )


def _apply(session: Session, actor: Actor, m: Mutation, batch: _Batch) -> MutationResult:
    if m.entity not in SYNCED_ENTITIES:
        raise Rejected(RejectReason.UNKNOWN_ENTITY, f"Unknown kind of record: {m.entity}.")
    key = (m.entity, m.entity_id)
    meta = None if key in batch.absent else session.get(RowMeta, key)
    if meta is not None and meta.mission_id not in actor.read_missions:
        raise Rejected(RejectReason.NOT_FOUND, "This record was not found.")
    if m.mission_id not in actor.write_missions:
        raise Rejected(
            RejectReason.MISSION_NOT_ALLOWED,
            f"You may not change records of mission {m.mission_id}.",
        )
    if meta is not None and meta.mission_id != m.mission_id:
        raise Rejected(RejectReason.IMMUTABLE_FIELD, "A record cannot move to another mission.")
    if meta is not None and meta.purged_at is not None:
        raise Rejected(RejectReason.PURGED, PURGED_MESSAGE)
    values = _decode(m)
    _check_role(actor, m, values)
    if m.op is MutationOp.CREATE and meta is None:
        return _create(session, actor, m, values)
    if m.op is MutationOp.CREATE:
        values.pop("created_at", None)  # a create of a known row is an edit of it
    if meta is None:
        raise Rejected(RejectReason.NOT_FOUND, "This record was not found.")
    if m.op in (MutationOp.ARCHIVE, MutationOp.RESTORE):
        return _archive(session, actor, m, meta)
    return _update(session, actor, m, meta, values)


NAME_FIELDS = ("given_names", "first_family_name", "second_family_name")
DERIVED_FIELDS: dict[str, frozenset[str]] = {"worker": frozenset({"sort_name"})}
"""Computed here from other fields; a value a client sends is ignored, so never a conflict."""


def _worker_sort_name(names: dict[str, Any]) -> str:
    return sort_name(*(str(names.get(n) or "") for n in NAME_FIELDS))


def _decode(m: Mutation) -> dict[str, Any]:
    changes = dict(m.changes)
    for name in entity_rows.SERVER_SET_FIELDS | DERIVED_FIELDS.get(m.entity, frozenset()):
        changes.pop(name, None)
    if m.op is MutationOp.CREATE:
        if changes.pop("archived_at", None) is not None:
            raise Rejected(RejectReason.INVALID_OP, "Create a record first, then archive it.")
        if changes.pop("id", str(m.entity_id)) != str(m.entity_id):
            raise Rejected(RejectReason.IMMUTABLE_FIELD, "The id does not match the record.")
        if changes.pop("mission_id", m.mission_id) != m.mission_id:
            raise Rejected(RejectReason.IMMUTABLE_FIELD, "The mission does not match.")
    elif m.op in (MutationOp.ARCHIVE, MutationOp.RESTORE):
        changes = {}
    else:
        bad = sorted(set(changes) & (entity_rows.IMMUTABLE_FIELDS | {"archived_at"}))
        if bad:
            raise Rejected(
                RejectReason.IMMUTABLE_FIELD,
                f"These fields cannot be changed by an edit: {', '.join(bad)}.",
            )
    try:
        return entity_rows.decode(m.entity, changes)
    except KeyError as exc:
        raise Rejected(RejectReason.UNKNOWN_FIELD, f"Unknown field: {exc.args[0]}.") from None
    except (ValidationError, ValueError) as exc:
        raise Rejected(RejectReason.INVALID_VALUE, _first_error(exc)) from None


def _first_error(exc: Exception) -> str:
    if isinstance(exc, ValidationError) and exc.errors():
        return f"A value is not valid: {exc.errors()[0].get('msg', '')}."
    return "A value is not valid."


def _check_role(actor: Actor, m: Mutation, values: dict[str, Any]) -> None:
    if actor.role in (Role.SUPERVISOR, Role.ADMIN):
        return
    if m.entity == "course":
        raise Rejected(RejectReason.FORBIDDEN, "Only a supervisor can change the course list.")
    if m.entity == "reintegration_plan" and (
        values.get("status") == PlanStatus.APPROVED
        or values.get("approved_by")
        or values.get("approved_at")
    ):
        raise Rejected(RejectReason.FORBIDDEN, "Only a supervisor can approve a plan.")


def _check_parents(session: Session, actor: Actor, m: Mutation, values: dict[str, Any]) -> None:
    for column, parent in entity_rows.foreign_keys(m.entity):
        ref = values.get(column)
        if ref is None:
            continue
        meta = session.get(RowMeta, (parent, ref))
        if (
            meta is None
            or meta.mission_id not in (m.mission_id, HQ)
            or (meta.mission_id not in actor.read_missions)
        ):
            raise Rejected(
                RejectReason.NOT_FOUND,
                f"The {parent.replace('_', ' ')} this record refers to was not found; "
                "send it first.",
            )
        if meta.purged_at is not None:  # the worker it would belong to was anonymised
            raise Rejected(RejectReason.PURGED, PARENT_PURGED_MESSAGE)


def _create(session: Session, actor: Actor, m: Mutation, values: dict[str, Any]) -> MutationResult:
    missing = sorted(entity_rows.required_fields(m.entity) - set(values))
    if missing:
        raise Rejected(RejectReason.INVALID_VALUE, f"Missing fields: {', '.join(missing)}.")
    _check_parents(session, actor, m, values)
    now = utcnow()
    row = entity_rows.with_defaults(m.entity, values)
    if m.entity == "worker":
        row["sort_name"] = _worker_sort_name(row)
    row.update(
        id=m.entity_id,
        mission_id=m.mission_id,
        version=1,
        updated_at=now,
        updated_by=actor.username,
    )
    if "created_at" not in values:
        row["created_at"] = m.made_at or now
    seq = next_seq(session)
    connection = session.connection()
    connection.execute(_table(m.entity).insert(), row)
    connection.execute(
        _table_of(RowMeta).insert(),
        dict(
            entity=m.entity,
            entity_id=m.entity_id,
            mission_id=m.mission_id,
            version=1,
            server_seq=seq,
            field_versions=entity_rows.dumps({"*": [1, actor.device_tag]}),
            archived_at=None,
            archived_version=0,
        ),
    )
    _audit(session, actor, m, field="", value=None, version=1)
    return _result(m, MutationStatus.APPLIED, 1, seq)


def _update(
    session: Session, actor: Actor, m: Mutation, meta: RowMeta, values: dict[str, Any]
) -> MutationResult:
    model = SYNCED_ENTITIES[m.entity]
    row = session.get(model, m.entity_id)
    assert row is not None, "row meta without its row"
    append_only = m.entity in APPEND_ONLY_ENTITIES
    if append_only:
        bad = sorted(set(values) - entity_rows.APPEND_ONLY_MUTABLE.get(m.entity, frozenset()))
        if bad:
            raise Rejected(
                RejectReason.APPEND_ONLY,
                "Notes and attendance are never edited; add a new revision instead.",
            )
    _check_parents(session, actor, m, values)
    versions: dict[str, list[Any]] = json.loads(meta.field_versions)
    base = m.base or {}
    to_apply: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for name, mine in values.items():
        theirs = entity_rows.norm(getattr(row, name))
        if entity_rows.norm(mine) == theirs:
            continue
        changed_there = _changed_by_others(versions, name, m.base_version, actor)
        stale_identity = (
            name in entity_rows.IDENTITY_FIELDS
            and name in base
            and base[name] != entity_rows.wire(theirs)
        )
        if not append_only and (changed_there or stale_identity):
            conflicts.append(
                FieldConflict(
                    field=name,
                    base=base.get(name),
                    mine=m.changes[name],
                    theirs=entity_rows.wire(theirs),
                )
            )
        else:
            to_apply[name] = mine
    if (
        meta.archived_at is not None
        and _changed_by_others(versions, "archived_at", m.base_version, actor)
        and not append_only
    ):
        conflicts.append(
            FieldConflict(
                field="archived_at", base=None, mine=None, theirs=entity_rows.wire(meta.archived_at)
            )
        )
    if m.entity == "worker" and any(n in to_apply for n in NAME_FIELDS):
        names = {n: to_apply.get(n, getattr(row, n)) for n in NAME_FIELDS}
        if _worker_sort_name(names) != row.sort_name:  # type: ignore[attr-defined]
            to_apply["sort_name"] = _worker_sort_name(names)
    merged = sorted(
        n
        for n in versions
        if n not in ("*", "sort_name") and _changed_by_others(versions, n, m.base_version, actor)
    )
    seq = meta.server_seq
    if to_apply:
        seq = _write(session, actor, m, meta, row, to_apply, versions)
    if conflicts:
        _record_conflicts(session, actor, m, meta, conflicts)
        status = MutationStatus.CONFLICT
    else:
        status = MutationStatus.MERGED if merged else MutationStatus.APPLIED
    _resolve_conflicts(session, m, set(to_apply))
    result = _result(m, status, meta.version, seq, conflicts=conflicts, merged=merged)
    if status is not MutationStatus.APPLIED:
        result.row = entity_rows.row_dict(row, m.entity)
    return result


def _write(
    session: Session,
    actor: Actor,
    m: Mutation,
    meta: RowMeta,
    row: SQLModel,
    to_apply: dict[str, Any],
    versions: dict[str, list[Any]],
) -> int:
    version = meta.version + 1
    for name, value in to_apply.items():
        setattr(row, name, value)
        versions[name] = [version, actor.device_tag]
        if name in m.changes:  # a derived field (sort_name) follows its sources unaudited
            _audit(session, actor, m, field=name, value=m.changes[name], version=version)
    row.version = version
    row.updated_at = utcnow()
    row.updated_by = actor.username
    session.add(row)
    meta.version = version
    meta.field_versions = entity_rows.dumps(versions)
    meta.server_seq = next_seq(session)
    session.add(meta)
    return meta.server_seq


def _archive(session: Session, actor: Actor, m: Mutation, meta: RowMeta) -> MutationResult:
    """Archive or restore; an archive never loses data, so it is never a conflict.

    Archive against a concurrent edit: the archive applies (the edit's values stay on the
    row) and the answer is "merged". Edit against a concurrent archive: see _update (the
    fields apply, the row stays archived, "conflict" on archived_at lets a person restore).
    """
    row = session.get(SYNCED_ENTITIES[m.entity], m.entity_id)
    assert row is not None
    archived = m.op is MutationOp.ARCHIVE
    merged = any(
        _changed_by_others(json.loads(meta.field_versions), n, m.base_version, actor)
        for n in json.loads(meta.field_versions)
    )
    if (meta.archived_at is not None) == archived:
        status = MutationStatus.MERGED if merged else MutationStatus.APPLIED
        return _result(m, status, meta.version, meta.server_seq)
    when: datetime | None = (m.made_at or utcnow()) if archived else None
    version = meta.version + 1
    row.archived_at = when
    row.version = version
    row.updated_at = utcnow()
    row.updated_by = actor.username
    session.add(row)
    versions: dict[str, list[Any]] = json.loads(meta.field_versions)
    versions["archived_at"] = [version, actor.device_tag]
    meta.version = version
    meta.field_versions = entity_rows.dumps(versions)
    meta.archived_at = when
    meta.archived_version = version
    meta.server_seq = next_seq(session)
    session.add(meta)
    _audit(session, actor, m, field="archived_at", value=entity_rows.wire(when), version=version)
    status = MutationStatus.MERGED if merged else MutationStatus.APPLIED
    return _result(m, status, version, meta.server_seq)


def _changed_by_others(
    versions: dict[str, list[Any]], name: str, base_version: int, actor: Actor
) -> bool:
    """True if another device wrote `name` after `base_version`.

    A device's own later edits are never conflicts with its earlier ones (its outbox keeps
    their order), so a create followed by edits made offline applies cleanly.
    """
    version, tag = versions.get(name) or versions.get("*") or [0, ""]
    return int(version) > base_version and tag != actor.device_tag


def _result(
    m: Mutation,
    status: MutationStatus,
    version: int,
    seq: int,
    *,
    conflicts: list[FieldConflict] | None = None,
    merged: list[str] | None = None,
) -> MutationResult:
    return MutationResult(
        mutation_id=m.mutation_id,
        status=status,
        entity=m.entity,
        entity_id=m.entity_id,
        version=version,
        server_seq=seq,
        conflicts=conflicts or [],
        merged_fields=merged or [],
    )


def _record(session: Session, actor: Actor, m: Mutation, result: MutationResult) -> str:
    stored = result.model_dump_json()
    session.connection().execute(
        _table_of(MutationLedger).insert(),
        dict(
            mutation_id=m.mutation_id,
            entity=m.entity,
            entity_id=m.entity_id,
            mission_id=m.mission_id,
            op=m.op.value,
            status=result.status.value,
            user_id=actor.user_id,
            device_id=actor.device_id,
            received_at=utcnow(),
            result=stored,
        ),
    )
    return stored


def _table(entity: str) -> Table:
    return _table_of(SYNCED_ENTITIES[entity])


def _table_of(model: type[SQLModel]) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


def _record_conflicts(
    session: Session,
    actor: Actor,
    m: Mutation,
    meta: RowMeta,
    conflicts: list[FieldConflict],
) -> None:
    for c in conflicts:
        session.add(
            ServerConflict(
                entity=m.entity,
                entity_id=m.entity_id,
                mission_id=meta.mission_id,
                field=c.field,
                base=entity_rows.dumps(c.base),
                mine=entity_rows.dumps(c.mine),
                theirs=entity_rows.dumps(c.theirs),
                mutation_id=m.mutation_id,
                username=actor.username,
                server_version=meta.version,
            )
        )


def _resolve_conflicts(session: Session, m: Mutation, fields: set[str]) -> None:
    """An edit of a field made on the current version settles its open conflicts."""
    if not fields:
        return

    open_ones = session.exec(
        select(ServerConflict).where(
            ServerConflict.entity == m.entity,
            ServerConflict.entity_id == m.entity_id,
            col(ServerConflict.resolved_at).is_(None),
            col(ServerConflict.field).in_(sorted(fields)),
            ServerConflict.server_version <= m.base_version,
        )
    ).all()
    for conflict in open_ones:
        conflict.resolved_at = utcnow()
        conflict.resolved_by_mutation = m.mutation_id
        session.add(conflict)


def _audit(
    session: Session, actor: Actor, m: Mutation, *, field: str, value: WireValue, version: int
) -> None:
    session.connection().execute(
        _table_of(AuditEntry).insert(),
        dict(
            entity=m.entity,
            entity_id=m.entity_id,
            field=field,
            new_value=None if value is None else entity_rows.dumps(value),
            version=version,
            op=m.op.value,
            mutation_id=m.mutation_id,
            username=actor.username,
            device_tag=actor.device_tag,
            at=utcnow(),
        ),
    )
