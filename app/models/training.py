"""Courses, enrolments and attendance (attendance is append-only)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlmodel import Field, SQLModel, UniqueConstraint

from app.models.base import SyncColumns, enum_field
from app.models.enums import CourseKind, CourseResult, EnrolmentStatus, MigrationStage


class CourseBase(SQLModel):
    code: str = Field(max_length=32)
    title: str = Field(max_length=200)
    provider: str = Field(default="", max_length=160)
    kind: CourseKind = enum_field(CourseKind, CourseKind.ADDITIONAL_COURSE)
    stage: MigrationStage = enum_field(MigrationStage, MigrationStage.PRE_DEPARTURE)
    skill_area: str = Field(default="", max_length=120)
    language: str = Field(default="es", max_length=8)
    hours: Decimal = Field(default=Decimal("0"), max_digits=6, decimal_places=1, ge=0)
    start_date: date | None = None
    end_date: date | None = None
    place: str = Field(default="", max_length=200)
    capacity: int = Field(default=25, ge=1, le=10000)


class Course(SyncColumns, CourseBase, table=True):
    """A course of one mission, or of every mission when `mission_id` is HQ."""

    __table_args__ = (UniqueConstraint("mission_id", "code"),)


class CourseCreate(CourseBase):
    mission_id: str = Field(max_length=2)


class CourseUpdate(SQLModel):
    code: str | None = None
    title: str | None = None
    provider: str | None = None
    kind: CourseKind | None = None
    stage: MigrationStage | None = None
    skill_area: str | None = None
    language: str | None = None
    hours: Decimal | None = None
    start_date: date | None = None
    end_date: date | None = None
    place: str | None = None
    capacity: int | None = None


class EnrolmentBase(SQLModel):
    status: EnrolmentStatus = enum_field(EnrolmentStatus, EnrolmentStatus.ENROLLED)
    enrolled_on: date | None = None
    completion_date: date | None = None
    certificate_number: str = Field(default="", max_length=40)
    result: CourseResult | None = enum_field(CourseResult, None, nullable=True)
    score: Decimal | None = Field(default=None, max_digits=5, decimal_places=1)


class Enrolment(SyncColumns, EnrolmentBase, table=True):
    __table_args__ = (UniqueConstraint("worker_id", "course_id"),)

    worker_id: uuid.UUID = Field(foreign_key="worker.id", index=True)
    course_id: uuid.UUID = Field(foreign_key="course.id", index=True)


class EnrolmentCreate(EnrolmentBase):
    worker_id: uuid.UUID
    course_id: uuid.UUID


class EnrolmentUpdate(SQLModel):
    status: EnrolmentStatus | None = None
    completion_date: date | None = None
    certificate_number: str | None = None
    result: CourseResult | None = None
    score: Decimal | None = None


class Attendance(SyncColumns, table=True):
    """One session attended (or missed) by one enrolled worker; never edited, only added."""

    enrolment_id: uuid.UUID = Field(foreign_key="enrolment.id", index=True)
    session_date: date
    present: bool = True
    hours: Decimal = Field(default=Decimal("0"), max_digits=5, decimal_places=1, ge=0)
