"""Bring a store file to the current schema: back it up, migrate, or refuse a newer file."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

if TYPE_CHECKING:
    from alembic.config import Config

from app.store.engine import StoreError, connect_raw, create_store_engine, is_plain_store

log = logging.getLogger(__name__)

# The newest revision in migrations/versions (a test checks it against Alembic's head).
# Knowing it here lets a store that is already current open without importing Alembic.
HEAD_REVISION = "0003"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class StoreTooNew(StoreError):
    """The file was written by a newer Puente than this one."""


def current_revision(path: Path, *, key: bytes | None = None) -> str | None:
    """The schema revision of the file (None for a new or empty file)."""
    if not path.exists():
        return None
    conn = connect_raw(path, key=key)
    try:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(found[0]) if found else None
    finally:
        conn.close()


def prepare_store(
    path: Path, *, key: bytes | None = None, backup_dir: Path | None = None
) -> Engine:
    """The engine of a store at the current schema; upgrades older files after a backup.

    Raises StoreTooNew for a file from a newer Puente (nothing is changed in it).
    """
    revision = current_revision(path, key=key)
    if revision != HEAD_REVISION:
        if revision is not None and not _is_known(revision):
            raise StoreTooNew(
                f"This case file was made by a newer version of Puente (schema {revision}). "
                "Install the current version of Puente to open it; the file was not changed."
            )
        if revision is not None:
            backup_before_upgrade(path, key=key, backup_dir=backup_dir, revision=revision)
        engine = create_store_engine(path, key=key)
        upgrade(engine)
        return engine
    return create_store_engine(path, key=key)


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run the Alembic migrations up to `target` on this engine's file."""
    from alembic import command

    with engine.connect() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        conn.commit()
    log.info("store migrated to %s", target)


def backup_before_upgrade(
    path: Path, *, key: bytes | None, backup_dir: Path | None, revision: str
) -> Path:
    """A consistent copy of the file (VACUUM INTO) taken before a schema upgrade.

    With a key, SQLCipher writes the copy encrypted with the same key; that is checked
    (a plaintext copy of an encrypted store is deleted and the upgrade refused).
    """
    folder = backup_dir or path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{path.stem}-{stamp}-schema-{revision}{path.suffix or '.sqlite'}"
    conn = connect_raw(path, key=key)
    try:
        conn.execute("VACUUM INTO ?", (str(target),))
    except sqlite3.Error as exc:
        raise StoreError(f"could not back up the store before upgrading it: {exc}") from exc
    finally:
        conn.close()
    if key is not None and is_plain_store(target):
        target.unlink(missing_ok=True)
        raise StoreError("the backup before the upgrade was not encrypted; nothing was changed")
    log.info("store backed up before upgrade to %s", target.name)
    return target


def _is_known(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return any(rev.revision == revision for rev in script.walk_revisions())


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def schema_tables(engine: Engine) -> list[str]:
    """Names of the tables in the store (for checks and diagnostics)."""
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        return sorted(r[0] for r in rows)
