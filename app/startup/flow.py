"""The steps before the main window: demo data, sign-in or first run, profile, open."""

from __future__ import annotations

import logging
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.config import Settings
from app.startup.demo_store import DEMO_SEED, DEMO_WORKERS, ProgressFn, build_demo_store
from app.startup.sync_wiring import test_connection
from app.startup.timing import seconds_since_process_start
from app.startup.window import WindowSetup

if TYPE_CHECKING:  # Qt and the store load only when the window is really opened
    from app.security.access import StoreAccess, Unlocked
    from app.services.workspace import Workspace
    from app.ui.i18n import LanguageSwitcher
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# Not an exit status: the first-run assistant chose the demo, whose data is being made in
# the background; the window opens when it is ready.
DEMO_BEING_MADE = -1
# Benchmarks and tests: read "username\npassword\n" from stdin instead of asking in a
# dialog (offline sign-in only; stdin, unlike the environment, is not visible to others).
SIGN_IN_STDIN = "PUENTE_SIGN_IN_STDIN"


class Startup(WindowSetup):
    """The steps before the main window: demo data on first open; for the real store the
    sign-in (online the first time, offline after) that unwraps its key; first-run profile;
    then the window with its idle lock (set up by WindowSetup)."""

    def __init__(
        self,
        settings: Settings,
        switcher: LanguageSwitcher,
        *,
        access: StoreAccess | None = None,
        tokens: Any = None,
    ) -> None:
        self.settings = settings
        self.switcher = switcher
        self.workspace: Workspace | None = None
        self.window: MainWindow | None = None
        self.access = access  # made on first need (tests pass one with a cheap Argon2 cost)
        self.tokens = tokens  # the TokenStore (tests pass a private one)
        self.unlocked: Unlocked | None = None
        self.idle_lock: Any = None
        self._progress: Any = None
        self.signed_in_s: float | None = None  # stdin sign-in: when the password came

    def begin(self) -> int | None:
        """Start up: None once the window is on its way, else the exit status."""
        from app.store.backup import finish_interrupted_restore

        finish_interrupted_restore(self.settings.store_path)  # a restore a crash cut short
        if self.settings.demo:
            if not self.settings.store_path.exists():
                self._build_demo()
                return None
            return self._open()
        code = self._sign_in()
        if code == DEMO_BEING_MADE:
            return None
        return code if code is not None else self._open()

    def _store_access(self) -> StoreAccess:
        if self.access is None:
            from app.security.access import StoreAccess
            from app.sync.credentials import wiping_login

            self.settings.data_dir.mkdir(parents=True, exist_ok=True)
            self.access = StoreAccess(self.settings.store_path, login=wiping_login(self._wipe))
        return self.access

    def _wipe(self) -> None:
        """The server refused a sign-in because this laptop was revoked: before any store
        is open, its files, keys and kept token go (the dialog then says it is blocked)."""
        from app.sync.credentials import TokenStore
        from app.sync.wipe import wipe_store

        report = wipe_store(self.settings.store_path, tokens=self.tokens or TokenStore())
        left = len(report.failed)
        log.warning("device revoked at sign-in: local data wiped (%d files left)", left)

    def _sign_in(self) -> int | None:
        """Ask who signs in until the store key is unwrapped (None), else the exit status."""
        from app.security.access import StoreState
        from app.ui.dialogs.unlock_dialog import UnlockDialog

        if os.environ.get(SIGN_IN_STDIN) == "1":
            return self._sign_in_from_stdin()
        access = self._store_access()
        if access.state() is StoreState.NEW:
            return self._first_run(access)
        dialog = UnlockDialog(
            access, device_id=access.device_id(), server_url=self.settings.server_url
        )
        if dialog.exec() != UnlockDialog.DialogCode.Accepted or dialog.result_value is None:
            return 0
        self.unlocked = dialog.result_value
        return None

    def _first_run(self, access: StoreAccess) -> int | None:
        """A new laptop: the first-run assistant keys the case file, or opens the demo."""
        from dataclasses import replace

        from app.ui.dialogs.first_run_assistant import DEMO, FirstRunAssistant

        assistant = FirstRunAssistant(
            self.switcher,
            access=access,
            device_id=access.device_id(),
            test_connection=test_connection,
            server_url=self.settings.server_url,
        )
        if assistant.exec() != FirstRunAssistant.DialogCode.Accepted:
            return 0
        if assistant.choice == DEMO:
            self.settings = replace(self.settings, demo=True)
            if not self.settings.store_path.exists():
                self._build_demo()
                return DEMO_BEING_MADE
            return None
        self.unlocked = assistant.unlocked
        return None if self.unlocked is not None else 0

    def _sign_in_from_stdin(self) -> int | None:
        from app.security.throttle import TooSoon
        from app.security.vault import VaultError

        username = sys.stdin.readline().strip()
        password = sys.stdin.readline().rstrip("\n")
        # where a person would press "Sign in" in the dialog: the bench's unlock_s starts here
        self.signed_in_s = seconds_since_process_start()[0]
        try:
            self.unlocked = self._store_access().unlock(username, password)
        except (VaultError, TooSoon) as exc:
            log.error("sign-in from stdin refused: %s", type(exc).__name__)
            return 1
        return None

    def _build_demo(self) -> None:
        from PySide6.QtWidgets import QApplication, QProgressDialog

        from app.ui.tasks import run_task

        dialog = QProgressDialog(
            QApplication.translate("Startup", "Making the demo data (synthetic workers)…"),
            "",
            0,
            DEMO_WORKERS,
        )
        dialog.setCancelButton(None)
        dialog.setWindowTitle("Puente – " + QApplication.translate("Startup", "DEMO"))
        dialog.setMinimumDuration(0)
        dialog.show()
        self._progress = dialog
        path = self.settings.store_path

        def work(progress: ProgressFn) -> Path:
            return build_demo_store(path, workers=DEMO_WORKERS, seed=DEMO_SEED, progress=progress)

        def moved(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, total))

        def finished(_path: Path) -> None:
            dialog.close()
            code = self._open()
            if code is not None:
                QApplication.exit(code)

        def failed(exc: BaseException) -> None:
            dialog.close()
            self._fail(QApplication.translate("Startup", "The demo data could not be made."), exc)
            QApplication.exit(1)

        run_task(work, on_done=finished, on_error=failed, on_progress=moved)

    def _open(self) -> int | None:
        """Open the store and show the window (None), or the exit status when it cannot."""
        from PySide6.QtWidgets import QApplication

        from app.services.workspace import open_workspace
        from app.store.engine import StoreError

        key = None if self.unlocked is None else self.unlocked.key
        try:
            workspace = open_workspace(self.settings.store_path, demo=self.settings.demo, key=key)
        except StoreError as exc:
            self._fail(QApplication.translate("Startup", "Puente cannot open its case file."), exc)
            return 1
        self.workspace = workspace
        if self.unlocked is not None and self.unlocked.online is not None:
            self._keep_first_sign_in(workspace, self.unlocked)
        if self.unlocked is not None:
            self._audit_sign_in(workspace, self.unlocked.username)
        needs_profile = not self.settings.demo and not workspace.profile.current().complete
        if needs_profile and not self._ask_profile(workspace):
            workspace.close()
            return 0
        self._show_window(workspace)
        return None

    def _audit_sign_in(self, workspace: Workspace, username: str) -> None:
        """The sign-in that opened the case file, in the local audit (no password)."""
        from app.services import audit

        actor = workspace.actor()
        self._audit_missed(workspace)
        with workspace.db.write() as session:
            audit.record_sign_in(
                session,
                username=username,
                succeeded=True,
                known_user=True,
                actor=actor if actor.username == username else None,
                device_tag=actor.device_tag,
            )

    def _audit_missed(self, workspace: Workspace) -> None:
        """Wrong passwords typed while the store was locked (kept beside it), into the
        audit now that it is open; then they are forgotten beside the store."""
        from app.services import audit

        if self.access is None:
            return
        missed, dropped = self.access.missed_sign_ins()
        if not missed and not dropped:
            return
        attempts = [(datetime.fromtimestamp(m.at, UTC), m.username) for m in missed]
        with workspace.db.write() as session:
            audit.record_missed_sign_ins(
                session, attempts, dropped=dropped, device_tag=workspace.actor().device_tag
            )
        self.access.forget_missed_sign_ins(len(missed))

    def _keep_first_sign_in(self, workspace: Workspace, unlocked: Unlocked) -> None:
        """The first (online) sign-in: keep the token and who signed in, in the new store."""
        from app.sync.credentials import TokenStore, adopt_sign_in

        server_url, answer = unlocked.online or ("", None)
        assert unlocked.device_id is not None and answer is not None
        if self.tokens is None:
            self.tokens = TokenStore()
        done = adopt_sign_in(
            workspace.db,
            self.tokens,
            server_url=server_url,
            answer=answer,
            device=unlocked.device_id,
        )
        missions = done.me.missions
        if missions:  # the server knows the mission: no first-run question
            workspace.set_profile(officer_name=done.actor.display_name, mission=missions[0])
        workspace.set_actor(done.actor)

    def _ask_profile(self, workspace: Workspace) -> bool:
        from app.ui.dialogs.first_run_dialog import FirstRunDialog

        dialog = FirstRunDialog()
        if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
            return False
        workspace.set_profile(officer_name=dialog.officer_name(), mission=dialog.mission_code())
        return True

    def _fail(self, summary: str, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        log.error("%s: %s", summary, exc)
        box = QMessageBox(QMessageBox.Icon.Critical, "Puente", summary)
        box.setInformativeText(str(exc))
        box.exec()
