"""Shared column helpers and the sync columns every synced entity carries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlmodel import Enum as SAEnum
from sqlmodel import Field, SQLModel

# Every model (this package's and any SQLModel subclass after it) builds its pydantic
# validator on first use instead of at import: ~45 ms less on the way to the window.
SQLModel.model_config["defer_build"] = True

MONEY_DIGITS = 14
MONEY_PLACES = 2


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


def enum_type(enum_cls: type[Enum]) -> Any:
    """A VARCHAR column type that stores the enum's *value* (no native DB enum)."""
    return SAEnum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def enum_field(enum_cls: type[Enum], default: Any = ..., **kwargs: Any) -> Any:
    """A model field for an enum, stored as its value."""
    return Field(default=default, sa_type=enum_type(enum_cls), **kwargs)


def money_field(default: Any = ..., **kwargs: Any) -> Any:
    """A money amount: Decimal with two places (the currency lives in its own column)."""
    return Field(default=default, max_digits=MONEY_DIGITS, decimal_places=MONEY_PLACES, **kwargs)


ZERO = Decimal("0.00")


class SyncColumns(SQLModel):
    """Columns of every synced row: device-made id, mission scope, server version."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    mission_id: str = Field(foreign_key="mission.code", index=True, max_length=2)
    version: int = Field(default=0, description="server version; 0 = never synced")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow, index=True)
    updated_by: str = Field(default="", max_length=80)
    archived_at: datetime | None = Field(default=None)


SYNC_COLUMN_NAMES: frozenset[str] = frozenset(SyncColumns.model_fields)
