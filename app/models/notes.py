"""Case notes: append-only; an edit is a new revision pointing at the one it replaces."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Field, SQLModel

from app.models.base import SyncColumns, enum_field
from app.models.enums import MigrationStage, NoteKind


class CaseNoteBase(SQLModel):
    stage: MigrationStage = enum_field(MigrationStage, MigrationStage.PRE_DEPARTURE)
    kind: NoteKind = enum_field(NoteKind, NoteKind.FOLLOW_UP)
    text: str = Field(max_length=20000)
    follow_up_date: date | None = Field(default=None, index=True)
    follow_up_done_on: date | None = None


class CaseNote(SyncColumns, CaseNoteBase, table=True):
    __tablename__ = "case_note"

    worker_id: uuid.UUID = Field(foreign_key="worker.id", index=True)
    author: str = Field(max_length=80)
    revision_of: uuid.UUID | None = Field(default=None, foreign_key="case_note.id")
    superseded: bool = Field(default=False, description="a newer revision exists")


class CaseNoteCreate(CaseNoteBase):
    worker_id: uuid.UUID
