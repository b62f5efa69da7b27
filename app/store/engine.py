"""The one place that opens the local store file, with the pragmas case data needs.

A real store is SQLCipher-encrypted with a raw 32-byte key (from app.security.vault);
only the demo store is opened without a key.
"""

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
    # 64 MB page cache per connection: at 200k workers the search index alone is ~34 MB,
    # and on SQLCipher every cache miss is a page decrypted and authenticated again
    # (encrypted search p95 at 200k: 18.6 ms with 32 MB, 14.0 ms with 64 MB).
    "PRAGMA cache_size = -64000",
    # Checkpoint the WAL into the file every 4000 pages (16 MB), not SQLite's 1000: a save
    # of a new worker writes ~36 pages, so the default checkpointed inside every ~28th
    # save; fewer, larger checkpoints write each often-touched page (index roots, the
    # search index's structure) once instead of four times. Durability is the WAL's fsync
    # at every commit (synchronous = FULL), which this does not change.
    "PRAGMA wal_autocheckpoint = 4000",
    # Deleted and overwritten content is zeroed, not left in free space: a record purged
    # under retention, a withdrawn consent or an edited name leaves no readable copy for
    # whoever holds the key later (SQLCipher's build leaves this off by default).
    "PRAGMA secure_delete = ON",
)


PLAIN_HEADER = b"SQLite format 3\x00"


class StoreError(Exception):
    """The store cannot be opened or used; `str()` says why in plain words."""


class WrongKey(StoreError):
    """The key does not open the file (wrong key, or the file is damaged or not a store)."""


class NeedsKey(StoreError):
    """The file is encrypted and was opened without a key."""


def is_plain_store(path: Path) -> bool:
    """True if the file at `path` is an unencrypted SQLite file (False if absent or empty)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except FileNotFoundError:
        return False


def key_pragma(key: bytes) -> str:
    """The PRAGMA that hands SQLCipher a raw key (no passphrase stretching: the key is random)."""
    if len(key) != 32:
        raise StoreError("a store key has 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


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
        conn.execute(key_pragma(key))
    try:
        for pragma in PRAGMAS:
            conn.execute(pragma)
    except Exception as exc:  # wrong key, not a database, unreadable file
        conn.close()
        if "not a database" in str(exc):
            if key is None and path.exists() and not is_plain_store(path):
                raise NeedsKey(f"{path.name} is encrypted: sign in to open it") from exc
            if key is not None:
                raise WrongKey(
                    f"{path.name} cannot be opened with this key "
                    "(wrong key, or the file is damaged)"
                ) from exc
        raise StoreError(f"cannot open the store at {path.name}: {exc}") from exc
    return conn


def create_store_engine(path: Path, *, key: bytes | None = None, pooled: bool = True) -> Engine:
    """The SQLAlchemy engine over the store file; every connection gets the pragmas."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pool: dict[str, Any] = (
        {"poolclass": QueuePool, "pool_size": 2, "max_overflow": 4}
        if pooled
        else {"poolclass": NullPool}  # a connection per use: nothing stays open on the file
    )
    engine = create_engine("sqlite://", creator=lambda: connect_raw(path, key=key), **pool)
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
