"""Data retention: a period per mission; workers closed longer are anonymised with their records.

A mission without a period keeps everything. A worker counts as closed from the moment the
server stored its closing (`status` closed) or its archiving, read from the server's own
history (srv_audit) at the version that made it, or else the worker's `updated_at`: both are
times the server wrote, never earlier than the change really happened. A worker closed (or
archived) longer than its mission's period is anonymised together with every record that
belongs to it (found through the foreign keys to the worker, so a new kind of record is
covered too); courses and community projects are not the worker's and stay as they are.

Anonymising blanks names, documents, contacts, places and free text, keeps what the
indicators count (mission, sex, birth year, stage, status, sectors, amounts, dates), strips
the values the server kept about those rows elsewhere (history, conflicts, mutation
answers), marks each row purged with a new feed position, and appends one event per mission
to the hash-chained audit log. Workers go in atomic batches; a second run changes nothing.
"""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Table, bindparam, func, or_
from sqlalchemy import select as sa_select
from sqlmodel import Session, SQLModel, col, select

from app.models import SYNCED_ENTITIES, Mission
from app.models.base import utcnow
from app.models.enums import WorkerStatus
from server import audit
from server.db import lock_for_write, reserve_seqs
from server.models import AuditEntry, MutationLedger, RetentionPolicy, RowMeta, ServerConflict
from server.sync import rows as entity_rows

RETENTION_SET = audit.RETENTION_SET
RETENTION_CLEARED = audit.RETENTION_CLEARED
RETENTION_PURGE = audit.RETENTION_PURGE
"""Audit log events (names, mission and counts only)."""

PURGED_BY = "retention"
"""`updated_by` of anonymised rows."""

MAX_DAYS = 36_525
"""The longest period accepted (100 years)."""

DAYS_PER_MONTH = 30.436875
DAYS_PER_YEAR = 365.2425
_CHUNK = 500

PURGED_MESSAGE = (
    "This record was anonymised under its mission's retention period; it can no longer be changed."
)
PARENT_PURGED_MESSAGE = (
    "The worker this record belongs to was anonymised under its mission's retention "
    "period; nothing can be added to it."
)


class RetentionError(ValueError):
    """A period or mission that cannot be used (the CLI prints it and exits 2)."""


def _first_of_year(value: date) -> date:
    return date(value.year, 1, 1)


SCRUB: dict[str, dict[str, Any]] = {
    "worker": {
        "given_names": "",
        "first_family_name": "",
        "second_family_name": "",
        "sort_name": "",
        "date_of_birth": _first_of_year,
        "id_document_number": "",
        "phone": "",
        "phone_alt": "",
        "email": "",
        "municipality": "",
        "community": "",
        "address_line": "",
        "occupation": "",
        "skills": "",
        "consent_obtained_by": "",
        "intake_form_code": None,
    },
    "placement": {"employer": "", "permit_number": ""},
    "enrolment": {"certificate_number": ""},
    "reintegration_plan": {"title": "", "goals": "", "community": "", "other_funding_source": ""},
    "milestone": {"title": ""},
    "case_note": {"text": ""},
}
"""What anonymising writes, per entity and field: a value, or a function of the old value.

Kept on purpose: mission, sex, year of birth, nationality, state, education, languages,
dependants, stage, status, consent dates and purposes, the case code (a pseudonym that must
never be given again), placement city, province, sector, occupation and dates, enrolment
results, plan kind, sector and amounts, remittances, attendance, and staff usernames.
"""


# --- periods -------------------------------------------------------------------------------


def period_days(
    *, days: int | None = None, months: int | None = None, years: int | None = None
) -> int:
    """Exactly one of days, months or years as whole days (months and years rounded up)."""
    given = [(v, per) for v, per in ((days, 1.0), (months, DAYS_PER_MONTH), (years, DAYS_PER_YEAR))]
    chosen = [(v, per) for v, per in given if v is not None]
    if len(chosen) != 1:
        raise RetentionError("Give the period once: in days, months or years.")
    value, per = chosen[0]
    if value <= 0:
        raise RetentionError("The retention period must be more than zero.")
    total = math.ceil(value * per)
    if total > MAX_DAYS:
        raise RetentionError(f"The retention period can be at most {MAX_DAYS} days (100 years).")
    return total


def _mission(session: Session, mission: str) -> str:
    code = mission.strip().upper()
    if session.get(Mission, code) is None:
        raise RetentionError(f"There is no mission {mission}.")
    return code


def policies(session: Session) -> list[RetentionPolicy]:
    """Every mission's period, by mission code."""
    query = select(RetentionPolicy).order_by(col(RetentionPolicy.mission_id))
    return list(session.exec(query).all())


def set_policy(
    session: Session, *, mission: str, days: int, by: str, now: datetime | None = None
) -> RetentionPolicy:
    """Give a mission a period of `days` (audited); the caller commits."""
    code = _mission(session, mission)
    if not 0 < days <= MAX_DAYS:
        raise RetentionError(f"The retention period must be 1 to {MAX_DAYS} days.")
    policy = session.get(RetentionPolicy, code) or RetentionPolicy(mission_id=code, days=days)
    policy.days, policy.set_by, policy.set_at = days, by[:80], now or utcnow()
    session.add(policy)
    session.flush()
    audit.append(session, event=RETENTION_SET, username=by, role="cli", mission_id=code, count=days)
    return policy


def clear_policy(session: Session, *, mission: str, by: str) -> bool:
    """Keep a mission's records forever again; False if it had no period. Caller commits."""
    code = _mission(session, mission)
    policy = session.get(RetentionPolicy, code)
    if policy is None:
        return False
    session.delete(policy)
    session.flush()
    audit.append(session, event=RETENTION_CLEARED, username=by, role="cli", mission_id=code)
    return True


# --- who is due ----------------------------------------------------------------------------


def _table(model: type[SQLModel]) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


_T = TypeVar("_T")


def _chunks(items: Sequence[_T]) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def due_workers(
    session: Session,
    *,
    mission: str,
    days: int,
    now: datetime,
    among: Sequence[uuid.UUID] | None = None,
) -> list[uuid.UUID]:
    """Workers of `mission` (or of `among`), not purged, closed or archived over `days` ago."""
    cutoff = now - timedelta(days=days)
    worker, meta = _table(SYNCED_ENTITIES["worker"]), _table(RowMeta)
    query = (
        sa_select(
            worker.c.id,
            worker.c.status,
            worker.c.updated_at,
            meta.c.field_versions,
            meta.c.archived_at,
            meta.c.archived_version,
        )
        .join(meta, (meta.c.entity == "worker") & (meta.c.entity_id == worker.c.id))
        .where(
            worker.c.mission_id == mission,
            meta.c.purged_at.is_(None),
            or_(worker.c.status == WorkerStatus.CLOSED, meta.c.archived_at.is_not(None)),
        )
        .order_by(worker.c.id)
    )
    if among is not None:
        query = query.where(worker.c.id.in_(among))
    candidates = list(session.connection().execute(query))
    due: list[uuid.UUID] = []
    for chunk in _chunks(candidates):
        stamps = _change_times(session, [c.id for c in chunk])
        for c in chunk:
            since = closed_since(c, stamps)
            if since is not None and since < cutoff:
                due.append(c.id)
    return due


Stamps = dict[tuple[uuid.UUID, str, int], datetime]


def _change_times(session: Session, worker_ids: Sequence[uuid.UUID]) -> Stamps:
    """When the server stored each status, archive and create of these workers, by version."""
    history = _table(AuditEntry)
    query = (
        sa_select(history.c.entity_id, history.c.field, history.c.version, func.max(history.c.at))
        .where(
            history.c.entity == "worker",
            history.c.entity_id.in_(worker_ids),
            history.c.field.in_(("status", "archived_at", "")),
        )
        .group_by(history.c.entity_id, history.c.field, history.c.version)
    )
    return {
        (entity_id, field, int(version)): entity_rows.norm(at)
        for entity_id, field, version, at in session.connection().execute(query)
    }


def closed_since(candidate: Any, stamps: Stamps) -> datetime | None:
    """Since when a worker is closed or archived (the earlier of the two), as the server saw it.

    `candidate` has id, status, updated_at, field_versions, archived_at, archived_version.
    """
    fallback = entity_rows.norm(candidate.updated_at)
    times: list[datetime] = []
    if candidate.status == WorkerStatus.CLOSED:
        versions: dict[str, list[Any]] = json.loads(candidate.field_versions or "{}")
        if "status" in versions:  # changed by an edit
            key = (candidate.id, "status", int(versions["status"][0]))
        else:  # closed from the start: the create
            key = (candidate.id, "", int((versions.get("*") or [1])[0]))
        times.append(stamps.get(key) or fallback)
    if candidate.archived_at is not None:
        key = (candidate.id, "archived_at", int(candidate.archived_version))
        times.append(stamps.get(key) or fallback)
    return min(times) if times else None


@cache
def owned_links() -> tuple[tuple[str, str, str], ...]:
    """(entity, column, parent) for each entity that belongs to a worker, parents first."""
    owned = {"worker"}
    links: list[tuple[str, str, str]] = []
    for entity in SYNCED_ENTITIES:
        for column, parent in entity_rows.foreign_keys(entity):
            if entity not in owned and parent in owned:
                owned.add(entity)
                links.append((entity, column, parent))
    return tuple(links)


def owned_records(session: Session, worker_ids: Sequence[uuid.UUID]) -> dict[str, list[uuid.UUID]]:
    """The workers and every record that belongs to them, by entity."""
    found: dict[str, list[uuid.UUID]] = {"worker": list(worker_ids)}
    for entity, column, parent in owned_links():
        table = _table(SYNCED_ENTITIES[entity])
        ids: list[uuid.UUID] = []
        for chunk in _chunks(found.get(parent, [])):
            query = sa_select(table.c.id).where(table.c[column].in_(chunk))
            ids.extend(session.connection().execute(query).scalars())
        found[entity] = sorted(set(ids))
    return found


# --- anonymising ---------------------------------------------------------------------------


def anonymise(
    session: Session, records: dict[str, list[uuid.UUID]], now: datetime
) -> dict[str, int]:
    """Blank the records, strip their kept values, mark them purged; counts by entity."""
    live = {entity: _live_versions(session, entity, ids) for entity, ids in records.items()}
    total = sum(len(versions) for versions in live.values())
    if not total:
        return {}
    seq = reserve_seqs(session, total)
    for entity in SYNCED_ENTITIES:  # parents first in the feed too
        versions = live.get(entity)
        if versions:
            seq = _purge_rows(session, entity, versions, now, seq)
            _strip_kept_values(session, entity, list(versions), now)
    return {entity: len(versions) for entity, versions in live.items() if versions}


def _live_versions(session: Session, entity: str, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    meta = _table(RowMeta)
    out: dict[uuid.UUID, int] = {}
    for chunk in _chunks(ids):
        query = sa_select(meta.c.entity_id, meta.c.version).where(
            meta.c.entity == entity, meta.c.entity_id.in_(chunk), meta.c.purged_at.is_(None)
        )
        out.update(
            (entity_id, int(version)) for entity_id, version in session.connection().execute(query)
        )
    return out


def _purge_rows(
    session: Session, entity: str, versions: dict[uuid.UUID, int], now: datetime, seq: int
) -> int:
    """Write the blanks and the next version; give each row a feed position from `seq` on."""
    table, meta = _table(SYNCED_ENTITIES[entity]), _table(RowMeta)
    spec = SCRUB.get(entity, {})
    fixed = {name: value for name, value in spec.items() if not callable(value)}
    derived: dict[str, Callable[[Any], Any]] = {n: f for n, f in spec.items() if callable(f)}
    old = _current_values(session, table, list(derived), list(versions))
    rows, metas = [], []
    for entity_id, version in versions.items():
        params = {"p_id": entity_id, "p_version": version + 1}
        for name, change in derived.items():
            value = old[entity_id][name]
            params[f"p_{name}"] = None if value is None else change(value)
        rows.append(params)
        metas.append({"p_id": entity_id, "p_version": version + 1, "p_seq": seq})
        seq += 1
    conn = session.connection()
    conn.execute(
        table.update()
        .where(table.c.id == bindparam("p_id"))
        .values(
            version=bindparam("p_version"),
            updated_at=now,
            updated_by=PURGED_BY,
            **fixed,
            **{name: bindparam(f"p_{name}") for name in derived},
        ),
        rows,
    )
    conn.execute(
        meta.update()
        .where(meta.c.entity == entity, meta.c.entity_id == bindparam("p_id"))
        .values(
            version=bindparam("p_version"),
            server_seq=bindparam("p_seq"),
            purged_at=now,
        ),
        metas,
    )
    return seq


def _current_values(
    session: Session, table: Table, names: list[str], ids: list[uuid.UUID]
) -> dict[uuid.UUID, dict[str, Any]]:
    out: dict[uuid.UUID, dict[str, Any]] = {}
    if not names:
        return out
    for chunk in _chunks(ids):
        query = sa_select(table.c.id, *(table.c[n] for n in names)).where(table.c.id.in_(chunk))
        for row in session.connection().execute(query):
            out[row[0]] = dict(zip(names, row[1:], strict=True))
    return out


def _strip_kept_values(session: Session, entity: str, ids: list[uuid.UUID], now: datetime) -> None:
    """History values, conflict values and the rows in mutation answers of these records."""
    history, conflicts, ledger = _table(AuditEntry), _table(ServerConflict), _table(MutationLedger)
    conn = session.connection()
    for chunk in _chunks(ids):
        conn.execute(
            history.update()
            .where(history.c.entity == entity, history.c.entity_id.in_(chunk))
            .values(new_value=None)
        )
        mine = (conflicts.c.entity == entity) & conflicts.c.entity_id.in_(chunk)
        conn.execute(conflicts.update().where(mine).values(base="null", mine="null", theirs="null"))
        conn.execute(
            conflicts.update()
            .where(mine, conflicts.c.resolved_at.is_(None))
            .values(resolved_at=now)
        )
        answers = conn.execute(
            sa_select(ledger.c.mutation_id, ledger.c.result).where(
                ledger.c.entity == entity, ledger.c.entity_id.in_(chunk)
            )
        ).all()
        stripped = [
            {"p_id": mutation_id, "p_result": new}
            for mutation_id, result in answers
            if (new := strip_result(result)) is not None
        ]
        if stripped:
            conn.execute(
                ledger.update()
                .where(ledger.c.mutation_id == bindparam("p_id"))
                .values(result=bindparam("p_result")),
                stripped,
            )


def strip_result(result: str) -> str | None:
    """A stored MutationResult without its row and conflict values; None if it had none."""
    data: dict[str, Any] = json.loads(result)
    changed = data.get("row") is not None
    data["row"] = None
    for conflict in data.get("conflicts") or []:
        for side in ("base", "mine", "theirs"):
            changed = changed or conflict.get(side) is not None
            conflict[side] = None
    return json.dumps(data, separators=(",", ":")) if changed else None


# --- a run ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class MissionRun:
    """What a run did (or would do) in one mission."""

    mission_id: str
    days: int
    workers: int
    records: dict[str, int]


def run(
    session: Session,
    *,
    now: datetime | None = None,
    dry_run: bool = False,
    by: str = "",
    batch: int = 1000,
) -> list[MissionRun]:
    """Anonymise every worker past its mission's period.

    Workers go in batches of `batch`, each batch one transaction holding the writers' lock
    (pushes wait for it, so a long first run does not stall them for minutes); each batch
    judges its workers again under the lock, so one reopened meanwhile is left alone. The
    mission's audit event goes in with its last batch.
    """
    now = now or utcnow()
    periods = [(p.mission_id, p.days) for p in policies(session)]
    out: list[MissionRun] = []
    for mission, days in periods:
        planned = due_workers(session, mission=mission, days=days, now=now)
        if dry_run:
            records = owned_records(session, planned)
            counts = {entity: len(ids) for entity, ids in records.items() if ids}
            out.append(MissionRun(mission, days, len(planned), counts))
        else:
            session.rollback()
            out.append(_purge_mission(session, mission, days, planned, now, by, batch))
        session.rollback()
    return out


def _purge_mission(
    session: Session,
    mission: str,
    days: int,
    planned: list[uuid.UUID],
    now: datetime,
    by: str,
    batch: int,
) -> MissionRun:
    done, counts = 0, dict.fromkeys(SYNCED_ENTITIES, 0)
    batches = [planned[at : at + batch] for at in range(0, len(planned), batch)]
    for number, workers in enumerate(batches, start=1):
        lock_for_write(session)
        _secure_delete(session)
        due = due_workers(session, mission=mission, days=days, now=now, among=workers)
        for entity, n in anonymise(session, owned_records(session, due), now).items():
            counts[entity] += n
        done += len(due)
        if number == len(batches) and done:
            audit.append(
                session,
                event=RETENTION_PURGE,
                username=by,
                role="cli",
                mission_id=mission,
                entity="worker",
                fields=[entity for entity, n in counts.items() if n],
                count=done,
                outcome=f"{days} days",
            )
        session.commit()
    return MissionRun(mission, days, done, {e: n for e, n in counts.items() if n})


def _secure_delete(session: Session) -> None:
    """SQLite: overwrite the old values' bytes in freed space instead of leaving them there."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
