"""Backup fixtures: an encrypted store signed in as Ana (cheap Argon2), filled through services."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.security.access import StoreAccess
from app.services.workspace import Workspace, open_workspace
from tests.conftest import valid_worker
from tests.security.helpers import FAST_KDF, PASSWORD, SENTINELS

USER = "ana"
NAMES = ("Lucía", "María", "Óscar", "Inés", "Ángel", "Sofía")


def make_encrypted_store(store_path: Path) -> bytes:
    """A vault for Ana (cheap Argon2) beside `store_path`; the store key."""
    store_path.parent.mkdir(parents=True, exist_ok=True)
    return StoreAccess(store_path, kdf=FAST_KDF).create_local_account(USER, PASSWORD, PASSWORD).key


def fill(ws: Workspace, count: int = 3) -> list[uuid.UUID]:
    """Workers (the first carrying the sentinels) and a note, typed through the services."""
    ws.set_profile(officer_name="Ana López", mission="MX")
    ids: list[uuid.UUID] = []
    for n in range(count):
        extra: dict[str, Any] = {"id_document_type": "other", "id_document_number": ""}
        if n == 0:
            extra.update(given_names=SENTINELS[0], community=SENTINELS[1])
        else:
            extra.update(given_names=NAMES[n % len(NAMES)], community=f"Comunidad {n}")
        ids.append(ws.workers.create(valid_worker(**extra)).id)
    ws.notes.add({"worker_id": ids[0], "text": SENTINELS[2]})
    return ids


def snapshot_workers(ws: Workspace, ids: list[uuid.UUID]) -> list[dict[str, Any]]:
    return [ws.workers.get(i).model_dump() for i in ids]


def files_bytes(store_path: Path) -> dict[str, bytes]:
    """Every file of the data folder (to show a refused restore touched nothing)."""
    folder = store_path.parent
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def key(store_path: Path) -> bytes:
    return make_encrypted_store(store_path)


@pytest.fixture
def filled(store_path: Path, key: bytes) -> Iterator[tuple[Workspace, list[uuid.UUID]]]:
    """The open encrypted workspace with three workers written through the services."""
    ws = open_workspace(store_path, key=key)
    ids = fill(ws)
    yield ws, ids
    ws.close()


@pytest.fixture
def backup_file(tmp_path: Path) -> Path:
    return tmp_path / "usb" / "case-file.puente-backup"
