"""The server's security audit: an append-only, hash-chained log of names and ids (no values).

Every row holds who (username, role, device), what (event, entity, record id, field
*names*), where (mission) and how it ended (outcome). Personal values never go in: a
field's name says what changed, the history table says to what. Each row's `hash` is
SHA-256 over the previous row's hash and the canonical encoding of the row, so editing,
inserting or removing a row in the middle breaks the chain (`verify_chain`). On
PostgreSQL a trigger refuses UPDATE, DELETE and TRUNCATE and the app role holds only
SELECT and INSERT (`grant_app_role`); on SQLite triggers refuse UPDATE and DELETE.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, Table, text
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from app.models.base import utcnow
from server.models import AuditLog

if TYPE_CHECKING:
    from server.auth import Principal

GENESIS = "0" * 64
"""The `prev_hash` of the first row."""

MAX_FIELDS_CHARS = 2000

# Event names (stable: HQ filters on them; the desktop uploads its own with these too).
SIGN_IN = "sign_in"
SIGN_IN_FAILED = "sign_in_failed"
SIGN_OUT = "sign_out"
DEVICE_REVOKED = "device_revoked"
USER_CREATED = "user_created"
ROLE_CHANGED = "role_changed"
PASSWORD_RESET = "password_reset"
SYNC_PUSH = "sync_push"
SYNC_PULL = "sync_pull"
BUNDLE_IMPORT = "bundle_import"
BUNDLE_EXPORT = "bundle_export"
AUDIT_READ = "audit_read"
AUDIT_UPLOAD = "audit_upload"
RETENTION_SET = "retention_set"
RETENTION_CLEARED = "retention_cleared"
RETENTION_PURGE = "retention_purge"

SERVER_EVENTS: frozenset[str] = frozenset(
    {
        SIGN_IN,
        SIGN_IN_FAILED,
        SIGN_OUT,
        DEVICE_REVOKED,
        USER_CREATED,
        ROLE_CHANGED,
        PASSWORD_RESET,
        SYNC_PUSH,
        SYNC_PULL,
        BUNDLE_IMPORT,
        BUNDLE_EXPORT,
        AUDIT_READ,
        RETENTION_SET,
        RETENTION_CLEARED,
        RETENTION_PURGE,
    }
)

_PG_LOCK_KEY = 0x70756E74  # "punt": one advisory lock serialises appends on PostgreSQL


def _table() -> Table:
    table: Table = AuditLog.__table__  # type: ignore[attr-defined]
    return table


def _iso(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical(row: dict[str, Any]) -> bytes:
    """The bytes a row's hash covers: every column but `hash`, as sorted compact JSON."""
    values = {
        "seq": int(row["seq"]),
        "at": _iso(row["at"]),
        "username": row["username"] or "",
        "role": row["role"] or "",
        "device_id": str(row["device_id"]) if row["device_id"] else "",
        "mission_id": row["mission_id"] or "",
        "event": row["event"],
        "entity": row["entity"] or "",
        "record_id": row["record_id"] or "",
        "fields": row["fields"] or "",
        "outcome": row["outcome"] or "",
        "count": int(row["count"] or 0),
        "source": row["source"] or "",
        "client_event_id": str(row["client_event_id"]) if row["client_event_id"] else "",
        "client_at": _iso(row["client_at"]),
        "prev_hash": row["prev_hash"],
    }
    return json.dumps(values, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def row_hash(prev_hash: str, row: dict[str, Any]) -> str:
    """SHA-256 hex over the previous hash and the canonical encoding of the row."""
    digest = hashlib.sha256()
    digest.update(prev_hash.encode("ascii"))
    digest.update(b"\n")
    digest.update(canonical(row))
    return digest.hexdigest()


def field_names(fields: Iterable[str]) -> str:
    """Sorted, de-duplicated field names joined by commas (names only, never values)."""
    names = sorted({str(f) for f in fields if f})
    joined = ",".join(names)
    if len(joined) > MAX_FIELDS_CHARS:
        joined = joined[: MAX_FIELDS_CHARS - 1] + "…"
    return joined


def lock(session: Session) -> None:
    """Serialise appends: the chain head read next cannot move before this commits."""
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
    else:
        # SQLite has one writer: taking the write lock now (a no-op write) is enough.
        conn.execute(text("UPDATE srv_counter SET value = value WHERE name = 'feed'"))


def append(
    session: Session,
    *,
    event: str,
    username: str = "",
    role: str = "",
    device_id: uuid.UUID | None = None,
    mission_id: str = "",
    entity: str = "",
    record_id: str = "",
    fields: Iterable[str] = (),
    outcome: str = "ok",
    count: int = 0,
    source: str = "server",
    client_event_id: uuid.UUID | None = None,
    client_at: datetime | None = None,
) -> dict[str, Any]:
    """Append one row inside the caller's transaction (the caller commits); returns it."""
    return append_many(
        session,
        [
            {
                "event": event,
                "username": username,
                "role": role,
                "device_id": device_id,
                "mission_id": mission_id,
                "entity": entity,
                "record_id": record_id,
                "fields": field_names(fields),
                "outcome": outcome,
                "count": count,
                "source": source,
                "client_event_id": client_event_id,
                "client_at": client_at,
            }
        ],
    )[0]


_DEFAULTS: dict[str, Any] = {
    "username": "",
    "role": "",
    "device_id": None,
    "mission_id": "",
    "entity": "",
    "record_id": "",
    "fields": "",
    "outcome": "ok",
    "count": 0,
    "source": "server",
    "client_event_id": None,
    "client_at": None,
}


def append_many(session: Session, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Append rows in order with one lock and one insert; `fields` already joined."""
    if not rows:
        return []
    lock(session)
    conn = session.connection()
    table = _table()
    head = conn.execute(
        sa_select(table.c.seq, table.c.hash).order_by(table.c.seq.desc()).limit(1)
    ).first()
    seq, prev = (int(head[0]), str(head[1])) if head else (0, GENESIS)
    now = utcnow()
    out: list[dict[str, Any]] = []
    for given in rows:
        seq += 1
        row = {**_DEFAULTS, **given, "seq": seq, "at": now, "prev_hash": prev}
        row["hash"] = prev = row_hash(row["prev_hash"], row)
        out.append(row)
    conn.execute(table.insert(), out)
    return out


def append_alone(engine: Engine, **event: Any) -> dict[str, Any]:
    """Append one row in a transaction of its own (for answers that store nothing else)."""
    with Session(engine) as session:
        row = append(session, **event)
        session.commit()
    return row


# --- verification ------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainReport:
    """What verify_chain found: rows checked, and the first broken row with the reason."""

    checked: int
    first_bad_seq: int | None = None
    reason: str = ""
    head_seq: int = 0
    head_hash: str = GENESIS

    @property
    def ok(self) -> bool:
        return self.first_bad_seq is None


def _rows(conn: Connection, batch: int = 5000) -> Iterator[dict[str, Any]]:
    table = _table()
    after = 0
    while True:
        chunk = (
            conn.execute(
                sa_select(table).where(table.c.seq > after).order_by(table.c.seq).limit(batch)
            )
            .mappings()
            .all()
        )
        if not chunk:
            return
        for row in chunk:
            yield dict(row)
        after = int(chunk[-1]["seq"])


def verify_chain(conn: Connection) -> ChainReport:
    """Recompute every hash in order: an edited, removed or inserted row is reported."""
    prev, expected_seq, checked = GENESIS, None, 0
    for row in _rows(conn):
        seq = int(row["seq"])
        if expected_seq is not None and seq != expected_seq:
            return ChainReport(checked, seq, f"row {expected_seq} is missing")
        if row["prev_hash"] != prev:
            return ChainReport(checked, seq, "the link to the previous row is broken")
        if row_hash(prev, row) != row["hash"]:
            return ChainReport(checked, seq, "the row was changed after it was written")
        prev, expected_seq, checked = row["hash"], seq + 1, checked + 1
    # Rows cut off the end leave an intact shorter chain: compare the head with one noted
    # elsewhere (audit-verify prints it) to detect that too.
    return ChainReport(checked, head_seq=(expected_seq or 1) - 1, head_hash=prev)


# --- reading -----------------------------------------------------------------------------


def list_events(
    session: Session,
    *,
    mission: str | None = None,
    event: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    after_seq: int = 0,
    limit: int = 200,
) -> list[AuditLog]:
    """Rows in chain order after `after_seq`, filtered; `limit` at most."""
    query = select(AuditLog).where(col(AuditLog.seq) > after_seq)
    if mission:
        query = query.where(AuditLog.mission_id == mission.upper())
    if event:
        query = query.where(AuditLog.event == event)
    if since is not None:
        query = query.where(col(AuditLog.at) >= since)
    if until is not None:
        query = query.where(col(AuditLog.at) < until)
    return list(session.exec(query.order_by(col(AuditLog.seq)).limit(limit)).all())


# --- PostgreSQL privileges ---------------------------------------------------------------


def grant_app_role(conn: Connection, role: str) -> None:
    """Let `role` run the app: read and write the server tables, but only append the audit.

    Run by the owner of the tables (the role that ran the migrations). The audit table's
    trigger refuses UPDATE, DELETE and TRUNCATE whatever privileges are granted later.
    """
    if conn.dialect.name != "postgresql":
        raise ValueError("Roles exist only on PostgreSQL; SQLite relies on its triggers.")
    if not role.replace("_", "").isalnum():
        raise ValueError("A role name has letters, digits and underscores only.")
    quoted = f'"{role}"'
    for statement in (
        f"GRANT USAGE ON SCHEMA public TO {quoted}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {quoted}",
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {quoted}",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {quoted}",
        "REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC",
    ):
        conn.execute(text(statement))


def home_mission(missions: Iterable[str]) -> str:
    """The mission an event of this user belongs to: their only mission, else none (HQ)."""
    codes = sorted(set(missions))
    return codes[0] if len(codes) == 1 else ""


def append_for(session: Session, principal: Principal, *, event: str, **details: Any) -> None:
    """Append an event done by a signed-in caller (name, role, device and mission filled).

    Locks first: after a rollback the principal's rows reload, and on SQLite that read must
    come inside the write transaction, not before it.
    """
    lock(session)
    details.setdefault("mission_id", home_mission(principal.user.mission_list()))
    append(
        session,
        event=event,
        username=principal.username,
        role=principal.role.value,
        device_id=principal.device.id,
        **details,
    )


def record_push(
    session: Session, principal: Principal, mutations: Sequence[Any], results: Sequence[Any]
) -> None:
    """One row per pushed mutation: entity, id, changed field *names*, how it was judged."""
    rows = []
    for m, r in zip(mutations, results, strict=True):
        status = r.status.value
        if r.reason is not None:
            status = f"{status}:{r.reason.value}"
        rows.append(
            {
                "event": SYNC_PUSH,
                "username": principal.username,
                "role": principal.role.value,
                "device_id": principal.device.id,
                "mission_id": m.mission_id,
                "entity": m.entity,
                "record_id": str(m.entity_id),
                "fields": field_names(m.changes),
                "outcome": f"{m.op.value}/{status}"[:40],
            }
        )
    append_many(session, rows)
