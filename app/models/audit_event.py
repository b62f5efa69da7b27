"""Security audit events made on the desktop (client-only table) and their upload shapes.

An event holds names and ids only: who, when, which record, which *field names*, how it
ended. Never a personal value (no names, no document numbers, no free text).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import utcnow

# Events the desktop records (the server records its own: sign-in there, sync, revocation).
SIGN_IN = "sign_in"
SIGN_IN_FAILED = "sign_in_failed"
SIGN_OUT = "sign_out"
EXPORT = "export"
PRINT = "print"
CONSENT_CHANGED = "consent_changed"
CONSENT_WITHDRAWN = "consent_withdrawn"
ARCHIVE = "archive"
RESTORE = "restore"

CLIENT_AUDIT_EVENTS: frozenset[str] = frozenset(
    {
        SIGN_IN,
        SIGN_IN_FAILED,
        SIGN_OUT,
        EXPORT,
        PRINT,
        CONSENT_CHANGED,
        CONSENT_WITHDRAWN,
        ARCHIVE,
        RESTORE,
    }
)

NAME_PATTERN = r"^[a-z][a-z0-9_]{0,59}$"
"""A field, entity, event or outcome name: lower-case identifiers, so no value fits."""
USERNAME_PATTERN = r"^[a-z0-9][a-z0-9._@-]{0,79}$"
MAX_UPLOAD_EVENTS = 500


class AuditEvent(SQLModel, table=True):
    """One event on this device; `sent_at` is set once the server has it in its chain."""

    __tablename__ = "audit_event"

    seq: int | None = SQLField(default=None, primary_key=True)
    event_id: uuid.UUID = SQLField(default_factory=uuid.uuid4, unique=True)
    at: datetime = SQLField(default_factory=utcnow)
    username: str = SQLField(default="", max_length=80)
    role: str = SQLField(default="", max_length=32)
    device_tag: str = SQLField(default="", max_length=8)
    mission_id: str = SQLField(default="", max_length=2)
    event: str = SQLField(max_length=40)
    entity: str = SQLField(default="", max_length=40)
    record_id: str = SQLField(default="", max_length=40)
    fields: str = SQLField(default="", description="comma-separated field names")
    outcome: str = SQLField(default="ok", max_length=40)
    sent_at: datetime | None = SQLField(default=None, index=True)
    upload_error: str = SQLField(default="", max_length=40)


Name = Annotated[str, StringConstraints(pattern=NAME_PATTERN)]


class AuditEventUpload(BaseModel):
    """One desktop event as it travels to `POST /audit/v1/events`."""

    model_config = ConfigDict(extra="forbid")

    event_id: uuid.UUID
    at: datetime
    event: Name
    username: Annotated[str, StringConstraints(pattern=USERNAME_PATTERN)] | None = None
    role: Annotated[str, StringConstraints(pattern=NAME_PATTERN)] | None = None
    mission_id: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None
    entity: Name | None = None
    record_id: uuid.UUID | None = None
    fields: list[Name] = Field(default_factory=list, max_length=200)
    outcome: Name = "ok"


class AuditUploadRequest(BaseModel):
    """A batch of desktop events, oldest first."""

    model_config = ConfigDict(extra="forbid")

    events: list[AuditEventUpload] = Field(max_length=MAX_UPLOAD_EVENTS)


class AuditUploadResponse(BaseModel):
    """Which events the server chained now, had already, or refused (with why)."""

    accepted: list[uuid.UUID]
    duplicates: list[uuid.UUID]
    refused: dict[str, str] = Field(description="event id -> reason")
