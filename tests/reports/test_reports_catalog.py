"""translations/catalog/reports.json: every string marked in the form code, in es and fr."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

import app.forms.intake_layout
import app.reports.intake_form

MARKED_IN = [Path(app.forms.intake_layout.__file__), Path(app.reports.intake_form.__file__)]
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def _marked() -> set[tuple[str, str]]:
    """(context, source) of every QT_TRANSLATE_NOOP call, as lupdate sees them."""
    found: set[tuple[str, str]] = set()
    for path in MARKED_IN:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                context, text = (ast.literal_eval(arg) for arg in node.args)
                found.add((context, text))
    return found


@pytest.fixture(scope="module")
def catalog(catalog_path: Path) -> dict[str, dict[str, dict[str, str]]]:
    return json.loads(catalog_path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_every_marked_string_is_in_the_catalogue(catalog: dict) -> None:  # type: ignore[type-arg]
    entries = {(ctx, src) for ctx, items in catalog.items() for src in items}
    marked = _marked()
    assert len(marked) > 80
    assert sorted(marked - entries) == []
    assert sorted(entries - marked) == [], "stale entries"


def test_spanish_and_french_are_complete_with_the_same_placeholders(
    catalog: dict,  # type: ignore[type-arg]
) -> None:
    for items in catalog.values():
        for source, translations in items.items():
            for language in ("es", "fr"):
                text = translations.get(language, "")
                assert text.strip(), (language, source)
                assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                    language,
                    source,
                )
