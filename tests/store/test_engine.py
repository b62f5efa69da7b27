"""The engine factory: every connection has the pragmas case data needs."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from app.services.db import Database
from app.store.engine import BUSY_TIMEOUT_MS, StoreError, connect_raw, create_store_engine


def _pragmas(conn: object) -> dict[str, object]:
    run = conn.exec_driver_sql  # type: ignore[attr-defined]
    return {
        name: run(f"PRAGMA {name}").scalar()
        for name in (
            "journal_mode",
            "foreign_keys",
            "synchronous",
            "busy_timeout",
            "wal_autocheckpoint",
        )
    }


def test_every_engine_connection_has_the_pragmas(store_path: Path) -> None:
    engine = create_store_engine(store_path)
    try:
        # Two connections at once: the pragmas are per connection, not per file.
        with engine.connect() as first, engine.connect() as second:
            for conn in (first, second):
                assert _pragmas(conn) == {
                    "journal_mode": "wal",
                    "foreign_keys": 1,
                    "synchronous": 2,  # FULL
                    "busy_timeout": BUSY_TIMEOUT_MS,
                    "wal_autocheckpoint": 4000,  # pages: the WAL still checkpoints itself
                }
    finally:
        engine.dispose()


def test_service_sessions_see_the_pragmas(db: Database) -> None:
    for opened in (db.read, db.write):
        with opened() as session:
            conn = session.connection()
            assert _pragmas(conn)["synchronous"] == 2
            assert _pragmas(conn)["foreign_keys"] == 1
            assert _pragmas(conn)["journal_mode"] == "wal"


def test_foreign_keys_are_enforced(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.write() as session:
        session.execute(
            text(
                "INSERT INTO placement (id, mission_id, version, created_at, updated_at, "
                "updated_by, worker_id, employer, city, province, sector, occupation, noc_code, "
                "programme_stream, permit_number, status) VALUES ('a' || hex(randomblob(15)), "
                "'MX', 0, '2026-01-01', '2026-01-01', 'x', 'ffffffffffffffffffffffffffffffff', "
                "'Farm', '', '', 'agriculture', '', '', 'sawp', '', 'planned')"
            )
        )


def test_write_transactions_take_the_lock_at_once(db: Database) -> None:
    with db.write() as session:
        conn = session.connection()
        # BEGIN IMMEDIATE: this connection already holds the write lock, so a second
        # connection cannot start writing (it would wait, then fail).
        other = connect_raw(_path(db))
        other.execute("PRAGMA busy_timeout = 0")
        other.isolation_level = None
        with pytest.raises(Exception, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
        assert conn is not None


def _path(db: Database) -> Path:
    with db.read() as session:
        row = session.connection().exec_driver_sql("PRAGMA database_list").fetchone()
    return Path(row[2])


def test_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match=r"bogus\.sqlite"):
        connect_raw(bogus)
