"""Backups of the local store: one integrity-protected file, and a restore verified first.

A backup file is, in order::

    MAGIC (8) | header length (4, big-endian) | header (JSON, UTF-8)
    | the key vault as it is on disk (wrapped keys: the same people's passwords open it)
    | a consistent snapshot of the store (VACUUM INTO; SQLCipher keeps it encrypted)
    | HMAC-SHA256 of all of the above (key derived from the store key; zeros for the demo)
    | SHA-256 of all of the above (finds a damaged file before any password is asked)

The header holds no personal data: format, app version, schema revision, store id,
creation time, whether it is encrypted and the sizes of the two parts. A restore checks
the file, unwraps the key with the person's password, checks the HMAC, writes the
snapshot into a staging folder beside the store and runs SQLCipher's page check and
SQLite's integrity check there, all before the current store is touched. The swap then
moves the current files aside and the staged ones in, under a journal file, so a crash
at any moment is finished by `finish_interrupted_restore` at the next start.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import shutil
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from app import __version__
from app.i18n_marks import QT_TRANSLATE_NOOP
from app.security.files import fsync_folder, write_atomic
from app.security.vault import KeyVault, UnknownUser, VaultError, WrongPassword, vault_path
from app.store.engine import StoreError, connect_raw, is_plain_store
from app.store.migrate import HEAD_REVISION, MIGRATIONS_DIR

FORMAT = 1
MAGIC = b"PUENTEBK"
SUFFIX = ".puente-backup"
_LENGTH = struct.Struct(">I")
_MAX_HEADER = 64 * 1024
_TAG = 32  # bytes of the HMAC and of the SHA-256 at the end
_CHUNK = 1 << 20
STAGING = ".restore-staging"
JOURNAL_SUFFIX = ".restoring"
SNAPSHOT_PREFIX = ".backup-snapshot-"

Progress = Callable[[int, int], None]
CONTEXT = "Backup"


class BackupError(Exception):
    """A backup or restore refused or failed; `text` is English marked for translation.

    `text` uses `{name}` placeholders filled from `params` (for the service's Message).
    """

    def __init__(self, text: str, **params: str) -> None:
        super().__init__(text.format(**params))
        self.text = text
        self.params = params


class NotABackup(BackupError):
    """The file is not a Puente backup at all."""


class BackupDamaged(BackupError):
    """The file is a backup but some byte changed (damage or tampering)."""


class BackupTooNew(BackupError):
    """Made by a newer Puente (newer file format or schema revision)."""


class BackupWrongPassword(BackupError):
    """The username and password do not unwrap the key kept in the backup."""


class StoreInUse(BackupError):
    """The store to replace is still open (its journal holds changes)."""


NOT_A_BACKUP = QT_TRANSLATE_NOOP("Backup", "This file is not a Puente backup.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Backup",
    "This backup is damaged or was changed after it was made, so it cannot be restored. "
    "Nothing was changed.",
)
TOO_NEW = QT_TRANSLATE_NOOP(
    "Backup",
    "This backup was made by a newer Puente ({version}). Install Puente {version} or newer "
    "to restore it. Nothing was changed.",
)
WRONG_PASSWORD = QT_TRANSLATE_NOOP(
    "Backup", "The username or password does not open this backup. Nothing was changed."
)
DEMO_INTO_REAL = QT_TRANSLATE_NOOP(
    "Backup",
    "This is a backup of the demo data (not encrypted). It cannot replace a real case file.",
)
REAL_INTO_DEMO = QT_TRANSLATE_NOOP(
    "Backup", "This is a backup of a real case file. It cannot replace the demo data."
)
CHECK_FAILED = QT_TRANSLATE_NOOP(
    "Backup",
    "The case file inside this backup failed its check, so it was not restored. "
    "Nothing was changed.",
)
IN_USE = QT_TRANSLATE_NOOP(
    "Backup", "Puente is still using the case file. Close Puente and try again."
)
NO_STORE = QT_TRANSLATE_NOOP("Backup", "There is no case file to back up yet.")
NEEDS_KEY = QT_TRANSLATE_NOOP("Backup", "This case file is encrypted: sign in to back it up.")
WRONG_KEY = QT_TRANSLATE_NOOP("Backup", "The key does not open this case file.")
NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "Backup", "The copy of the case file was not encrypted, so no backup was written."
)
UNREADABLE = QT_TRANSLATE_NOOP("Backup", "The case file could not be read: {reason}")


@dataclass(frozen=True)
class BackupInfo:
    """What the header of a backup says (no personal data; readable without a password)."""

    format: int
    app_version: str
    schema_revision: str | None
    store_id: str | None
    created: datetime
    encrypted: bool
    vault_bytes: int
    store_bytes: int
    usernames: tuple[str, ...] = ()

    @property
    def total_bytes(self) -> int:
        return len(MAGIC) + _LENGTH.size + self.vault_bytes + self.store_bytes + 2 * _TAG

    def header(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "app_version": self.app_version,
            "schema_revision": self.schema_revision,
            "store_id": self.store_id,
            "created_utc": self.created.isoformat(timespec="seconds"),
            "encrypted": self.encrypted,
            "vault_bytes": self.vault_bytes,
            "store_bytes": self.store_bytes,
            "mac": "hmac-sha256" if self.encrypted else "none",
        }


@dataclass(frozen=True)
class RestoreResult:
    """A finished restore: what was restored, and where the previous store was kept."""

    info: BackupInfo
    previous: Path | None
    needs_upgrade: bool


# --- making a backup ----------------------------------------------------------------------


def make_backup(
    *,
    store_path: Path,
    key: bytes | None,
    out: Path,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """Write a backup of the store at `store_path` to `out` (atomically); what it holds.

    `key` is the store key (None only for a plaintext demo store). The snapshot is a
    consistent copy even while the app writes; it is checked to be encrypted and sound
    before the file is written.
    """
    if not store_path.is_file():
        raise BackupError(NO_STORE)
    plain = is_plain_store(store_path)
    if key is None and not plain:
        raise BackupError(NEEDS_KEY)
    vault_data = vault_path(store_path).read_bytes() if key is not None else b""
    store_id = _store_id(vault_data) if key is not None else None
    _remove_snapshots(store_path.parent)
    token = secrets.token_hex(4)
    snapshot = store_path.with_name(f"{SNAPSHOT_PREFIX}{os.getpid()}-{token}{store_path.suffix}")
    try:
        revision = _snapshot(store_path, key, snapshot)
        info = BackupInfo(
            format=FORMAT,
            app_version=__version__,
            schema_revision=revision,
            store_id=store_id,
            created=(now or datetime.now(UTC)).replace(microsecond=0),
            encrypted=key is not None,
            vault_bytes=len(vault_data),
            store_bytes=snapshot.stat().st_size,
        )
        _write_backup(out, info, vault_data, snapshot, key, progress)
    finally:
        _remove_store_files(snapshot)
    return info


def _store_id(vault_data: bytes) -> str:
    try:
        return str(json.loads(vault_data)["store_id"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupError(UNREADABLE, reason="key vault") from exc


def _snapshot(store_path: Path, key: bytes | None, snapshot: Path) -> str | None:
    """VACUUM INTO `snapshot` (one read transaction: consistent); its schema revision."""
    try:
        conn = connect_raw(store_path, key=key)
    except StoreError as exc:
        raise BackupError(WRONG_KEY if key is not None else UNREADABLE, reason=str(exc)) from exc
    try:
        conn.execute("VACUUM INTO ?", (str(snapshot),))
    except Exception as exc:  # sqlite3 and sqlcipher3 errors share no base class
        raise BackupError(UNREADABLE, reason=str(exc)) from exc
    finally:
        conn.close()
    if key is not None and is_plain_store(snapshot):
        raise BackupError(NOT_ENCRYPTED)
    problems, revision = _check_store(snapshot, key, full=False)
    if problems:
        raise BackupError(UNREADABLE, reason=problems[0])
    return revision


def _check_store(
    path: Path, key: bytes | None, *, full: bool = True
) -> tuple[list[str], str | None]:
    """SQLCipher's page check (encrypted) and SQLite's integrity check; the revision.

    Without `full`, an encrypted file gets only the page check (every page's HMAC) and a
    plaintext one `quick_check`: enough for a snapshot just made from a live store.
    """
    try:
        conn = connect_raw(path, key=key)
    except StoreError as exc:
        return [str(exc)], None
    try:
        problems: list[str] = []
        if key is not None:
            problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        if full or key is None:
            check = "integrity_check" if full else "quick_check"
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {check}")]
            if rows != ["ok"]:
                problems += rows
        revision = _revision(conn)
        conn.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal left behind
    except Exception as exc:  # a damaged page can fail any statement
        return [str(exc)], None
    finally:
        conn.close()
    return problems, revision


def _revision(conn: Any) -> str | None:
    found = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if found is None:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def _mac_key(key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"puente-backup-mac/1"
    ).derive(key)


def _write_backup(
    out: Path,
    info: BackupInfo,
    vault_data: bytes,
    snapshot: Path,
    key: bytes | None,
    progress: Progress | None,
) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    header = json.dumps(info.header(), sort_keys=True).encode("utf-8")
    mac = hmac.new(_mac_key(key), digestmod=hashlib.sha256) if key is not None else None
    digest = hashlib.sha256()
    total = info.total_bytes + len(header)
    done = 0
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:

            def put(chunk: bytes) -> None:
                nonlocal done
                fh.write(chunk)
                digest.update(chunk)
                if mac is not None:
                    mac.update(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)

            put(MAGIC + _LENGTH.pack(len(header)) + header + vault_data)
            with snapshot.open("rb") as src:
                for chunk in _chunks(src):
                    put(chunk)
            tag = mac.digest() if mac is not None else bytes(_TAG)
            digest.update(tag)
            fh.write(tag + digest.digest())
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_folder(out.parent)


def _chunks(fh: IO[bytes], limit: int | None = None) -> Iterator[bytes]:
    left = limit
    while left is None or left > 0:
        chunk = fh.read(_CHUNK if left is None else min(_CHUNK, left))
        if not chunk:
            return
        if left is not None:
            left -= len(chunk)
        yield chunk


# --- reading a backup ---------------------------------------------------------------------


def inspect_backup(path: Path) -> BackupInfo:
    """The header of the backup at `path` (raises NotABackup, BackupDamaged, BackupTooNew).

    Only the header and the size are checked here; `restore_backup` checks every byte.
    """
    with path.open("rb") as fh:
        info, _start = _read_header(fh, path.stat().st_size)
        vault_data = fh.read(info.vault_bytes)
    if info.encrypted:
        with contextlib.suppress(ValueError, AttributeError, TypeError):
            users = json.loads(vault_data).get("users") or {}
            info = _with_users(info, tuple(sorted(str(u) for u in users)))
    return info


def _with_users(info: BackupInfo, users: tuple[str, ...]) -> BackupInfo:
    from dataclasses import replace

    return replace(info, usernames=users)


def _read_header(fh: IO[bytes], size: int) -> tuple[BackupInfo, int]:
    if fh.read(len(MAGIC)) != MAGIC:
        raise NotABackup(NOT_A_BACKUP)
    raw_length = fh.read(_LENGTH.size)
    if len(raw_length) != _LENGTH.size:
        raise BackupDamaged(DAMAGED)
    (length,) = _LENGTH.unpack(raw_length)
    if length > _MAX_HEADER:
        raise BackupDamaged(DAMAGED)
    try:
        header = json.loads(fh.read(length).decode("utf-8"))
        if not isinstance(header, dict):
            raise TypeError("the header is not an object")
        fmt = int(header["format"])
        version = str(header["app_version"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupDamaged(DAMAGED) from exc
    if fmt > FORMAT:
        raise BackupTooNew(TOO_NEW, version=version)
    info = _parse_header(header, fmt, version)
    if fmt != FORMAT or info.total_bytes + length != size:
        raise BackupDamaged(DAMAGED)
    return info, len(MAGIC) + _LENGTH.size + length


def _parse_header(header: dict[str, Any], fmt: int, version: str) -> BackupInfo:
    try:
        revision = header["schema_revision"]
        store_id = header["store_id"]
        info = BackupInfo(
            format=fmt,
            app_version=version,
            schema_revision=None if revision is None else str(revision),
            store_id=None if store_id is None else str(store_id),
            created=datetime.fromisoformat(str(header["created_utc"])),
            encrypted=bool(header["encrypted"]),
            vault_bytes=int(header["vault_bytes"]),
            store_bytes=int(header["store_bytes"]),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupDamaged(DAMAGED) from exc
    if min(info.vault_bytes, info.store_bytes) < 0:
        raise BackupDamaged(DAMAGED)
    return info


def is_newer_revision(revision: str | None) -> bool:
    """True if `revision` is a schema this Puente does not know (made by a newer one)."""
    if revision is None or revision == HEAD_REVISION:
        return False
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    known = {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}
    return revision not in known


# --- restoring ----------------------------------------------------------------------------


def restore_backup(
    *,
    backup: Path,
    password: str,
    username: str,
    store_path: Path,
    demo: bool = False,
    keep_previous: bool = False,
    other_processes: bool = False,
) -> RestoreResult:
    """Replace the store at `store_path` (and its vault) with the verified backup.

    Everything is checked before anything is replaced; any refusal leaves the current
    store as it was. `demo` says the target is the demo store (a plaintext backup);
    `other_processes` also refuses while another program has the store open (for a
    process, like `puente restore`, that never opened it).
    """
    staged = stage_restore(
        backup=backup, password=password, username=username, store_path=store_path, demo=demo
    )
    try:
        return staged.commit(keep_previous=keep_previous, other_processes=other_processes)
    except BaseException:
        staged.discard()
        raise


@dataclass
class StagedRestore:
    """A backup unpacked and verified beside the store, waiting to be swapped in."""

    store_path: Path
    info: BackupInfo

    @property
    def staging(self) -> Path:
        return staging_dir(self.store_path)

    def commit(
        self, *, keep_previous: bool = False, other_processes: bool = False
    ) -> RestoreResult:
        """Swap the staged store and vault in; the previous ones are dropped or kept."""
        refuse_if_open(self.store_path, other_processes=other_processes)
        journal = journal_path(self.store_path)
        write_atomic(journal, json.dumps({"staging": STAGING}).encode("utf-8"))
        previous = finish_interrupted_restore(self.store_path, keep_previous=keep_previous)
        return RestoreResult(
            self.info, previous, needs_upgrade=self.info.schema_revision != HEAD_REVISION
        )

    def discard(self) -> None:
        """Drop the staged files (only while no swap has begun)."""
        if not journal_path(self.store_path).exists():
            shutil.rmtree(self.staging, ignore_errors=True)


def staging_dir(store_path: Path) -> Path:
    return store_path.parent / STAGING


def journal_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + JOURNAL_SUFFIX)


def stage_restore(
    *, backup: Path, password: str, username: str, store_path: Path, demo: bool = False
) -> StagedRestore:
    """Check `backup` fully and unpack it beside the store; nothing current is touched."""
    info = inspect_backup(backup)
    if is_newer_revision(info.schema_revision):
        raise BackupTooNew(TOO_NEW, version=info.app_version)
    if info.encrypted == demo:
        raise BackupError(REAL_INTO_DEMO if demo else DEMO_INTO_REAL)
    _check_digest(backup, info.total_bytes)
    if journal_path(store_path).exists():  # a swap a crash interrupted: finish it first
        finish_interrupted_restore(store_path)
    staging = staging_dir(store_path)
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        _unpack(backup, info, store_path, staging, password, username)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return StagedRestore(store_path, info)


def _check_digest(backup: Path, total_without_header: int) -> None:
    """The SHA-256 at the end matches every byte before it (damage, before any password)."""
    size = backup.stat().st_size
    digest = hashlib.sha256()
    with backup.open("rb") as fh:
        for chunk in _chunks(fh, size - _TAG):
            digest.update(chunk)
        expected = fh.read(_TAG)
    if not hmac.compare_digest(digest.digest(), expected):
        raise BackupDamaged(DAMAGED)


def _unpack(
    backup: Path, info: BackupInfo, store_path: Path, staging: Path, password: str, username: str
) -> None:
    staged_store = staging / store_path.name
    staged_vault = staging / vault_path(store_path).name
    with backup.open("rb") as fh:
        _info, start = _read_header(fh, backup.stat().st_size)
        fh.seek(0)
        prefix = fh.read(start)
        vault_data = fh.read(info.vault_bytes)
        key = _unwrap(staged_vault, vault_data, username, password) if info.encrypted else None
        mac = hmac.new(_mac_key(key), digestmod=hashlib.sha256) if key is not None else None
        if mac is not None:
            mac.update(prefix + vault_data)
        fd = os.open(staged_store, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            for chunk in _chunks(fh, info.store_bytes):
                out.write(chunk)
                if mac is not None:
                    mac.update(chunk)
            out.flush()
            os.fsync(out.fileno())
        tag = fh.read(_TAG)
    if mac is not None and not hmac.compare_digest(mac.digest(), tag):
        raise BackupDamaged(DAMAGED)
    if key is not None and is_plain_store(staged_store):
        raise BackupDamaged(DAMAGED)
    problems, revision = _check_store(staged_store, key)
    if problems or revision != info.schema_revision:
        raise BackupDamaged(CHECK_FAILED)
    _remove_store_files(staged_store, keep_main=True)
    fsync_folder(staging)


def _unwrap(staged_vault: Path, vault_data: bytes, username: str, password: str) -> bytes:
    write_atomic(staged_vault, vault_data)
    try:
        return KeyVault(staged_vault).unwrap(username, password)
    except (WrongPassword, UnknownUser) as exc:
        raise BackupWrongPassword(WRONG_PASSWORD) from exc
    except VaultError as exc:
        raise BackupDamaged(DAMAGED) from exc


def refuse_if_open(store_path: Path, *, other_processes: bool = False) -> None:
    """Raise StoreInUse if the store is open: its write-ahead log holds changes or, with
    `other_processes`, another program holds it (only from a process that has no
    connection to it: a probe of SQLite's locks there would release this process's own).
    """
    wal, shm = _side_files(store_path)
    if wal.exists() and wal.stat().st_size > 0:
        raise StoreInUse(IN_USE)
    if other_processes and shm.exists() and _held_elsewhere(store_path, shm):
        raise StoreInUse(IN_USE)


_SHM_DMS = 128  # SQLite's "dead man switch" byte in the -shm file: every connection holds it


def _held_elsewhere(store_path: Path, shm: Path) -> bool:
    if os.name == "nt":  # an open file cannot be renamed on Windows
        probe = store_path.with_name(store_path.name + ".probe")
        try:
            os.replace(store_path, probe)
        except OSError:
            return True
        os.replace(probe, store_path)
        return False
    import fcntl

    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, _SHM_DMS)
        return False
    finally:
        os.close(fd)


def finish_interrupted_restore(store_path: Path, *, keep_previous: bool = False) -> Path | None:
    """Finish a swap whose journal exists (call before the store is opened); None if none.

    Idempotent: each file is moved only if its staged copy is still there, so a crash
    during this function is finished by calling it again. Returns where the previous
    store was kept (`keep_previous`), else None.
    """
    journal = journal_path(store_path)
    if not journal.exists():
        return None
    staging = staging_dir(store_path)
    previous = staging / "previous"
    vault = vault_path(store_path)
    staged_store, staged_vault = staging / store_path.name, staging / vault.name
    if staged_store.exists():
        previous.mkdir(parents=True, exist_ok=True)
        for side in _side_files(store_path):
            if side.exists():
                os.replace(side, previous / side.name)
        for staged, target in ((staged_vault, vault), (staged_store, store_path)):
            if staged.exists():
                if target.exists():
                    os.replace(target, previous / target.name)
                os.replace(staged, target)
        fsync_folder(store_path.parent)
    kept = _keep_previous(store_path, previous) if keep_previous else None
    journal.unlink()
    fsync_folder(store_path.parent)
    shutil.rmtree(staging, ignore_errors=True)
    return kept


def _keep_previous(store_path: Path, previous: Path) -> Path | None:
    if not previous.is_dir() or not any(previous.iterdir()):
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = store_path.parent / "backups" / f"before-restore-{stamp}"
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(previous, target)
    return target


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _remove_store_files(path: Path, *, keep_main: bool = False) -> None:
    for extra in ([] if keep_main else [path]) + _side_files(path):
        with contextlib.suppress(OSError):
            extra.unlink()


def _remove_snapshots(folder: Path) -> None:
    """Snapshots a killed backup left in the data folder (a day old: none is running)."""
    old = datetime.now(UTC).timestamp() - 24 * 3600
    for leftover in folder.glob(f"{SNAPSHOT_PREFIX}*"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < old:
                leftover.unlink()
