"""Passwords (Argon2), opaque bearer tokens stored hashed, login throttling, the caller."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlmodel import Session, select

from app.models import Mission
from app.models.base import utcnow
from app.models.enums import MissionCode, Role
from server.models import AuthToken, Device, ServerUser

_HASHER = PasswordHasher()
_DUMMY_HASH = _HASHER.hash("puente-timing-equaliser")


def configure_hasher(hasher: PasswordHasher) -> None:
    """Use other Argon2 parameters for new hashes (tests use cheap ones; hashes record theirs)."""
    global _HASHER, _DUMMY_HASH
    _HASHER = hasher
    _DUMMY_HASH = hasher.hash("puente-timing-equaliser")


ALL_MISSIONS: tuple[str, ...] = tuple(m.value for m in MissionCode)
HQ = MissionCode.HQ.value
MIN_PASSWORD_LENGTH = 8


def hash_password(password: str) -> str:
    """An Argon2id hash of `password`."""
    return _HASHER.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True if `password` matches; an unknown user costs the same time as a wrong password."""
    try:
        return _HASHER.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def new_token() -> tuple[str, str]:
    """A fresh opaque token and the SHA-256 hex digest the server stores instead of it."""
    token = secrets.token_urlsafe(32)
    return token, token_digest(token)


def token_digest(token: str) -> str:
    """SHA-256 hex of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def known_missions(session: Session) -> frozenset[str]:
    """Every mission code on file (the defaults plus any made with create-mission)."""
    return frozenset(session.exec(select(Mission.code)).all()) | frozenset(ALL_MISSIONS)


def write_missions_of(user: ServerUser, known: frozenset[str]) -> frozenset[str]:
    """Missions a user may push to: field roles their own; HQ analysts and admins none.

    Administrators run users and devices; they change no case data (as in app.services).
    """
    del known  # kept in the signature: every caller passes the missions on file
    if user.role in (Role.HQ_ANALYST, Role.ADMIN):
        return frozenset()
    return frozenset(user.mission_list())


def read_missions_of(user: ServerUser, known: frozenset[str]) -> frozenset[str]:
    """Missions a user may read: HQ roles all; field roles theirs plus HQ-wide data."""
    if user.role in (Role.HQ_ANALYST, Role.ADMIN):
        return known
    return frozenset({*user.mission_list(), HQ})


@dataclass(frozen=True)
class Principal:
    """The signed-in caller: who, from which device, what they may read and write."""

    user: ServerUser
    device: Device
    token: AuthToken
    known: frozenset[str] = frozenset(ALL_MISSIONS)

    @property
    def role(self) -> Role:
        return self.user.role

    @property
    def username(self) -> str:
        return self.user.username

    @property
    def write_missions(self) -> frozenset[str]:
        return write_missions_of(self.user, self.known)

    @property
    def read_missions(self) -> frozenset[str]:
        return read_missions_of(self.user, self.known)

    @property
    def can_push(self) -> bool:
        return bool(self.write_missions)


def authenticate_token(
    session: Session, token: str, *, now: datetime | None = None
) -> tuple[Principal | None, str]:
    """The principal for a bearer token, or None and why (unknown, expired, revoked)."""
    now = now or utcnow()
    row = session.exec(select(AuthToken).where(AuthToken.token_hash == token_digest(token))).first()
    if row is None:
        return None, "token_invalid"
    # A revoked laptop is told so first (its tokens were revoked with it): the answer
    # device_revoked is what makes it wipe its local data at this contact.
    device = session.get(Device, row.device_id)
    if device is None or device.revoked_at is not None:
        return None, "device_revoked"
    if row.revoked_at is not None:
        return None, "token_revoked"
    if row.expires_at <= now:
        return None, "token_expired"
    user = session.get(ServerUser, row.user_id)
    if user is None or not user.active:
        return None, "token_revoked"
    return Principal(user=user, device=device, token=row, known=known_missions(session)), ""


def issue_token(
    session: Session, *, user: ServerUser, device: Device, ttl: timedelta
) -> tuple[str, AuthToken]:
    """Store the hash of a new token for `user` on `device`; return the token itself once."""
    token, digest = new_token()
    assert user.id is not None
    row = AuthToken(
        token_hash=digest, user_id=user.id, device_id=device.id, expires_at=utcnow() + ttl
    )
    session.add(row)
    return token, row


_TAG_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def register_device(
    session: Session, *, user: ServerUser, device_id: uuid.UUID | None, name: str, tag: str
) -> Device:
    """The device row for a sign-in: known devices keep their tag; new ones get a unique one."""
    assert user.id is not None
    device = session.get(Device, device_id) if device_id else None
    if device is not None:
        device.last_seen = utcnow()
        device.user_id = user.id
        if name:
            device.name = name
        session.add(device)
        return device
    wanted = tag.strip().upper()
    if not wanted or session.exec(select(Device).where(Device.tag == wanted)).first():
        wanted = _free_tag(session)
    device = Device(id=device_id or uuid.uuid4(), tag=wanted, name=name, user_id=user.id)
    session.add(device)
    return device


def _free_tag(session: Session) -> str:
    for _ in range(100):
        tag = "".join(secrets.choice(_TAG_ALPHABET) for _ in range(3))
        if session.exec(select(Device).where(Device.tag == tag)).first() is None:
            return tag
    return "".join(secrets.choice(_TAG_ALPHABET) for _ in range(6))


@dataclass
class _Failures:
    times: list[float] = field(default_factory=list)
    locked_until: float = 0.0


class LoginThrottle:
    """Counts failed sign-ins per username and per address; locks out with growing waits.

    After `max_failures` failures inside `window_s`, the key is locked for `lock_s`, doubling
    for each further failure up to `lock_max_s`. Kept in memory (one server process).
    """

    def __init__(
        self,
        *,
        max_failures: int,
        window_s: float,
        lock_s: float,
        lock_max_s: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._max = max_failures
        self._window = window_s
        self._lock = lock_s
        self._lock_max = lock_max_s
        self._clock = clock
        self._keys: dict[str, _Failures] = {}
        self._mutex = threading.Lock()

    def retry_after(self, keys: list[str]) -> int:
        """Seconds to wait before another try (0: go ahead)."""
        now = self._clock()
        with self._mutex:
            waits = [self._keys[k].locked_until - now for k in keys if k in self._keys]
        wait = max(waits, default=0.0)
        return int(wait) + 1 if wait > 0 else 0

    def failed(self, keys: list[str]) -> None:
        """Record a failure against every key."""
        now = self._clock()
        with self._mutex:
            for key in keys:
                entry = self._keys.setdefault(key, _Failures())
                entry.times = [t for t in entry.times if now - t < self._window] + [now]
                extra = len(entry.times) - self._max
                if extra >= 0:
                    entry.locked_until = now + min(self._lock * 2**extra, self._lock_max)

    def succeeded(self, key: str) -> None:
        """Forget the failures of a key (the username) after a good sign-in."""
        with self._mutex:
            self._keys.pop(key, None)
