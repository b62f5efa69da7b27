"""ALERT indicators on a small hand-made data set equal the figures worked out by hand."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from app.models import (
    Attendance,
    CaseNote,
    CommunityProject,
    Course,
    Enrolment,
    Milestone,
    Placement,
    ProjectParticipant,
    ReintegrationPlan,
    Remittance,
    Worker,
)
from app.models.enums import Role
from app.reports.indicators import compute_indicators
from app.services.context import Actor, PermissionDenied
from app.store.migrate import prepare_store
from app.store.search import sort_name

START, END = date(2026, 1, 1), date(2026, 6, 30)
LONG_AGO = datetime(2025, 12, 1, 9, 0, tzinfo=UTC)

HQ = Actor("hq", "HQ Analyst", Role.HQ_ANALYST, (), "HQ1")
MX_OFFICER = Actor("mx", "Officer MX", Role.FIELD_OFFICER, ("MX",), "MX1")
SUPERVISOR = Actor("sup", "Supervisor", Role.SUPERVISOR, ("MX", "SV"), "SP1")


def _at(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, 12, 0, tzinfo=UTC)


@dataclass
class Dataset:
    """A store with a few rows of every kind, and their ids by short names."""

    engine: Engine
    ids: dict[str, uuid.UUID] = field(default_factory=dict)

    def session(self) -> Session:
        return Session(self.engine)


def add_worker(s: Session, ds: Dataset, name: str, **values: Any) -> Worker:
    given = values.pop("given_names", name)
    family = values.pop("first_family_name", "Pérez")
    second = values.pop("second_family_name", "Núñez")
    data: dict[str, Any] = {
        "mission_id": "MX",
        "sex": "female",
        "date_of_birth": date(1990, 1, 1),
        "nationality": values.get("mission_id", "MX"),
        "migration_stage": "pre_departure",
        "consent_date": date(2025, 11, 1),
        "consent_purposes": "case_management,training,statistics",
        "created_at": LONG_AGO,
        "updated_at": LONG_AGO,
    }
    data.update(values)
    worker = Worker(
        given_names=given,
        first_family_name=family,
        second_family_name=second,
        case_code=f"{data['mission_id']}-TST-{len(ds.ids) + 1:04d}",
        sort_name=sort_name(given, family, second),
        **data,
    )
    s.add(worker)
    s.flush()
    ds.ids[name] = worker.id
    return worker


def build_dataset(path: Path) -> Dataset:
    """The hand-made data set the expected figures below were worked out from."""
    ds = Dataset(prepare_store(path))
    with ds.session() as s:
        w = {
            "W1": add_worker(s, ds, "W1", given_names="María José", sex="female",
                             date_of_birth=date(2000, 7, 1), migration_stage="abroad",
                             phone="+5215512345678", email="maria@example.org",
                             id_document_type="curp", id_document_number="PENM000701MJCRXR01",
                             community="San Miguel", address_line="Calle 5 #12"),
            "W2": add_worker(s, ds, "W2", sex="male", date_of_birth=date(1990, 6, 30)),
            "W3": add_worker(s, ds, "W3", sex="male", date_of_birth=date(2008, 1, 15),
                             migration_stage="returned"),
            "W4": add_worker(s, ds, "W4", sex="female", date_of_birth=date(1970, 3, 3),
                             migration_stage="returned"),
            "W5": add_worker(s, ds, "W5", mission_id="SV", sex="female",
                             date_of_birth=date(1985, 12, 31), migration_stage="abroad"),
            "W6": add_worker(s, ds, "W6", sex="male", migration_stage="abroad",
                             consent_withdrawn_at=date(2026, 3, 1)),
            "W7": add_worker(s, ds, "W7", archived_at=_at(date(2026, 2, 1))),
            "W8": add_worker(s, ds, "W8", created_at=_at(date(2026, 8, 1))),
        }  # fmt: skip
        c1 = Course(
            mission_id="MX",
            code="ORI-1",
            title="Orientación previa al viaje",
            kind="pre_departure_orientation",
            hours=Decimal("20"),
            provider="OIM",
            start_date=date(2026, 2, 2),
            end_date=date(2026, 2, 6),
            place="Ciudad de México",
        )
        c2 = Course(
            mission_id="HQ",
            code="EMP-1",
            title="Emprendimiento y ahorro",
            kind="entrepreneurship",
            hours=Decimal("12.5"),
            created_at=LONG_AGO,
        )
        s.add_all([c1, c2])
        s.flush()
        ds.ids["C1"], ds.ids["C2"] = c1.id, c2.id
        enrolments = {
            "E1": Enrolment(mission_id="MX", worker_id=w["W1"].id, course_id=c1.id,
                            enrolled_on=date(2026, 2, 1), status="completed",
                            completion_date=date(2026, 2, 20), certificate_number="CERT-0001",
                            result="passed"),
            "E2": Enrolment(mission_id="MX", worker_id=w["W2"].id, course_id=c1.id,
                            enrolled_on=date(2026, 3, 1)),
            "E3": Enrolment(mission_id="MX", worker_id=w["W1"].id, course_id=c2.id,
                            enrolled_on=date(2025, 11, 1), status="completed",
                            completion_date=date(2026, 1, 10)),
            "E4": Enrolment(mission_id="SV", worker_id=w["W5"].id, course_id=c2.id,
                            enrolled_on=date(2026, 4, 1), status="completed",
                            completion_date=date(2026, 7, 15)),
            "E5": Enrolment(mission_id="MX", worker_id=w["W6"].id, course_id=c1.id,
                            enrolled_on=date(2026, 2, 1), status="completed",
                            completion_date=date(2026, 2, 20)),
            "E6": Enrolment(mission_id="MX", worker_id=w["W3"].id, course_id=c2.id,
                            enrolled_on=date(2026, 5, 5), archived_at=_at(date(2026, 5, 6))),
        }  # fmt: skip
        s.add_all(enrolments.values())
        s.flush()
        ds.ids.update({k: e.id for k, e in enrolments.items()})
        for day in (2, 3, 4):
            s.add(Attendance(mission_id="MX", enrolment_id=enrolments["E1"].id,
                             session_date=date(2026, 2, day), hours=Decimal("4")))  # fmt: skip
        s.add(Attendance(mission_id="MX", enrolment_id=enrolments["E2"].id,
                         session_date=date(2026, 2, 2), hours=Decimal("4")))  # fmt: skip
        p1 = CommunityProject(
            mission_id="MX",
            title="Agua potable para San Miguel",
            community="San Miguel",
            currency="CAD",
            goal_amount=Decimal("2000"),
            status="in_progress",
            start_date=date(2026, 1, 1),
            created_at=LONG_AGO,
        )
        p2 = CommunityProject(
            mission_id="SV",
            title="Escuela de La Palma",
            community="La Palma",
            currency="USD",
            goal_amount=Decimal("1000"),
            status="proposed",
            created_at=LONG_AGO,
        )
        p3 = CommunityProject(mission_id="MX", title="Cancha", community="El Alto",
                              currency="CAD", goal_amount=Decimal("500"), status="completed",
                              start_date=date(2025, 1, 1), end_date=date(2025, 6, 30),
                              created_at=LONG_AGO)  # fmt: skip
        s.add_all([p1, p2, p3])
        s.flush()
        for project, worker in ((p1, "W1"), (p1, "W2"), (p1, "W6"), (p2, "W5"), (p3, "W3")):
            s.add(ProjectParticipant(mission_id=project.mission_id, project_id=project.id,
                                     worker_id=w[worker].id))  # fmt: skip
        remittances = [
            ("W1", date(2026, 1, 1), "100.10", "CAD", "household", None),
            ("W1", date(2026, 2, 1), "200.20", "CAD", "household", None),
            ("W5", date(2026, 3, 1), "50.00", "USD", "household", None),
            ("W1", date(2026, 4, 1), "300.00", "CAD", "community_project", p1.id),
            ("W2", date(2025, 12, 1), "500.00", "CAD", "community_project", p1.id),
            ("W6", date(2026, 2, 1), "999.00", "CAD", "household", None),
            ("W4", date(2026, 7, 1), "70.00", "CAD", "savings", None),
            ("W3", date(2026, 6, 1), "40.05", "CAD", "savings", None),
        ]
        for who, month, amount, currency, purpose, project_id in remittances:
            s.add(Remittance(mission_id=w[who].mission_id, worker_id=w[who].id, month=month,
                             amount=Decimal(amount), currency=currency, purpose=purpose,
                             community_project_id=project_id))  # fmt: skip
        plans = {
            "PL1": ("W3", "business", "in_progress", date(2026, 2, 1), None, date(2026, 5, 1),
                    "agriculture"),
            "PL2": ("W4", "business", "approved", date(2026, 3, 1), None, date(2026, 8, 1),
                    "services"),
            "PL3": ("W1", "employment", "draft", date(2026, 1, 15), None, None, "hospitality"),
            "PL4": ("W2", "education", "completed", date(2025, 10, 1), date(2025, 12, 1), None,
                    "other"),
            "PL5": ("W5", "community_investment", "abandoned", date(2026, 2, 2),
                    date(2026, 4, 1), None, "other"),
            "PL6": ("W4", "business", "completed", date(2025, 5, 1), date(2026, 6, 1),
                    date(2026, 1, 10), "services"),
        }  # fmt: skip
        for key, (who, kind, status, made, closed, started, sector) in plans.items():
            plan = ReintegrationPlan(
                mission_id=w[who].mission_id, worker_id=w[who].id, kind=kind, status=status,
                created_at=_at(made), closed_at=_at(closed) if closed else None,
                business_started_on=started, sector=sector, title=f"Plan {key}",
                goals="Abrir una tienda de abarrotes en la comunidad y contratar a dos vecinos.",
                community="San Miguel", currency="MXN", budget=Decimal("85000"),
                own_savings=Decimal("30000"), own_remittances=Decimal("20000.50"),
                other_funding=Decimal("15000"), other_funding_source="Programa municipal",
            )  # fmt: skip
            s.add(plan)
            s.flush()
            ds.ids[key] = plan.id
        s.add_all([
            Milestone(mission_id="MX", plan_id=ds.ids["PL1"], title="Comprar el refrigerador",
                      due_date=date(2026, 3, 15), done_on=date(2026, 3, 10)),
            Milestone(mission_id="MX", plan_id=ds.ids["PL1"], title="Permiso municipal",
                      due_date=date(2026, 4, 30)),
        ])  # fmt: skip
        s.add(Placement(mission_id="MX", worker_id=w["W1"].id, employer="Fermes Côté-Lévesque",
                        city="Saint-Rémi", province="CA-QC", sector="agriculture",
                        occupation="Farm worker", noc_code="85100", permit_number="U123456789",
                        start_date=date(2026, 4, 1), planned_end_date=date(2026, 11, 30),
                        status="active"))  # fmt: skip
        s.add(Placement(mission_id="MX", worker_id=w["W6"].id, employer="Hidden Farm",
                        start_date=date(2026, 4, 1)))  # fmt: skip
        s.add(CaseNote(mission_id="MX", worker_id=w["W1"].id, author="ana.lopez",
                       kind="interview", text="Entrevista inicial: quiere ahorrar para su taller.",
                       created_at=_at(date(2026, 1, 20))))  # fmt: skip
        s.commit()
    return ds


@pytest.fixture
def dataset(tmp_path: Path) -> Dataset:
    return build_dataset(tmp_path / "indicators.sqlite")


def _indicators(ds: Dataset, actor: Actor = HQ, mission: str | None = None) -> Any:
    with ds.session() as s:
        return compute_indicators(s, actor=actor, start=START, end=END, mission=mission)


def test_workers_by_stage_and_sex(dataset: Dataset) -> None:
    table = _indicators(dataset).table("workers_by_stage")
    # (stage, female, male, other, undisclosed, total)
    assert table.rows == (
        ("pre_departure", 0, 1, 0, 0, 1),
        ("abroad", 2, 0, 0, 0, 2),
        ("returned", 1, 1, 0, 0, 2),
        ("total", 3, 2, 0, 0, 5),
    )


def test_age_bands_use_the_age_on_the_last_day(dataset: Dataset) -> None:
    table = _indicators(dataset).table("workers_by_age")
    assert [r[0] for r in table.rows] == ["18_24", "25_34", "35_44", "45_54", "55_plus", "total"]
    assert table.value("18_24", "male") == 1  # born 15 Jan 2008: 18
    assert table.value("25_34", "female") == 1  # born 1 Jul 2000: 25 on 30 Jun 2026
    assert table.value("35_44", "male") == 1  # born 30 Jun 1990: 36 that very day
    assert table.value("35_44", "female") == 1  # born 31 Dec 1985: 40
    assert table.value("55_plus", "female") == 1
    assert table.value("total", "total") == 5


def test_workers_by_mission(dataset: Dataset) -> None:
    table = _indicators(dataset).table("workers_by_mission")
    assert table.rows == (("MX", 1, 1, 2, 4), ("SV", 0, 1, 0, 1), ("total", 1, 2, 2, 5))


def test_training(dataset: Dataset) -> None:
    table = _indicators(dataset).table("training_by_kind")
    # (kind, enrolled, completed, hours, workers who completed)
    assert table.row("pre_departure_orientation") == (
        "pre_departure_orientation",
        2,
        1,
        Decimal("20.0"),
        1,
    )
    assert table.row("entrepreneurship") == ("entrepreneurship", 1, 1, Decimal("12.5"), 1)
    assert table.row("language") == ("language", 0, 0, Decimal("0.0"), 0)
    assert table.row("total") == ("total", 3, 2, Decimal("32.5"), 1)


def test_remittances_by_purpose_and_currency(dataset: Dataset) -> None:
    table = _indicators(dataset).table("remittances_by_purpose")
    assert table.rows == (
        ("household", "CAD", 2, Decimal("300.30"), 1),
        ("household", "USD", 1, Decimal("50.00"), 1),
        ("savings", "CAD", 1, Decimal("40.05"), 1),
        ("community_project", "CAD", 1, Decimal("300.00"), 1),
        ("total", "CAD", 4, Decimal("640.35"), None),
        ("total", "USD", 1, Decimal("50.00"), None),
    )
    to_projects = _indicators(dataset).table("remittances_to_projects")
    assert to_projects.rows == (("community_project", "CAD", 1, Decimal("300.00"), 1),)


def test_community_projects(dataset: Dataset) -> None:
    table = _indicators(dataset).table("community_projects")
    by_title = {r["title"]: r for r in table.as_dicts()}
    assert set(by_title) == {"Agua potable para San Miguel", "Escuela de La Palma"}
    water = by_title["Agua potable para San Miguel"]
    assert water["participants"] == 2  # W6 withdrew consent
    assert water["in_range"] == Decimal("300.00")
    assert water["to_date"] == Decimal("800.00")
    assert water["goal"] == Decimal("2000.00")
    assert water["progress"] == pytest.approx(0.40)
    school = by_title["Escuela de La Palma"]
    assert (school["participants"], school["to_date"], school["progress"]) == (
        1,
        Decimal("0.00"),
        0.0,
    )
    assert (school["currency"], school["goal_currency"]) == ("USD", "USD")


def test_project_contributions_in_another_currency_get_their_own_row(dataset: Dataset) -> None:
    with dataset.session() as s:
        w2 = s.get(Worker, dataset.ids["W2"])
        project = s.exec(
            select(CommunityProject).where(CommunityProject.title == "Agua potable para San Miguel")
        ).one()
        assert w2 is not None
        s.add(Remittance(mission_id="MX", worker_id=w2.id, month=date(2026, 5, 1),
                         amount=Decimal("25.00"), currency="USD", purpose="community_project",
                         community_project_id=project.id))  # fmt: skip
        s.commit()
    table = _indicators(dataset).table("community_projects")
    water = [r for r in table.as_dicts() if r["title"] == "Agua potable para San Miguel"]
    assert [(r["currency"], r["to_date"], r["goal_currency"], r["progress"]) for r in water] == [
        ("CAD", Decimal("800.00"), "CAD", pytest.approx(0.4)),
        ("USD", Decimal("25.00"), "CAD", None),  # no exchange rates: no progress, no mixing
    ]
    assert dict(_indicators(dataset).table("headline").rows)["projects"] == 2


def test_plans_and_businesses(dataset: Dataset) -> None:
    ind = _indicators(dataset)
    plans = ind.table("plans_by_kind_status")
    # (kind, draft, submitted, approved, in progress, completed, abandoned, total)
    assert plans.row("business") == ("business", 0, 0, 1, 1, 1, 0, 3)
    assert plans.row("employment") == ("employment", 1, 0, 0, 0, 0, 0, 1)
    assert plans.row("education") == ("education", 0, 0, 0, 0, 0, 0, 0)
    assert plans.row("community_investment") == ("community_investment", 0, 0, 0, 0, 0, 1, 1)
    assert plans.value("total", "total") == 5
    businesses = ind.table("businesses_started")
    assert businesses.rows == (
        ("services", 1, 0, 0, 0, 1),
        ("agriculture", 0, 1, 0, 0, 1),
        ("total", 1, 1, 0, 0, 2),
    )


def test_headline(dataset: Dataset) -> None:
    headline = dict(_indicators(dataset).table("headline").rows)
    assert headline == {
        "workers": 5,
        "women": 3,
        "enrolments": 3,
        "workers_trained": 1,
        "training_hours": Decimal("32.5"),
        "remittances": 5,
        "communities": 2,
        "projects": 2,
        "participants": 3,
        "plans": 5,
        "businesses": 2,
    }


def test_scope_of_a_field_officer(dataset: Dataset) -> None:
    ind = _indicators(dataset, MX_OFFICER)
    assert ind.table("workers_by_stage").value("total", "total") == 4
    assert ind.table("workers_by_mission").rows[0][0] == "MX"
    assert [r["title"] for r in ind.table("community_projects").as_dicts()] == [
        "Agua potable para San Miguel"
    ]
    assert ind.table("remittances_by_purpose").row("total")[1:4] == ("CAD", 4, Decimal("640.35"))
    with pytest.raises(PermissionDenied):
        _indicators(dataset, MX_OFFICER, mission="SV")


def test_one_mission(dataset: Dataset) -> None:
    ind = _indicators(dataset, SUPERVISOR, mission="SV")
    assert ind.table("workers_by_stage").value("total", "total") == 1
    assert ind.table("training_by_kind").row("total") == ("total", 1, 0, Decimal("0.0"), 0)
    assert ind.mission == "SV"


def test_a_range_before_anything_happened_is_empty(dataset: Dataset) -> None:
    with dataset.session() as s:
        ind = compute_indicators(s, actor=HQ, start=date(2020, 1, 1), end=date(2020, 12, 31))
    assert ind.table("workers_by_stage").value("total", "total") == 0
    assert ind.table("remittances_by_purpose").rows == ()
    assert dict(ind.table("headline").rows)["businesses"] == 0


def test_end_before_start_is_refused(dataset: Dataset) -> None:
    with dataset.session() as s, pytest.raises(ValueError):
        compute_indicators(s, actor=HQ, start=END, end=START)
