"""HQ reads the server's audit chain: filters and pages in, plain rows or one kind of error out.

The screen gets `make_reader(open_client)` as a plain callable and never sees the
network layer: every sync error becomes an `AuditReadError` whose `kind` says what the
person can do (sign in, get online, or accept that their role may not read the log).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from app.sync.audit_upload import read_server_events
from app.sync.client import Forbidden, Offline, SyncClient, SyncError, Unauthorized

log = logging.getLogger(__name__)

PAGE_SIZE = 100

OFFLINE = "offline"
SIGNED_OUT = "signed_out"
REFUSED = "refused"
FAILED = "failed"


class AuditReadError(Exception):
    """The log could not be read; `kind` is one of OFFLINE, SIGNED_OUT, REFUSED, FAILED."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(detail or kind)
        self.kind = kind


@dataclass(frozen=True)
class AuditFilter:
    """What to read: a mission code, an event name, local dates (both inclusive), a page."""

    mission: str | None = None
    event: str | None = None
    since: date | None = None
    until: date | None = None
    after: int = 0
    limit: int = PAGE_SIZE

    def next_page(self, after: int) -> AuditFilter:
        return AuditFilter(self.mission, self.event, self.since, self.until, after, self.limit)


@dataclass(frozen=True)
class AuditRow:
    """One event of the chain: names and ids only, its time in UTC."""

    seq: int
    at: datetime
    username: str
    role: str
    device_id: str
    mission_id: str
    event: str
    entity: str
    record_id: str
    fields: tuple[str, ...]
    outcome: str
    count: int
    source: str


@dataclass(frozen=True)
class AuditPage:
    """Rows in chain order; ask again with `filter.next_page(next_after)` while `more`."""

    rows: tuple[AuditRow, ...]
    next_after: int
    more: bool


def local_day_start(day: date) -> datetime:
    """Midnight of `day` on this computer's clock, as an aware UTC time."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def _aware(value: str) -> datetime:
    at = datetime.fromisoformat(value)
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _row(raw: dict[str, Any]) -> AuditRow:
    return AuditRow(
        seq=int(raw["seq"]),
        at=_aware(str(raw["at"])),
        username=str(raw.get("username") or ""),
        role=str(raw.get("role") or ""),
        device_id=str(raw.get("device_id") or ""),
        mission_id=str(raw.get("mission_id") or ""),
        event=str(raw["event"]),
        entity=str(raw.get("entity") or ""),
        record_id=str(raw.get("record_id") or ""),
        fields=tuple(str(f) for f in raw.get("fields") or ()),
        outcome=str(raw.get("outcome") or ""),
        count=int(raw.get("count") or 0),
        source=str(raw.get("source") or ""),
    )


def read_page(client: Any, wanted: AuditFilter) -> AuditPage:
    """One page from a signed-in client; sync errors become AuditReadError."""
    since = local_day_start(wanted.since) if wanted.since else None
    until = local_day_start(wanted.until + timedelta(days=1)) if wanted.until else None
    try:
        raw = read_server_events(
            client,
            mission=wanted.mission or None,
            event=wanted.event or None,
            since=since,
            until=until,
            after=wanted.after,
            limit=wanted.limit,
        )
    except Offline as exc:
        raise AuditReadError(OFFLINE, str(exc)) from exc
    except Unauthorized as exc:
        raise AuditReadError(SIGNED_OUT, str(exc)) from exc
    except Forbidden as exc:
        raise AuditReadError(REFUSED, str(exc)) from exc
    except SyncError as exc:
        log.warning("audit read failed: %s", exc)
        raise AuditReadError(FAILED, str(exc)) from exc
    try:
        rows = tuple(_row(r) for r in raw["events"])
        return AuditPage(rows, int(raw["next_after"]), bool(raw["more"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise AuditReadError(FAILED, f"unexpected answer: {exc}") from exc


def make_reader(open_client: Callable[[], SyncClient | None]) -> Callable[[AuditFilter], AuditPage]:
    """A reader for the Audit screen; `open_client` is e.g. `SignInService.client`.

    Each read opens its own client (safe off the GUI thread) and closes it afterwards;
    no client (nobody signed in) is SIGNED_OUT.
    """

    def read(wanted: AuditFilter) -> AuditPage:
        client = open_client()
        if client is None:
            raise AuditReadError(SIGNED_OUT, "not signed in")
        try:
            return read_page(client, wanted)
        finally:
            client.close()

    return read
