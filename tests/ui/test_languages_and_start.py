"""Languages switch at once in every open window; settings, CLI and start-up behave."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.config import DEMO_STORE_FILE, STORE_FILE, load_settings, save_language
from app.services.workspace import Workspace, open_workspace
from app.ui.i18n import LanguageSwitcher
from app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_switching_language_relabels_every_open_window(
    qtbot: QtBot, officer_workspace: Workspace, qm_dir: Path | None
) -> None:
    if qm_dir is None:
        pytest.skip("no tools/i18n.py and no built .qm files: nothing to switch to yet")
    remembered: list[str] = []
    switcher = LanguageSwitcher(folder=qm_dir, remember=remembered.append)
    switcher.apply("en")
    window = MainWindow(officer_workspace, switcher=switcher)
    qtbot.addWidget(window)
    window.start()
    window.show()
    editor = window.open_editor(None)
    view = window.workers_view
    assert window.nav.item(0).text() == "Workers"
    try:
        window.language_actions["es"].trigger()
        assert remembered == ["es"]
        qtbot.waitUntil(lambda: window.nav.item(0).text() == "Trabajadores")
        assert view.new_button.text() == "Nuevo trabajador"
        assert view.model.headerData(1, Qt.Orientation.Horizontal) == "Nombre completo"
        assert editor.save_button.text() == "&Guardar"
        assert editor.tabs.tabText(1) == "Historial"
        window.language_actions["fr"].trigger()
        qtbot.waitUntil(lambda: window.nav.item(0).text() == "Travailleurs")
        assert editor.close_button.text() == "Fermer"
        assert "Nouveau" in editor.heading.text()
        assert window.language_actions["fr"].isChecked()
    finally:
        switcher.apply("en")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Workers")


def test_settings_keep_the_demo_store_apart_and_remember_the_language(tmp_path: Path) -> None:
    real = load_settings(data_dir=tmp_path)
    demo = load_settings(data_dir=tmp_path, demo=True)
    assert real.store_path == tmp_path / STORE_FILE
    assert demo.store_path == tmp_path / DEMO_STORE_FILE
    save_language(real, "fr")
    assert load_settings(data_dir=tmp_path).language == "fr"
    assert load_settings(data_dir=tmp_path, language="en").language == "en"


def test_version_loads_neither_qt_nor_the_store() -> None:
    code = (
        "import sys\nfrom app.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines() == ["puente 0.1.0", "[]"]


def test_the_app_reports_when_its_window_is_shown(tmp_path: Path) -> None:
    from app.security.access import StoreAccess
    from app.security.vault import KdfParams

    password = "una clave larga 2026"
    access = StoreAccess(tmp_path / STORE_FILE, kdf=KdfParams(1, 8192, 1))
    key = access.create_local_account("ana", password, password).key
    ws = open_workspace(tmp_path / STORE_FILE, key=key)  # an officer is set: no first-run
    ws.set_profile(officer_name="Ana López", mission="MX")
    ws.close()
    env = {
        "PUENTE_EXIT_WHEN_SHOWN": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "PUENTE_SIGN_IN_STDIN": "1",  # the offline sign-in, typed instead of clicked
    }

    done = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path), "--lang", "es"],
        cwd=ROOT,
        env={**os.environ, **env},
        input=f"ana\n{password}\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert 0 < report["shown_s"] < 120 and report["clock"]
    from app.services.audit import pending_events

    reopened = open_workspace(tmp_path / STORE_FILE, key=key)
    with reopened.db.read() as session:
        events = [(e.event, e.username) for e in pending_events(session)]
    reopened.close()
    assert ("sign_in", "ana") in events  # the offline sign-in is in the local audit
    log_file = tmp_path / "log" / "puente.log"  # a data folder of its own keeps its log
    assert log_file.is_file()
    assert "Ana" not in log_file.read_text(encoding="utf-8") and password not in log_file.read_text(
        encoding="utf-8"
    )


def test_demo_opens_on_its_own_store_filled_on_first_open(tmp_path: Path) -> None:
    pytest.importorskip("app.services.demo")
    env = {**os.environ, "PUENTE_EXIT_WHEN_SHOWN": "1", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "app", "--demo", "--data-dir", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / DEMO_STORE_FILE).is_file()
    assert not (tmp_path / STORE_FILE).exists()  # the real store is never touched
    demo = open_workspace(tmp_path / DEMO_STORE_FILE, demo=True)
    try:
        assert demo.workers.count() == 2000
    finally:
        demo.close()
