"""UI fixtures: a workspace with an officer, the language switcher, built translations."""

from __future__ import annotations

import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.bootstrap import build_sync
from app.models import Worker
from app.services.workspace import Workspace, open_workspace
from app.store.search import sort_name
from app.sync.credentials import TokenStore
from app.ui.i18n import LanguageSwitcher
from app.ui.main_window import MainWindow, SyncWiring

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def officer_workspace(store_path: Path) -> Iterator[Workspace]:
    """A real (non-demo) store whose officer, Ana López, works for the Mexico mission."""
    ws = open_workspace(store_path)
    ws.set_profile(officer_name="Ana López", mission="MX")
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """Folder of puente_es.qm / puente_fr.qm built from the current code and catalogues.

    Built with tools/i18n.py in a copy of the tree (the repository's .ts files are never
    touched); None when neither the script nor committed .qm files exist.
    """
    tool = ROOT / "tools" / "i18n.py"
    if tool.is_file():
        root = tmp_path_factory.mktemp("i18n")
        for folder in ("app", "server"):
            if (ROOT / folder).is_dir():
                shutil.copytree(ROOT / folder, root / folder, ignore=_no_cache)
        shutil.copytree(ROOT / "translations", root / "translations", ignore=_no_qm)
        for command in ("update", "build"):
            done = subprocess.run(
                [sys.executable, str(tool), command, "--root", str(root)],
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0:
                pytest.fail(f"tools/i18n.py {command} failed:\n{done.stdout}{done.stderr}")
        return root / "translations"
    if (ROOT / "translations" / "puente_es.qm").is_file():
        return ROOT / "translations"
    return None


def _no_cache(_folder: str, names: list[str]) -> list[str]:
    return [n for n in names if n == "__pycache__"]


def _no_qm(_folder: str, names: list[str]) -> list[str]:
    return [n for n in names if n.endswith(".qm")]


@pytest.fixture
def switcher(qapp: QApplication, tmp_path: Path) -> Iterator[LanguageSwitcher]:
    """English to start with; the language is restored to English after the test."""
    remembered: list[str] = []
    folder = tmp_path / "no-translations"
    sw = LanguageSwitcher(folder=folder, remember=remembered.append)
    sw.apply("en")
    sw.remembered = remembered  # type: ignore[attr-defined]
    yield sw
    sw.apply("en")


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard, one character at a time (safe for ñ, é under PySide6 6.12)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def answer_next_message_box(qtbot: object, button: QMessageBox.StandardButton) -> list[str]:
    """Click `button` in the next message box that opens; returns its text once seen."""
    from PySide6.QtCore import QTimer

    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(10, click)

    QTimer.singleShot(0, click)
    return seen


def add_workers(ws: Workspace, count: int, *, given: str = "Juan", mission: str = "MX") -> None:
    """Many workers at once, stored directly (a test shortcut past the intake rules)."""
    now = datetime.now(UTC)
    tag = ws.actor().device_tag
    families = ("García", "López", "Núñez", "Peña", "Ruiz", "Gómez", "Díaz", "Cruz")
    with ws.db.write() as session:
        for i in range(count):
            first, second = families[i % 8], families[(i * 3 + 1) % 8]
            name = f"{given} {chr(65 + i % 26)}"
            session.add(
                Worker(
                    id=uuid.uuid4(),
                    mission_id=mission,
                    case_code=f"{mission}-{tag}-{i + 5000:05d}",
                    given_names=name,
                    first_family_name=first,
                    second_family_name=second,
                    sort_name=sort_name(name, first, second),
                    date_of_birth=date(1960 + i % 40, 1 + i % 12, 1 + i % 28),
                    nationality=mission,
                    community=f"Comunidad {i % 50:02d}",
                    consent_date=date(2026, 1, 5),
                    consent_purposes="case_management",
                    consent_obtained_by="Ana López",
                    created_at=now,
                    updated_at=now,
                    updated_by="test",
                )
            )


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture
def wiring(officer_workspace: Workspace, tmp_path: Path) -> Iterator[SyncWiring]:
    """The sync pieces bootstrap builds, with a private token file and no automatic probing."""
    tokens = TokenStore(folder=tmp_path / "tokens", use_keyring=False)
    sync = build_sync(officer_workspace, tokens=tokens, auto=False)
    yield sync
    sync.runner.stop()


@pytest.fixture
def sync_window(
    qtbot: QtBot, officer_workspace: Workspace, switcher: LanguageSwitcher, wiring: SyncWiring
) -> MainWindow:
    """The main window of Ana's store with those sync pieces, shown."""
    win = MainWindow(officer_workspace, switcher=switcher, sync=wiring)
    qtbot.addWidget(win)
    win.start()
    win.show()
    return win
