"""Retention purges: delete records the server anonymised, with everything that refers to them.

A pulled page lists in ``purged`` the records the server anonymised under its mission's
retention period (protocol 2). :func:`purge_records` runs inside the page's transaction:
it deletes those rows and, following the foreign keys between the synced entities, every
row that refers to them directly or through a child (also local rows never sent), then
their history, shadows, outbox mutations (any state) and conflicts. ``secure_delete`` is
on while it deletes, so the freed bytes are zeroed, and the search index is merged
(``optimize``) so the deleted names leave its segments. After the commit,
:func:`checkpoint` moves the changed pages out of the -wal file.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Connection, Engine, Table

from app.models import SYNCED_ENTITIES
from app.store.search import FTS_TABLE

log = logging.getLogger(__name__)

CHUNK = 500
TRANSIENT_INDEX_MIN = 8
"""Deleting more rows than this from a table that an unindexed foreign key points at builds
a temporary index first: each deleted parent otherwise costs the child table a full scan
(case_note.revision_of: 45-120 ms a note at 340,000 notes; the index takes ~0.4 s)."""
BOOKKEEPING_TABLES: tuple[str, ...] = ("history", "shadow", "outbox", "sync_conflict")
"""Client tables that keep values of a record by (entity, entity_id)."""


@dataclass
class PurgeResult:
    """What a purge deleted: rows per entity and the ids of every deleted record."""

    counts: dict[str, int] = field(default_factory=dict)
    ids: set[uuid.UUID] = field(default_factory=set)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@cache
def referrers() -> dict[str, tuple[tuple[str, str], ...]]:
    """For each synced entity, the (entity, column) pairs whose foreign key points at it.

    Read from the SQLAlchemy tables, so an entity added to SYNCED_ENTITIES is covered.
    """
    found: dict[str, list[tuple[str, str]]] = {name: [] for name in SYNCED_ENTITIES}
    for name, model in SYNCED_ENTITIES.items():
        table: Table = model.__table__  # type: ignore[attr-defined]
        for key in table.foreign_keys:
            target = key.column.table.name
            if target in found:
                found[target].append((name, key.parent.name))
    return {name: tuple(pairs) for name, pairs in found.items()}


def _storage_id(value: Any) -> str:
    return str(value).replace("-", "").lower()


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _closure(conn: Connection, wanted: Mapping[str, set[str]]) -> dict[str, set[str]]:
    """The wanted ids plus every row that refers to one of them, transitively."""
    doomed: dict[str, set[str]] = {name: set(ids) for name, ids in wanted.items()}
    frontier = {name: set(ids) for name, ids in wanted.items() if ids}
    while frontier:
        found: dict[str, set[str]] = {}
        for parent, ids in frontier.items():
            for child, column in referrers()[parent]:
                for chunk in _chunks(sorted(ids)):
                    marks = ",".join("?" * len(chunk))
                    rows = conn.exec_driver_sql(
                        f"SELECT id FROM {child} WHERE {column} IN ({marks})", tuple(chunk)
                    )
                    new = {str(r[0]) for r in rows} - doomed.setdefault(child, set())
                    found.setdefault(child, set()).update(new)
        for name, ids in found.items():
            doomed[name] |= ids
        frontier = {name: ids for name, ids in found.items() if ids}
    return doomed


def _delete_rows(conn: Connection, entity: str, ids: list[str]) -> list[str]:
    """Delete rows of an entity by id; the ids that were there."""
    deleted: list[str] = []
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        rows = conn.exec_driver_sql(
            f"DELETE FROM {entity} WHERE id IN ({marks}) RETURNING id", tuple(chunk)
        )
        deleted += [str(r[0]) for r in rows]
    return deleted


def _delete_traces(conn: Connection, entity: str, ids: list[str]) -> None:
    """Delete what the client tables keep of these rows (any state)."""
    for table in BOOKKEEPING_TABLES:
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            conn.exec_driver_sql(
                f"DELETE FROM {table} WHERE entity = ? AND entity_id IN ({marks})",
                (entity, *chunk),
            )


def _indexed_first_columns(conn: Connection, table: str) -> set[str]:
    names = [str(r[1]) for r in conn.exec_driver_sql(f"PRAGMA index_list({table})")]
    return {
        str(conn.exec_driver_sql(f"PRAGMA index_info({name})").first()[2])  # type: ignore[index]
        for name in names
    }


def _transient_indexes(conn: Connection, doomed: Mapping[str, set[str]]) -> list[str]:
    """Indexes made for this transaction on unindexed foreign keys of big deletes.

    Dropped again before the commit, so the schema stays the one the migrations made.
    """
    made: list[str] = []
    for parent, ids in doomed.items():
        if len(ids) <= TRANSIENT_INDEX_MIN:
            continue
        for child, column in referrers()[parent]:
            if column in _indexed_first_columns(conn, child):
                continue
            name = f"purge_tmp_{child}_{column}"
            conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {child} ({column})")
            made.append(name)
    return made


def purge_records(conn: Connection, purged: Iterable[Mapping[str, Any]]) -> PurgeResult:
    """Delete the listed records, everything that refers to them, and their traces.

    Runs in the caller's transaction (foreign keys deferred by the caller or not: children
    go first). Records this device never had are skipped; entities it does not know are
    ignored. The search index is optimised only when a worker was deleted.
    """
    wanted: dict[str, set[str]] = {}
    for record in purged:
        entity = str(record["entity"])
        if entity in SYNCED_ENTITIES:
            wanted.setdefault(entity, set()).add(_storage_id(record["id"]))
    result = PurgeResult()
    if not wanted:
        return result
    doomed = _closure(conn, wanted)
    before = conn.exec_driver_sql("PRAGMA secure_delete").scalar()
    conn.exec_driver_sql("PRAGMA secure_delete = ON")
    transient: list[str] = []
    try:
        transient += _transient_indexes(conn, doomed)
        for entity in reversed(SYNCED_ENTITIES):  # children first
            ids = sorted(doomed.get(entity, ()))
            if not ids:
                continue
            deleted = _delete_rows(conn, entity, ids)
            if deleted:
                result.counts[entity] = len(deleted)
                result.ids.update(uuid.UUID(hex=i) for i in deleted)
            _delete_traces(conn, entity, ids)  # also of records that were never here
        if result.counts.get("worker"):
            # Deleted terms stay in older FTS5 segments until they are merged into one.
            conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
    finally:
        for name in transient:
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
        conn.exec_driver_sql(f"PRAGMA secure_delete = {int(before or 0)}")
    if result.total:
        log.info("retention purge: %s", result.counts)  # counts only, never values
    return result


def checkpoint(engine: Engine) -> bool:
    """Copy the WAL into the store and truncate it (after a purge committed).

    The old pages of purged records leave the -wal file. False if a reader kept the
    checkpoint from finishing (the next checkpoint finishes the job).
    """
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        busy, _frames, _done = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        cursor.close()
    finally:
        raw.close()
    if busy:
        log.warning("checkpoint after a retention purge could not finish (a reader was busy)")
    return not busy
