"""Client-only tables: the outbox, the pull cursor, conflicts, server shadows, device meta."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlmodel import Field, SQLModel

from app.models.base import enum_field, utcnow
from app.models.enums import ConflictState, MutationOp, OutboxState


class OutboxMutation(SQLModel, table=True):
    """A local change waiting for the server; written in the transaction of the edit."""

    __tablename__ = "outbox"

    seq: int | None = Field(default=None, primary_key=True)
    mutation_id: uuid.UUID = Field(default_factory=uuid.uuid4, unique=True)
    entity: str = Field(max_length=40)
    entity_id: uuid.UUID = Field(index=True)
    mission_id: str = Field(max_length=2)
    op: MutationOp = enum_field(MutationOp)
    base_version: int = 0
    changes: str = Field(description="JSON object of the changed fields only")
    state: OutboxState = enum_field(OutboxState, OutboxState.PENDING, index=True)
    attempts: int = 0
    last_error: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime | None = None


class SyncCursor(SQLModel, table=True):
    """How far this device has read the server's change feed, per scope."""

    __tablename__ = "sync_cursor"

    scope: str = Field(primary_key=True, max_length=40, description="mission code or ALL")
    last_seq: int = 0
    server_epoch: str = Field(default="", max_length=64)
    updated_at: datetime = Field(default_factory=utcnow)


class SyncConflict(SQLModel, table=True):
    """One field changed on both sides: base, mine and theirs, until a person decides."""

    __tablename__ = "sync_conflict"

    seq: int | None = Field(default=None, primary_key=True)
    entity: str = Field(max_length=40)
    entity_id: uuid.UUID = Field(index=True)
    mission_id: str = Field(max_length=2)
    field: str = Field(max_length=60)
    base_value: str | None = None
    mine_value: str | None = None
    theirs_value: str | None = None
    mutation_id: uuid.UUID | None = None
    state: ConflictState = enum_field(ConflictState, ConflictState.OPEN, index=True)
    detected_at: datetime = Field(default_factory=utcnow)
    resolved_by: str = Field(default="", max_length=80)
    resolved_at: datetime | None = None
    resolution: str | None = None


class ShadowRow(SQLModel, table=True):
    """The last copy of a row the server confirmed: the base of a three-way comparison."""

    __tablename__ = "shadow"

    entity: str = Field(primary_key=True, max_length=40)
    entity_id: uuid.UUID = Field(primary_key=True)
    version: int = 0
    data: str = Field(description="JSON object of the row as the server has it")


class LocalMeta(SQLModel, table=True):
    """Small facts about this device's store: device tag, officer, counters."""

    __tablename__ = "local_meta"

    key: str = Field(primary_key=True, max_length=60)
    value: str = ""


CLIENT_ONLY_TABLES: tuple[str, ...] = (
    "outbox",
    "sync_cursor",
    "sync_conflict",
    "shadow",
    "local_meta",
    "history",
    "audit_event",
)
