"""The main window as start-up sets it up: sync, idle lock, backup and assistant menus."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

from app.config import Settings
from app.startup.desktop import open_demo_process
from app.startup.sync_wiring import build_sync, test_connection
from app.startup.timing import own_peak_rss_mb, seconds_since_process_start

if TYPE_CHECKING:
    from app.security.access import StoreAccess, Unlocked
    from app.services.workspace import Workspace
    from app.ui.i18n import LanguageSwitcher
    from app.ui.main_window import MainWindow

# Benchmarks and tests: print {"shown_s": ...} and quit once the main window is shown.
EXIT_WHEN_SHOWN = "PUENTE_EXIT_WHEN_SHOWN"


class WindowSetup:
    """The window half of Startup: builds the main window and the menus that need what
    only start-up knows (the store key, the access, the settings)."""

    settings: Settings
    switcher: LanguageSwitcher
    workspace: Workspace | None
    window: MainWindow | None
    access: StoreAccess | None
    tokens: Any
    unlocked: Unlocked | None
    idle_lock: Any
    signed_in_s: float | None

    def begin(self) -> int | None:  # Startup's
        raise NotImplementedError

    def _audit_missed(self, workspace: Workspace) -> None:  # Startup's
        raise NotImplementedError

    def _show_window(self, workspace: Workspace) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from app.ui.main_window import MainWindow

        sync = build_sync(
            workspace,
            tokens=self.tokens,
            on_password_verified=self._password_verified,
            store_path=None if self.settings.demo else self.settings.store_path,
        )
        sync.runner.device_revoked.connect(self._revoked)
        window = MainWindow(
            workspace, switcher=self.switcher, sync=sync, log_folder=self.settings.log_dir
        )
        self.window = window
        self._protect(window)
        self._add_backup(window)
        self._add_assistant(window)
        window.start()
        window.show()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(True)
        app.aboutToQuit.connect(sync.runner.stop)
        app.aboutToQuit.connect(workspace.close)
        if os.environ.get(EXIT_WHEN_SHOWN) == "1":
            QTimer.singleShot(0, self._report_shown)

    def _add_assistant(self, window: MainWindow) -> None:
        """Settings → the first-run assistant again: language, server sign-in, or the demo."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtGui import QAction

        action = QAction(window)
        action.setObjectName("first_run_again")

        def label(_language: str = "") -> None:
            action.setText(QCoreApplication.translate("Startup", "First-run assistant…"))

        label()
        self.switcher.language_changed.connect(label)
        action.triggered.connect(lambda: self.run_assistant_again(window))
        window.settings_menu.addAction(action)

    def run_assistant_again(self, window: MainWindow) -> None:
        from app.ui.dialogs.first_run_assistant import DEMO, SERVER, FirstRunAssistant

        assistant = FirstRunAssistant(
            self.switcher,
            access=None,
            device_id=None,
            test_connection=test_connection,
            server_url=self.settings.server_url,
            parent=window,
        )

        def finished(result: int) -> None:
            if result != FirstRunAssistant.DialogCode.Accepted:
                return
            if assistant.choice == SERVER and not self.settings.demo:
                window.open_sign_in()
            elif assistant.choice == DEMO and not self.settings.demo:
                open_demo_process(self.settings)

        assistant.finished.connect(finished)
        assistant.open()

    def _add_backup(self, window: MainWindow) -> None:
        """Settings → back up and restore the case file (the key is known only here)."""
        from app.services.backup import BackupService
        from app.ui.dialogs.backup_dialog import add_backup_actions

        def service() -> BackupService:
            unlocked = self.unlocked
            return BackupService(
                store_path=self.settings.store_path,
                key=unlocked.key if unlocked else None,
                demo=self.settings.demo,
                release_store=self._release_store,
                username=unlocked.username if unlocked else "",
            )

        add_backup_actions(
            window.settings_menu, parent=window, service=service, on_restored=self._reopen
        )

    def _release_store(self) -> None:
        """Close the window and the store before a restore replaces the file."""
        from PySide6.QtWidgets import QApplication

        from app.services.backup import CloseWindowsFirst

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(False)
        if self.window is not None and not self.window.close():
            app.setQuitOnLastWindowClosed(True)
            raise CloseWindowsFirst()
        if self.idle_lock is not None:
            self.idle_lock.stop()
        if self.window is not None and self.window.sync is not None:
            self.window.sync.runner.stop()
        assert self.workspace is not None
        self.workspace.close()

    def _reopen(self) -> None:
        """After a restore: sign in again (the keys may have changed) and open the window."""
        from PySide6.QtWidgets import QApplication

        old, self.window, self.workspace, self.unlocked = self.window, None, None, None
        if old is not None:
            old.deleteLater()
        code = self.begin()
        if code is not None:
            QApplication.exit(code)

    def _revoked(self) -> None:
        """A revoked laptop has just wiped its data (at a sync or a sign-in): say so
        plainly and close."""
        from PySide6.QtWidgets import QApplication, QMessageBox

        QMessageBox.critical(
            self.window,
            "Puente",
            QApplication.translate(
                "Startup",
                "An administrator blocked this laptop. Its case file and keys were removed "
                "from it; the records are safe on the server. Puente closes now.",
            ),
        )
        QApplication.exit(0)

    def _password_verified(self, username: str, password: str) -> None:
        """The server accepted this password: the store key is wrapped with it too."""
        if self.unlocked is not None and self.access is not None:
            self.access.adopt_password(username, password, self.unlocked.key)

    def _protect(self, window: MainWindow) -> None:
        """The idle lock on a real store; a 'Not encrypted' mark on the demo store."""
        from app.config import save_idle_lock_minutes
        from app.ui.lock import IdleLock, UnencryptedNotice, add_lock_actions

        if self.settings.demo or self.unlocked is None or self.access is None:
            window.statusBar().addPermanentWidget(UnencryptedNotice(window))
            return
        access, unlocked = self.access, self.unlocked

        def verify(password: str) -> None:
            if access.check_password(unlocked.username, password) != unlocked.key:
                from app.security.vault import WrongPassword

                raise WrongPassword("that password opens another store")
            if self.workspace is not None:
                self._audit_missed(self.workspace)  # wrong passwords at the idle lock

        lock = IdleLock(
            window,
            verify=verify,
            seconds_left=access.seconds_left,
            person=unlocked.username,
            minutes=self.settings.idle_lock_minutes,
        )
        self.idle_lock = lock

        def save_minutes(minutes: int) -> None:
            self.settings = save_idle_lock_minutes(self.settings, minutes)

        def change_password() -> None:
            from app.ui.dialogs.unlock_dialog import ChangePasswordDialog

            ChangePasswordDialog(access, unlocked.username, parent=window).open()

        add_lock_actions(
            lock,
            file_menu=window.file_menu,
            settings_menu=window.settings_menu,
            save_minutes=save_minutes,
            minutes=lambda: self.settings.idle_lock_minutes,
            change_password=change_password,
        )

    def _report_shown(self) -> None:
        from PySide6.QtWidgets import QApplication

        seconds, clock = seconds_since_process_start()
        report: dict[str, Any] = {"shown_s": round(seconds, 4), "clock": clock}
        if self.signed_in_s is not None:
            report["signed_in_s"] = round(self.signed_in_s, 4)
        peak = own_peak_rss_mb()
        if peak is not None:
            report["peak_rss_mb"] = peak
        print(json.dumps(report), flush=True)
        QApplication.exit(0)
