"""Sign-in and the kept token: OS keyring when there is one, else a file only the user reads.

The password is never stored. The token lives in the OS credential store (Windows
Credential Manager, macOS Keychain, Secret Service) when `keyring` finds a real backend;
on a machine without one (headless Linux) it goes to a 0600 file in the user config dir.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import stat
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from platformdirs import user_config_dir
from sqlmodel import Session

from app.models.enums import Role
from app.services import profile
from app.services.context import Actor
from app.services.db import Database
from app.sync.client import SyncClient, SyncError
from app.sync.protocol import LoginResponse, MeResponse
from app.sync.wipe import is_device_revoked

log = logging.getLogger(__name__)

SERVICE = "puente"
DEVICE_ID_KEY = "device_id"
SERVER_URL_KEY = "sync.server_url"
USERNAME_KEY = "sync.username"
FULL_NAME_KEY = "sync.full_name"
ROLE_KEY = "sync.role"
MISSIONS_KEY = "sync.missions"


@dataclass(frozen=True)
class StoredToken:
    """A kept sign-in: which server, who, the token and when it ends."""

    server_url: str
    username: str
    token: str
    expires_at: datetime

    def to_json(self) -> str:
        return json.dumps(
            {
                "server_url": self.server_url,
                "username": self.username,
                "token": self.token,
                "expires_at": self.expires_at.isoformat(),
            }
        )

    @classmethod
    def from_json(cls, text: str) -> StoredToken:
        data = json.loads(text)
        return cls(
            data["server_url"],
            data["username"],
            data["token"],
            datetime.fromisoformat(data["expires_at"]),
        )


def _usable_keyring() -> bool:
    """True if keyring has a real, non-plaintext backend on this machine."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:
        return False
    name = type(backend).__name__.lower()
    if isinstance(backend, fail.Keyring) or "null" in name or "plaintext" in name:
        return False
    priority = getattr(backend, "priority", 0)
    return bool(priority and priority > 0)


class TokenStore:
    """Keeps one sign-in token per store key (the server URL): keyring or a private file."""

    def __init__(self, *, folder: Path | None = None, use_keyring: bool | None = None) -> None:
        self.folder = folder or Path(user_config_dir("puente", appauthor=False))
        self._use_keyring = use_keyring

    @property
    def use_keyring(self) -> bool:
        """Whether the OS keyring is used; probed on first need, not at start-up."""
        if self._use_keyring is None:
            self._use_keyring = _usable_keyring()
        return self._use_keyring

    @property
    def file(self) -> Path:
        return self.folder / "sign-in.json"

    def save(self, token: StoredToken) -> None:
        """Keep the token (replacing any other kept sign-in)."""
        if self.use_keyring:
            import keyring

            keyring.set_password(SERVICE, "token", token.to_json())
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.file.with_suffix(".part")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(token.to_json())
        os.chmod(tmp, stat.S_IRUSR | stat.S_IWUSR)
        os.replace(tmp, self.file)

    def load(self) -> StoredToken | None:
        """The kept sign-in, if any (a file others could read is refused and removed)."""
        try:
            if self.use_keyring:
                import keyring

                text = keyring.get_password(SERVICE, "token")
            else:
                if not self.file.exists():
                    return None
                if self.file.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
                    log.warning("sign-in file readable by others; removed")
                    self.clear()
                    return None
                text = self.file.read_text(encoding="utf-8")
            return StoredToken.from_json(text) if text else None
        except (OSError, ValueError, KeyError):
            return None

    def clear(self) -> None:
        """Forget the kept sign-in (sign-out, revocation, expiry)."""
        if self.use_keyring:
            import keyring
            from keyring.errors import PasswordDeleteError

            with contextlib.suppress(PasswordDeleteError):
                keyring.delete_password(SERVICE, "token")
        with contextlib.suppress(FileNotFoundError):
            self.file.unlink()


def actor_from_me(me: MeResponse) -> Actor:
    """The Actor of a signed-in person: role and missions as the server says."""
    missions = tuple(me.missions) if me.role in (Role.FIELD_OFFICER, Role.SUPERVISOR) else ()
    return Actor(me.username, me.full_name or me.username, me.role, missions, me.device_tag)


def device_id(db: Database) -> uuid.UUID:
    """This store's stable device id (made once; the server registers it at sign-in)."""
    with db.write() as session:
        value = profile.get_meta(session, DEVICE_ID_KEY)
        if not value:
            value = str(uuid.uuid4())
            profile.set_meta(session, DEVICE_ID_KEY, value)
    return uuid.UUID(value)


@dataclass(frozen=True)
class SignedIn:
    """The result of a sign-in: the actor to use from now on and the server's answer."""

    actor: Actor
    me: MeResponse


def sign_in(
    db: Database,
    client: SyncClient,
    tokens: TokenStore,
    *,
    username: str,
    password: str,
) -> SignedIn:
    """Sign in on the server, keep the token, remember who signed in, return the Actor.

    The device tag the server confirms becomes this store's device tag (case codes use
    it). Raises the client's typed errors (Offline, Unauthorized, Throttled...).
    """
    with db.read() as session:
        wanted_tag = profile.get_meta(session, profile.DEVICE_TAG) or ""
    answer = client.login(
        username,
        password,
        device_id=device_id(db),
        device_name=socket.gethostname()[:120],
        device_tag=wanted_tag,
    )
    tokens.save(StoredToken(client.base_url, answer.me.username, answer.token, answer.expires_at))
    with db.write() as session:
        remember_me(session, answer.me, client.base_url)
    return SignedIn(actor_from_me(answer.me), answer.me)


def login_online(
    server_url: str,
    username: str,
    password: str,
    *,
    device_id: uuid.UUID,
    device_tag: str = "",
) -> tuple[str, LoginResponse]:
    """Sign in on the server before any store is open (the first sign-in on a laptop).

    Returns the server's base URL and its answer; nothing is kept yet: the caller makes
    the encrypted store, then calls `adopt_sign_in`. Raises the client's typed errors.
    """
    client = SyncClient(server_url)
    try:
        answer = client.login(
            username,
            password,
            device_id=device_id,
            device_name=socket.gethostname()[:120],
            device_tag=device_tag,
        )
        return client.base_url, answer
    finally:
        client.close()


def wiping_login(on_revoked: Callable[[], object]) -> Callable[..., tuple[str, LoginResponse]]:
    """`login_online` that first runs `on_revoked` (the wipe) when the server answers that
    this device was revoked, then raises as usual (the dialog says the laptop is blocked)."""

    def login(
        server_url: str, username: str, password: str, *, device_id: uuid.UUID, device_tag: str = ""
    ) -> tuple[str, LoginResponse]:
        try:
            return login_online(
                server_url, username, password, device_id=device_id, device_tag=device_tag
            )
        except SyncError as exc:
            if is_device_revoked(exc):
                on_revoked()
            raise

    return login


def adopt_sign_in(
    db: Database,
    tokens: TokenStore,
    *,
    server_url: str,
    answer: LoginResponse,
    device: uuid.UUID,
) -> SignedIn:
    """Keep a sign-in made by `login_online` in the (now open) store and the token store."""
    tokens.save(StoredToken(server_url, answer.me.username, answer.token, answer.expires_at))
    with db.write() as session:
        profile.set_meta(session, DEVICE_ID_KEY, str(device))
        remember_me(session, answer.me, server_url)
    return SignedIn(actor_from_me(answer.me), answer.me)


def remember_me(session: Session, me: MeResponse, server_url: str) -> None:
    """Who signed in on this store (so an offline start knows the actor)."""
    profile.set_meta(session, profile.DEVICE_TAG, me.device_tag)
    profile.set_meta(session, SERVER_URL_KEY, server_url)
    profile.set_meta(session, USERNAME_KEY, me.username)
    profile.set_meta(session, FULL_NAME_KEY, me.full_name)
    profile.set_meta(session, ROLE_KEY, me.role.value)
    profile.set_meta(session, MISSIONS_KEY, ",".join(me.missions))


def remembered_actor(db: Database) -> Actor | None:
    """The last signed-in person of this store, for working offline (None if never)."""
    with db.read() as session:
        username = profile.get_meta(session, USERNAME_KEY)
        if not username:
            return None
        role = Role(profile.get_meta(session, ROLE_KEY) or Role.FIELD_OFFICER.value)
        missions = tuple(m for m in (profile.get_meta(session, MISSIONS_KEY) or "").split(",") if m)
        return Actor(
            username,
            profile.get_meta(session, FULL_NAME_KEY) or username,
            role,
            missions,
            profile.get_meta(session, profile.DEVICE_TAG) or "",
        )


def remembered_server(db: Database) -> str:
    """The server URL this store last signed in to ('' if never)."""
    with db.read() as session:
        return profile.get_meta(session, SERVER_URL_KEY) or ""


def restore_client(tokens: TokenStore, *, server_url: str = "") -> SyncClient | None:
    """A client with the kept token (for `server_url` if given), or None if signed out."""
    kept = tokens.load()
    if kept is None or (server_url and kept.server_url != server_url.rstrip("/")):
        return None
    return SyncClient(kept.server_url, token=kept.token)


def sign_out(client: SyncClient, tokens: TokenStore) -> None:
    """End the sign-in on the server if reachable, and always forget the token here."""
    try:
        client.logout()
    except SyncError as exc:
        log.info("sign-out could not reach the server: %s", exc)
    finally:
        tokens.clear()


PasswordVerified = Callable[[str, str], None]


class SignInService:
    """What the sign-in dialog and the menu call: test a server, sign in, sign out.

    `on_password_verified(username, password)` runs after the server accepted a password
    (the key vault re-wraps the store key with it, so the next offline sign-in uses the
    password the server knows now). It is never given anything else, nor kept.
    """

    def __init__(
        self,
        db: Database,
        tokens: TokenStore,
        *,
        on_password_verified: PasswordVerified | None = None,
        on_revoked: Callable[[], object] | None = None,
    ) -> None:
        self._db = db
        self._tokens = tokens
        self._on_password_verified = on_password_verified
        self._on_revoked = on_revoked

    def server_url(self) -> str:
        """The server this store last signed in to ('' if never)."""
        return remembered_server(self._db)

    def test_connection(self, server_url: str) -> str:
        """The server's database kind if it answers (raises Offline, ServerError...)."""
        client = SyncClient(server_url)
        try:
            return client.health().database
        finally:
            client.close()

    def sign_in(self, server_url: str, username: str, password: str) -> SignedIn:
        """Sign in; the token is kept; the returned actor is the person from now on."""
        client = SyncClient(server_url)
        try:
            done = sign_in(self._db, client, self._tokens, username=username, password=password)
        except SyncError as exc:
            if is_device_revoked(exc) and self._on_revoked is not None:
                self._on_revoked()  # a revoked laptop wipes its data at this contact too
            raise
        finally:
            client.close()
        if self._on_password_verified is not None:
            self._on_password_verified(done.me.username, password)
        return done

    def client(self) -> SyncClient | None:
        """A client with the kept token for the remembered server (None if signed out)."""
        return restore_client(self._tokens, server_url=self.server_url())

    def sign_out(self) -> None:
        """End the sign-in (on the server when reachable) and forget the token."""
        client = self.client()
        if client is None:
            self._tokens.clear()
            return
        sign_out(client, self._tokens)
