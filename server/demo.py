"""Demo missions, users and a small data set, written through the same push path as clients."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, select

from app.models.enums import FIELD_MISSIONS, MutationOp, Role
from app.sync.protocol import Mutation, MutationResult
from server.db import lock_for_write
from server.models import ServerUser
from server.sync.push import Actor, apply_batch
from server.users import create_user

DEMO_PASSWORDS: dict[str, str] = {
    "admin": "puente-admin-demo",
    "analyst.hq": "puente-analyst-demo",
    "supervisor.mx": "puente-supervisor-demo",
    "officer.mx": "puente-officer-demo",
    "officer.sv": "puente-officer-demo",
    "officer.co": "puente-officer-demo",
    "officer.ec": "puente-officer-demo",
    "officer.hn": "puente-officer-demo",
}
"""Demo accounts and their passwords (documented; never use them outside a demo)."""

_ROLES: dict[str, tuple[Role, list[str], str]] = {
    "admin": (Role.ADMIN, [], "Demo Administrator"),
    "analyst.hq": (Role.HQ_ANALYST, [], "Claire Tremblay"),
    "supervisor.mx": (Role.SUPERVISOR, ["MX"], "Lucía Ramírez"),
    "officer.mx": (Role.FIELD_OFFICER, ["MX"], "José Hernández"),
    "officer.sv": (Role.FIELD_OFFICER, ["SV"], "Ana Martínez"),
    "officer.co": (Role.FIELD_OFFICER, ["CO"], "Carlos Gómez"),
    "officer.ec": (Role.FIELD_OFFICER, ["EC"], "María Quispe"),
    "officer.hn": (Role.FIELD_OFFICER, ["HN"], "Luis Fernández"),
}

_GIVEN = ["José", "María", "Juan", "Ana", "Luis", "Rosa", "Carlos", "Lucía", "Pedro", "Sofía"]
_FAMILY = ["Hernández", "García", "Martínez", "López", "Ramírez", "Núñez", "Pérez", "Gómez"]
_DOCS = {"MX": "curp", "SV": "dui", "CO": "cedula_co", "EC": "cedula_ec", "HN": "dni_hn"}
_STAGES = ["pre_departure", "abroad", "returned"]


@dataclass(frozen=True)
class DemoSummary:
    """What `demo` made."""

    users_created: list[str]
    results: dict[str, int]


def create_demo(session: Session, *, workers_per_mission: int = 12, seed: int = 7) -> DemoSummary:
    """Demo users (skipping existing ones) and demo records (once: a second run adds none)."""
    made = []
    for name, (role, missions, full) in _ROLES.items():
        if session.exec(select(ServerUser).where(ServerUser.username == name)).first():
            continue
        create_user(
            session,
            username=name,
            password=DEMO_PASSWORDS[name],
            role=role,
            missions=missions,
            full_name=full,
        )
        made.append(name)
    session.commit()
    lock_for_write(session)
    actor = Actor(
        username="demo",
        role=Role.ADMIN,
        user_id=None,
        device_id=None,
        device_tag="DEMO",
        read_missions=frozenset({*(m.value for m in FIELD_MISSIONS), "HQ"}),
        write_missions=frozenset({*(m.value for m in FIELD_MISSIONS), "HQ"}),
    )
    results = apply_batch(session, actor, demo_mutations(workers_per_mission, seed))
    session.commit()
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status.value] = counts.get(r.status.value, 0) + 1
    return DemoSummary(users_created=made, results=counts)


def demo_mutations(workers_per_mission: int, seed: int) -> list[Mutation]:
    """Deterministic create mutations (same ids every run, so a rerun is all duplicates)."""
    rng = random.Random(seed)
    ns = uuid.UUID("6f1c2b1e-5d1a-4c1e-9b7e-2f3a4b5c6d7e")
    out: list[Mutation] = []

    def add(entity: str, key: str, mission: str, changes: dict[str, Any]) -> uuid.UUID:
        entity_id = uuid.uuid5(ns, f"{entity}:{key}")
        out.append(
            Mutation(
                mutation_id=uuid.uuid5(ns, f"mutation:{entity}:{key}"),
                entity=entity,
                entity_id=entity_id,
                mission_id=mission,
                op=MutationOp.CREATE,
                changes=changes,
            )
        )
        return entity_id

    hq_course = add(
        "course",
        "HQ-PDO",
        "HQ",
        {
            "code": "PDO-1",
            "title": "Pre-departure orientation: living and working in Canada",
            "kind": "pre_departure_orientation",
            "hours": "16.0",
            "language": "es",
        },
    )
    for mission in (m.value for m in FIELD_MISSIONS):
        course = add(
            "course",
            f"{mission}-ENT",
            mission,
            {
                "code": f"{mission}-ENT-1",
                "title": "Start a small business at home",
                "kind": "entrepreneurship",
                "stage": "returned",
                "hours": "24.0",
            },
        )
        for n in range(1, workers_per_mission + 1):
            stage = _STAGES[n % 3]
            born = date(1975, 1, 1) + timedelta(days=rng.randrange(0, 11000))
            worker = add(
                "worker",
                f"{mission}-{n}",
                mission,
                {
                    "case_code": f"{mission}-DEM-{n:04d}",
                    "given_names": rng.choice(_GIVEN),
                    "first_family_name": rng.choice(_FAMILY),
                    "second_family_name": rng.choice(_FAMILY),
                    "sex": rng.choice(["female", "male"]),
                    "date_of_birth": born.isoformat(),
                    "nationality": mission,
                    "id_document_type": _DOCS[mission],
                    "id_document_number": f"{mission}{rng.randrange(10**9):09d}",
                    "migration_stage": stage,
                    "community": rng.choice(["San Miguel", "El Progreso", "La Esperanza"]),
                    "consent_date": "2026-01-15",
                    "consent_purposes": "case_management,training",
                },
            )
            add(
                "enrolment",
                f"{mission}-{n}-pdo",
                mission,
                {
                    "worker_id": str(worker),
                    "course_id": str(hq_course),
                    "status": "completed",
                    "completion_date": "2026-02-01",
                    "result": "passed",
                },
            )
            add(
                "case_note",
                f"{mission}-{n}-intake",
                mission,
                {
                    "worker_id": str(worker),
                    "author": f"officer.{mission.lower()}",
                    "kind": "interview",
                    "stage": "pre_departure",
                    "text": "Intake interview done; documents checked.",
                },
            )
            if stage != "pre_departure":
                add(
                    "placement",
                    f"{mission}-{n}",
                    mission,
                    {
                        "worker_id": str(worker),
                        "employer": "Ferme Beauséjour",
                        "city": "Saint-Rémi",
                        "province": "CA-QC",
                        "sector": "agriculture",
                        "start_date": "2026-04-01",
                        "status": "active" if stage == "abroad" else "completed",
                    },
                )
            if stage == "returned":
                add(
                    "enrolment",
                    f"{mission}-{n}-ent",
                    mission,
                    {
                        "worker_id": str(worker),
                        "course_id": str(course),
                        "status": "enrolled",
                    },
                )
                add(
                    "reintegration_plan",
                    f"{mission}-{n}",
                    mission,
                    {
                        "worker_id": str(worker),
                        "kind": "business",
                        "title": "Family bakery",
                        "budget": "2500.00",
                        "own_savings": "800.00",
                        "currency": "USD",
                    },
                )
    return out


def results_by_status(results: list[MutationResult]) -> dict[str, int]:
    """Counts of results per status."""
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status.value] = counts.get(r.status.value, 0) + 1
    return counts
