"""The one place that opens the local SQLite file, with the pragmas case data needs."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool, QueuePool

BUSY_TIMEOUT_MS = 10_000
PRAGMAS: tuple[str, ...] = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",  # case data must survive a power cut
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA cache_size = -32000",  # 32 MB page cache per connection
)


class StoreError(Exception):
    """The store cannot be opened or used; `str()` says why in plain words."""


def connect_raw(path: Path, *, key: bytes | None = None) -> Any:
    """A DB-API connection to the store with every pragma applied (SQLCipher if keyed)."""
    if key is None:
        conn: Any = sqlite3.connect(
            str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )
    else:
        from sqlcipher3 import dbapi2 as sqlcipher

        conn = sqlcipher.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        for pragma in PRAGMAS:
            conn.execute(pragma)
    except Exception as exc:  # wrong key, not a database, unreadable file
        conn.close()
        raise StoreError(f"cannot open the store at {path.name}: {exc}") from exc
    return conn


def create_store_engine(path: Path, *, key: bytes | None = None, pooled: bool = True) -> Engine:
    """The SQLAlchemy engine over the store file; every connection gets the pragmas."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect_raw(path, key=key),
        poolclass=QueuePool if pooled else NullPool,
        pool_size=2,
        max_overflow=4,
    )
    _use_explicit_transactions(engine)
    return engine


def _use_explicit_transactions(engine: Engine) -> None:
    """Let SQLAlchemy, not the sqlite3 module, begin transactions (SQLAlchemy's recipe).

    The driver's implicit BEGIN only before DML means reads in a "transaction" see
    different snapshots; with this, a session's reads and writes share one transaction.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")
