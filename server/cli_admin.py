"""`puente-server` commands for the server itself: serve, schema, missions, audit, devices, demo."""

from __future__ import annotations

import argparse
import sys
import uuid

from server import audit
from server.cli_common import open_session, operator_name
from server.config import Settings
from server.db import make_engine, migrate, new_epoch


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from server.main import create_app

    host = getattr(args, "host", "127.0.0.1")
    port = getattr(args, "port", 8765)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
    return 0


def cmd_migrate(_args: argparse.Namespace, settings: Settings) -> int:
    migrate(make_engine(settings.database_url))
    print("database is up to date")
    return 0


def cmd_new_epoch(_args: argparse.Namespace, settings: Settings) -> int:
    with open_session(settings) as session:
        epoch = new_epoch(session)
        session.commit()
    print(f"new server epoch {epoch}: clients will pull everything again")
    return 0


def cmd_create_mission(args: argparse.Namespace, settings: Settings) -> int:
    from server.users import create_mission

    with open_session(settings) as session:
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


def cmd_audit_verify(_args: argparse.Namespace, settings: Settings) -> int:
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


def cmd_grant_app_role(args: argparse.Namespace, settings: Settings) -> int:
    engine = make_engine(settings.database_url)
    migrate(engine)
    with engine.begin() as conn:
        audit.grant_app_role(conn, args.role)
    engine.dispose()
    print(f"role {args.role} may use the server tables; the audit log only by appending")
    return 0


def cmd_list_devices(_args: argparse.Namespace, settings: Settings) -> int:
    from server.routes.admin import list_devices

    with open_session(settings) as session:
        for d in list_devices(session):
            state = f"revoked {d.revoked_at:%Y-%m-%d}" if d.revoked_at else "active"
            print(
                f"{d.id}  {d.tag:<8} {d.username:<20} {d.name:<24} "
                f"last seen {d.last_seen:%Y-%m-%d %H:%M}  {state}"
            )
    return 0


def cmd_revoke_device(args: argparse.Namespace, settings: Settings) -> int:
    from sqlmodel import select

    from server.models import Device
    from server.routes.admin import revoke_device

    with open_session(settings) as session:
        try:
            device_id = uuid.UUID(args.device)
        except ValueError:
            found = session.exec(select(Device).where(Device.tag == args.device.upper())).first()
            if found is None:
                raise ValueError(f"There is no device {args.device}.") from None
            device_id = found.id
        if revoke_device(session, device_id, by_username=operator_name(), by_role="cli") is None:
            raise ValueError(f"There is no device {args.device}.")
        session.commit()
    print(f"device {args.device} revoked; its sign-ins stopped working")
    return 0


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from server.demo import DEMO_PASSWORDS, create_demo

    with open_session(settings) as session:
        summary = create_demo(session, workers_per_mission=args.workers)
    print("demo users (username / password):")
    for name, password in DEMO_PASSWORDS.items():
        print(f"  {name:<15} {password}")
    print(f"demo records: {summary.results}")
    return 0
