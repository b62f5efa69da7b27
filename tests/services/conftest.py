"""Fixtures of the workflow service tests: actors of each role, and workers to act on."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from app.models.enums import Role
from app.services import workers
from app.services.context import Actor
from app.services.db import Database

TODAY = date(2026, 11, 25)
_counter = itertools.count(1)


@pytest.fixture
def mx_officer() -> Actor:
    return Actor("olga.mx", "Olga Ruiz", Role.FIELD_OFFICER, ("MX",), "M1X")


@pytest.fixture
def mx_officer2() -> Actor:
    return Actor("pablo.mx", "Pablo Díaz", Role.FIELD_OFFICER, ("MX",), "M2X")


@pytest.fixture
def mx_supervisor() -> Actor:
    return Actor("sara.mx", "Sara Vega", Role.SUPERVISOR, ("MX",), "S1X")


@pytest.fixture
def hn_officer() -> Actor:
    return Actor("hugo.hn", "Hugo Paz", Role.FIELD_OFFICER, ("HN",), "H1N")


@pytest.fixture
def hn_supervisor() -> Actor:
    return Actor("rosa.hn", "Rosa Mejía", Role.SUPERVISOR, ("HN",), "H2N")


@pytest.fixture
def hq_supervisor() -> Actor:
    return Actor("claire.hq", "Claire Roy", Role.SUPERVISOR, ("HQ",), "Q1H")


@pytest.fixture
def analyst() -> Actor:
    return Actor("nadia.hq", "Nadia Brun", Role.HQ_ANALYST, (), "Q2H")


@pytest.fixture
def admin() -> Actor:
    return Actor("root", "Admin", Role.ADMIN, (), "Q3H")


def worker_values(mission: str = "MX", **overrides: Any) -> dict[str, Any]:
    """Valid data of a worker with a passport (no national-document check digits needed)."""
    n = next(_counter)
    data: dict[str, Any] = {
        "given_names": "Juan",
        "first_family_name": "Pérez",
        "second_family_name": "Gómez",
        "sex": "male",
        "date_of_birth": date(1988, 3, 14),
        "nationality": mission if mission != "HQ" else "MX",
        "id_document_type": "passport",
        "id_document_number": f"G{n:08d}",
        "mission_id": mission,
        "community": "San Isidro",
        "migration_stage": "pre_departure",
        "consent_date": date(2026, 1, 5),
        "consent_purposes": "case_management,training,reintegration",
        "consent_obtained_by": "Olga Ruiz",
    }
    data.update(overrides)
    return data


MakeWorker = Callable[..., uuid.UUID]


@pytest.fixture
def make_worker(db: Database) -> MakeWorker:
    """Create a worker through the worker service; returns its id."""

    def make(mission: str = "MX", **overrides: Any) -> uuid.UUID:
        actor = Actor("setup", "Setup", Role.SUPERVISOR, (mission,), "SET")
        with db.write() as s:
            read = workers.create_worker(
                s, data=worker_values(mission, **overrides), actor=actor, today=TODAY
            )
        return read.id

    return make
