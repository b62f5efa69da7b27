"""Audit routes: HQ reads the hash-chained log; desktops append their own events to it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field
from sqlmodel import col, select

from app.models.audit_event import (
    CLIENT_AUDIT_EVENTS,
    AuditUploadRequest,
    AuditUploadResponse,
)
from app.models.enums import Role
from server import audit
from server.auth import Principal
from server.deps import PrincipalDep, SessionDep
from server.errors import ApiError
from server.models import AuditLog
from server.routes.common import ERRORS

router = APIRouter(prefix="/audit/v1", tags=["audit"])


def require_audit_reader(principal: PrincipalDep) -> Principal:
    """The caller, who must be an HQ analyst or an administrator (403 otherwise)."""
    if principal.role not in (Role.HQ_ANALYST, Role.ADMIN):
        raise ApiError(403, "forbidden", "Only headquarters may read the audit log.")
    return principal


AuditReaderDep = Annotated[Principal, Depends(require_audit_reader)]


class AuditEventOut(BaseModel):
    """One row of the audit chain (names and ids only, never personal values)."""

    seq: int
    at: datetime
    username: str
    role: str
    device_id: uuid.UUID | None
    mission_id: str
    event: str
    entity: str
    record_id: str
    fields: list[str]
    outcome: str
    count: int
    source: str = Field(description="server: seen by the server; client: uploaded by a device")
    client_at: datetime | None
    prev_hash: str
    hash: str


class AuditPage(BaseModel):
    """A page of audit rows in chain order; ask again with `after=next_after` while `more`."""

    events: list[AuditEventOut]
    next_after: int
    more: bool


@router.get(
    "/events",
    response_model=AuditPage,
    responses=ERRORS(401, 403, 422),
    summary="Read the audit log (HQ analysts and administrators), filtered and paged",
)
def read_events(
    principal: AuditReaderDep,
    session: SessionDep,
    mission: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{2}$", description="mission code, e.g. MX")
    ] = None,
    event: Annotated[
        str | None, Query(pattern=r"^[a-z_]{1,40}$", description="event name, e.g. sign_in")
    ] = None,
    since: Annotated[datetime | None, Query(description="from this time (inclusive)")] = None,
    until: Annotated[datetime | None, Query(description="before this time")] = None,
    after: Annotated[int, Query(ge=0, description="next_after of the previous page")] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> AuditPage:
    rows = audit.list_events(
        session,
        mission=mission,
        event=event,
        since=_utc(since),
        until=_utc(until),
        after_seq=after,
        limit=limit + 1,
    )
    more = len(rows) > limit
    rows = rows[:limit]
    session.rollback()
    audit.append(
        session,
        event=audit.AUDIT_READ,
        username=principal.username,
        role=principal.role.value,
        device_id=principal.device.id,
        mission_id=(mission or "").upper(),
        count=len(rows),
    )
    session.commit()
    return AuditPage(
        events=[_out(r) for r in rows],
        next_after=rows[-1].seq if rows else after,
        more=more,
    )


def _utc(value: datetime | None) -> datetime | None:
    """A time without a zone is read as UTC (the log is kept in UTC)."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _out(row: AuditLog) -> AuditEventOut:
    return AuditEventOut(
        seq=row.seq,
        at=row.at,
        username=row.username,
        role=row.role,
        device_id=row.device_id,
        mission_id=row.mission_id,
        event=row.event,
        entity=row.entity,
        record_id=row.record_id,
        fields=[f for f in row.fields.split(",") if f],
        outcome=row.outcome,
        count=row.count,
        source=row.source,
        client_at=row.client_at,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


@router.post(
    "/events",
    response_model=AuditUploadResponse,
    responses=ERRORS(401, 422),
    summary="Append a device's own audit events (sign-in, export, print, consent, archive)",
)
def upload_events(
    body: AuditUploadRequest, principal: PrincipalDep, session: SessionDep
) -> AuditUploadResponse:
    """Chains each event with the device id of the token; an event sent twice is kept once.

    An event names its mission; one outside the caller's missions, or an unknown event
    name, is refused (and not stored).
    """
    refused: dict[str, str] = {}
    wanted = []
    for e in body.events:
        if e.event not in CLIENT_AUDIT_EVENTS:
            refused[str(e.event_id)] = "unknown_event"
        elif e.mission_id and e.mission_id not in principal.read_missions:
            refused[str(e.event_id)] = "mission_not_allowed"
        else:
            wanted.append(e)
    audit.lock(session)
    ids = [e.event_id for e in wanted]
    have = set(
        session.exec(select(AuditLog.client_event_id).where(col(AuditLog.client_event_id).in_(ids)))
    )
    fresh, seen = [], set(have)
    for e in wanted:
        if e.event_id not in seen:
            seen.add(e.event_id)
            fresh.append(e)
    audit.append_many(
        session,
        [
            {
                "event": e.event,
                "username": e.username or principal.username,
                "role": e.role or "",
                "device_id": principal.device.id,
                "mission_id": e.mission_id or "",
                "entity": e.entity or "",
                "record_id": str(e.record_id) if e.record_id else "",
                "fields": audit.field_names(e.fields),
                "outcome": e.outcome,
                "source": "client",
                "client_event_id": e.event_id,
                "client_at": _utc(e.at),
            }
            for e in fresh
        ],
    )
    session.commit()
    fresh_ids = {e.event_id for e in fresh}
    return AuditUploadResponse(
        accepted=[e.event_id for e in wanted if e.event_id in fresh_ids],
        duplicates=[i for i in ids if i not in fresh_ids],
        refused=refused,
    )
