"""Liveness: is the server up, which protocol it speaks, is its database reachable."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from app.sync.protocol import HealthResponse
from server.db import get_epoch
from server.deps import SessionDep

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthResponse, summary="Liveness and versions")
def health(session: SessionDep) -> HealthResponse:
    session.exec(text("SELECT 1"))  # type: ignore[call-overload]
    return HealthResponse(server_epoch=get_epoch(session), database=session.get_bind().dialect.name)
