"""Workers: the person followed through pre-departure, the contract abroad and return."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlmodel import Field, SQLModel

from app.models.base import SyncColumns, enum_field
from app.models.enums import (
    Education,
    IdDocumentType,
    MigrationStage,
    Sex,
    WorkerStatus,
)


class WorkerBase(SQLModel):
    """Fields a person enters about a worker (shared by the table and its schemas)."""

    given_names: str = Field(max_length=120)
    first_family_name: str = Field(max_length=80)
    second_family_name: str = Field(default="", max_length=80)
    sex: Sex = enum_field(Sex, Sex.UNDISCLOSED)
    date_of_birth: date
    nationality: str = Field(max_length=2, description="ISO 3166-1 alpha-2")
    id_document_type: IdDocumentType = enum_field(IdDocumentType, IdDocumentType.OTHER)
    id_document_number: str = Field(default="", max_length=40, index=True)
    phone: str = Field(default="", max_length=32, description="E.164 when valid")
    phone_alt: str = Field(default="", max_length=32)
    email: str = Field(default="", max_length=160)
    state: str = Field(default="", max_length=10, description="ISO 3166-2 subdivision")
    municipality: str = Field(default="", max_length=120)
    community: str = Field(default="", max_length=120, index=True)
    address_line: str = Field(default="", max_length=200)
    education: Education = enum_field(Education, Education.PRIMARY)
    languages: str = Field(default="es", max_length=80, description="comma-separated")
    occupation: str = Field(default="", max_length=120)
    skills: str = Field(default="", max_length=500)
    dependants: int = Field(default=0, ge=0, le=30)
    migration_stage: MigrationStage = enum_field(
        MigrationStage, MigrationStage.PRE_DEPARTURE, index=True
    )
    consent_date: date | None = None
    consent_purposes: str = Field(default="", max_length=200, description="comma-separated")
    consent_obtained_by: str = Field(default="", max_length=120)
    consent_withdrawn_at: date | None = None
    status: WorkerStatus = enum_field(WorkerStatus, WorkerStatus.ACTIVE)
    intake_form_code: str | None = Field(default=None, max_length=32, unique=True)


class Worker(SyncColumns, WorkerBase, table=True):
    """A worker record as stored; `case_code` is made on the device (e.g. MX-7K3-0042)."""

    case_code: str = Field(max_length=24, unique=True, index=True)
    # Folded (accent- and case-free) names, kept by the services; they back sorting by name
    # and the duplicate check, so neither has to fold 200,000 rows on the fly.
    sort_name: str = Field(default="", max_length=300, index=True)


class WorkerCreate(WorkerBase):
    """What the intake screen sends to create a worker; the mission comes with it."""

    mission_id: str = Field(max_length=2)


class WorkerUpdate(SQLModel):
    """A partial change: only the fields present are changed."""

    given_names: str | None = None
    first_family_name: str | None = None
    second_family_name: str | None = None
    sex: Sex | None = None
    date_of_birth: date | None = None
    nationality: str | None = None
    id_document_type: IdDocumentType | None = None
    id_document_number: str | None = None
    phone: str | None = None
    phone_alt: str | None = None
    email: str | None = None
    state: str | None = None
    municipality: str | None = None
    community: str | None = None
    address_line: str | None = None
    education: Education | None = None
    languages: str | None = None
    occupation: str | None = None
    skills: str | None = None
    dependants: int | None = None
    migration_stage: MigrationStage | None = None
    consent_date: date | None = None
    consent_purposes: str | None = None
    consent_obtained_by: str | None = None
    consent_withdrawn_at: date | None = None
    status: WorkerStatus | None = None
    intake_form_code: str | None = None


class WorkerRow(SQLModel):
    """One line of the workers list."""

    id: uuid.UUID
    case_code: str
    full_name: str
    mission_id: str
    migration_stage: MigrationStage
    date_of_birth: date
    community: str
    updated_at: datetime
    archived: bool = False


def full_name(given: str, first_family: str, second_family: str = "") -> str:
    """Given names then both family names, as Latin American records write them."""
    return " ".join(p for p in (given.strip(), first_family.strip(), second_family.strip()) if p)


WORKER_EDITABLE_FIELDS: tuple[str, ...] = tuple(WorkerUpdate.model_fields)


class WorkerRead(WorkerBase):
    """A whole worker record as the screens read it (a plain copy, not a table row)."""

    id: uuid.UUID
    case_code: str
    mission_id: str
    version: int
    created_at: datetime
    updated_at: datetime
    updated_by: str
    archived_at: datetime | None = None
