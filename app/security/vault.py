"""The key vault: one random database key, wrapped per user with a key from their password.

The vault file sits beside the store (``puente.sqlite.keys``). For each person it keeps
the Argon2id parameters and salt and the AES-256-GCM wrapping of the store key, with the
username and the store id as associated data (a wrapping cannot be moved to another
person or another store). Unwrapping is the offline sign-in; a password change re-wraps
the same key, so the data is never re-encrypted. Every write replaces the whole file
atomically: a crash leaves the old or the new vault, never neither.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.security.files import remove_leftovers, write_atomic

FORMAT = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
VAULT_SUFFIX = ".keys"


class VaultError(Exception):
    """The vault cannot do what was asked; `str()` says why (for the log, not people)."""


class WrongPassword(VaultError):
    """The password does not unwrap this person's key."""


class UnknownUser(VaultError):
    """This person never signed in (online) on this laptop, so there is no key for them."""


class VaultDamaged(VaultError):
    """The vault file is missing parts or is not a vault."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: passes, memory in KiB, lanes. Stored with each wrapping."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2

    def derive(self, password: str, salt: bytes) -> bytes:
        return hash_secret_raw(
            password.encode("utf-8"),
            salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )


DEFAULT_KDF = KdfParams()


def vault_path(store_path: Path) -> Path:
    """Where the vault of the store at `store_path` lives."""
    return store_path.with_name(store_path.name + VAULT_SUFFIX)


def normalise_username(username: str) -> str:
    return username.strip().casefold()


def _key_check(key: bytes, store_id: str) -> str:
    """A value that tells the store key from any other without revealing it (HMAC-SHA256)."""
    return hmac.new(key, f"puente-key-check|{store_id}".encode(), hashlib.sha256).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise VaultDamaged("a vault field is not text")
    return base64.b64decode(text.encode("ascii"), validate=True)


class KeyVault:
    """The vault file of one store: create it, unwrap, add people, change passwords."""

    def __init__(self, path: Path, *, kdf: KdfParams = DEFAULT_KDF) -> None:
        self.path = path
        self.kdf = kdf  # used for new wrappings; existing ones keep their own parameters

    # --- reading ------------------------------------------------------------------------

    def exists(self) -> bool:
        return self.path.is_file()

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise VaultDamaged("there is no key vault beside the store") from exc
        except (OSError, ValueError) as exc:
            raise VaultDamaged(f"the key vault cannot be read: {exc}") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise VaultDamaged("the key vault has an unknown format")
        if not isinstance(data.get("users"), dict) or not isinstance(data.get("store_id"), str):
            raise VaultDamaged("the key vault is incomplete")
        return data

    def store_id(self) -> str:
        return str(self._read()["store_id"])

    def usernames(self) -> list[str]:
        """People who can sign in offline here (sorted)."""
        return sorted(self._read()["users"])

    def last_username(self) -> str:
        """Who signed in last ('' if unknown): the unlock dialog offers them first."""
        return str(self._read().get("last_user") or "")

    def has_user(self, username: str) -> bool:
        return normalise_username(username) in self._read()["users"]

    # --- the key ------------------------------------------------------------------------

    def create(self, username: str, password: str) -> bytes:
        """A new vault with a fresh random store key wrapped for `username`; the key."""
        if self.exists():
            raise VaultError("a key vault already exists for this store")
        key = secrets.token_bytes(KEY_BYTES)
        store_id = secrets.token_hex(16)
        data: dict[str, Any] = {
            "format": FORMAT,
            "store_id": store_id,
            "key_check": _key_check(key, store_id),
            "users": {},
        }
        self._put(data, username, password, key)
        self._write(data)
        return key

    def unwrap(self, username: str, password: str) -> bytes:
        """The store key, if `password` is `username`'s (raises WrongPassword, UnknownUser)."""
        data = self._read()
        return self._open(data, username, password)

    def set_password(self, username: str, password: str, key: bytes) -> None:
        """Wrap `key` for `username` with `password` (adds the person or replaces theirs).

        Only for the store's own key (unwrapped at sign-in): a key that does not match the
        vault's key check is refused, so nobody is wrapped a key that opens nothing.
        """
        if len(key) != KEY_BYTES:
            raise VaultError("a store key has 32 bytes")
        data = self._read()
        check = data.get("key_check")
        if not isinstance(check, str) or not hmac.compare_digest(
            check, _key_check(key, data["store_id"])
        ):
            raise VaultError("this key is not the store's key")
        self._put(data, username, password, key)
        self._write(data)

    def change_password(self, username: str, old_password: str, new_password: str) -> None:
        """Re-wrap `username`'s key with a new password (the data is not re-encrypted)."""
        data = self._read()
        key = self._open(data, username, old_password)
        self._put(data, username, new_password, key)
        self._write(data)

    def remember_last(self, username: str) -> None:
        data = self._read()
        name = normalise_username(username)
        if data.get("last_user") != name:
            data["last_user"] = name
            self._write(data)

    def remove_user(self, username: str) -> None:
        data = self._read()
        data["users"].pop(normalise_username(username), None)
        self._write(data)

    # --- inside -------------------------------------------------------------------------

    @staticmethod
    def _aad(store_id: str, username: str) -> bytes:
        return f"puente-vault/{FORMAT}|{store_id}|{username}".encode()

    def _put(self, data: dict[str, Any], username: str, password: str, key: bytes) -> None:
        name = normalise_username(username)
        if not name:
            raise VaultError("a username is needed")
        salt = secrets.token_bytes(SALT_BYTES)
        nonce = secrets.token_bytes(NONCE_BYTES)
        kek = self.kdf.derive(password, salt)
        wrapped = AESGCM(kek).encrypt(nonce, key, self._aad(data["store_id"], name))
        data["users"][name] = {
            "kdf": "argon2id",
            "time_cost": self.kdf.time_cost,
            "memory_kib": self.kdf.memory_kib,
            "parallelism": self.kdf.parallelism,
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped_key": _b64(wrapped),
            "changed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        data["last_user"] = name

    def _open(self, data: dict[str, Any], username: str, password: str) -> bytes:
        name = normalise_username(username)
        entry = data["users"].get(name)
        if entry is None:
            raise UnknownUser(f"no key is wrapped for this person ({len(data['users'])} known)")
        try:
            params = KdfParams(
                int(entry["time_cost"]), int(entry["memory_kib"]), int(entry["parallelism"])
            )
            salt, nonce = _unb64(entry["salt"]), _unb64(entry["nonce"])
            wrapped = _unb64(entry["wrapped_key"])
        except (KeyError, TypeError, ValueError) as exc:
            raise VaultDamaged(f"the wrapping is incomplete: {exc}") from exc
        if entry.get("kdf") != "argon2id":
            raise VaultDamaged("the wrapping uses an unknown key derivation")
        kek = params.derive(password, salt)
        try:
            key = AESGCM(kek).decrypt(nonce, wrapped, self._aad(data["store_id"], name))
        except InvalidTag as exc:
            raise WrongPassword("the password does not unwrap the key") from exc
        if len(key) != KEY_BYTES:
            raise VaultDamaged("the unwrapped key has the wrong size")
        return key

    def _write(self, data: dict[str, Any]) -> None:
        remove_leftovers(self.path)
        write_atomic(self.path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))
