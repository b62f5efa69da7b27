"""Reintegration plans and milestones: the draft -> approved -> completed workflow.

Rules decided here:
- Field officers of the worker's mission work on plans up to "submitted": create, edit
  the draft, add and tick milestones, submit, and withdraw their own submission back to
  draft. Past that a plan is the supervisor's: approve, start, complete, abandon, send a
  submitted plan back to draft, and its milestones.
- Plan details are edited in draft only; once in progress only the business start date
  can still be set. Closed plans (completed, abandoned) are read-only, milestones too.
- Budget: own savings + own remittances + other funding against the budget. A shortfall
  is a warning shown with the plan (`budget_check`), never a block: supervisors decide.
  Submitting needs a title and goals.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models import (
    Milestone,
    ReintegrationPlan,
    ReintegrationPlanCreate,
    ReintegrationPlanUpdate,
    Worker,
    utcnow,
)
from app.models.enums import PlanStatus
from app.services.casework import (
    REQUIRED,
    active_worker,
    check_supervisor,
    check_texts,
    given,
    insert_row,
    mission_currency,
    msg,
    parse_input,
    state_msg,
    update_row,
    visible,
    writable,
)
from app.services.context import Actor, Message, PermissionDenied, ValidationFailed

PLAN = "reintegration_plan"
MILESTONE = "milestone"
CLOSED = (PlanStatus.COMPLETED, PlanStatus.ABANDONED)
EDITABLE_IN_PROGRESS = frozenset({"business_started_on"})
OFFICER_STATUSES = (PlanStatus.DRAFT, PlanStatus.SUBMITTED)  # past these: supervisors
SUPERVISOR_ACTIONS = frozenset({"approve", "start", "complete", "abandon"})

# Which status each action needs, and what it leads to.
TRANSITIONS: dict[str, tuple[tuple[PlanStatus, ...], PlanStatus]] = {
    "submit": ((PlanStatus.DRAFT,), PlanStatus.SUBMITTED),
    "return_to_draft": ((PlanStatus.SUBMITTED,), PlanStatus.DRAFT),
    "approve": ((PlanStatus.SUBMITTED,), PlanStatus.APPROVED),
    "start": ((PlanStatus.APPROVED,), PlanStatus.IN_PROGRESS),
    "complete": ((PlanStatus.IN_PROGRESS,), PlanStatus.COMPLETED),
    "abandon": (
        (PlanStatus.SUBMITTED, PlanStatus.APPROVED, PlanStatus.IN_PROGRESS),
        PlanStatus.ABANDONED,
    ),
}
REFUSALS: dict[str, str] = {
    "submit": QT_TRANSLATE_NOOP("Workflows", "A plan in status {status} cannot be submitted."),
    "return_to_draft": QT_TRANSLATE_NOOP(
        "Workflows", "A plan in status {status} cannot go back to draft."
    ),
    "approve": QT_TRANSLATE_NOOP("Workflows", "A plan in status {status} cannot be approved."),
    "start": QT_TRANSLATE_NOOP("Workflows", "A plan in status {status} cannot be started."),
    "complete": QT_TRANSLATE_NOOP("Workflows", "A plan in status {status} cannot be completed."),
    "abandon": QT_TRANSLATE_NOOP("Workflows", "A plan in status {status} cannot be abandoned."),
}
NOT_EDITABLE = QT_TRANSLATE_NOOP("Workflows", "A plan in status {status} cannot be edited.")
CLOSED_PLAN = QT_TRANSLATE_NOOP(
    "Workflows", "A plan in status {status} is closed: its milestones can no longer change."
)
MILESTONE_DONE = QT_TRANSLATE_NOOP("Workflows", "This milestone was already done on {date}.")
SHORTFALL = QT_TRANSLATE_NOOP(
    "Workflows",
    "The funding ({funded} {currency}) does not cover the budget ({budget} {currency}): "
    "{gap} {currency} are missing.",
)
NO_BUDGET = QT_TRANSLATE_NOOP("Workflows", "The plan has no budget yet.")


@dataclass(frozen=True)
class BudgetCheck:
    """The plan's money at a glance; `warnings` are shown, never block."""

    currency: str
    budget: Decimal
    own_contribution: Decimal
    other_funding: Decimal
    funded: Decimal
    gap: Decimal  # budget not covered (0 when covered)
    warnings: tuple[Message, ...]


@dataclass(frozen=True)
class PlanDetail:
    plan: ReintegrationPlan
    milestones: list[Milestone]
    budget: BudgetCheck


# --- the plan ---------------------------------------------------------------------------


def create_plan(
    session: Session, *, data: ReintegrationPlanCreate | Mapping[str, Any], actor: Actor
) -> ReintegrationPlan:
    """A new draft plan for a worker (before or after return)."""
    values = parse_input(ReintegrationPlanCreate, data)
    worker = active_worker(session, values["worker_id"], actor)
    if not given(data, "currency"):  # the mission's own currency unless one is chosen
        values["currency"] = mission_currency(session, worker.mission_id) or values["currency"]
    values["currency"] = str(values["currency"]).upper()
    _check(values)
    plan = ReintegrationPlan(**values, mission_id=worker.mission_id)
    insert_row(session, entity=PLAN, row=plan, actor=actor)
    session.flush()
    return plan


def update_plan(
    session: Session,
    *,
    plan_id: uuid.UUID,
    changes: ReintegrationPlanUpdate | Mapping[str, Any],
    actor: Actor,
) -> ReintegrationPlan:
    """Edit a draft plan (in progress: only the business start date)."""
    values = parse_input(ReintegrationPlanUpdate, changes, partial=True)
    plan = _writable_plan(session, plan_id, actor)
    allowed = plan.status == PlanStatus.DRAFT or (
        plan.status == PlanStatus.IN_PROGRESS and set(values) <= EDITABLE_IN_PROGRESS
    )
    if not allowed:
        raise PermissionDenied(state_msg(NOT_EDITABLE, state=plan.status))
    if values.get("currency"):
        values["currency"] = str(values["currency"]).upper()
    merged = {name: getattr(plan, name) for name in ReintegrationPlanUpdate.model_fields}
    merged.update(values)
    _check(merged)
    update_row(session, entity=PLAN, row=plan, values=values, actor=actor)
    session.flush()
    return plan


def _check(values: Mapping[str, Any]) -> None:
    errors: dict[str, Message] = {}
    check_texts(values, ReintegrationPlan, out=errors)
    if errors:
        raise ValidationFailed(errors)


def submit_plan(session: Session, *, plan_id: uuid.UUID, actor: Actor) -> ReintegrationPlan:
    """Draft -> submitted, for a supervisor to approve; needs a title and goals."""
    plan = _plan_for(session, plan_id, actor, "submit")
    errors = {name: msg(REQUIRED) for name in ("title", "goals") if not getattr(plan, name).strip()}
    if errors:
        raise ValidationFailed(errors)
    return _move(session, plan, "submit", actor, submitted_by=actor.username, submitted_at=utcnow())


def return_to_draft(session: Session, *, plan_id: uuid.UUID, actor: Actor) -> ReintegrationPlan:
    """Submitted -> draft: sent back for changes (or withdrawn by its officer)."""
    plan = _plan_for(session, plan_id, actor, "return_to_draft")
    return _move(session, plan, "return_to_draft", actor, submitted_by="", submitted_at=None)


def approve_plan(session: Session, *, plan_id: uuid.UUID, actor: Actor) -> ReintegrationPlan:
    """Submitted -> approved: mission supervisors only."""
    plan = _plan_for(session, plan_id, actor, "approve")
    return _move(session, plan, "approve", actor, approved_by=actor.username, approved_at=utcnow())


def start_plan(session: Session, *, plan_id: uuid.UUID, actor: Actor) -> ReintegrationPlan:
    """Approved -> in progress."""
    plan = _plan_for(session, plan_id, actor, "start")
    return _move(session, plan, "start", actor, started_at=utcnow())


def complete_plan(session: Session, *, plan_id: uuid.UUID, actor: Actor) -> ReintegrationPlan:
    """In progress -> completed."""
    plan = _plan_for(session, plan_id, actor, "complete")
    return _move(session, plan, "complete", actor, closed_at=utcnow())


def abandon_plan(session: Session, *, plan_id: uuid.UUID, actor: Actor) -> ReintegrationPlan:
    """Submitted, approved or in progress -> abandoned."""
    plan = _plan_for(session, plan_id, actor, "abandon")
    return _move(session, plan, "abandon", actor, closed_at=utcnow())


def _plan_for(session: Session, plan_id: uuid.UUID, actor: Actor, action: str) -> ReintegrationPlan:
    plan = writable(session, ReintegrationPlan, plan_id, actor)
    active_worker(session, plan.worker_id, actor)
    if action in SUPERVISOR_ACTIONS or (
        action == "return_to_draft" and plan.submitted_by != actor.username
    ):
        check_supervisor(actor, plan.mission_id)
    allowed, _ = TRANSITIONS[action]
    if plan.status not in allowed:
        raise PermissionDenied(state_msg(REFUSALS[action], state=plan.status))
    return plan


def _move(
    session: Session, plan: ReintegrationPlan, action: str, actor: Actor, **stamps: Any
) -> ReintegrationPlan:
    _, target = TRANSITIONS[action]
    update_row(session, entity=PLAN, row=plan, values={"status": target, **stamps}, actor=actor)
    session.flush()
    return plan


def budget_check(plan: ReintegrationPlan) -> BudgetCheck:
    """Own contribution (savings + remittances) plus other funding against the budget."""
    own = plan.own_savings + plan.own_remittances
    funded = own + plan.other_funding
    gap = max(plan.budget - funded, Decimal("0"))
    warnings: list[Message] = []
    if plan.budget <= 0:
        warnings.append(msg(NO_BUDGET))
    elif gap > 0:
        warnings.append(
            msg(
                SHORTFALL,
                funded=f"{funded:.2f}",
                budget=f"{plan.budget:.2f}",
                gap=f"{gap:.2f}",
                currency=plan.currency,
            )
        )
    return BudgetCheck(
        currency=plan.currency,
        budget=plan.budget,
        own_contribution=own,
        other_funding=plan.other_funding,
        funded=funded,
        gap=gap,
        warnings=tuple(warnings),
    )


# --- milestones -------------------------------------------------------------------------


def add_milestone(
    session: Session, *, plan_id: uuid.UUID, title: str, due_date: date | None, actor: Actor
) -> Milestone:
    """A step of an open plan, with an optional due date."""
    plan = _open_plan(session, plan_id, actor)
    errors: dict[str, Message] = {}
    values = {"title": title.strip()}
    check_texts(values, Milestone, required=("title",), out=errors)
    if errors:
        raise ValidationFailed(errors)
    row = Milestone(
        plan_id=plan.id, mission_id=plan.mission_id, title=values["title"], due_date=due_date
    )
    insert_row(session, entity=MILESTONE, row=row, actor=actor)
    session.flush()
    return row


def complete_milestone(
    session: Session, *, milestone_id: uuid.UUID, on: date, actor: Actor
) -> Milestone:
    """Mark a milestone done on a date (once)."""
    milestone = writable(session, Milestone, milestone_id, actor)
    _open_plan(session, milestone.plan_id, actor)
    if milestone.done_on is not None:
        raise PermissionDenied(msg(MILESTONE_DONE, date=milestone.done_on))
    update_row(session, entity=MILESTONE, row=milestone, values={"done_on": on}, actor=actor)
    session.flush()
    return milestone


def _open_plan(session: Session, plan_id: uuid.UUID, actor: Actor) -> ReintegrationPlan:
    plan = _writable_plan(session, plan_id, actor)
    if plan.status in CLOSED:
        raise PermissionDenied(state_msg(CLOSED_PLAN, state=plan.status))
    return plan


def _writable_plan(session: Session, plan_id: uuid.UUID, actor: Actor) -> ReintegrationPlan:
    """A plan the actor may change now: officers only while draft or submitted."""
    plan = writable(session, ReintegrationPlan, plan_id, actor)
    active_worker(session, plan.worker_id, actor)
    if plan.status not in OFFICER_STATUSES:
        check_supervisor(actor, plan.mission_id)
    return plan


# --- reads ------------------------------------------------------------------------------


def get_plan(session: Session, *, plan_id: uuid.UUID, actor: Actor) -> PlanDetail:
    """A plan with its milestones (by due date) and its budget check."""
    plan = visible(session, ReintegrationPlan, plan_id, actor)
    return PlanDetail(plan, milestones_of(session, [plan.id]).get(plan.id, []), budget_check(plan))


def plans_of_worker(session: Session, *, worker_id: uuid.UUID, actor: Actor) -> list[PlanDetail]:
    """A worker's plans, newest first, each with milestones and budget check."""
    visible(session, Worker, worker_id, actor)
    return plan_details(session, worker_id)


def plan_details(session: Session, worker_id: uuid.UUID) -> list[PlanDetail]:
    stmt = (
        select(ReintegrationPlan)
        .where(
            ReintegrationPlan.worker_id == worker_id,
            col(ReintegrationPlan.archived_at).is_(None),
        )
        .order_by(col(ReintegrationPlan.created_at).desc())
    )
    plans = list(session.exec(stmt))
    milestones = milestones_of(session, [p.id for p in plans])
    return [PlanDetail(p, milestones.get(p.id, []), budget_check(p)) for p in plans]


def milestones_of(session: Session, plan_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Milestone]]:
    if not plan_ids:
        return {}
    stmt = (
        select(Milestone)
        .where(col(Milestone.plan_id).in_(plan_ids), col(Milestone.archived_at).is_(None))
        .order_by(col(Milestone.due_date).nulls_last(), col(Milestone.created_at))
    )
    out: dict[uuid.UUID, list[Milestone]] = {}
    for m in session.exec(stmt):
        out.setdefault(m.plan_id, []).append(m)
    return out
