"""Who may open the store: first sign-in (online, or a local account), offline sign-in, checks.

No Qt here: the unlock dialog and the idle lock call these and show the answers.

- NEW: no store and no vault. The first sign-in is online: the server says yes, then a
  random key is made, wrapped with that password, and the encrypted store is created.
  A mission with no server yet may make a local account instead (same encryption).
- PLAIN: a store from before encryption. The same first sign-in; then the store is
  encrypted in place (store_crypto) before anything opens it.
- LOCKED: a vault exists. Signing in = unwrapping the key with the password, offline,
  with growing waits after wrong passwords (throttle). A plaintext store found beside a
  vault is an encryption a crash interrupted: it is finished after the sign-in.
"""

from __future__ import annotations

import enum
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.security.store_crypto import encrypt_in_place
from app.security.throttle import MissedAttempt, Throttle, throttle_path
from app.security.vault import (
    DEFAULT_KDF,
    KdfParams,
    KeyVault,
    VaultDamaged,
    VaultError,
    normalise_username,
    vault_path,
)
from app.store.engine import StoreError as StoreError  # re-exported for the UI
from app.store.engine import is_plain_store

MIN_LOCAL_PASSWORD = 10

OnlineLogin = Callable[..., tuple[str, Any]]  # (server_url, username, password, device_id=)


class StoreState(enum.Enum):
    NEW = "new"
    PLAIN = "plain"
    LOCKED = "locked"


class PasswordTooShort(VaultError):
    """A local account's password is shorter than MIN_LOCAL_PASSWORD."""


class PasswordsDiffer(VaultError):
    """The two typed passwords of a new local account are not the same."""


@dataclass(frozen=True)
class Unlocked:
    """The store key and who unlocked it; `online` carries (server_url, LoginResponse)."""

    key: bytes
    username: str
    device_id: uuid.UUID | None = None
    online: tuple[str, Any] | None = None


class StoreAccess:
    """The sign-in rules of the store at `store_path` (its vault and throttle beside it)."""

    def __init__(
        self,
        store_path: Path,
        *,
        kdf: KdfParams = DEFAULT_KDF,
        clock: Callable[[], float] = time.time,
        login: OnlineLogin | None = None,
    ) -> None:
        self.store_path = store_path
        self.vault = KeyVault(vault_path(store_path), kdf=kdf)
        self.throttle = Throttle(throttle_path(store_path), clock=clock)
        self._login = login

    def state(self) -> StoreState:
        if self.vault.exists():
            return StoreState.LOCKED
        return StoreState.PLAIN if is_plain_store(self.store_path) else StoreState.NEW

    def known_usernames(self) -> list[str]:
        return self.vault.usernames() if self.vault.exists() else []

    def last_username(self) -> str:
        return self.vault.last_username() if self.vault.exists() else ""

    def device_id(self) -> uuid.UUID:
        """The device id for a first sign-in: a store from before encryption keeps its own
        (the server already knows this laptop by it); a new store gets a new one."""
        if self.state() is StoreState.PLAIN:
            import contextlib
            import sqlite3

            uri = f"{self.store_path.resolve().as_uri()}?mode=ro"
            with contextlib.suppress(sqlite3.Error, ValueError):
                with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
                    row = conn.execute(
                        "SELECT value FROM local_meta WHERE key = 'device_id'"
                    ).fetchone()
                if row and row[0]:
                    return uuid.UUID(str(row[0]))
        return uuid.uuid4()

    def seconds_left(self) -> float:
        """How long before the next offline attempt is allowed."""
        return self.throttle.seconds_left()

    def missed_sign_ins(self) -> tuple[tuple[MissedAttempt, ...], int]:
        """Wrong passwords typed here since they were last audited (and how many beyond
        the cap); the audit takes them once a sign-in opens the store."""
        return self.throttle.missed()

    def forget_missed_sign_ins(self, count: int) -> None:
        """The audit now holds the first `count` missed sign-ins."""
        self.throttle.forget_missed(count)

    # --- later sign-ins: offline ----------------------------------------------------------

    def unlock(self, username: str, password: str) -> Unlocked:
        """The key for `username`, offline (raises TooSoon, WrongPassword, UnknownUser)."""
        key = self.check_password(username, password)
        self.vault.remember_last(username)
        if is_plain_store(self.store_path):  # an encryption a crash interrupted
            encrypt_in_place(self.store_path, key)
        return Unlocked(key, username)

    def check_password(self, username: str, password: str) -> bytes:
        """The key if `password` is right (the idle lock uses this); waits apply."""
        if not self.vault.exists():  # nothing to guess against: not an attempt
            raise VaultDamaged("there is no key vault beside the store: sign in online first")
        try:
            known = normalise_username(username) if self.vault.has_user(username) else ""
        except VaultError:
            known = ""
        self.throttle.begin_attempt(known)
        key = self.vault.unwrap(username, password)
        self.throttle.succeeded()
        return key

    # --- the first sign-in on this laptop -------------------------------------------------

    def first_sign_in(
        self, server_url: str, username: str, password: str, *, device_id: uuid.UUID
    ) -> Unlocked:
        """Online first sign-in: the server checks the password, then the store is keyed."""
        if self._login is None:
            raise VaultError("no server sign-in is available")
        if self.state() is StoreState.LOCKED:
            raise VaultError("this store already has a key vault; sign in offline")
        base_url, answer = self._login(server_url, username, password, device_id=device_id)
        name = str(getattr(getattr(answer, "me", None), "username", "") or username)
        key = self._make_key(name, password)
        return Unlocked(key, name, device_id, (base_url, answer))

    def create_local_account(self, username: str, password: str, repeated: str) -> Unlocked:
        """A mission with no server yet: the officer chooses the password (same encryption)."""
        if self.state() is StoreState.LOCKED:
            raise VaultError("this store already has a key vault; sign in offline")
        if password != repeated:
            raise PasswordsDiffer("the two passwords differ")
        if len(password) < MIN_LOCAL_PASSWORD:
            raise PasswordTooShort(f"at least {MIN_LOCAL_PASSWORD} characters")
        return Unlocked(self._make_key(username, password), username)

    def _make_key(self, username: str, password: str) -> bytes:
        key = self.vault.create(username, password)  # the vault first: a crash later is
        if is_plain_store(self.store_path):  # recovered at the next offline sign-in
            encrypt_in_place(self.store_path, key)
        return key

    # --- while signed in --------------------------------------------------------------------

    def change_password(self, username: str, old: str, new: str, repeated: str) -> None:
        """Re-wrap `username`'s key with a new password (the data is not re-encrypted).

        The old password counts as a sign-in attempt (same waits). The new one must be
        typed twice and be at least MIN_LOCAL_PASSWORD long. A server account's password
        is changed on the server; its next online sign-in re-wraps the key with it.
        """
        if new != repeated:
            raise PasswordsDiffer("the two passwords differ")
        if len(new) < MIN_LOCAL_PASSWORD:
            raise PasswordTooShort(f"at least {MIN_LOCAL_PASSWORD} characters")
        self.check_password(username, old)
        self.vault.change_password(username, old, new)

    def adopt_password(self, username: str, password: str, key: bytes) -> None:
        """The server accepted `password` for `username`: wrap the open store's key with it."""
        self.vault.set_password(username, password, key)
