"""The Follow-ups section: open follow-ups of case notes, overdue / this week / later."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Role
from app.services.context import Actor, ServiceError
from app.services.followups import FollowUpFilter, FollowUpRow, FollowUpView
from app.services.lists import FollowUpBucket, FollowUpQuery, Page
from app.services.workspace import FollowUpService, NoteService
from app.ui.i18n import qt_tr
from app.ui.qmodels.followup_table_model import FollowUpRole, FollowUpTableModel
from app.ui.tasks import Progress, Task, run_task


@dataclass(frozen=True)
class _Read:
    """What one refresh read: the counts, the other officers, the first page of each group."""

    view: FollowUpView
    authors: list[str]
    pages: list[tuple[FollowUpQuery, Page[FollowUpRow]]]


BUCKETS = (FollowUpBucket.OVERDUE, FollowUpBucket.THIS_WEEK, FollowUpBucket.LATER)
COLUMN_WIDTHS = (100, 80, 200, 130, 100, 110, 160)
ME, ALL = "\x00me", "\x00all"  # officer filter entries that are not user names


class FollowUpsView(QWidget):
    """Three tabs of follow-ups with their counts; mark done, open the worker."""

    open_worker = Signal(object)  # uuid.UUID
    counts_changed = Signal(int, int, int)  # overdue, this week, later
    refreshed = Signal()  # the lists and counts on screen were read again

    def __init__(
        self,
        followups: FollowUpService,
        notes: NoteService,
        actor: Callable[[], Actor],
        parent: QWidget | None = None,
        *,
        page_size: int = 200,
    ) -> None:
        super().__init__(parent)
        self._followups = followups
        self._notes = notes
        self._actor = actor
        self.today: date | None = None
        self._generation = 0
        self.counts = (0, 0, 0)
        self._authors: list[str] = []
        self.officer = QComboBox(self)
        self.officer.setObjectName("officer_filter")
        self.officer_label = QLabel(self)
        self.officer_label.setBuddy(self.officer)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("mark_done")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_worker")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("groups")
        self.models: list[FollowUpTableModel] = []
        self.tables: list[QTableView] = []
        for _bucket in BUCKETS:
            model = FollowUpTableModel(followups, page_size=page_size, parent=self)
            table = self._table(model)
            self.models.append(model)
            self.tables.append(table)
            self.tabs.addTab(table, "")
        bar = QHBoxLayout()
        bar.addWidget(self.officer_label)
        bar.addWidget(self.officer)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        self.officer.activated.connect(lambda _i: self.refresh())
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        self.done_button.clicked.connect(self.mark_done)
        self.open_button.clicked.connect(self._open_selected)
        self._fill_officers()
        self.retranslate()

    def _table(self, model: FollowUpTableModel) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.doubleClicked.connect(self._open_index)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        return table

    # --- reading ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # notes may have been added in a worker file meanwhile
        super().showEvent(event)

    def may_see_all(self) -> bool:
        return self._actor().role != Role.FIELD_OFFICER

    def author(self) -> str | None:
        """The officer whose follow-ups are shown (None: every officer)."""
        chosen = self.officer.currentData()
        if chosen == ALL:
            return None
        if chosen in (ME, None):
            return self._actor().username
        return str(chosen)

    def refresh(self) -> Task:
        """Read the counts and the three groups again, off the GUI thread; `refreshed`
        is emitted once they are shown (an older read arriving late is dropped)."""
        author = self.author()
        me = self._actor().username
        see_all = self.may_see_all()
        size = self.models[0].page_size
        self._generation += 1
        generation = self._generation
        service = self._followups

        def work(_progress: Progress) -> _Read:
            view = service.view(FollowUpFilter(author=author), limit=1)
            every = view if author is None or not see_all else service.view(None, limit=1)
            queries = [FollowUpQuery(today=view.today, author=author, bucket=b) for b in BUCKETS]
            pages = [(q, service.page(q, limit=size)) for q in queries]
            authors = [a.author for a in every.by_author if a.author != me] if see_all else []
            return _Read(view, authors, pages)

        return run_task(
            work,
            on_done=lambda read: self._show_read(generation, read),
            on_error=lambda exc: self._read_failed(generation, exc),
        )

    def _show_read(self, generation: int, read: _Read) -> None:
        if generation != self._generation:
            return
        view = read.view
        self.today = view.today
        self.counts = (view.overdue_count, view.this_week_count, view.later_count)
        if read.authors != self._authors:
            self._authors = read.authors
            self._fill_officers()
        for model, (query, page) in zip(self.models, read.pages, strict=True):
            model.set_page(query, page)
        self.problem.hide()
        self._show_counts()
        self._update_buttons()
        self.counts_changed.emit(*self.counts)
        self.refreshed.emit()

    def _read_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        text = exc.message.render(qt_tr) if isinstance(exc, ServiceError) else ""
        self.problem.setText(self.tr("The follow-ups could not be read.") + " " + text)
        self.problem.show()
        self.refreshed.emit()

    def _fill_officers(self) -> None:
        current = self.officer.currentData()
        self.officer.clear()
        self.officer.addItem(self.tr("My follow-ups"), ME)
        if self.may_see_all():
            self.officer.addItem(self.tr("All officers"), ALL)
            for name in self._authors:
                self.officer.addItem(name, name)
        self.officer.setCurrentIndex(max(self.officer.findData(current), 0))

    def choose_officer(self, value: str) -> Task | None:
        """Show the follow-ups of `value` (a user name, or ME / ALL) as the combo does."""
        index = self.officer.findData(value)
        if index < 0:
            return None
        self.officer.setCurrentIndex(index)
        return self.refresh()

    # --- acting -------------------------------------------------------------------------

    def selected(self) -> FollowUpRow | None:
        table = self.tables[self.tabs.currentIndex()]
        index = table.currentIndex()
        if not index.isValid() or not table.selectionModel().hasSelection():
            return None
        row = table.model().data(index, FollowUpRole)
        return row if isinstance(row, FollowUpRow) else None

    def mark_done(self) -> None:
        """The selected follow-up was done today: it leaves the list."""
        row = self.selected()
        if row is None:
            return
        try:
            self._notes.mark_done(row.note_id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), exc.message.render(qt_tr))
            return
        self.refresh()

    def _open_index(self, index: QModelIndex) -> None:
        row = index.model().data(index, FollowUpRole)
        if isinstance(row, FollowUpRow):
            self.open_worker.emit(row.worker_id)

    def _open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_worker.emit(row.worker_id)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None)
        writer = self._actor().role in (Role.FIELD_OFFICER, Role.SUPERVISOR)
        self.done_button.setEnabled(row is not None and writer and not row.worker_archived)

    def select_note(self, note_id: uuid.UUID) -> bool:
        """Select the follow-up of note `note_id` in whichever tab shows it."""
        for i, model in enumerate(self.models):
            row = model.row_of(note_id)
            if row >= 0:
                self.tabs.setCurrentIndex(i)
                self.tables[i].selectRow(row)
                return True
        return False

    # --- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_counts(self) -> None:
        overdue, week, later = self.counts
        titles = (
            self.tr("Overdue ({count})").format(count=overdue),
            self.tr("Due this week ({count})").format(count=week),
            self.tr("Later ({count})").format(count=later),
        )
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        self.summary.setText(self.tr("%n follow-up(s) open", "", overdue + week + later))

    def retranslate(self) -> None:
        self.officer_label.setText(self.tr("Officer"))
        self._fill_officers()
        self.done_button.setText(self.tr("Mark done"))
        self.open_button.setText(self.tr("Open worker"))
        self._show_counts()
        for model in self.models:
            model.retranslate()
        for table in self.tables:
            header = table.horizontalHeader()
            for column, width in enumerate(COLUMN_WIDTHS):
                table.setColumnWidth(column, max(width, header.sectionSizeHint(column) + 8))
        self._update_buttons()
