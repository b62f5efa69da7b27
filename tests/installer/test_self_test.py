"""`puente --self-test` passes on a working installation and names the step that fails."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app import selftest

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_passes_from_the_command_line(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "app", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for step in ("store", "worker", "form", "languages", "window"):
        assert f"ok   {step}" in done.stdout
    assert "self-test passed" in done.stdout
    # the test runs in a temporary folder: the user's data folder is never touched
    assert not (tmp_path / ".local" / "share" / "puente").exists()


def test_a_failing_step_stops_the_test_with_its_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing_catalogue(_state: dict[str, Any]) -> str:
        raise RuntimeError("the fr catalogue (puente_fr.qm) is missing")

    steps = tuple(
        (name, missing_catalogue if name == "languages" else step) for name, step in selftest.STEPS
    )
    monkeypatch.setattr(selftest, "STEPS", steps)
    out = io.StringIO()
    assert selftest.run(out) == 1
    text = out.getvalue()
    assert "ok   form" in text
    assert "FAIL languages" in text and "puente_fr.qm" in text
    assert "window" not in text  # nothing after the failure runs
