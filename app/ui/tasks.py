"""The one way to run slow work off the GUI thread and get its result back on the GUI thread."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (done, total)


class TaskCancelled(Exception):
    """Raised inside the work when the person cancelled it."""


class _Signals(QObject):
    # Emitted from the worker thread; the connections are queued onto the GUI thread,
    # where this object lives.
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class Task(QRunnable):
    """A running piece of work; `cancel()` asks it to stop at its next progress report."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._work = work
        self._cancelled = False
        self.done = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def _progress(self, done: int, total: int) -> None:
        if self._cancelled:
            raise TaskCancelled()
        self.signals.progressed.emit(int(done), int(total))

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # handed to the GUI thread, never lost
            if not isinstance(exc, TaskCancelled):
                log.error("background task failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


_running: set[Task] = set()  # keeps tasks (and their signal objects) alive until they end
# Most tasks wait on the disk (SQLite readers run side by side under WAL), so a 2-core
# laptop still gets a few threads: one slow export must not hold up opening a worker file.
MIN_THREADS = 6


def _default_pool() -> QThreadPool:
    pool = QThreadPool.globalInstance()
    if pool.maxThreadCount() < MIN_THREADS:
        pool.setMaxThreadCount(MIN_THREADS)
    return pool


def run_task(
    work: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Progress | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Run `work(progress)` on a pool thread; the callbacks run on the GUI thread.

    `work` may call `progress(done, total)`; after `cancel()` that call raises
    TaskCancelled, which reaches `on_error`.
    """
    task = Task(work)

    def finished(result: Any) -> None:
        _running.discard(task)
        task.done = True
        on_done(result)

    def failed(exc: BaseException) -> None:
        _running.discard(task)
        task.done = True
        if on_error is not None:
            on_error(exc)

    task.signals.finished.connect(finished)
    task.signals.failed.connect(failed)
    if on_progress is not None:
        task.signals.progressed.connect(on_progress)
    _running.add(task)
    (pool or _default_pool()).start(task)
    return task
