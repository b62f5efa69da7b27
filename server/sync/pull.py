"""Serve the change feed: rows of the caller's missions after a cursor, parents included."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlmodel import Session, col, select

from app.models import SYNCED_ENTITIES, Mission
from app.sync.protocol import EntityRows, MissionInfo, PullPage, Tombstone
from server.models import RowMeta
from server.sync import rows as entity_rows


def pull_page(
    session: Session, *, scope: frozenset[str], since: int, limit: int, epoch: str
) -> dict[str, Any]:
    """One page of the feed as a JSON-ready dict in the PullPage shape.

    Rows come in feed order (server_seq), at most `limit` of them, plus any parent a row
    refers to that the client has not been sent yet (it would otherwise come on a later
    page, and the client applies each page with foreign keys on).
    """
    metas = list(
        session.exec(
            select(RowMeta)
            .where(RowMeta.server_seq > since, col(RowMeta.mission_id).in_(sorted(scope)))
            .order_by(col(RowMeta.server_seq))
            .limit(limit + 1)
        ).all()
    )
    more = len(metas) > limit
    metas = metas[:limit]
    next_cursor = metas[-1].server_seq if metas else since
    wanted: dict[str, dict[uuid.UUID, RowMeta]] = defaultdict(dict)
    for meta in metas:
        wanted[meta.entity][meta.entity_id] = meta
    loaded = _load(session, wanted)
    _add_parents(session, scope, next_cursor, wanted, loaded)
    page: dict[str, Any] = {
        "server_epoch": epoch,
        "since": since,
        "next_cursor": next_cursor,
        "more": more,
        "scope": sorted(scope),
        "entities": _entity_blocks(wanted, loaded),
        "tombstones": _tombstones(metas),
        "missions": _missions(session) if since == 0 else [],
    }
    return page


def _load(
    session: Session, wanted: dict[str, dict[uuid.UUID, RowMeta]]
) -> dict[str, dict[uuid.UUID, Any]]:
    loaded: dict[str, dict[uuid.UUID, Any]] = {}
    for entity, metas in wanted.items():
        loaded[entity] = _fetch(session, entity, metas.keys())
    return loaded


def _fetch(session: Session, entity: str, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Any]:
    model = SYNCED_ENTITIES[entity]
    id_list = list(ids)
    out: dict[uuid.UUID, Any] = {}
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        for row in session.exec(select(model).where(col(model.id).in_(chunk))).all():
            out[row.id] = row
    return out


def _add_parents(
    session: Session,
    scope: frozenset[str],
    cursor: int,
    wanted: dict[str, dict[uuid.UUID, RowMeta]],
    loaded: dict[str, dict[uuid.UUID, Any]],
) -> None:
    """Bring in parents the client lacks (feed position after this page), repeatedly."""
    frontier = {e: set(rows) for e, rows in loaded.items()}
    while frontier:
        refs: dict[str, set[uuid.UUID]] = defaultdict(set)
        for entity, ids in frontier.items():
            for column, parent in entity_rows.foreign_keys(entity):
                for row_id in ids:
                    ref = getattr(loaded[entity][row_id], column)
                    if ref is not None and ref not in wanted.get(parent, {}):
                        refs[parent].add(ref)
        frontier = {}
        for parent, ids in refs.items():
            metas = session.exec(
                select(RowMeta).where(
                    RowMeta.entity == parent,
                    col(RowMeta.entity_id).in_(sorted(ids)),
                    RowMeta.server_seq > cursor,
                    col(RowMeta.mission_id).in_(sorted(scope)),
                )
            ).all()
            if not metas:
                continue
            for meta in metas:
                wanted[parent][meta.entity_id] = meta
            rows = _fetch(session, parent, (m.entity_id for m in metas))
            loaded.setdefault(parent, {}).update(rows)
            frontier[parent] = set(rows)


def _entity_blocks(
    wanted: dict[str, dict[uuid.UUID, RowMeta]], loaded: dict[str, dict[uuid.UUID, Any]]
) -> dict[str, Any]:
    blocks: dict[str, Any] = {}
    for entity in SYNCED_ENTITIES:  # parents before children
        metas = wanted.get(entity)
        if not metas:
            continue
        ordered = sorted(metas.values(), key=lambda m: m.server_seq)
        rows = [
            entity_rows.row_values(loaded[entity][m.entity_id], entity)
            for m in ordered
            if m.entity_id in loaded[entity]
        ]
        blocks[entity] = {"columns": list(entity_rows.columns(entity)), "rows": rows}
    return blocks


def _tombstones(metas: list[RowMeta]) -> list[dict[str, Any]]:
    return [
        {
            "entity": m.entity,
            "id": str(m.entity_id),
            "mission_id": m.mission_id,
            "version": m.version,
            "archived_at": entity_rows.wire(m.archived_at),
        }
        for m in metas
        if m.archived_at is not None
    ]


def _missions(session: Session) -> list[dict[str, Any]]:
    return [
        MissionInfo.model_validate(m, from_attributes=True).model_dump()
        for m in session.exec(select(Mission).order_by(col(Mission.code))).all()
    ]


__all__ = ["EntityRows", "PullPage", "Tombstone", "pull_page"]
