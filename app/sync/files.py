"""File-based sync on the desktop: pending changes out to a bundle, a server bundle in.

The files use the server's bundle format (app/sync/bundle.py): the same mutations as a push
and the same pages as a pull, encrypted with a passphrase. Importing a file twice changes
nothing: answers settle only mutations still pending here, and pages at or behind the
cursor are skipped (rows older than the local copy never overwrite it).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from app.sync.bundle import BundleError, PullBundle, PushBundle, read_bundle, write_bundle
from app.sync.engine import SyncEngine, SyncReport

EVERYTHING = 10**9


@dataclass(frozen=True)
class ExportSummary:
    """What went into a file."""

    path: Path
    mutations: int


def export_pending(
    engine: SyncEngine,
    path: Path,
    passphrase: str,
    *,
    username: str,
    device_id: uuid.UUID,
    device_tag: str,
) -> ExportSummary:
    """Write every pending change to a bundle file for the server (the outbox keeps them
    pending until the server's answers come back, by file or by a later sync)."""
    batch = engine.read_batch(after=0, limit=EVERYTHING)
    bundle = PushBundle(
        username=username, device_id=device_id, device_tag=device_tag, mutations=batch.mutations
    )
    write_bundle(path, bundle, passphrase)
    return ExportSummary(path, len(batch.mutations))


def import_feed(engine: SyncEngine, path: Path, passphrase: str) -> SyncReport:
    """Apply a server's bundle: settle answered mutations, then apply pages past the cursor.

    Raises BundleError for a wrong passphrase, a damaged file or a file for the server.
    """
    bundle = read_bundle(path, passphrase)
    if not isinstance(bundle, PullBundle):
        raise BundleError("This file goes to the server, not to a desktop.")
    report = SyncReport()
    engine.settle_results(bundle.results, report)
    since, epoch = engine.cursor()
    if epoch and epoch != bundle.server_epoch:
        since = 0  # the server was restored since: take its feed as it is now
    for page in bundle.pages:
        if page.next_cursor <= since:
            continue  # already applied (this file or a sync got this far)
        data = page.model_dump(mode="json")
        data["next_cursor"] = max(page.next_cursor, since)
        engine.apply_pulled(data, report, only_newer=True)
        since = data["next_cursor"]
    engine.record(report)
    return report
