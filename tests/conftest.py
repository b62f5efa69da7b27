"""Shared fixtures: a fresh temporary store per test, actors, and a valid worker's data."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

# Qt tests run without a display; must be set before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.models.enums import FIELD_MISSIONS, Role
from app.services.context import Actor
from app.services.db import Database
from app.services.workspace import Workspace, open_workspace
from app.store.migrate import prepare_store

TODAY = date(2026, 11, 25)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """Where this test's store file lives (not created yet)."""
    return tmp_path / "data" / "puente.sqlite"


@pytest.fixture
def db(store_path: Path) -> Iterator[Database]:
    """A fresh store at the current schema, as the services use it."""
    database = Database(prepare_store(store_path))
    yield database
    database.dispose()


@pytest.fixture
def supervisor() -> Actor:
    """A supervisor of every field mission, on device tag T3S."""
    return Actor(
        "ana.lopez", "Ana López", Role.SUPERVISOR, tuple(m.value for m in FIELD_MISSIONS), "T3S"
    )


@pytest.fixture
def workspace(store_path: Path) -> Iterator[Workspace]:
    """The real workspace (as bootstrap opens it) on a fresh demo-mode store."""
    ws = open_workspace(store_path, demo=True)
    yield ws
    ws.close()


def valid_worker(**overrides: Any) -> dict[str, Any]:
    """Data of a worker that passes validation (José Hernández Peña, Mexico, with a CURP)."""
    data: dict[str, Any] = {
        "given_names": "José",
        "first_family_name": "Hernández",
        "second_family_name": "Peña",
        "sex": "male",
        "date_of_birth": date(1990, 5, 12),
        "nationality": "MX",
        "id_document_type": "curp",
        "id_document_number": "HEGJ900512HJCRNS06",
        "mission_id": "MX",
        "community": "San Juan de los Lagos",
        "migration_stage": "pre_departure",
        "consent_date": date(2026, 1, 5),
        "consent_purposes": "case_management,training",
        "consent_obtained_by": "Ana López",
    }
    data.update(overrides)
    return data


@pytest.fixture
def worker_data() -> Callable[..., dict[str, Any]]:
    """A factory of valid worker data; keyword arguments override fields."""
    return valid_worker


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Slow trials run only when asked for (`-m slow`); the default run skips them."""
    if config.option.markexpr:
        return
    skip = pytest.mark.skip(reason="slow trial: run with -m slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
