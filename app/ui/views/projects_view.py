"""The Community projects section: projects per community with progress bars to their goals."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import ProjectStatus
from app.services.context import Actor
from app.services.workspace import ProjectService, RemittanceService, WorkerService
from app.ui.dialogs.project_editor import ProjectEditor
from app.ui.filters import MissionFilter, SinceFilter
from app.ui.qmodels.project_table_model import (
    COL_PROGRESS,
    COL_TITLE,
    STATUS_CONTEXT,
    STATUS_LABELS,
    PercentRole,
    ProjectIdRole,
    ProjectTableModel,
)
from app.ui.views.workers_view import WorkerTable

SEARCH_DELAY_MS = 150
COLUMN_WIDTHS = (200, 160, 60, 100, 120, 120, 140, 90)


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a bar towards the goal (full at 100 % and beyond)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        percent = index.data(PercentRole)
        if not isinstance(percent, float):
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum = 0
        bar.maximum = 1000
        bar.progress = min(int(percent * 10), 1000)
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bar.textVisible = True
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)


class ProjectsView(QWidget):
    """Lists community projects; New and double-click open the project editor."""

    project_saved = Signal(object)  # uuid.UUID

    def __init__(
        self,
        projects: ProjectService,
        workers: WorkerService,
        remittances: RemittanceService,
        actor: Callable[[], Actor],
        parent: QWidget | None = None,
        *,
        page_size: int = 200,
    ) -> None:
        super().__init__(parent)
        self._projects = projects
        self._workers = workers
        self._remittances = remittances
        self._actor = actor
        self.mission_filter = MissionFilter(lambda: self._actor().missions, self)
        self.mission_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.since_filter = SinceFilter(self)
        self.since_filter.changed.connect(self.apply_filters)
        self.editors: dict[uuid.UUID | None, ProjectEditor] = {}
        self.model = ProjectTableModel(projects, page_size=page_size, parent=self)
        self.community = QLineEdit(self)
        self.community.setObjectName("community_filter")
        self.community.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("status_filter")
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.activated.connect(lambda _i: self.apply_filters())
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_project")
        self.new_button.clicked.connect(lambda: self.open_project(None))
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_project")
        self.open_button.clicked.connect(self._open_selected)
        self.status_caption = QLabel(self)
        self.status_caption.setBuddy(self.status_filter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.community.textChanged.connect(lambda _t: self._timer.start())
        self.table = WorkerTable(self)
        self.table.setObjectName("projects")
        self._setup_table()
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_requested.connect(self._open_index)
        self.model.query_changed.connect(self._update_buttons)
        bar = QHBoxLayout()
        bar.addWidget(self.community, 1)
        bar.addWidget(self.status_caption)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.open_button)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()  # a second row: the first stays readable in French
        filters.addWidget(self.mission_filter)
        filters.addWidget(self.since_filter)
        filters.addStretch(1)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setItemDelegateForColumn(COL_PROGRESS, ProgressDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(COL_TITLE, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self.model.sort)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # --- list ---------------------------------------------------------------------------

    def load(self) -> None:
        """Read the first page again for the person acting now (start-up, after sign-in)."""
        self.model.reload()
        self._update_buttons()

    def apply_filters(self) -> None:
        self._timer.stop()
        status = self.status_filter.currentData()
        query = replace(
            self.model.query,
            community=self.community.text(),
            mission=self.mission_filter.value(),
            starts_from=self.since_filter.value(),
            status=ProjectStatus(status) if status else None,
        )
        self.model.set_query(query)

    def refresh(self, keep: uuid.UUID | None = None) -> None:
        self.model.reload()
        if keep is not None:
            row = self.model.row_of(keep)
            if row >= 0:
                self.table.selectRow(row)

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        value = self.model.data(index, ProjectIdRole)
        return value if isinstance(value, uuid.UUID) else None

    # --- opening ------------------------------------------------------------------------

    def open_project(self, project_id: uuid.UUID | None) -> ProjectEditor:
        """Open (or raise) a project's editor; None: a new project."""
        if project_id in self.editors:
            editor = self.editors[project_id]
            editor.raise_()
            editor.activateWindow()
            return editor
        editor = ProjectEditor(
            self._projects,
            self._workers,
            self._remittances,
            self._actor,
            project_id=project_id,
            parent=self.window(),
        )
        editor.setWindowFlag(Qt.WindowType.Window, True)
        editor.project_saved.connect(self._editor_saved)
        self.editors[project_id] = editor
        editor.finished.connect(lambda _r=0, e=editor: self._forget(e))
        editor.show()
        return editor

    def _editor_saved(self, project_id: uuid.UUID) -> None:
        editor = self.sender()
        if isinstance(editor, ProjectEditor):
            self._forget(editor)
            self.editors[project_id] = editor
        self.refresh(keep=project_id)
        self.project_saved.emit(project_id)

    def _forget(self, editor: ProjectEditor) -> None:
        for key, value in list(self.editors.items()):
            if value is editor:
                del self.editors[key]

    def _open_index(self, index: QModelIndex) -> None:
        project_id = self.model.data(index, ProjectIdRole)
        if isinstance(project_id, uuid.UUID):
            self.open_project(project_id)

    def _open_selected(self) -> None:
        project_id = self.selected_id()
        if project_id is not None:
            self.open_project(project_id)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_id() is not None)
        actor = self._actor()
        self.new_button.setEnabled(any(actor.may_write(m) for m in actor.missions))

    # --- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.mission_filter.refill()
        self.since_filter.retranslate(self.tr("Starting from:"))
        self.community.setPlaceholderText(self.tr("Filter by community"))
        self.status_caption.setText(self.tr("&Status"))
        current = self.status_filter.currentData()
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for value, text in STATUS_LABELS.items():
            self.status_filter.addItem(
                QCoreApplication.translate(STATUS_CONTEXT, text), value.value
            )
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(current), 0))
        self.new_button.setText(self.tr("New project"))
        self.open_button.setText(self.tr("Open project"))
        self._update_buttons()
        self.model.retranslate()
        self._fit_columns()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        status = max(
            metrics.horizontalAdvance(self.status_filter.itemText(i))
            for i in range(1, self.status_filter.count())
        )
        for column, width in enumerate(COLUMN_WIDTHS):
            wanted = max(width, header.sectionSizeHint(column) + 8)
            if column == 3:
                wanted = max(wanted, status + 16)
            self.table.setColumnWidth(column, wanted)
