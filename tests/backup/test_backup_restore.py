"""Backups of the encrypted store: round trip, nothing readable, every refusal touches nothing."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import struct
import threading
import time
import uuid
from pathlib import Path

import pytest

from app.services.workers import WorkerQuery
from app.services.workspace import Workspace, open_workspace
from app.store import backup as bk
from app.store.backup import (
    BackupDamaged,
    BackupError,
    BackupTooNew,
    BackupWrongPassword,
    NotABackup,
    StoreInUse,
    finish_interrupted_restore,
    inspect_backup,
    make_backup,
    restore_backup,
    stage_restore,
)
from app.store.engine import PLAIN_HEADER, connect_raw, create_store_engine
from app.store.migrate import HEAD_REVISION, current_revision, upgrade
from tests.backup.conftest import USER, files_bytes, fill, make_encrypted_store, snapshot_workers
from tests.conftest import valid_worker
from tests.security.helpers import PASSWORD, SENTINELS, files_holding


def restore(backup: Path, store_path: Path, **kw: object) -> bk.RestoreResult:
    args: dict[str, object] = {"password": PASSWORD, "username": USER}
    args.update(kw)
    return restore_backup(backup=backup, store_path=store_path, **args)  # type: ignore[arg-type]


def test_round_trip_brings_back_the_workers_as_they_were(
    store_path: Path, key: bytes, filled: tuple[Workspace, list[uuid.UUID]], backup_file: Path
) -> None:
    ws, ids = filled
    before = snapshot_workers(ws, ids)
    info = make_backup(store_path=store_path, key=key, out=backup_file)
    assert info.encrypted and info.schema_revision == HEAD_REVISION
    assert (
        info.store_id
        == json.loads(store_path.with_name("puente.sqlite.keys").read_text())["store_id"]
    )
    # work goes on after the backup, then the laptop's store is lost
    later = ws.workers.create(valid_worker(id_document_type="other", id_document_number=""))
    ws.workers.update(ids[1], {"community": "Otra"})
    ws.close()
    result = restore(backup_file, store_path)
    assert result.previous is None and not result.needs_upgrade
    assert sorted(p.name for p in store_path.parent.iterdir()) == [
        "puente.sqlite",
        "puente.sqlite.keys",
    ]
    again = open_workspace(store_path, key=key)
    try:
        again.set_actor(ws.actor())
        assert snapshot_workers(again, ids) == before
        assert again.workers.count() == len(ids)
        with pytest.raises(Exception, match="not exist"):
            again.workers.get(later.id)
    finally:
        again.close()


def test_the_backup_file_holds_nothing_readable(
    store_path: Path, key: bytes, filled: tuple[Workspace, list[uuid.UUID]], backup_file: Path
) -> None:
    # the rows are still in the WAL of the open store when the backup is taken
    assert store_path.with_name("puente.sqlite-wal").stat().st_size > 0
    make_backup(store_path=store_path, key=key, out=backup_file)
    data = backup_file.read_bytes()
    assert data.startswith(bk.MAGIC) and PLAIN_HEADER not in data
    assert files_holding(backup_file.parent, SENTINELS) == []
    assert files_holding(store_path.parent, SENTINELS) == []  # no snapshot left behind
    assert not list(store_path.parent.glob(f"{bk.SNAPSHOT_PREFIX}*"))
    assert backup_file.stat().st_mode & 0o077 == 0  # only its owner may read it
    # the same search finds them in a demo (plaintext) backup: the check itself works
    demo = store_path.parent.parent / "demo" / "demo.sqlite"
    demo_ws = open_workspace(demo, demo=True)
    fill(demo_ws, 1)
    demo_ws.close()
    plain_backup = backup_file.with_name("demo.puente-backup")
    info = make_backup(store_path=demo, key=None, out=plain_backup)
    assert not info.encrypted and inspect_backup(plain_backup).encrypted is False
    assert files_holding(plain_backup.parent, SENTINELS) != []


def test_a_wrong_password_or_unknown_person_is_refused_and_touches_nothing(
    store_path: Path, key: bytes, filled: tuple[Workspace, list[uuid.UUID]], backup_file: Path
) -> None:
    ws, _ids = filled
    make_backup(store_path=store_path, key=key, out=backup_file)
    ws.close()
    before = files_bytes(store_path)
    with pytest.raises(BackupWrongPassword, match="username or password"):
        restore(backup_file, store_path, password="not the password")
    with pytest.raises(BackupWrongPassword):
        restore(backup_file, store_path, username="pedro")
    assert files_bytes(store_path) == before


def _flip(path: Path, offset: int) -> None:
    with path.open("rb+") as fh:
        fh.seek(offset)
        byte = fh.read(1)
        fh.seek(offset)
        fh.write(bytes([byte[0] ^ 0x01]))


def test_a_flipped_byte_anywhere_is_refused(
    store_path: Path, key: bytes, filled: tuple[Workspace, list[uuid.UUID]], backup_file: Path
) -> None:
    ws, _ids = filled
    info = make_backup(store_path=store_path, key=key, out=backup_file)
    ws.close()
    before = files_bytes(store_path)
    size = backup_file.stat().st_size
    header_end = size - info.total_bytes + len(bk.MAGIC) + 4 + info.vault_bytes
    rnd = random.Random(6)
    offsets = set(range(header_end))  # magic, length, header and the whole vault
    offsets |= set(range(size - 2 * bk._TAG, size))  # the HMAC and the SHA-256
    offsets |= {rnd.randrange(header_end, size) for _ in range(150)}  # the snapshot
    for offset in sorted(offsets):
        _flip(backup_file, offset)
        with pytest.raises(BackupError) as caught:
            restore(backup_file, store_path)
        assert isinstance(caught.value, NotABackup | BackupDamaged | BackupTooNew), offset
        _flip(backup_file, offset)
    assert files_bytes(store_path) == before
    assert restore(backup_file, store_path).info == inspect_backup(backup_file)  # still sound


def test_the_hmac_catches_a_change_whose_checksum_was_recomputed(
    store_path: Path, key: bytes, filled: tuple[Workspace, list[uuid.UUID]], backup_file: Path
) -> None:
    ws, _ids = filled
    make_backup(store_path=store_path, key=key, out=backup_file)
    ws.close()
    before = files_bytes(store_path)
    data = bytearray(backup_file.read_bytes())
    data[len(data) // 2] ^= 0x40  # a byte of the snapshot, changed on purpose
    body = bytes(data[: -bk._TAG])
    backup_file.write_bytes(body + hashlib.sha256(body).digest())
    with pytest.raises(BackupDamaged, match="damaged or was changed"):
        restore(backup_file, store_path)
    assert files_bytes(store_path) == before


def test_a_backup_from_a_newer_puente_is_refused_with_the_version_to_install(
    store_path: Path, key: bytes, filled: tuple[Workspace, list[uuid.UUID]], tmp_path: Path
) -> None:
    ws, _ids = filled
    newer_store = tmp_path / "newer" / "puente.sqlite"
    newer_key = make_encrypted_store(newer_store)
    engine = create_store_engine(newer_store, key=newer_key)
    upgrade(engine)
    engine.dispose()
    conn = connect_raw(newer_store, key=newer_key)
    conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.commit()
    conn.close()
    out = tmp_path / "usb" / "newer.puente-backup"
    monkey_version = "7.4.0"
    info = make_backup(store_path=newer_store, key=newer_key, out=out)
    assert info.schema_revision == "0999"
    _rewrite_header(out, app_version=monkey_version, key=newer_key)
    ws.close()
    before = files_bytes(store_path)
    with pytest.raises(BackupTooNew) as caught:
        restore(out, store_path)
    assert "newer Puente (7.4.0)" in str(caught.value)
    assert "Install Puente 7.4.0 or newer" in str(caught.value)
    assert files_bytes(store_path) == before


def _rewrite_header(path: Path, *, key: bytes, **changes: object) -> None:
    """Change header fields and seal the file again as a newer Puente would have."""
    import hmac

    data = path.read_bytes()
    (length,) = struct.unpack(">I", data[8:12])
    header = json.loads(data[12 : 12 + length])
    header.update(changes)
    raw = json.dumps(header, sort_keys=True).encode()
    body = bk.MAGIC + struct.pack(">I", len(raw)) + raw + data[12 + length : -2 * bk._TAG]
    tag = hmac.new(bk._mac_key(key), body, hashlib.sha256).digest()
    path.write_bytes(body + tag + hashlib.sha256(body + tag).digest())


def test_a_newer_file_format_is_refused_before_anything_else(tmp_path: Path) -> None:
    raw = json.dumps({"format": 2, "app_version": "3.0.0", "chunks": []}).encode()
    path = tmp_path / "future.puente-backup"
    path.write_bytes(bk.MAGIC + struct.pack(">I", len(raw)) + raw + b"\0" * 500)
    with pytest.raises(BackupTooNew, match=r"Install Puente 3\.0\.0 or newer"):
        inspect_backup(path)
    other = tmp_path / "photo.puente-backup"
    other.write_bytes(b"\x89PNG\r\n" + b"\0" * 100)
    with pytest.raises(NotABackup):
        inspect_backup(other)


def test_an_older_schema_backup_is_restored_then_upgraded_when_opened(
    store_path: Path, key: bytes, filled: tuple[Workspace, list[uuid.UUID]], tmp_path: Path
) -> None:
    ws, ids = filled
    before = snapshot_workers(ws, ids)
    actor = ws.actor()
    ws.close()
    old_copy = tmp_path / "old" / "puente.sqlite"
    old_copy.parent.mkdir()
    shutil.copy(store_path, old_copy)
    vault_name = "puente.sqlite.keys"
    shutil.copy(store_path.with_name(vault_name), old_copy.with_name(vault_name))
    from alembic import command

    from app.store.migrate import _alembic_config

    engine = create_store_engine(old_copy, key=key)
    with engine.connect() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
        conn.commit()
    engine.dispose()
    assert current_revision(old_copy, key=key) == "0002"
    out = tmp_path / "usb" / "old.puente-backup"
    assert make_backup(store_path=old_copy, key=key, out=out).schema_revision == "0002"
    result = restore(out, store_path)
    assert result.needs_upgrade and current_revision(store_path, key=key) == "0002"
    again = open_workspace(store_path, key=key)  # the normal start-up migration
    try:
        again.set_actor(actor)
        assert current_revision(store_path, key=key) == HEAD_REVISION
        assert snapshot_workers(again, ids) == before
    finally:
        again.close()
    assert list((store_path.parent / "backups").glob("*schema-0002*"))


def test_a_backup_taken_while_another_thread_writes_is_consistent(
    store_path: Path, key: bytes, filled: tuple[Workspace, list[uuid.UUID]], tmp_path: Path
) -> None:
    ws, _ids = filled
    stop = threading.Event()
    written: list[int] = []

    def keep_writing() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            ws.workers.create(
                valid_worker(given_names="Inés", id_document_type="other", id_document_number="")
            )
            written.append(n)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        while len(written) < 20:
            time.sleep(0.01)
        seen_before = len(written)
        out = tmp_path / "usb" / "live.puente-backup"
        make_backup(store_path=store_path, key=key, out=out)
        seen_after = len(written)
        while len(written) < seen_after + 5:  # the writer went on after the backup
            time.sleep(0.01)
    finally:
        stop.set()
        writer.join()
    other = tmp_path / "elsewhere" / "puente.sqlite"
    restore(out, other)
    conn = connect_raw(other, key=key)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        workers = conn.execute("SELECT count(*) FROM worker").fetchone()[0]
        outbox = conn.execute(
            "SELECT count(DISTINCT entity_id) FROM outbox WHERE entity = 'worker'"
        ).fetchone()[0]
        history = conn.execute(
            "SELECT count(DISTINCT entity_id) FROM history WHERE entity = 'worker'"
        ).fetchone()[0]
    finally:
        conn.close()
    assert 3 + seen_before <= workers <= 3 + seen_after + 1
    assert outbox == workers  # every worker with its outbox entry: one transaction each
    assert history == workers


def test_a_demo_backup_is_labelled_and_never_replaces_a_real_store(
    store_path: Path, key: bytes, filled: tuple[Workspace, list[uuid.UUID]], tmp_path: Path
) -> None:
    ws, _ids = filled
    ws.close()
    demo = tmp_path / "demo" / "demo.sqlite"
    demo_ws = open_workspace(demo, demo=True)
    demo_ids = fill(demo_ws, 2)
    demo_ws.close()
    out = tmp_path / "usb" / "demo.puente-backup"
    info = make_backup(store_path=demo, key=None, out=out)
    assert not info.encrypted and info.store_id is None
    assert (
        json.loads(out.read_bytes()[12:][: struct.unpack(">I", out.read_bytes()[8:12])[0]])[
            "encrypted"
        ]
        is False
    )
    before = files_bytes(store_path)
    with pytest.raises(BackupError, match="demo data"):
        restore(out, store_path)
    assert files_bytes(store_path) == before
    with pytest.raises(BackupError, match="real case file"):
        restore(make_real_backup(store_path, key, tmp_path), demo, demo=True)
    other_demo = tmp_path / "demo2" / "demo.sqlite"
    restore(out, other_demo, demo=True, password="", username="")
    again = open_workspace(other_demo, demo=True)
    try:
        assert {w.id for w in again.workers.page(_all_query()).rows} == set(demo_ids)
    finally:
        again.close()


def make_real_backup(store_path: Path, key: bytes, tmp_path: Path) -> Path:
    out = tmp_path / "usb" / "real.puente-backup"
    make_backup(store_path=store_path, key=key, out=out)
    return out


def _all_query() -> WorkerQuery:
    return WorkerQuery()


def test_an_open_store_is_not_replaced(
    store_path: Path, key: bytes, filled: tuple[Workspace, list[uuid.UUID]], backup_file: Path
) -> None:
    ws, _ids = filled
    make_backup(store_path=store_path, key=key, out=backup_file)
    before_keys = store_path.with_name("puente.sqlite.keys").read_bytes()
    with pytest.raises(StoreInUse, match="Close Puente"):
        restore(backup_file, store_path)
    assert store_path.with_name("puente.sqlite.keys").read_bytes() == before_keys
    assert not bk.staging_dir(store_path).exists() and not bk.journal_path(store_path).exists()
    assert ws.workers.count() == 3  # the open store still works


def test_a_swap_cut_short_is_finished_at_the_next_start(
    store_path: Path, key: bytes, filled: tuple[Workspace, list[uuid.UUID]], tmp_path: Path
) -> None:
    ws, ids = filled
    before = snapshot_workers(ws, ids)
    actor = ws.actor()
    out = tmp_path / "usb" / "b.puente-backup"
    make_backup(store_path=store_path, key=key, out=out)
    ws.workers.create(valid_worker(id_document_type="other", id_document_number=""))
    ws.close()
    staged = stage_restore(backup=out, password=PASSWORD, username=USER, store_path=store_path)
    # the swap began (journal written, the vault moved in) and the power went off
    bk.journal_path(store_path).write_text(json.dumps({"staging": bk.STAGING}))
    vault = store_path.with_name("puente.sqlite.keys")
    (staged.staging / "previous").mkdir()
    vault.replace(staged.staging / "previous" / vault.name)
    (staged.staging / vault.name).replace(vault)
    assert finish_interrupted_restore(store_path) is None
    assert finish_interrupted_restore(store_path) is None  # nothing left to do
    assert not bk.staging_dir(store_path).exists()
    again = open_workspace(store_path, key=key)
    try:
        again.set_actor(actor)
        assert snapshot_workers(again, ids) == before and again.workers.count() == 3
    finally:
        again.close()


def test_keep_previous_puts_the_replaced_store_in_the_backups_folder(
    store_path: Path, key: bytes, filled: tuple[Workspace, list[uuid.UUID]], backup_file: Path
) -> None:
    ws, _ids = filled
    make_backup(store_path=store_path, key=key, out=backup_file)
    ws.workers.create(valid_worker(id_document_type="other", id_document_number=""))
    ws.close()
    old_store = store_path.read_bytes()
    result = restore(backup_file, store_path, keep_previous=True)
    assert result.previous is not None and result.previous.parent == store_path.parent / "backups"
    assert (result.previous / "puente.sqlite").read_bytes() == old_store
    assert (result.previous / "puente.sqlite.keys").exists()
