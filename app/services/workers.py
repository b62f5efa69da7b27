"""Worker use cases: create, update, archive, read, list a page, search (one transaction each)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    bindparam,
    func,
    literal_column,
    or_,
    tuple_,
)
from sqlalchemy import insert as sa_insert
from sqlalchemy import select as sa_select
from sqlalchemy import update as sa_update
from sqlalchemy.orm.util import identity_key
from sqlmodel import Session, col, select

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models import Worker, WorkerCreate, WorkerRead, WorkerRow, full_name, utcnow
from app.models.audit_event import ARCHIVE, RESTORE
from app.models.codec import row_to_wire, to_wire
from app.models.enums import MigrationStage, MutationOp, WorkerStatus
from app.models.worker import WORKER_EDITABLE_FIELDS
from app.services import audit
from app.services.context import (
    NOT_ALLOWED,
    NOT_YOUR_MISSION,
    Actor,
    Message,
    NotFound,
    PermissionDenied,
    StaleRecord,
    ValidationFailed,
)
from app.services.db import Prepared
from app.services.history import changed_values, record_mutation, stamp
from app.services.profile import next_case_code
from app.store.search import (
    count_matches_sql,
    match_expression,
    matching_rowids_sql,
    sort_name,
)

ENTITY = "worker"
SEARCH_CAP = 1000  # more matches than this: the list shows these and asks to type more
ROWID: Any = literal_column("worker.rowid")
UNINDEXED_MISSION = literal_column("+worker.mission_id", type_=String())

# Saves run as plain statements on the table, compiled once (see create_worker).
_WORKER: Any = Worker.__table__  # type: ignore[attr-defined]
_WORKER_KEYS = tuple(c.key for c in _WORKER.columns)
_INSERT_WORKER = Prepared(sa_insert(_WORKER))
_SELECT_WORKER = Prepared(sa_select(_WORKER).where(_WORKER.c.id == bindparam("worker_id")))
_UPDATE_WORKER = Prepared(sa_update(_WORKER).where(_WORKER.c.id == bindparam("worker_id")))
_FIELDS = frozenset(Worker.model_fields)
# (name, default factory or None, default) of each optional field, as Worker() fills them
_DEFAULTS = tuple(
    (name, field.default_factory, field.default)
    for name, field in Worker.model_fields.items()
    if not field.is_required()
)
_NOT_NULL = frozenset(
    c.name
    for c in Worker.__table__.columns  # type: ignore[attr-defined]
    if not c.nullable
)
_CREATE_WIRE_FIELDS = tuple(f for f in Worker.model_fields if f != "version")


class WorkerSort(StrEnum):
    CASE_CODE = "case_code"
    NAME = "name"
    MISSION = "mission"
    STAGE = "stage"
    DATE_OF_BIRTH = "date_of_birth"
    COMMUNITY = "community"
    UPDATED_AT = "updated_at"


_SORT_COLUMNS: dict[WorkerSort, Any] = {
    WorkerSort.CASE_CODE: col(Worker.case_code),
    WorkerSort.NAME: col(Worker.sort_name),
    WorkerSort.MISSION: col(Worker.mission_id),
    WorkerSort.STAGE: col(Worker.migration_stage),
    WorkerSort.DATE_OF_BIRTH: col(Worker.date_of_birth),
    WorkerSort.COMMUNITY: col(Worker.community),
    WorkerSort.UPDATED_AT: col(Worker.updated_at),
}

_ROW_COLUMNS = (
    col(Worker.id),
    col(Worker.case_code),
    col(Worker.given_names),
    col(Worker.first_family_name),
    col(Worker.second_family_name),
    col(Worker.mission_id),
    col(Worker.migration_stage),
    col(Worker.date_of_birth),
    col(Worker.community),
    col(Worker.updated_at),
    col(Worker.archived_at),
)


@dataclass(frozen=True)
class PageCursor:
    """Where a page ended: the sort value and rowid of its last row (keyset paging)."""

    value: Any
    rowid: int


@dataclass(frozen=True)
class WorkerPage:
    rows: list[WorkerRow]
    next_cursor: PageCursor | None  # None: this was the last page
    capped: bool = False  # the search matched more than SEARCH_CAP workers


@dataclass(frozen=True)
class WorkerQuery:
    """What the list shows: search text, sort, and which records."""

    text: str = ""
    sort: WorkerSort = WorkerSort.NAME
    descending: bool = False
    include_archived: bool = False
    mission: str | None = None
    stage: MigrationStage | None = None
    status: WorkerStatus | None = None
    changed_since: date | None = None  # records changed on or after this day (UTC)


# --- writes -----------------------------------------------------------------------------


def create_worker(
    session: Session, *, data: WorkerCreate | Mapping[str, Any], actor: Actor, today: date
) -> WorkerRead:
    """Validate and store a new worker with its case code, history and outbox mutation."""
    values = dict(data.model_dump() if isinstance(data, WorkerCreate) else data)
    mission = str(values.get("mission_id") or "")
    _check_may_write(actor, mission)
    values = _clean(values, today=today)
    now = utcnow()
    # The row as plain column values (what Worker(...) would hold, with the model's
    # defaults), written by one Core INSERT: no table object and no unit of work.
    row = _with_defaults({k: v for k, v in values.items() if k in _FIELDS})
    row.update(
        case_code=next_case_code(session, mission=mission, device_tag=actor.device_tag),
        sort_name=sort_name(
            values["given_names"],
            values["first_family_name"],
            values.get("second_family_name") or "",
        ),
        created_at=now,
        updated_at=now,
        updated_by=actor.username,
    )
    _check_form_code_free(session, row["intake_form_code"], row["id"])
    _INSERT_WORKER.run(session, row, keys=_WORKER_KEYS)
    saved = _Saved(row)
    record_mutation(
        session,
        entity=ENTITY,
        row=saved,
        op=MutationOp.CREATE,
        changes={name: to_wire(row[name]) for name in _CREATE_WIRE_FIELDS},
        before=None,
        actor=actor,
    )
    given = [f for f in audit.CONSENT_FIELDS if row[f] not in (None, "")]
    audit.record_consent_change(
        session,
        actor=actor,
        worker_id=saved.id,
        mission_id=mission,
        changed=given,
        withdrawn=row["consent_withdrawn_at"] is not None,
    )
    session.flush()
    return WorkerRead.model_validate(row)


def update_worker(
    session: Session,
    *,
    worker_id: uuid.UUID,
    changes: Mapping[str, Any],
    actor: Actor,
    today: date,
    expected_updated_at: datetime | None = None,
) -> WorkerRead:
    """Apply the changed fields, after validating the whole record as it would become."""
    unknown = set(changes) - set(WORKER_EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    row = _read_for_write(session, worker_id, actor)
    if expected_updated_at is not None and row["updated_at"] != expected_updated_at:
        raise StaleRecord()
    merged = {name: row[name] for name in WORKER_EDITABLE_FIELDS}
    merged.update(changes)
    merged["mission_id"] = row["mission_id"]
    cleaned = _clean(merged, today=today)
    _check_form_code_free(session, cleaned.get("intake_form_code"), row["id"])
    new_values = {name: cleaned[name] for name in WORKER_EDITABLE_FIELDS}
    new_values["sort_name"] = sort_name(
        cleaned["given_names"],
        cleaned["first_family_name"],
        cleaned.get("second_family_name") or "",
    )
    after, before = changed_values(row, new_values)
    if not after:
        return WorkerRead.model_validate(row)
    now = utcnow()
    # Only the changed columns are SET (the search index is rewritten only when a name
    # or a code changes: its trigger is AFTER UPDATE OF those columns).
    written = {name: new_values[name] for name in after}
    written.update(updated_at=now, updated_by=actor.username)
    _UPDATE_WORKER.run(session, {**written, "worker_id": row["id"]}, keys=tuple(written))
    row.update(written)
    after.update(updated_at=to_wire(now), updated_by=actor.username)
    saved = _Saved(row)
    record_mutation(
        session,
        entity=ENTITY,
        row=saved,
        op=MutationOp.UPDATE,
        changes=after,
        before=before,
        actor=actor,
    )
    audit.record_consent_change(
        session,
        actor=actor,
        worker_id=saved.id,
        mission_id=saved.mission_id,
        changed=after,
        withdrawn="consent_withdrawn_at" in after and row["consent_withdrawn_at"] is not None,
    )
    session.flush()
    return WorkerRead.model_validate(row)


def archive_worker(session: Session, *, worker_id: uuid.UUID, actor: Actor) -> WorkerRead:
    """Soft-delete: the record leaves lists and searches but stays, and can be restored."""
    return _set_archived(session, worker_id=worker_id, actor=actor, archived=True)


def restore_worker(session: Session, *, worker_id: uuid.UUID, actor: Actor) -> WorkerRead:
    """Bring an archived record back."""
    return _set_archived(session, worker_id=worker_id, actor=actor, archived=False)


def _set_archived(
    session: Session, *, worker_id: uuid.UUID, actor: Actor, archived: bool
) -> WorkerRead:
    worker = _get_for_write(session, worker_id, actor)
    if (worker.archived_at is not None) == archived:
        return WorkerRead.model_validate(worker, from_attributes=True)
    before = row_to_wire(worker, fields=("archived_at",))
    now = utcnow()
    worker.archived_at = now if archived else None
    stamp(worker, actor, now)
    session.add(worker)
    changes = row_to_wire(worker, fields=("archived_at", "updated_at", "updated_by"))
    record_mutation(
        session,
        entity=ENTITY,
        row=worker,
        op=MutationOp.ARCHIVE if archived else MutationOp.RESTORE,
        changes=changes,
        before=before,
        actor=actor,
    )
    audit.record_event(
        session,
        actor=actor,
        event=ARCHIVE if archived else RESTORE,
        entity=ENTITY,
        record_id=worker.id,
        fields=("archived_at",),
        mission_id=worker.mission_id,
    )
    session.flush()
    return WorkerRead.model_validate(worker, from_attributes=True)


# --- reads ------------------------------------------------------------------------------


def get_worker(session: Session, *, worker_id: uuid.UUID, actor: Actor) -> WorkerRead:
    """One whole record in the actor's scope, archived or not."""
    worker = session.get(Worker, worker_id)
    if worker is None or not actor.may_read(worker.mission_id):
        raise NotFound("worker")
    return WorkerRead.model_validate(worker, from_attributes=True)


def list_workers(
    session: Session,
    *,
    query: WorkerQuery,
    actor: Actor,
    after: PageCursor | None = None,
    limit: int = 200,
) -> WorkerPage:
    """One page of the list, in keyset order; searches by names, case code and ID prefix."""
    sort_col = _SORT_COLUMNS[query.sort]
    # The mission scope is a filter, never the index the page is read by (unary +): with
    # it, SQLite walks the sort column's index and stops after one page, instead of
    # reading every row of the actor's missions and sorting them all (0.7 s at 200,000).
    conditions = _scope_conditions(query, actor, mission_column=UNINDEXED_MISSION)
    capped = False
    expr = match_expression(query.text)
    if expr is not None:
        # The matches stay in SQLite (no thousand rowids through Python and back); the
        # page is read by rowid among them. Counting one past the cap says "type more".
        conn = session.connection()
        capped = (
            conn.execute(count_matches_sql(), {"q": expr, "n": SEARCH_CAP + 1}).scalar_one()
            > SEARCH_CAP
        )
        conditions.append(ROWID.in_(matching_rowids_sql(expr, cap=SEARCH_CAP)))
    if after is not None:
        key, mark = tuple_(sort_col, ROWID), tuple_(_bind(sort_col, after.value), after.rowid)
        conditions.append(key < mark if query.descending else key > mark)
    order = (sort_col.desc(), ROWID.desc()) if query.descending else (sort_col, ROWID)
    stmt = sa_select(*_ROW_COLUMNS, sort_col, ROWID).where(and_(*conditions))
    rows: list[Any] = list(session.connection().execute(stmt.order_by(*order).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = PageCursor(rows[-1][-2], rows[-1][-1]) if more and rows else None
    return WorkerPage(rows=[_row(r) for r in rows], next_cursor=cursor, capped=capped)


def count_workers(session: Session, *, actor: Actor, include_archived: bool = False) -> int:
    """How many workers the actor can see."""
    conditions = _scope_conditions(WorkerQuery(include_archived=include_archived), actor)
    stmt = select(func.count()).select_from(Worker).where(and_(*conditions))
    return int(session.connection().execute(stmt).scalar_one())


# --- helpers ----------------------------------------------------------------------------


def _scope_conditions(
    query: WorkerQuery, actor: Actor, *, mission_column: Any = None
) -> list[ColumnElement[bool]]:
    mission = col(Worker.mission_id) if mission_column is None else mission_column
    conditions: list[ColumnElement[bool]] = []
    if not query.include_archived:
        conditions.append(col(Worker.archived_at).is_(None))
    if query.mission:
        if not actor.may_read(query.mission):
            conditions.append(or_(False))  # a foreign mission shows as empty
        conditions.append(mission == query.mission)
    elif not actor.may_read("*"):
        conditions.append(mission.in_(actor.missions))
    if query.stage is not None:
        conditions.append(col(Worker.migration_stage) == MigrationStage(query.stage).value)
    if query.status is not None:
        conditions.append(col(Worker.status) == WorkerStatus(query.status).value)
    if query.changed_since is not None:
        since = datetime.combine(query.changed_since, datetime.min.time(), tzinfo=UTC)
        conditions.append(col(Worker.updated_at) >= since)
    return conditions


def _bind(column: Any, value: Any) -> Any:
    return bindparam(None, value, type_=column.type)


def _row(r: Any) -> WorkerRow:
    # The values come typed from the columns, so no validation pass (a page is 200 rows).
    return WorkerRow.model_construct(
        id=r[0],
        case_code=r[1],
        full_name=full_name(r[2], r[3], r[4]),
        mission_id=r[5],
        migration_stage=r[6],
        date_of_birth=r[7],
        community=r[8],
        updated_at=r[9],
        archived=r[10] is not None,
    )


class _Saved:
    """The keys of a row just written, as a mutation reads them (no table object)."""

    __slots__ = ("id", "mission_id", "updated_at", "version")

    def __init__(self, row: Mapping[str, Any]) -> None:
        self.id: uuid.UUID = row["id"]
        self.mission_id: str = row["mission_id"]
        self.version: int = row["version"]
        self.updated_at: datetime = row["updated_at"]


def _with_defaults(values: dict[str, Any]) -> dict[str, Any]:
    """`values` plus the model's default of every other optional Worker field.

    A None given for a NOT NULL column with a default takes the default, as the ORM's
    insert did (e.g. an intake with no ID document type: "other").
    """
    for name, factory, default in _DEFAULTS:
        if name not in values or (values[name] is None and name in _NOT_NULL):
            values[name] = default if factory is None else factory()  # type: ignore[call-arg]
    return values


def _read_for_write(session: Session, worker_id: uuid.UUID, actor: Actor) -> dict[str, Any]:
    """The stored values of a worker the actor may change, read with one SELECT."""
    loaded = session.identity_map.get(identity_key(Worker, worker_id))
    if loaded is not None:
        # A table object of this worker is in the session: its changes go first, and
        # it is reloaded when next read, so it never shows values from before this write.
        session.flush()
        session.expire(loaded)
    found = _SELECT_WORKER.first(session, {"worker_id": worker_id})
    if found is None or not actor.may_read(found["mission_id"]):
        raise NotFound("worker")
    _check_may_write(actor, found["mission_id"])
    return found


def _get_for_write(session: Session, worker_id: uuid.UUID, actor: Actor) -> Worker:
    worker = session.get(Worker, worker_id)
    if worker is None or not actor.may_read(worker.mission_id):
        raise NotFound("worker")
    _check_may_write(actor, worker.mission_id)
    return worker


def _check_may_write(actor: Actor, mission: str) -> None:
    if actor.may_write(mission):
        return
    if actor.role.value in ("hq_analyst", "admin"):
        raise PermissionDenied(Message(NOT_ALLOWED))
    raise PermissionDenied(Message(NOT_YOUR_MISSION, {"mission": mission}))


def _clean(values: dict[str, Any], *, today: date) -> dict[str, Any]:
    """Normalised values, or ValidationFailed with a message per wrong field."""
    from app.services.validation import normalise_worker, validate_worker

    cleaned = normalise_worker(values)
    errors = validate_worker(cleaned, today=today)
    if errors:
        raise ValidationFailed(errors)
    return cleaned


def _check_form_code_free(session: Session, code: str | None, own_id: uuid.UUID) -> None:
    if not code:
        return
    holder = session.execute(  # ORM columns: a worker added in this session counts too
        sa_select(
            col(Worker.id),
            col(Worker.given_names),
            col(Worker.first_family_name),
            col(Worker.second_family_name),
            col(Worker.case_code),
        )
        .where(col(Worker.intake_form_code) == code)
        .limit(1)
    ).first()
    if holder is not None and holder.id != own_id:
        raise ValidationFailed(
            {
                "intake_form_code": Message(
                    QT_TRANSLATE_NOOP(
                        "Services", "This form code is already used for {name} ({code})."
                    ),
                    {
                        "name": full_name(
                            holder.given_names, holder.first_family_name, holder.second_family_name
                        ),
                        "code": holder.case_code,
                    },
                )
            }
        )
