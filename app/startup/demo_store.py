"""The demo store: a deterministic synthetic data set, built in a side file then moved in."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEMO_WORKERS = 2000
DEMO_SEED = 7

ProgressFn = Callable[[int, int], None]


def build_demo_store(
    path: Path, *, workers: int, seed: int, progress: ProgressFn | None = None
) -> Path:
    """Make the demo store at `path` from scratch: a deterministic synthetic data set.

    It is built in a side file and moved into place at the end, so an interrupted build
    never leaves a half-filled demo store behind.
    """
    from app.services.demo import generate_demo
    from app.store.migrate import prepare_store

    part = path.with_name(path.name + ".part")
    for leftover in _store_files(part):
        leftover.unlink(missing_ok=True)
    engine = prepare_store(part)
    try:
        generate_demo(
            engine, workers=workers, seed=seed, progress=_progress_adapter(progress, workers)
        )
    finally:
        engine.dispose()
    for old in _store_files(path):
        old.unlink(missing_ok=True)
    for extra in _store_files(part)[1:]:
        extra.unlink(missing_ok=True)
    os.replace(part, path)
    return path


def _store_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _progress_adapter(progress: ProgressFn | None, total: int) -> Callable[..., None] | None:
    """generate_demo may report (done) or (done, total); the UI wants (done, total)."""
    if progress is None:
        return None

    def report(*args: Any) -> None:
        done = int(args[0]) if args else 0
        whole = int(args[1]) if len(args) > 1 else total
        progress(done, whole)

    return report
