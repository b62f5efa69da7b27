"""The Follow-ups view: open follow-ups of case notes, overdue, due this week and later.

"Open" means: the latest revision of a note, with a follow-up date, not marked done, not
archived. Follow-ups of an archived worker still count and are shown flagged
(`worker_archived`), so the counts and the lists always agree. "This week" is today and
the six days after it (on a Friday it still shows next Monday); overdue is before today.

Every query walks the follow_up_date index (the mission and author filters are kept off
other indexes on purpose); counts come from one aggregate pass. With the partial index
OPEN_FOLLOW_UP_INDEX (store migration 0002) the counts read the index
alone.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, String, and_, case, false, func, literal_column
from sqlmodel import Session, col, select

from app.models import CaseNote, Worker, full_name
from app.models.enums import NoteKind
from app.services.context import Actor

WEEK_DAYS = 7
EXCERPT = 140


@dataclass(frozen=True)
class FollowUpRow:
    """One open follow-up, as the view lists it."""

    note_id: uuid.UUID
    worker_id: uuid.UUID
    case_code: str
    full_name: str
    mission_id: str
    author: str
    kind: NoteKind
    follow_up_date: date
    excerpt: str
    days_overdue: int  # > 0 when overdue
    worker_archived: bool = False


@dataclass(frozen=True)
class AuthorCounts:
    author: str
    overdue: int
    this_week: int
    later: int


@dataclass(frozen=True)
class FollowUpFilter:
    """Which follow-ups: a mission, an officer (note author), or all the actor may see."""

    mission: str | None = None
    author: str | None = None


@dataclass(frozen=True)
class FollowUpView:
    today: date
    overdue: list[FollowUpRow]
    this_week: list[FollowUpRow]
    later: list[FollowUpRow]
    overdue_count: int
    this_week_count: int
    later_count: int
    by_author: list[AuthorCounts] = field(default_factory=list)


def followups_view(
    session: Session,
    *,
    actor: Actor,
    today: date,
    where: FollowUpFilter | None = None,
    limit: int = 100,
) -> FollowUpView:
    """The three groups (each its first `limit` rows by date), their counts, per officer."""
    conditions = open_conditions(actor, where or FollowUpFilter())
    week_end = today + timedelta(days=WEEK_DAYS - 1)
    due = col(CaseNote.follow_up_date)
    groups = (due < today, and_(due >= today, due <= week_end), due > week_end)
    rows = [_rows(session, [*conditions, g], today, limit) for g in groups]
    by_author = _counts(session, conditions, today, week_end)
    return FollowUpView(
        today=today,
        overdue=rows[0],
        this_week=rows[1],
        later=rows[2],
        overdue_count=sum(a.overdue for a in by_author),
        this_week_count=sum(a.this_week for a in by_author),
        later_count=sum(a.later for a in by_author),
        by_author=by_author,
    )


def open_conditions(actor: Actor, where: FollowUpFilter) -> list[ColumnElement[bool]]:
    """SQL conditions of the open follow-ups `actor` may see under `where`."""
    conditions: list[ColumnElement[bool]] = [
        col(CaseNote.follow_up_date).is_not(None),
        col(CaseNote.follow_up_done_on).is_(None),
        col(CaseNote.superseded) == false(),
        col(CaseNote.archived_at).is_(None),
    ]
    if where.mission:
        if not actor.may_read(where.mission):
            conditions.append(false())
        conditions.append(_mission == where.mission)
    elif not actor.may_read("*"):
        conditions.append(_mission.in_(actor.missions))
    if where.author:
        conditions.append(_author == where.author)
    return conditions


# Unary plus: SQLite must not pick the mission or author index for these filters (it
# would read every note of the mission); the follow_up_date index is the selective one.
_mission: Any = literal_column("+case_note.mission_id", type_=String())
_author: Any = literal_column("+case_note.author", type_=String())

# Proposed for the store's next migration (app/store): the open follow-ups only, with the
# columns the counts read, so the counts never touch the table.
OPEN_FOLLOW_UP_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_case_note_open_follow_up ON case_note "
    "(follow_up_date, mission_id, author) "
    "WHERE follow_up_date IS NOT NULL AND follow_up_done_on IS NULL AND superseded = 0 "
    "AND archived_at IS NULL"
)


ROW_COLUMNS: tuple[Any, ...] = (
    col(CaseNote.id),
    col(CaseNote.worker_id),
    col(Worker.case_code),
    col(Worker.given_names),
    col(Worker.first_family_name),
    col(Worker.second_family_name),
    col(CaseNote.mission_id),
    col(CaseNote.author),
    col(CaseNote.kind),
    col(CaseNote.follow_up_date),
    func.substr(col(CaseNote.text), 1, EXCERPT),
    col(Worker.archived_at),
)


def to_row(r: Any, today: date) -> FollowUpRow:
    return FollowUpRow(
        note_id=r[0],
        worker_id=r[1],
        case_code=r[2],
        full_name=full_name(r[3], r[4], r[5]),
        mission_id=r[6],
        author=r[7],
        kind=NoteKind(r[8]),
        follow_up_date=r[9],
        excerpt=" ".join(str(r[10]).split()),
        days_overdue=max((today - r[9]).days, 0),
        worker_archived=r[11] is not None,
    )


def _rows(
    session: Session, conditions: list[ColumnElement[bool]], today: date, limit: int
) -> list[FollowUpRow]:
    stmt = (
        select(*ROW_COLUMNS)
        .join(Worker, col(Worker.id) == CaseNote.worker_id)
        .where(and_(*conditions))
        .order_by(col(CaseNote.follow_up_date), literal_column("case_note.rowid"))
        .limit(limit)
    )
    return [to_row(r, today) for r in session.connection().execute(stmt)]


def _counts(
    session: Session, conditions: list[ColumnElement[bool]], today: date, week_end: date
) -> list[AuthorCounts]:
    due = col(CaseNote.follow_up_date)
    stmt = (
        select(
            col(CaseNote.author),
            func.sum(case((due < today, 1), else_=0)),
            func.sum(case((and_(due >= today, due <= week_end), 1), else_=0)),
            func.sum(case((due > week_end, 1), else_=0)),
        )
        .where(and_(*conditions))
        .group_by(col(CaseNote.author))
        .order_by(col(CaseNote.author))
    )
    return [
        AuthorCounts(a, int(o or 0), int(w or 0), int(later or 0))
        for a, o, w, later in session.connection().execute(stmt)
    ]
