"""The sync engine: push the outbox in batches, pull the feed page by page, settle results.

Every step commits on its own: a batch's results with the outbox states, a page with its
cursor. A cut connection, a cancel or a killed process between steps leaves the store
consistent, and the next sync goes on from there (the server dedups replayed mutations).
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from app.models import SYNCED_ENTITIES
from app.models.base import utcnow
from app.models.codec import WireValue
from app.models.enums import MutationOp
from app.services.db import Database
from app.sync.apply import (
    ApplyStats,
    apply_page,
    apply_rows,
    keep_shadow,
    load_pending,
    record_conflict,
    shadow_of,
    storage_id,
    wire_from_text,
)
from app.sync.audit_upload import upload_events
from app.sync.client import (
    EpochChanged,
    Forbidden,
    Offline,
    ServerError,
    SyncClient,
    SyncError,
    Throttled,
    TokenExpired,
    Unauthorized,
    UpgradeRequired,
)
from app.sync.protocol import (
    MAX_PULL_LIMIT,
    PUSH_BATCH_SIZE,
    Mutation,
    MutationResult,
    MutationStatus,
    RejectReason,
    scope_key,
)
from app.sync.purge import checkpoint, purge_records
from app.sync.wipe import DEVICE_REVOKED, is_device_revoked

log = logging.getLogger(__name__)

Cancel = Callable[[], bool]
Progress = Callable[[str, int, int], None]
"""(stage "push" or "pull", done, total; total 0 when not known)."""

DEFAULT_PULL_LIMIT = 2000
LOG_KEY = "sync.log"
LAST_SUCCESS_KEY = "sync.last_success"
LAST_PROBLEM_KEY = "sync.last_problem"
LOG_LENGTH = 50
DERIVED_FIELDS = frozenset({"sort_name"})


def never() -> bool:
    return False


def _quiet(_stage: str, _done: int, _total: int) -> None:
    return None


@dataclass
class SyncReport:
    """What one sync did; `problem` is a stable code when it stopped early."""

    started_at: datetime = field(default_factory=utcnow)
    finished_at: datetime | None = None
    pushed: int = 0
    sent: int = 0
    conflicts: int = 0
    rejected: int = 0
    duplicates: int = 0
    dropped: int = 0
    """Mutations the server refused as purged under retention: dropped, not refused."""
    pulled_pages: int = 0
    pulled_rows: int = 0
    pull: ApplyStats = field(default_factory=ApplyStats)
    purged: int = 0
    """Records removed from this laptop under the retention period (pulls and pushes)."""
    purged_ids: set[uuid.UUID] = field(default_factory=set, repr=False)
    """Their ids, so windows open on them close (kept out of the sync log)."""
    epoch_reset: bool = False
    cancelled: bool = False
    requests: int = 0
    apply_s: float = 0.0
    """Seconds spent applying pages locally (the rest of a pull is network and server)."""
    problem: str = ""
    detail: str = ""
    error: SyncError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled

    def summary(self) -> dict[str, Any]:
        """A plain dict for the sync log."""
        data = asdict(self)
        data.pop("error", None)
        data.pop("purged_ids", None)
        data["pull"].pop("purged_ids", None)
        data["started_at"] = self.started_at.isoformat()
        data["finished_at"] = self.finished_at.isoformat() if self.finished_at else None
        return data


def problem_code(exc: SyncError) -> str:
    """A stable code for the kind of problem (the UI turns it into a sentence)."""
    if is_device_revoked(exc):
        return DEVICE_REVOKED
    for kind, code in (
        (TokenExpired, "token_expired"),
        (Unauthorized, "unauthorized"),
        (UpgradeRequired, "upgrade_required"),
        (Offline, "offline"),
        (Forbidden, "forbidden"),
        (Throttled, "throttled"),
        (EpochChanged, "epoch_changed"),
        (ServerError, "server_error"),
    ):
        if isinstance(exc, kind):
            return code
    return "server_error"


@dataclass(frozen=True)
class OutboxBatch:
    """Pending mutations read for one push, with their outbox sequence numbers."""

    seqs: list[int]
    mutations: list[Mutation]


class SyncEngine:
    """Push and pull for one store and one server connection (one sync at a time)."""

    def __init__(
        self,
        db: Database,
        client: SyncClient,
        *,
        missions: Sequence[str] | None = None,
        pull_limit: int = DEFAULT_PULL_LIMIT,
        push_batch: int = PUSH_BATCH_SIZE,
        on_revoked: Callable[[], object] | None = None,
    ) -> None:
        """`on_revoked` wipes the local data (see app.sync.wipe) when the server answers
        that this device was revoked; the sync then returns at once, writing nothing."""
        self.db = db
        self.client = client
        self.on_revoked = on_revoked
        self.missions = sorted(missions) if missions else None
        self.scope = scope_key(self.missions)
        self.pull_limit = min(pull_limit, MAX_PULL_LIMIT)
        self.push_batch = push_batch

    # --- one sync -------------------------------------------------------------------------

    def sync(self, cancel: Cancel = never, progress: Progress = _quiet) -> SyncReport:
        """Push pending changes, then pull until up to date; never raises a SyncError.

        The report says what happened; `report.error` holds a SyncError that stopped it
        (the outbox keeps every unsent change whatever the error).
        """
        report = SyncReport()
        before = self.client.requests_made
        try:
            self.push(report, cancel, progress)
            if not report.cancelled:
                self.pull(report, cancel, progress)
            if not report.cancelled:  # the local audit joins the server's chain
                upload_events(self.client, self.db)  # no request when nothing waits
        except SyncError as exc:
            report.error = exc
            report.problem = problem_code(exc)
            report.detail = str(exc)
            log.info("sync stopped: %s (%s)", report.problem, exc)
            if report.problem == DEVICE_REVOKED and self.on_revoked is not None:
                self.client.token = None
                self.on_revoked()  # the store is gone: nothing more is written to it
                report.requests = self.client.requests_made - before
                report.finished_at = utcnow()
                return report
        report.requests = self.client.requests_made - before
        report.finished_at = utcnow()
        self._log(report)
        return report

    # --- push -----------------------------------------------------------------------------

    def pending_count(self) -> int:
        """How many local changes wait for the server."""
        with self.db.read() as session:
            row = session.connection().exec_driver_sql(
                "SELECT count(*) FROM outbox WHERE state = 'pending'"
            )
            return int(row.scalar_one())

    def push(self, report: SyncReport, cancel: Cancel, progress: Progress) -> None:
        """Send pending mutations in outbox order, a batch at a time, settling each batch."""
        total = self.pending_count()
        done = 0
        last_seq = 0
        while total and not cancel():
            batch = self.read_batch(after=last_seq)
            if not batch.mutations:
                return
            try:
                answer = self.client.push(batch.mutations)
            except SyncError as exc:
                self._note_attempt(batch.seqs, exc)
                raise
            self.settle(batch, answer.results, report)
            last_seq = batch.seqs[-1]
            done += len(batch.mutations)
            progress("push", done, total)
        if total and cancel():
            report.cancelled = True

    def read_batch(self, *, after: int = 0, limit: int | None = None) -> OutboxBatch:
        """The next pending mutations after outbox seq `after`, as wire mutations."""
        with self.db.read() as session:
            conn = session.connection()
            rows = conn.exec_driver_sql(
                "SELECT seq, mutation_id, entity, entity_id, mission_id, op, base_version, "
                "changes, created_at FROM outbox WHERE state = 'pending' AND seq > ? "
                "ORDER BY seq LIMIT ?",
                (after, limit or self.push_batch),
            ).all()
            bases = _edit_bases(conn, [r[1] for r in rows])
            mutations = []
            for seq, mid, entity, entity_id, mission, op, base_version, changes, made in rows:
                del seq
                values: dict[str, WireValue] = json.loads(changes)
                base = bases.get(mid, {})
                shadow = shadow_of(conn, entity, entity_id) if op != "create" else None
                if shadow is not None:
                    for name in values:
                        if name not in base and name in shadow[1]:
                            base[name] = shadow[1][name]
                mutations.append(
                    Mutation(
                        mutation_id=uuid.UUID(hex=mid),
                        entity=entity,
                        entity_id=uuid.UUID(hex=entity_id),
                        mission_id=mission,
                        op=MutationOp(op),
                        base_version=base_version,
                        changes=values,
                        base=base or None,
                        made_at=datetime.fromisoformat(made + "+00:00"),
                    )
                )
        return OutboxBatch([int(r[0]) for r in rows], mutations)

    def settle(
        self, batch: OutboxBatch, results: Sequence[MutationResult], report: SyncReport
    ) -> None:
        """Record the server's answers: outbox states, conflicts, refreshed rows (one commit).

        A mutation refused because its record was purged under retention is dropped, and
        the record (with what refers to it) leaves this laptop: nothing is left to act on.
        """
        purged: list[dict[str, Any]] = []
        with self.db.write() as session:
            conn = session.connection()
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            stamp = utcnow()
            refresh: list[MutationResult] = []
            for seq, result in zip(batch.seqs, results, strict=True):
                if _purged(result):
                    conn.exec_driver_sql("DELETE FROM outbox WHERE seq = ?", (seq,))
                    purged.append({"entity": result.entity, "id": result.entity_id})
                    continue
                status = self._mark(conn, seq, result, stamp, report)
                if status is MutationStatus.REJECTED:
                    self._revert(conn, result)
                elif result.row is not None:
                    refresh.append(result)
            if purged:
                removed = purge_records(conn, purged)
                report.purged += removed.total
                report.purged_ids |= removed.ids
                report.dropped += len(purged)
            pending = load_pending(conn)
            for result in refresh:
                assert result.row is not None
                apply_rows(
                    conn,
                    result.entity,
                    list(result.row),
                    [list(result.row.values())],
                    pending,
                    only_newer=True,
                )
        report.pushed += len(results)
        if purged:
            checkpoint(self.db.engine)

    def settle_results(self, results: Sequence[MutationResult], report: SyncReport) -> int:
        """Settle answers that arrived in a file: only for mutations still pending here."""
        wanted = {str(r.mutation_id).replace("-", ""): r for r in results}
        with self.db.read() as session:
            rows = session.connection().exec_driver_sql(
                "SELECT seq, mutation_id FROM outbox WHERE state = 'pending' ORDER BY seq"
            )
            mine = [(int(seq), wanted[mid]) for seq, mid in rows if mid in wanted]
        if mine:
            batch = OutboxBatch([s for s, _ in mine], [])
            self.settle(batch, [r for _, r in mine], report)
        return len(mine)

    def _mark(
        self,
        conn: Connection,
        seq: int,
        result: MutationResult,
        stamp: datetime,
        report: SyncReport,
    ) -> MutationStatus:
        status = result.status
        if status is MutationStatus.DUPLICATE:
            report.duplicates += 1
            status = result.first_status or MutationStatus.APPLIED
        error = ""
        if status is MutationStatus.REJECTED:
            state = "rejected"
            reason = result.reason.value if result.reason else "rejected"
            error = f"{reason}: {result.message}"
            report.rejected += 1
        elif status is MutationStatus.CONFLICT:
            state = "conflict"
            mission = conn.exec_driver_sql(
                "SELECT mission_id FROM outbox WHERE seq = ?", (seq,)
            ).scalar_one()
            keep_shadow(conn, result.entity, result.entity_id)  # the Conflicts view reads it
            for c in result.conflicts:
                if c.field in DERIVED_FIELDS:
                    continue  # follows the names: the server kept theirs with their names
                report.conflicts += 1
                record_conflict(
                    conn,
                    entity=result.entity,
                    entity_id=str(result.entity_id),
                    mission_id=str(mission),
                    field_name=c.field,
                    base=c.base,
                    mine=c.mine,
                    theirs=c.theirs,
                    mutation_id=str(result.mutation_id),
                    stamp=stamp.strftime("%Y-%m-%d %H:%M:%S.%f"),
                )
        else:
            state = "sent"
            report.sent += 1
        conn.exec_driver_sql(
            "UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = ?, sent_at = ? "
            "WHERE seq = ?",
            (state, error, stamp.strftime("%Y-%m-%d %H:%M:%S.%f"), seq),
        )
        return status

    def _revert(self, conn: Connection, result: MutationResult) -> None:
        """A refused edit: the row goes back to the server's copy (the outbox keeps mine)."""
        shadow = shadow_of(conn, result.entity, result.entity_id)
        if shadow is None or result.entity not in SYNCED_ENTITIES:
            return  # a refused create stays here, shown with its reason
        data = shadow[1]
        apply_rows(conn, result.entity, list(data), [list(data.values())], load_pending(conn))

    def _note_attempt(self, seqs: list[int], exc: SyncError) -> None:
        with self.db.write() as session:
            session.connection().exec_driver_sql(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?",
                [(f"{problem_code(exc)}: {exc}"[:500], s) for s in seqs],
            )

    # --- pull -----------------------------------------------------------------------------

    def cursor(self) -> tuple[int, str]:
        """(last_seq, server_epoch) of this scope's cursor."""
        with self.db.read() as session:
            row = (
                session.connection()
                .exec_driver_sql(
                    "SELECT last_seq, server_epoch FROM sync_cursor WHERE scope = ?", (self.scope,)
                )
                .first()
            )
        return (0, "") if row is None else (int(row[0]), str(row[1]))

    def pull(self, report: SyncReport, cancel: Cancel, progress: Progress) -> None:
        """Pull pages from the cursor until `more` is false; each page commits with its cursor.

        The next page is fetched while this one is applied (one request ahead), so the
        server's and the network's time overlap the local writes. A page is only ever
        applied after the one before it committed.
        """
        since, epoch = self.cursor()
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull")
        try:
            ahead = pool.submit(self._fetch, since, epoch)
            while True:
                if cancel():
                    report.cancelled = True
                    return
                try:
                    page = ahead.result()
                except EpochChanged:
                    if report.epoch_reset:
                        raise
                    report.epoch_reset = True
                    self._store_cursor(None, 0, "")
                    ahead = pool.submit(self._fetch, 0, "")
                    continue
                more = bool(page.get("more"))
                if more:
                    ahead = pool.submit(
                        self._fetch, int(page["next_cursor"]), str(page["server_epoch"])
                    )
                self.apply_pulled(page, report)
                progress("pull", report.pulled_rows, 0)
                if not more:
                    return
        finally:
            # A cancel or an error returns at once; a request still in flight is dropped.
            pool.shutdown(wait=False, cancel_futures=True)

    def _fetch(self, since: int, epoch: str) -> dict[str, Any]:
        return self.client.pull(
            since=since, limit=self.pull_limit, missions=self.missions, epoch=epoch or None
        )

    def apply_pulled(
        self, page: dict[str, Any], report: SyncReport, *, only_newer: bool = False
    ) -> None:
        """Apply one page and store its cursor in one transaction."""
        started = time.perf_counter()
        with self.db.write() as session:
            conn = session.connection()
            stats = apply_page(conn, page, only_newer=only_newer)
            self._store_cursor(conn, int(page["next_cursor"]), str(page["server_epoch"]))
        if stats.purged:
            checkpoint(self.db.engine)  # the purged records' old pages leave the -wal file
            report.purged += stats.purged
            report.purged_ids |= stats.purged_ids
        report.apply_s += time.perf_counter() - started
        report.pulled_pages += 1
        report.pulled_rows += sum(
            len(block.get("rows", [])) for block in (page.get("entities") or {}).values()
        )
        report.pull.add(stats)

    def _store_cursor(self, conn: Connection | None, last_seq: int, epoch: str) -> None:
        sql = (
            "INSERT INTO sync_cursor (scope, last_seq, server_epoch, updated_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(scope) DO UPDATE SET last_seq = excluded.last_seq, "
            "server_epoch = excluded.server_epoch, updated_at = excluded.updated_at"
        )
        params = (self.scope, last_seq, epoch, utcnow().strftime("%Y-%m-%d %H:%M:%S.%f"))
        if conn is not None:
            conn.exec_driver_sql(sql, params)
            return
        with self.db.write() as session:
            session.connection().exec_driver_sql(sql, params)

    # --- the log --------------------------------------------------------------------------

    def record(self, report: SyncReport) -> None:
        """Add a finished report (e.g. of a file import) to the sync log."""
        report.finished_at = report.finished_at or utcnow()
        self._log(report)

    def _log(self, report: SyncReport) -> None:
        entry = report.summary()
        with self.db.write() as session:
            conn = session.connection()
            found = conn.exec_driver_sql(
                "SELECT value FROM local_meta WHERE key = ?", (LOG_KEY,)
            ).first()
            entries: list[Any] = json.loads(found[0]) if found else []
            entries = [entry, *entries][:LOG_LENGTH]
            facts = [(LOG_KEY, json.dumps(entries))]
            if report.ok:
                facts.append((LAST_SUCCESS_KEY, entry["finished_at"]))
                facts.append((LAST_PROBLEM_KEY, ""))
            elif report.problem:
                facts.append((LAST_PROBLEM_KEY, report.problem))
            conn.exec_driver_sql(
                "INSERT INTO local_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                facts,
            )


def _purged(result: MutationResult) -> bool:
    """True if the server refused the mutation because the record was purged (retention)."""
    status = result.first_status if result.status is MutationStatus.DUPLICATE else result.status
    return status is MutationStatus.REJECTED and result.reason is RejectReason.PURGED


def _edit_bases(conn: Connection, mutation_ids: Sequence[str]) -> dict[str, dict[str, WireValue]]:
    """The values each update started from, as its history entries recorded them."""
    if not mutation_ids:
        return {}
    marks = ",".join("?" * len(mutation_ids))
    rows = conn.exec_driver_sql(
        f"SELECT h.mutation_id, h.entity, h.field, h.old_value FROM history h "
        f"WHERE h.remote = 0 AND h.mutation_id IN ({marks})",
        tuple(mutation_ids),
    )
    bases: dict[str, dict[str, WireValue]] = {}
    for mid, entity, name, old in rows:
        bases.setdefault(mid, {})[name] = wire_from_text(entity, name, old)
    return bases


def storage_ids(ids: Sequence[Any]) -> list[str]:
    """Ids in the store's form (for tests and tools)."""
    return [storage_id(i) for i in ids]


@dataclass(frozen=True)
class RefusedChange:
    """A change the server refused, kept visible with its reason."""

    seq: int
    entity: str
    entity_id: str
    op: str
    reason: str
    created_at: str


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar and the Sync view show (read in one quick transaction)."""

    pending: int
    open_conflicts: int
    refused: list[RefusedChange]
    last_success: datetime | None
    last_problem: str
    log: list[dict[str, Any]]


def read_status(db: Database) -> SyncStatus:
    """Pending changes, open conflicts, refused changes, last success and problem, the log."""
    with db.read() as session:
        conn = session.connection()
        pending = conn.exec_driver_sql(
            "SELECT count(*) FROM outbox WHERE state = 'pending'"
        ).scalar_one()
        conflicts = conn.exec_driver_sql(
            "SELECT count(*) FROM sync_conflict WHERE state = 'open'"
        ).scalar_one()
        refused = [
            RefusedChange(int(r[0]), r[1], str(uuid.UUID(hex=r[2])), r[3], r[4], str(r[5]))
            for r in conn.exec_driver_sql(
                "SELECT seq, entity, entity_id, op, last_error, created_at FROM outbox "
                "WHERE state = 'rejected' ORDER BY seq DESC LIMIT 100"
            )
        ]
        meta: dict[str, str] = dict(
            conn.exec_driver_sql(
                "SELECT key, value FROM local_meta WHERE key IN (?, ?, ?)",
                (LOG_KEY, LAST_SUCCESS_KEY, LAST_PROBLEM_KEY),
            ).all()
        )
    success = meta.get(LAST_SUCCESS_KEY) or ""
    return SyncStatus(
        pending=int(pending),
        open_conflicts=int(conflicts),
        refused=refused,
        last_success=datetime.fromisoformat(success) if success else None,
        last_problem=meta.get(LAST_PROBLEM_KEY) or "",
        log=json.loads(meta[LOG_KEY]) if meta.get(LOG_KEY) else [],
    )
