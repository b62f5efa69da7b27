"""Backup and restore for the UI: plain results, errors as translatable messages, no Qt."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.services.context import Message, ServiceError
from app.store import backup as store_backup
from app.store.backup import SUFFIX, BackupError, BackupInfo, StagedRestore
from app.store.engine import StoreError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

FILE_PROBLEM = QT_TRANSLATE_NOOP("Backup", "The file could not be used: {reason}")
NO_FILE = QT_TRANSLATE_NOOP("Backup", "Choose a file first.")
NOT_FOUND = QT_TRANSLATE_NOOP("Backup", "There is no file at {path}.")
SAME_FOLDER = QT_TRANSLATE_NOOP(
    "Backup", "Keep the backup outside Puente's data folder, for example on a USB stick."
)
FAILED = QT_TRANSLATE_NOOP("Backup", "Something went wrong. Nothing was changed.")
WINDOWS_OPEN = QT_TRANSLATE_NOOP(
    "Backup",
    "Save or close the open records first, then restore again. Nothing was changed.",
)


class CloseWindowsFirst(ServiceError):
    """Raised by a `release_store` callback when open editors keep the store in use."""

    def __init__(self) -> None:
        super().__init__(Message(WINDOWS_OPEN, context="Backup"))


@dataclass(frozen=True)
class BackupSummary:
    """What a backup file holds, for a person to read before restoring it."""

    path: Path
    created: datetime
    app_version: str
    schema_revision: str | None
    encrypted: bool
    size_bytes: int
    usernames: tuple[str, ...]
    newer: bool  # made by a newer Puente: cannot be restored here


@dataclass(frozen=True)
class PendingRestore:
    """A backup checked and unpacked beside the store, not swapped in yet."""

    summary: BackupSummary
    staged: StagedRestore


def _summary(path: Path, info: BackupInfo) -> BackupSummary:
    return BackupSummary(
        path=path,
        created=info.created,
        app_version=info.app_version,
        schema_revision=info.schema_revision,
        encrypted=info.encrypted,
        size_bytes=path.stat().st_size,
        usernames=info.usernames,
        newer=store_backup.is_newer_revision(info.schema_revision),
    )


def _error(exc: BaseException) -> ServiceError:
    """A ServiceError a person can read, for any failure of a backup or a restore."""
    if isinstance(exc, ServiceError):
        return exc
    if isinstance(exc, BackupError):
        return ServiceError(Message(exc.text, dict(exc.params), context="Backup"))
    if isinstance(exc, OSError):
        reason = exc.strerror or type(exc).__name__
        return ServiceError(Message(FILE_PROBLEM, {"reason": reason}, context="Backup"))
    log.error("backup or restore failed: %s", type(exc).__name__)
    return ServiceError(Message(FAILED, context="Backup"))


class BackupService:
    """Back up the open store, and restore a backup in its place.

    `key` is the open store's key (None for the demo store). `release_store` closes the
    app's hold on the store (the lead passes `workspace.close`); it runs only after a
    backup has passed every check, just before the swap. After `restore` (and whenever
    `store_released` is true) the app must open the store again, with a new sign-in.
    """

    def __init__(
        self,
        *,
        store_path: Path,
        key: bytes | None,
        demo: bool,
        release_store: Callable[[], None],
        username: str = "",
    ) -> None:
        self.store_path = store_path
        self.demo = demo
        self.username = username
        self._key = key
        self._release = release_store
        self.store_released = False

    def suggested_name(self, now: datetime | None = None) -> str:
        stamp = (now or datetime.now(UTC)).strftime("%Y-%m-%d-%H%M")
        kind = "puente-demo-backup" if self.demo else "puente-backup"
        return f"{kind}-{stamp}{SUFFIX}"

    def back_up(self, out: Path | str, progress: Progress | None = None) -> BackupSummary:
        """Write a backup of the open store to `out`; what it holds (raises ServiceError)."""
        out = self._checked_out(out)
        try:
            info = store_backup.make_backup(
                store_path=self.store_path, key=self._key, out=out, progress=progress
            )
            return _summary(out, info)
        except (BackupError, OSError, StoreError) as exc:
            raise _error(exc) from exc

    def inspect(self, path: Path | str) -> BackupSummary:
        """What the backup at `path` says about itself (raises ServiceError)."""
        path = self._checked_in(path)
        try:
            return _summary(path, store_backup.inspect_backup(path))
        except (BackupError, OSError) as exc:
            raise _error(exc) from exc

    def check_restore(self, backup: Path | str, *, username: str, password: str) -> PendingRestore:
        """Check `backup` fully with the password and unpack it beside the store.

        Slow (key derivation, reading the file): run it off the GUI thread. Nothing
        current is touched; a refusal raises ServiceError.
        """
        path = self._checked_in(backup)
        try:
            staged = store_backup.stage_restore(
                backup=path,
                password=password,
                username=username,
                store_path=self.store_path,
                demo=self.demo,
            )
        except (BackupError, OSError, StoreError) as exc:
            raise _error(exc) from exc
        return PendingRestore(_summary(path, staged.info), staged)

    def release(self) -> None:
        """Let go of the open store (on the GUI thread, before `finish_restore`)."""
        if not self.store_released:
            self._release()
            self.store_released = True

    def finish_restore(self, pending: PendingRestore) -> BackupSummary:
        """Swap the checked backup in (after `release`); the app must then reopen."""
        try:
            self.release()
            pending.staged.commit()
        except BaseException as exc:
            pending.staged.discard()
            raise _error(exc) from exc
        return pending.summary

    def cancel_restore(self, pending: PendingRestore) -> None:
        """Drop a checked backup the person decided not to restore."""
        pending.staged.discard()

    def restore(self, backup: Path | str, *, username: str, password: str) -> BackupSummary:
        """Check, release and swap in one call (for callers without a GUI thread)."""
        return self.finish_restore(self.check_restore(backup, username=username, password=password))

    def _checked_out(self, given: Path | str) -> Path:
        if not str(given).strip():
            raise ServiceError(Message(NO_FILE, context="Backup"))
        out = Path(str(given).strip()).expanduser()
        if out.suffix != SUFFIX:
            out = out.with_name(out.name + SUFFIX)
        if out.resolve().parent == self.store_path.parent.resolve():
            raise ServiceError(Message(SAME_FOLDER, context="Backup"))
        return out

    @staticmethod
    def _checked_in(given: Path | str) -> Path:
        if not str(given).strip():
            raise ServiceError(Message(NO_FILE, context="Backup"))
        path = Path(str(given).strip()).expanduser()
        if not path.is_file():
            raise ServiceError(Message(NOT_FOUND, {"path": str(path)}, context="Backup"))
        return path
