"""Remittances sent home and the community projects (social investment) they fund."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlmodel import Field, SQLModel, UniqueConstraint

from app.models.base import SyncColumns, enum_field, money_field
from app.models.enums import ProjectStatus, RemittancePurpose


class CommunityProjectBase(SQLModel):
    title: str = Field(max_length=200)
    description: str = Field(default="", max_length=4000)
    state: str = Field(default="", max_length=10)
    municipality: str = Field(default="", max_length=120)
    community: str = Field(max_length=120)
    currency: str = Field(default="USD", max_length=3)
    goal_amount: Decimal = money_field(ge=0)
    status: ProjectStatus = enum_field(ProjectStatus, ProjectStatus.PROPOSED)
    start_date: date | None = None
    end_date: date | None = None


class CommunityProject(SyncColumns, CommunityProjectBase, table=True):
    """A project at home; its progress is the sum of the remittances linked to it."""

    __tablename__ = "community_project"


class CommunityProjectCreate(CommunityProjectBase):
    mission_id: str = Field(max_length=2)


class ProjectParticipant(SyncColumns, table=True):
    """A worker taking part in a community project."""

    __tablename__ = "project_participant"
    __table_args__ = (UniqueConstraint("project_id", "worker_id"),)

    project_id: uuid.UUID = Field(foreign_key="community_project.id", index=True)
    worker_id: uuid.UUID = Field(foreign_key="worker.id", index=True)


class RemittanceBase(SQLModel):
    month: date = Field(description="first day of the month the money was sent")
    amount: Decimal = money_field(gt=0)
    currency: str = Field(default="CAD", max_length=3)
    purpose: RemittancePurpose = enum_field(RemittancePurpose, RemittancePurpose.HOUSEHOLD)
    community_project_id: uuid.UUID | None = Field(
        default=None, foreign_key="community_project.id", index=True
    )


class Remittance(SyncColumns, RemittanceBase, table=True):
    worker_id: uuid.UUID = Field(foreign_key="worker.id", index=True)


class RemittanceCreate(RemittanceBase):
    worker_id: uuid.UUID
