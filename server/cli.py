"""`puente-server`: run and administer the server (missions, users, devices, bundles, retention)."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from app.models import Mission
from app.models.enums import Role
from app.sync.bundle import BundleError
from server import audit
from server.config import Settings
from server.db import make_engine, migrate, new_epoch
from server.models import ServerUser

Handler = Callable[[argparse.Namespace, Settings], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; `serve` is the default command."""
    args = _parser().parse_args(list(argv) if argv is not None else None)
    handler: Handler = getattr(args, "handler", _serve)
    settings = Settings()
    try:
        return handler(args, settings)
    except (ValueError, BundleError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="puente-server",
        description="Puente central server. DATABASE_URL selects PostgreSQL; by default an "
        "SQLite file in the data folder (PUENTE_SERVER_DATA_DIR) is used.",
    )
    sub = parser.add_subparsers(title="commands")

    serve = sub.add_parser("serve", help="run the HTTP server (the default)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.set_defaults(handler=_serve)

    sub.add_parser("migrate", help="bring the database schema up to date").set_defaults(
        handler=_migrate
    )
    sub.add_parser(
        "new-epoch", help="after restoring a backup: make every client re-read the feed"
    ).set_defaults(handler=_new_epoch)

    mission = sub.add_parser("create-mission", help="add a mission")
    mission.add_argument("code")
    mission.add_argument("--name", required=True)
    mission.add_argument("--country", required=True)
    mission.add_argument("--currency", required=True)
    mission.add_argument("--time-zone", required=True)
    mission.set_defaults(handler=_create_mission)

    user = sub.add_parser("create-user", help="add a user with a role and missions")
    user.add_argument("username")
    user.add_argument("--role", required=True, choices=[r.value for r in Role])
    user.add_argument("--missions", default="", help="comma-separated, e.g. MX or MX,SV")
    user.add_argument("--full-name", default="")
    user.add_argument("--password-stdin", action="store_true", help="read the password")
    user.set_defaults(handler=_create_user)

    reset = sub.add_parser("reset-password", help="set a new password (ends all sign-ins)")
    reset.add_argument("username")
    reset.add_argument("--password-stdin", action="store_true")
    reset.set_defaults(handler=_reset_password)

    role = sub.add_parser("set-role", help="change a user's role and missions")
    role.add_argument("username")
    role.add_argument("--role", required=True, choices=[r.value for r in Role])
    role.add_argument("--missions", default="", help="comma-separated, e.g. MX or MX,SV")
    role.set_defaults(handler=_set_role)

    sub.add_parser(
        "audit-verify", help="check the audit log's hash chain (exit 1 if a row was altered)"
    ).set_defaults(handler=_audit_verify)
    grant = sub.add_parser(
        "grant-app-role",
        help="PostgreSQL: let ROLE run the server; it may only append to the audit log",
    )
    grant.add_argument("role")
    grant.set_defaults(handler=_grant_app_role)

    sub.add_parser("list-devices", help="registered devices").set_defaults(handler=_list_devices)
    revoke = sub.add_parser("revoke-device", help="block a device (lost or stolen laptop)")
    revoke.add_argument("device", help="device id or tag")
    revoke.set_defaults(handler=_revoke_device)

    imp = sub.add_parser("import-bundle", help="import a sync file made by a desktop")
    imp.add_argument("file", type=Path)
    imp.add_argument("--passphrase-stdin", action="store_true")
    imp.set_defaults(handler=_import_bundle)

    exp = sub.add_parser("export-bundle", help="write a mission's changes to a sync file")
    exp.add_argument("--mission", required=True, action="append", help="repeatable")
    exp.add_argument("-o", "--output", required=True, type=Path)
    exp.add_argument("--since", type=int, default=0, help="feed cursor to start after")
    exp.add_argument("--passphrase-stdin", action="store_true")
    exp.set_defaults(handler=_export_bundle)

    _retention_parser(sub)

    demo = sub.add_parser("demo", help="demo users and data (passwords in server/demo.py)")
    demo.add_argument("--workers", type=int, default=12, help="workers per mission")
    demo.set_defaults(handler=_demo)
    return parser


def _retention_parser(sub: Any) -> None:
    retention = sub.add_parser(
        "retention", help="how long closed workers are kept before they are anonymised"
    )
    commands = retention.add_subparsers(title="retention commands", required=True)
    set_ = commands.add_parser("set", help="give a mission a retention period")
    set_.add_argument("mission")
    period = set_.add_mutually_exclusive_group(required=True)
    period.add_argument("--days", type=int)
    period.add_argument("--months", type=int, help="counted as 30.44 days each, rounded up")
    period.add_argument("--years", type=int, help="counted as 365.24 days each, rounded up")
    set_.set_defaults(handler=_retention_set)
    clear = commands.add_parser("clear", help="keep a mission's records forever again")
    clear.add_argument("mission")
    clear.set_defaults(handler=_retention_clear)
    commands.add_parser("show", help="missions and their periods").set_defaults(
        handler=_retention_show
    )
    run = commands.add_parser(
        "run", help="anonymise workers closed longer than their mission's period (for cron)"
    )
    run.add_argument("--dry-run", action="store_true", help="count only; change nothing")
    run.add_argument("--now", type=_when, help="ISO time to judge from (default: now)")
    run.set_defaults(handler=_retention_run)


def _when(text: str) -> datetime:
    """An ISO date or time; without a zone it is UTC."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date or time: {text}") from None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _session(settings: Settings) -> Session:
    engine = make_engine(settings.database_url)
    migrate(engine)
    return Session(engine, expire_on_commit=False)


def _secret(from_stdin: bool, prompt: str) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(f"{prompt}: ")
    if getpass.getpass(f"{prompt} again: ") != first:
        raise ValueError("The two entries differ.")
    return first


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from server.main import create_app

    host = getattr(args, "host", "127.0.0.1")
    port = getattr(args, "port", 8765)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
    return 0


def _migrate(_args: argparse.Namespace, settings: Settings) -> int:
    migrate(make_engine(settings.database_url))
    print("database is up to date")
    return 0


def _new_epoch(_args: argparse.Namespace, settings: Settings) -> int:
    with _session(settings) as session:
        epoch = new_epoch(session)
        session.commit()
    print(f"new server epoch {epoch}: clients will pull everything again")
    return 0


def _create_mission(args: argparse.Namespace, settings: Settings) -> int:
    from server.users import create_mission

    with _session(settings) as session:
        create_mission(
            session,
            code=args.code,
            name=args.name,
            country=args.country,
            currency=args.currency,
            time_zone=args.time_zone,
        )
        session.commit()
    print(f"mission {args.code.upper()} created")
    return 0


def _create_user(args: argparse.Namespace, settings: Settings) -> int:
    from server.users import create_user

    password = _secret(args.password_stdin, "Password")
    with _session(settings) as session:
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


def _reset_password(args: argparse.Namespace, settings: Settings) -> int:
    from server.users import reset_password

    password = _secret(args.password_stdin, "New password")
    with _session(settings) as session:
        user = reset_password(session, username=args.username, password=password)
        _audit(session, audit.PASSWORD_RESET, user.username, user.role.value, user.missions)
        session.commit()
    print(f"password of {args.username} changed; their sign-ins were ended")
    return 0


def _list_devices(_args: argparse.Namespace, settings: Settings) -> int:
    from server.routes.admin import list_devices

    with _session(settings) as session:
        for d in list_devices(session):
            state = f"revoked {d.revoked_at:%Y-%m-%d}" if d.revoked_at else "active"
            print(
                f"{d.id}  {d.tag:<8} {d.username:<20} {d.name:<24} "
                f"last seen {d.last_seen:%Y-%m-%d %H:%M}  {state}"
            )
    return 0


def _revoke_device(args: argparse.Namespace, settings: Settings) -> int:
    from sqlmodel import select

    from server.models import Device
    from server.routes.admin import revoke_device

    with _session(settings) as session:
        try:
            device_id = uuid.UUID(args.device)
        except ValueError:
            found = session.exec(select(Device).where(Device.tag == args.device.upper())).first()
            if found is None:
                raise ValueError(f"There is no device {args.device}.") from None
            device_id = found.id
        if revoke_device(session, device_id, by_username=_operator(), by_role="cli") is None:
            raise ValueError(f"There is no device {args.device}.")
        session.commit()
    print(f"device {args.device} revoked; its sign-ins stopped working")
    return 0


def _import_bundle(args: argparse.Namespace, settings: Settings) -> int:
    from server.bundles import import_push_bundle

    passphrase = _passphrase(args.passphrase_stdin, confirm=False)
    with _session(settings) as session:
        summary = import_push_bundle(session, args.file, passphrase)
        audit.append(
            session,
            event=audit.BUNDLE_IMPORT,
            username=_operator(),
            role="cli",
            entity="bundle",
            record_id=summary.bundle_id,
            count=sum(summary.counts.values()),
            outcome="already_imported" if summary.already_imported else "ok",
        )
        session.commit()
    if summary.already_imported:
        print(f"bundle {summary.bundle_id} was already imported; nothing changed")
    print(json.dumps({"bundle_id": summary.bundle_id, "results": summary.counts}))
    return 0


def _export_bundle(args: argparse.Namespace, settings: Settings) -> int:
    from server.bundles import export_pull_bundle

    passphrase = _passphrase(args.passphrase_stdin, confirm=True)
    with _session(settings) as session:
        bundle = export_pull_bundle(
            session,
            missions=args.mission,
            path=args.output,
            passphrase=passphrase,
            since=args.since,
        )
        rows = sum(len(b.rows) for p in bundle.pages for b in p.entities.values())
        session.rollback()
        audit.append(
            session,
            event=audit.BUNDLE_EXPORT,
            username=_operator(),
            role="cli",
            mission_id=audit.home_mission(m.upper() for m in args.mission),
            entity="bundle",
            fields=[m.lower() for m in args.mission],
            count=rows,
        )
        session.commit()
    print(f"wrote {args.output}: {rows} rows, {len(bundle.results)} mutation answers")
    return 0


def _set_role(args: argparse.Namespace, settings: Settings) -> int:
    with _session(settings) as session:
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


def _audit_verify(_args: argparse.Namespace, settings: Settings) -> int:
    engine = make_engine(settings.database_url)
    migrate(engine)
    with engine.connect() as conn:
        report = audit.verify_chain(conn)
    engine.dispose()
    if report.ok:
        print(f"audit log intact: {report.checked} rows, hash chain verified")
        print(f"head: row {report.head_seq} {report.head_hash} (note it to detect a cut tail)")
        return 0
    print(
        f"audit log ALTERED at row {report.first_bad_seq}: {report.reason} "
        f"({report.checked} rows before it are intact)",
        file=sys.stderr,
    )
    return 1


def _grant_app_role(args: argparse.Namespace, settings: Settings) -> int:
    engine = make_engine(settings.database_url)
    migrate(engine)
    with engine.begin() as conn:
        audit.grant_app_role(conn, args.role)
    engine.dispose()
    print(f"role {args.role} may use the server tables; the audit log only by appending")
    return 0


def _operator() -> str:
    """Who runs the command (the operating-system account), for the audit log."""
    try:
        return getpass.getuser()[:80]
    except (KeyError, OSError):
        return "cli"


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
        username=_operator(),
        role="cli",
        mission_id=audit.home_mission(m for m in missions.split(",") if m),
        entity="user",
        record_id=username,
        fields=fields,
        outcome=role,
    )


def _passphrase(from_stdin: bool, *, confirm: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    if confirm:
        return _secret(False, "Passphrase")
    return getpass.getpass("Passphrase: ")


def _retention_set(args: argparse.Namespace, settings: Settings) -> int:
    from server import retention

    days = retention.period_days(days=args.days, months=args.months, years=args.years)
    with _session(settings) as session:
        retention.set_policy(session, mission=args.mission, days=days, by=_operator())
        session.commit()
    print(f"mission {args.mission.upper()}: workers closed longer than {days} days are anonymised")
    return 0


def _retention_clear(args: argparse.Namespace, settings: Settings) -> int:
    from server import retention

    with _session(settings) as session:
        removed = retention.clear_policy(session, mission=args.mission, by=_operator())
        session.commit()
    state = "no longer has" if removed else "had no"
    print(f"mission {args.mission.upper()} {state} retention period: its records are kept")
    return 0


def _retention_show(_args: argparse.Namespace, settings: Settings) -> int:
    from server import retention

    with _session(settings) as session:
        found = retention.policies(session)
    if not found:
        print("no retention periods: every mission keeps its records")
        return 0
    print(f"{'MISSION':<8} {'DAYS':>6}  {'SET BY':<20} SET AT")
    for p in found:
        print(f"{p.mission_id:<8} {p.days:>6}  {p.set_by:<20} {p.set_at:%Y-%m-%d %H:%M} UTC")
    return 0


def _retention_run(args: argparse.Namespace, settings: Settings) -> int:
    from server import retention

    with _session(settings) as session:
        runs = retention.run(session, now=args.now, dry_run=args.dry_run, by=_operator())
    if not runs:
        print("no retention periods: nothing to do")
    verb = "would be anonymised" if args.dry_run else "anonymised"
    for r in runs:
        records = sum(r.records.values())
        detail = ", ".join(f"{entity} {n}" for entity, n in r.records.items())
        print(
            f"{r.mission_id}: {r.workers} workers {verb}, {records} records in all"
            f"{f' ({detail})' if detail else ''}; period {r.days} days"
        )
    return 0


def _demo(args: argparse.Namespace, settings: Settings) -> int:
    from server.demo import DEMO_PASSWORDS, create_demo

    with _session(settings) as session:
        summary = create_demo(session, workers_per_mission=args.workers)
    print("demo users (username / password):")
    for name, password in DEMO_PASSWORDS.items():
        print(f"  {name:<15} {password}")
    print(f"demo records: {summary.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
