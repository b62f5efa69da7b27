"""Remittances: amounts, currency, month, project links in the worker's mission."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from app.models import CommunityProject, Remittance
from app.models.enums import RemittancePurpose
from app.services import projects, remittances
from app.services.context import Actor, NotFound, PermissionDenied, ValidationFailed
from app.services.db import Database
from tests.services.conftest import MakeWorker


def project(db: Database, actor: Actor, mission: str = "MX", **kw: Any) -> CommunityProject:
    data = {
        "mission_id": mission,
        "title": "Agua potable para San Isidro",
        "community": "San Isidro",
        "currency": "cad",
        "goal_amount": "10000",
        **kw,
    }
    with db.write() as s:
        return projects.create_project(s, data=data, actor=actor)


def remit(db: Database, actor: Actor, worker_id: object, **kw: Any) -> Remittance:
    data = {"worker_id": worker_id, "month": date(2027, 5, 17), "amount": "450.00", **kw}
    with db.write() as s:
        return remittances.add_remittance(s, data=data, actor=actor)


def test_add_remittance_normalises_month_and_currency(
    db: Database, make_worker: MakeWorker, mx_officer: Actor
) -> None:
    r = remit(db, mx_officer, make_worker(), currency="cad")
    assert r.month == date(2027, 5, 1) and r.currency == "CAD" and r.mission_id == "MX"
    assert r.purpose == RemittancePurpose.HOUSEHOLD


@pytest.mark.parametrize(
    ("field", "value"), [("amount", "0"), ("amount", "-5"), ("currency", "XYZ"), ("month", None)]
)
def test_bad_remittances_are_refused(
    db: Database, make_worker: MakeWorker, mx_officer: Actor, field: str, value: object
) -> None:
    with pytest.raises(ValidationFailed) as err:
        remit(db, mx_officer, make_worker(), **{field: value})
    assert field in err.value.errors


def test_project_link_sets_purpose_and_participation(
    db: Database, make_worker: MakeWorker, mx_officer: Actor
) -> None:
    p = project(db, mx_officer)
    w = make_worker()
    r = remit(db, mx_officer, w, currency="CAD", community_project_id=p.id)
    assert r.purpose == RemittancePurpose.COMMUNITY_PROJECT
    remit(db, mx_officer, w, currency="CAD", community_project_id=p.id)  # joins only once
    with db.read() as s:
        (line,) = projects.project_participants(s, project_id=p.id, actor=mx_officer)
    assert line.worker_id == w and line.contributed == {"CAD": Decimal("900.00")}


def test_project_must_be_in_the_workers_mission(
    db: Database,
    make_worker: MakeWorker,
    mx_officer: Actor,
    hn_officer: Actor,
    hn_supervisor: Actor,
) -> None:
    hn_project = project(db, hn_officer, "HN")
    with pytest.raises(NotFound):  # not even visible to MX
        remit(db, mx_officer, make_worker("MX"), community_project_id=hn_project.id)
    both = Actor("x", "X", hn_supervisor.role, ("MX", "HN"), "XXX")
    with pytest.raises(ValidationFailed) as err:
        remit(db, both, make_worker("MX"), community_project_id=hn_project.id)
    assert "community_project_id" in err.value.errors
    cancelled = project(db, mx_officer, status="cancelled")
    with pytest.raises(ValidationFailed):
        remit(db, mx_officer, make_worker(), community_project_id=cancelled.id)


def test_archive_and_list(db: Database, make_worker: MakeWorker, mx_officer: Actor) -> None:
    w = make_worker()
    old = remit(db, mx_officer, w, month=date(2027, 4, 1))
    new = remit(db, mx_officer, w, month=date(2027, 6, 1))
    with db.write() as s:
        remittances.archive_remittance(s, remittance_id=old.id, actor=mx_officer)
    with db.read() as s:
        assert [
            r.id for r in remittances.remittances_of_worker(s, worker_id=w, actor=mx_officer)
        ] == [new.id]


def test_roles_and_scope(
    db: Database, make_worker: MakeWorker, hn_officer: Actor, analyst: Actor, admin: Actor
) -> None:
    w = make_worker("MX")
    for actor in (analyst, admin):
        with pytest.raises(PermissionDenied):
            remit(db, actor, w)
    with pytest.raises(NotFound):
        remit(db, hn_officer, w)
