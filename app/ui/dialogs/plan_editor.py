"""The reintegration plan editor: details, money, milestones and the approval workflow."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal, SignalInstance
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
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models import DEFAULT_MISSIONS, Milestone, ReintegrationPlan
from app.models.enums import PlanStatus, Role
from app.services.casework import SUPERVISOR_ONLY, msg
from app.services.context import NOT_ALLOWED, Actor, Message, ServiceError, ValidationFailed
from app.services.plans import CLOSED, SUPERVISOR_ACTIONS, TRANSITIONS, PlanDetail
from app.services.workspace import PlanService, WorkerService
from app.ui.dialogs.worker_fields import ERROR_STYLE, Binding
from app.ui.i18n import format_date, format_datetime, qt_tr
from app.ui.qmodels.plan_table_model import (
    KIND_LABELS,
    SECTOR_LABELS,
    STATUS_LABELS,
    format_money,
    label,
)
from app.ui.unsaved import may_leave
from app.ui.widgets import DateField

MONEY_FIELDS = ("budget", "own_savings", "own_remittances", "other_funding")
TEXT_FIELDS = ("title", "community", "other_funding_source")
DRAFT_FIELDS = ("kind", "title", "goals", "sector", "community", *MONEY_FIELDS)
ALL_FIELDS = (*DRAFT_FIELDS, "other_funding_source", "business_started_on")
MONEY_MAX = 999_999_999.99

CONTEXT = "PlanEditor"
FIELD_LABELS: dict[str, str] = {
    "kind": QT_TRANSLATE_NOOP("PlanEditor", "Kind of plan"),
    "title": QT_TRANSLATE_NOOP("PlanEditor", "Title"),
    "goals": QT_TRANSLATE_NOOP("PlanEditor", "Goals"),
    "sector": QT_TRANSLATE_NOOP("PlanEditor", "Sector"),
    "community": QT_TRANSLATE_NOOP("PlanEditor", "Community"),
    "budget": QT_TRANSLATE_NOOP("PlanEditor", "Budget"),
    "own_savings": QT_TRANSLATE_NOOP("PlanEditor", "Own savings"),
    "own_remittances": QT_TRANSLATE_NOOP("PlanEditor", "Own remittances"),
    "other_funding": QT_TRANSLATE_NOOP("PlanEditor", "Other funding"),
    "other_funding_source": QT_TRANSLATE_NOOP("PlanEditor", "Source of other funding"),
    "business_started_on": QT_TRANSLATE_NOOP("PlanEditor", "Business started on"),
}
ACTION_LABELS: dict[str, str] = {
    "submit": QT_TRANSLATE_NOOP("PlanEditor", "Submit for approval"),
    "return_to_draft": QT_TRANSLATE_NOOP("PlanEditor", "Return to draft"),
    "approve": QT_TRANSLATE_NOOP("PlanEditor", "Approve"),
    "start": QT_TRANSLATE_NOOP("PlanEditor", "Start"),
    "complete": QT_TRANSLATE_NOOP("PlanEditor", "Mark completed"),
    "abandon": QT_TRANSLATE_NOOP("PlanEditor", "Abandon"),
}
# The step that led to each status ("" -> draft is the creation).
STEP_LABELS: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("PlanEditor", "Created"),
    PlanStatus.DRAFT.value: QT_TRANSLATE_NOOP("PlanEditor", "Returned to draft"),
    PlanStatus.SUBMITTED.value: QT_TRANSLATE_NOOP("PlanEditor", "Submitted"),
    PlanStatus.APPROVED.value: QT_TRANSLATE_NOOP("PlanEditor", "Approved"),
    PlanStatus.IN_PROGRESS.value: QT_TRANSLATE_NOOP("PlanEditor", "Started"),
    PlanStatus.COMPLETED.value: QT_TRANSLATE_NOOP("PlanEditor", "Completed"),
    PlanStatus.ABANDONED.value: QT_TRANSLATE_NOOP("PlanEditor", "Abandoned"),
}
STEP_ROWS_SHOWN = 6


class ChangeLine(Protocol):
    """One changed field of a record (workspace.HistoryRow has these)."""

    field: str
    old_value: str | None
    new_value: str | None
    actor: str
    at: datetime


PlanHistory = Callable[[uuid.UUID], Sequence[ChangeLine]]


def combo_binding(
    name: str, values: dict[Any, str], context: str, edited: SignalInstance
) -> Binding:
    """A choice among enum values, shown with translated labels."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def fill() -> None:
        current = combo.currentData()
        combo.clear()
        for value, text in values.items():
            combo.addItem(QCoreApplication.translate(context, text), value.value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.setMinimumWidth(0)
        combo.setMinimumWidth(combo.sizeHint().width())  # longest label of this language

    fill()
    combo.activated.connect(lambda _i: edited.emit())
    return Binding(
        name,
        combo,
        lambda: combo.currentData(),
        lambda v: combo.setCurrentIndex(max(combo.findData(getattr(v, "value", v)), 0)),
        retranslate=fill,
    )


def money_binding(name: str, edited: SignalInstance) -> Binding:
    """An amount typed the way the chosen locale writes numbers, in the record's currency."""
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setDecimals(2)
    spin.setRange(0, MONEY_MAX)
    spin.setGroupSeparatorShown(True)
    spin.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("999,999,999.99 MXN") + 16)
    spin.valueChanged.connect(lambda _v: edited.emit())

    def retranslate() -> None:
        spin.setLocale(QLocale())
        spin.setValue(spin.value())  # shown again with the new separators

    return Binding(
        name,
        spin,
        lambda: Decimal(f"{spin.value():.2f}"),
        lambda v: spin.setValue(float(v or 0)),
        retranslate=retranslate,
    )


def line_binding(name: str, edited: SignalInstance, *, long: bool = False) -> Binding:
    if long:
        text = QPlainTextEdit()
        text.setObjectName(name)
        text.setTabChangesFocus(True)
        text.setFixedHeight(text.fontMetrics().lineSpacing() * 4 + 14)
        text.textChanged.connect(edited.emit)
        return Binding(name, text, text.toPlainText, lambda v: text.setPlainText(v or ""))
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.textEdited.connect(lambda _t: edited.emit())
    return Binding(name, edit, edit.text, lambda v: edit.setText(v or ""))


def date_binding(name: str, edited: SignalInstance) -> Binding:
    field = DateField()
    field.setObjectName(name)
    field.edited.connect(edited.emit)
    return Binding(name, field, field.value, field.set_value)


def next_due(detail: PlanDetail) -> date | None:
    """The due date of the plan's earliest open milestone (None when none is due)."""
    due = [m.due_date for m in detail.milestones if m.done_on is None and m.due_date]
    return min(due) if due else None


def mission_currency(mission: str) -> str:
    return next((m.currency for m in DEFAULT_MISSIONS if m.code == mission), "")


class PlanEditor(QDialog):
    """Create or edit one worker's reintegration plan and move it through its workflow."""

    plan_saved = Signal(object)  # uuid.UUID
    print_requested = Signal(str, object)  # kind ("plan"), uuid.UUID
    edited = Signal()

    def __init__(
        self,
        plans: PlanService,
        workers: WorkerService,
        actor: Callable[[], Actor],
        *,
        plan_id: uuid.UUID | None,
        worker_id: uuid.UUID | None,
        parent: QWidget | None = None,
        history: PlanHistory | None = None,
    ) -> None:
        """`history` (PlanService.history when the workspace has it) names who took every
        step; without it the plan's own stamps say who submitted and approved."""
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._plans = plans
        self._actor = actor
        self._history = history
        self._plan: ReintegrationPlan | None = None
        self._milestones: list[Milestone] = []
        self._saved: dict[str, Any] = {}
        self._errors: dict[str, Any] = {}
        self._notice: Message | None = None
        detail = plans.get(plan_id) if plan_id is not None else None
        wid = detail.plan.worker_id if detail is not None else worker_id
        if wid is None:
            raise ValueError("a new plan needs its worker")
        self._worker = workers.get(wid)
        self._currency = mission_currency(self._worker.mission_id)
        self._build()
        if detail is not None:
            self._show(detail)
        else:
            self._saved = self.values()
            self._update_state()
        self.retranslate()
        self.resize(900, 820)

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
        column.addWidget(self._build_milestones())
        column.addWidget(self._build_workflow())
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(body)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.request_print)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
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
        self.bindings: dict[str, Binding] = {
            "kind": combo_binding("kind", KIND_LABELS, "PlanLabels", self.edited),
            "title": line_binding("title", self.edited),
            "goals": line_binding("goals", self.edited, long=True),
            "sector": combo_binding("sector", SECTOR_LABELS, "PlanLabels", self.edited),
            "community": line_binding("community", self.edited),
            **{name: money_binding(name, self.edited) for name in MONEY_FIELDS},
            "other_funding_source": line_binding("other_funding_source", self.edited),
            "business_started_on": date_binding("business_started_on", self.edited),
        }
        self.field_labels: dict[str, QLabel] = {}
        for name, binding in self.bindings.items():
            text = QLabel(self.details_box)
            text.setBuddy(binding.widget)
            self.field_labels[name] = text
            form.addRow(text, binding.container)
        self.funding = QLabel(self.details_box)
        self.funding.setObjectName("funding")
        self.funding.setWordWrap(True)
        form.addRow(self.funding)
        self.edited.connect(self._update_funding)
        return self.details_box

    def _build_milestones(self) -> QGroupBox:
        self.milestones_box = QGroupBox(self)
        self.milestone_table = QTableWidget(0, 3, self.milestones_box)
        self.milestone_table.setObjectName("milestones")
        table = self.milestone_table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            table.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents
            )
        table.setMinimumHeight(120)
        table.setMaximumHeight(180)
        table.itemSelectionChanged.connect(self._update_state)
        self.milestone_title = QLineEdit(self.milestones_box)
        self.milestone_title.setObjectName("milestone_title")
        self.milestone_title.returnPressed.connect(self.add_milestone)
        self.milestone_due = DateField(self.milestones_box)
        self.milestone_due.setObjectName("milestone_due")
        self.add_milestone_button = QPushButton(self.milestones_box)
        self.add_milestone_button.setObjectName("add_milestone")
        self.add_milestone_button.clicked.connect(self.add_milestone)
        self.done_button = QPushButton(self.milestones_box)
        self.done_button.setObjectName("milestone_done")
        self.done_button.clicked.connect(self.mark_milestone_done)
        self.milestone_error = QLabel(self.milestones_box)
        self.milestone_error.setObjectName("milestone_error")
        self.milestone_error.setWordWrap(True)
        self.milestone_error.setStyleSheet(ERROR_STYLE)
        self.milestone_error.hide()
        self.due_label = QLabel(self.milestones_box)
        adding = QHBoxLayout()
        adding.addWidget(self.milestone_title, 1)
        adding.addWidget(self.due_label)
        adding.addWidget(self.milestone_due)
        adding.addWidget(self.add_milestone_button)
        layout = QVBoxLayout(self.milestones_box)
        layout.addWidget(table)
        layout.addLayout(adding)
        layout.addWidget(self.milestone_error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout.addLayout(row)
        return self.milestones_box

    def _build_workflow(self) -> QGroupBox:
        self.workflow_box = QGroupBox(self)
        self.status_label = QLabel(self.workflow_box)
        self.status_label.setObjectName("status")
        self.steps = QTableWidget(0, 3, self.workflow_box)
        self.steps.setObjectName("steps")
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.steps.verticalHeader().hide()
        header = self.steps.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.steps.setFixedHeight(
            self.steps.horizontalHeader().sizeHint().height()
            + STEP_ROWS_SHOWN * self.steps.verticalHeader().defaultSectionSize()
            + 4
        )
        self.action_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for action in TRANSITIONS:
            button = QPushButton(self.workflow_box)
            button.setObjectName(action)
            button.clicked.connect(lambda _c=False, a=action: self.run_step(a))
            self.action_buttons[action] = button
            row.addWidget(button)
        row.addStretch(1)
        self.step_notice = QLabel(self.workflow_box)
        self.step_notice.setObjectName("step_notice")
        self.step_notice.setWordWrap(True)
        self.step_notice.setStyleSheet(ERROR_STYLE)
        self.step_notice.hide()
        layout = QVBoxLayout(self.workflow_box)
        layout.addWidget(self.status_label)
        layout.addWidget(self.steps)
        layout.addLayout(row)
        layout.addWidget(self.step_notice)
        return self.workflow_box

    # --- showing ------------------------------------------------------------------------

    @property
    def plan(self) -> ReintegrationPlan | None:
        return self._plan

    @property
    def milestones(self) -> list[Milestone]:
        return list(self._milestones)

    def values(self) -> dict[str, Any]:
        return {name: b.get() for name, b in self.bindings.items()}

    def is_dirty(self) -> bool:
        return self.values() != self._saved

    def _show(self, detail: PlanDetail) -> None:
        self._plan = detail.plan
        self._milestones = list(detail.milestones)
        self._currency = detail.plan.currency
        for name, binding in self.bindings.items():
            binding.set(getattr(detail.plan, name))
        self._saved = self.values()
        self._fill_milestones()
        self._update_state()

    def refresh(self) -> None:
        """Read the plan again (kept edits stay on screen) and who may do what now."""
        if self._plan is not None and not self.is_dirty():
            self._reload()
        self._update_state()

    def _reload(self) -> None:
        assert self._plan is not None
        self._show(self._plans.get(self._plan.id))

    def _fill_milestones(self) -> None:
        table = self.milestone_table
        table.setRowCount(len(self._milestones))
        for i, m in enumerate(self._milestones):
            title = QTableWidgetItem(m.title)
            title.setData(Qt.ItemDataRole.UserRole, m.id)
            table.setItem(i, 0, title)
            table.setItem(i, 1, QTableWidgetItem(format_date(m.due_date)))
            table.setItem(i, 2, QTableWidgetItem(format_date(m.done_on)))

    def _update_state(self) -> None:
        """What may be changed now, by whom; the legal next steps only."""
        status = self._plan.status if self._plan else PlanStatus.DRAFT
        actor = self._actor()
        mission = self._worker.mission_id
        writer = actor.may_write(mission)
        supervisor = writer and actor.role == Role.SUPERVISOR
        mine = status in (PlanStatus.DRAFT, PlanStatus.SUBMITTED) or supervisor
        for name, binding in self.bindings.items():
            editable = status == PlanStatus.DRAFT or (
                status == PlanStatus.IN_PROGRESS and name == "business_started_on"
            )
            binding.widget.setEnabled(writer and mine and editable)
        open_plan = status not in CLOSED and writer and mine
        for widget in (self.milestone_title, self.milestone_due, self.add_milestone_button):
            widget.setEnabled(open_plan)
        selected = self._selected_milestone()
        self.done_button.setEnabled(open_plan and selected is not None and not selected.done_on)
        self.save_button.setEnabled(
            writer and mine and status in (PlanStatus.DRAFT, PlanStatus.IN_PROGRESS)
        )
        self.print_button.setEnabled(self._plan is not None)
        for action, button in self.action_buttons.items():
            legal = self._plan is not None and status in TRANSITIONS[action][0]
            button.setVisible(legal)
            refusal = self._refusal(action) if legal else None
            button.setEnabled(legal and refusal is None)
            button.setToolTip(refusal.render(qt_tr) if refusal else "")
        self._update_heading()
        self.status_label.setText(
            self.tr("Status: {status}").format(status=label(STATUS_LABELS, status))
        )
        self._update_steps()
        self._update_funding()
        self._update_notice()

    def _refusal(self, action: str) -> Message | None:
        """Why the person acting may not take `action` (the services' own reasons)."""
        actor = self._actor()
        if not actor.may_write(self._worker.mission_id):
            return Message(NOT_ALLOWED)
        own_return = (
            action == "return_to_draft"
            and self._plan is not None
            and self._plan.submitted_by == actor.username
        )
        needs_supervisor = action in SUPERVISOR_ACTIONS or (
            action == "return_to_draft" and not own_return
        )
        if needs_supervisor and actor.role != Role.SUPERVISOR:
            return msg(SUPERVISOR_ONLY)
        return None

    def _update_steps(self) -> None:
        """Each step taken so far: what, by whom, when."""
        rows = self._step_rows()
        self.steps.setRowCount(len(rows))
        for i, (status, who, when) in enumerate(rows):
            name = QCoreApplication.translate(CONTEXT, STEP_LABELS.get(status, status))
            self.steps.setItem(i, 0, QTableWidgetItem(name))
            self.steps.setItem(i, 1, QTableWidgetItem(who))
            self.steps.setItem(i, 2, QTableWidgetItem(format_datetime(when)))

    def _step_rows(self) -> list[tuple[str, str, datetime]]:
        plan = self._plan
        if plan is None:
            return []
        if self._history is not None:
            changes = [c for c in self._history(plan.id) if c.field == "status"]
            changes.sort(key=lambda c: c.at)
            # the first status (old value empty) is the creation
            return [(c.new_value or "" if c.old_value else "", c.actor, c.at) for c in changes]
        stamps: list[tuple[str, str, datetime | None]] = [
            ("", "", plan.created_at),
            (PlanStatus.SUBMITTED.value, plan.submitted_by, plan.submitted_at),
            (PlanStatus.APPROVED.value, plan.approved_by, plan.approved_at),
            (PlanStatus.IN_PROGRESS.value, "", plan.started_at),
            (plan.status.value, plan.updated_by, plan.closed_at),
        ]
        return [(status, who, when) for status, who, when in stamps if when is not None]

    def _update_funding(self) -> None:
        v = self.values()
        own = v["own_savings"] + v["own_remittances"]
        funded = own + v["other_funding"]
        gap = max(v["budget"] - funded, Decimal("0"))
        text = self.tr("Own contribution {own}; funded {funded} of {budget}.").format(
            own=format_money(own, self._currency),
            funded=format_money(funded, self._currency),
            budget=format_money(v["budget"], self._currency),
        )
        if v["budget"] > 0 and gap > 0:
            text += " " + self.tr("Missing: {gap}.").format(gap=format_money(gap, self._currency))
        self.funding.setText(text)

    def _update_notice(self) -> None:
        reasons = []
        for button in self.action_buttons.values():
            if not button.isHidden() and not button.isEnabled() and button.toolTip():
                reasons.append(
                    self.tr("{action}: {reason}").format(
                        action=button.text(), reason=button.toolTip()
                    )
                )
        if self._notice is not None:
            reasons.insert(0, self._notice.render(qt_tr))
        self.step_notice.setText("\n".join(reasons))
        self.step_notice.setVisible(bool(reasons))

    def _selected_milestone(self) -> Milestone | None:
        rows = self.milestone_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._milestones):
            return None
        return self._milestones[rows[0].row()]

    # --- saving and steps ---------------------------------------------------------------

    def save(self) -> bool:
        """Store the plan (new, or the changed fields); False when nothing could be saved."""
        self._clear_errors()
        values = self.values()
        try:
            if self._plan is None:
                saved = self._plans.create({**values, "worker_id": self._worker.id})
            else:
                changes = {k: v for k, v in values.items() if v != self._saved.get(k)}
                if not changes:
                    return True
                saved = self._plans.update(self._plan.id, changes)
        except ServiceError as exc:
            self._show_error(exc)
            return False
        self._plan = saved
        self._reload()
        self.plan_saved.emit(saved.id)
        return True

    def run_step(self, action: str) -> bool:
        """Take a workflow step (unsaved details are saved first); refusals are shown."""
        if self._plan is None or not self.save():
            return False
        if action == "abandon" and not self._confirm_abandon():
            return False
        step: Callable[[uuid.UUID], ReintegrationPlan] = getattr(self._plans, action)
        try:
            step(self._plan.id)
        except ServiceError as exc:
            self._show_error(exc)
            self._reload()
            self._update_notice()
            return False
        self._notice = None
        self._reload()
        self.plan_saved.emit(self._plan.id)
        return True

    def _confirm_abandon(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Abandon the plan"),
            self.tr("An abandoned plan is closed for good. Abandon it?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def add_milestone(self) -> bool:
        """Add the typed milestone (a new plan is saved first)."""
        self.milestone_error.hide()
        if self._plan is None and not self.save():
            return False
        assert self._plan is not None
        try:
            self._plans.add_milestone(
                self._plan.id, self.milestone_title.text(), self.milestone_due.value()
            )
        except ValidationFailed as exc:
            text = "\n".join(m.render(qt_tr) for m in exc.errors.values())
            self.milestone_error.setText(text)
            self.milestone_error.show()
            return False
        except ServiceError as exc:
            self._show_error(exc)
            return False
        self.milestone_title.clear()
        self.milestone_due.clear()
        self._reload()
        self.plan_saved.emit(self._plan.id)
        return True

    def mark_milestone_done(self) -> bool:
        milestone = self._selected_milestone()
        if milestone is None or self._plan is None:
            return False
        try:
            self._plans.complete_milestone(milestone.id)
        except ServiceError as exc:
            self._show_error(exc)
            return False
        self._reload()
        self.plan_saved.emit(self._plan.id)
        return True

    def request_print(self) -> None:
        """Ask for the printed plan (unsaved changes are saved first)."""
        if self._plan is not None and (not self.is_dirty() or self.save()):
            self.print_requested.emit("plan", self._plan.id)

    def _show_error(self, exc: ServiceError) -> None:
        if isinstance(exc, ValidationFailed):
            self._errors = dict(exc.errors)
            unplaced = []
            for name, message in exc.errors.items():
                text = message.render(qt_tr) if hasattr(message, "render") else str(message)
                if name in self.bindings:
                    self.bindings[name].show_error(text)
                else:
                    unplaced.append(text)
            summary = self.tr("Nothing was saved: correct the fields marked in red.")
            self.general_error.setText("\n".join([summary, *unplaced]))
            self.general_error.show()
            first = next((b for n, b in self.bindings.items() if n in exc.errors), None)
            if first is not None:
                self.scroll_area.ensureWidgetVisible(first.container)
                first.widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._notice = exc.message
        self._update_notice()
        self.scroll_area.ensureWidgetVisible(self.step_notice)

    def _clear_errors(self) -> None:
        self._errors = {}
        self._notice = None
        self.general_error.hide()
        for binding in self.bindings.values():
            binding.clear_error()
        self._update_notice()

    # --- leaving ------------------------------------------------------------------------

    def reject(self) -> None:
        if self.confirm_leave():
            super().reject()

    def confirm_leave(self) -> bool:
        """True when the editor may close: nothing unsaved, saved now, or discarded."""
        text = self.tr("This plan has changes that are not saved.")
        return may_leave(self, dirty=self.is_dirty(), text=text, save=self.save)

    # --- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._update_heading()
        self.details_box.setTitle(self.tr("Plan"))
        self.milestones_box.setTitle(self.tr("Milestones"))
        self.workflow_box.setTitle(self.tr("Approval and progress"))
        for field, caption in self.field_labels.items():
            caption.setText(QCoreApplication.translate(CONTEXT, FIELD_LABELS[field]))
        for field in MONEY_FIELDS:
            spin = self.bindings[field].widget
            assert isinstance(spin, QDoubleSpinBox)
            spin.setSuffix(f" {self._currency}" if self._currency else "")
        for binding in self.bindings.values():
            binding.retranslate()
        self.milestone_table.setHorizontalHeaderLabels(
            [self.tr("Milestone"), self.tr("Due"), self.tr("Done on")]
        )
        self.milestone_title.setPlaceholderText(self.tr("A new milestone, e.g. Buy the tools"))
        self.due_label.setText(self.tr("Due"))
        self.add_milestone_button.setText(self.tr("Add milestone"))
        self.done_button.setText(self.tr("Mark done today"))
        self.steps.setHorizontalHeaderLabels([self.tr("Step"), self.tr("By"), self.tr("When")])
        for action, button in self.action_buttons.items():
            button.setText(QCoreApplication.translate(CONTEXT, ACTION_LABELS[action]))
        self.print_button.setText(self.tr("Print plan…"))
        self.save_button.setText(self.tr("&Save"))
        self.close_button.setText(self.tr("Close"))
        self._fill_milestones()
        self._update_state()
        if self._errors:
            errors = self._errors
            self._clear_errors()
            self._show_error(ValidationFailed(errors))

    def _update_heading(self) -> None:
        name = self._worker_name()
        if self._plan is None:
            heading = self.tr("New reintegration plan for {name}").format(name=name)
        else:
            heading = self.tr("Reintegration plan of {name}").format(name=name)
        self.heading.setText(f"{heading} · {self._worker.case_code}")
        self.setWindowTitle(f"{heading} – Puente")

    def _worker_name(self) -> str:
        w = self._worker
        return " ".join(p for p in (w.given_names, w.first_family_name, w.second_family_name) if p)
