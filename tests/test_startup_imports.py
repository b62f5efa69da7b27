"""What the start-up path imports before the main window shows (no network library; the
store layers before Qt), checked in a fresh process on a real start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NETWORK = ("requests", "urllib3", "charset_normalizer", "idna", "certifi")

# Starts the app on the demo store and, once the window is shown, prints which modules
# were loaded (in import order) instead of the usual report.
START = """
import json, sys
from app.startup.window import WindowSetup

def report(self):
    from PySide6.QtWidgets import QApplication
    print(json.dumps(list(sys.modules)), flush=True)
    QApplication.exit(0)

WindowSetup._report_shown = report
from app.cli import main
raise SystemExit(main(["--demo", "--data-dir", sys.argv[1], "--lang", "en"]))
"""


def _run(*args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, env=env, timeout=180
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_the_window_shows_without_the_network_library_and_loads_the_store_before_qt(
    tmp_path: Path,
) -> None:
    _run("-m", "app", "demo-data", "--workers", "20", "--data-dir", str(tmp_path))
    env = dict(os.environ, PUENTE_EXIT_WHEN_SHOWN="1", QT_QPA_PLATFORM="offscreen")
    lines = [x for x in _run("-c", START, str(tmp_path), env=env).splitlines() if x[:1] == "["]
    assert lines, "the window was never shown"
    loaded: list[str] = json.loads(lines[-1])
    assert "app.ui.main_window" in loaded
    network = sorted(m for m in loaded if m.split(".")[0] in NETWORK)
    assert network == [], f"loaded before the window showed: {network}"
    # PySide6 reads the source of every module imported after it: the store comes first
    assert loaded.index("sqlalchemy") < loaded.index("PySide6")
    assert loaded.index("app.models") < loaded.index("PySide6")


def test_the_sync_client_loads_requests_only_when_a_client_is_made() -> None:
    code = (
        "import sys\nimport app.sync.client as c\n"
        "print('requests' in sys.modules)\n"
        "c.SyncClient('http://127.0.0.1:9').close()\n"
        "print('requests' in sys.modules)"
    )
    assert _run("-c", code).split() == ["False", "True"]
