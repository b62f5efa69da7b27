"""`puente` on an encrypted store: it opens only after the password, and says so when wrong."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.config import STORE_FILE
from app.security.access import StoreAccess
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
