"""Deterministic synthetic demo data for the five missions, bulk-written with SQLAlchemy Core.

Rows are built as tuples in storage form (UUID hex, ISO dates, enum values, as SQLAlchemy
would write them) and sent with executemany in chunks: 200,000 workers with their
placements, courses, notes, plans and remittances take well under a minute. Demo rows are
version 0 with no outbox entries: demo data is never synced.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine

from app.models import DEFAULT_MISSIONS
from app.services import demo_people as P  # noqa: N812
from app.services.demo_rows import (
    COLUMNS,
    DEMO_TODAY,
    TABLE_ORDER,
    RowMaker,
    Rows,
    insert_sql,
)
from app.store import search

CHUNK_WORKERS = 5_000  # workers (and their rows) per executemany round
BULK_CACHE_KIB = 131_072  # page cache while loading (the store's usual is 32 MB)
BULK_INDEX_MIN = 10_000  # from this many new workers (and more than exist), rebuild indexes


@dataclass(frozen=True)
class DemoSummary:
    """What was written: rows per table, the seed, and how long it took."""

    workers: int
    seed: int
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


# --- writing ----------------------------------------------------------------------------


def _write(conn: Connection, rows: Rows, sql: dict[str, str], counts: dict[str, int]) -> None:
    for name in TABLE_ORDER:
        batch = rows.get(name)
        if batch:
            conn.exec_driver_sql(sql[name], batch)  # executemany
            counts[name] = counts.get(name, 0) + len(batch)


def _insert_missions(conn: Connection) -> None:
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO mission (code, name, country, currency, time_zone) "
        "VALUES (?, ?, ?, ?, ?)",
        [(m.code, m.name, m.country, m.currency, m.time_zone) for m in DEFAULT_MISSIONS],
    )


def _has_table(conn: Connection, name: str) -> bool:
    found = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).first()
    return found is not None


def _existing_courses(conn: Connection) -> dict[tuple[str, str], str]:
    rows = conn.exec_driver_sql("SELECT mission_id, code, id FROM course").all()
    return {(r[0], r[1]): str(r[2]) for r in rows}


def _drop_indexes(conn: Connection) -> list[str]:
    """Drop the secondary indexes of the demo tables; returns the SQL that recreates them.

    Building an index once from sorted keys is several times cheaper than keeping it up
    to date through a million inserts in random UUID order. Unique constraints stay.
    """
    names = ", ".join(f"'{n}'" for n in COLUMNS)
    found = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({names}) ORDER BY name"
    ).all()
    for name, _sql in found:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [str(row[1]) for row in found]


def generate_demo(
    connection_or_engine: Connection | Engine,
    *,
    workers: int,
    seed: int,
    progress: Callable[[int, int], None] | None = None,
    today: date = DEMO_TODAY,
) -> DemoSummary:
    """Write `workers` synthetic workers with their related rows; same seed, same rows.

    Everything goes in one transaction: the engine's own (committed at the end), or the
    caller's if the connection is already in one (the caller commits). `today` fixes the
    dates the data is built around, so ages and overdue follow-ups never drift.
    """
    started = time.perf_counter()
    if isinstance(connection_or_engine, Engine):
        with connection_or_engine.connect() as conn:
            counts = _generate(conn, workers=workers, seed=seed, progress=progress, today=today)
    else:
        counts = _generate(
            connection_or_engine, workers=workers, seed=seed, progress=progress, today=today
        )
    return DemoSummary(workers, seed, counts, time.perf_counter() - started)


def _generate(
    conn: Connection,
    *,
    workers: int,
    seed: int,
    progress: Callable[[int, int], None] | None,
    today: date,
) -> dict[str, int]:
    owns = not conn.in_transaction()
    sql = {name: insert_sql(name) for name in COLUMNS}
    gen = RowMaker(P.FastRandom(seed), today, workers)
    counts: dict[str, int] = {}
    transaction = conn.begin() if owns else None
    driver: Any = conn.connection.driver_connection  # pragmas outside SQLAlchemy's transaction
    cache = int(driver.execute("PRAGMA cache_size").fetchone()[0])
    driver.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        fts = _has_table(conn, search.FTS_TABLE)
        if fts:
            search.drop_index_triggers(conn)  # one index rebuild at the end beats a trigger per row
        existing = conn.exec_driver_sql("SELECT count(*) FROM worker").scalar_one()
        indexes = _drop_indexes(conn) if workers >= max(BULK_INDEX_MIN, existing) else []
        _insert_missions(conn)
        gen.count_existing(conn)
        gen.make_courses(_existing_courses(conn))
        gen.make_projects()
        _write(conn, gen.take(), sql, counts)
        _write_workers(conn, gen, sql, counts, progress)
        for statement in indexes:
            conn.exec_driver_sql(statement)
        if fts:
            search.rebuild_index(conn)
            search.create_index(conn)
    except BaseException:
        if transaction is not None:
            transaction.rollback()
        raise
    finally:
        driver.execute(f"PRAGMA cache_size = {cache}")
    if transaction is not None:
        transaction.commit()
    if progress and workers == 0:
        progress(0, 0)
    return counts


def _write_workers(
    conn: Connection,
    gen: RowMaker,
    sql: dict[str, str],
    counts: dict[str, int],
    progress: Callable[[int, int], None] | None,
) -> None:
    """Make the workers chunk by chunk and write each chunk with executemany.

    One thread on purpose: a generating thread beside the writer only fought it for the
    GIL (sqlite3 takes it back after every row), which was slower than taking turns.
    """
    done = 0
    while done < gen.total:
        for _ in range(min(CHUNK_WORKERS, gen.total - done)):
            gen.make_worker()
        done = min(gen.total, done + CHUNK_WORKERS)
        _write(conn, gen.take(), sql, counts)
        if progress:
            progress(done, gen.total)


__all__ = ["DEMO_TODAY", "DemoSummary", "generate_demo"]
