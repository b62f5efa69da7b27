"""The first-run assistant, clicked through like a person on a new laptop."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot

from app.security.access import StoreAccess, StoreState
from app.security.vault import KdfParams
from app.ui.dialogs.first_run_assistant import DEMO, LOCAL, SERVER, FirstRunAssistant
from app.ui.i18n import LanguageSwitcher
from tests.ui.conftest import type_text

FAST_KDF = KdfParams(1, 8192, 1)
PASSWORD = "una clave larga 2026"


def _assistant(
    qtbot: QtBot, switcher: LanguageSwitcher, access: StoreAccess | None, answers: list[str]
) -> FirstRunAssistant:
    def test_connection(url: str) -> str:
        answers.append(url)
        if "unreachable" in url:
            from app.sync.client import Offline

            raise Offline("no route")
        return "sqlite"

    wizard = FirstRunAssistant(
        switcher,
        access=access,
        device_id=uuid.uuid4() if access is not None else None,
        test_connection=test_connection,
    )
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _pick(qtbot: QtBot, button: QWidget) -> None:
    """Click a radio button on its circle (a click beyond its text does nothing)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _next(qtbot: QtBot, wizard: FirstRunAssistant) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _finish(qtbot: QtBot, wizard: FirstRunAssistant) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def test_language_is_chosen_first_and_applies_at_once(
    qtbot: QtBot, switcher: LanguageSwitcher, tmp_path: Path
) -> None:
    wizard = _assistant(qtbot, switcher, StoreAccess(tmp_path / "s.sqlite", kdf=FAST_KDF), [])
    assert wizard.currentId() == FirstRunAssistant.LANGUAGE
    _pick(qtbot, wizard.language_page.buttons["fr"])
    assert switcher.language == "fr"
    _pick(qtbot, wizard.language_page.buttons["es"])
    assert switcher.language == "es"
    assert wizard.language_page.title()  # said again in the new language


def test_a_local_account_keys_the_case_file(
    qtbot: QtBot, switcher: LanguageSwitcher, tmp_path: Path
) -> None:
    access = StoreAccess(tmp_path / "s.sqlite", kdf=FAST_KDF)
    wizard = _assistant(qtbot, switcher, access, [])
    _next(qtbot, wizard)
    _pick(qtbot, wizard.mode_page.local)
    _next(qtbot, wizard)
    assert wizard.currentId() == FirstRunAssistant.LOCAL_PAGE
    page = wizard.local_page
    assert not page.server.isVisible() and page.repeat.isVisible()
    type_text(page.username, "ana")
    type_text(page.password, PASSWORD)
    type_text(page.repeat, "not the same one")
    _finish(qtbot, wizard)
    qtbot.waitUntil(lambda: bool(page.message.text()) and "…" not in page.message.text())
    assert wizard.unlocked is None and access.state() is StoreState.NEW  # nothing written
    page.repeat.clear()
    type_text(page.password, PASSWORD)
    type_text(page.repeat, PASSWORD)
    with qtbot.waitSignal(wizard.accepted, timeout=20000):
        _finish(qtbot, wizard)
    assert wizard.choice == LOCAL and wizard.unlocked is not None
    assert access.state() is StoreState.LOCKED
    assert access.unlock("ana", PASSWORD).key == wizard.unlocked.key


def test_the_server_page_tests_the_connection_in_plain_words(
    qtbot: QtBot, switcher: LanguageSwitcher, tmp_path: Path
) -> None:
    asked: list[str] = []
    wizard = _assistant(qtbot, switcher, StoreAccess(tmp_path / "s.sqlite", kdf=FAST_KDF), asked)
    _next(qtbot, wizard)
    assert wizard.mode_page.mode() == SERVER  # the usual case comes first
    _next(qtbot, wizard)
    page = wizard.server_page
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # nothing typed
    page.server.setText("http://unreachable.invalid")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.test_button.isEnabled())
    assert "cannot be reached" in page.test_result.text()
    page.server.setText("https://puente.example.org")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.test_button.isEnabled())
    assert "answered" in page.test_result.text()
    assert asked == ["http://unreachable.invalid", "https://puente.example.org"]
    type_text(page.username, "ana")
    type_text(page.password, PASSWORD)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_choosing_the_demo_writes_nothing(
    qtbot: QtBot, switcher: LanguageSwitcher, tmp_path: Path
) -> None:
    access = StoreAccess(tmp_path / "s.sqlite", kdf=FAST_KDF)
    wizard = _assistant(qtbot, switcher, access, [])
    _next(qtbot, wizard)
    _pick(qtbot, wizard.mode_page.demo)
    _next(qtbot, wizard)
    assert wizard.currentId() == FirstRunAssistant.DEMO_PAGE
    with qtbot.waitSignal(wizard.accepted):
        _finish(qtbot, wizard)
    assert wizard.choice == DEMO and wizard.unlocked is None
    assert access.state() is StoreState.NEW
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize("choice", [SERVER, DEMO])
def test_run_again_from_settings_changes_language_and_offers_server_or_demo(
    qtbot: QtBot, switcher: LanguageSwitcher, choice: str
) -> None:
    wizard = _assistant(qtbot, switcher, None, [])
    _next(qtbot, wizard)
    assert not wizard.mode_page.local.isVisible()  # the case file exists already
    if choice == DEMO:
        _pick(qtbot, wizard.mode_page.demo)
    with qtbot.waitSignal(wizard.accepted):
        _finish(qtbot, wizard)
    assert wizard.choice == choice and wizard.unlocked is None
