"""The change trail: every write records its history entries and its outbox mutation."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import insert
from sqlmodel import Session, col, select

from app.models import HistoryEntry, OutboxMutation, SyncColumns
from app.models.codec import WireValue, row_to_wire, to_wire
from app.models.enums import MutationOp
from app.services.context import Actor

# Bookkeeping columns: they travel in mutations but are not "a field a person changed".
QUIET_FIELDS = frozenset({"id", "version", "created_at", "updated_at", "updated_by", "sort_name"})


def record_mutation(
    session: Session,
    *,
    entity: str,
    row: SyncColumns,
    op: MutationOp,
    changes: Mapping[str, WireValue],
    before: Mapping[str, WireValue] | None,
    actor: Actor,
) -> uuid.UUID:
    """Add the history entries and the outbox mutation of one change, in `session`.

    `changes` are the wire values that changed (all fields for a create); `before` the
    old values of those fields (None for a create). The caller commits.
    """
    mutation_id = uuid.uuid4()
    at = row.updated_at
    # Plain executemany, not ORM objects: a create touches ~25 fields, and building that
    # many table models cost more than the disk write of the whole transaction.
    entries = [
        {
            "entity": entity,
            "entity_id": row.id,
            "field": field,
            "old_value": _text(None if before is None else before.get(field)),
            "new_value": _text(new),
            "actor": actor.username,
            "device_tag": actor.device_tag,
            "at": at,
            "mutation_id": mutation_id,
            "remote": False,
        }
        for field, new in changes.items()
        if field not in QUIET_FIELDS and not (before is None and new in (None, ""))
    ]
    if entries:
        session.execute(insert(HistoryEntry.__table__), entries)  # type: ignore[attr-defined]
    session.add(
        OutboxMutation(
            mutation_id=mutation_id,
            entity=entity,
            entity_id=row.id,
            mission_id=row.mission_id,
            op=op,
            base_version=row.version,
            changes=json.dumps(dict(changes), ensure_ascii=False, separators=(",", ":")),
        )
    )
    return mutation_id


def changed_fields(
    row: SyncColumns, new_values: Mapping[str, object]
) -> tuple[dict[str, WireValue], dict[str, WireValue]]:
    """(after, before) wire values of the fields whose value really differs."""
    before_all = row_to_wire(row, fields=tuple(new_values))
    after: dict[str, WireValue] = {}
    before: dict[str, WireValue] = {}
    after_all = {name: to_wire(value) for name, value in new_values.items()}
    for name in new_values:
        if after_all[name] != before_all[name]:
            after[name] = after_all[name]
            before[name] = before_all[name]
    return after, before


def _text(value: WireValue) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value)


def entries_for(session: Session, entity_id: uuid.UUID) -> list[HistoryEntry]:
    """History of one record, newest first."""
    stmt = (
        select(HistoryEntry)
        .where(HistoryEntry.entity_id == entity_id)
        .order_by(col(HistoryEntry.seq).desc())
    )
    return list(session.exec(stmt))


def stamp(row: SyncColumns, actor: Actor, when: datetime) -> None:
    """Mark a row as changed now by `actor`."""
    row.updated_at = when
    row.updated_by = actor.username
