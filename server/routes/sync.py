"""Sync protocol v1 routes: push mutations, pull the change feed, list conflicts."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response
from sqlmodel import col, select

from app.models.base import utcnow
from app.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    HEADER_EPOCH,
    MAX_PULL_LIMIT,
    SYNC_PREFIX,
    ConflictRecord,
    PullPage,
    PushRequest,
    PushResponse,
)
from server import audit
from server.auth import HQ, Principal
from server.db import SEQ_COUNTER, get_epoch, lock_for_write
from server.deps import PrincipalDep, SessionDep, SupervisorDep, VersionsDep
from server.errors import ApiError
from server.models import ServerConflict, ServerCounter
from server.routes.common import ERRORS, actor_of
from server.sync.pull import pull_page
from server.sync.push import apply_batch

router = APIRouter(prefix=SYNC_PREFIX, tags=["sync"], dependencies=[VersionsDep])

MissionsQuery = Annotated[
    str | None,
    Query(
        description="comma-separated mission codes to narrow the scope (never widens it)",
        max_length=200,
        pattern=r"^[A-Za-z]{2}(,[A-Za-z]{2})*$",
    ),
]


def narrowed_scope(principal: Principal, missions: str | None) -> frozenset[str]:
    """The missions to read: the caller's, narrowed to `missions`; HQ-wide data stays in."""
    allowed = principal.read_missions
    if not missions:
        return allowed
    wanted = {m.strip().upper() for m in missions.split(",") if m.strip()}
    return frozenset((wanted & allowed) | ({HQ} & allowed))


@router.post(
    "/push",
    response_model=PushResponse,
    responses=ERRORS(401, 403, 413, 422, 426),
    summary="Push a batch of outbox mutations; one result per mutation",
)
def push(body: PushRequest, principal: PrincipalDep, session: SessionDep) -> PushResponse:
    """Applies in order in one transaction; a replayed mutation_id answers `duplicate`."""
    if not principal.can_push:
        raise ApiError(403, "read_only", "Your role can read but not change records.")
    lock_for_write(session)
    results = apply_batch(session, actor_of(principal), body.mutations)
    audit.record_push(session, principal, body.mutations, results)
    epoch = get_epoch(session)
    session.commit()
    return PushResponse(results=results, server_epoch=epoch, server_time=utcnow())


@router.get(
    "/pull",
    response_model=PullPage,
    responses=ERRORS(401, 409, 422, 426),
    summary="Pull the change feed of the caller's missions after a cursor",
)
def pull(
    principal: PrincipalDep,
    session: SessionDep,
    since: Annotated[int, Query(ge=0, description="next_cursor of the last applied page")] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
    missions: MissionsQuery = None,
    epoch: Annotated[
        str | None, Query(max_length=64, description="server_epoch the cursor belongs to")
    ] = None,
) -> Response:
    """A page of rows (column names once, rows as arrays), tombstones, next cursor, more."""
    current = get_epoch(session)
    counter = session.get(ServerCounter, SEQ_COUNTER)
    behind = counter is not None and since > counter.value  # a restore without new-epoch
    if since > 0 and ((epoch and epoch != current) or behind):
        raise ApiError(
            409,
            "epoch_changed",
            "The server database was restored; start the pull again from cursor 0.",
            headers={HEADER_EPOCH: current},
        )
    scope = narrowed_scope(principal, missions)
    page = pull_page(session, scope=scope, since=since, limit=limit, epoch=current)
    session.rollback()
    count = sum(len(block["rows"]) for block in page["entities"].values())
    if count:  # an empty pull read nothing: no audit row for "nothing to do"
        audit.append_for(session, principal, event=audit.SYNC_PULL, count=count)
        session.commit()
    body = json.dumps(page, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return _raw(body, current)


def _raw(body: bytes, epoch: str) -> Response:
    # The page is built as plain lists and dicts and encoded once: validating 5,000 rows
    # through PullPage would cost more than the query (the shape is pinned by tests).
    return Response(content=body, media_type="application/json", headers={HEADER_EPOCH: epoch})


@router.get(
    "/conflicts",
    response_model=list[ConflictRecord],
    responses=ERRORS(401, 403, 422, 426),
    summary="Conflicts the server recorded in the caller's missions (supervisors and HQ)",
)
def conflicts(
    principal: SupervisorDep,
    session: SessionDep,
    missions: MissionsQuery = None,
    open_only: Annotated[bool, Query(description="only the unresolved ones")] = True,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> list[ConflictRecord]:
    scope = narrowed_scope(principal, missions)
    query = select(ServerConflict).where(col(ServerConflict.mission_id).in_(sorted(scope)))
    if open_only:
        query = query.where(col(ServerConflict.resolved_at).is_(None))
    rows = session.exec(query.order_by(col(ServerConflict.id).desc()).limit(limit)).all()
    return [
        ConflictRecord(
            id=r.id or 0,
            entity=r.entity,
            entity_id=r.entity_id,
            mission_id=r.mission_id,
            field=r.field,
            base=json.loads(r.base),
            mine=json.loads(r.mine),
            theirs=json.loads(r.theirs),
            mutation_id=r.mutation_id,
            username=r.username,
            detected_at=r.detected_at,
            resolved_at=r.resolved_at,
        )
        for r in rows
    ]
