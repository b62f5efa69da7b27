"""Filtered, sorted, keyset-paged lists of courses, plans, projects and follow-ups.

Every list follows list_workers: a query object (filters and sort), an opaque cursor
(the sort value and rowid of the last row shown), and pages of plain rows. Nullable sort
columns sort as if empty values were the earliest, so paging never skips a row.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import (
    ColumnElement,
    and_,
    bindparam,
    false,
    func,
    literal,
    literal_column,
    or_,
    tuple_,
)
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from app.models import (
    CaseNote,
    CommunityProject,
    Course,
    Enrolment,
    ProjectParticipant,
    ReintegrationPlan,
    Remittance,
    Worker,
    full_name,
)
from app.models.enums import (
    CourseKind,
    EnrolmentStatus,
    MigrationStage,
    MissionCode,
    PlanKind,
    PlanStatus,
    ProjectStatus,
)
from app.services.context import Actor
from app.services.followups import (
    ROW_COLUMNS as FOLLOW_UP_COLUMNS,
)
from app.services.followups import (
    WEEK_DAYS,
    FollowUpFilter,
    FollowUpRow,
    open_conditions,
    to_row,
)
from app.services.workers import PageCursor
from app.store.search import fold

RowT = TypeVar("RowT")
EARLIEST = date(1, 1, 1)
HQ = MissionCode.HQ.value


@dataclass(frozen=True)
class Page(Generic[RowT]):
    rows: list[RowT]
    next_cursor: PageCursor | None  # None: this was the last page


def _page(
    session: Session,
    *,
    columns: Sequence[Any],
    sort: Any,
    rowid: Any,
    conditions: list[ColumnElement[bool]],
    joins: Callable[[Any], Any] | None,
    descending: bool,
    after: PageCursor | None,
    limit: int,
    make: Callable[[Any], RowT],
) -> Page[RowT]:
    """One keyset page: rows after `after` in (sort, rowid) order."""
    if after is not None:
        key = tuple_(sort, rowid)
        mark = tuple_(bindparam(None, after.value, type_=sort.type), after.rowid)
        conditions = [*conditions, key < mark if descending else key > mark]
    stmt = sa_select(*columns, sort, rowid)
    if joins is not None:
        stmt = joins(stmt)
    order = (sort.desc(), rowid.desc()) if descending else (sort, rowid)
    stmt = stmt.where(and_(*conditions)).order_by(*order).limit(limit + 1)
    rows = session.connection().execute(stmt).all()
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = PageCursor(rows[-1][-2], rows[-1][-1]) if more and rows else None
    return Page([make(r) for r in rows], cursor)


def _nullable(column: Any, empty: Any) -> Any:
    return func.coalesce(column, literal(empty, type_=column.type))


def _mission_scope(column: Any, actor: Actor, mission: str | None) -> list[ColumnElement[bool]]:
    if mission:
        if not actor.may_read(mission):
            return [false()]
        return [column == mission]
    if actor.may_read("*"):
        return []
    return [column.in_(actor.missions)]


def _contains(column: Any, text: str) -> ColumnElement[bool]:
    condition: ColumnElement[bool] = column.like(f"%{text.strip()}%")
    return condition


# --- courses ----------------------------------------------------------------------------

# Proposed for the store's next migration (app/store): places taken per course read from
# the index alone (without it, counting 300,000 enrolments reads every enrolment row).
ENROLMENT_COUNT_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_enrolment_course_status ON enrolment "
    "(course_id, status, archived_at)"
)


class CourseSort(StrEnum):
    CODE = "code"
    TITLE = "title"
    MISSION = "mission"
    KIND = "kind"
    STAGE = "stage"
    START_DATE = "start_date"
    CAPACITY = "capacity"


@dataclass(frozen=True)
class CourseQuery:
    mission: str | None = None  # a mission (or HQ): only its courses
    kind: CourseKind | None = None
    stage: MigrationStage | None = None
    starts_from: date | None = None
    starts_until: date | None = None
    text: str = ""  # in the code or title
    include_archived: bool = False
    sort: CourseSort = CourseSort.START_DATE
    descending: bool = False


@dataclass(frozen=True)
class CourseRow:
    id: uuid.UUID
    code: str
    title: str
    mission_id: str
    kind: CourseKind
    stage: MigrationStage
    language: str
    hours: Decimal
    start_date: date | None
    end_date: date | None
    capacity: int
    taken: int
    archived: bool


_COURSE_SORT: dict[CourseSort, Any] = {
    CourseSort.CODE: col(Course.code),
    CourseSort.TITLE: col(Course.title),
    CourseSort.MISSION: col(Course.mission_id),
    CourseSort.KIND: col(Course.kind),
    CourseSort.STAGE: col(Course.stage),
    CourseSort.START_DATE: _nullable(col(Course.start_date), EARLIEST),
    CourseSort.CAPACITY: col(Course.capacity),
}


def list_courses(
    session: Session,
    *,
    query: CourseQuery,
    actor: Actor,
    after: PageCursor | None = None,
    limit: int = 200,
) -> Page[CourseRow]:
    """Courses the actor can see (their missions' and HQ-wide), filtered and sorted."""
    c = Course
    taken = (
        sa_select(func.count())
        .where(
            col(Enrolment.course_id) == col(c.id),
            col(Enrolment.status) != EnrolmentStatus.WITHDRAWN,
            col(Enrolment.archived_at).is_(None),
        )
        .scalar_subquery()
    )
    conditions: list[ColumnElement[bool]] = []
    if query.mission:
        visible = query.mission == HQ or actor.may_read(query.mission)
        conditions.append(col(c.mission_id) == query.mission if visible else false())
    elif not actor.may_read("*"):
        conditions.append(col(c.mission_id).in_([*actor.missions, HQ]))
    if not query.include_archived:
        conditions.append(col(c.archived_at).is_(None))
    if query.kind:
        conditions.append(col(c.kind) == query.kind)
    if query.stage:
        conditions.append(col(c.stage) == query.stage)
    if query.starts_from:
        conditions.append(col(c.start_date) >= query.starts_from)
    if query.starts_until:
        conditions.append(col(c.start_date) <= query.starts_until)
    if query.text.strip():
        conditions.append(
            or_(_contains(col(c.code), query.text), _contains(col(c.title), query.text))
        )
    columns = (
        col(c.id), col(c.code), col(c.title), col(c.mission_id), col(c.kind), col(c.stage),
        col(c.language), col(c.hours), col(c.start_date), col(c.end_date), col(c.capacity),
        taken, col(c.archived_at),
    )  # fmt: skip
    return _page(
        session,
        columns=columns,
        sort=_COURSE_SORT[query.sort],
        rowid=literal_column("course.rowid"),
        conditions=conditions,
        joins=None,
        descending=query.descending,
        after=after,
        limit=limit,
        make=_course_row,
    )


def _course_row(r: Any) -> CourseRow:
    return CourseRow(
        r[0], r[1], r[2], r[3], CourseKind(r[4]), MigrationStage(r[5]), r[6],
        Decimal(str(r[7] or 0)), r[8], r[9], r[10], int(r[11]), r[12] is not None,
    )  # fmt: skip


# --- plans ------------------------------------------------------------------------------


class PlanSort(StrEnum):
    UPDATED_AT = "updated_at"
    CREATED_AT = "created_at"
    STATUS = "status"
    KIND = "kind"
    TITLE = "title"
    WORKER = "worker"
    MISSION = "mission"
    BUDGET = "budget"


@dataclass(frozen=True)
class PlanQuery:
    mission: str | None = None
    status: PlanStatus | None = None
    kind: PlanKind | None = None
    stage: MigrationStage | None = None  # the worker's current stage
    updated_from: date | None = None
    updated_until: date | None = None
    include_archived: bool = False
    sort: PlanSort = PlanSort.UPDATED_AT
    descending: bool = True


@dataclass(frozen=True)
class PlanRow:
    id: uuid.UUID
    worker_id: uuid.UUID
    case_code: str
    worker_name: str
    mission_id: str
    kind: PlanKind
    title: str
    status: PlanStatus
    currency: str
    budget: Decimal
    submitted_at: datetime | None
    approved_at: datetime | None
    updated_at: datetime


_PLAN_SORT: dict[PlanSort, Any] = {
    PlanSort.UPDATED_AT: col(ReintegrationPlan.updated_at),
    PlanSort.CREATED_AT: col(ReintegrationPlan.created_at),
    PlanSort.STATUS: col(ReintegrationPlan.status),
    PlanSort.KIND: col(ReintegrationPlan.kind),
    PlanSort.TITLE: col(ReintegrationPlan.title),
    PlanSort.WORKER: col(Worker.sort_name),
    PlanSort.MISSION: col(ReintegrationPlan.mission_id),
    PlanSort.BUDGET: col(ReintegrationPlan.budget),
}


def list_plans(
    session: Session,
    *,
    query: PlanQuery,
    actor: Actor,
    after: PageCursor | None = None,
    limit: int = 200,
) -> Page[PlanRow]:
    """Reintegration plans in the actor's scope, with their worker, filtered and sorted."""
    p = ReintegrationPlan
    conditions = _mission_scope(col(p.mission_id), actor, query.mission)
    if not query.include_archived:
        conditions.append(col(p.archived_at).is_(None))
    if query.status:
        conditions.append(col(p.status) == query.status)
    if query.kind:
        conditions.append(col(p.kind) == query.kind)
    if query.stage:
        conditions.append(col(Worker.migration_stage) == query.stage)
    if query.updated_from:
        conditions.append(col(p.updated_at) >= _start_of(query.updated_from))
    if query.updated_until:
        conditions.append(col(p.updated_at) < _start_of(query.updated_until + timedelta(days=1)))
    columns = (
        col(p.id), col(p.worker_id), col(Worker.case_code), col(Worker.given_names),
        col(Worker.first_family_name), col(Worker.second_family_name), col(p.mission_id),
        col(p.kind), col(p.title), col(p.status), col(p.currency), col(p.budget),
        col(p.submitted_at), col(p.approved_at), col(p.updated_at),
    )  # fmt: skip
    return _page(
        session,
        columns=columns,
        sort=_PLAN_SORT[query.sort],
        rowid=literal_column("reintegration_plan.rowid"),
        conditions=conditions,
        joins=lambda s: s.join(Worker, col(Worker.id) == col(p.worker_id)),
        descending=query.descending,
        after=after,
        limit=limit,
        make=lambda r: PlanRow(
            r[0],
            r[1],
            r[2],
            full_name(r[3], r[4], r[5]),
            r[6],
            PlanKind(r[7]),
            r[8],
            PlanStatus(r[9]),
            r[10],
            Decimal(str(r[11])),
            r[12],
            r[13],
            r[14],
        ),
    )


def _start_of(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


# --- community projects -----------------------------------------------------------------


class ProjectSort(StrEnum):
    TITLE = "title"
    COMMUNITY = "community"
    MISSION = "mission"
    STATUS = "status"
    GOAL = "goal"
    START_DATE = "start_date"
    UPDATED_AT = "updated_at"


@dataclass(frozen=True)
class ProjectQuery:
    mission: str | None = None
    status: ProjectStatus | None = None
    community: str = ""  # part of the community's name
    starts_from: date | None = None
    starts_until: date | None = None
    include_archived: bool = False
    sort: ProjectSort = ProjectSort.TITLE
    descending: bool = False


@dataclass(frozen=True)
class ProjectRow:
    id: uuid.UUID
    title: str
    community: str
    municipality: str
    mission_id: str
    status: ProjectStatus
    currency: str
    goal_amount: Decimal
    raised: Decimal  # linked remittances in the project's currency
    percent: Decimal
    participants: int
    start_date: date | None


_PROJECT_SORT: dict[ProjectSort, Any] = {
    ProjectSort.TITLE: col(CommunityProject.title),
    ProjectSort.COMMUNITY: col(CommunityProject.community),
    ProjectSort.MISSION: col(CommunityProject.mission_id),
    ProjectSort.STATUS: col(CommunityProject.status),
    ProjectSort.GOAL: col(CommunityProject.goal_amount),
    ProjectSort.START_DATE: _nullable(col(CommunityProject.start_date), EARLIEST),
    ProjectSort.UPDATED_AT: col(CommunityProject.updated_at),
}


def list_projects(
    session: Session,
    *,
    query: ProjectQuery,
    actor: Actor,
    after: PageCursor | None = None,
    limit: int = 200,
) -> Page[ProjectRow]:
    """Community projects in the actor's scope with their progress, filtered and sorted."""
    cp = CommunityProject
    raised = (
        sa_select(func.coalesce(func.sum(col(Remittance.amount)), 0))
        .where(
            col(Remittance.community_project_id) == col(cp.id),
            col(Remittance.currency) == col(cp.currency),
            col(Remittance.archived_at).is_(None),
        )
        .scalar_subquery()
    )
    people = (
        sa_select(func.count())
        .where(
            col(ProjectParticipant.project_id) == col(cp.id),
            col(ProjectParticipant.archived_at).is_(None),
        )
        .scalar_subquery()
    )
    conditions = _mission_scope(col(cp.mission_id), actor, query.mission)
    if not query.include_archived:
        conditions.append(col(cp.archived_at).is_(None))
    if query.status:
        conditions.append(col(cp.status) == query.status)
    if query.community.strip():
        conditions.append(_contains(col(cp.community), query.community))
    if query.starts_from:
        conditions.append(col(cp.start_date) >= query.starts_from)
    if query.starts_until:
        conditions.append(col(cp.start_date) <= query.starts_until)
    columns = (
        col(cp.id), col(cp.title), col(cp.community), col(cp.municipality), col(cp.mission_id),
        col(cp.status), col(cp.currency), col(cp.goal_amount), raised, people,
        col(cp.start_date),
    )  # fmt: skip
    return _page(
        session,
        columns=columns,
        sort=_PROJECT_SORT[query.sort],
        rowid=literal_column("community_project.rowid"),
        conditions=conditions,
        joins=None,
        descending=query.descending,
        after=after,
        limit=limit,
        make=_project_row,
    )


def _project_row(r: Any) -> ProjectRow:
    goal = Decimal(str(r[7]))
    raised = Decimal(str(r[8])).quantize(Decimal("0.01"))
    percent = (raised * 100 / goal).quantize(Decimal("0.1")) if goal > 0 else Decimal("0.0")
    return ProjectRow(
        r[0], r[1], r[2], r[3], r[4], ProjectStatus(r[5]), r[6], goal, raised, percent,
        int(r[9]), r[10],
    )  # fmt: skip


# --- follow-ups -------------------------------------------------------------------------


class FollowUpBucket(StrEnum):
    ALL = "all"
    OVERDUE = "overdue"
    THIS_WEEK = "this_week"
    LATER = "later"


@dataclass(frozen=True)
class FollowUpQuery:
    today: date
    mission: str | None = None
    author: str | None = None
    bucket: FollowUpBucket = FollowUpBucket.ALL
    due_from: date | None = None
    due_until: date | None = None
    worker_name: str = ""  # folded prefix of the worker's family names
    descending: bool = False


def list_followups(
    session: Session,
    *,
    query: FollowUpQuery,
    actor: Actor,
    after: PageCursor | None = None,
    limit: int = 200,
) -> Page[FollowUpRow]:
    """Open follow-ups by due date (oldest first), one page at a time."""
    where = FollowUpFilter(mission=query.mission, author=query.author)
    conditions = open_conditions(actor, where)
    due = col(CaseNote.follow_up_date)
    week_end = query.today + timedelta(days=WEEK_DAYS - 1)
    if query.bucket == FollowUpBucket.OVERDUE:
        conditions.append(due < query.today)
    elif query.bucket == FollowUpBucket.THIS_WEEK:
        conditions.append(and_(due >= query.today, due <= week_end))
    elif query.bucket == FollowUpBucket.LATER:
        conditions.append(due > week_end)
    if query.due_from:
        conditions.append(due >= query.due_from)
    if query.due_until:
        conditions.append(due <= query.due_until)
    if query.worker_name.strip():
        prefix = fold(query.worker_name)
        name = col(Worker.sort_name)
        conditions.append(and_(name >= prefix, name < prefix + "\uffff"))
    return _page(
        session,
        columns=FOLLOW_UP_COLUMNS,
        sort=due,
        rowid=literal_column("case_note.rowid"),
        conditions=conditions,
        joins=lambda s: s.join(Worker, col(Worker.id) == col(CaseNote.worker_id)),
        descending=query.descending,
        after=after,
        limit=limit,
        make=lambda r: to_row(r, query.today),
    )


__all__ = [
    "CourseQuery",
    "CourseRow",
    "CourseSort",
    "FollowUpBucket",
    "FollowUpQuery",
    "Page",
    "PlanQuery",
    "PlanRow",
    "PlanSort",
    "ProjectQuery",
    "ProjectRow",
    "ProjectSort",
    "list_courses",
    "list_followups",
    "list_plans",
    "list_projects",
]
