"""Apply server rows to the local store in bulk: upsert, keep pending local edits, shadows.

Works on plain DB-API values inside the caller's write transaction (no ORM objects: a page
of 5,000 rows is converted column by column and written with executemany). Comparisons
are made in storage form, so "12.5" and "12.50" or two spellings of one instant are equal.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Connection, Date, DateTime, Numeric, Table, Uuid

from app.models import APPEND_ONLY_ENTITIES, SYNCED_ENTITIES
from app.models.base import utcnow
from app.models.codec import WireValue
from app.services.history import QUIET_FIELDS
from app.store.search import create_index, drop_index_triggers, index_workers_after, sort_name
from app.sync.purge import purge_records

Convert = Callable[[Any], Any]

IDENTITY_FIELDS: frozenset[str] = frozenset(
    {
        "given_names",
        "first_family_name",
        "second_family_name",
        "date_of_birth",
        "id_document_number",
        "id_document_type",
        "mission_id",
        "status",
    }
)
"""Never overwritten automatically when the local value differs (DESIGN.md section 8)."""

SERVER_KEPT_FIELDS: frozenset[str] = frozenset(
    {"version", "updated_at", "updated_by", "created_at", "sort_name"}
)
"""Bookkeeping the server sets: always taken from the server, never "a pending edit"."""

NAME_FIELDS = ("given_names", "first_family_name", "second_family_name")
CHUNK = 500
BULK_INDEX_MIN = 200


# --- storage form -----------------------------------------------------------------------------


def _uuid_in(v: Any) -> Any:
    return None if v is None else str(v).replace("-", "").lower()


def _datetime_in(v: Any) -> Any:
    if v is None:
        return None
    text = str(v)
    if text.endswith("+00:00") and len(text) >= 25 and text[10] == "T":
        # The server's own form (UTC): reshape the text, no parsing (hot path of a pull).
        body = text[:-6]
        if len(body) == 19:
            return f"{body[:10]} {body[11:]}.000000"
        if len(body) <= 26 and body[19] == ".":
            return f"{body[:10]} {body[11:]}".ljust(26, "0")
    when = datetime.fromisoformat(text)
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return when.strftime("%Y-%m-%d %H:%M:%S.%f")


def _float_in(v: Any) -> Any:
    return None if v is None else float(v)


def _bool_in(v: Any) -> Any:
    return None if v is None else int(bool(v))


def _uuid_out(v: Any) -> WireValue:
    return None if v is None else str(uuid.UUID(hex=str(v)))


def _datetime_out(v: Any) -> WireValue:
    if v is None:
        return None
    return datetime.fromisoformat(str(v)).replace(tzinfo=UTC).isoformat()


def _float_out(v: Any) -> WireValue:
    return None if v is None else str(Decimal(str(v)))


def _bool_out(v: Any) -> WireValue:
    return None if v is None else bool(v)


def _uuid_column(values: Sequence[Any]) -> list[Any]:
    return [None if v is None else str(v).replace("-", "").lower() for v in values]


def _datetime_column(values: Sequence[Any]) -> list[Any]:
    """Like _datetime_in for a whole column; the server's own form is only reshaped."""
    return [
        f"{v[:10]} {v[11:26]}"
        if type(v) is str and len(v) == 32 and v[26:] == "+00:00" and v[10] == "T" and v[19] == "."
        else _datetime_in(v)
        for v in values
    ]


ColumnConvert = Callable[[Sequence[Any]], list[Any]]
_COLUMN_CONVERTERS: dict[Convert, ColumnConvert] = {
    _uuid_in: _uuid_column,
    _datetime_in: _datetime_column,
}


def _converters(column_type: Any) -> tuple[Convert | None, Convert | None]:
    """(wire -> storage, storage -> wire) for a column type; None means unchanged."""
    if isinstance(column_type, Uuid):
        return _uuid_in, _uuid_out
    if isinstance(column_type, DateTime) or isinstance(
        getattr(column_type, "impl_instance", None), DateTime
    ):
        return _datetime_in, _datetime_out
    if isinstance(column_type, Date):
        return None, None  # ISO text both ways
    if isinstance(column_type, Numeric):
        return _float_in, _float_out
    if isinstance(column_type, Boolean):
        return _bool_in, _bool_out
    return None, None


@dataclass(frozen=True)
class EntityInfo:
    """One synced table as the applier sees it: columns and their converters."""

    name: str
    table: Table
    columns: tuple[str, ...]
    to_storage: Mapping[str, Convert | None]
    to_wire: Mapping[str, Convert | None]

    def storage(self, column: str, value: Any) -> Any:
        conv = self.to_storage.get(column)
        return value if conv is None else conv(value)

    def wire(self, column: str, value: Any) -> WireValue:
        conv = self.to_wire.get(column)
        return value if conv is None else conv(value)  # type: ignore[no-any-return]


@cache
def entity_info(entity: str) -> EntityInfo:
    """Columns and converters of a synced entity (cached)."""
    table: Table = SYNCED_ENTITIES[entity].__table__  # type: ignore[attr-defined]
    ins: dict[str, Convert | None] = {}
    outs: dict[str, Convert | None] = {}
    for column in table.columns:
        ins[column.name], outs[column.name] = _converters(column.type)
    return EntityInfo(entity, table, tuple(c.name for c in table.columns), ins, outs)


def storage_id(value: Any) -> str:
    """An id as the local store keeps it (32 hex digits)."""
    return str(value).replace("-", "").lower()


# --- what is still waiting to be sent ---------------------------------------------------------


@dataclass
class PendingEdit:
    """The local values of one row that have not reached the server yet."""

    values: dict[str, WireValue] = field(default_factory=dict)
    mutation_id: str | None = None
    created_here: bool = False


def load_pending(conn: Connection) -> dict[tuple[str, str], PendingEdit]:
    """Pending outbox changes per (entity, storage id), later edits over earlier ones."""
    pending: dict[tuple[str, str], PendingEdit] = {}
    rows = conn.exec_driver_sql(
        "SELECT entity, entity_id, op, changes, mutation_id FROM outbox "
        "WHERE state = 'pending' ORDER BY seq"
    )
    for entity, entity_id, op, changes, mutation_id in rows:
        edit = pending.setdefault((entity, storage_id(entity_id)), PendingEdit())
        for name, value in json.loads(changes).items():
            if name not in SERVER_KEPT_FIELDS and name != "id":
                edit.values[name] = value
        edit.mutation_id = str(uuid.UUID(hex=storage_id(mutation_id)))
        edit.created_here = edit.created_here or op == "create"
    return pending


# --- applying ---------------------------------------------------------------------------------


@dataclass
class ApplyStats:
    """What applying rows did (summed over a sync)."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    archived: int = 0
    conflicts: int = 0
    kept_local: int = 0
    purged: int = 0
    """Rows deleted under retention (the listed records and what referred to them)."""
    purged_ids: set[uuid.UUID] = field(default_factory=set, repr=False)
    """Ids of the deleted rows (windows open on them close); not written to the sync log."""

    def add(self, other: ApplyStats) -> None:
        for name in self.__dataclass_fields__:
            mine = getattr(self, name)
            if isinstance(mine, set):
                mine |= getattr(other, name)
            else:
                setattr(self, name, mine + getattr(other, name))


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _load_existing(
    conn: Connection, info: EntityInfo, ids: Sequence[str]
) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    cols = ", ".join(info.columns)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT {cols} FROM {info.name} WHERE id IN ({marks})"
        for row in conn.exec_driver_sql(sql, tuple(chunk)):
            found[row[info.columns.index("id")]] = dict(zip(info.columns, row, strict=True))
    return found


def _load_shadows(
    conn: Connection, info: EntityInfo, rows: Mapping[str, Mapping[str, Any]]
) -> dict[str, dict[str, Any]]:
    """The server copies (wire form) of these local rows: stored shadows, else derived."""
    found: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(list(rows)):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT entity_id, data FROM shadow WHERE entity = ? AND entity_id IN ({marks})"
        for entity_id, data in conn.exec_driver_sql(sql, (info.name, *chunk)):
            found[entity_id] = json.loads(data)
    missing = {i: r for i, r in rows.items() if i not in found}
    if missing:
        found.update(_derived_shadows(conn, info, missing))
    return found


def _derived_shadows(
    conn: Connection, info: EntityInfo, rows: Mapping[str, Mapping[str, Any]]
) -> dict[str, dict[str, Any]]:
    """Server copies of rows that have no stored shadow.

    A row a pull inserted gets no shadow: as inserted it *is* the server's copy (writing a
    second copy of every row doubled the bytes of an initial sync). Any later pull of the
    row writes its shadow. Until then its server copy is the stored row, except the fields
    edited here since, whose first local history entry kept the value they replaced.
    A row never synced (version 0) has no server copy.
    """
    wanted = {i: r for i, r in rows.items() if int(r.get("version") or 0) > 0}
    first_old: dict[str, dict[str, str | None]] = {}
    for chunk in _chunks(list(wanted)):
        marks = ",".join("?" * len(chunk))
        for entity_id, name, old in conn.exec_driver_sql(
            "SELECT entity_id, field, old_value FROM history WHERE entity = ? AND remote = 0 "
            f"AND entity_id IN ({marks}) ORDER BY seq",
            (info.name, *chunk),
        ):
            first_old.setdefault(storage_id(entity_id), {}).setdefault(name, old)
    derived: dict[str, dict[str, Any]] = {}
    for row_id, row in wanted.items():
        data = {c: info.wire(c, row.get(c)) for c in info.columns}
        for name, old in first_old.get(row_id, {}).items():
            if name in data:
                data[name] = wire_from_text(info.name, name, old)
        derived[row_id] = data
    return derived


def wire_from_text(entity: str, name: str, text: str | None) -> WireValue:
    """A history text back in wire form (numbers and booleans were kept as JSON)."""
    if text is None:
        return None
    model = SYNCED_ENTITIES.get(entity)
    info = model.model_fields.get(name) if model else None
    kinds = str(info.annotation) if info else ""
    if any(k in kinds for k in ("int", "bool", "float")) and "Decimal" not in kinds:
        try:
            value: WireValue = json.loads(text)
            return value
        except ValueError:
            return text
    return text


def apply_rows(
    conn: Connection,
    entity: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[WireValue]],
    pending: Mapping[tuple[str, str], PendingEdit],
    *,
    now: datetime | None = None,
    only_newer: bool = False,
) -> ApplyStats:
    """Upsert server rows of one entity, keeping pending local edits; update the shadows.

    A field with a pending local edit keeps the local value; if the server's value differs
    from both the shadow (the base) and the local one, a SyncConflict is recorded (never
    for append-only entities). Other fields take the server value, with a remote history
    entry. Rows new to this device are inserted without history. With `only_newer`, rows
    older than the local copy are skipped (answers and files may lag behind the feed).
    """
    info = entity_info(entity)
    stats = ApplyStats()
    known = [c for c in columns if c in info.to_storage]
    positions = [columns.index(c) for c in known]
    pick = itemgetter(*positions)
    wire_rows: list[tuple[WireValue, ...]] = (
        [pick(r) for r in rows] if len(positions) > 1 else [(pick(r),) for r in rows]
    )
    stored_rows = _to_storage_rows(info, known, wire_rows)
    id_at = known.index("id")
    version_at = known.index("version")
    ids = [r[id_at] for r in stored_rows]
    existing = _load_existing(conn, info, ids)
    touched = {i: existing[i] for i in ids if (entity, i) in pending and i in existing}
    shadows = _load_shadows(conn, info, touched) if touched else {}
    stamp = _datetime_in((now or utcnow()).isoformat())
    inserts: list[tuple[Any, ...]] = []
    shadow_rows: list[tuple[Any, ...]] = []
    history: list[tuple[Any, ...]] = []
    for wire_row, stored_row, row_id in zip(wire_rows, stored_rows, ids, strict=True):
        local = existing.get(row_id)
        if only_newer and local is not None and local["version"] > (wire_row[version_at] or 0):
            continue
        if local is None:
            inserts.append(stored_row)  # no shadow: as inserted, the row is the server's copy
            stats.inserted += 1
            continue
        shadow_rows.append((entity, row_id, wire_row[version_at] or 0, *wire_row))
        wire = dict(zip(known, wire_row, strict=True))
        stored = dict(zip(known, stored_row, strict=True))
        edit = pending.get((entity, row_id))
        changes = _merge(conn, info, row_id, stored, wire, local, edit, shadows, stats, stamp)
        if not changes:
            stats.unchanged += 1
            continue
        _update(conn, info, row_id, changes)
        stats.updated += 1
        who = str(wire.get("updated_by") or "")
        for name, value in changes.items():
            if name in QUIET_FIELDS:
                continue
            old = _text(info.wire(name, local.get(name)))
            new = _text(info.wire(name, value))
            history.append((entity, row_id, name, old, new, who, "", stamp, None, 1))
    if inserts:
        _insert(conn, entity, known, inserts)
    _write_history(conn, history)
    if shadow_rows:
        # SQLite builds each shadow's JSON object from the wire values (C speed).
        pairs = ", ".join(f"'{c}', ?" for c in known)
        conn.exec_driver_sql(
            "INSERT INTO shadow (entity, entity_id, version, data) "
            f"VALUES (?, ?, ?, json_object({pairs})) "
            "ON CONFLICT(entity, entity_id) DO UPDATE SET version = excluded.version, "
            "data = excluded.data",
            shadow_rows,
        )
    return stats


def _insert(
    conn: Connection, entity: str, known: Sequence[str], inserts: list[tuple[Any, ...]]
) -> None:
    """Insert new rows; many new workers go in with the search index filled in bulk.

    The FTS triggers cost ~0.3 ms per worker; detaching them for a big page and indexing
    the new rows with one INSERT ... SELECT is ~14x cheaper. All in the page's
    transaction, so the index is never out of step with the rows.
    """
    marks = ",".join("?" * len(known))
    sql = f"INSERT INTO {entity} ({', '.join(known)}) VALUES ({marks})"
    if entity != "worker" or len(inserts) < BULK_INDEX_MIN:
        conn.exec_driver_sql(sql, inserts)
        return
    last = conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM worker").scalar_one()
    drop_index_triggers(conn)
    conn.exec_driver_sql(sql, inserts)
    index_workers_after(conn, last)
    create_index(conn)


def _to_storage_rows(
    info: EntityInfo, known: Sequence[str], wire_rows: Sequence[tuple[WireValue, ...]]
) -> list[tuple[Any, ...]]:
    """Rows in storage form, converted column by column (sort names filled for workers)."""
    if not wire_rows:
        return []
    columns: list[Sequence[Any]] = []
    for name, values in zip(known, zip(*wire_rows, strict=True), strict=True):
        conv = info.to_storage.get(name)
        if conv is None:
            columns.append(values)
        elif conv in _COLUMN_CONVERTERS:
            columns.append(_COLUMN_CONVERTERS[conv](values))
        else:
            columns.append([conv(v) for v in values])
    if info.name == "worker" and all(n in known for n in (*NAME_FIELDS, "sort_name")):
        given, first, second = (columns[known.index(n)] for n in NAME_FIELDS)
        at = known.index("sort_name")
        columns[at] = [
            current or sort_name(str(g or ""), str(f or ""), str(s or ""))
            for current, g, f, s in zip(columns[at], given, first, second, strict=True)
        ]
    return list(zip(*columns, strict=True))


def _merge(
    conn: Connection,
    info: EntityInfo,
    row_id: str,
    stored: dict[str, Any],
    wire: dict[str, WireValue],
    local: dict[str, Any],
    edit: PendingEdit | None,
    shadows: Mapping[str, dict[str, Any]],
    stats: ApplyStats,
    stamp: str,
) -> dict[str, Any]:
    """The columns to write on an existing row; records conflicts for pending fields."""
    changes: dict[str, Any] = {}
    kept_names = False
    for name, theirs in stored.items():
        if edit is not None and name in edit.values:
            mine = local.get(name)  # the row holds the newest local value
            kept_names = kept_names or name in NAME_FIELDS
            stats.kept_local += 1
            if mine == theirs or info.name in APPEND_ONLY_ENTITIES:
                continue
            shadow = shadows.get(row_id)
            base = None if shadow is None else shadow.get(name)
            if shadow is not None and info.storage(name, base) == theirs:
                continue  # the server did not change it: mine goes out with the push
            record_conflict(
                conn,
                entity=info.name,
                entity_id=row_id,
                mission_id=str(local.get("mission_id") or ""),
                field_name=name,
                base=base,
                mine=info.wire(name, mine),
                theirs=wire.get(name),
                mutation_id=edit.mutation_id,
                stamp=stamp,
            )
            stats.conflicts += 1
            continue
        if local.get(name) != theirs:
            changes[name] = theirs
    if info.name == "worker" and kept_names:
        merged = {n: changes.get(n, local.get(n)) for n in NAME_FIELDS}
        wanted = sort_name(*(str(merged[n] or "") for n in NAME_FIELDS))
        if wanted != local.get("sort_name"):
            changes["sort_name"] = wanted
        else:
            changes.pop("sort_name", None)
    return changes


def _update(conn: Connection, info: EntityInfo, row_id: str, changes: Mapping[str, Any]) -> None:
    sets = ", ".join(f"{name} = ?" for name in changes)
    conn.exec_driver_sql(f"UPDATE {info.name} SET {sets} WHERE id = ?", (*changes.values(), row_id))


def _write_history(conn: Connection, history: list[tuple[Any, ...]]) -> None:
    if history:
        conn.exec_driver_sql(
            "INSERT INTO history (entity, entity_id, field, old_value, new_value, actor, "
            "device_tag, at, mutation_id, remote) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            history,
        )


def _text(value: WireValue) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value)


def dump_value(value: WireValue) -> str:
    """A wire value as the JSON text a SyncConflict keeps (types survive: null, "", 2)."""
    return json.dumps(value, ensure_ascii=False)


def load_value(text: str | None) -> WireValue:
    """The wire value kept in a SyncConflict column."""
    if text is None:
        return None
    value: WireValue = json.loads(text)
    return value


def record_conflict(
    conn: Connection,
    *,
    entity: str,
    entity_id: str,
    mission_id: str,
    field_name: str,
    base: WireValue,
    mine: WireValue,
    theirs: WireValue,
    mutation_id: str | None,
    stamp: str,
) -> None:
    """Add an open conflict for one field, or refresh theirs of the open one with this mine.

    Two local values of one field that both lost (edited twice offline) are two conflicts:
    neither value disappears; settling the field settles both.
    """
    entity_id = storage_id(entity_id)
    mutation = None if mutation_id is None else storage_id(mutation_id)
    found = conn.exec_driver_sql(
        "SELECT seq FROM sync_conflict WHERE entity = ? AND entity_id = ? AND field = ? "
        "AND state = 'open' AND mine_value = ?",
        (entity, entity_id, field_name, dump_value(mine)),
    ).first()
    if found is not None:
        conn.exec_driver_sql(
            "UPDATE sync_conflict SET mine_value = ?, theirs_value = ?, mutation_id = ?, "
            "detected_at = ? WHERE seq = ?",
            (dump_value(mine), dump_value(theirs), mutation, stamp, found[0]),
        )
        return
    conn.exec_driver_sql(
        "INSERT INTO sync_conflict (entity, entity_id, mission_id, field, base_value, "
        "mine_value, theirs_value, mutation_id, state, detected_at, resolved_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, '')",
        (
            entity,
            entity_id,
            mission_id,
            field_name,
            dump_value(base),
            dump_value(mine),
            dump_value(theirs),
            mutation,
            stamp,
        ),
    )


def apply_tombstones(
    conn: Connection,
    tombstones: Sequence[Mapping[str, Any]],
    pending: Mapping[tuple[str, str], PendingEdit],
) -> int:
    """Mark archived rows archived (unless an unsent local restore or archive says otherwise)."""
    done = 0
    for stone in tombstones:
        entity = str(stone["entity"])
        if entity not in SYNCED_ENTITIES:
            continue
        row_id = storage_id(stone["id"])
        edit = pending.get((entity, row_id))
        if edit is not None and "archived_at" in edit.values:
            continue
        result = conn.exec_driver_sql(
            f"UPDATE {entity} SET archived_at = ?, version = max(version, ?) "
            "WHERE id = ? AND archived_at IS NULL",
            (_datetime_in(stone["archived_at"]), int(stone["version"]), row_id),
        )
        done += result.rowcount or 0
    return done


def upsert_missions(conn: Connection, missions: Sequence[Mapping[str, Any]]) -> None:
    """Reference data of the missions (first page of a pull)."""
    if missions:
        conn.exec_driver_sql(
            "INSERT INTO mission (code, name, country, currency, time_zone) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name, "
            "country = excluded.country, currency = excluded.currency, "
            "time_zone = excluded.time_zone",
            [(m["code"], m["name"], m["country"], m["currency"], m["time_zone"]) for m in missions],
        )


def apply_page(
    conn: Connection, page: Mapping[str, Any], *, only_newer: bool = False
) -> ApplyStats:
    """Apply one pulled page (missions, rows per entity in safe order, tombstones, purges).

    Records purged under retention go last, so a row of this page that refers to one
    goes with it. After the commit, call app.sync.purge.checkpoint if `purged` > 0.
    """
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    pending = load_pending(conn)
    upsert_missions(conn, page.get("missions") or [])
    stats = ApplyStats()
    entities: Mapping[str, Any] = page.get("entities") or {}
    now = utcnow()
    for entity in SYNCED_ENTITIES:  # parents before children
        block = entities.get(entity)
        if block and block.get("rows"):
            stats.add(
                apply_rows(
                    conn,
                    entity,
                    block["columns"],
                    block["rows"],
                    pending,
                    now=now,
                    only_newer=only_newer,
                )
            )
    stats.archived += apply_tombstones(conn, page.get("tombstones") or [], pending)
    purged = purge_records(conn, page.get("purged") or [])
    stats.purged += purged.total
    stats.purged_ids |= purged.ids
    return stats


def shadow_of(conn: Connection, entity: str, entity_id: Any) -> tuple[int, dict[str, Any]] | None:
    """(version, data) of the last server copy of a row, if this device has one.

    A stored shadow, or for a row a pull inserted, the copy derived from the row and its
    local history (see _derived_shadows).
    """
    row_id = storage_id(entity_id)
    row = conn.exec_driver_sql(
        "SELECT version, data FROM shadow WHERE entity = ? AND entity_id = ?", (entity, row_id)
    ).first()
    if row is not None:
        return int(row[0]), json.loads(row[1])
    if entity not in SYNCED_ENTITIES:
        return None
    info = entity_info(entity)
    local = _load_existing(conn, info, [row_id]).get(row_id)
    derived = _derived_shadows(conn, info, {row_id: local}) if local else {}
    data = derived.get(row_id)
    return None if data is None else (int(data.get("version") or 0), data)


def keep_shadow(conn: Connection, entity: str, entity_id: Any) -> None:
    """Store the (derived) server copy of a row, e.g. before a conflict is shown on it."""
    row_id = storage_id(entity_id)
    if conn.exec_driver_sql(
        "SELECT 1 FROM shadow WHERE entity = ? AND entity_id = ?", (entity, row_id)
    ).first():
        return
    copy = shadow_of(conn, entity, row_id)
    if copy is not None:
        conn.exec_driver_sql(
            "INSERT INTO shadow (entity, entity_id, version, data) VALUES (?, ?, ?, ?)",
            (entity, row_id, copy[0], json.dumps(copy[1], ensure_ascii=False)),
        )
