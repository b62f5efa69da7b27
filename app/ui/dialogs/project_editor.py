"""The community project editor: details, progress to the goal, participants, contributions."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models import CommunityProject, Remittance
from app.services.context import Actor, ServiceError, ValidationFailed
from app.services.projects import ParticipantLine, ProjectProgress
from app.services.workers import WorkerQuery
from app.services.workspace import ProjectService, RemittanceService, WorkerService
from app.ui import labels
from app.ui.dialogs.plan_editor import (
    combo_binding,
    date_binding,
    line_binding,
    mission_currency,
    money_binding,
)
from app.ui.dialogs.worker_fields import ERROR_STYLE, Binding
from app.ui.i18n import qt_tr
from app.ui.qmodels.plan_table_model import format_money
from app.ui.qmodels.project_table_model import STATUS_LABELS, format_percent
from app.ui.unsaved import may_leave

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 20
CONTEXT = "ProjectEditor"
FIELD_LABELS: dict[str, str] = {
    "mission_id": QT_TRANSLATE_NOOP("ProjectEditor", "Mission"),
    "title": QT_TRANSLATE_NOOP("ProjectEditor", "Title"),
    "community": QT_TRANSLATE_NOOP("ProjectEditor", "Community"),
    "municipality": QT_TRANSLATE_NOOP("ProjectEditor", "Municipality"),
    "description": QT_TRANSLATE_NOOP("ProjectEditor", "Description"),
    "goal_amount": QT_TRANSLATE_NOOP("ProjectEditor", "Goal amount"),
    "status": QT_TRANSLATE_NOOP("ProjectEditor", "Status"),
    "start_date": QT_TRANSLATE_NOOP("ProjectEditor", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("ProjectEditor", "End date"),
}
DETAIL_FIELDS = tuple(f for f in FIELD_LABELS if f != "mission_id")


class ProjectEditor(QDialog):
    """Create or edit one community project; participants and contributions once saved."""

    project_saved = Signal(object)  # uuid.UUID
    edited = Signal()

    def __init__(
        self,
        projects: ProjectService,
        workers: WorkerService,
        remittances: RemittanceService,
        actor: Callable[[], Actor],
        *,
        project_id: uuid.UUID | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._projects = projects
        self._workers = workers
        self._remittances = remittances
        self._actor = actor
        self._project: CommunityProject | None = None
        self._participants: list[ParticipantLine] = []
        self._contributions: list[tuple[Remittance, str]] = []
        self._progress: ProjectProgress | None = None
        self._saved: dict[str, Any] = {}
        self._errors: dict[str, Any] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_workers)
        self._build()
        if project_id is not None:
            self._show(projects.get(project_id))
        else:
            self._start_new()
        self.retranslate()
        self.resize(860, 800)

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._build_details())
        column.addWidget(self._build_progress())
        column.addWidget(self._build_participants())
        column.addWidget(self._build_contributions())
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(body)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.general_error)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)

    def _build_details(self) -> QGroupBox:
        self.details_box = QGroupBox(self)
        form = QFormLayout(self.details_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        mission = QComboBox()
        mission.setObjectName("mission_id")
        mission.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        mission.activated.connect(lambda _i: self._mission_changed())
        self.bindings: dict[str, Binding] = {
            "mission_id": Binding(
                "mission_id", mission, lambda: mission.currentData() or "", self._set_mission
            ),
            "title": line_binding("title", self.edited),
            "community": line_binding("community", self.edited),
            "municipality": line_binding("municipality", self.edited),
            "description": line_binding("description", self.edited, long=True),
            "goal_amount": money_binding("goal_amount", self.edited),
            "status": combo_binding("status", STATUS_LABELS, "ProjectLabels", self.edited),
            "start_date": date_binding("start_date", self.edited),
            "end_date": date_binding("end_date", self.edited),
        }
        self.field_labels: dict[str, QLabel] = {}
        for name, binding in self.bindings.items():
            text = QLabel(self.details_box)
            text.setBuddy(binding.widget)
            self.field_labels[name] = text
            form.addRow(text, binding.container)
        return self.details_box

    def _build_progress(self) -> QGroupBox:
        self.progress_box = QGroupBox(self)
        self.progress_bar = QProgressBar(self.progress_box)
        self.progress_bar.setObjectName("progress")
        self.progress_bar.setRange(0, 1000)  # tenths of a percent
        self.progress_text = QLabel(self.progress_box)
        self.progress_text.setObjectName("progress_text")
        self.progress_text.setWordWrap(True)
        layout = QVBoxLayout(self.progress_box)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_text)
        return self.progress_box

    def _build_participants(self) -> QGroupBox:
        self.participants_box = QGroupBox(self)
        self.participant_table = _table(3, self.participants_box, "participants")
        self.participant_table.itemSelectionChanged.connect(self._update_state)
        self.worker_search = QLineEdit(self.participants_box)
        self.worker_search.setObjectName("worker_search")
        self.worker_search.setClearButtonEnabled(True)
        self.worker_search.textEdited.connect(lambda _t: self._timer.start())
        self.worker_search.returnPressed.connect(self.add_selected_worker)
        self.search_results = QListWidget(self.participants_box)
        self.search_results.setObjectName("search_results")
        self.search_results.setMaximumHeight(130)
        self.search_results.hide()
        self.search_results.itemActivated.connect(lambda _i: self.add_selected_worker())
        self.search_results.itemSelectionChanged.connect(self._update_state)
        self.add_button = QPushButton(self.participants_box)
        self.add_button.setObjectName("add_participant")
        self.add_button.clicked.connect(self.add_selected_worker)
        self.remove_button = QPushButton(self.participants_box)
        self.remove_button.setObjectName("remove_participant")
        self.remove_button.clicked.connect(self.remove_selected_participant)
        self.participant_error = QLabel(self.participants_box)
        self.participant_error.setObjectName("participant_error")
        self.participant_error.setWordWrap(True)
        self.participant_error.setStyleSheet(ERROR_STYLE)
        self.participant_error.hide()
        adding = QHBoxLayout()
        adding.addWidget(self.worker_search, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        layout = QVBoxLayout(self.participants_box)
        layout.addWidget(self.participant_table)
        layout.addLayout(adding)
        layout.addWidget(self.search_results)
        layout.addWidget(self.participant_error)
        return self.participants_box

    def _build_contributions(self) -> QGroupBox:
        self.contributions_box = QGroupBox(self)
        self.contribution_table = _table(3, self.contributions_box, "contributions")
        self.contribution_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.contributions_note = QLabel(self.contributions_box)
        self.contributions_note.setObjectName("contributions_note")
        self.contributions_note.setWordWrap(True)
        layout = QVBoxLayout(self.contributions_box)
        layout.addWidget(self.contribution_table)
        layout.addWidget(self.contributions_note)
        return self.contributions_box

    # --- showing ------------------------------------------------------------------------

    @property
    def project(self) -> CommunityProject | None:
        return self._project

    @property
    def progress(self) -> ProjectProgress | None:
        return self._progress

    @property
    def participants(self) -> list[ParticipantLine]:
        return list(self._participants)

    def values(self) -> dict[str, Any]:
        return {name: b.get() for name, b in self.bindings.items()}

    def is_dirty(self) -> bool:
        return self.values() != self._saved

    def _start_new(self) -> None:
        missions = self._actor().missions
        self._fill_missions(missions)
        self._set_mission(missions[0] if missions else "")
        self.bindings["mission_id"].widget.setEnabled(len(missions) > 1)
        self._saved = self.values()
        self._update_state()

    def _show(self, project: CommunityProject) -> None:
        self._project = project
        self._fill_missions((project.mission_id,))
        for name, binding in self.bindings.items():
            binding.set(getattr(project, name))
        self.bindings["mission_id"].widget.setEnabled(False)
        self._saved = self.values()
        self._progress = self._projects.progress(project.id)
        self._participants = self._projects.participants(project.id)
        self._contributions = self._read_contributions()
        self._fill_participants()
        self._fill_contributions()
        self._show_progress()
        self._update_currency()
        self._update_state()

    def _reload(self) -> None:
        assert self._project is not None
        self._show(self._projects.get(self._project.id))

    def _fill_missions(self, missions: tuple[str, ...]) -> None:
        combo = self.bindings["mission_id"].widget
        assert isinstance(combo, QComboBox)
        combo.clear()
        for code in missions:
            combo.addItem(f"{code} – {labels.mission_label(code)}", code)
        combo.setMinimumWidth(0)
        combo.setMinimumWidth(combo.sizeHint().width())  # the layout kept the empty width

    def _set_mission(self, code: Any) -> None:
        combo = self.bindings["mission_id"].widget
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(max(combo.findData(code), 0))
        self._update_currency()

    def _mission_changed(self) -> None:
        self._update_currency()
        self.edited.emit()

    def _currency(self) -> str:
        if self._project is not None:
            return self._project.currency
        return mission_currency(self.bindings["mission_id"].get())

    def _update_currency(self) -> None:
        spin = self.bindings["goal_amount"].widget
        assert isinstance(spin, QDoubleSpinBox)
        currency = self._currency()
        spin.setSuffix(f" {currency}" if currency else "")

    def _read_contributions(self) -> list[tuple[Remittance, str]]:
        """Remittances linked to this project, sent by its current participants."""
        assert self._project is not None
        found: list[tuple[Remittance, str]] = []
        for person in self._participants:
            for r in self._remittances.of_worker(person.worker_id):
                if r.community_project_id == self._project.id:
                    found.append((r, person.full_name))
        found.sort(key=lambda item: (item[0].month, item[1]), reverse=True)
        return found

    def _fill_participants(self) -> None:
        table = self.participant_table
        table.setRowCount(len(self._participants))
        for i, p in enumerate(self._participants):
            given = "; ".join(format_money(v, c) for c, v in sorted(p.contributed.items()))
            name = QTableWidgetItem(p.full_name)
            name.setData(Qt.ItemDataRole.UserRole, p.worker_id)
            table.setItem(i, 0, name)
            table.setItem(i, 1, QTableWidgetItem(p.case_code))
            table.setItem(i, 2, _right(given))

    def _fill_contributions(self) -> None:
        table = self.contribution_table
        table.setRowCount(len(self._contributions))
        for i, (r, name) in enumerate(self._contributions):
            table.setItem(i, 0, QTableWidgetItem(_month(r)))
            table.setItem(i, 1, QTableWidgetItem(name))
            table.setItem(i, 2, _right(format_money(r.amount, r.currency)))

    def _show_progress(self) -> None:
        p = self._progress
        if p is None:
            self.progress_bar.setValue(0)
            self.progress_bar.setFormat(self.tr("Not saved yet"))
            self.progress_text.setText(self.tr("Contributions are remittances linked to it."))
            self.contributions_note.clear()
            return
        self.progress_bar.setValue(min(int(p.percent * 10), 1000))
        self.progress_bar.setFormat(
            self.tr("{percent} % of the goal").format(percent=format_percent(p.percent))
        )
        text = self.tr("{raised} of {goal} from %n remittance(s).", "", p.remittances).format(
            raised=format_money(p.raised, p.currency), goal=format_money(p.goal_amount, p.currency)
        )
        if p.other_currencies:
            others = "; ".join(format_money(v, c) for c, v in sorted(p.other_currencies.items()))
            text += " " + self.tr("Also {amounts}, not counted towards the goal.").format(
                amounts=others
            )
        self.progress_text.setText(text)
        missing = p.remittances - len(self._contributions)
        self.contributions_note.setText(
            self.tr("%n more remittance(s) from workers who left the project.", "", missing)
            if missing > 0
            else ""
        )
        self.contributions_note.setVisible(missing > 0)

    def _update_state(self) -> None:
        saved = self._project is not None
        mission = self.bindings["mission_id"].get()
        writer = bool(mission) and self._actor().may_write(mission)
        for name in DETAIL_FIELDS:
            self.bindings[name].widget.setEnabled(writer)
        self.save_button.setEnabled(writer)
        for widget in (self.worker_search, self.search_results):
            widget.setEnabled(writer)
        chosen = self.search_results.currentItem() is not None
        self.add_button.setEnabled(writer and chosen)
        picked = bool(self.participant_table.selectionModel().selectedRows())
        self.remove_button.setEnabled(writer and saved and picked)

    # --- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the project (new, or the changed fields); False when nothing was saved."""
        self._clear_errors()
        values = self.values()
        try:
            if self._project is None:
                saved = self._projects.create(values)
            else:
                changes = {
                    k: v for k, v in values.items() if k in DETAIL_FIELDS and v != self._saved[k]
                }
                if not changes:
                    return True
                saved = self._projects.update(self._project.id, changes)
        except ServiceError as exc:
            self._show_error(exc)
            return False
        self._project = saved
        self._reload()
        self._update_heading()
        self.project_saved.emit(saved.id)
        return True

    def search_workers(self) -> None:
        """Workers of the project's mission whose name, case code or ID starts like the text."""
        self._timer.stop()
        text = self.worker_search.text().strip()
        self.search_results.clear()
        if not text:
            self.search_results.hide()
            self._update_state()
            return
        query = WorkerQuery(text=text, mission=self.bindings["mission_id"].get() or None)
        taken = {p.worker_id for p in self._participants}
        for row in self._workers.page(query, limit=SEARCH_LIMIT).rows:
            if row.id in taken:
                continue
            item = QListWidgetItem(f"{row.full_name} · {row.case_code} · {row.community}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.search_results.addItem(item)
        if self.search_results.count() == 0:
            self.search_results.addItem(self.tr("No worker found."))
            self.search_results.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.search_results.setCurrentRow(0)
        self.search_results.show()
        self._update_state()

    def add_selected_worker(self) -> bool:
        """The chosen worker joins the project (a new project is saved first)."""
        item = self.search_results.currentItem()
        worker_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(worker_id, uuid.UUID):
            return False
        if self._project is None and not self.save():
            return False
        assert self._project is not None
        return self._participant_step(self._projects.add_participant, worker_id)

    def remove_selected_participant(self) -> bool:
        rows = self.participant_table.selectionModel().selectedRows()
        if not rows or self._project is None:
            return False
        worker_id = self._participants[rows[0].row()].worker_id
        return self._participant_step(self._projects.remove_participant, worker_id)

    def _participant_step(
        self, step: Callable[[uuid.UUID, uuid.UUID], Any], worker_id: uuid.UUID
    ) -> bool:
        assert self._project is not None
        self.participant_error.hide()
        try:
            step(self._project.id, worker_id)
        except ServiceError as exc:
            errors = exc.errors if isinstance(exc, ValidationFailed) else {"": exc.message}
            self.participant_error.setText("\n".join(m.render(qt_tr) for m in errors.values()))
            self.participant_error.show()
            return False
        self.worker_search.clear()
        self.search_results.clear()
        self.search_results.hide()
        self._reload()
        self.project_saved.emit(self._project.id)
        return True

    def _show_error(self, exc: ServiceError) -> None:
        errors = exc.errors if isinstance(exc, ValidationFailed) else {}
        self._errors = dict(errors)
        unplaced = [] if errors else [exc.message.render(qt_tr)]
        for name, message in errors.items():
            text = message.render(qt_tr) if hasattr(message, "render") else str(message)
            if name in self.bindings:
                self.bindings[name].show_error(text)
            else:
                unplaced.append(text)
        summary = self.tr("Nothing was saved: correct the fields marked in red.")
        self.general_error.setText("\n".join([summary, *unplaced] if errors else unplaced))
        self.general_error.show()
        first = next((b for n, b in self.bindings.items() if n in errors), None)
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first.container)
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_errors(self) -> None:
        self._errors = {}
        self.general_error.hide()
        for binding in self.bindings.values():
            binding.clear_error()

    # --- leaving ------------------------------------------------------------------------

    def reject(self) -> None:
        if self.confirm_leave():
            super().reject()

    def confirm_leave(self) -> bool:
        """True when the editor may close: nothing unsaved, saved now, or discarded."""
        text = self.tr("This project has changes that are not saved.")
        return may_leave(self, dirty=self.is_dirty(), text=text, save=self.save)

    # --- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._update_heading()
        self.details_box.setTitle(self.tr("Project"))
        self.progress_box.setTitle(self.tr("Progress towards the goal"))
        self.participants_box.setTitle(self.tr("Participating workers"))
        self.contributions_box.setTitle(self.tr("Contributions (remittances linked to it)"))
        for name, text in self.field_labels.items():
            text.setText(QCoreApplication.translate(CONTEXT, FIELD_LABELS[name]))
        for binding in self.bindings.values():
            binding.retranslate()
        mission = self.bindings["mission_id"].get()
        self._fill_missions(tuple(self._missions_shown()))
        self._set_mission(mission)
        self.participant_table.setHorizontalHeaderLabels(
            [self.tr("Worker"), self.tr("Case code"), self.tr("Contributed")]
        )
        self.contribution_table.setHorizontalHeaderLabels(
            [self.tr("Month"), self.tr("Worker"), self.tr("Amount")]
        )
        self.worker_search.setPlaceholderText(
            self.tr("Type a name or case code to add a worker of the mission")
        )
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.save_button.setText(self.tr("&Save"))
        self.close_button.setText(self.tr("Close"))
        self._fill_participants()
        self._fill_contributions()
        self._show_progress()
        if self._errors:
            errors = self._errors
            self._clear_errors()
            self._show_error(ValidationFailed(errors))

    def _missions_shown(self) -> list[str]:
        combo = self.bindings["mission_id"].widget
        assert isinstance(combo, QComboBox)
        return [combo.itemData(i) for i in range(combo.count())]

    def _update_heading(self) -> None:
        if self._project is None:
            heading = self.tr("New community project")
        else:
            heading = self.tr("Community project: {title}").format(title=self._project.title)
        self.heading.setText(heading)
        self.setWindowTitle(f"{heading} – Puente")


def _table(columns: int, parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(130)
    return table


def _right(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _month(remittance: Remittance) -> str:
    """The month a remittance was sent, named in the chosen language ("noviembre 2026")."""
    month = remittance.month
    return QLocale().toString(QDate(month.year, month.month, 1), "MMMM yyyy")
