"""Schema migrations: upgrades keep every row, back the file up first, refuse newer files."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from app.services.workspace import open_workspace
from app.store import migrate
from app.store.engine import create_store_engine
from app.store.migrate import (
    HEAD_REVISION,
    MIGRATIONS_DIR,
    StoreTooNew,
    backup_before_upgrade,
    current_revision,
    prepare_store,
    upgrade,
)

FIRST_REVISION = "0001"


def _script() -> ScriptDirectory:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(cfg)


def test_head_revision_constant_is_alembics_head() -> None:
    assert _script().get_heads() == [HEAD_REVISION]


def test_first_revision_is_the_base() -> None:
    assert _script().get_base() == FIRST_REVISION


# --- a store at the first schema with a row in every table ------------------------------


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
        "AND name NOT LIKE 'worker_fts_%'"
    )
    return [r[0] for r in rows]


def _parents_first(conn: sqlite3.Connection, tables: list[str]) -> list[str]:
    parents = {
        t: {r[2] for r in conn.execute(f"PRAGMA foreign_key_list('{t}')")} - {t} for t in tables
    }
    ordered: list[str] = []
    while len(ordered) < len(tables):
        ready = [t for t in tables if t not in ordered and parents[t] <= set(ordered)]
        assert ready, f"foreign-key cycle among {set(tables) - set(ordered)}"
        ordered.extend(sorted(ready))
    return ordered


def _value(decl: str, name: str, n: int) -> Any:
    """A plausible value of a column of declared type `decl` (raw SQL, as revision 0001 is)."""
    decl = decl.upper()
    if decl.startswith("CHAR(32)"):  # sa.Uuid on SQLite
        return uuid.uuid4().hex
    if "INT" in decl:
        return n
    if decl.startswith(("NUMERIC", "DECIMAL")):
        return "12.50"
    if decl == "DATE":
        return "1991-02-03"
    if decl.startswith(("DATETIME", "TIMESTAMP")):
        return "2026-01-02 03:04:05.000000"
    if decl == "BOOLEAN":
        return 0
    return f"{name[:6]}{n}"


def _fill_every_table(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Insert rows in every table by raw SQL, parents first; return each table's rows."""
    tables = _parents_first(conn, _tables(conn))
    for table in tables:
        columns = list(conn.execute(f"PRAGMA table_info('{table}')"))
        fks = {r[3]: (r[2], r[4]) for r in conn.execute(f"PRAGMA foreign_key_list('{table}')")}
        for n in range(1, 4):
            values: dict[str, Any] = {}
            for _cid, name, decl, _notnull, _default, _pk in columns:
                if name in fks and fks[name][0] == table:  # e.g. a note revising a note
                    values[name] = None
                elif name in fks:
                    parent, key = fks[name]
                    found = conn.execute(
                        f"SELECT {key} FROM {parent} ORDER BY rowid LIMIT 1 OFFSET ?", (n - 1,)
                    ).fetchone()
                    values[name] = found[0]
                else:
                    values[name] = _value(decl, name, n)
            if table == "worker":  # enums as the services store them
                values.update(sex="female", id_document_type="other", education="primary")
                values.update(migration_stage="returned", status="active")
                values.update(given_names=f"Lucía{n}", first_family_name="Peña")
            names = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(values.values()))
    conn.commit()
    return {t: _rows(conn, t) for t in tables}


def _rows(conn: sqlite3.Connection, table: str) -> list[tuple[Any, ...]]:
    return sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)


def _store_at_first_revision(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    engine = create_store_engine(path)
    upgrade(engine, FIRST_REVISION)
    engine.dispose()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            FIRST_REVISION,
        )
        return _fill_every_table(conn)
    finally:
        conn.close()


def test_upgrading_a_first_schema_store_keeps_every_row(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _store_at_first_revision(store_path)
    assert len(before) >= 17 and all(len(rows) >= 3 for rows in before.values())
    if HEAD_REVISION == FIRST_REVISION:
        # Only one revision exists yet: make the app believe it is newer, so this store is
        # "old" and goes through the whole backup-then-upgrade path (a no-op upgrade).
        monkeypatch.setattr(migrate, "HEAD_REVISION", "9999-next")
    backups = tmp_path / "backups"
    prepare_store(store_path, backup_dir=backups).dispose()

    conn = sqlite3.connect(store_path)
    try:
        assert current_revision(store_path) == _script().get_current_head()
        after_tables = set(_tables(conn))
        for table, rows in before.items():
            assert table in after_tables, f"table {table} vanished"
            assert len(_rows(conn, table)) == len(rows), f"rows of {table} lost"
            assert _keys(conn, table) == _keys_of(rows, conn, table), table
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        found = conn.execute("SELECT count(*) FROM worker_fts WHERE worker_fts MATCH 'lucia*'")
        assert found.fetchone() == (3,), "the search index lost workers"
    finally:
        conn.close()

    made = list(backups.iterdir())
    assert len(made) == 1, "no backup (VACUUM INTO) before the upgrade"
    backup = sqlite3.connect(made[0])
    try:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (
            FIRST_REVISION,
        )
        for table, rows in before.items():
            assert _rows(backup, table) == rows, f"backup differs in {table}"
    finally:
        backup.close()


def _keys(conn: sqlite3.Connection, table: str) -> list[tuple[Any, ...]]:
    cols = _pk(conn, table)
    return sorted(conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall())


def _keys_of(rows: list[tuple[Any, ...]], conn: sqlite3.Connection, table: str) -> list[Any]:
    # Positions of the primary key in the rows read at the first revision.
    info = list(conn.execute(f"PRAGMA table_info('{table}')"))
    names = [r[1] for r in info]
    pk = _pk(conn, table)
    # The first revision's column order is kept by SQLite for the columns it had.
    return sorted(tuple(row[names.index(c)] for c in pk) for row in rows)


def _pk(conn: sqlite3.Connection, table: str) -> list[str]:
    info = sorted((r[5], r[1]) for r in conn.execute(f"PRAGMA table_info('{table}')") if r[5])
    return [name for _order, name in info] or ["rowid"]


def test_a_current_store_opens_without_a_backup(store_path: Path, tmp_path: Path) -> None:
    prepare_store(store_path, backup_dir=tmp_path / "backups").dispose()
    prepare_store(store_path, backup_dir=tmp_path / "backups").dispose()
    assert not (tmp_path / "backups").exists()


def test_backup_before_upgrade_is_a_consistent_copy(store_path: Path, tmp_path: Path) -> None:
    before = _store_at_first_revision(store_path)
    original = store_path.read_bytes()
    copy = backup_before_upgrade(
        store_path, key=None, backup_dir=tmp_path / "b", revision=FIRST_REVISION
    )
    assert copy.parent == tmp_path / "b" and "schema-0001" in copy.name
    assert store_path.read_bytes() == original
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        for table, rows in before.items():
            assert _rows(conn, table) == rows
    finally:
        conn.close()


# --- a store made by a newer Puente -------------------------------------------------------


def _newer_store(path: Path) -> bytes:
    prepare_store(path).dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        assert not extra.exists() or extra.stat().st_size == 0 or extra.name.endswith("-shm")
    return path.read_bytes()


def test_a_newer_store_is_refused_and_left_unchanged(store_path: Path, tmp_path: Path) -> None:
    original = _newer_store(store_path)
    with pytest.raises(StoreTooNew, match="newer version of Puente"):
        prepare_store(store_path, backup_dir=tmp_path / "backups")
    assert store_path.read_bytes() == original
    assert not (tmp_path / "backups").exists()
    with pytest.raises(StoreTooNew):
        open_workspace(store_path)
    assert store_path.read_bytes() == original
    wal = store_path.with_name(store_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
