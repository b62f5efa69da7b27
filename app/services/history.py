"""The change trail: every write records its history entries and its outbox mutation."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import insert
from sqlmodel import Session, col, select

from app.models import HistoryEntry, OutboxMutation, SyncColumns, utcnow
from app.models.codec import WireValue, row_to_wire, to_wire
from app.models.enums import MutationOp, OutboxState
from app.services.context import Actor
from app.services.db import Prepared

# Bookkeeping columns: they travel in mutations but are not "a field a person changed".
QUIET_FIELDS = frozenset({"id", "version", "created_at", "updated_at", "updated_by", "sort_name"})

# Plain INSERTs compiled once: the ORM's unit of work for these small rows (and building
# the statements on every save) cost more than writing them.
_HISTORY: Any = HistoryEntry.__table__  # type: ignore[attr-defined]
_OUTBOX: Any = OutboxMutation.__table__  # type: ignore[attr-defined]
_HISTORY_KEYS = tuple(c.key for c in _HISTORY.columns if c.key != "seq")
_OUTBOX_KEYS = tuple(c.key for c in _OUTBOX.columns if c.key != "seq")
_INSERT_HISTORY = Prepared(insert(_HISTORY))
_INSERT_OUTBOX = Prepared(insert(_OUTBOX))


class ChangedRow(Protocol):
    """What a mutation needs of the changed row (a table row, or its values after a write)."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def mission_id(self) -> str: ...
    @property
    def version(self) -> int: ...
    @property
    def updated_at(self) -> datetime: ...


def record_mutation(
    session: Session,
    *,
    entity: str,
    row: ChangedRow,
    op: MutationOp,
    changes: Mapping[str, WireValue],
    before: Mapping[str, WireValue] | None,
    actor: Actor,
) -> uuid.UUID:
    """Write the history entries and the outbox mutation of one change, in `session`.

    `changes` are the wire values that changed (all fields for a create); `before` the
    old values of those fields (None for a create). The rows are written at once, in the
    caller's transaction (nothing is left for a flush); the caller commits.
    """
    mutation_id = uuid.uuid4()
    at = row.updated_at
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
        _INSERT_HISTORY.run_many(session, entries, keys=_HISTORY_KEYS)
    _INSERT_OUTBOX.run(
        session,
        {
            "mutation_id": mutation_id,
            "entity": entity,
            "entity_id": row.id,
            "mission_id": row.mission_id,
            "op": op,
            "base_version": row.version,
            "changes": json.dumps(dict(changes), ensure_ascii=False, separators=(",", ":")),
            # the model's defaults, as OutboxMutation() would fill them
            "state": OutboxState.PENDING,
            "attempts": 0,
            "last_error": "",
            "created_at": utcnow(),
            "sent_at": None,
        },
        keys=_OUTBOX_KEYS,
    )
    return mutation_id


def changed_fields(
    row: SyncColumns, new_values: Mapping[str, object]
) -> tuple[dict[str, WireValue], dict[str, WireValue]]:
    """(after, before) wire values of the fields whose value really differs."""
    return changed_values(row_to_wire(row, fields=tuple(new_values)), new_values)


def changed_values(
    current: Mapping[str, Any], new_values: Mapping[str, object]
) -> tuple[dict[str, WireValue], dict[str, WireValue]]:
    """(after, before) wire values of the fields of `new_values` that differ from `current`.

    `current` holds the stored values (Python or wire form) of at least those fields.
    """
    after: dict[str, WireValue] = {}
    before: dict[str, WireValue] = {}
    for name, value in new_values.items():
        new, old = to_wire(value), to_wire(current[name])
        if new != old:
            after[name] = new
            before[name] = old
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
