"""The Worker file window: one worker's profile, journey, training, plans, money, notes, history."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from app.models import full_name
from app.services.context import ServiceError
from app.services.worker_file import WorkerFile
from app.services.workspace import Workspace
from app.ui import labels
from app.ui.tasks import run_task
from app.ui.worker_file.common import ERROR_STYLE, Retranslating, render
from app.ui.worker_file.history_tab import HistoryTab
from app.ui.worker_file.journey_tab import JourneyTab
from app.ui.worker_file.notes_tab import NotesTab
from app.ui.worker_file.plans_tab import OpenPlan, PlansTab
from app.ui.worker_file.profile_tab import ProfileTab
from app.ui.worker_file.remittances_tab import RemittancesTab
from app.ui.worker_file.training_tab import TrainingTab

PRINT_KIND = "worker_record"


@dataclass(frozen=True)
class LoadedFile:
    """What one background read brings back for the window."""

    file: WorkerFile
    attendance: dict[uuid.UUID, tuple[int, Decimal]] = field(default_factory=dict)
    project_titles: dict[uuid.UUID, str] = field(default_factory=dict)


def read_file(workspace: Workspace, worker_id: uuid.UUID) -> LoadedFile:
    """The worker file plus attendance per enrolment and linked project titles (off the GUI)."""
    file = workspace.worker_file.open(worker_id)
    attendance: dict[uuid.UUID, tuple[int, Decimal]] = {}
    for row in file.enrolments:
        sessions = workspace.training.attendance(row.enrolment.id)
        present = [s for s in sessions if s.present]
        attendance[row.enrolment.id] = (len(present), sum((s.hours for s in present), Decimal()))
    project_ids = {r.community_project_id for r in file.remittances if r.community_project_id}
    titles: dict[uuid.UUID, str] = {}
    for project_id in project_ids:
        try:
            titles[project_id] = workspace.projects.get(project_id).title
        except ServiceError:
            continue
    return LoadedFile(file, attendance, titles)


class WorkerFileWindow(QWidget):
    """One screen per worker. Every action goes through the services, then the file is read
    again in the background and `worker_changed` tells the lead to refresh lists."""

    worker_changed = Signal(object)  # uuid.UUID
    print_requested = Signal(str, object)  # kind, uuid.UUID
    file_loaded = Signal()

    def __init__(
        self,
        workspace: Workspace,
        worker_id: uuid.UUID,
        *,
        open_editor: Callable[[uuid.UUID], None],
        open_plan: OpenPlan,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("worker_file")
        self._ws = workspace
        self.worker_id = worker_id
        self.file: WorkerFile | None = None
        self._stale = False
        self._loading = False
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subheading = QLabel(self)
        self.subheading.setObjectName("subheading")
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print_record")
        self.print_button.clicked.connect(self.request_print)
        self.profile = ProfileTab(lambda wid: self._hand_over(open_editor, wid), self)
        self.journey = JourneyTab(workspace, self)
        self.training = TrainingTab(workspace, self)
        self.plans = PlansTab(lambda pid, wid: self._hand_over(open_plan, pid, wid), self)
        self.remittances = RemittancesTab(workspace, self)
        self.notes = NotesTab(workspace.notes, self)
        self.history = HistoryTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        for tab in self._tab_widgets():
            self.tabs.addTab(tab, "")
        for tab in (self.journey, self.training, self.remittances, self.notes):
            tab.changed.connect(self._after_change)
        self._layout()
        self._shortcuts()
        self.retranslate()
        self.resize(1240, 720)
        self.reload()

    def _tab_widgets(self) -> tuple[QWidget, ...]:
        return (
            self.profile,
            self.journey,
            self.training,
            self.plans,
            self.remittances,
            self.notes,
            self.history,
        )

    def _layout(self) -> None:
        top = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.heading)
        names.addWidget(self.subheading)
        top.addLayout(names, 1)
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

    def _shortcuts(self) -> None:
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.close)
        printing = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        printing.activated.connect(self.request_print)
        for i in range(len(self._tab_widgets())):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.activated.connect(lambda i=i: self.tabs.setCurrentIndex(i))

    # --- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the whole file again in the background; the tabs fill when it arrives."""
        self._stale = False
        self._loading = True
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Reading the file…"))
        self.status.show()
        workspace, worker_id = self._ws, self.worker_id
        run_task(
            lambda _p: read_file(workspace, worker_id),
            on_done=self._loaded,
            on_error=self._failed,
        )

    @property
    def loading(self) -> bool:
        return self._loading

    def _loaded(self, loaded: LoadedFile) -> None:
        if not Shiboken.isValid(self):  # closed while reading
            return
        self._loading = False
        self.file = loaded.file
        self.status.hide()
        editable = self.may_change(loaded.file)
        for tab in self._tab_widgets():
            if isinstance(tab, Retranslating):
                tab.editable = editable
        self.profile.set_worker(loaded.file.worker)
        self.journey.set_file(loaded.file)
        self.training.set_file(loaded.file, loaded.attendance)
        self.plans.set_file(loaded.file)
        self.remittances.set_file(loaded.file, loaded.project_titles)
        self.notes.set_file(loaded.file)
        self.history.set_lines(loaded.file.history)
        self._update_heading()
        self.file_loaded.emit()

    def _failed(self, error: BaseException) -> None:
        if not Shiboken.isValid(self):
            return
        self._loading = False
        text = (
            render(error.message)
            if isinstance(error, ServiceError)
            else self.tr("The file could not be read. Close it and try again.")
        )
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)
        self.status.show()
        self.file_loaded.emit()

    def may_change(self, file: WorkerFile) -> bool:
        """Whether the signed-in person may change this file (the services check it too)."""
        worker = file.worker
        return worker.archived_at is None and self._ws.actor().may_write(worker.mission_id)

    def _after_change(self) -> None:
        self.worker_changed.emit(self.worker_id)
        self.reload()

    def _hand_over(self, callback: Callable[..., None], *args: object) -> None:
        """Another window edits something of this worker: read the file again on return."""
        self._stale = True
        callback(*args)

    def request_print(self) -> None:
        self.print_requested.emit(PRINT_KIND, self.worker_id)

    # --- events -------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self._stale and not self._loading:
            self.reload()
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        titles = (
            self.tr("&Profile"),
            self.tr("&Journey"),
            self.tr("&Training"),
            self.tr("P&lans"),
            self.tr("Re&mittances"),
            self.tr("&Notes and follow-ups"),
            self.tr("&History"),
        )
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        self.print_button.setText(self.tr("Print &record…"))
        self._update_heading()

    def _update_heading(self) -> None:
        if self.file is None:
            self.heading.setText(self.tr("Worker file"))
            self.subheading.setText("")
            self.setWindowTitle(self.tr("Worker file") + " – Puente")
            return
        w = self.file.worker
        name = full_name(w.given_names, w.first_family_name, w.second_family_name)
        self.heading.setText(f"{name} · {w.case_code}")
        parts = [
            labels.mission_label(w.mission_id),
            labels.value_label("migration_stage", w.migration_stage),
            labels.value_label("status", w.status),
        ]
        if w.archived_at is not None:
            parts.append(self.tr("Archived: restore the worker to change the file"))
        elif not self.may_change(self.file):
            parts.append(self.tr("Read only"))
        self.subheading.setText(" · ".join(parts))
        self.setWindowTitle(self.tr("{name} – Worker file").format(name=name) + " – Puente")
