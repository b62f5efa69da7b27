"""Signing in from a terminal command (password on stdin), with the same throttle."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from app.security.access import StoreAccess
from app.security.terminal import key_for_terminal
from tests.security.helpers import PASSWORD


def test_the_password_from_stdin_gives_the_key_and_a_wrong_one_nothing(
    access: StoreAccess, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = access.create_local_account("ana", PASSWORD, PASSWORD).key
    err = io.StringIO()
    monkeypatch.setattr(sys, "stdin", io.StringIO("guess-1234\n"))
    assert key_for_terminal(store_path, password_stdin=True, err=err, access=access) is None
    assert "not right" in err.getvalue() and "guess-1234" not in err.getvalue()
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert key_for_terminal(store_path, password_stdin=True, err=err, access=access) == key


def test_a_store_without_a_key_says_to_sign_in_in_the_window(
    access: StoreAccess, store_path: Path
) -> None:
    err = io.StringIO()
    store_path.write_bytes(b"\x01" * 4096)  # neither plaintext nor keyed: no vault
    assert key_for_terminal(store_path, password_stdin=True, err=err, access=access) is None
    assert "sign in once in the Puente window" in err.getvalue()
