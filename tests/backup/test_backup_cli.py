"""`puente backup` and `puente restore` run as a person would, in a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

from app.services.workspace import Workspace, open_workspace
from app.store.backup import make_backup
from tests.backup.conftest import USER, files_bytes
from tests.conftest import valid_worker
from tests.security.helpers import PASSWORD, SENTINELS, files_holding

ROOT = Path(__file__).resolve().parents[2]


def puente(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )


def test_backup_then_restore_from_the_terminal(
    store_path: Path, key: bytes, filled: tuple[Workspace, list[uuid.UUID]], tmp_path: Path
) -> None:
    ws, ids = filled
    actor = ws.actor()
    data_dir = str(store_path.parent)
    out = tmp_path / "usb" / "laptop"
    done = puente("backup", "-o", str(out), "--data-dir", data_dir, "--username", USER,
                  "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    assert done.returncode == 0, done.stderr
    written = out.with_name("laptop.puente-backup")
    assert "encrypted" in done.stdout and str(written) in done.stdout
    assert files_holding(written.parent, SENTINELS) == []
    ws.workers.create(valid_worker(id_document_type="other", id_document_number=""))
    ws.close()

    # a wrong password: one plain line, exit 1, nothing changed
    before = files_bytes(store_path)
    refused = puente("restore", str(written), "--data-dir", data_dir, "--yes",
                     "--username", USER, "--password-stdin", stdin="wrong\n")  # fmt: skip
    assert refused.returncode == 1
    assert refused.stderr.strip().splitlines() == [
        "The username or password does not open this backup. Nothing was changed."
    ]
    # the person says no at the question
    declined = puente("restore", str(written), "--data-dir", data_dir, stdin="n\n")
    assert declined.returncode == 1 and "Nothing was changed." in declined.stderr
    assert files_bytes(store_path) == before

    restored = puente("restore", str(written), "--data-dir", data_dir, "--username", USER,
                      "--password-stdin", stdin="y\n" + PASSWORD + "\n")  # fmt: skip
    assert restored.returncode == 0, restored.stderr
    assert "Backup made" in restored.stdout and "Restored into" in restored.stdout
    again = open_workspace(store_path, key=key)
    try:
        again.set_actor(actor)
        assert again.workers.count() == len(ids)
    finally:
        again.close()


def test_terminal_errors_are_one_line_with_the_right_exit_status(
    store_path: Path, key: bytes, tmp_path: Path
) -> None:
    data_dir = str(store_path.parent)
    missing = puente("restore", str(tmp_path / "nothing.puente-backup"), "--data-dir", data_dir)
    assert missing.returncode == 2 and missing.stderr.startswith("There is no file at")
    not_backup = tmp_path / "notes.txt"
    not_backup.write_text("hello")
    wrong_kind = puente("restore", str(not_backup), "--data-dir", data_dir, "--yes")
    assert wrong_kind.returncode == 1
    assert wrong_kind.stderr.strip() == "This file is not a Puente backup."
    usage = puente("backup", "--data-dir", data_dir)
    assert usage.returncode == 2 and "-o" in usage.stderr
    no_store = puente("backup", "-o", str(tmp_path / "x"), "--data-dir", str(tmp_path / "empty"))
    assert no_store.returncode == 2 and no_store.stderr.startswith("There is no case file")
    bad_password = puente("backup", "-o", str(tmp_path / "x"), "--data-dir", data_dir,
                          "--username", USER, "--password-stdin", stdin="wrong\n")  # fmt: skip
    # the store was never opened (only its vault exists), so the store is missing first
    assert bad_password.returncode == 2


def test_backup_refuses_a_wrong_password(
    store_path: Path, key: bytes, filled: tuple[Workspace, list[uuid.UUID]], tmp_path: Path
) -> None:
    filled[0].close()
    done = puente("backup", "-o", str(tmp_path / "b"), "--data-dir", str(store_path.parent),
                  "--username", USER, "--password-stdin", stdin="wrong\n")  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip() == "The username or password is not right."
    assert not list(tmp_path.glob("b*"))


HOLDER = """
import sys
from pathlib import Path
from app.store.engine import connect_raw
conn = connect_raw(Path(sys.argv[1]), key=bytes.fromhex(sys.stdin.readline().strip()))
conn.execute("SELECT count(*) FROM worker").fetchone()
print("ready", flush=True)
sys.stdin.readline()
conn.close()
"""


def test_restore_refuses_while_another_program_has_the_store_open(
    store_path: Path, key: bytes, filled: tuple[Workspace, list[uuid.UUID]], tmp_path: Path
) -> None:
    ws, _ids = filled
    out = tmp_path / "usb" / "b.puente-backup"
    make_backup(store_path=store_path, key=key, out=out)
    ws.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(store_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        holder.stdin.write(key.hex() + "\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "ready"
        before = files_bytes(store_path)
        refused = puente("restore", str(out), "--data-dir", str(store_path.parent), "--yes",
                         "--username", USER, "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
        assert refused.returncode == 1
        assert refused.stderr.strip() == (
            "Puente is still using the case file. Close Puente and try again."
        )
        assert files_bytes(store_path).keys() == before.keys()
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    done = puente("restore", str(out), "--data-dir", str(store_path.parent), "--yes",
                  "--username", USER, "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_demo_backups_go_with_demo_only(tmp_path: Path) -> None:
    demo_dir = tmp_path / "demo-data"
    made = puente("demo-data", "--workers", "3", "--data-dir", str(demo_dir))
    assert made.returncode == 0, made.stderr
    out = tmp_path / "usb" / "demo"
    done = puente("backup", "-o", str(out), "--data-dir", str(demo_dir), "--demo")
    assert done.returncode == 0 and "NOT encrypted (demo data)" in done.stdout
    written = out.with_name("demo.puente-backup")
    into_real = puente("restore", str(written), "--data-dir", str(demo_dir), "--yes")
    assert into_real.returncode == 1
    assert into_real.stderr.strip() == "This is a backup of the demo data: restore it with --demo."
    again = puente("restore", str(written), "--data-dir", str(demo_dir), "--demo", "--yes")
    assert again.returncode == 0, again.stderr
    # a real store from before encryption is never written to a plaintext backup
    (demo_dir / "demo.sqlite").rename(demo_dir / "puente.sqlite")
    plain = puente("backup", "-o", str(tmp_path / "usb" / "plain"), "--data-dir", str(demo_dir))
    assert plain.returncode == 1 and "not encrypted yet" in plain.stderr
    assert not (tmp_path / "usb" / "plain.puente-backup").exists()
