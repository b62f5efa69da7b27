"""Placements: a worker's contract abroad in Canada."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Field, SQLModel

from app.models.base import SyncColumns, enum_field
from app.models.enums import PlacementStatus, ProgrammeStream, Sector


class PlacementBase(SQLModel):
    employer: str = Field(max_length=160)
    city: str = Field(default="", max_length=120)
    province: str = Field(default="", max_length=5, description="ISO 3166-2:CA, e.g. CA-ON")
    sector: Sector = enum_field(Sector, Sector.AGRICULTURE)
    occupation: str = Field(default="", max_length=160)
    noc_code: str = Field(default="", max_length=5, description="Canada NOC 2021, 5 digits")
    programme_stream: ProgrammeStream = enum_field(ProgrammeStream, ProgrammeStream.SAWP)
    permit_number: str = Field(default="", max_length=40)
    start_date: date | None = None
    planned_end_date: date | None = None
    actual_return_date: date | None = None
    status: PlacementStatus = enum_field(PlacementStatus, PlacementStatus.PLANNED)


class Placement(SyncColumns, PlacementBase, table=True):
    worker_id: uuid.UUID = Field(foreign_key="worker.id", index=True)


class PlacementCreate(PlacementBase):
    worker_id: uuid.UUID


class PlacementUpdate(SQLModel):
    employer: str | None = None
    city: str | None = None
    province: str | None = None
    sector: Sector | None = None
    occupation: str | None = None
    noc_code: str | None = None
    programme_stream: ProgrammeStream | None = None
    permit_number: str | None = None
    start_date: date | None = None
    planned_end_date: date | None = None
    actual_return_date: date | None = None
    status: PlacementStatus | None = None
