"""The intake layout: numbering, Worker fields covered, choices matching the model's enums."""

from __future__ import annotations

import ast
from enum import Enum
from pathlib import Path

import pytest

from app.forms import intake_layout
from app.forms.intake_layout import (
    FORM_CODE_FIELD,
    INTAKE_SECTIONS,
    NOT_ON_PAPER,
    FieldKind,
    field_by_number,
    iter_fields,
    worker_fields_filled,
)
from app.models.enums import ConsentPurpose, Education, IdDocumentType, MigrationStage, Sex
from app.models.worker import WorkerBase

SECTION_TITLES = [
    "Identity",
    "Contact and address",
    "ID documents",
    "Education, trades and skills",
    "Household and dependants",
    "Migration stage and intentions",
    "Consent",
]


def test_seven_sections_in_order() -> None:
    assert [s.number for s in INTAKE_SECTIONS] == list(range(1, 8))
    assert [s.title for s in INTAKE_SECTIONS] == SECTION_TITLES


def test_fields_are_numbered_section_dot_position() -> None:
    for section in INTAKE_SECTIONS:
        numbers = [f.number for f in section.fields]
        assert numbers == [f"{section.number}.{i}" for i in range(1, len(numbers) + 1)]
    assert field_by_number("2.5").worker_field == "municipality"
    with pytest.raises(KeyError):
        field_by_number("9.9")


def test_form_code_field_comes_first() -> None:
    assert next(iter_fields()) is FORM_CODE_FIELD
    assert FORM_CODE_FIELD.worker_field == "intake_form_code"
    assert FORM_CODE_FIELD.kind is FieldKind.FORM_CODE


def test_every_referenced_worker_field_exists() -> None:
    model_fields = set(WorkerBase.model_fields)
    for field in iter_fields():
        if field.worker_field is None:
            assert field.to_case_note, f"{field.number} fills nothing"
        else:
            assert field.worker_field in model_fields, (field.number, field.worker_field)


def test_every_worker_field_typed_from_paper_is_on_the_form() -> None:
    filled = worker_fields_filled()
    assert len(filled) == len(set(filled)), "a Worker field appears twice"
    assert set(filled) == set(WorkerBase.model_fields) - NOT_ON_PAPER


@pytest.mark.parametrize(
    ("worker_field", "enum"),
    [
        ("sex", Sex),
        ("id_document_type", IdDocumentType),
        ("education", Education),
        ("migration_stage", MigrationStage),
        ("consent_purposes", ConsentPurpose),
    ],
)
def test_choices_list_every_enum_value(worker_field: str, enum: type[Enum]) -> None:
    (field,) = [f for f in iter_fields() if f.worker_field == worker_field]
    assert field.kind in (FieldKind.SINGLE_CHOICE, FieldKind.MULTI_CHOICE)
    assert [c.value for c in field.choices] == [e.value for e in enum]


def test_nationality_lists_the_five_missions_and_a_write_in() -> None:
    field = field_by_number("1.6")
    assert [c.value for c in field.choices] == ["MX", "SV", "CO", "EC", "HN", "other"]
    assert field.choices[-1].write_in


def test_kinds_carry_their_sizes() -> None:
    for field in iter_fields():
        assert field.label.strip()
        if field.kind in (FieldKind.TEXT, FieldKind.NUMBER):
            assert 1 <= field.cells <= 30, field.number  # 30 cells of 6 mm fit A4 and Letter
        if field.kind is FieldKind.LONG_TEXT:
            assert field.lines >= 1
        if field.kind in (FieldKind.SINGLE_CHOICE, FieldKind.MULTI_CHOICE):
            assert len(field.choices) >= 2
            assert all(c.label.strip() for c in field.choices)


def test_choice_labels_are_unique_within_the_form_context() -> None:
    """One source text has one translation: the same label must mean the same thing."""
    labels = [c.label for f in iter_fields() for c in f.choices]
    assert "Other:" not in labels  # nationality and documents have their own "other"


def test_layout_imports_neither_qt_nor_reportlab() -> None:
    tree = ast.parse(Path(intake_layout.__file__).read_text(encoding="utf-8"))
    imported = {
        (node.module or "") if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not [m for m in imported if m.startswith(("PySide6", "reportlab"))]
