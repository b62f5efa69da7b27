"""The store at rest: nothing readable in any file, wrong keys and flipped bytes caught,
encrypted upgrade backups, and a store from before encryption encrypted in place."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config import load_settings, save_idle_lock_minutes, save_language
from app.security.access import StoreAccess, StoreState
from app.security.store_crypto import verify_store
from app.services.workspace import Workspace, open_workspace
from app.store.engine import PLAIN_HEADER, NeedsKey, StoreError, WrongKey, connect_raw
from app.store.migrate import backup_before_upgrade, prepare_store, upgrade
from tests.conftest import valid_worker
from tests.security.helpers import FAST_KDF, PASSWORD, SENTINELS, files_holding


def fill(ws: Workspace) -> None:
    """Write the sentinels through the services, as an officer types them."""
    ws.set_profile(officer_name="Ana López", mission="MX")
    worker = ws.workers.create(
        valid_worker(
            given_names=SENTINELS[0],
            id_document_type="other",
            id_document_number="",
            community=SENTINELS[1],
        )
    )
    ws.notes.add({"worker_id": worker.id, "text": SENTINELS[2]})


@pytest.fixture
def logged(store_path: Path) -> Iterator[Path]:
    """Everything the app logs (DEBUG and up) goes to a file in the data folder."""
    store_path.parent.mkdir(parents=True, exist_ok=True)
    log_file = store_path.parent / "puente.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    yield log_file
    root.removeHandler(handler)
    root.setLevel(old_level)
    handler.close()


def test_sentinels_are_in_no_file_of_the_data_folder(
    store_path: Path, access: StoreAccess, logged: Path
) -> None:
    key = access.create_local_account("ana", PASSWORD, PASSWORD).key
    ws = open_workspace(store_path, key=key)
    try:
        fill(ws)
        wal = store_path.with_name(store_path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the rows are in the WAL now
        assert files_holding(store_path.parent, SENTINELS) == []
        backup = backup_before_upgrade(store_path, key=key, backup_dir=None, revision="0002")
    finally:
        ws.close()
    settings = load_settings(data_dir=store_path.parent)
    save_idle_lock_minutes(save_language(settings, "fr"), 5)
    assert logged.exists() and backup.exists() and settings.settings_path.exists()
    assert files_holding(store_path.parent, SENTINELS) == []
    for path in (store_path, backup):
        assert not path.read_bytes().startswith(PLAIN_HEADER[:15])
    # the same check finds them in a plaintext store (the search itself works)
    plain = store_path.parent.parent / "plain" / "puente.sqlite"
    plain_ws = open_workspace(plain)
    fill(plain_ws)
    plain_ws.close()
    assert len(files_holding(plain.parent, SENTINELS)) >= 2


def test_the_backup_before_an_upgrade_is_encrypted_with_the_store_key(
    store_path: Path, access: StoreAccess
) -> None:
    key = access.create_local_account("ana", PASSWORD, PASSWORD).key
    engine = prepare_store_at(store_path, key, "0001")
    engine.dispose()
    prepare_store(store_path, key=key).dispose()  # 0001 -> head, after a backup
    (backup,) = (store_path.parent / "backups").iterdir()
    assert not backup.read_bytes().startswith(PLAIN_HEADER)
    conn = connect_raw(backup, key=key)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    conn.close()
    with pytest.raises(WrongKey):
        connect_raw(backup, key=bytes(32))


def prepare_store_at(path: Path, key: bytes, revision: str) -> object:
    from app.store.engine import create_store_engine

    engine = create_store_engine(path, key=key)
    upgrade(engine, revision)
    return engine


def test_a_wrong_key_or_no_key_fails_with_a_clear_error(
    store_path: Path, access: StoreAccess
) -> None:
    key = access.create_local_account("ana", PASSWORD, PASSWORD).key
    open_workspace(store_path, key=key).close()
    with pytest.raises(WrongKey, match="cannot be opened with this key"):
        open_workspace(store_path, key=bytes(reversed(key)))
    with pytest.raises(NeedsKey, match="encrypted: sign in"):
        open_workspace(store_path)
    ws = open_workspace(store_path, key=key)  # and the right key still opens it
    ws.close()


@pytest.mark.parametrize("where", [0, 5, 100, 1030, 4096 + 7, 4096 * 3 + 2000, -1, -20])
def test_a_single_flipped_byte_is_detected(
    store_path: Path, access: StoreAccess, where: int
) -> None:
    key = access.create_local_account("ana", PASSWORD, PASSWORD).key
    ws = open_workspace(store_path, key=key)
    fill(ws)
    ws.close()
    assert verify_store(store_path, key) == []
    data = bytearray(store_path.read_bytes())
    data[where] ^= 0x01
    store_path.write_bytes(bytes(data))
    try:
        problems = verify_store(store_path, key)
    except StoreError:
        return  # page 1 (salt, header) fails at once: the file does not open
    assert problems, f"the flip at {where} went unnoticed"


def test_a_store_from_before_encryption_is_encrypted_in_place(
    store_path: Path, access: StoreAccess
) -> None:
    plain_ws = open_workspace(store_path)
    fill(plain_ws)
    workers_before = plain_ws.workers.count()
    from app.sync.credentials import device_id

    old_device = device_id(plain_ws.db)
    plain_ws.close()
    assert access.device_id() == old_device  # the server knows this laptop by it
    backups = store_path.parent / "backups"
    backups.mkdir()
    shutil.copy(store_path, backups / "puente-old-schema-0001.sqlite")
    assert access.state() is StoreState.PLAIN
    key = access.create_local_account("ana", PASSWORD, PASSWORD).key
    assert access.state() is StoreState.LOCKED
    assert files_holding(store_path.parent, SENTINELS) == []
    assert not (backups / "puente-old-schema-0001.sqlite").read_bytes().startswith(PLAIN_HEADER)
    assert sorted(p.name for p in store_path.parent.iterdir()) == [
        "backups",
        "puente.sqlite",
        "puente.sqlite.keys",
    ]
    ws = open_workspace(store_path, key=key)
    ws.set_profile(officer_name="Ana López", mission="MX")
    assert ws.workers.count() == workers_before == 1
    assert ws.workers.page(ws_query(SENTINELS[0])).rows  # search (FTS5) works encrypted
    ws.close()


def ws_query(text: str) -> object:
    from app.services.workers import WorkerQuery

    return WorkerQuery(text=text.split()[0])


def test_an_encryption_a_crash_interrupted_is_finished_at_the_next_sign_in(
    store_path: Path, access: StoreAccess
) -> None:
    plain_ws = open_workspace(store_path)
    fill(plain_ws)
    plain_ws.close()
    access.vault.create("ana", PASSWORD)  # the vault was written; then the power went out
    assert access.state() is StoreState.LOCKED
    again = StoreAccess(store_path, kdf=FAST_KDF)
    key = again.unlock("ana", PASSWORD).key
    assert files_holding(store_path.parent, SENTINELS) == []
    ws = open_workspace(store_path, key=key)
    ws.set_profile(officer_name="Ana López", mission="MX")
    assert ws.workers.count() == 1
    ws.close()
