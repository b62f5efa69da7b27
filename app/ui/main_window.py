"""The main window: navigation between sections, menus, and the status bar."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from app import __version__
from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models.enums import Role
from app.services.workspace import Workspace
from app.ui import labels
from app.ui.i18n import LANGUAGE_NAMES, LanguageSwitcher
from app.ui.record_windows import RecordWindowsMixin
from app.ui.sections import (
    COURSES_ROW,
    FOLLOWUPS_ROW,
    PLANS_ROW,
    PROJECTS_ROW,
    REPORTS_ROW,
    LazyPage,
    SectionsMixin,
)
from app.ui.tasks import run_task
from app.ui.views.placeholder_view import PlaceholderView
from app.ui.views.workers_view import WorkersView

if TYPE_CHECKING:  # the editor (and its rules) load when first opened, not at start-up
    from app.services.audit_reader import AuditFilter, AuditPage
    from app.services.conflicts import ConflictService
    from app.sync.credentials import SignedIn, SignInService
    from app.sync.engine import SyncStatus
    from app.ui.dialogs.plan_editor import PlanEditor
    from app.ui.dialogs.sign_in_dialog import SignInDialog
    from app.ui.dialogs.worker_editor import WorkerEditor
    from app.ui.documents import DocumentActions
    from app.ui.sync_worker import SyncRunner
    from app.ui.views.conflicts_view import ConflictsView
    from app.ui.views.sync_view import SyncView
    from app.ui.worker_file.window import WorkerFileWindow

CONTEXT = "MainWindow"
# (section name, sentence shown while the section cannot be used; "" = built)
SECTIONS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("MainWindow", "Workers"), ""),
    (QT_TRANSLATE_NOOP("MainWindow", "Courses"), ""),
    (QT_TRANSLATE_NOOP("MainWindow", "Plans"), ""),
    (QT_TRANSLATE_NOOP("MainWindow", "Community projects"), ""),
    (QT_TRANSLATE_NOOP("MainWindow", "Follow-ups"), ""),
    (QT_TRANSLATE_NOOP("MainWindow", "Reports"), ""),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Sync"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Sync is not set up in this window: every record stays on this computer.",
        ),
    ),
)


@dataclass(frozen=True)
class SyncWiring:
    """The sync pieces app/bootstrap.py builds (it alone talks to the network layer)."""

    runner: SyncRunner
    read_status: Callable[[], SyncStatus]
    signin: SignInService
    conflicts: ConflictService
    read_audit: Callable[[AuditFilter], AuditPage] | None = None  # HQ reads the server's log


SYNC_ROW = len(SECTIONS) - 1

__all__ = [
    "COURSES_ROW",
    "FOLLOWUPS_ROW",
    "PLANS_ROW",
    "PROJECTS_ROW",
    "REPORTS_ROW",
    "LazyPage",
    "MainWindow",
    "SyncWiring",
]


class MainWindow(SectionsMixin, RecordWindowsMixin, QMainWindow):
    """Holds the sections; every dependency comes through the constructor."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        switcher: LanguageSwitcher,
        sync: SyncWiring | None = None,
        log_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.switcher = switcher
        self.sync = sync
        self.sync_view: SyncView | None = None
        self.conflicts_view: ConflictsView | None = None
        self.audit_view: QWidget | None = None
        self.sync_tabs: QTabWidget | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self._sync_status: SyncStatus | None = None
        self._online: bool | None = None
        self._server_url = ""  # '' until someone signs in to a server from this store
        self.log_folder = log_folder
        self.editors: dict[uuid.UUID | None, WorkerEditor] = {}
        self.worker_files: dict[uuid.UUID, WorkerFileWindow] = {}
        self.plan_editors: dict[uuid.UUID | None, PlanEditor] = {}
        self._documents: DocumentActions | None = None
        self._count: int | None = None
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget(self)
        self.workers_view = WorkersView(
            workspace.workers,
            open_editor=self._open_from_list,
            missions=lambda: self.workspace.actor().missions,
        )
        self.stack.addWidget(self.workers_view)
        self.pages: dict[int, LazyPage] = {
            COURSES_ROW: LazyPage(self._build_courses),
            PLANS_ROW: LazyPage(self._build_plans),
            PROJECTS_ROW: LazyPage(self._build_projects),
            FOLLOWUPS_ROW: LazyPage(self._build_followups),
            REPORTS_ROW: LazyPage(self._build_reports),
        }
        for row in range(1, SYNC_ROW):
            self.stack.addWidget(self.pages[row])
        if sync is None:  # no sync pieces given (tests of other parts): say what comes
            title, text = SECTIONS[SYNC_ROW]
            self.stack.addWidget(PlaceholderView(CONTEXT, title, text))
        else:
            self.stack.addWidget(self._build_sync_page(sync))
        for _ in SECTIONS:
            self.nav.addItem("")
        self.nav.currentRowChanged.connect(self._show_section)
        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 1000])
        self.setCentralWidget(splitter)
        self._build_menus()
        self._build_status_bar()
        self.nav.setCurrentRow(0)
        self.retranslate()
        self.resize(1280, 760)

    # --- building -----------------------------------------------------------------------

    def _build_sync_page(self, sync: SyncWiring) -> QWidget:
        """The Sync section: Sync and Conflicts tabs, and Audit for HQ analysts and admins."""
        from app.ui.views.conflicts_view import ConflictsView
        from app.ui.views.sync_view import SyncView

        self.sync_view = SyncView(sync.runner, sync.read_status)
        self.conflicts_view = ConflictsView(sync.conflicts)
        tabs = QTabWidget(self)
        tabs.setObjectName("sync_tabs")
        tabs.addTab(self.sync_view, "")
        tabs.addTab(self.conflicts_view, "")
        if sync.read_audit is not None:
            from app.ui.views.audit_view import AuditView

            self.audit_view = AuditView(sync.read_audit)
            tabs.addTab(self.audit_view, "")
        self.sync_tabs = tabs
        self._show_audit_tab()
        sync.runner.online_changed.connect(self._online_changed)
        sync.runner.sync_finished.connect(lambda _report: self.refresh_sync_status())
        sync.runner.sync_failed.connect(lambda _exc: self.refresh_sync_status())
        self.conflicts_view.conflicts_resolved.connect(lambda _n: self.refresh_sync_status())
        sync.runner.sync_finished.connect(lambda _report: self._conflicts_changed())
        sync.runner.sync_finished.connect(self.close_purged_records)  # retention (record_windows)
        return tabs

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda: self.open_editor(None))
        self.paper_action = QAction(self)
        self.paper_action.setObjectName("paper_form")
        self.paper_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.paper_action.triggered.connect(self.open_paper_form)
        self.blank_forms_action = QAction(self)
        self.blank_forms_action.setObjectName("blank_forms")
        self.blank_forms_action.setShortcut(QKeySequence.StandardKey.Print)
        self.blank_forms_action.triggered.connect(lambda: self.documents.blank_forms(self))
        self.export_action = QAction(self)
        self.export_action.setObjectName("export")
        self.export_action.triggered.connect(self.open_export)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.paper_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.blank_forms_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.sign_in_action = QAction(self)
        self.sign_in_action.setObjectName("sign_in")
        self.sign_in_action.triggered.connect(self.open_sign_in)
        self.sign_out_action = QAction(self)
        self.sign_out_action.setObjectName("sign_out")
        self.sign_out_action.triggered.connect(self.sign_out)
        # The demo store is synthetic: it must never be sent to a real server.
        self.sign_in_action.setEnabled(not self.workspace.demo)
        if self.sync is not None:
            self.file_menu.addAction(self.sign_in_action)
            self.file_menu.addAction(self.sign_out_action)
            self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.settings_menu = bar.addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == self.switcher.language)
            action.triggered.connect(lambda _on, c=code: self.switcher.apply(c, remember=True))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.switcher.language_changed.connect(self._language_switched)
        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.log_action = QAction(self)
        self.log_action.setObjectName("open_log_folder")
        self.log_action.triggered.connect(self.open_log_folder)
        self.help_menu.addAction(self.log_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.demo_label = QLabel(self)
        self.demo_label.setObjectName("demo_mark")
        font = QFont(self.demo_label.font())
        font.setBold(True)
        self.demo_label.setFont(font)
        self.demo_label.setStyleSheet("color: white; background: #b00020; padding: 0 6px;")
        self.demo_label.setVisible(self.workspace.demo)
        self.officer_label = QLabel(self)
        self.mission_label = QLabel(self)
        self.device_label = QLabel(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("worker_count")
        for label in (self.demo_label, self.officer_label, self.mission_label, self.device_label):
            bar.addWidget(label)
        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("connection")
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("pending_changes")
        self.last_sync_label = QLabel(self)
        self.last_sync_label.setObjectName("last_sync")
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("sync_problem_status")
        self.problem_label.setStyleSheet("color: #b00020;")
        if self.sync is not None:
            for label in (self.connection_label, self.pending_label, self.last_sync_label):
                bar.addPermanentWidget(label)
            bar.addWidget(self.problem_label, 1)
        bar.addPermanentWidget(self.count_label)

    # --- workers ------------------------------------------------------------------------

    def start(self) -> None:
        """Fill the list and count the workers (the count runs off the GUI thread)."""
        self.workers_view.load()
        self.refresh_count()
        self.refresh_sync_status()

    @property
    def worker_count(self) -> int | None:
        """The workers the status bar shows (None while they are being counted)."""
        return self._count

    def refresh_count(self) -> None:
        service = self.workspace.workers

        def shown(count: int) -> None:
            self._count = count
            self._update_count()

        run_task(lambda _progress: service.count(), on_done=shown)

    def closeEvent(self, event: QCloseEvent) -> None:
        windows: list[QWidget] = [*self.editors.values(), *self.plan_editors.values()]
        windows += list(self.worker_files.values())
        projects = self.pages[PROJECTS_ROW].view
        windows += list(getattr(projects, "editors", {}).values())
        for window in windows:
            if not window.close():
                event.ignore()
                return
        event.accept()

    # --- sync and sign-in ----------------------------------------------------------------

    def refresh_sync_status(self) -> None:
        """Read pending changes, last sync and last problem off the GUI thread; show them."""
        if self.sync is None:
            return
        read, signin = self.sync.read_status, self.sync.signin

        def shown(found: Any) -> None:
            self._sync_status, self._server_url = found
            self._show_sync_status()
            if self.sync_view is not None:
                self.sync_view.refresh()

        run_task(lambda _progress: (read(), signin.server_url()), on_done=shown)

    def _show_audit_tab(self) -> None:
        """The Audit tab is there for HQ analysts and administrators only."""
        if self.sync_tabs is not None and self.audit_view is not None:
            hq = self.workspace.actor().role in (Role.HQ_ANALYST, Role.ADMIN)
            self.sync_tabs.setTabVisible(self.sync_tabs.indexOf(self.audit_view), hq)

    def _online_changed(self, online: bool) -> None:
        self._online = online
        self._show_sync_status()

    def _show_sync_status(self) -> None:
        if self.sync is None:
            return
        from app.ui.views.sync_view import problem_text

        online = self._online
        if not self._server_url and self._sync_status is not None:
            self.connection_label.setText(self.tr("Not signed in"))
        elif online is None:
            self.connection_label.setText(self.tr("Not connected yet"))
        elif online:
            self.connection_label.setText(self.tr("Online"))
        else:
            self.connection_label.setText(self.tr("Offline"))
        status = self._sync_status
        if status is None:
            return
        self.pending_label.setText(self.tr("%n change(s) waiting to sync", "", status.pending))
        if status.last_success is None:
            self.last_sync_label.setText(self.tr("Never synced"))
        else:
            local = status.last_success.astimezone().replace(tzinfo=None)
            when = QLocale().toString(local, QLocale.FormatType.ShortFormat)
            self.last_sync_label.setText(self.tr("Last sync: {when}").format(when=when))
        problem = problem_text(status.last_problem)
        # the status bar has room for the first sentence; the whole one is in the tooltip
        self.problem_label.setText(_first_sentence(problem))
        self.problem_label.setToolTip(problem)

    def _conflicts_changed(self) -> None:
        if self.conflicts_view is not None:
            self.conflicts_view.refresh()

    def open_sign_in(self) -> SignInDialog | None:
        """Open the sign-in dialog (not modal); the person who signs in becomes the actor."""
        if self.sync is None:
            return None
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.raise_()
            self.sign_in_dialog.activateWindow()
            return self.sign_in_dialog
        from app.ui.dialogs.sign_in_dialog import SignInDialog

        dialog = SignInDialog(self.sync.signin, parent=self)
        dialog.setMinimumWidth(460)  # room for a whole server address
        dialog.signed_in.connect(self.signed_in)
        dialog.finished.connect(lambda *_: setattr(self, "sign_in_dialog", None))
        self.sign_in_dialog = dialog
        dialog.open()
        return dialog

    def signed_in(self, result: SignedIn) -> None:
        """`result.actor` works from now on; lists and counts are read again for them."""
        self.workspace.set_actor(result.actor)
        self._show_audit_tab()
        self.refresh_sync_status()  # the server address is known now
        self._update_status()
        self.workers_view.retranslate()  # the mission filter lists the new person's missions
        self.workers_view.refresh()
        self.refresh_count()
        for page in self.pages.values():  # what a view offers may depend on the role
            load = getattr(page.view, "load", None) or getattr(page.view, "refresh", None)
            if load is not None:
                load()
        if self.conflicts_view is not None:
            self.conflicts_view.refresh()
        if self.sync is not None:
            self.sync.runner.sync_now()

    def sign_out(self) -> None:
        """Forget the sign-in (telling the server when reachable, off the GUI thread)."""
        if self.sync is None:
            return
        service = self.sync.signin
        self.sync.runner.cancel()
        run_task(
            lambda _progress: service.sign_out(),
            on_done=lambda _r: self.statusBar().showMessage(self.tr("Signed out."), 5000),
            on_error=lambda _e: self.statusBar().showMessage(self.tr("Signed out."), 5000),
        )

    # --- language and status ------------------------------------------------------------

    def _language_switched(self, code: str) -> None:
        for lang, action in self.language_actions.items():
            action.setChecked(lang == code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        title = "Puente"
        if self.workspace.demo:
            title += " – " + self.tr("DEMO (synthetic data, not real workers)")
        self.setWindowTitle(title)
        for row, (name, _text) in enumerate(SECTIONS):
            self.nav.item(row).setText(QCoreApplication.translate(CONTEXT, name))
        if self.sync_tabs is not None:
            self.sync_tabs.setTabText(0, self.tr("Sync"))
            self.sync_tabs.setTabText(1, self.tr("Conflicts"))
            if self.audit_view is not None:
                index = self.sync_tabs.indexOf(self.audit_view)
                self.sync_tabs.setTabText(index, self.tr("Audit"))
        self.sign_in_action.setText(self.tr("Sign &in to the server…"))
        self.sign_in_action.setToolTip(
            self.tr("The demo data never leaves this laptop: sign in from the real store.")
            if self.workspace.demo
            else ""
        )
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New worker"))
        self.paper_action.setText(self.tr("Type in a &paper form…"))
        self.blank_forms_action.setText(self.tr("Print blank intake forms…"))
        self.export_action.setText(self.tr("Export…"))
        self.log_action.setText(self.tr("Open the &log folder"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Puente"))
        self.demo_label.setText(self.tr("DEMO"))
        self._update_status()

    def _update_status(self) -> None:
        actor = self.workspace.actor()
        profile_mission = actor.home_mission
        missions = ", ".join(actor.missions) if self.workspace.demo else profile_mission
        self.officer_label.setText(self.tr("Officer: {name}").format(name=actor.display_name))
        self.mission_label.setText(self.tr("Mission: {mission}").format(mission=missions))
        self.mission_label.setToolTip(labels.mission_label(profile_mission))
        self.device_label.setText(self.tr("Device: {tag}").format(tag=actor.device_tag))
        self._update_count()
        self._show_sync_status()

    def _update_count(self) -> None:
        if self._count is None:
            self.count_label.setText(self.tr("Counting workers…"))
        else:
            # %Ln: the count with the locale's digit grouping (200,000 / 200 000)
            self.count_label.setText(
                QCoreApplication.translate("MainWindow", "%Ln worker(s)", None, self._count)
            )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Puente"),
            self.tr(
                "Puente {version}\nCase management for labour mobility programmes, "
                "working offline first."
            ).format(version=__version__),
        )


def _first_sentence(text: str) -> str:
    head, dot, _rest = text.partition(". ")
    return head + dot.strip() if dot else text
