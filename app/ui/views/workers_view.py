"""The Workers section: search as you type, the lazy sorted list, new / open / archive."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceError
from app.services.workers import SEARCH_CAP
from app.services.workspace import WorkerService
from app.ui import labels
from app.ui.filters import ChoiceFilter, MissionFilter, SinceFilter, StageFilter
from app.ui.i18n import qt_tr
from app.ui.labels import choices
from app.ui.qmodels.worker_table_model import (
    COL_NAME,
    COL_STAGE,
    ArchivedRole,
    WorkerIdRole,
    WorkerTableModel,
)

SEARCH_DELAY_MS = 150
COLUMN_WIDTHS = (120, 220, 60, 140, 110, 150, 140)


class WorkerTable(QTableView):
    """The list; Enter opens the selected worker like a double-click."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class WorkersView(QWidget):
    """Lists workers through the model; opening and creating are handed to `open_editor`."""

    def __init__(
        self,
        service: WorkerService,
        *,
        open_editor: Callable[[uuid.UUID | None], None],
        missions: Callable[[], tuple[str, ...]] = tuple,
        page_size: int = 200,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._open_editor = open_editor
        self.mission_filter = MissionFilter(missions, self)
        self.stage_filter = StageFilter(self)
        self.status_filter = ChoiceFilter(
            "status_filter",
            lambda: self.tr("Active and closed"),
            lambda: labels.choices("status"),
            self,
        )
        self.changed_since = SinceFilter(self)
        for combo in (self.mission_filter, self.stage_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_search())
        self.changed_since.changed.connect(self.apply_search)
        self.model = WorkerTableModel(service, page_size=page_size, parent=self)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.show_archived = QCheckBox(self)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_worker")
        self.archive_button = QPushButton(self)
        self.archive_button.setObjectName("archive")
        self.capped_label = QLabel(self)
        self.capped_label.setObjectName("capped")
        self.capped_label.setWordWrap(True)
        self.capped_label.hide()
        self.table = WorkerTable(self)
        self._setup_table()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.show_archived.toggled.connect(lambda _on: self.apply_search())
        self.new_button.clicked.connect(lambda: self._open_editor(None))
        self.archive_button.clicked.connect(self.toggle_archived)
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_requested.connect(self._open_index)
        self.model.query_changed.connect(self._after_query)
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
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self.model.sort)
        header.setSectionsClickable(True)
        self._fit_columns()
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_archived)
        bar.addWidget(self.archive_button)
        bar.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.mission_filter)
        filters.addWidget(self.stage_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.changed_since)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.capped_label)
        layout.addWidget(self.table, 1)

    # --- list ---------------------------------------------------------------------------

    def load(self) -> None:
        """Show the first page (called once the window is up)."""
        self.model.set_query(self.model.query)

    def apply_search(self) -> None:
        """Run the search now (the box calls this 150 ms after the last keystroke)."""
        self._timer.stop()
        query = replace(
            self.model.query,
            text=self.search.text(),
            include_archived=self.show_archived.isChecked(),
            mission=self.mission_filter.value(),
            stage=self.stage_filter.value(),
            status=self.status_filter.value(),
            changed_since=self.changed_since.value(),
        )
        self.model.set_query(query)

    def refresh(self, keep: uuid.UUID | None = None) -> None:
        """Read the list again (after a save), keeping `keep` selected when it is shown."""
        self.model.reload()
        if keep is not None:
            self.select_worker(keep)

    def select_worker(self, worker_id: uuid.UUID) -> bool:
        row = self.model.row_of(worker_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        value = self.model.data(index, WorkerIdRole)
        return value if isinstance(value, uuid.UUID) else None

    def _after_query(self) -> None:
        self.capped_label.setVisible(self.model.capped)
        self._update_buttons()

    def _open_index(self, index: QModelIndex) -> None:
        worker_id = self.model.data(index, WorkerIdRole)
        if isinstance(worker_id, uuid.UUID):
            self._open_editor(worker_id)

    # --- archive ------------------------------------------------------------------------

    def _selected_archived(self) -> bool:
        index = self.table.currentIndex()
        return bool(index.isValid() and self.model.data(index, ArchivedRole))

    def toggle_archived(self) -> None:
        """Archive the selected worker (or restore it when it is archived)."""
        worker_id = self.selected_id()
        if worker_id is None:
            return
        try:
            if self._selected_archived():
                self._service.restore(worker_id)
            else:
                self._service.archive(worker_id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), exc.message.render(qt_tr))
            return
        self.refresh(keep=worker_id)

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        self.archive_button.setEnabled(selected)
        archived = selected and self._selected_archived()
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))

    # --- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search by name, case code or ID number (accents not needed)")
        )
        self.show_archived.setText(self.tr("Show archived"))
        for combo in (self.mission_filter, self.stage_filter, self.status_filter):
            combo.refill()
        self.changed_since.retranslate(self.tr("Changed since:"))
        self.new_button.setText(self.tr("New worker"))
        self.capped_label.setText(
            self.tr("More than {count} matches: keep typing to narrow the list.").format(
                count=QLocale().toString(SEARCH_CAP)
            )
        )
        self._update_buttons()
        self.model.retranslate()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Wide enough for the data and for the header in the current language."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        stage_text = max(
            (metrics.horizontalAdvance(label) for _, label in choices("migration_stage")),
            default=0,
        )
        for column, width in enumerate(COLUMN_WIDTHS):
            wanted = max(width, header.sectionSizeHint(column) + 8)
            if column == COL_STAGE:  # "Trabajando en el extranjero" must not be cut
                wanted = max(wanted, stage_text + 16)
            self.table.setColumnWidth(column, wanted)
