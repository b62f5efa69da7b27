"""The protection benchmark's pieces: an encrypted store it can sign in to, backup, ratios."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    pytest.importorskip("app.services.demo")
    spec = importlib.util.spec_from_file_location(
        "protection_bench", ROOT / "bench" / "protection_bench.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["protection_bench"] = module
    spec.loader.exec_module(module)
    return module


def test_labels_and_ratios(bench: ModuleType) -> None:
    assert bench.workers_label(200_000) == "200k"
    assert bench.workers_label(20_000) == "20k"
    assert bench.workers_label(1_500) == "1500"
    ratios = bench.ratios(
        {"unlock_s": 0.5, "encrypted_search_p95_ms": 20.0, "encrypted_save_p95_ms": None}
    )
    assert ratios == {
        "unlock_s": 0.5,
        "encrypted_search_p95_ms": 2.0,
        "encrypted_save_p95_ms": None,
    }


def test_the_store_is_encrypted_signed_in_to_and_backed_up(
    bench: ModuleType, tmp_path: Path
) -> None:
    from app.config import DEMO_STORE_FILE, STORE_FILE
    from app.services.workspace import open_workspace
    from app.store.engine import is_plain_store

    made = bench.ensure_encrypted_store(tmp_path, 30, 7)
    store = tmp_path / STORE_FILE
    assert made["generate_s"] is not None and made["encrypt_s"] is not None
    assert not is_plain_store(store) and is_plain_store(tmp_path / DEMO_STORE_FILE)

    key, kdf = bench.bench_kdf(store, 1)
    assert kdf["kdf_s"] > 0 and len(key) == 32
    ws = open_workspace(store, key=key)
    try:
        assert ws.profile.current().complete  # the app opens with no first-run question
        ws.set_actor(bench.supervisor_of_all(ws))
        assert ws.workers.count(include_archived=True) == 30
    finally:
        ws.close()

    again = bench.ensure_encrypted_store(tmp_path, 30, 7)  # kept: reused, not remade
    assert again["generate_s"] is None and again["encrypt_s"] is None

    backup = bench.bench_backup(store, key, 30)
    assert backup["backup_encrypted"] is True and backup["backup_30_s"] == backup["backup_s"]
    assert backup["backup_mb"] > 0
    assert not list(tmp_path.glob("bench-backup*"))  # the backup file is removed after
