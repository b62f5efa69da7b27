"""`puente --self-test`: prove an installed (or frozen) Puente works end to end, offscreen.

Each step uses the same code paths as the real app: the store factory (SQLCipher with a
random key, in a temporary folder), the worker service and its search index, the blank
intake form renderer with its embedded font, the translators of the three languages and
the main window. The first step that fails stops the test with its reason; nothing is
left behind in the user's folders.
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TextIO

Step = Callable[[dict[str, Any]], str]

ACCENTED = {
    "given_names": "José Ñandú",
    "first_family_name": "Hernández",
    "second_family_name": "Peña",
}


def _open_store(state: dict[str, Any]) -> str:
    from app.services.workspace import open_workspace

    folder = Path(state["folder"])
    workspace = open_workspace(folder / "selftest.db", key=secrets.token_bytes(32))
    workspace.set_profile(officer_name="Self-test", mission="MX")
    state["workspace"] = workspace
    head = (folder / "selftest.db").read_bytes()[:16]
    if head.startswith(b"SQLite format 3"):
        raise RuntimeError("the store was written unencrypted")
    return "encrypted store opened and migrated"


def _create_and_find(state: dict[str, Any]) -> str:
    from app.services.workers import WorkerQuery

    workspace = state["workspace"]
    created = workspace.workers.create(
        {
            **ACCENTED,
            "sex": "male",
            "date_of_birth": date(1990, 5, 17),
            "nationality": "MX",
            "id_document_type": "passport",
            "id_document_number": "G12345678",
            "mission_id": "MX",
            "community": "San Isidro",
            "migration_stage": "pre_departure",
            "consent_date": date.today(),
            "consent_purposes": "case_management",
            "consent_obtained_by": "Self-test",
        }
    )
    page = workspace.workers.page(WorkerQuery(text="jose hernandez pena"))
    if [row.id for row in page.rows] != [created.id]:
        raise RuntimeError("the accented worker was not found by 'jose hernandez pena'")
    return f"worker {created.case_code} created and found without accents"


def _blank_form(state: dict[str, Any]) -> str:
    from app.reports.intake_form import render_blank_intake_form
    from app.reports.translate import load_translator

    out = Path(state["folder"]) / "form.pdf"
    started = time.perf_counter()
    codes = render_blank_intake_form(
        out=out, tr=load_translator("es"), language="es", paper="a4", mission="MX"
    )
    took = (time.perf_counter() - started) * 1000
    data = out.read_bytes()
    if not data.startswith(b"%PDF") or len(data) < 10_000 or b"DejaVu" not in data:
        raise RuntimeError("the intake form PDF is incomplete or lacks its embedded font")
    return f"blank intake form {codes[0]} rendered in {took:.0f} ms ({len(data):,} bytes)"


def _languages(state: dict[str, Any]) -> str:
    from PySide6.QtCore import QCoreApplication

    from app.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher()
    state["switcher"] = switcher
    seen = {}
    for language in ("es", "fr", "en"):
        if language != "en" and not switcher.has_catalogue(language):
            raise RuntimeError(f"the {language} catalogue (puente_{language}.qm) is missing")
        switcher.apply(language)
        seen[language] = QCoreApplication.translate("MainWindow", "Workers")
    if seen["en"] != "Workers" or len(set(seen.values())) != 3:
        raise RuntimeError(f"the languages did not switch: {seen}")
    return "languages switched: " + ", ".join(f"{k}={v}" for k, v in seen.items())


def _main_window(state: dict[str, Any]) -> str:
    from PySide6.QtWidgets import QApplication

    from app.ui.main_window import MainWindow

    window = MainWindow(state["workspace"], switcher=state["switcher"])
    window.show()
    QApplication.processEvents()
    window.start()
    deadline = time.monotonic() + 10
    while window.worker_count is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    count = window.worker_count
    window.close()
    if count != 1:
        raise RuntimeError(f"the main window counted {count} workers instead of 1")
    from PySide6.QtCharts import QChart  # the Reports view needs QtCharts in the bundle

    QChart()
    return "main window shown with 1 worker; QtCharts loads"


STEPS: tuple[tuple[str, Step], ...] = (
    ("store", _open_store),
    ("worker", _create_and_find),
    ("form", _blank_form),
    ("languages", _languages),
    ("window", _main_window),
)


def run(out: TextIO = sys.stdout) -> int:
    """Run every step; 0 when all pass, 1 (with the reason printed) at the first failure."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["puente-self-test"])
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="puente-selftest-") as folder:
        state: dict[str, Any] = {"folder": folder, "app": app}
        try:
            for name, step in STEPS:
                try:
                    print(f"ok   {name:<10} {step(state)}", file=out, flush=True)
                except Exception as exc:  # the reason is the point of a self-test
                    print(f"FAIL {name:<10} {type(exc).__name__}: {exc}", file=out, flush=True)
                    traceback.print_exc(file=sys.stderr)
                    return 1
        finally:
            workspace = state.get("workspace")
            if workspace is not None:
                workspace.close()
    print(f"self-test passed in {time.perf_counter() - started:.2f} s", file=out, flush=True)
    return 0
