"""Administration reads and actions: users, devices, missions (admins; missions for all)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter
from pydantic import BaseModel
from sqlmodel import col, select

from app.models import Mission
from app.models.base import utcnow
from app.models.enums import Role
from app.sync.protocol import DeviceInfo, MissionInfo
from server import audit
from server.db import lock_for_write
from server.deps import AdminDep, PrincipalDep, SessionDep
from server.errors import ApiError
from server.models import AuthToken, Device, ServerUser
from server.routes.common import ERRORS

router = APIRouter(tags=["admin"])


class UserInfo(BaseModel):
    """A user as an administrator sees it (never the password hash)."""

    username: str
    full_name: str
    role: Role
    missions: list[str]
    active: bool


@router.get(
    "/missions",
    response_model=list[MissionInfo],
    responses=ERRORS(401),
    summary="Mission reference data (codes, names, currencies, time zones)",
)
def missions(_principal: PrincipalDep, session: SessionDep) -> list[MissionInfo]:
    rows = session.exec(select(Mission).order_by(col(Mission.code))).all()
    return [MissionInfo.model_validate(m, from_attributes=True) for m in rows]


@router.get(
    "/admin/users",
    response_model=list[UserInfo],
    responses=ERRORS(401, 403),
    summary="Every user (administrators only)",
)
def users(_admin: AdminDep, session: SessionDep) -> list[UserInfo]:
    rows = session.exec(select(ServerUser).order_by(col(ServerUser.username))).all()
    return [
        UserInfo(
            username=u.username,
            full_name=u.full_name,
            role=u.role,
            missions=u.mission_list(),
            active=u.active,
        )
        for u in rows
    ]


@router.get(
    "/admin/devices",
    response_model=list[DeviceInfo],
    responses=ERRORS(401, 403),
    summary="Every registered device (administrators only)",
)
def devices(_admin: AdminDep, session: SessionDep) -> list[DeviceInfo]:
    return list_devices(session)


@router.post(
    "/admin/devices/{device_id}/revoke",
    response_model=DeviceInfo,
    responses=ERRORS(401, 403, 404, 422),
    summary="Block a device (lost or stolen laptop): its tokens stop working at once",
)
def revoke(device_id: uuid.UUID, admin: AdminDep, session: SessionDep) -> DeviceInfo:
    lock_for_write(session)
    device = revoke_device(
        session,
        device_id,
        by_username=admin.username,
        by_role=admin.role.value,
        by_device=admin.device.id,
    )
    if device is None:
        raise ApiError(404, "not_found", "There is no such device.")
    session.commit()
    return _info(session, device)


def list_devices(session: SessionDep) -> list[DeviceInfo]:
    """Every device with its user, newest first."""
    rows = session.exec(select(Device).order_by(col(Device.last_seen).desc())).all()
    return [_info(session, d) for d in rows]


def revoke_device(
    session: SessionDep,
    device_id: uuid.UUID,
    *,
    by_username: str,
    by_role: str,
    by_device: uuid.UUID | None = None,
) -> Device | None:
    """Mark a device revoked, revoke its tokens and audit it; the caller commits."""
    device = session.get(Device, device_id)
    if device is None:
        return None
    owner = session.get(ServerUser, device.user_id)
    audit.append(
        session,
        event=audit.DEVICE_REVOKED,
        username=by_username,
        role=by_role,
        device_id=by_device,
        mission_id=audit.home_mission(owner.mission_list()) if owner else "",
        entity="device",
        record_id=str(device.id),
        outcome="ok" if device.revoked_at is None else "already_revoked",
    )
    now = utcnow()
    device.revoked_at = device.revoked_at or now
    session.add(device)
    for token in session.exec(
        select(AuthToken).where(
            AuthToken.device_id == device_id, col(AuthToken.revoked_at).is_(None)
        )
    ).all():
        token.revoked_at = now
        session.add(token)
    return device


def _info(session: SessionDep, device: Device) -> DeviceInfo:
    user = session.get(ServerUser, device.user_id)
    return DeviceInfo(
        id=device.id,
        tag=device.tag,
        name=device.name,
        username=user.username if user else "",
        first_seen=device.first_seen,
        last_seen=device.last_seen,
        revoked_at=device.revoked_at,
    )
