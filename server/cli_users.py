"""`puente-server` commands on users: create-user, reset-password, set-role (each audited)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from sqlmodel import Session, select

from app.models import Mission
from app.models.enums import Role
from server import audit
from server.cli_common import open_session, operator_name, read_secret
from server.config import Settings
from server.models import ServerUser


def cmd_create_user(args: argparse.Namespace, settings: Settings) -> int:
    from server.users import create_user

    password = read_secret(args.password_stdin, "Password")
    with open_session(settings) as session:
        user = create_user(
            session,
            username=args.username,
            password=password,
            role=Role(args.role),
            missions=args.missions.split(","),
            full_name=args.full_name,
        )
        session.flush()
        _audit(session, audit.USER_CREATED, user.username, user.role.value, user.missions)
        session.commit()
        print(f"user {user.username} created ({user.role.value}; missions {user.missions})")
    return 0


def cmd_reset_password(args: argparse.Namespace, settings: Settings) -> int:
    from server.users import reset_password

    password = read_secret(args.password_stdin, "New password")
    with open_session(settings) as session:
        user = reset_password(session, username=args.username, password=password)
        _audit(session, audit.PASSWORD_RESET, user.username, user.role.value, user.missions)
        session.commit()
    print(f"password of {args.username} changed; their sign-ins were ended")
    return 0


def cmd_set_role(args: argparse.Namespace, settings: Settings) -> int:
    with open_session(settings) as session:
        user = _change_role(session, args.username, Role(args.role), args.missions.split(","))
        _audit(session, audit.ROLE_CHANGED, user.username, user.role.value, user.missions, ["role"])
        session.commit()
        print(f"user {user.username} is now {user.role.value} (missions {user.missions or '-'})")
    return 0


def _change_role(session: Session, username: str, role: Role, missions: list[str]) -> ServerUser:
    """Give a user another role and missions (the same rules as create-user)."""
    from server.users import AdminError

    user = session.exec(
        select(ServerUser).where(ServerUser.username == username.strip().lower())
    ).first()
    if user is None:
        raise AdminError(f"There is no user {username}.")
    codes = sorted({m.strip().upper() for m in missions if m.strip()})
    for code in codes:
        if session.get(Mission, code) is None:
            raise AdminError(f"There is no mission {code}.")
    if role in (Role.FIELD_OFFICER, Role.SUPERVISOR) and not codes:
        raise AdminError("Officers and supervisors need at least one mission.")
    if role is Role.FIELD_OFFICER and "HQ" in codes:
        # An HQ supervisor runs the HQ-wide course catalogue (as app.services.training has it).
        raise AdminError("HQ is not a field mission; only a supervisor may hold it.")
    user.role = role
    user.missions = ",".join(codes)
    session.add(user)
    session.flush()
    return user


def _audit(
    session: Session,
    event: str,
    username: str,
    role: str,
    missions: str,
    fields: Sequence[str] = (),
) -> None:
    """Audit an administration command on a user (the user's name is the record)."""
    audit.append(
        session,
        event=event,
        username=operator_name(),
        role="cli",
        mission_id=audit.home_mission(m for m in missions.split(",") if m),
        entity="user",
        record_id=username,
        fields=fields,
        outcome=role,
    )
