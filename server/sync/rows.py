"""Entity facts the sync code needs: field adapters with constraints, foreign keys, wire form."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cache
from typing import Annotated, Any

from pydantic import TypeAdapter
from sqlmodel import SQLModel

from app.models import SYNCED_ENTITIES
from app.models.codec import WireValue, to_wire

IDENTITY_FIELDS: frozenset[str] = frozenset(
    {
        "given_names",
        "first_family_name",
        "second_family_name",
        "date_of_birth",
        "id_document_number",
        "id_document_type",
        "mission_id",
        "status",
    }
)
"""Never overwritten automatically: a stale edit to one of these is always a conflict."""

SERVER_SET_FIELDS: frozenset[str] = frozenset({"version", "updated_at", "updated_by"})
"""Set by the server on every write; values a client sends for them are ignored."""

IMMUTABLE_FIELDS: frozenset[str] = frozenset({"id", "mission_id", "created_at"})
"""Fixed at creation: an update may not change them."""

APPEND_ONLY_MUTABLE: dict[str, frozenset[str]] = {
    "case_note": frozenset({"superseded", "follow_up_done_on"}),
    "attendance": frozenset(),
}
"""The only fields an update may touch on an append-only entity (never a conflict)."""


@cache
def columns(entity: str) -> tuple[str, ...]:
    """Column names of an entity in wire order (the model's field order)."""
    return tuple(SYNCED_ENTITIES[entity].model_fields)


@cache
def foreign_keys(entity: str) -> tuple[tuple[str, str], ...]:
    """(column, parent entity) for each reference to another synced entity."""
    table = SYNCED_ENTITIES[entity].__table__  # type: ignore[attr-defined]
    return tuple(
        sorted(
            (fk.parent.name, fk.column.table.name)
            for fk in table.foreign_keys
            if fk.column.table.name in SYNCED_ENTITIES
        )
    )


@cache
def required_fields(entity: str) -> frozenset[str]:
    """Fields a create must carry (no default)."""
    fields = SYNCED_ENTITIES[entity].model_fields
    return frozenset(n for n, f in fields.items() if f.is_required() and n != "mission_id")


@cache
def _defaults(entity: str) -> tuple[tuple[str, Any, Any], ...]:
    fields = SYNCED_ENTITIES[entity].model_fields
    return tuple(
        (name, f.default, f.default_factory) for name, f in fields.items() if not f.is_required()
    )


def with_defaults(entity: str, values: dict[str, Any]) -> dict[str, Any]:
    """A full row for an insert: `values` plus every other field's default."""
    row = dict(values)
    for name, default, factory in _defaults(entity):
        if name not in row:
            row[name] = factory() if factory is not None else default
    return row


@cache
def _adapter(entity: str, name: str) -> TypeAdapter[Any]:
    field = SYNCED_ENTITIES[entity].model_fields[name]
    constraints = [m for m in field.metadata if type(m).__name__ != "FieldInfoMetadata"]
    annotation: Any = field.annotation
    if constraints:
        annotation = Annotated[(annotation, *constraints)]
    adapter: TypeAdapter[Any] = TypeAdapter(annotation)
    return adapter


def decode(entity: str, changes: dict[str, WireValue]) -> dict[str, Any]:
    """Wire values as Python values of the entity's fields, checked against its constraints.

    Raises KeyError for an unknown field and ValueError for a value of the wrong type.
    """
    fields = SYNCED_ENTITIES[entity].model_fields
    out: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in fields:
            raise KeyError(name)
        out[name] = _adapter(entity, name).validate_python(value)
    return out


def norm(value: Any) -> Any:
    """Datetimes in aware UTC (SQLite may hand them back naive); other values unchanged."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return value


def wire(value: Any) -> WireValue:
    """A stored value in wire form."""
    return to_wire(norm(value))


_PLAIN = (str, int, float, bool, type(None))


def wire_fast(value: Any) -> WireValue:
    """`wire` with a quick exit for values that are already JSON (most of them)."""
    if type(value) in _PLAIN:
        return value  # type: ignore[no-any-return]
    return wire(value)


def row_values(row: SQLModel, entity: str) -> list[WireValue]:
    """A row as an array in `columns(entity)` order."""
    return [wire(getattr(row, name)) for name in columns(entity)]


def row_dict(row: SQLModel, entity: str) -> dict[str, WireValue]:
    """A row as a wire dict."""
    return {name: wire(getattr(row, name)) for name in columns(entity)}


def dumps(value: Any) -> str:
    """Compact JSON."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
