"""Administration use cases shared by the CLI and tests: missions, users, passwords."""

from __future__ import annotations

from sqlmodel import Session, select

from app.models import Mission
from app.models.base import utcnow
from app.models.enums import MissionCode, Role
from server.auth import MIN_PASSWORD_LENGTH, hash_password
from server.models import AuthToken, ServerUser


class AdminError(ValueError):
    """An administration request that cannot be done; the message says why."""


def create_mission(
    session: Session, *, code: str, name: str, country: str, currency: str, time_zone: str
) -> Mission:
    """Add a mission; refuses a code already used."""
    code = code.strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise AdminError("A mission code is two letters, e.g. MX.")
    if session.get(Mission, code) is not None:
        raise AdminError(f"Mission {code} already exists.")
    mission = Mission(
        code=code,
        name=name,
        country=country.upper(),
        currency=currency.upper(),
        time_zone=time_zone,
    )
    session.add(mission)
    return mission


def create_user(
    session: Session,
    *,
    username: str,
    password: str,
    role: Role,
    missions: list[str],
    full_name: str = "",
) -> ServerUser:
    """Add a user with an Argon2 password hash; field roles need at least one known mission."""
    username = username.strip().lower()
    if not username:
        raise AdminError("A username is needed.")
    if session.exec(select(ServerUser).where(ServerUser.username == username)).first():
        raise AdminError(f"User {username} already exists.")
    codes = sorted({m.strip().upper() for m in missions if m.strip()})
    for code in codes:
        if session.get(Mission, code) is None:
            raise AdminError(f"There is no mission {code}.")
    if role in (Role.FIELD_OFFICER, Role.SUPERVISOR):
        if not codes:
            raise AdminError("Officers and supervisors need at least one mission.")
        if MissionCode.HQ.value in codes:
            raise AdminError("HQ is not a field mission; use the hq_analyst or admin role.")
    _check_password(password)
    user = ServerUser(
        username=username,
        full_name=full_name,
        role=role,
        missions=",".join(codes),
        password_hash=hash_password(password),
    )
    session.add(user)
    return user


def reset_password(session: Session, *, username: str, password: str) -> ServerUser:
    """Set a new password and end every sign-in of the user."""
    user = session.exec(
        select(ServerUser).where(ServerUser.username == username.strip().lower())
    ).first()
    if user is None:
        raise AdminError(f"There is no user {username}.")
    _check_password(password)
    now = utcnow()
    user.password_hash = hash_password(password)
    user.password_changed_at = now
    session.add(user)
    for token in session.exec(
        select(AuthToken).where(AuthToken.user_id == user.id, AuthToken.revoked_at == None)  # noqa: E711
    ).all():
        token.revoked_at = now
        session.add(token)
    return user


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AdminError(f"A password needs at least {MIN_PASSWORD_LENGTH} characters.")
