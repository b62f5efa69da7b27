"""Serve the change feed: rows of the caller's missions after a cursor, parents included."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Table
from sqlalchemy import select as sa_select
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


_META: Table = RowMeta.__table__  # type: ignore[attr-defined]
_FEED_COLUMNS: list[Any] = [
    _META.c[name]
    for name in ("entity", "entity_id", "server_seq", "mission_id", "version", "archived_at")
]


def pull_page(
    session: Session, *, scope: frozenset[str], since: int, limit: int, epoch: str
) -> dict[str, Any]:
    """One page of the feed as a JSON-ready dict in the PullPage shape.

    Rows come in feed order (server_seq), at most `limit` of them, plus any parent a row
    refers to that the client has not been sent yet (it would otherwise come on a later
    page, and the client applies each page with foreign keys on). Rows are read with Core
    selects and turned into arrays directly: no ORM objects on this hot path.
    """
    entries = [
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
    more = len(entries) > limit
    entries = entries[:limit]
    next_cursor = entries[-1].server_seq if entries else since
    wanted: dict[str, dict[uuid.UUID, FeedEntry]] = defaultdict(dict)
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
        "missions": _missions(session) if since == 0 else [],
    }


def _table(entity: str) -> Table:
    table: Table = SYNCED_ENTITIES[entity].__table__  # type: ignore[attr-defined]
    return table


def _fetch(
    session: Session, entity: str, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Sequence[Any]]:
    """Rows by id as tuples in `columns(entity)` order."""
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


def _add_parents(
    session: Session,
    scope: frozenset[str],
    cursor: int,
    wanted: dict[str, dict[uuid.UUID, FeedEntry]],
    loaded: dict[str, dict[uuid.UUID, Sequence[Any]]],
) -> None:
    """Bring in parents the client lacks (feed position after this page), repeatedly."""
    frontier = {e: set(rows) for e, rows in loaded.items()}
    while frontier:
        refs: dict[str, set[uuid.UUID]] = defaultdict(set)
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
            found = [
                FeedEntry(*r)
                for r in session.connection().execute(
                    sa_select(*_FEED_COLUMNS).where(
                        _META.c.entity == parent,
                        _META.c.entity_id.in_(sorted(parent_ids)),
                        _META.c.server_seq > cursor,
                        _META.c.mission_id.in_(sorted(scope)),
                    )
                )
            ]
            if not found:
                continue
            for entry in found:
                wanted[parent][entry.entity_id] = entry
            rows = _fetch(session, parent, (e.entity_id for e in found))
            loaded.setdefault(parent, {}).update(rows)
            frontier[parent] = set(rows)


def _entity_blocks(
    wanted: dict[str, dict[uuid.UUID, FeedEntry]],
    loaded: dict[str, dict[uuid.UUID, Sequence[Any]]],
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
            [wire(value) for value in rows_by_id[e.entity_id]]
            for e in ordered
            if e.entity_id in rows_by_id
        ]
        blocks[entity] = {"columns": list(entity_rows.columns(entity)), "rows": rows}
    return blocks


def _tombstones(entries: list[FeedEntry]) -> list[dict[str, Any]]:
    return [
        {
            "entity": e.entity,
            "id": str(e.entity_id),
            "mission_id": e.mission_id,
            "version": e.version,
            "archived_at": entity_rows.wire(e.archived_at),
        }
        for e in entries
        if e.archived_at is not None
    ]


def _missions(session: Session) -> list[dict[str, Any]]:
    return [
        MissionInfo.model_validate(m, from_attributes=True).model_dump()
        for m in session.exec(select(Mission).order_by(col(Mission.code))).all()
    ]
