"""Import a desktop's push bundle and export a mission's pull bundle (sync without a link)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, select

from app.models.enums import MissionCode
from app.sync.bundle import PullBundle, PushBundle, read_bundle, write_bundle
from app.sync.protocol import MAX_PULL_LIMIT, MutationResult, PullPage
from server.auth import known_missions, register_device
from server.db import get_epoch, lock_for_write
from server.models import Device, ImportedBundle, MutationLedger, ServerUser
from server.routes.common import actor_for
from server.sync.pull import pull_page
from server.sync.push import apply_batch


class BundleImportError(ValueError):
    """A bundle that is readable but cannot be imported (unknown user, wrong kind)."""


@dataclass(frozen=True)
class ImportSummary:
    """What an import did: counts per status, or that the file was imported before."""

    bundle_id: str
    already_imported: bool
    counts: dict[str, int]


def import_push_bundle(session: Session, path: Path, passphrase: str) -> ImportSummary:
    """Apply a desktop's push bundle as its user and device would have over HTTP."""
    bundle = read_bundle(path, passphrase)
    if not isinstance(bundle, PushBundle):
        raise BundleImportError("This file goes to a desktop, not to the server.")
    lock_for_write(session)
    done = session.get(ImportedBundle, bundle.bundle_id)
    if done is not None:
        return ImportSummary(str(bundle.bundle_id), True, json.loads(done.summary))
    user = session.exec(
        select(ServerUser).where(ServerUser.username == bundle.username.lower())
    ).first()
    if user is None or not user.active:
        raise BundleImportError(f"There is no active user {bundle.username}.")
    device = session.get(Device, bundle.device_id)
    if device is not None and device.revoked_at is not None:
        raise BundleImportError("The device that made this file is blocked.")
    if device is None:
        device = register_device(
            session, user=user, device_id=bundle.device_id, name="", tag=bundle.device_tag
        )
        session.flush()
    actor = actor_for(user, device, known_missions(session))
    results = apply_batch(session, actor, bundle.mutations)
    counts = dict(Counter(r.status.value for r in results))
    session.add(ImportedBundle(bundle_id=bundle.bundle_id, kind="push", summary=json.dumps(counts)))
    session.commit()
    return ImportSummary(str(bundle.bundle_id), False, counts)


def export_pull_bundle(
    session: Session, *, missions: list[str], path: Path, passphrase: str, since: int = 0
) -> PullBundle:
    """Write the feed of `missions` after `since`, plus the answers to their mutations."""
    scope = frozenset({*(m.upper() for m in missions), MissionCode.HQ.value})
    epoch = get_epoch(session)
    pages: list[PullPage] = []
    cursor, more = since, True
    while more:
        page = pull_page(session, scope=scope, since=cursor, limit=MAX_PULL_LIMIT, epoch=epoch)
        pages.append(PullPage.model_validate(page))
        cursor, more = page["next_cursor"], page["more"]
    ledger = session.exec(
        select(MutationLedger)
        .where(col(MutationLedger.mission_id).in_(sorted(scope)))
        .order_by(col(MutationLedger.received_at))
    ).all()
    results = [MutationResult.model_validate_json(row.result) for row in ledger]
    bundle = PullBundle(missions=sorted(scope), server_epoch=epoch, pages=pages, results=results)
    write_bundle(path, bundle, passphrase)
    return bundle
