"""Reintegration plans: the workflow with who/when, role refusals, budget warnings, milestones."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from app.models import ReintegrationPlan
from app.models.enums import PlanStatus
from app.services import plans
from app.services.casework import LabelledMessage
from app.services.context import Actor, NotFound, PermissionDenied, ValidationFailed
from app.services.db import Database
from tests.services.conftest import MakeWorker


def _plan(db: Database, actor: Actor, worker_id: object, **kw: Any) -> ReintegrationPlan:
    data = {
        "worker_id": worker_id,
        "kind": "business",
        "title": "Invernadero de jitomate",
        "goals": "Greenhouse with two family members employed",
        "sector": "agriculture",
        "community": "San Isidro",
        "currency": "mxn",
        "budget": "50000",
        "own_savings": "20000",
        "own_remittances": "10000",
        "other_funding": "5000",
        **kw,
    }
    with db.write() as s:
        return plans.create_plan(s, data=data, actor=actor)


def _do(db: Database, action: str, plan_id: object, actor: Actor) -> ReintegrationPlan:
    with db.write() as s:
        result: ReintegrationPlan = getattr(plans, f"{action}_plan")(
            s, plan_id=plan_id, actor=actor
        )
        return result


def test_full_workflow_records_who_and_when(
    db: Database, make_worker: MakeWorker, mx_officer: Actor, mx_supervisor: Actor
) -> None:
    p = _plan(db, mx_officer, make_worker())
    assert p.status == PlanStatus.DRAFT and p.currency == "MXN"
    p = _do(db, "submit", p.id, mx_officer)
    assert p.status == PlanStatus.SUBMITTED and p.submitted_by == "olga.mx" and p.submitted_at
    p = _do(db, "approve", p.id, mx_supervisor)
    assert p.approved_by == "sara.mx" and p.approved_at
    p = _do(db, "start", p.id, mx_supervisor)
    assert p.status == PlanStatus.IN_PROGRESS and p.started_at
    p = _do(db, "complete", p.id, mx_supervisor)
    assert p.status == PlanStatus.COMPLETED and p.closed_at


def test_illegal_steps_are_refused_with_the_reason(
    db: Database, make_worker: MakeWorker, mx_officer: Actor, mx_supervisor: Actor
) -> None:
    p = _plan(db, mx_officer, make_worker())
    with pytest.raises(PermissionDenied) as err:
        _do(db, "approve", p.id, mx_supervisor)
    assert str(err.value) == "A plan in status draft cannot be approved."
    assert isinstance(err.value.message, LabelledMessage)
    fr = {
        "A plan in status {status} cannot be approved.": "Un plan au statut {status} ne "
        "peut pas être approuvé.",
        "draft": "brouillon",
    }
    assert err.value.message.render(lambda c, t: fr.get(t, t)) == (
        "Un plan au statut brouillon ne peut pas être approuvé."
    )
    with pytest.raises(PermissionDenied, match="draft cannot be abandoned"):
        _do(db, "abandon", p.id, mx_supervisor)
    with pytest.raises(PermissionDenied, match="cannot be started"):
        _do(db, "start", p.id, mx_supervisor)
    _do(db, "submit", p.id, mx_officer)
    with pytest.raises(PermissionDenied, match="submitted cannot be submitted"):
        _do(db, "submit", p.id, mx_officer)
    with pytest.raises(PermissionDenied, match="cannot be completed"):
        _do(db, "complete", p.id, mx_supervisor)
    p = _do(db, "abandon", p.id, mx_supervisor)
    assert p.status == PlanStatus.ABANDONED and p.closed_at
    with pytest.raises(PermissionDenied, match="abandoned cannot be"):
        _do(db, "start", p.id, mx_supervisor)


def test_officer_works_up_to_submitted_only(
    db: Database,
    make_worker: MakeWorker,
    mx_officer: Actor,
    mx_officer2: Actor,
    mx_supervisor: Actor,
) -> None:
    p = _plan(db, mx_officer, make_worker())
    _do(db, "submit", p.id, mx_officer)
    with pytest.raises(PermissionDenied, match="supervisor"):
        _do(db, "approve", p.id, mx_officer)
    with pytest.raises(PermissionDenied, match="supervisor"), db.write() as s:  # not submitter
        plans.return_to_draft(s, plan_id=p.id, actor=mx_officer2)
    with db.write() as s:  # the submitter withdraws the submission
        back = plans.return_to_draft(s, plan_id=p.id, actor=mx_officer)
    assert back.status == PlanStatus.DRAFT and back.submitted_by == ""
    _do(db, "submit", p.id, mx_officer)
    _do(db, "approve", p.id, mx_supervisor)
    for action in ("start", "abandon"):
        with pytest.raises(PermissionDenied, match="supervisor"):
            _do(db, action, p.id, mx_officer)
    with pytest.raises(PermissionDenied, match="supervisor"), db.write() as s:
        plans.add_milestone(s, plan_id=p.id, title="Buy seeds", due_date=None, actor=mx_officer)


def test_edit_only_in_draft_except_business_start(
    db: Database, make_worker: MakeWorker, mx_officer: Actor, mx_supervisor: Actor
) -> None:
    p = _plan(db, mx_officer, make_worker())
    with db.write() as s:
        plans.update_plan(s, plan_id=p.id, changes={"budget": "60000"}, actor=mx_officer)
    for step, actor in (("submit", mx_officer), ("approve", mx_supervisor)):
        _do(db, step, p.id, actor)
    with pytest.raises(PermissionDenied, match="approved cannot be edited"), db.write() as s:
        plans.update_plan(s, plan_id=p.id, changes={"budget": "1"}, actor=mx_supervisor)
    _do(db, "start", p.id, mx_supervisor)
    with db.write() as s:
        done = plans.update_plan(
            s, plan_id=p.id, changes={"business_started_on": date(2027, 2, 1)}, actor=mx_supervisor
        )
    assert done.business_started_on == date(2027, 2, 1) and done.budget == Decimal("60000")


def test_submit_needs_title_and_goals(
    db: Database, make_worker: MakeWorker, mx_officer: Actor
) -> None:
    p = _plan(db, mx_officer, make_worker(), title="", goals=" ")
    with pytest.raises(ValidationFailed) as err:
        _do(db, "submit", p.id, mx_officer)
    assert set(err.value.errors) == {"title", "goals"}


def test_budget_shortfall_warns_but_does_not_block(
    db: Database, make_worker: MakeWorker, mx_officer: Actor, mx_supervisor: Actor
) -> None:
    p = _plan(db, mx_officer, make_worker())
    check = plans.budget_check(p)
    assert check.funded == Decimal("35000") and check.gap == Decimal("15000")
    assert check.own_contribution == Decimal("30000")
    assert "15000.00 MXN are missing" in check.warnings[0].text.format(**check.warnings[0].params)
    _do(db, "submit", p.id, mx_officer)
    assert _do(db, "approve", p.id, mx_supervisor).status == PlanStatus.APPROVED
    covered = _plan(db, mx_officer, make_worker(), other_funding="30000")
    assert plans.budget_check(covered).warnings == () and plans.budget_check(covered).gap == 0
    with pytest.raises(ValidationFailed):
        _plan(db, mx_officer, make_worker(), budget="-5")


def test_milestones_add_complete_and_closed_plans(
    db: Database, make_worker: MakeWorker, mx_officer: Actor, mx_supervisor: Actor
) -> None:
    p = _plan(db, mx_officer, make_worker())
    with db.write() as s:
        late = plans.add_milestone(
            s, plan_id=p.id, title="Open shop", due_date=date(2027, 6, 1), actor=mx_officer
        )
    with db.write() as s:
        first = plans.add_milestone(
            s, plan_id=p.id, title="Buy seeds", due_date=date(2027, 2, 1), actor=mx_officer
        )
    with pytest.raises(ValidationFailed), db.write() as s:
        plans.add_milestone(s, plan_id=p.id, title=" ", due_date=None, actor=mx_officer)
    with db.write() as s:
        plans.complete_milestone(s, milestone_id=first.id, on=date(2027, 1, 20), actor=mx_officer)
    with pytest.raises(PermissionDenied, match="already done"), db.write() as s:
        plans.complete_milestone(s, milestone_id=first.id, on=date(2027, 1, 21), actor=mx_officer)
    with db.read() as s:
        detail = plans.get_plan(s, plan_id=p.id, actor=mx_officer)
    assert [m.id for m in detail.milestones] == [first.id, late.id]
    assert detail.milestones[0].done_on == date(2027, 1, 20)
    _do(db, "submit", p.id, mx_officer)
    _do(db, "abandon", p.id, mx_supervisor)
    with pytest.raises(PermissionDenied, match="closed"), db.write() as s:
        plans.complete_milestone(s, milestone_id=late.id, on=date(2027, 6, 1), actor=mx_supervisor)


def test_scope_and_read_only_roles(
    db: Database,
    make_worker: MakeWorker,
    mx_officer: Actor,
    hn_supervisor: Actor,
    analyst: Actor,
    admin: Actor,
) -> None:
    p = _plan(db, mx_officer, make_worker("MX"))
    _do(db, "submit", p.id, mx_officer)
    with pytest.raises(NotFound):
        _do(db, "approve", p.id, hn_supervisor)
    for actor in (analyst, admin):
        with pytest.raises(PermissionDenied):
            _do(db, "approve", p.id, actor)
        with pytest.raises(PermissionDenied):
            _plan(db, actor, make_worker("MX"))
    with db.read() as s:
        assert plans.get_plan(s, plan_id=p.id, actor=analyst).plan.status == PlanStatus.SUBMITTED
        assert len(plans.plans_of_worker(s, worker_id=p.worker_id, actor=analyst)) == 1
        with pytest.raises(NotFound):
            plans.plans_of_worker(s, worker_id=p.worker_id, actor=hn_supervisor)


def test_plan_list_filters_sorts_and_pages(
    db: Database,
    make_worker: MakeWorker,
    mx_officer: Actor,
    hn_officer: Actor,
    analyst: Actor,
) -> None:
    from app.services.lists import PlanQuery, PlanSort, list_plans

    made = [
        _plan(db, mx_officer, make_worker(given_names=n), title=f"Plan {n}")
        for n in ("Ana", "Bruno", "Ciro", "Dario")
    ]
    _plan(db, hn_officer, make_worker("HN"), title="Plan HN")
    _do(db, "submit", made[1].id, mx_officer)
    with db.read() as s:
        seen, cursor = [], None
        while True:
            page = list_plans(s, query=PlanQuery(), actor=mx_officer, after=cursor, limit=3)
            seen += [r.id for r in page.rows]
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        assert seen[0] == made[1].id and sorted(seen) == sorted(p.id for p in made)
        submitted = list_plans(s, query=PlanQuery(status=PlanStatus.SUBMITTED), actor=analyst)
        assert [r.worker_name for r in submitted.rows] == ["Bruno Pérez Gómez"]
        by_worker = list_plans(
            s, query=PlanQuery(sort=PlanSort.WORKER, descending=False), actor=mx_officer
        )
        assert [r.title for r in by_worker.rows] == [
            "Plan Ana",
            "Plan Bruno",
            "Plan Ciro",
            "Plan Dario",
        ]
        assert len(list_plans(s, query=PlanQuery(), actor=analyst).rows) == 5
        assert list_plans(s, query=PlanQuery(mission="HN"), actor=mx_officer).rows == []


def test_currency_defaults_to_the_missions(
    db: Database, make_worker: MakeWorker, mx_officer: Actor
) -> None:
    with db.write() as s:
        plan = plans.create_plan(s, data={"worker_id": make_worker()}, actor=mx_officer)
    assert plan.currency == "MXN"
