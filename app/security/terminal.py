"""Offline sign-in for commands run in a terminal (`puente export` on the encrypted store)."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import TextIO

from app.security.access import StoreAccess, StoreState
from app.security.throttle import TooSoon
from app.security.vault import UnknownUser, VaultError, WrongPassword
from app.store.engine import is_plain_store


def key_for_terminal(
    store_path: Path,
    *,
    password_stdin: bool = False,
    username: str | None = None,
    err: TextIO | None = None,
    access: StoreAccess | None = None,
) -> bytes | None:
    """The store key after an offline sign-in typed in the terminal (None when refused).

    The username is asked for (the last person is offered); the password is read without
    echo, or as one line from stdin with `password_stdin`. The same growing waits as the
    window apply. A store from before encryption (no vault) needs no key: returns None
    with nothing printed only when the file is plaintext.
    """
    err = err or sys.stderr
    access = access or StoreAccess(store_path)
    if access.state() is not StoreState.LOCKED:
        if not is_plain_store(store_path):
            print("This case file has no key yet: sign in once in the Puente window.", file=err)
        return None
    name = username or access.last_username()
    if not password_stdin and username is None:
        typed = input(f"Username [{name}]: ").strip() if sys.stdin.isatty() else ""
        name = typed or name
    password = (
        sys.stdin.readline().rstrip("\n") if password_stdin else getpass.getpass("Password: ")
    )
    try:
        return access.unlock(name, password).key
    except TooSoon as exc:
        print(f"Too many wrong passwords. Try again in {exc.seconds:.0f} seconds.", file=err)
    except (WrongPassword, UnknownUser):
        print("The username or password is not right.", file=err)
    except VaultError as exc:
        print(f"The key file beside the case file cannot be used: {exc}", file=err)
    return None
