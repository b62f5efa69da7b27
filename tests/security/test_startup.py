"""`puente` on an encrypted store: it opens only after the password, and says so when wrong."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlmodel import col, select

from app.config import STORE_FILE
from app.models.audit_event import AuditEvent
from app.security.access import StoreAccess
from app.security.throttle import throttle_path
from app.services.workspace import open_workspace
from tests.security.helpers import FAST_KDF, PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def run_app(data_dir: Path, stdin: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PUENTE_EXIT_WHEN_SHOWN": "1",
        "PUENTE_SIGN_IN_STDIN": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "--lang", "es"],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_window_opens_on_the_encrypted_store_only_with_the_password(tmp_path: Path) -> None:
    store = tmp_path / STORE_FILE
    key = StoreAccess(store, kdf=FAST_KDF).create_local_account("ana", PASSWORD, PASSWORD).key
    ws = open_workspace(store, key=key)
    ws.set_profile(officer_name="Ana López", mission="MX")
    ws.close()

    refused = run_app(tmp_path, "ana\nnot the password\n")
    assert refused.returncode == 1
    assert "WrongPassword" in refused.stderr and "not the password" not in refused.stderr

    shown = run_app(tmp_path, f"ana\n{PASSWORD}\n")
    assert shown.returncode == 0, shown.stderr
    report = json.loads(shown.stdout.strip().splitlines()[-1])
    assert 0 < report["shown_s"] < 120
    assert not store.read_bytes().startswith(b"SQLite format 3")


def test_wrong_passwords_typed_while_locked_reach_the_audit_at_the_next_sign_in(
    tmp_path: Path,
) -> None:
    store = tmp_path / STORE_FILE
    key = StoreAccess(store, kdf=FAST_KDF).create_local_account("ana", PASSWORD, PASSWORD).key
    ws = open_workspace(store, key=key)
    ws.set_profile(officer_name="Ana López", mission="MX")
    ws.close()

    assert run_app(tmp_path, "ana\nnot the password\n").returncode == 1
    typed_as_name = "my-secret-pass"  # typed in the username box: never kept
    assert run_app(tmp_path, f"{typed_as_name}\n{PASSWORD}\n").returncode == 1
    missed, _ = StoreAccess(store, kdf=FAST_KDF).missed_sign_ins()
    assert [m.username for m in missed] == ["ana", ""]
    assert typed_as_name not in throttle_path(store).read_text(encoding="utf-8")

    shown = run_app(tmp_path, f"ana\n{PASSWORD}\n")
    assert shown.returncode == 0, shown.stderr
    ws = open_workspace(store, key=key)
    try:
        with ws.db.read() as session:
            events = session.exec(select(AuditEvent).order_by(col(AuditEvent.seq))).all()
    finally:
        ws.close()
    signs = [(e.event, e.username, e.outcome) for e in events if e.event.startswith("sign_in")]
    assert signs == [
        ("sign_in_failed", "ana", "wrong_password"),
        ("sign_in_failed", "", "wrong_password"),
        ("sign_in", "ana", "ok"),
    ]
    failed_at = [e.at for e in events if e.event == "sign_in_failed"]
    assert failed_at == sorted(failed_at)  # when they were typed, not when audited
    assert StoreAccess(store, kdf=FAST_KDF).missed_sign_ins() == ((), 0)
