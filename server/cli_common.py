"""Shared pieces of the `puente-server` commands: handler type, session, secrets, operator."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable

from sqlmodel import Session

from server.config import Settings
from server.db import make_engine, migrate

Handler = Callable[[argparse.Namespace, Settings], int]


def open_session(settings: Settings) -> Session:
    """A session on the configured database, its schema brought up to date first."""
    engine = make_engine(settings.database_url)
    migrate(engine)
    return Session(engine, expire_on_commit=False)


def read_secret(from_stdin: bool, prompt: str) -> str:
    """A password from one stdin line, or typed twice at the terminal."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(f"{prompt}: ")
    if getpass.getpass(f"{prompt} again: ") != first:
        raise ValueError("The two entries differ.")
    return first


def read_passphrase(from_stdin: bool, *, confirm: bool) -> str:
    """A bundle passphrase from stdin or the terminal (typed twice if `confirm`)."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    if confirm:
        return read_secret(False, "Passphrase")
    return getpass.getpass("Passphrase: ")


def operator_name() -> str:
    """Who runs the command (the operating-system account), for the audit log."""
    try:
        return getpass.getuser()[:80]
    except (KeyError, OSError):
        return "cli"
