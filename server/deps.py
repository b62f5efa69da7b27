"""FastAPI dependencies: the request's session, the signed-in caller, version checks."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine, update
from sqlmodel import Session, col

from app.models.base import utcnow
from app.models.enums import Role
from app.sync.protocol import (
    HEADER_PROTOCOL,
    HEADER_SCHEMA,
    MIN_PROTOCOL_VERSION,
    MIN_SCHEMA_VERSION,
    UpgradeRequired,
)
from server.auth import LoginThrottle, Principal, authenticate_token
from server.config import Settings
from server.errors import ApiError
from server.models import AuthToken, Device


@dataclass
class ServerState:
    """What the app holds for its lifetime (built by create_app, never a global)."""

    settings: Settings
    engine: Engine
    user_throttle: LoginThrottle
    address_throttle: LoginThrottle


def get_state(request: Request) -> ServerState:
    state: ServerState = request.app.state.puente
    return state


StateDep = Annotated[ServerState, Depends(get_state)]


def get_session(state: StateDep) -> Iterator[Session]:
    with Session(state.engine, expire_on_commit=False) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]

_bearer = HTTPBearer(auto_error=False, description="token from POST /auth/login")

_MESSAGES = {
    "token_missing": "Sign in first: send the token from /auth/login as a Bearer header.",
    "token_invalid": "This sign-in is not valid; sign in again.",
    "token_expired": "Your sign-in has expired; sign in again (your changes are kept).",
    "token_revoked": "This sign-in was ended; sign in again.",
    "device_revoked": "This device was blocked by an administrator; contact support.",
}

_TOUCH_EVERY = timedelta(minutes=1)


def get_principal(
    state: StateDep,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """The caller of the token in the Authorization header; 401 JSON if there is none."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise _unauthorized("token_missing")
    principal, why = authenticate_token(session, credentials.credentials)
    if principal is None:
        raise _unauthorized(why)
    now = utcnow()
    token = principal.token
    if token.last_used_at is None or now - token.last_used_at > _TOUCH_EVERY:
        _touch(state.engine, token.id, principal.device.id, now)
    session.commit()  # end the read (nothing to write); objects stay loaded
    return principal


def _touch(engine: Engine, token_id: int | None, device_id: uuid.UUID, now: datetime) -> None:
    # Its own short transaction whose first statement writes (no read-to-write upgrade).
    with engine.begin() as conn:
        conn.execute(
            update(AuthToken).where(col(AuthToken.id) == token_id).values(last_used_at=now)
        )
        conn.execute(update(Device).where(col(Device.id) == device_id).values(last_seen=now))


def _unauthorized(code: str) -> ApiError:
    return ApiError(401, code, _MESSAGES[code], headers={"WWW-Authenticate": "Bearer"})


PrincipalDep = Annotated[Principal, Depends(get_principal)]


def require_admin(principal: PrincipalDep) -> Principal:
    """The caller, who must be an administrator (403 otherwise)."""
    if principal.role is not Role.ADMIN:
        raise ApiError(403, "forbidden", "Only an administrator may do this.")
    return principal


AdminDep = Annotated[Principal, Depends(require_admin)]


def require_supervisor(principal: PrincipalDep) -> Principal:
    """The caller, who must be a supervisor, HQ analyst or administrator."""
    if principal.role is Role.FIELD_OFFICER:
        raise ApiError(403, "forbidden", "Only a supervisor may see this.")
    return principal


SupervisorDep = Annotated[Principal, Depends(require_supervisor)]


def check_versions(
    protocol: Annotated[
        int | None, Header(alias=HEADER_PROTOCOL, description="client sync protocol version")
    ] = None,
    schema: Annotated[
        int | None, Header(alias=HEADER_SCHEMA, description="client data schema version")
    ] = None,
) -> None:
    """426 with an UpgradeRequired body if the client is older than the server accepts."""
    if protocol is None or schema is None:
        _upgrade(f"Send the {HEADER_PROTOCOL} and {HEADER_SCHEMA} headers; update Puente.")
    assert protocol is not None and schema is not None
    if protocol < MIN_PROTOCOL_VERSION or schema < MIN_SCHEMA_VERSION:
        _upgrade(
            "This version of Puente is too old for the server; update it. "
            "Your unsent changes are kept."
        )


def _upgrade(message: str) -> None:
    body = UpgradeRequired(code="upgrade_required", message=message)
    raise ApiError(426, body.code, message, body=body)


VersionsDep = Depends(check_versions)
