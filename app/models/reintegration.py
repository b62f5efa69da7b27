"""Reintegration plans and their milestones."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlmodel import Field, SQLModel

from app.models.base import ZERO, SyncColumns, enum_field, money_field
from app.models.enums import PlanKind, PlanStatus, Sector


class ReintegrationPlanBase(SQLModel):
    kind: PlanKind = enum_field(PlanKind, PlanKind.EMPLOYMENT)
    title: str = Field(default="", max_length=200)
    goals: str = Field(default="", max_length=4000)
    sector: Sector = enum_field(Sector, Sector.OTHER)
    community: str = Field(default="", max_length=120)
    currency: str = Field(default="USD", max_length=3)
    budget: Decimal = money_field(ZERO, ge=0)
    own_savings: Decimal = money_field(ZERO, ge=0)
    own_remittances: Decimal = money_field(ZERO, ge=0)
    other_funding: Decimal = money_field(ZERO, ge=0)
    other_funding_source: str = Field(default="", max_length=200)
    business_started_on: date | None = None


class ReintegrationPlan(SyncColumns, ReintegrationPlanBase, table=True):
    """A plan moves draft -> submitted -> approved -> in progress -> completed/abandoned."""

    __tablename__ = "reintegration_plan"

    worker_id: uuid.UUID = Field(foreign_key="worker.id", index=True)
    status: PlanStatus = enum_field(PlanStatus, PlanStatus.DRAFT, index=True)
    submitted_by: str = Field(default="", max_length=80)
    submitted_at: datetime | None = None
    approved_by: str = Field(default="", max_length=80)
    approved_at: datetime | None = None
    started_at: datetime | None = None
    closed_at: datetime | None = None


class ReintegrationPlanCreate(ReintegrationPlanBase):
    worker_id: uuid.UUID


class ReintegrationPlanUpdate(SQLModel):
    kind: PlanKind | None = None
    title: str | None = None
    goals: str | None = None
    sector: Sector | None = None
    community: str | None = None
    currency: str | None = None
    budget: Decimal | None = None
    own_savings: Decimal | None = None
    own_remittances: Decimal | None = None
    other_funding: Decimal | None = None
    other_funding_source: str | None = None
    business_started_on: date | None = None


class Milestone(SyncColumns, table=True):
    plan_id: uuid.UUID = Field(foreign_key="reintegration_plan.id", index=True)
    title: str = Field(max_length=200)
    due_date: date | None = None
    done_on: date | None = None
