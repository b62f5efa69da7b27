"""A retention run: each mission's due workers anonymised in audited, locked batches."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from app.models import SYNCED_ENTITIES
from app.models.base import utcnow
from server import audit
from server.db import lock_for_write
from server.retention.anonymise import anonymise
from server.retention.due import due_workers, owned_records
from server.retention.policy import RETENTION_PURGE, policies


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
