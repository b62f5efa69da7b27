"""Field-level history: who changed which field of which record, when, from which device."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlmodel import Field, SQLModel

from app.models.base import utcnow


class HistoryEntry(SQLModel, table=True):
    """One changed field. Written in the same transaction as the change itself."""

    __tablename__ = "history"

    seq: int | None = Field(default=None, primary_key=True)
    entity: str = Field(max_length=40)
    entity_id: uuid.UUID = Field(index=True)
    field: str = Field(max_length=60)
    old_value: str | None = None
    new_value: str | None = None
    actor: str = Field(max_length=80)
    device_tag: str = Field(default="", max_length=8)
    at: datetime = Field(default_factory=utcnow)
    mutation_id: uuid.UUID | None = None
    remote: bool = Field(default=False, description="arrived by sync, not typed here")
