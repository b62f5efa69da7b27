"""Who is due: workers closed or archived longer than a period, and the records they own."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import func, or_
from sqlalchemy import select as sa_select
from sqlmodel import Session

from app.models import SYNCED_ENTITIES
from app.models.enums import WorkerStatus
from server.models import AuditEntry, RowMeta
from server.retention.sql import chunks, table_of
from server.sync import rows as entity_rows


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
    worker, meta = table_of(SYNCED_ENTITIES["worker"]), table_of(RowMeta)
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
    for chunk in chunks(candidates):
        stamps = _change_times(session, [c.id for c in chunk])
        for c in chunk:
            since = closed_since(c, stamps)
            if since is not None and since < cutoff:
                due.append(c.id)
    return due


Stamps = dict[tuple[uuid.UUID, str, int], datetime]


def _change_times(session: Session, worker_ids: Sequence[uuid.UUID]) -> Stamps:
    """When the server stored each status, archive and create of these workers, by version."""
    history = table_of(AuditEntry)
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
        table = table_of(SYNCED_ENTITIES[entity])
        ids: list[uuid.UUID] = []
        for chunk in chunks(found.get(parent, [])):
            query = sa_select(table.c.id).where(table.c[column].in_(chunk))
            ids.extend(session.connection().execute(query).scalars())
        found[entity] = sorted(set(ids))
    return found
