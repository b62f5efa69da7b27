"""`puente-server retention`: set, clear and show periods per mission; run the anonymising."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from server.cli_common import open_session, operator_name
from server.config import Settings


def add_retention_parser(sub: Any) -> None:
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
    set_.set_defaults(handler=cmd_retention_set)
    clear = commands.add_parser("clear", help="keep a mission's records forever again")
    clear.add_argument("mission")
    clear.set_defaults(handler=cmd_retention_clear)
    commands.add_parser("show", help="missions and their periods").set_defaults(
        handler=cmd_retention_show
    )
    run = commands.add_parser(
        "run", help="anonymise workers closed longer than their mission's period (for cron)"
    )
    run.add_argument("--dry-run", action="store_true", help="count only; change nothing")
    run.add_argument("--now", type=_when, help="ISO time to judge from (default: now)")
    run.set_defaults(handler=cmd_retention_run)


def _when(text: str) -> datetime:
    """An ISO date or time; without a zone it is UTC."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date or time: {text}") from None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def cmd_retention_set(args: argparse.Namespace, settings: Settings) -> int:
    from server import retention

    days = retention.period_days(days=args.days, months=args.months, years=args.years)
    with open_session(settings) as session:
        retention.set_policy(session, mission=args.mission, days=days, by=operator_name())
        session.commit()
    print(f"mission {args.mission.upper()}: workers closed longer than {days} days are anonymised")
    return 0


def cmd_retention_clear(args: argparse.Namespace, settings: Settings) -> int:
    from server import retention

    with open_session(settings) as session:
        removed = retention.clear_policy(session, mission=args.mission, by=operator_name())
        session.commit()
    state = "no longer has" if removed else "had no"
    print(f"mission {args.mission.upper()} {state} retention period: its records are kept")
    return 0


def cmd_retention_show(_args: argparse.Namespace, settings: Settings) -> int:
    from server import retention

    with open_session(settings) as session:
        found = retention.policies(session)
    if not found:
        print("no retention periods: every mission keeps its records")
        return 0
    print(f"{'MISSION':<8} {'DAYS':>6}  {'SET BY':<20} SET AT")
    for p in found:
        print(f"{p.mission_id:<8} {p.days:>6}  {p.set_by:<20} {p.set_at:%Y-%m-%d %H:%M} UTC")
    return 0


def cmd_retention_run(args: argparse.Namespace, settings: Settings) -> int:
    from server import retention

    with open_session(settings) as session:
        runs = retention.run(session, now=args.now, dry_run=args.dry_run, by=operator_name())
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
