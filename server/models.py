"""Server-only tables: users, devices, tokens, feed meta, ledger, conflicts, audit, retention."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Index
from sqlmodel import Field, SQLModel

from app.models.base import enum_field, utcnow
from app.models.enums import Role


class ServerUser(SQLModel, table=True):
    """A person who signs in; `missions` are the missions they may write (comma-separated)."""

    __tablename__ = "srv_user"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=80, unique=True, index=True)
    full_name: str = Field(default="", max_length=160)
    role: Role = enum_field(Role)
    missions: str = Field(default="", max_length=200)
    password_hash: str = Field(max_length=256)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)
    password_changed_at: datetime = Field(default_factory=utcnow)

    def mission_list(self) -> list[str]:
        """The user's missions as a list of codes."""
        return [m for m in self.missions.split(",") if m]


class Device(SQLModel, table=True):
    """A laptop registered by a sign-in; its tag goes into the case codes it makes."""

    __tablename__ = "srv_device"

    id: uuid.UUID = Field(primary_key=True)
    tag: str = Field(max_length=8, unique=True)
    name: str = Field(default="", max_length=120)
    user_id: int = Field(foreign_key="srv_user.id", index=True)
    first_seen: datetime = Field(default_factory=utcnow)
    last_seen: datetime = Field(default_factory=utcnow)
    revoked_at: datetime | None = None


class AuthToken(SQLModel, table=True):
    """A bearer token, stored as its SHA-256 only, with expiry and revocation."""

    __tablename__ = "srv_token"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True, index=True)
    user_id: int = Field(foreign_key="srv_user.id", index=True)
    device_id: uuid.UUID = Field(foreign_key="srv_device.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    revoked_at: datetime | None = None
    last_used_at: datetime | None = None


class RowMeta(SQLModel, table=True):
    """Feed position, version and per-field versions of one synced row."""

    __tablename__ = "srv_row_meta"
    __table_args__ = (Index("ix_srv_row_meta_mission_seq", "mission_id", "server_seq"),)

    entity: str = Field(primary_key=True, max_length=40)
    entity_id: uuid.UUID = Field(primary_key=True)
    mission_id: str = Field(max_length=2)
    version: int = 1
    server_seq: int = Field(unique=True, index=True)
    field_versions: str = Field(default="{}", description="JSON {field: version}")
    archived_at: datetime | None = None
    archived_version: int = 0
    purged_at: datetime | None = Field(
        default=None, description="anonymised under retention: never sent again, only listed"
    )


class ServerCounter(SQLModel, table=True):
    """Counters bumped inside writing transactions (the row lock orders the feed by commit)."""

    __tablename__ = "srv_counter"

    name: str = Field(primary_key=True, max_length=40)
    value: int = 0


class ServerMeta(SQLModel, table=True):
    """Small facts about this database: its epoch (new after a restore)."""

    __tablename__ = "srv_meta"

    key: str = Field(primary_key=True, max_length=60)
    value: str = Field(default="", max_length=200)


class MutationLedger(SQLModel, table=True):
    """Every mutation that changed or was judged against data, with the answer given."""

    __tablename__ = "srv_mutation"

    mutation_id: uuid.UUID = Field(primary_key=True)
    entity: str = Field(max_length=40)
    entity_id: uuid.UUID = Field(index=True)
    mission_id: str = Field(max_length=2, index=True)
    op: str = Field(max_length=16)
    status: str = Field(max_length=16)
    user_id: int | None = Field(default=None, foreign_key="srv_user.id")
    device_id: uuid.UUID | None = None
    received_at: datetime = Field(default_factory=utcnow, index=True)
    result: str = Field(description="JSON of the MutationResult first given")


class ServerConflict(SQLModel, table=True):
    """A field changed on both sides; the server value was kept, both values recorded."""

    __tablename__ = "srv_conflict"

    id: int | None = Field(default=None, primary_key=True)
    entity: str = Field(max_length=40)
    entity_id: uuid.UUID = Field(index=True)
    mission_id: str = Field(max_length=2, index=True)
    field: str = Field(max_length=60)
    base: str = Field(default="null", description="JSON wire value")
    mine: str = Field(default="null", description="JSON wire value")
    theirs: str = Field(default="null", description="JSON wire value")
    mutation_id: uuid.UUID
    username: str = Field(default="", max_length=80)
    server_version: int = 0
    detected_at: datetime = Field(default_factory=utcnow)
    resolved_at: datetime | None = None
    resolved_by_mutation: uuid.UUID | None = None


class AuditEntry(SQLModel, table=True):
    """Who changed which field of which record, when, from which device (server side)."""

    __tablename__ = "srv_audit"

    id: int | None = Field(default=None, primary_key=True)
    entity: str = Field(max_length=40)
    entity_id: uuid.UUID = Field(index=True)
    field: str = Field(default="", max_length=60, description="empty: the whole row")
    new_value: str | None = None
    version: int = 0
    op: str = Field(max_length=16)
    mutation_id: uuid.UUID
    username: str = Field(max_length=80)
    device_tag: str = Field(default="", max_length=8)
    at: datetime = Field(default_factory=utcnow)


class AuditLog(SQLModel, table=True):
    """One security event, append-only and hash-chained; names and ids, never personal values.

    `hash` is SHA-256 over the previous row's hash and the canonical encoding of this row
    (server.audit.canonical), so an edited, inserted or removed row breaks the chain.
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_mission_at", "mission_id", "at"),)

    seq: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    at: datetime = Field(default_factory=utcnow, index=True)
    username: str = Field(default="", max_length=80)
    role: str = Field(default="", max_length=32)
    device_id: uuid.UUID | None = None
    mission_id: str = Field(default="", max_length=2)
    event: str = Field(max_length=40, index=True)
    entity: str = Field(default="", max_length=40)
    record_id: str = Field(default="", max_length=40)
    fields: str = Field(default="", max_length=2000, description="comma-separated names")
    outcome: str = Field(default="ok", max_length=40)
    count: int = 0
    source: str = Field(default="server", max_length=8, description="server or client")
    client_event_id: uuid.UUID | None = Field(default=None, unique=True)
    client_at: datetime | None = None
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64, unique=True)


class ImportedBundle(SQLModel, table=True):
    """A bundle file already imported (importing it again changes nothing)."""

    __tablename__ = "srv_imported_bundle"

    bundle_id: uuid.UUID = Field(primary_key=True)
    kind: str = Field(max_length=16)
    imported_at: datetime = Field(default_factory=utcnow)
    summary: str = Field(default="", description="JSON counts per status")


class RetentionPolicy(SQLModel, table=True):
    """How long a mission keeps a closed worker before anonymising it (no row: forever)."""

    __tablename__ = "srv_retention"
    __table_args__ = (CheckConstraint("days > 0", name="ck_srv_retention_days_positive"),)

    mission_id: str = Field(primary_key=True, foreign_key="mission.code", max_length=2)
    days: int
    set_by: str = Field(default="", max_length=80)
    set_at: datetime = Field(default_factory=utcnow)


SERVER_ONLY_MODELS: tuple[type[SQLModel], ...] = (
    ServerUser,
    Device,
    AuthToken,
    RowMeta,
    ServerCounter,
    ServerMeta,
    MutationLedger,
    ServerConflict,
    AuditEntry,
    AuditLog,
    ImportedBundle,
    RetentionPolicy,
)
