"""`puente-server` commands for sync files: import-bundle, export-bundle (each audited)."""

from __future__ import annotations

import argparse
import json

from server import audit
from server.cli_common import open_session, operator_name, read_passphrase
from server.config import Settings


def cmd_import_bundle(args: argparse.Namespace, settings: Settings) -> int:
    from server.bundles import import_push_bundle

    passphrase = read_passphrase(args.passphrase_stdin, confirm=False)
    with open_session(settings) as session:
        summary = import_push_bundle(session, args.file, passphrase)
        audit.append(
            session,
            event=audit.BUNDLE_IMPORT,
            username=operator_name(),
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


def cmd_export_bundle(args: argparse.Namespace, settings: Settings) -> int:
    from server.bundles import export_pull_bundle

    passphrase = read_passphrase(args.passphrase_stdin, confirm=True)
    with open_session(settings) as session:
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
            username=operator_name(),
            role="cli",
            mission_id=audit.home_mission(m.upper() for m in args.mission),
            entity="bundle",
            fields=[m.lower() for m in args.mission],
            count=rows,
        )
        session.commit()
    print(f"wrote {args.output}: {rows} rows, {len(bundle.results)} mutation answers")
    return 0
