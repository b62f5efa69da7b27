"""Wire encoding of row values: the one JSON form used by the outbox, sync and files."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlmodel import SQLModel

WireValue = str | int | float | bool | None


def to_wire(value: Any) -> WireValue:
    """A Python value as JSON: dates ISO, datetimes ISO in UTC, Decimal and UUID as text."""
    if value is None or (isinstance(value, bool | int | str) and not isinstance(value, Enum)):
        return value
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, float):
        return value
    raise TypeError(f"no wire form for {type(value).__name__}")


def row_to_wire(row: SQLModel, *, fields: tuple[str, ...] | None = None) -> dict[str, WireValue]:
    """The named fields of a row (all of them by default) in wire form."""
    names = fields if fields is not None else tuple(type(row).model_fields)
    return {name: to_wire(getattr(row, name)) for name in names}


def from_wire(model: type[SQLModel], data: dict[str, Any]) -> dict[str, Any]:
    """Wire values converted to the field types of `model` (unknown keys are refused)."""
    unknown = set(data) - set(model.model_fields)
    if unknown:
        raise ValueError(f"unknown fields for {model.__name__}: {sorted(unknown)}")
    # validate_python on a table model does not run validation, so go through a schema
    # built from the same annotations: TypeAdapter per field keeps it exact and cheap.
    return {
        name: _field_adapter(model, name).validate_python(value) for name, value in data.items()
    }


_ADAPTERS: dict[tuple[type[SQLModel], str], Any] = {}


def _field_adapter(model: type[SQLModel], name: str) -> Any:
    from pydantic import TypeAdapter

    key = (model, name)
    adapter = _ADAPTERS.get(key)
    if adapter is None:
        annotation = model.model_fields[name].annotation
        adapter = TypeAdapter(annotation if annotation is not None else Any)
        _ADAPTERS[key] = adapter
    return adapter
