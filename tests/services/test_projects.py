"""Community projects: creation rights, participants, progress sums per currency."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.models.enums import ProjectStatus
from app.services import projects
from app.services.context import Actor, NotFound, PermissionDenied, ValidationFailed
from app.services.db import Database
from tests.services.conftest import MakeWorker
from tests.services.test_remittances import project, remit


def test_create_and_edit_project(db: Database, mx_officer: Actor) -> None:
    p = project(db, mx_officer)
    assert p.currency == "CAD" and p.status == ProjectStatus.PROPOSED
    with db.write() as s:
        p = projects.set_project_status(
            s, project_id=p.id, status=ProjectStatus.FUNDRAISING, actor=mx_officer
        )
    assert p.status == ProjectStatus.FUNDRAISING
    with pytest.raises(ValidationFailed) as err, db.write() as s:
        projects.update_project(
            s, project_id=p.id, changes={"goal_amount": "0", "title": ""}, actor=mx_officer
        )
    assert set(err.value.errors) >= {"title"}
    with pytest.raises(ValidationFailed):
        project(db, mx_officer, start_date=date(2027, 5, 1), end_date=date(2027, 1, 1))
    with pytest.raises(ValidationFailed):
        project(db, mx_officer, goal_amount="0")


def test_progress_sums_linked_remittances_per_currency(
    db: Database, make_worker: MakeWorker, mx_officer: Actor, analyst: Actor
) -> None:
    p = project(db, mx_officer, goal_amount="2000", currency="CAD")
    a, b = make_worker(given_names="Ana", sex="female"), make_worker(given_names="Luis")
    remit(db, mx_officer, a, amount="300.50", currency="CAD", community_project_id=p.id)
    remit(db, mx_officer, b, amount="199.50", currency="CAD", community_project_id=p.id)
    remit(db, mx_officer, b, amount="1000", currency="MXN", community_project_id=p.id)
    gone = remit(db, mx_officer, a, amount="700", currency="CAD", community_project_id=p.id)
    remit(db, mx_officer, a, amount="999", currency="CAD")  # not linked
    from app.services import remittances

    with db.write() as s:
        remittances.archive_remittance(s, remittance_id=gone.id, actor=mx_officer)
    with db.read() as s:
        prog = projects.project_progress(s, project_id=p.id, actor=analyst)
    assert prog.raised == Decimal("500.00") and prog.percent == Decimal("25.0")
    assert prog.other_currencies == {"MXN": Decimal("1000.00")}
    assert prog.participants == 2 and prog.remittances == 3


def test_participants_join_and_leave(
    db: Database, make_worker: MakeWorker, mx_officer: Actor, mx_supervisor: Actor
) -> None:
    p = project(db, mx_officer)
    w = make_worker()
    with db.write() as s:
        projects.add_participant(s, project_id=p.id, worker_id=w, actor=mx_officer)
    with pytest.raises(ValidationFailed), db.write() as s:
        projects.add_participant(s, project_id=p.id, worker_id=w, actor=mx_officer)
    with db.write() as s:
        projects.remove_participant(s, project_id=p.id, worker_id=w, actor=mx_supervisor)
    with db.read() as s:
        assert projects.project_progress(s, project_id=p.id, actor=mx_officer).participants == 0
    with db.write() as s:  # joins again: the link is restored
        again = projects.add_participant(s, project_id=p.id, worker_id=w, actor=mx_officer)
    assert again.archived_at is None


def test_scope_mission_and_roles(
    db: Database,
    make_worker: MakeWorker,
    mx_officer: Actor,
    hn_officer: Actor,
    analyst: Actor,
    admin: Actor,
    hq_supervisor: Actor,
) -> None:
    p = project(db, mx_officer)
    with pytest.raises(NotFound), db.read() as s:
        projects.project_progress(s, project_id=p.id, actor=hn_officer)
    with pytest.raises(NotFound), db.write() as s:
        projects.add_participant(s, project_id=p.id, worker_id=make_worker("HN"), actor=hn_officer)
    for actor in (analyst, admin):
        with pytest.raises(PermissionDenied):
            project(db, actor)
    with pytest.raises(ValidationFailed):
        project(db, hq_supervisor, "HQ")
    with pytest.raises(PermissionDenied):
        project(db, hn_officer, "MX")


def test_project_list_with_progress_and_paging(
    db: Database, make_worker: MakeWorker, mx_officer: Actor, hn_officer: Actor
) -> None:
    from app.services.lists import ProjectQuery, ProjectSort, list_projects

    a = project(db, mx_officer, title="A agua", community="San Isidro", goal_amount="1000")
    project(db, mx_officer, title="B biblioteca", community="El Rosario", status="fundraising")
    project(db, mx_officer, title="C cancha", community="San Isidro")
    project(db, hn_officer, "HN", title="D HN")
    remit(db, mx_officer, make_worker(), amount="250", currency="CAD", community_project_id=a.id)
    with db.read() as s:
        first = list_projects(s, query=ProjectQuery(), actor=mx_officer, limit=2)
        rest = list_projects(s, query=ProjectQuery(), actor=mx_officer, after=first.next_cursor)
        assert [r.title for r in first.rows + rest.rows] == ["A agua", "B biblioteca", "C cancha"]
        assert rest.next_cursor is None
        assert (first.rows[0].raised, first.rows[0].percent, first.rows[0].participants) == (
            Decimal("250.00"),
            Decimal("25.0"),
            1,
        )
        isidro = list_projects(
            s,
            query=ProjectQuery(community="isidro", sort=ProjectSort.TITLE, descending=True),
            actor=mx_officer,
        )
        assert [r.title for r in isidro.rows] == ["C cancha", "A agua"]
        fundraising = list_projects(
            s, query=ProjectQuery(status=ProjectStatus.FUNDRAISING), actor=mx_officer
        )
        assert [r.title for r in fundraising.rows] == ["B biblioteca"]


def test_currency_defaults_to_the_missions(db: Database, hn_officer: Actor) -> None:
    with db.write() as s:
        p = projects.create_project(
            s,
            data={"mission_id": "HN", "title": "Escuela", "community": "X", "goal_amount": "9"},
            actor=hn_officer,
        )
    assert p.currency == "HNL"
