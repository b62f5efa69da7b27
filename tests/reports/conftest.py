"""Fixtures for report tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.reports.pdf_helpers import REPORTS_CATALOG, require_tool


@pytest.fixture
def tool() -> Callable[[str, str], str]:
    return require_tool


@pytest.fixture(scope="session")
def catalog_path() -> Path:
    return REPORTS_CATALOG
