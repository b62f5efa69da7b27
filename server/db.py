"""Server database: engine factory, the server's table set, migrations at start-up, seeds."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, event, text
from sqlalchemy.pool import NullPool
from sqlmodel import Session, SQLModel, create_engine, select

from app.models import CLIENT_ONLY_TABLES, DEFAULT_MISSIONS, SYNCED_ENTITIES, Mission
from server.models import SERVER_ONLY_MODELS, ServerCounter, ServerMeta

MIGRATIONS_DIR = Path(__file__).parent / "migrations"

SERVER_TABLES: tuple[Table, ...] = (
    Mission.__table__,  # type: ignore[attr-defined]
    *(model.__table__ for model in SYNCED_ENTITIES.values()),  # type: ignore[attr-defined]
    *(model.__table__ for model in SERVER_ONLY_MODELS),  # type: ignore[attr-defined]
)
"""Every table the server owns; the client-only tables are never created here."""

SERVER_TABLE_NAMES: frozenset[str] = frozenset(t.name for t in SERVER_TABLES)
assert not SERVER_TABLE_NAMES & set(CLIENT_ONLY_TABLES), "client tables on the server"


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic filter: only the server's tables (and their indexes and constraints)."""
    if type_ == "table":
        return name in SERVER_TABLE_NAMES
    table = getattr(obj, "table", None)
    return table is None or table.name in SERVER_TABLE_NAMES


SEQ_COUNTER = "feed"
EPOCH_KEY = "epoch"


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for SQLite (WAL, foreign keys, busy timeout) or PostgreSQL (UTC session)."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            echo=echo,
            hide_parameters=True,  # errors and logs never carry row values (personal data)
            connect_args={"check_same_thread": False, "timeout": 30},
            poolclass=NullPool if ":memory:" not in url else None,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(
        url,
        echo=echo,
        hide_parameters=True,
        pool_pre_ping=True,
        connect_args={"options": "-c timezone=UTC"},
    )


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # let the "begin" hook issue BEGIN itself
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    # pysqlite's own transaction handling is off (isolation_level None); begin here so
    # SAVEPOINTs work. Writers take the write lock first thing through lock_for_write().
    conn.exec_driver_sql("BEGIN")


def create_server_tables(engine: Engine) -> None:
    """Create only the server's tables (used by migrations' first revision and by tests)."""
    SQLModel.metadata.create_all(engine, tables=list(SERVER_TABLES))


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (Alembic), then seed missions and the epoch."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
    with Session(engine) as session:
        seed(session)
        session.commit()


def seed(session: Session) -> None:
    """Default missions, the feed counter and an epoch, each only if missing."""
    have = set(session.exec(select(Mission.code)).all())
    for mission in DEFAULT_MISSIONS:
        if mission.code not in have:
            session.add(Mission.model_validate(mission.model_dump()))
    if session.get(ServerCounter, SEQ_COUNTER) is None:
        session.add(ServerCounter(name=SEQ_COUNTER, value=0))
    if session.get(ServerMeta, EPOCH_KEY) is None:
        session.add(ServerMeta(key=EPOCH_KEY, value=secrets.token_hex(8)))


def new_epoch(session: Session) -> str:
    """Give the database a new epoch (after a restore): every client re-reads the feed."""
    meta = session.get(ServerMeta, EPOCH_KEY)
    value = secrets.token_hex(8)
    if meta is None:
        session.add(ServerMeta(key=EPOCH_KEY, value=value))
    else:
        meta.value = value
        session.add(meta)
    return value


def get_epoch(session: Session) -> str:
    """The current server epoch."""
    meta = session.get(ServerMeta, EPOCH_KEY)
    return meta.value if meta else ""


def lock_for_write(session: Session) -> None:
    """Take the writers' lock first thing in a writing transaction.

    On SQLite this takes the database write lock before any read (no failed lock upgrade);
    on PostgreSQL it locks the feed counter row, so writers commit in the order of the
    sequence numbers they take and a reader never sees seq 11 before seq 10. A read-only
    transaction already open (e.g. the token check) is ended first: on SQLite, upgrading a
    read snapshot to a write fails at once if another writer committed meanwhile.
    """
    assert not (session.new or session.dirty or session.deleted), "unsaved changes"
    session.commit()
    session.connection().execute(
        text("UPDATE srv_counter SET value = value WHERE name = :n"), {"n": SEQ_COUNTER}
    )


def next_seq(session: Session) -> int:
    """Bump the feed counter inside the caller's transaction and return the new value."""
    row = session.connection().execute(
        text("UPDATE srv_counter SET value = value + 1 WHERE name = :n RETURNING value"),
        {"n": SEQ_COUNTER},
    )
    return int(row.scalar_one())


def reserve_seqs(session: Session, count: int) -> int:
    """Take `count` feed positions at once inside the caller's transaction; the first one.

    The positions are first .. first + count - 1, after every position already taken.
    """
    row = session.connection().execute(
        text("UPDATE srv_counter SET value = value + :c WHERE name = :n RETURNING value"),
        {"c": count, "n": SEQ_COUNTER},
    )
    return int(row.scalar_one()) - count + 1


def session_scope(engine: Engine) -> Iterator[Session]:
    """A session for one request; the caller commits."""
    with Session(engine, expire_on_commit=False) as session:
        yield session
