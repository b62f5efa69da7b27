"""Encrypting a plaintext store in place, and checking an encrypted one page by page.

A store from before encryption is exported into a new encrypted file (sqlcipher_export),
checked, then swapped in with one atomic rename; the old plaintext bytes are overwritten
with zeros through a handle kept open across the rename, and its plaintext backups are
encrypted the same way. A crash at any moment leaves either the plaintext store (the
export is redone at the next sign-in) or the encrypted one, never a half-written file.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import Any

from app.security.files import fsync_folder
from app.store.engine import StoreError, connect_raw, is_plain_store, key_pragma

log = logging.getLogger(__name__)

PART_SUFFIX = ".encrypting"
_WIPE_CHUNK = 1 << 20


def side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def encrypt_in_place(path: Path, key: bytes) -> None:
    """Turn the plaintext store at `path` into an encrypted one with `key` (same schema).

    Nothing may have the file open. Raises StoreError (the plaintext store untouched) if
    the copy cannot be made or does not match the original.
    """
    if not is_plain_store(path):
        raise StoreError(f"{path.name} is not a plaintext store")
    part = path.with_name(path.name + PART_SUFFIX)
    for leftover in [part, *side_files(part)]:
        leftover.unlink(missing_ok=True)
    counts = _export(path, part, key)
    _check_copy(part, key, counts)
    _swap(part, path)
    encrypt_backups(path.parent / "backups", key)
    log.info("plaintext store encrypted in place")


def _export(path: Path, part: Path, key: bytes) -> dict[str, int]:
    from sqlcipher3 import dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = _row_counts(conn)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        attach = key_pragma(key).replace("PRAGMA key = ", "")
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {attach}", (str(part),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {version}")
        conn.execute("DETACH DATABASE encrypted")
        conn.execute("PRAGMA journal_mode = DELETE")  # folds and removes the -wal
    except Exception as exc:
        part.unlink(missing_ok=True)
        raise StoreError(f"could not encrypt the store: {exc}") from exc
    finally:
        conn.close()
    return counts


def _row_counts(conn: Any) -> dict[str, int]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for (name,) in rows
    }


def _check_copy(part: Path, key: bytes, counts: dict[str, int]) -> None:
    problem = ""
    try:
        conn = connect_raw(part, key=key)
        try:
            found = _row_counts(conn)
            if found != counts:
                problem = "the encrypted copy does not hold the same rows"
            elif verify_pages(conn):
                problem = "the encrypted copy failed its integrity check"
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except StoreError as exc:
        problem = str(exc)
    if problem or is_plain_store(part):
        part.unlink(missing_ok=True)
        raise StoreError(problem or "the copy was not encrypted")
    with part.open("rb+") as fh:
        os.fsync(fh.fileno())


def _swap(part: Path, path: Path) -> None:
    """Rename the encrypted copy over the store; then zero the old plaintext bytes."""
    for extra in side_files(path):
        if extra.exists() and extra.stat().st_size and extra.name.endswith("-wal"):
            raise StoreError("the store is still open somewhere (its journal is not empty)")
    old = open(path, "rb+")  # noqa: SIM115 - kept open across the rename on purpose
    try:
        for extra in side_files(path) + side_files(part):
            extra.unlink(missing_ok=True)
        try:
            os.replace(part, path)
        except PermissionError:  # Windows: an open file cannot be replaced
            old.close()
            _wipe_file(path)
            os.replace(part, path)
            return
        fsync_folder(path.parent)
        _wipe_handle(old)
    finally:
        old.close()


def _wipe_handle(fh: Any) -> None:
    """Overwrite an open file's bytes with zeros (best effort: SSDs may keep old blocks)."""
    size = os.fstat(fh.fileno()).st_size
    fh.seek(0)
    zeros = bytes(_WIPE_CHUNK)
    left = size
    while left > 0:
        left -= fh.write(zeros[: min(left, _WIPE_CHUNK)])
    fh.flush()
    os.fsync(fh.fileno())


def _wipe_file(path: Path) -> None:
    with path.open("rb+") as fh:
        _wipe_handle(fh)


def encrypt_backups(folder: Path, key: bytes) -> int:
    """Encrypt every plaintext store file in `folder` (old pre-upgrade backups); how many."""
    done = 0
    if not folder.is_dir():
        return done
    for candidate in sorted(folder.iterdir()):
        if candidate.is_file() and is_plain_store(candidate):
            try:
                encrypt_in_place(candidate, key)
                done += 1
            except StoreError as exc:
                log.error("a plaintext backup could not be encrypted: %s", exc)
    return done


def verify_pages(conn: Any) -> list[str]:
    """SQLCipher's page-by-page HMAC check of an open keyed connection: the problems found."""
    rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    return [str(r[0]) for r in rows]


def verify_store(path: Path, key: bytes) -> list[str]:
    """Every page of the encrypted store at `path` checked (empty when it is sound)."""
    with contextlib.closing(connect_raw(path, key=key)) as conn:
        return verify_pages(conn)
