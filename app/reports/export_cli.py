"""`puente export workers|placements|enrolments --format csv|xlsx -o FILE`: exports from a shell.

Wiring into app/cli.py (one sub-command):

    from app.reports.export_cli import add_export_parser
    add_export_parser(subparsers)       # sets func=run_export
    ...
    return args.func(args)

It opens the store of the data folder as the app would (the signed-in actor of the
device profile; `--demo` opens the demo store as its demo supervisor), applies the same
field policy and consent rules as the export dialog, and writes the file atomically.
Ctrl+C stops it and leaves no partial file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from app.reports.exports import ExportFormat, ExportKind


def add_export_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Adds the `export` sub-command to `subparsers`; its `func` is `run_export`."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "export",
        help="export workers, placements or enrolments to CSV or XLSX",
        description="Export the records you may see (consent withdrawals left out).",
    )
    configure_export_parser(parser)
    return parser


def configure_export_parser(parser: argparse.ArgumentParser) -> None:
    """The arguments of `export` (also used by `main` below)."""
    parser.add_argument("kind", choices=[k.value for k in ExportKind])
    parser.add_argument(
        "--format",
        dest="fmt",
        choices=[f.value for f in ExportFormat],
        default=None,
        help="csv or xlsx (default: from the file name)",
    )
    parser.add_argument("-o", "--output", required=True, type=Path, help="file to write")
    parser.add_argument("--mission", default=None, help="only this mission (e.g. MX)")
    parser.add_argument("--data-dir", type=Path, default=None, help="the data folder")
    parser.add_argument("--demo", action="store_true", help="use the demo store")
    parser.add_argument("--lang", default=None, help="language of the headers (es, en, fr)")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password of the encrypted case file as one line from standard input",
    )
    parser.set_defaults(func=run_export)


def run_export(args: argparse.Namespace, *, err: TextIO | None = None) -> int:
    """Runs `puente export` with parsed `args`; returns the process exit code.

    0: written; 1: refused or failed (the reason printed); 130: interrupted (no file).
    """
    from app.config import load_settings
    from app.reports.translate import load_translator
    from app.services.context import ServiceError
    from app.services.workspace import open_workspace
    from app.store.engine import StoreError

    err = err or sys.stderr
    fmt = args.fmt or ("xlsx" if str(args.output).lower().endswith(".xlsx") else "csv")
    settings = load_settings(data_dir=args.data_dir, demo=args.demo, language=args.lang)
    if not settings.store_path.exists():
        print(f"No case file at {settings.store_path}.", file=err)
        return 1
    key = None
    if not args.demo:  # the real case file is encrypted: an offline sign-in first
        from app.security.terminal import key_for_terminal
        from app.store.engine import is_plain_store

        key = key_for_terminal(
            settings.store_path, password_stdin=getattr(args, "password_stdin", False), err=err
        )
        if key is None and not is_plain_store(settings.store_path):
            return 1
    try:
        workspace = open_workspace(settings.store_path, demo=args.demo, key=key)
    except StoreError as exc:
        print(str(exc), file=err)
        return 1
    tr = load_translator(settings.language)
    mission = args.mission.upper() if args.mission else None
    try:  # through the document service: written atomically, audited like the app's
        result = workspace.documents.export(
            args.output,
            kind=args.kind,
            fmt=fmt,
            language=settings.language,
            mission=mission,
            progress=_progress_printer(err),
        )
    except ServiceError as exc:
        print(exc.message.render(tr), file=err)
        return 1
    except KeyboardInterrupt:
        print("\nStopped: no file was written.", file=err)
        return 130
    finally:
        workspace.close()
    print(f"\n{result.rows} rows written to {result.path}", file=err)
    return 0


def _progress_printer(err: TextIO):  # type: ignore[no-untyped-def]
    interactive = err.isatty()
    last = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 if total == 0 else done * 100 // total
        if interactive and percent != last[0]:
            last[0] = percent
            print(f"\r{done}/{total} rows ({percent}%)", end="", file=err, flush=True)

    return progress


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m app.reports.export_cli workers -o workers.csv` (same as `puente export`)."""
    parser = argparse.ArgumentParser(prog="puente export")
    configure_export_parser(parser)
    args = parser.parse_args(argv)
    return run_export(args)


if __name__ == "__main__":
    raise SystemExit(main())
