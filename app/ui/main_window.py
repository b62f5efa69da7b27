"""The main window: navigation between sections, menus, and the status bar."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.i18n_marks import QT_TRANSLATE_NOOP
from app.services.workspace import Workspace
from app.ui import labels
from app.ui.i18n import LANGUAGE_NAMES, LanguageSwitcher
from app.ui.tasks import run_task
from app.ui.views.placeholder_view import PlaceholderView
from app.ui.views.workers_view import WorkersView

if TYPE_CHECKING:  # the editor (and its rules) load when first opened, not at start-up
    from app.ui.dialogs.worker_editor import WorkerEditor

CONTEXT = "MainWindow"
# (section name, sentence for a section that comes later; "" = built)
SECTIONS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("MainWindow", "Workers"), ""),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Courses"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Coming with the training work: the course catalogue, enrolments, attendance "
            "and certificates.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Plans"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Coming with the reintegration work: reintegration plans, their milestones "
            "and their approval.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Community projects"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Coming with the remittances work: community projects and what workers "
            "contribute to them.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Follow-ups"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Coming with the case notes work: interviews, calls, visits and follow-up dates.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Reports"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Coming with the reports work: worker records, certificates, indicators and exports.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Sync"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Coming with the sync work: sending and receiving changes with the central "
            "server. Until then, every record stays on this computer.",
        ),
    ),
)


class MainWindow(QMainWindow):
    """Holds the sections; every dependency comes through the constructor."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        switcher: LanguageSwitcher,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.switcher = switcher
        self.editors: dict[uuid.UUID | None, WorkerEditor] = {}
        self._count: int | None = None
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget(self)
        self.workers_view = WorkersView(workspace.workers, open_editor=self.open_editor)
        self.stack.addWidget(self.workers_view)
        for title, text in SECTIONS[1:]:
            self.stack.addWidget(PlaceholderView(CONTEXT, title, text))
        for _ in SECTIONS:
            self.nav.addItem("")
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
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

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda: self.open_editor(None))
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.new_action)
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
        bar.addPermanentWidget(self.count_label)

    # --- workers ------------------------------------------------------------------------

    def start(self) -> None:
        """Fill the list and count the workers (the count runs off the GUI thread)."""
        self.workers_view.load()
        self.refresh_count()

    def refresh_count(self) -> None:
        service = self.workspace.workers

        def shown(count: int) -> None:
            self._count = count
            self._update_count()

        run_task(lambda _progress: service.count(), on_done=shown)

    def open_editor(self, worker_id: uuid.UUID | None) -> WorkerEditor:
        """Open (or bring forward) the editor of `worker_id`; None makes a new worker."""
        existing = self.editors.get(worker_id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        from app.ui.dialogs.worker_editor import WorkerEditor

        actor = self.workspace.actor()
        editor = WorkerEditor(
            self.workspace.workers,
            worker_id=worker_id,
            missions=actor.missions,
            officer_name=actor.display_name,
            parent=self,
        )
        editor.setWindowFlag(Qt.WindowType.Window, True)
        key: list[uuid.UUID | None] = [worker_id]

        def saved(saved_id: uuid.UUID) -> None:
            if key[0] is None:  # a new worker now has an id
                self.editors.pop(None, None)
                key[0] = saved_id
                self.editors[saved_id] = editor
            self.workers_view.refresh(keep=saved_id)
            self.refresh_count()

        editor.worker_saved.connect(saved)
        editor.destroyed.connect(lambda *_: self.editors.pop(key[0], None))
        editor.finished.connect(lambda *_: self.editors.pop(key[0], None))
        self.editors[worker_id] = editor
        editor.show()
        return editor

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self.editors.values()):
            if not editor.close():
                event.ignore()
                return
        event.accept()

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
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New worker"))
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
