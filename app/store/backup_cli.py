"""`puente backup -o FILE` and `puente restore FILE`: the store's backups from a terminal.

Exit status: 0 done, 1 refused or failed (one plain line on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from app.store.backup import (
    SUFFIX,
    BackupError,
    BackupInfo,
    inspect_backup,
    make_backup,
    refuse_if_open,
    restore_backup,
)
from app.store.engine import StoreError, is_plain_store

USAGE = 2


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, default=None, help="data folder")
    parser.add_argument(
        "--demo", action="store_true", help="the demo store (synthetic data, not encrypted)"
    )
    parser.add_argument("--username", default=None, help="who signs in (asked if not given)")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password as one line from stdin instead of asking",
    )


def _store_path(data_dir: Path | None, demo: bool) -> Path:
    from app.config import load_settings

    return load_settings(data_dir=data_dir, demo=demo).store_path


def _ask_username(given: str | None, default: str) -> str:
    if given:
        return given
    if sys.stdin.isatty():
        typed = input(f"Username [{default}]: ").strip()
        return typed or default
    return default


def _ask_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return getpass.getpass("Password: ")


def _store_key(store_path: Path, args: argparse.Namespace, err: TextIO) -> bytes | None:
    """The key after a password check against the store's vault (raises SystemExit(1))."""
    from app.security.access import StoreAccess, StoreState
    from app.security.throttle import TooSoon
    from app.security.vault import UnknownUser, VaultError, WrongPassword

    access = StoreAccess(store_path)
    if access.state() is not StoreState.LOCKED:
        print("This case file has no key yet: sign in once in the Puente window.", file=err)
        raise SystemExit(1)
    name = _ask_username(args.username, access.last_username())
    password = _ask_password(args.password_stdin)
    try:
        return access.check_password(name, password)
    except TooSoon as exc:
        print(f"Too many wrong passwords. Try again in {exc.seconds:.0f} seconds.", file=err)
    except (WrongPassword, UnknownUser):
        print("The username or password is not right.", file=err)
    except VaultError as exc:
        print(f"The key file beside the case file cannot be used: {exc}", file=err)
    raise SystemExit(1)


def backup_main(argv: Sequence[str], *, err: TextIO | None = None) -> int:
    """`puente backup -o FILE`: write a backup of the store; the exit status."""
    err = err or sys.stderr
    parser = argparse.ArgumentParser(
        prog="puente backup",
        description="Write an encrypted, integrity-checked backup of the case file. "
        "The same people's passwords open it.",
    )
    parser.add_argument("-o", "--output", type=Path, required=True, help=f"backup file (*{SUFFIX})")
    _common(parser)
    args = parser.parse_args(argv)
    store_path = _store_path(args.data_dir, args.demo)
    if not store_path.is_file():
        print(f"There is no case file at {store_path}.", file=err)
        return USAGE
    out = args.output if args.output.suffix == SUFFIX else Path(str(args.output) + SUFFIX)
    if out.resolve().parent == store_path.parent.resolve():
        print("Keep the backup outside Puente's data folder (a USB stick, say).", file=err)
        return USAGE
    plain = is_plain_store(store_path)
    if plain and not args.demo:  # personal data never goes into a plaintext backup
        print("This case file is not encrypted yet: sign in once in the Puente window.", file=err)
        return 1
    try:
        key = None if plain else _store_key(store_path, args, err)
        info = make_backup(store_path=store_path, key=key, out=out)
    except SystemExit as exc:
        return int(exc.code or 0)
    except (BackupError, StoreError) as exc:
        print(str(exc), file=err)
        return 1
    except OSError as exc:
        print(f"The backup could not be written: {exc.strerror or exc}", file=err)
        return 1
    label = "encrypted" if info.encrypted else "NOT encrypted (demo data)"
    print(f"Backup written ({label}, schema {info.schema_revision}): {out}")
    return 0


def _describe(info: BackupInfo) -> str:
    label = "encrypted" if info.encrypted else "NOT encrypted (demo data)"
    created = info.created.strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"Backup made {created} by Puente {info.app_version}, schema "
        f"{info.schema_revision}, {label}."
    )


def restore_main(argv: Sequence[str], *, err: TextIO | None = None) -> int:
    """`puente restore FILE`: replace the store with a verified backup; the exit status."""
    err = err or sys.stderr
    parser = argparse.ArgumentParser(
        prog="puente restore",
        description="Replace the case file with a backup, after checking every byte of it "
        "and the password of a person in it. Close Puente first.",
    )
    parser.add_argument("backup", type=Path, help=f"the backup file (*{SUFFIX})")
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    parser.add_argument(
        "--keep-previous",
        action="store_true",
        help="keep the replaced case file in the backups folder of the data folder",
    )
    _common(parser)
    args = parser.parse_args(argv)
    if not args.backup.is_file():
        print(f"There is no file at {args.backup}.", file=err)
        return USAGE
    store_path = _store_path(args.data_dir, args.demo)
    try:
        info = inspect_backup(args.backup)
        print(_describe(info))
        if info.encrypted == args.demo:
            hint = "without --demo" if args.demo else "with --demo"
            kind = "a real case file" if info.encrypted else "the demo data"
            print(f"This is a backup of {kind}: restore it {hint}.", file=err)
            return 1
        refuse_if_open(store_path, other_processes=True)
        if not args.yes and not _confirm(store_path):
            print("Nothing was changed.", file=err)
            return 1
        username, password = "", ""
        if info.encrypted:
            default = info.usernames[0] if len(info.usernames) == 1 else ""
            username = _ask_username(args.username, default)
            password = _ask_password(args.password_stdin)
        result = restore_backup(
            backup=args.backup,
            password=password,
            username=username,
            store_path=store_path,
            demo=args.demo,
            keep_previous=args.keep_previous,
            other_processes=True,
        )
    except (BackupError, StoreError) as exc:
        print(str(exc), file=err)
        return 1
    except OSError as exc:
        print(f"The restore failed: {exc.strerror or exc}", file=err)
        return 1
    print(f"Restored into {store_path}.")
    if result.needs_upgrade:
        print("Puente upgrades it to the current schema when it next opens it.")
    if result.previous is not None:
        print(f"The previous case file was kept in {result.previous}.")
    return 0


def _confirm(store_path: Path) -> bool:
    try:
        answer = input(f"Replace the case file {store_path} with this backup? [y/N] ")
    except EOFError:
        return False
    return answer.strip().casefold() in {"y", "yes", "s", "si", "sí", "o", "oui"}
