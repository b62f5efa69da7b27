"""Translated labels for stored values (enums, missions, field names) shown on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.forms.intake_layout import CONTEXT as FORM_CONTEXT
from app.forms.intake_layout import FormField, iter_fields
from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models.enums import WorkerStatus

CONTEXT = "Labels"

_FORM_FIELDS: dict[str, FormField] = {
    f.worker_field: f for f in iter_fields() if f.worker_field is not None
}

# Values and fields that the paper form does not carry (its labels cover the rest).
_OWN_CHOICES: dict[str, dict[str, str]] = {
    "status": {
        WorkerStatus.ACTIVE.value: QT_TRANSLATE_NOOP("Labels", "Active"),
        WorkerStatus.CLOSED.value: QT_TRANSLATE_NOOP("Labels", "Closed"),
    },
    "mission_id": {
        "MX": QT_TRANSLATE_NOOP("Labels", "Mexico"),
        "SV": QT_TRANSLATE_NOOP("Labels", "El Salvador"),
        "CO": QT_TRANSLATE_NOOP("Labels", "Colombia"),
        "EC": QT_TRANSLATE_NOOP("Labels", "Ecuador"),
        "HN": QT_TRANSLATE_NOOP("Labels", "Honduras"),
        "HQ": QT_TRANSLATE_NOOP("Labels", "Headquarters"),
    },
}
OWN_FIELDS: dict[str, str] = {
    "status": QT_TRANSLATE_NOOP("Labels", "Case status"),
    "consent_withdrawn_at": QT_TRANSLATE_NOOP("Labels", "Consent withdrawn on"),
    "mission_id": QT_TRANSLATE_NOOP("Labels", "Mission"),
    "case_code": QT_TRANSLATE_NOOP("Labels", "Case code"),
    "archived_at": QT_TRANSLATE_NOOP("Labels", "Archived on"),
}


def form_field(name: str) -> FormField | None:
    """The paper-form field that fills Worker field `name` (None if not on paper)."""
    return _FORM_FIELDS.get(name)


def field_label(name: str) -> str:
    """The translated label of a Worker field (the paper form's wording when it has one)."""
    found = _FORM_FIELDS.get(name)
    if found is not None:
        return QCoreApplication.translate(FORM_CONTEXT, found.label)
    if name in OWN_FIELDS:
        return QCoreApplication.translate(CONTEXT, OWN_FIELDS[name])
    return name


def choices(name: str) -> list[tuple[str, str]]:
    """(stored value, translated label) of each choice of field `name`, in form order."""
    if name in _OWN_CHOICES:
        return [(v, QCoreApplication.translate(CONTEXT, t)) for v, t in _OWN_CHOICES[name].items()]
    found = _FORM_FIELDS.get(name)
    if found is None:
        return []
    return [(c.value, QCoreApplication.translate(FORM_CONTEXT, c.label)) for c in found.choices]


def value_label(name: str, value: object) -> str:
    """The translated label of a stored value of field `name` (the value itself if unknown)."""
    raw = "" if value is None else str(getattr(value, "value", value))
    for stored, label in choices(name):
        if stored == raw:
            return label
    return raw


def mission_label(code: str) -> str:
    """A mission's country (or Headquarters), translated."""
    return value_label("mission_id", code)
