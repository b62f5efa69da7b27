"""Composition root: settings -> store and services -> translator -> main window, once.

The parts live in app.startup (timing, demo store, sync wiring, the sign-in flow, the
window set-up); this module keeps the names the rest of the code imports from here.
"""

from __future__ import annotations

from app.startup.demo_store import DEMO_SEED, DEMO_WORKERS, ProgressFn, build_demo_store
from app.startup.desktop import open_demo_process, run_desktop
from app.startup.flow import DEMO_BEING_MADE, SIGN_IN_STDIN, Startup
from app.startup.sync_wiring import build_sync, test_connection
from app.startup.timing import own_peak_rss_mb, seconds_since_process_start
from app.startup.window import EXIT_WHEN_SHOWN

__all__ = [
    "DEMO_BEING_MADE",
    "DEMO_SEED",
    "DEMO_WORKERS",
    "EXIT_WHEN_SHOWN",
    "SIGN_IN_STDIN",
    "ProgressFn",
    "Startup",
    "build_demo_store",
    "build_sync",
    "open_demo_process",
    "own_peak_rss_mb",
    "run_desktop",
    "seconds_since_process_start",
    "test_connection",
]
