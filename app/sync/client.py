"""HTTP client of the sync protocol: sign-in, push, pull, health, with typed errors (requests)."""

from __future__ import annotations

import gzip
import json
import logging
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.sync.protocol import (
    HEADER_DEVICE,
    HEADER_EPOCH,
    HEALTH_PATH,
    LOGIN_PATH,
    LOGOUT_PATH,
    ME_PATH,
    PULL_PATH,
    PUSH_PATH,
    HealthResponse,
    LoginRequest,
    LoginResponse,
    MeResponse,
    Mutation,
    PushRequest,
    PushResponse,
    version_headers,
)

if TYPE_CHECKING:  # requests loads with the first client: not on the way to the window
    import requests

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 15.0
"""A weak link can take several seconds to open a connection."""

READ_TIMEOUT_S = 120.0
"""A big page over 32 KB/s takes a while; a stalled link is still given up in time."""

HEALTH_TIMEOUT_S = 5.0
GZIP_MIN_BYTES = 512
"""Smaller request bodies go plain: gzip would not pay for its header."""


class SyncError(Exception):
    """Sync could not go on; `str()` is a sentence for the log, the class says what to do."""

    def __init__(self, message: str, *, status: int = 0, code: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class Offline(SyncError):
    """The server cannot be reached: no network, refused, timed out, DNS, or cut mid-way."""


class Unauthorized(SyncError):
    """The server refused the sign-in or the token (401): sign in again."""


class TokenExpired(Unauthorized):
    """The token's time ran out (401 token_expired): sign in again; nothing is lost."""


class Forbidden(SyncError):
    """The role or device may not do this (403), e.g. a revoked device or a read-only role."""


class UpgradeRequired(SyncError):
    """This app is older than the server accepts (426): update it; the outbox is kept."""


class EpochChanged(SyncError):
    """The server database was restored (409 epoch_changed): pull again from cursor 0."""

    def __init__(self, message: str, *, epoch: str) -> None:
        super().__init__(message, status=409, code="epoch_changed")
        self.epoch = epoch


class Throttled(SyncError):
    """Too many failed sign-ins (429): wait `retry_after` seconds."""

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message, status=429, code="too_many_attempts")
        self.retry_after = retry_after


class ServerError(SyncError):
    """The server answered with an error this client cannot act on (5xx, 4xx, bad body)."""


class SyncClient:
    """One server: a kept-alive `requests.Session`, the token, and the protocol's requests.

    Every request carries the protocol and schema headers; request bodies above
    GZIP_MIN_BYTES go gzip, and answers are accepted gzip. Not thread-safe: one sync at
    a time uses one client.
    """

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        device_id: uuid.UUID | None = None,
        timeout: tuple[float, float] = (CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
        extra_headers: Mapping[str, str] | None = None,
        session: requests.Session | None = None,
    ) -> None:
        import requests
        from requests.adapters import HTTPAdapter
        from urllib3.util.retry import Retry

        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.requests_made = 0
        self._http = session or requests.Session()
        # One quiet retry when a kept-alive connection turns out dead (a weak link drops
        # idle connections). Safe for every route: a replayed push is a duplicate.
        retry = Retry(
            total=1, connect=1, read=1, status=0, allowed_methods=None, raise_on_status=False
        )
        self._http.mount("http://", HTTPAdapter(max_retries=retry))
        self._http.mount("https://", HTTPAdapter(max_retries=retry))
        # Only what the protocol needs: every header is paid for on every request.
        self._http.headers.clear()
        self._http.headers.update(
            {"Accept-Encoding": "gzip", "User-Agent": "puente", **version_headers()}
        )
        if device_id is not None:
            self._http.headers[HEADER_DEVICE] = str(device_id)
        if extra_headers:
            self._http.headers.update(extra_headers)

    # --- requests ---------------------------------------------------------------------------

    def health(self) -> HealthResponse:
        """The server's liveness and versions (a short timeout: it is a probe)."""
        data = self._call("GET", HEALTH_PATH, auth=False, timeout=(HEALTH_TIMEOUT_S, 10.0))
        return HealthResponse.model_validate(data)

    def login(
        self,
        username: str,
        password: str,
        *,
        device_id: uuid.UUID | None = None,
        device_name: str = "",
        device_tag: str = "",
    ) -> LoginResponse:
        """Sign in; on success the client keeps the token for the next requests."""
        body = LoginRequest(
            username=username,
            password=password,
            device_id=device_id,
            device_name=device_name[:120],
            device_tag=device_tag[:8],
        )
        data = self._call("POST", LOGIN_PATH, body=body.model_dump(mode="json"), auth=False)
        answer = LoginResponse.model_validate(data)
        self.token = answer.token
        return answer

    def logout(self) -> None:
        """End this sign-in on the server (the token stops working); forget it here."""
        try:
            if self.token:
                self._call("POST", LOGOUT_PATH)
        finally:
            self.token = None

    def me(self) -> MeResponse:
        """Who the token belongs to, with role and missions."""
        return MeResponse.model_validate(self._call("GET", ME_PATH))

    def push(self, mutations: list[Mutation]) -> PushResponse:
        """Send one batch of mutations; one result each, in order."""
        body = PushRequest(mutations=mutations).model_dump(mode="json")
        answer = PushResponse.model_validate(self._call("POST", PUSH_PATH, body=body))
        if len(answer.results) != len(mutations):
            raise ServerError("the server answered a push with the wrong number of results")
        return answer

    def pull(
        self,
        *,
        since: int,
        limit: int,
        missions: list[str] | None = None,
        epoch: str | None = None,
    ) -> dict[str, Any]:
        """One page of the change feed as plain JSON (the PullPage shape, not validated:
        a page of 5,000 rows is applied straight from lists)."""
        params: dict[str, str | int] = {"since": since, "limit": limit}
        if missions:
            params["missions"] = ",".join(sorted(missions))
        if epoch:
            params["epoch"] = epoch
        data = self._call("GET", PULL_PATH, params=params)
        if not isinstance(data, dict) or "next_cursor" not in data:
            raise ServerError("the server answered a pull with something that is not a page")
        return data

    def close(self) -> None:
        self._http.close()

    # --- plumbing ---------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        params: Mapping[str, str | int] | None = None,
        auth: bool = True,
        timeout: tuple[float, float] | None = None,
    ) -> Any:
        headers: dict[str, str] = {}
        data: bytes | None = None
        if auth:
            if not self.token:
                raise Unauthorized("not signed in", status=401, code="token_missing")
            headers["Authorization"] = f"Bearer {self.token}"
        if body is not None:
            data = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
            if len(data) >= GZIP_MIN_BYTES:
                data = gzip.compress(data, compresslevel=6, mtime=0)
                headers["Content-Encoding"] = "gzip"
        import requests

        self.requests_made += 1
        try:
            response = self._http.request(
                method,
                self.base_url + path,
                params=params,
                data=data,
                headers=headers,
                timeout=timeout or self.timeout,
            )
            content = response.content  # reads (and inflates) the whole body here
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise Offline(f"server not reachable: {type(exc).__name__}") from exc
        except requests.RequestException as exc:  # truncated or undecodable body, etc.
            raise Offline(f"connection failed mid-answer: {type(exc).__name__}") from exc
        if response.status_code >= 400:
            raise _error_for(response)
        if response.status_code == 204:
            return None
        if not content:
            # A link cut inside the headers can leave a status line and no body at all.
            raise Offline("connection cut: the answer arrived empty", status=response.status_code)
        try:
            return json.loads(content)
        except ValueError as exc:
            raise ServerError(
                "the server's answer is not JSON", status=response.status_code
            ) from exc


def _error_for(response: requests.Response) -> SyncError:
    """The typed error for an error answer (every server error body is an ErrorBody)."""
    status = response.status_code
    try:
        body = response.json()
        code = str(body.get("code", ""))
        message = str(body.get("message", ""))
    except (ValueError, AttributeError):
        code, message = "", response.text[:200]
    text = message or f"HTTP {status}"
    if status == 401:
        if code == "token_expired":
            return TokenExpired(text, status=status, code=code)
        return Unauthorized(text, status=status, code=code)
    if status == 403:
        return Forbidden(text, status=status, code=code)
    if status == 426:
        return UpgradeRequired(text, status=status, code=code or "upgrade_required")
    if status == 409 and code == "epoch_changed":
        return EpochChanged(text, epoch=response.headers.get(HEADER_EPOCH, ""))
    if status == 429:
        try:
            wait = int(response.headers.get("Retry-After", "60"))
        except ValueError:
            wait = 60
        return Throttled(text, retry_after=wait)
    if status in (502, 503, 504):
        # A proxy or a server restarting: as good as offline for the person.
        return Offline(text, status=status, code=code)
    return ServerError(text, status=status, code=code)
