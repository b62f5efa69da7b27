"""Unhandled errors: log where it happened (no message text, no values), then tell the person.

An exception's message can carry what the person typed (a name, an ID number), so the log
gets the exception's type and the code locations of its traceback only. The person sees a
plain message in their language (shown by `app.ui.crash_dialog`), with a way to open the
log folder to send it to support.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

log = logging.getLogger("puente.crash")

Show = Callable[[str], None]  # receives the reference that the log carries too


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """The exception's type and the code locations it passed, without any message text."""
    frames = traceback.extract_tb(tb)
    where = " <- ".join(
        f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames[-12:])
    )
    chain = exc_type.__qualname__
    return f"{chain} at {where or 'unknown location'}"


class CrashHandler:
    """Installed once at start-up; every unhandled error is logged and shown, none kills
    the app silently."""

    def __init__(self, show: Show) -> None:
        self._show = show
        self._count = 0
        self._lock = threading.Lock()

    def install(self) -> None:
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook

    def _hook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.handle(exc_type, tb)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self.handle(args.exc_type, args.exc_traceback)

    def handle(self, exc_type: type[BaseException], tb: TracebackType | None) -> str:
        """Log the error and show it; returns the reference both carry."""
        with self._lock:
            self._count += 1
            reference = f"E{self._count:03d}"
        log.error("unhandled error %s: %s", reference, describe(exc_type, tb))
        try:
            self._show(reference)
        except Exception as failure:  # the dialog itself must never loop back here
            log.error("could not show error %s: %s", reference, type(failure).__qualname__)
        return reference
