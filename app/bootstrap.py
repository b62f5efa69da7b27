"""Composition root: settings -> store and services -> translator -> main window, once."""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.config import Settings, default_data_dir, save_language

if TYPE_CHECKING:  # Qt and the store load only when the window is really opened
    from app.security.access import StoreAccess, Unlocked
    from app.services.workspace import Workspace
    from app.ui.i18n import LanguageSwitcher
    from app.ui.main_window import MainWindow, SyncWiring

log = logging.getLogger(__name__)

DEMO_WORKERS = 2000
DEMO_SEED = 7
EXIT_WHEN_SHOWN = "PUENTE_EXIT_WHEN_SHOWN"
# Not an exit status: the first-run assistant chose the demo, whose data is being made in
# the background; the window opens when it is ready.
DEMO_BEING_MADE = -1
# Benchmarks and tests: read "username\npassword\n" from stdin instead of asking in a
# dialog (offline sign-in only; stdin, unlike the environment, is not visible to others).
SIGN_IN_STDIN = "PUENTE_SIGN_IN_STDIN"
_T0 = time.monotonic()  # fallback clock: when this module was first imported

ProgressFn = Callable[[int, int], None]


# --- timing -----------------------------------------------------------------------------


def seconds_since_process_start() -> tuple[float, str]:
    """Seconds since the OS started this process, and which clock said so.

    Linux: /proc/self/stat starttime (boot-time clock ticks) against CLOCK_BOOTTIME, so
    the interpreter's own start-up and every import count. Elsewhere: time.monotonic
    since app.bootstrap was imported (it misses the interpreter start, ~20-50 ms).
    """
    try:
        stat = Path("/proc/self/stat").read_text()
        fields = stat[stat.rindex(")") + 2 :].split()
        start = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22 of proc(5)
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start, "proc_starttime"
    except (OSError, ValueError, IndexError, AttributeError):
        return time.monotonic() - _T0, "monotonic_since_bootstrap_import"


# --- demo store -------------------------------------------------------------------------


def build_demo_store(
    path: Path, *, workers: int, seed: int, progress: ProgressFn | None = None
) -> Path:
    """Make the demo store at `path` from scratch: a deterministic synthetic data set.

    It is built in a side file and moved into place at the end, so an interrupted build
    never leaves a half-filled demo store behind.
    """
    from app.services.demo import generate_demo
    from app.store.migrate import prepare_store

    part = path.with_name(path.name + ".part")
    for leftover in _store_files(part):
        leftover.unlink(missing_ok=True)
    engine = prepare_store(part)
    try:
        generate_demo(
            engine, workers=workers, seed=seed, progress=_progress_adapter(progress, workers)
        )
    finally:
        engine.dispose()
    for old in _store_files(path):
        old.unlink(missing_ok=True)
    for extra in _store_files(part)[1:]:
        extra.unlink(missing_ok=True)
    os.replace(part, path)
    return path


def _store_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _progress_adapter(progress: ProgressFn | None, total: int) -> Callable[..., None] | None:
    """generate_demo may report (done) or (done, total); the UI wants (done, total)."""
    if progress is None:
        return None

    def report(*args: Any) -> None:
        done = int(args[0]) if args else 0
        whole = int(args[1]) if len(args) > 1 else total
        progress(done, whole)

    return report


# --- sync wiring ------------------------------------------------------------------------


def build_sync(
    workspace: Workspace,
    *,
    tokens: Any = None,
    auto: bool | None = None,
    on_password_verified: Callable[[str, str], None] | None = None,
    store_path: Path | None = None,
) -> SyncWiring:
    """The sync pieces for the main window; the remembered person becomes the actor.

    This is the only place that touches the network layer (app.sync.client, requests).
    Automatic probing starts unless this is the demo store and no server was ever set;
    `tokens` (a TokenStore) and `auto` are for tests. `on_password_verified` runs after
    the server accepted a password (the key vault re-wraps the store key with it).
    """
    from app.services.audit_reader import make_reader
    from app.services.conflicts import ConflictService
    from app.sync.credentials import SignInService, TokenStore, remembered_actor
    from app.sync.engine import SyncEngine, read_status
    from app.ui.main_window import SyncWiring
    from app.ui.sync_worker import SyncRunner

    db = workspace.db
    tokens = tokens if tokens is not None else TokenStore()

    def wipe() -> None:
        """The server says this laptop was revoked: its case file and keys go, now."""
        if store_path is not None:
            from app.sync.wipe import wipe_store

            report = wipe_store(store_path, tokens=tokens, close=workspace.close)
            log.warning("device revoked: local data wiped (%d files left)", len(report.failed))
            runner.device_revoked.emit()  # queued to the GUI thread: say so and close

    signin = SignInService(db, tokens, on_password_verified=on_password_verified, on_revoked=wipe)
    remembered = remembered_actor(db)
    if remembered is not None:
        workspace.set_actor(remembered)

    def make_engine() -> SyncEngine | None:
        # the kept token is per user, not per store: a store that never signed in (the
        # demo store, say) must not sync with the server another store signed in to
        if workspace.demo or not signin.server_url():
            return None  # synthetic demo records never go to a server
        client = signin.client()
        if client is None:
            return None
        return SyncEngine(db, client, on_revoked=wipe if store_path is not None else None)

    def probe() -> bool:
        url = signin.server_url()
        return bool(url) and bool(signin.test_connection(url))

    if auto is None:
        auto = not workspace.demo or bool(signin.server_url())
    runner = SyncRunner(make_engine, probe, auto=auto)
    return SyncWiring(
        runner=runner,
        read_status=lambda: read_status(db),
        signin=signin,
        conflicts=ConflictService(db, workspace.actor),
        read_audit=make_reader(signin.client),
    )


# --- the desktop app --------------------------------------------------------------------


def run_desktop(settings: Settings) -> int:
    """Open the window on the store the settings name; returns the exit status."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app.ui.i18n import LanguageSwitcher

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    _watch_for_errors(settings.log_dir)
    app.setApplicationName("Puente")
    app.setOrganizationName("IOM")
    icon = Path(__file__).resolve().parents[1] / "resources" / "icons" / "puente.svg"
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


def _own_peak_rss_mb() -> float | None:
    """This process's own peak memory (VmHWM, Linux); None elsewhere.

    Not getrusage(RUSAGE_CHILDREN) in the parent: a child's maximum there includes the
    parent's pages it shared between fork and exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except (OSError, ValueError, IndexError):
        return None
    return None


def test_connection(server_url: str) -> str:
    """The server's database kind when it answers (raises Offline, ServerError...)."""
    from app.sync.client import SyncClient

    client = SyncClient(server_url)
    try:
        return client.health().database
    finally:
        client.close()


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


class Startup:
    """The steps before the main window: demo data on first open; for the real store the
    sign-in (online the first time, offline after) that unwraps its key; first-run profile;
    then the window with its idle lock."""

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
        tag = workspace.actor().device_tag
        with workspace.db.write() as session:
            for attempt in missed:
                audit.record_sign_in(
                    session,
                    username=attempt.username,
                    succeeded=False,
                    known_user=bool(attempt.username),
                    device_tag=tag,
                    at=datetime.fromtimestamp(attempt.at, UTC),
                )
            if dropped:
                audit.record_sign_in(
                    session,
                    username="",
                    succeeded=False,
                    known_user=False,
                    device_tag=tag,
                    outcome="more_attempts_not_kept",
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
        peak = _own_peak_rss_mb()
        if peak is not None:
            report["peak_rss_mb"] = peak
        print(json.dumps(report), flush=True)
        QApplication.exit(0)

    def _fail(self, summary: str, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        log.error("%s: %s", summary, exc)
        box = QMessageBox(QMessageBox.Icon.Critical, "Puente", summary)
        box.setInformativeText(str(exc))
        box.exec()
