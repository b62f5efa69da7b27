"""Sign-in, sign-out and who-am-I."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Request, status
from sqlmodel import select

from app.models import Mission
from app.models.base import utcnow
from app.sync.protocol import LoginRequest, LoginResponse, MeResponse, MissionInfo
from server import audit
from server.auth import (
    Principal,
    issue_token,
    known_missions,
    register_device,
    verify_password,
)
from server.db import get_epoch, lock_for_write
from server.deps import PrincipalDep, SessionDep, StateDep
from server.errors import ApiError
from server.models import Device, ServerUser
from server.routes.common import ERRORS

router = APIRouter(tags=["auth"])


@router.post(
    "/auth/login",
    response_model=LoginResponse,
    responses=ERRORS(401, 403, 422, 429),
    summary="Sign in: username and password give an opaque bearer token",
)
def login(
    body: LoginRequest, request: Request, session: SessionDep, state: StateDep
) -> LoginResponse:
    """An unknown user and a wrong password get the same answer; repeated failures get 429.

    Every answer is audited. A failure names the account only if it exists: what people
    type into the username box is sometimes their password, so an unknown name is not kept.
    """
    username = body.username.strip().lower()
    user_key = f"user:{username}"
    address_key = f"ip:{request.client.host if request.client else '?'}"
    user = session.exec(select(ServerUser).where(ServerUser.username == username)).first()
    wait = max(
        state.user_throttle.retry_after([user_key]),
        state.address_throttle.retry_after([address_key]),
    )
    if wait:
        _failed(session, state, user, "throttled", body)
        raise ApiError(
            429,
            "too_many_attempts",
            f"Too many failed sign-ins; wait {wait} seconds and try again.",
            headers={"Retry-After": str(wait)},
        )
    known = user is not None and user.active
    if not verify_password(user.password_hash if known and user else None, body.password):
        state.user_throttle.failed([user_key])
        state.address_throttle.failed([address_key])
        why = "unknown_user" if user is None else "inactive_user" if not known else "wrong_password"
        _failed(session, state, user, why, body)
        raise ApiError(401, "login_failed", "The username or password is not right.")
    assert user is not None
    state.user_throttle.succeeded(user_key)
    lock_for_write(session)
    if body.device_id is not None:
        known_device = session.get(Device, body.device_id)
        if known_device is not None and known_device.revoked_at is not None:
            _failed(session, state, user, "device_revoked", body)
            raise ApiError(403, "device_revoked", "This device was blocked by an administrator.")
    device = register_device(
        session, user=user, device_id=body.device_id, name=body.device_name, tag=body.device_tag
    )
    session.flush()
    token, row = issue_token(
        session, user=user, device=device, ttl=timedelta(days=state.settings.token_ttl_days)
    )
    principal = Principal(user=user, device=device, token=row, known=known_missions(session))
    audit.append_for(session, principal, event=audit.SIGN_IN)
    session.commit()
    return LoginResponse(token=token, expires_at=row.expires_at, me=me_of(session, principal))


def _failed(
    session: SessionDep, state: StateDep, user: ServerUser | None, why: str, body: LoginRequest
) -> None:
    """Audit a refused sign-in in its own transaction (the answer itself stores nothing)."""
    who = {
        "username": user.username if user else "",
        "role": user.role.value if user else "",
        "mission_id": audit.home_mission(user.mission_list()) if user else "",
    }
    session.rollback()  # end this request's transaction (and its write lock) first
    audit.append_alone(
        state.engine, event=audit.SIGN_IN_FAILED, device_id=body.device_id, outcome=why, **who
    )


@router.post(
    "/auth/logout",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=ERRORS(401),
    summary="End this sign-in (the token stops working at once)",
)
def logout(principal: PrincipalDep, session: SessionDep) -> None:
    token = principal.token
    token.revoked_at = utcnow()
    session.add(token)
    audit.append_for(session, principal, event=audit.SIGN_OUT)
    session.commit()


@router.get("/me", response_model=MeResponse, responses=ERRORS(401), summary="Who I am")
def me(principal: PrincipalDep, session: SessionDep) -> MeResponse:
    return me_of(session, principal)


def me_of(session: SessionDep, principal: Principal) -> MeResponse:
    """The MeResponse of a principal, with the missions it may read."""
    read = sorted(principal.read_missions)
    missions = session.exec(select(Mission).where(Mission.code.in_(read))).all()  # type: ignore[attr-defined]
    return MeResponse(
        username=principal.username,
        full_name=principal.user.full_name,
        role=principal.role,
        missions=sorted(principal.write_missions),
        read_missions=read,
        can_push=principal.can_push,
        device_id=principal.device.id,
        device_tag=principal.device.tag,
        token_expires_at=principal.token.expires_at,
        server_epoch=get_epoch(session),
        mission_info=[MissionInfo.model_validate(m, from_attributes=True) for m in missions],
    )
