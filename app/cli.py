"""The `puente` command: the desktop app, and sub-commands that need no window."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__

# Sub-commands: name -> (one-line help, runner taking the rest of argv). Each runner
# imports what it needs, so `puente --version` and the GUI path never load them.
Runner = Callable[[Sequence[str]], int]


def _demo_data(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="puente demo-data",
        description="Make a deterministic synthetic data set in the demo store of a folder.",
    )
    parser.add_argument("--workers", type=int, default=2000, help="how many workers (2000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (7)")
    parser.add_argument("--data-dir", type=Path, default=None, help="data folder")
    args = parser.parse_args(argv)
    if args.workers < 0:
        parser.error("--workers must be 0 or more")
    from app.bootstrap import build_demo_store
    from app.config import load_settings

    settings = load_settings(data_dir=args.data_dir, demo=True)
    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] >= 1.0 or done >= total:
            last[0] = now
            print(f"  {done:>9,} / {total:,} workers  ({now - started:5.1f} s)", flush=True)

    print(f"Making {args.workers:,} demo workers (seed {args.seed}) in {settings.store_path}")
    build_demo_store(settings.store_path, workers=args.workers, seed=args.seed, progress=progress)
    print(f"Done in {time.perf_counter() - started:.1f} s: {settings.store_path}")
    return 0


def _print_form(argv: Sequence[str]) -> int:
    from app.forms.print_form_cli import main as print_form_main

    return print_form_main(list(argv))


def _export(argv: Sequence[str]) -> int:
    from app.reports.export_cli import main as export_main

    return export_main(list(argv))


def _backup(argv: Sequence[str]) -> int:
    from app.store.backup_cli import backup_main

    return backup_main(list(argv))


def _restore(argv: Sequence[str]) -> int:
    from app.store.backup_cli import restore_main

    return restore_main(list(argv))


SUBCOMMANDS: dict[str, tuple[str, Runner]] = {
    "demo-data": ("make a synthetic demo data set (see puente demo-data --help)", _demo_data),
    "print-form": ("print blank intake forms as a PDF (see puente print-form --help)", _print_form),
    "export": ("export records to CSV or XLSX (see puente export --help)", _export),
    "backup": ("write an encrypted backup of the case file (puente backup -o FILE)", _backup),
    "restore": ("replace the case file with a checked backup (puente restore FILE)", _restore),
}


def _parser() -> argparse.ArgumentParser:
    commands = "\n".join(f"  {name:<12} {text}" for name, (text, _run) in SUBCOMMANDS.items())
    parser = argparse.ArgumentParser(
        prog="puente",
        description="Puente: offline-first case management for labour mobility programmes.",
        epilog=f"commands (puente COMMAND --help):\n{commands}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"puente {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo store (synthetic data, kept apart)"
    )
    parser.add_argument("--data-dir", type=Path, default=None, help="data folder to use")
    parser.add_argument("--lang", choices=("es", "en", "fr"), default=None, help="UI language")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen (store, search, PDF, languages, window)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `puente`; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        return SUBCOMMANDS[args[0]][1](args[1:])
    options = _parser().parse_args(args)
    if options.self_test:
        from app.selftest import run as self_test

        return self_test()
    from app.bootstrap import run_desktop
    from app.config import load_settings

    # --lang applies to this run only; the language menu is what is remembered
    settings = load_settings(data_dir=options.data_dir, demo=options.demo, language=options.lang)
    return run_desktop(settings)


if __name__ == "__main__":
    raise SystemExit(main())
