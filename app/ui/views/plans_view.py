"""The Plans section: every reintegration plan of my missions, filtered, opened in the editor."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import PlanKind, PlanStatus, Role
from app.services.context import Actor
from app.services.workspace import PlanService, WorkerService
from app.ui.dialogs.plan_editor import PlanEditor, PlanHistory, next_due
from app.ui.filters import MissionFilter, SinceFilter, StageFilter
from app.ui.qmodels.plan_table_model import (
    COL_WORKER,
    KIND_LABELS,
    LABELS,
    STATUS_LABELS,
    PlanIdRole,
    PlanTableModel,
    WorkerIdRole,
)
from app.ui.tasks import run_task
from app.ui.views.workers_view import WorkerTable

log = logging.getLogger(__name__)
OpenPlan = Callable[[uuid.UUID | None, uuid.UUID | None], PlanEditor]
COLUMN_WIDTHS = (120, 200, 120, 200, 100, 130, 130)


class PlansView(QWidget):
    """Lists plans through the model; double-click (or Enter) opens the plan editor."""

    open_worker = Signal(object)  # uuid.UUID of a worker
    print_requested = Signal(str, object)  # re-emitted from the editors: ("plan", plan id)
    plan_saved = Signal(object)  # uuid.UUID

    def __init__(
        self,
        plans: PlanService,
        workers: WorkerService,
        actor: Callable[[], Actor],
        parent: QWidget | None = None,
        *,
        page_size: int = 200,
        history: PlanHistory | None = None,
        open_plan: OpenPlan | None = None,
    ) -> None:
        """`open_plan`: the window's own opener (one editor per plan across the app, the
        worker file's too); without it this view opens and keeps its editors itself."""
        super().__init__(parent)
        self._history = history
        self._open_plan = open_plan
        self._plans = plans
        self._workers = workers
        self._actor = actor
        self.mission_filter = MissionFilter(lambda: self._actor().missions, self)
        self.mission_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.stage_filter = StageFilter(self)
        self.stage_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.since_filter = SinceFilter(self)
        self.since_filter.changed.connect(self.apply_filters)
        self.editors: dict[uuid.UUID, PlanEditor] = {}
        self.model = PlanTableModel(plans, page_size=page_size, parent=self)
        self.model.rows_added.connect(self._read_next_due)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("status_filter")
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kind_filter")
        for combo in (self.status_filter, self.kind_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(lambda _i: self.apply_filters())
        self.awaiting = QPushButton(self)
        self.awaiting.setObjectName("awaiting_approval")
        self.awaiting.setCheckable(True)
        self.awaiting.toggled.connect(lambda _on: self.apply_filters())
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_plan")
        self.open_button.clicked.connect(self._open_selected)
        self.worker_button = QPushButton(self)
        self.worker_button.setObjectName("open_worker")
        self.worker_button.clicked.connect(self._open_selected_worker)
        self.count_label = QLabel(self)
        self.table = WorkerTable(self)
        self.table.setObjectName("plans")
        self._setup_table()
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_requested.connect(self._open_index)
        self.model.query_changed.connect(self._update_buttons)
        self._layout()
        self.retranslate()

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(COL_WORKER, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self.model.sort)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def _layout(self) -> None:
        bar = QHBoxLayout()
        self.status_caption = QLabel(self)
        self.status_caption.setBuddy(self.status_filter)
        self.kind_caption = QLabel(self)
        self.kind_caption.setBuddy(self.kind_filter)
        for widget in (self.status_caption, self.status_filter, self.kind_caption):
            bar.addWidget(widget)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.awaiting)
        bar.addStretch(1)
        bar.addWidget(self.worker_button)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()  # a second row: the first stays readable in French
        filters.addWidget(self.mission_filter)
        filters.addWidget(self.stage_filter)
        filters.addWidget(self.since_filter)
        filters.addStretch(1)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    # --- list ---------------------------------------------------------------------------

    def load(self) -> None:
        """Read the first page again for the person acting now (start-up, after sign-in)."""
        self._update_role()
        self.model.reload()

    def apply_filters(self) -> None:
        awaiting = self.awaiting.isChecked() and not self.awaiting.isHidden()
        self.status_filter.setEnabled(not awaiting)
        status = PlanStatus.SUBMITTED if awaiting else self.status_filter.currentData()
        kind = self.kind_filter.currentData()
        query = replace(
            self.model.query,
            status=PlanStatus(status) if status else None,
            mission=self.mission_filter.value(),
            stage=self.stage_filter.value(),
            updated_from=self.since_filter.value(),
            kind=PlanKind(kind) if kind else None,
        )
        self.model.set_query(query)

    def refresh(self, keep: uuid.UUID | None = None) -> None:
        """Read the list again (after a save), keeping `keep` selected when shown."""
        self.model.reload()
        if keep is not None:
            row = self.model.row_of(keep)
            if row >= 0:
                self.table.selectRow(row)

    def _read_next_due(self, plan_ids: list[uuid.UUID]) -> None:
        """Each plan's next milestone due date, read off the GUI thread."""
        if not plan_ids or self.model.rows_carry_next_due:
            return
        plans = self._plans

        def work(_progress: object) -> dict[uuid.UUID, date | None]:
            return {pid: next_due(plans.get(pid)) for pid in plan_ids}

        run_task(
            work,
            on_done=self.model.set_next_due,
            on_error=lambda exc: log.warning("next due dates not read: %s", type(exc).__name__),
        )

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        value = self.model.data(index, PlanIdRole)
        return value if isinstance(value, uuid.UUID) else None

    # --- opening ------------------------------------------------------------------------

    def open_plan(
        self, plan_id: uuid.UUID | None, worker_id: uuid.UUID | None = None
    ) -> PlanEditor:
        """Open (or raise) the editor of a plan; `plan_id` None: a new plan for `worker_id`."""
        if self._open_plan is not None:
            return self._open_plan(plan_id, worker_id)
        if plan_id is not None and plan_id in self.editors:
            editor = self.editors[plan_id]
            editor.refresh()  # the person acting may have changed since it opened
            editor.raise_()
            editor.activateWindow()
            return editor
        editor = PlanEditor(
            self._plans,
            self._workers,
            self._actor,
            plan_id=plan_id,
            worker_id=worker_id,
            parent=self.window(),
            history=self._history,
        )
        editor.setWindowFlag(Qt.WindowType.Window, True)
        editor.plan_saved.connect(self._editor_saved)
        editor.print_requested.connect(self.print_requested)
        if plan_id is not None:
            self.editors[plan_id] = editor
        editor.finished.connect(lambda _r=0, e=editor: self._forget(e))
        editor.show()
        return editor

    def _editor_saved(self, plan_id: uuid.UUID) -> None:
        editor = self.sender()
        if isinstance(editor, PlanEditor):
            self.editors[plan_id] = editor
        self.refresh(keep=plan_id)
        self.plan_saved.emit(plan_id)

    def _forget(self, editor: PlanEditor) -> None:
        for key, value in list(self.editors.items()):
            if value is editor:
                del self.editors[key]

    def _open_index(self, index: QModelIndex) -> None:
        plan_id = self.model.data(index, PlanIdRole)
        if isinstance(plan_id, uuid.UUID):
            self.open_plan(plan_id)

    def _open_selected(self) -> None:
        plan_id = self.selected_id()
        if plan_id is not None:
            self.open_plan(plan_id)

    def _open_selected_worker(self) -> None:
        index = self.table.currentIndex()
        worker_id = self.model.data(index, WorkerIdRole) if index.isValid() else None
        if isinstance(worker_id, uuid.UUID):
            self.open_worker.emit(worker_id)

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        self.open_button.setEnabled(selected)
        self.worker_button.setEnabled(selected)
        self.count_label.setText(
            QCoreApplication.translate("PlansView", "%n plan(s) shown", None, self.model.rowCount())
            + ("+" if self.model.canFetchMore(QModelIndex()) else "")
        )

    def _update_role(self) -> None:
        """Approving is the supervisors' work: only they get the quick filter."""
        supervisor = self._actor().role == Role.SUPERVISOR
        self.awaiting.setVisible(supervisor)
        if not supervisor and self.awaiting.isChecked():
            self.awaiting.setChecked(False)

    # --- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.mission_filter.refill()
        self.stage_filter.refill()
        self.since_filter.retranslate(self.tr("Changed since:"))
        self.status_caption.setText(self.tr("&Status"))
        self.kind_caption.setText(self.tr("&Kind"))
        self._fill(self.status_filter, self.tr("All statuses"), STATUS_LABELS)
        self._fill(self.kind_filter, self.tr("All kinds"), KIND_LABELS)
        self.awaiting.setText(self.tr("Awaiting approval"))
        self.awaiting.setToolTip(self.tr("Plans submitted and waiting for a supervisor"))
        self.open_button.setText(self.tr("Open plan"))
        self.worker_button.setText(self.tr("Open worker file"))
        self._update_role()
        self._update_buttons()
        self.model.retranslate()
        self._fit_columns()

    @staticmethod
    def _fill(combo: QComboBox, everything: str, labels: Mapping[Any, str]) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(everything, "")
        for value, text in labels.items():
            combo.addItem(QCoreApplication.translate(LABELS, text), value.value)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        longest = {
            2: max(metrics.horizontalAdvance(self.kind_filter.itemText(i)) for i in range(1, 5)),
            4: max(metrics.horizontalAdvance(self.status_filter.itemText(i)) for i in range(1, 7)),
        }
        for column, width in enumerate(COLUMN_WIDTHS):
            wanted = max(width, header.sectionSizeHint(column) + 8, longest.get(column, 0) + 16)
            self.table.setColumnWidth(column, wanted)
