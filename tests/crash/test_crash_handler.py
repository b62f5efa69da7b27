"""An injected error gives the person a plain message and writes a log without personal data."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import logs
from app.crash import CrashHandler
from app.ui.crash_dialog import CrashNotifier

ROOT = Path(__file__).resolve().parents[2]
NAME = "José Pérez Ñandú"
CURP = "HEPJ900517HDFRRS09"


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "log"
    logs.configure(folder)
    yield folder
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "puente", False):
            root.removeHandler(handler)
            handler.close()


def _fail_with_personal_data() -> None:
    worker = {"name": NAME, "curp": CURP}
    raise ValueError(f"could not save {worker['name']} ({worker['curp']})")


def test_error_shows_a_message_and_logs_no_personal_data(qtbot: QtBot, log_dir: Path) -> None:
    notifier = CrashNotifier(log_dir)
    handler = CrashHandler(notifier)
    try:
        _fail_with_personal_data()
    except ValueError:
        reference = handler.handle(*sys.exc_info()[::2])  # type, traceback
    box = notifier.last_box
    assert box is not None and box.isVisible()
    assert reference in box.informativeText()
    assert "log folder" in " ".join(b.text() for b in box.buttons())
    box.close()
    text = (log_dir / "puente.log").read_text(encoding="utf-8")
    assert f"unhandled error {reference}: ValueError at test_crash_handler.py:" in text
    assert "_fail_with_personal_data" in text
    for secret in (NAME, "José", "Pérez", CURP):
        assert secret not in text


def test_log_file_is_private_and_redacts_secrets(log_dir: Path) -> None:
    logging.getLogger("puente.test").warning(
        "login password=hunter2 token: %s mail ana.lopez@example.org phone +52 55 1234 5678",
        "a" * 40,
    )
    path = log_dir / "puente.log"
    text = path.read_text(encoding="utf-8")
    for secret in ("hunter2", "a" * 40, "ana.lopez@example.org", "1234 5678"):
        assert secret not in text
    assert "[redacted]" in text and "[e-mail]" in text and "[number]" in text
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0


def test_error_inside_a_qt_slot_reaches_the_handler(tmp_path: Path) -> None:
    """The real path: an exception in a slot of a running app, in its own process."""
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from app import logs
        from app.crash import CrashHandler

        app = QApplication([])
        logs.configure(Path(sys.argv[1]))
        shown = []
        CrashHandler(shown.append).install()

        def slot():
            raise RuntimeError("{NAME} {CURP}")

        QTimer.singleShot(0, slot)
        QTimer.singleShot(200, app.quit)
        app.exec()
        print("shown", shown)
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "shown ['E001']" in done.stdout, done.stdout + done.stderr
    text = (tmp_path / "puente.log").read_text(encoding="utf-8")
    assert "unhandled error E001: RuntimeError at <string>:" in text
    assert NAME not in text and CURP not in text


def test_redaction_keeps_dates_ids_of_records_and_case_codes() -> None:
    kept = "sync 2026-11-26 pulled 3 rows of 0b8f9c3e-2d1a-4c55-9a7e-1f2e3d4c5b6a MX-7K3-0042"
    assert logs.redact(kept) == kept
    assert logs.redact(f"CURP {CURP}") == "CURP [id]"
    assert logs.redact("DUI 04567891-2 phone 7012 3456") == "DUI [id]-2 phone [number]"
