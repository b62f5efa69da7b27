"""Serve the change feed: rows of the caller's missions after a cursor, parents included.

Rows anonymised under retention (`RowMeta.purged_at`) are never sent again, neither as rows
nor as tombstones: a page after a cursor (`since > 0`) lists them in `purged` instead.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Table, Uuid
from sqlalchemy import Enum as SAEnum
from sqlalchemy import select as sa_select
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlmodel import Session, col, select

from app.models import SYNCED_ENTITIES, Mission
from app.sync.protocol import MissionInfo
from server.models import RowMeta
from server.sync import rows as entity_rows

_CHUNK = 500


class FeedEntry(NamedTuple):
    """One row's place in the feed."""

    entity: str
    entity_id: uuid.UUID
    server_seq: int
    mission_id: str
    version: int
    archived_at: Any
    purged_at: Any


_META: Table = RowMeta.__table__  # type: ignore[attr-defined]
_FEED_COLUMNS: list[Any] = [
    _META.c[name]
    for name in (
        "entity",
        "entity_id",
        "server_seq",
        "mission_id",
        "version",
        "archived_at",
        "purged_at",
    )
]


def pull_page(
    session: Session, *, scope: frozenset[str], since: int, limit: int, epoch: str
) -> dict[str, Any]:
    """One page of the feed as a JSON-ready dict in the PullPage shape.

    Rows come in feed order (server_seq), at most `limit` of them, plus any parent a row
    refers to that the client has not been sent yet (it would otherwise come on a later
    page, and the client applies each page with foreign keys on). Rows are read with Core
    selects and turned into arrays directly: no ORM objects on this hot path. Purged rows
    keep their place in the feed (the cursor moves past them) but only their ids go out,
    and only to a client that pulled before (a fresh pull never had them).
    """
    raw = session.connection().dialect.name == "sqlite"
    entries = (
        _feed_sqlite(session, scope, since, limit) if raw else _feed(session, scope, since, limit)
    )
    more = len(entries) > limit
    entries = entries[:limit]
    next_cursor = entries[-1].server_seq if entries else since
    purged = [e for e in entries if e.purged_at is not None]
    if purged:
        entries = [e for e in entries if e.purged_at is None]
    wanted: dict[str, dict[Any, FeedEntry]] = defaultdict(dict)
    for entry in entries:
        wanted[entry.entity][entry.entity_id] = entry
    loaded = {entity: _fetch(session, entity, ids) for entity, ids in wanted.items()}
    _add_parents(session, scope, next_cursor, wanted, loaded)
    return {
        "server_epoch": epoch,
        "since": since,
        "next_cursor": next_cursor,
        "more": more,
        "scope": sorted(scope),
        "entities": _entity_blocks(wanted, loaded),
        "tombstones": _tombstones(entries),
        "purged": _purged(purged) if since > 0 else [],
        "missions": _missions(session) if since == 0 else [],
    }


def _feed(session: Session, scope: frozenset[str], since: int, limit: int) -> list[FeedEntry]:
    return [
        FeedEntry(*r)
        for r in session.connection()
        .execute(
            sa_select(*_FEED_COLUMNS)
            .where(_META.c.server_seq > since, _META.c.mission_id.in_(sorted(scope)))
            .order_by(_META.c.server_seq)
            .limit(limit + 1)
        )
        .all()
    ]


_FEED_SQL = (
    "SELECT entity, entity_id, server_seq, mission_id, version, archived_at, purged_at "
    "FROM srv_row_meta"
)


def _feed_sqlite(
    session: Session, scope: frozenset[str], since: int, limit: int
) -> list[FeedEntry]:
    """`_feed` on raw SQLite values: ids stay 32 hex digits, times stay text."""
    marks = ",".join("?" * len(scope))
    return [
        FeedEntry(*r)
        for r in session.connection().exec_driver_sql(
            f"{_FEED_SQL} WHERE server_seq > ? AND mission_id IN ({marks}) "
            "ORDER BY server_seq LIMIT ?",
            (since, *sorted(scope), limit + 1),
        )
    ]


def _table(entity: str) -> Table:
    table: Table = SYNCED_ENTITIES[entity].__table__  # type: ignore[attr-defined]
    return table


def _fetch(
    session: Session, entity: str, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Sequence[Any]]:
    """Rows by id as tuples in `columns(entity)` order (raw SQLite text on SQLite)."""
    if session.connection().dialect.name == "sqlite":
        return _fetch_sqlite(session, entity, ids)
    table = _table(entity)
    columns = [table.c[name] for name in entity_rows.columns(entity)]
    id_list = list(ids)
    out: dict[uuid.UUID, Sequence[Any]] = {}
    for start in range(0, len(id_list), _CHUNK):
        chunk = id_list[start : start + _CHUNK]
        for row in session.connection().execute(
            table.select().with_only_columns(*columns).where(table.c.id.in_(chunk))
        ):
            out[row.id] = row
    return out


Decode = Callable[[Any], Any]


def _hex_uuid(value: Any) -> Any:
    if type(value) is str and len(value) == 32:
        return uuid.UUID(hex=value)
    return value


def _through(processor: Decode | None) -> Decode:
    """A raw value through SQLAlchemy's result processor, then into wire form."""
    if processor is None:
        return entity_rows.wire
    return lambda value: entity_rows.wire(processor(value))


@cache
def _sqlite_decoders(entity: str) -> tuple[str, tuple[Decode | None, ...], tuple[int, ...]]:
    """The SELECT of an entity's columns and, per column, how its raw SQLite value is read.

    Uuid, DateTime, Date, text, enum and integer columns are left as SQLite stores them
    (32 hex digits, "YYYY-MM-DD HH:MM:SS.ffffff", ISO dates, text, numbers) and turned
    into wire text by `_sqlite_wire`; other types go through SQLAlchemy's own processor.
    """
    table = _table(entity)
    names = entity_rows.columns(entity)
    decoders: list[Decode | None] = []
    stamps: list[int] = []
    dialect = SQLiteDialect_pysqlite()
    for at, name in enumerate(names):
        kind = table.c[name].type
        impl = getattr(kind, "impl_instance", None)
        if isinstance(kind, Uuid):
            decoders.append(None)
            stamps.append(-1 - at)
        elif isinstance(kind, DateTime) or isinstance(impl, DateTime):
            decoders.append(None)
            stamps.append(at)
        elif isinstance(kind, Boolean):
            decoders.append(lambda v: v if v is None else bool(v))
        elif isinstance(kind, String | Integer | Date | SAEnum) or isinstance(impl, String):
            decoders.append(None)
        else:
            decoders.append(_through(kind.result_processor(dialect, None)))
    cols = ", ".join(f'"{n}"' for n in names)
    return f"SELECT {cols} FROM {table.name} WHERE id IN ", tuple(decoders), tuple(stamps)


def _fetch_sqlite(session: Session, entity: str, ids: Iterable[Any]) -> dict[Any, Sequence[Any]]:
    """`_fetch` on raw DB-API rows: SQLAlchemy's per-value type processing was most of the
    cost of a pull page (uuid.UUID and datetime objects built, then turned back into text)."""
    select_sql, pairs, _stamps = _sqlite_decoders(entity)
    id_at = entity_rows.columns(entity).index("id")
    id_list = [i if type(i) is str else i.hex for i in ids]
    out: dict[Any, Sequence[Any]] = {}
    conn = session.connection()
    for start in range(0, len(id_list), _CHUNK):
        chunk = id_list[start : start + _CHUNK]
        sql = select_sql + "(" + ",".join("?" * len(chunk)) + ")"
        for raw in conn.exec_driver_sql(sql, tuple(chunk)):
            row = [v if d is None or v is None else d(v) for v, d in zip(raw, pairs, strict=True)]
            out[raw[id_at]] = _SqliteRow(row)
    return out


class _SqliteRow(list[Any]):
    """A row of raw SQLite values (marks rows whose uuids and datetimes are still text)."""


def _id_wire(v: Any) -> Any:
    """A stored id (32 hex digits on SQLite, a UUID elsewhere) in wire form."""
    if type(v) is str and len(v) == 32:
        return f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    return None if v is None else entity_rows.wire(_hex_uuid(v))


def _when_wire(v: Any) -> Any:
    """A stored datetime (SQLite's "YYYY-MM-DD HH:MM:SS.ffffff" text) in wire form."""
    if type(v) is str and len(v) == 26 and v[10] == " " and v[19] == ".":
        micro = v[20:]
        return f"{v[:10]}T{v[11:19]}{'' if micro == '000000' else '.' + micro}+00:00"
    if type(v) is str:
        return entity_rows.wire(datetime.fromisoformat(v))
    return None if v is None else entity_rows.wire(v)


def _sqlite_wire(entity: str, row: Sequence[Any]) -> list[Any]:
    """A raw SQLite row in wire form, equal to `wire()` of the ORM values."""
    out = list(row)
    for at in _sqlite_decoders(entity)[2]:
        if at < 0:
            out[-1 - at] = _id_wire(out[-1 - at])
        else:
            out[at] = _when_wire(out[at])
    return out


def _add_parents(
    session: Session,
    scope: frozenset[str],
    cursor: int,
    wanted: dict[str, dict[Any, FeedEntry]],
    loaded: dict[str, dict[Any, Sequence[Any]]],
) -> None:
    """Bring in parents the client lacks (feed position after this page), repeatedly."""
    frontier = {e: set(rows) for e, rows in loaded.items()}
    while frontier:
        refs: dict[str, set[Any]] = defaultdict(set)
        for entity, ids in frontier.items():
            names = entity_rows.columns(entity)
            for column, parent in entity_rows.foreign_keys(entity):
                index = names.index(column)
                for row_id in ids:
                    ref = loaded[entity][row_id][index]
                    if ref is not None and ref not in wanted.get(parent, {}):
                        refs[parent].add(ref)
        frontier = {}
        for parent, parent_ids in refs.items():
            found = _parent_entries(session, scope, cursor, parent, parent_ids)
            if not found:
                continue
            for entry in found:
                wanted[parent][entry.entity_id] = entry
            rows = _fetch(session, parent, (e.entity_id for e in found))
            loaded.setdefault(parent, {}).update(rows)
            frontier[parent] = set(rows)


def _parent_entries(
    session: Session, scope: frozenset[str], cursor: int, parent: str, ids: set[Any]
) -> list[FeedEntry]:
    """Feed entries of these parent rows that come after `cursor` (the client lacks them).

    Never a purged parent: a row that still refers to one is not the purged worker's.
    """
    if session.connection().dialect.name == "sqlite":
        wanted = sorted(i if type(i) is str else i.hex for i in ids)
        marks, scoped = ",".join("?" * len(wanted)), ",".join("?" * len(scope))
        return [
            FeedEntry(*r)
            for r in session.connection().exec_driver_sql(
                f"{_FEED_SQL} WHERE entity = ? AND entity_id IN ({marks}) AND server_seq > ? "
                f"AND mission_id IN ({scoped}) AND purged_at IS NULL",
                (parent, *wanted, cursor, *sorted(scope)),
            )
        ]
    return [
        FeedEntry(*r)
        for r in session.connection().execute(
            sa_select(*_FEED_COLUMNS).where(
                _META.c.entity == parent,
                _META.c.entity_id.in_(sorted(ids)),
                _META.c.server_seq > cursor,
                _META.c.mission_id.in_(sorted(scope)),
                _META.c.purged_at.is_(None),
            )
        )
    ]


def _entity_blocks(
    wanted: dict[str, dict[Any, FeedEntry]],
    loaded: dict[str, dict[Any, Sequence[Any]]],
) -> dict[str, Any]:
    blocks: dict[str, Any] = {}
    wire = entity_rows.wire_fast
    for entity in SYNCED_ENTITIES:  # parents before children
        entries = wanted.get(entity)
        if not entries:
            continue
        rows_by_id = loaded[entity]
        ordered = sorted(entries.values(), key=lambda e: e.server_seq)
        rows = [
            _sqlite_wire(entity, row) if type(row) is _SqliteRow else [wire(value) for value in row]
            for row in (rows_by_id.get(e.entity_id) for e in ordered)
            if row is not None
        ]
        blocks[entity] = {"columns": list(entity_rows.columns(entity)), "rows": rows}
    return blocks


def _tombstones(entries: list[FeedEntry]) -> list[dict[str, Any]]:
    return [
        {
            "entity": e.entity,
            "id": _id_wire(e.entity_id),
            "mission_id": e.mission_id,
            "version": e.version,
            "archived_at": _when_wire(e.archived_at),
        }
        for e in entries
        if e.archived_at is not None
    ]


def _purged(entries: list[FeedEntry]) -> list[dict[str, Any]]:
    return [
        {"entity": e.entity, "id": _id_wire(e.entity_id), "mission_id": e.mission_id}
        for e in entries
    ]


def _missions(session: Session) -> list[dict[str, Any]]:
    return [
        MissionInfo.model_validate(m, from_attributes=True).model_dump()
        for m in session.exec(select(Mission).order_by(col(Mission.code))).all()
    ]
