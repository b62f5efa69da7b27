"""Helpers for report tests: translators from the JSON catalogue, external tools."""

from __future__ import annotations

import os
import shutil

import pytest

from app.i18n_marks import Translate, identity_tr
from app.reports.translate import TRANSLATIONS_DIR, catalog_translator

REPORTS_CATALOG = TRANSLATIONS_DIR / "catalog" / "reports.json"


def translator_for(language: str) -> Translate:
    """English source text, or the catalogue's Spanish/French (no .qm files needed)."""
    return identity_tr if language == "en" else catalog_translator(language, REPORTS_CATALOG)


def require_tool(name: str, package: str) -> str:
    """Path of command `name`; skips the test when it is missing, unless
    PUENTE_REQUIRE_TOOLS=1 makes that a failure (CI)."""
    path = shutil.which(name)
    if path is None:
        reason = f"{name} is not installed (apt-get install {package})"
        if os.environ.get("PUENTE_REQUIRE_TOOLS") == "1":
            pytest.fail(f"{reason}; PUENTE_REQUIRE_TOOLS=1 requires it")
        pytest.skip(f"{reason}; set PUENTE_REQUIRE_TOOLS=1 to fail instead")
    return path
