"""The desktop app's entry: the Qt application, the log and crash handler, then Startup."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from app.config import Settings, default_data_dir, save_language

log = logging.getLogger(__name__)


def run_desktop(settings: Settings) -> int:
    """Open the window on the store the settings name; returns the exit status."""
    from app.startup.preload import load_store_layers

    load_store_layers()  # before Qt: see app.startup.preload

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app.startup.flow import Startup
    from app.ui.i18n import LanguageSwitcher

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    _watch_for_errors(settings.log_dir)
    app.setApplicationName("Puente")
    app.setOrganizationName("IOM")
    icon = Path(__file__).resolve().parents[2] / "resources" / "icons" / "puente.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    app.setQuitOnLastWindowClosed(False)  # dialogs come and go before the main window

    def remember(language: str) -> None:
        save_language(settings, language)

    switcher = LanguageSwitcher(remember=remember)
    switcher.apply(settings.language)
    startup = Startup(settings, switcher)
    code = startup.begin()
    if code is not None:
        return code
    return app.exec()


def open_demo_process(settings: Settings) -> bool:
    """Start Puente on the demo store in a process of its own (this one stays as it is)."""
    from PySide6.QtCore import QProcess

    if getattr(sys, "frozen", False):  # the installed app: its own executable
        program, args = sys.executable, ["--demo"]
    else:
        program, args = sys.executable, ["-m", "app", "--demo"]
    if settings.data_dir != default_data_dir():
        args += ["--data-dir", str(settings.data_dir)]
    started, _pid = QProcess.startDetached(program, args)
    return bool(started)


def _watch_for_errors(log_dir: Path) -> None:
    """The log file, and a plain message (never a silent exit) for any unhandled error."""
    from app import logs
    from app.crash import CrashHandler
    from app.ui.crash_dialog import CrashNotifier

    try:
        logs.configure(log_dir)
    except OSError as exc:  # a read-only or full disk must not stop the app from opening
        log.warning("no log file: %s", type(exc).__name__)
    # sys.excepthook holds the handler, the handler holds the notifier: both live as long
    CrashHandler(CrashNotifier(log_dir)).install()
