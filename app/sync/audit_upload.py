"""Send this device's pending audit events to the server's chain (`POST /audit/v1/events`).

Call it after a successful push in each sync; it is idempotent (the server keeps an event
once by its id), so an answer lost on a weak link is simply sent again next time.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from app.models.audit_event import (
    MAX_UPLOAD_EVENTS,
    AuditEvent,
    AuditEventUpload,
    AuditUploadRequest,
    AuditUploadResponse,
)
from app.models.base import utcnow
from app.services import audit
from app.services.db import Database

log = logging.getLogger(__name__)

AUDIT_EVENTS_PATH = "/audit/v1/events"


class _Caller(Protocol):
    """What this needs of `app.sync.client.SyncClient`: one authenticated JSON call."""

    def _call(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        params: Mapping[str, str | int] | None = None,
    ) -> Any: ...


@dataclass(frozen=True)
class UploadSummary:
    """Events the server now has (new or already chained) and events it refused."""

    sent: int
    refused: int


def _wire(row: AuditEvent) -> AuditEventUpload:
    at = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)
    return AuditEventUpload(
        event_id=row.event_id,
        at=at,
        event=row.event,
        username=row.username or None,
        role=row.role or None,
        mission_id=row.mission_id or None,
        entity=row.entity or None,
        record_id=uuid.UUID(row.record_id) if row.record_id else None,
        fields=[f for f in row.fields.split(",") if f],
        outcome=row.outcome,
    )


def upload_events(
    client: _Caller, db: Database, *, batch: int = MAX_UPLOAD_EVENTS
) -> UploadSummary:
    """Send pending events in batches until none is left; mark each answer locally.

    Network and server errors propagate as the client raises them (the events stay
    pending); nothing is marked before the server answered.
    """
    sent = refused = 0
    while True:
        with db.read() as session:
            pending = audit.pending_events(session, limit=batch)
            request = AuditUploadRequest(events=[_wire(r) for r in pending])
        if not pending:
            break
        raw = client._call("POST", AUDIT_EVENTS_PATH, body=request.model_dump(mode="json"))
        answer = AuditUploadResponse.model_validate(raw)
        done = [*answer.accepted, *answer.duplicates]
        bad = {uuid.UUID(k): v for k, v in answer.refused.items()}
        with db.write() as session:
            audit.mark_uploaded(session, sent=done, refused=bad, at=utcnow())
        sent, refused = sent + len(done), refused + len(bad)
        if len(done) + len(bad) < len(pending):  # the server skipped some: do not spin
            log.warning("audit upload: %d events unanswered", len(pending) - len(done) - len(bad))
            break
    if sent or refused:
        log.info("audit upload: %d sent, %d refused", sent, refused)
    return UploadSummary(sent=sent, refused=refused)


def read_server_events(
    client: _Caller,
    *,
    mission: str | None = None,
    event: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    after: int = 0,
    limit: int = 200,
) -> dict[str, Any]:
    """One page of the server's audit chain for HQ (`events`, `next_after`, `more`).

    HQ analysts and administrators only: others get the client's Forbidden error.
    """
    params: dict[str, str | int] = {"after": after, "limit": limit}
    if mission:
        params["mission"] = mission
    if event:
        params["event"] = event
    if since is not None:
        params["since"] = since.isoformat()
    if until is not None:
        params["until"] = until.isoformat()
    page: dict[str, Any] = client._call("GET", AUDIT_EVENTS_PATH, params=params)
    return page
