"""The thin Qt side of sync: runs the engine off the GUI thread, probes the server, signals.

`SyncRunner` owns no sync logic. It runs `SyncEngine.sync` on a pool thread (through the
project's tasks helper), relays progress and the report back on the GUI thread, lets the
person cancel between batches and pages, and syncs by itself when the server becomes
reachable (a cheap /health probe, backing off while the server stays away).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.sync.engine import SyncEngine, SyncReport
from app.ui.tasks import Task, run_task

log = logging.getLogger(__name__)

PROBE_FIRST_S = 5
PROBE_MAX_S = 300
PERIODIC_SYNC_S = 600
"""While online, sync at least this often (a no-op sync is one small request)."""


class _Relay(QObject):
    """Carries progress from the pool thread to the GUI thread (queued connection)."""

    progressed = Signal(str, int, int)


class SyncRunner(QObject):
    """Sync now, cancel, and automatic sync when the server is reachable.

    `make_engine()` gives the engine of the signed-in person (None when signed out);
    `probe()` answers whether the server is reachable (called off the GUI thread).
    """

    sync_started = Signal()
    sync_progressed = Signal(str, int, int)  # stage ("push"/"pull"), done, total (0: unknown)
    sync_finished = Signal(object)  # SyncReport (report.error set when it stopped early)
    sync_failed = Signal(object)  # an unexpected exception (a bug), for the log and a message
    online_changed = Signal(bool)
    device_revoked = Signal()  # the server said this laptop is blocked; its data is wiped

    def __init__(
        self,
        make_engine: Callable[[], SyncEngine | None],
        probe: Callable[[], bool],
        *,
        auto: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_engine = make_engine
        self._probe = probe
        self._cancel = threading.Event()
        self._task: Task | None = None
        self._probe_task: Task | None = None
        self._online: bool | None = None
        self._backoff = PROBE_FIRST_S
        self._relay = _Relay()
        self._relay.progressed.connect(self.sync_progressed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.probe_now)
        self._auto = auto
        if auto:
            self._timer.start(0)

    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def online(self) -> bool | None:
        """True/False after the first probe or sync; None before anything is known."""
        return self._online

    def sync_now(self) -> bool:
        """Start a sync unless one runs or nobody is signed in; True if it started."""
        if self._task is not None:
            return False
        engine = self._make_engine()
        if engine is None:
            return False
        self._cancel.clear()
        relay = self._relay

        def work(_progress: Callable[[int, int], None]) -> SyncReport:
            return engine.sync(
                cancel=self._cancel.is_set,
                progress=lambda stage, done, total: relay.progressed.emit(stage, done, total),
            )

        self._task = run_task(work, on_done=self._done, on_error=self._error)
        self.sync_started.emit()
        return True

    def cancel(self) -> None:
        """Ask the running sync to stop after the batch or page in hand (nothing half-done)."""
        self._cancel.set()

    def stop(self) -> None:
        """No more automatic syncs or probes (on sign-out or when closing)."""
        self._auto = False
        self._timer.stop()
        self.cancel()

    def probe_now(self) -> None:
        """Ask the server if it is there (off the GUI thread); sync if it just came back."""
        if self._probe_task is not None or self._task is not None:
            return
        probe = self._probe

        def work(_progress: Callable[[int, int], None]) -> bool:
            try:
                return bool(probe())
            except Exception:
                return False

        self._probe_task = run_task(work, on_done=self._probed, on_error=lambda _e: None)

    # --- callbacks on the GUI thread ------------------------------------------------------

    def _probed(self, reachable: Any) -> None:
        self._probe_task = None
        was = self._online
        self._set_online(bool(reachable))
        if reachable and (was is not True or self._backoff >= PERIODIC_SYNC_S):
            self.sync_now()
        self._schedule(bool(reachable))

    def _done(self, report: Any) -> None:
        self._task = None
        if isinstance(report, SyncReport):
            offline = report.problem == "offline"
            self._set_online(not offline)
            if offline:
                self._backoff = PROBE_FIRST_S
                self._schedule(False)
        self.sync_finished.emit(report)

    def _error(self, exc: BaseException) -> None:
        self._task = None
        log.error("sync failed unexpectedly: %r", exc)
        self.sync_failed.emit(exc)

    def _set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self.online_changed.emit(online)

    def _schedule(self, reachable: bool) -> None:
        if not self._auto:
            return
        if reachable:
            self._backoff = PERIODIC_SYNC_S
        else:
            self._backoff = min(PROBE_MAX_S, max(PROBE_FIRST_S, self._backoff * 2))
        self._timer.start(self._backoff * 1000)
