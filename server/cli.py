"""`puente-server`: run and administer the server (missions, users, devices, bundles, retention)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from app.models.enums import Role
from app.sync.bundle import BundleError
from server.cli_admin import (
    cmd_audit_verify,
    cmd_create_mission,
    cmd_demo,
    cmd_grant_app_role,
    cmd_list_devices,
    cmd_migrate,
    cmd_new_epoch,
    cmd_revoke_device,
    cmd_serve,
)
from server.cli_bundles import cmd_export_bundle, cmd_import_bundle
from server.cli_common import Handler
from server.cli_retention import add_retention_parser
from server.cli_users import cmd_create_user, cmd_reset_password, cmd_set_role
from server.config import Settings


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; `serve` is the default command."""
    args = _parser().parse_args(list(argv) if argv is not None else None)
    handler: Handler = getattr(args, "handler", cmd_serve)
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
    serve.set_defaults(handler=cmd_serve)

    sub.add_parser("migrate", help="bring the database schema up to date").set_defaults(
        handler=cmd_migrate
    )
    sub.add_parser(
        "new-epoch", help="after restoring a backup: make every client re-read the feed"
    ).set_defaults(handler=cmd_new_epoch)

    mission = sub.add_parser("create-mission", help="add a mission")
    mission.add_argument("code")
    mission.add_argument("--name", required=True)
    mission.add_argument("--country", required=True)
    mission.add_argument("--currency", required=True)
    mission.add_argument("--time-zone", required=True)
    mission.set_defaults(handler=cmd_create_mission)

    user = sub.add_parser("create-user", help="add a user with a role and missions")
    user.add_argument("username")
    user.add_argument("--role", required=True, choices=[r.value for r in Role])
    user.add_argument("--missions", default="", help="comma-separated, e.g. MX or MX,SV")
    user.add_argument("--full-name", default="")
    user.add_argument("--password-stdin", action="store_true", help="read the password")
    user.set_defaults(handler=cmd_create_user)

    reset = sub.add_parser("reset-password", help="set a new password (ends all sign-ins)")
    reset.add_argument("username")
    reset.add_argument("--password-stdin", action="store_true")
    reset.set_defaults(handler=cmd_reset_password)

    role = sub.add_parser("set-role", help="change a user's role and missions")
    role.add_argument("username")
    role.add_argument("--role", required=True, choices=[r.value for r in Role])
    role.add_argument("--missions", default="", help="comma-separated, e.g. MX or MX,SV")
    role.set_defaults(handler=cmd_set_role)

    sub.add_parser(
        "audit-verify", help="check the audit log's hash chain (exit 1 if a row was altered)"
    ).set_defaults(handler=cmd_audit_verify)
    grant = sub.add_parser(
        "grant-app-role",
        help="PostgreSQL: let ROLE run the server; it may only append to the audit log",
    )
    grant.add_argument("role")
    grant.set_defaults(handler=cmd_grant_app_role)

    sub.add_parser("list-devices", help="registered devices").set_defaults(handler=cmd_list_devices)
    revoke = sub.add_parser("revoke-device", help="block a device (lost or stolen laptop)")
    revoke.add_argument("device", help="device id or tag")
    revoke.set_defaults(handler=cmd_revoke_device)

    imp = sub.add_parser("import-bundle", help="import a sync file made by a desktop")
    imp.add_argument("file", type=Path)
    imp.add_argument("--passphrase-stdin", action="store_true")
    imp.set_defaults(handler=cmd_import_bundle)

    exp = sub.add_parser("export-bundle", help="write a mission's changes to a sync file")
    exp.add_argument("--mission", required=True, action="append", help="repeatable")
    exp.add_argument("-o", "--output", required=True, type=Path)
    exp.add_argument("--since", type=int, default=0, help="feed cursor to start after")
    exp.add_argument("--passphrase-stdin", action="store_true")
    exp.set_defaults(handler=cmd_export_bundle)

    add_retention_parser(sub)

    demo = sub.add_parser("demo", help="demo users and data (passwords in server/demo.py)")
    demo.add_argument("--workers", type=int, default=12, help="workers per mission")
    demo.set_defaults(handler=cmd_demo)
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
