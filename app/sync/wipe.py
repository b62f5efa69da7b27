"""Wipe this laptop's copy of the data when the server says the device was revoked.

A lost or stolen laptop is revoked on the server (`puente-server revoke-device`). At its
next contact the server answers `device_revoked`; the client then removes, in this order:
the kept sign-in (token), the key vault and every other file of the store in its folder
(database, -wal, -shm, journals, backups taken before upgrades, restore staging,
snapshots, interrupted temporary files). The vault goes first after the token: without
it an encrypted store cannot be opened even if a copy of the database survived.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from app.store.backup import SNAPSHOT_PREFIX, STAGING

log = logging.getLogger(__name__)

DEVICE_REVOKED = "device_revoked"
"""The error code the server answers (401/403) for a request from a revoked device."""

BACKUP_FOLDER = "backups"
_CHUNK = 1 << 20


class ClearableTokens(Protocol):
    """What the wipe needs of the token store (app.sync.credentials.TokenStore)."""

    def clear(self) -> None: ...


def is_device_revoked(exc: BaseException) -> bool:
    """True for the server's answer to a request from a revoked device."""
    return getattr(exc, "code", "") == DEVICE_REVOKED and getattr(exc, "status", 0) in (401, 403)


@dataclass
class WipeReport:
    """What the wipe removed, and what it could not (logged; never personal data)."""

    removed: list[Path] = field(default_factory=list)
    failed: list[Path] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.failed


def store_files(store_path: Path) -> list[Path]:
    """Every file and folder of the store's folder that belongs to this store.

    `<name>` itself, `<name>-wal/-shm/-journal`, `<name>.<anything>` (the key vault
    `<name>.keys`, the throttle file, an interrupted encryption or restore), hidden
    `.<name>.*.tmp` leftovers of atomic writes, the store's schema-upgrade backups in
    `backups/`, restore staging and backup snapshots. Other stores' files are left alone.
    """
    folder = store_path.parent
    name = store_path.name
    found: list[Path] = []
    if not folder.is_dir():
        return found
    for path in sorted(folder.iterdir()):
        own = (
            path.name == name
            or path.name.startswith((f"{name}-", f"{name}.", f".{name}."))
            or path.name.startswith(SNAPSHOT_PREFIX)
            or path.name == STAGING
        )
        if own:
            found.append(path)
    backups = folder / BACKUP_FOLDER
    if backups.is_dir():
        prefix = f"{store_path.stem}-"
        found.extend(
            p
            for p in sorted(backups.iterdir())
            if p.name.startswith(prefix) and "-schema-" in p.name
        )
    return found


def _shred(path: Path) -> None:
    """Overwrite a file with zeros, flush it to disk, then delete it.

    The overwrite is best effort (SSDs and copy-on-write file systems may keep old
    blocks); the real protection is that the key vault is gone, so what stays of an
    encrypted store cannot be read.
    """
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with path.open("r+b") as handle:
            zeros = bytes(min(size, _CHUNK))
            left = size
            while left > 0:
                handle.write(zeros[: min(left, _CHUNK)])
                left -= _CHUNK
            handle.flush()
            os.fsync(handle.fileno())
    path.unlink()


def wipe_store(
    store_path: Path, *, tokens: ClearableTokens | None, close: Callable[[], None] | None = None
) -> WipeReport:
    """Remove the sign-in and every file of the store at `store_path`.

    `close` (e.g. `Workspace.close`) is called first so no connection keeps a file open;
    then the token is cleared, then the vault, then the other files. Never raises for one
    file: what could not be removed is in `report.failed`.
    """
    report = WipeReport()
    if close is not None:
        try:
            close()
        except Exception:  # a failing close must not stop the wipe
            log.exception("closing the store before the wipe failed")
    if tokens is not None:
        try:
            tokens.clear()
        except Exception:
            log.exception("clearing the kept sign-in failed")
    files = store_files(store_path)
    files.sort(key=lambda p: (not p.name.endswith(".keys"), str(p)))  # the vault first
    for path in files:
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                _shred(path)
            report.removed.append(path)
        except OSError:
            log.warning("could not remove a file of the revoked store")
            report.failed.append(path)
    log.warning("device revoked: local store wiped (%d files)", len(report.removed))
    return report
