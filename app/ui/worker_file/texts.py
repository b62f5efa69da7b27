"""Translated labels of the worker file's stored values, and locale formatting of money."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.ui import labels

CONTEXT = "WorkerFile"

_CHOICES: dict[str, dict[str, str]] = {
    "sector": {
        "construction": QT_TRANSLATE_NOOP("WorkerFile", "Construction"),
        "tourism": QT_TRANSLATE_NOOP("WorkerFile", "Tourism"),
        "hospitality": QT_TRANSLATE_NOOP("WorkerFile", "Hospitality"),
        "services": QT_TRANSLATE_NOOP("WorkerFile", "Services"),
        "agriculture": QT_TRANSLATE_NOOP("WorkerFile", "Agriculture"),
        "other": QT_TRANSLATE_NOOP("WorkerFile", "Other"),
    },
    "programme_stream": {
        "sawp": QT_TRANSLATE_NOOP("WorkerFile", "Seasonal Agricultural Worker Program"),
        "agricultural": QT_TRANSLATE_NOOP("WorkerFile", "Agricultural stream"),
        "low_wage": QT_TRANSLATE_NOOP("WorkerFile", "Low-wage stream"),
        "high_wage": QT_TRANSLATE_NOOP("WorkerFile", "High-wage stream"),
        "other": QT_TRANSLATE_NOOP("WorkerFile", "Other"),
    },
    "programme_stream_short": {
        "sawp": QT_TRANSLATE_NOOP("WorkerFile", "SAWP"),
        "agricultural": QT_TRANSLATE_NOOP("WorkerFile", "Agricultural"),
        "low_wage": QT_TRANSLATE_NOOP("WorkerFile", "Low-wage"),
        "high_wage": QT_TRANSLATE_NOOP("WorkerFile", "High-wage"),
        "other": QT_TRANSLATE_NOOP("WorkerFile", "Other"),
    },
    "placement_status": {
        "planned": QT_TRANSLATE_NOOP("WorkerFile", "Planned"),
        "active": QT_TRANSLATE_NOOP("WorkerFile", "Active"),
        "completed": QT_TRANSLATE_NOOP("WorkerFile", "Completed"),
        "ended_early": QT_TRANSLATE_NOOP("WorkerFile", "Ended early"),
        "cancelled": QT_TRANSLATE_NOOP("WorkerFile", "Cancelled"),
    },
    "enrolment_status": {
        "enrolled": QT_TRANSLATE_NOOP("WorkerFile", "Enrolled"),
        "attending": QT_TRANSLATE_NOOP("WorkerFile", "Attending"),
        "completed": QT_TRANSLATE_NOOP("WorkerFile", "Completed"),
        "withdrawn": QT_TRANSLATE_NOOP("WorkerFile", "Withdrawn"),
    },
    "result": {
        "passed": QT_TRANSLATE_NOOP("WorkerFile", "Passed"),
        "passed_with_distinction": QT_TRANSLATE_NOOP("WorkerFile", "Passed with distinction"),
        "not_passed": QT_TRANSLATE_NOOP("WorkerFile", "Not passed"),
        "attendance_only": QT_TRANSLATE_NOOP("WorkerFile", "Attendance only"),
    },
    "plan_kind": {
        "employment": QT_TRANSLATE_NOOP("WorkerFile", "Employment"),
        "business": QT_TRANSLATE_NOOP("WorkerFile", "Business"),
        "education": QT_TRANSLATE_NOOP("WorkerFile", "Education"),
        "community_investment": QT_TRANSLATE_NOOP("WorkerFile", "Community investment"),
    },
    "plan_status": {
        "draft": QT_TRANSLATE_NOOP("WorkerFile", "Draft"),
        "submitted": QT_TRANSLATE_NOOP("WorkerFile", "Submitted"),
        "approved": QT_TRANSLATE_NOOP("WorkerFile", "Approved"),
        "in_progress": QT_TRANSLATE_NOOP("WorkerFile", "In progress"),
        "completed": QT_TRANSLATE_NOOP("WorkerFile", "Completed"),
        "abandoned": QT_TRANSLATE_NOOP("WorkerFile", "Abandoned"),
    },
    "purpose": {
        "household": QT_TRANSLATE_NOOP("WorkerFile", "Household"),
        "savings": QT_TRANSLATE_NOOP("WorkerFile", "Savings"),
        "business": QT_TRANSLATE_NOOP("WorkerFile", "Business"),
        "community_project": QT_TRANSLATE_NOOP("WorkerFile", "Community project"),
        "education": QT_TRANSLATE_NOOP("WorkerFile", "Education"),
    },
    "note_kind": {
        "interview": QT_TRANSLATE_NOOP("WorkerFile", "Interview"),
        "follow_up": QT_TRANSLATE_NOOP("WorkerFile", "Follow-up"),
        "call": QT_TRANSLATE_NOOP("WorkerFile", "Call"),
        "visit": QT_TRANSLATE_NOOP("WorkerFile", "Visit"),
        "referral": QT_TRANSLATE_NOOP("WorkerFile", "Referral"),
    },
}

# Record kinds named in the History tab.
ENTITIES: dict[str, str] = {
    "worker": QT_TRANSLATE_NOOP("WorkerFile", "Profile"),
    "placement": QT_TRANSLATE_NOOP("WorkerFile", "Placement"),
    "enrolment": QT_TRANSLATE_NOOP("WorkerFile", "Enrolment"),
    "attendance": QT_TRANSLATE_NOOP("WorkerFile", "Attendance"),
    "reintegration_plan": QT_TRANSLATE_NOOP("WorkerFile", "Reintegration plan"),
    "milestone": QT_TRANSLATE_NOOP("WorkerFile", "Milestone"),
    "remittance": QT_TRANSLATE_NOOP("WorkerFile", "Remittance"),
    "case_note": QT_TRANSLATE_NOOP("WorkerFile", "Case note"),
}

# Fields of the records other than the worker, as the History tab names them.
FIELDS: dict[str, str] = {
    "employer": QT_TRANSLATE_NOOP("WorkerFile", "Employer"),
    "city": QT_TRANSLATE_NOOP("WorkerFile", "City"),
    "province": QT_TRANSLATE_NOOP("WorkerFile", "Province"),
    "sector": QT_TRANSLATE_NOOP("WorkerFile", "Sector"),
    "occupation": QT_TRANSLATE_NOOP("WorkerFile", "Occupation"),
    "noc_code": QT_TRANSLATE_NOOP("WorkerFile", "NOC code"),
    "programme_stream": QT_TRANSLATE_NOOP("WorkerFile", "Programme stream"),
    "permit_number": QT_TRANSLATE_NOOP("WorkerFile", "Work permit number"),
    "start_date": QT_TRANSLATE_NOOP("WorkerFile", "Start"),
    "planned_end_date": QT_TRANSLATE_NOOP("WorkerFile", "Planned end"),
    "actual_return_date": QT_TRANSLATE_NOOP("WorkerFile", "Actual return"),
    "status": QT_TRANSLATE_NOOP("WorkerFile", "Status"),
    "course_id": QT_TRANSLATE_NOOP("WorkerFile", "Course"),
    "enrolled_on": QT_TRANSLATE_NOOP("WorkerFile", "Enrolled on"),
    "completion_date": QT_TRANSLATE_NOOP("WorkerFile", "Completed on"),
    "certificate_number": QT_TRANSLATE_NOOP("WorkerFile", "Certificate number"),
    "result": QT_TRANSLATE_NOOP("WorkerFile", "Result"),
    "score": QT_TRANSLATE_NOOP("WorkerFile", "Score"),
    "kind": QT_TRANSLATE_NOOP("WorkerFile", "Kind"),
    "title": QT_TRANSLATE_NOOP("WorkerFile", "Title"),
    "goals": QT_TRANSLATE_NOOP("WorkerFile", "Goals"),
    "community": QT_TRANSLATE_NOOP("WorkerFile", "Community"),
    "currency": QT_TRANSLATE_NOOP("WorkerFile", "Currency"),
    "budget": QT_TRANSLATE_NOOP("WorkerFile", "Budget"),
    "own_savings": QT_TRANSLATE_NOOP("WorkerFile", "Own savings"),
    "own_remittances": QT_TRANSLATE_NOOP("WorkerFile", "Own remittances"),
    "other_funding": QT_TRANSLATE_NOOP("WorkerFile", "Other funding"),
    "due_date": QT_TRANSLATE_NOOP("WorkerFile", "Due"),
    "done_on": QT_TRANSLATE_NOOP("WorkerFile", "Done on"),
    "month": QT_TRANSLATE_NOOP("WorkerFile", "Month"),
    "amount": QT_TRANSLATE_NOOP("WorkerFile", "Amount"),
    "purpose": QT_TRANSLATE_NOOP("WorkerFile", "Purpose"),
    "community_project_id": QT_TRANSLATE_NOOP("WorkerFile", "Community project"),
    "stage": QT_TRANSLATE_NOOP("WorkerFile", "Stage"),
    "text": QT_TRANSLATE_NOOP("WorkerFile", "Text"),
    "follow_up_date": QT_TRANSLATE_NOOP("WorkerFile", "Follow-up date"),
    "follow_up_done_on": QT_TRANSLATE_NOOP("WorkerFile", "Follow-up done on"),
    "superseded": QT_TRANSLATE_NOOP("WorkerFile", "Replaced by a newer revision"),
    "session_date": QT_TRANSLATE_NOOP("WorkerFile", "Session date"),
    "present": QT_TRANSLATE_NOOP("WorkerFile", "Present"),
    "hours": QT_TRANSLATE_NOOP("WorkerFile", "Hours"),
    "archived_at": QT_TRANSLATE_NOOP("WorkerFile", "Archived on"),
    "author": QT_TRANSLATE_NOOP("WorkerFile", "Author"),
    "submitted_by": QT_TRANSLATE_NOOP("WorkerFile", "Submitted by"),
    "submitted_at": QT_TRANSLATE_NOOP("WorkerFile", "Submitted on"),
    "approved_by": QT_TRANSLATE_NOOP("WorkerFile", "Approved by"),
    "approved_at": QT_TRANSLATE_NOOP("WorkerFile", "Approved on"),
    "started_at": QT_TRANSLATE_NOOP("WorkerFile", "Started on"),
    "closed_at": QT_TRANSLATE_NOOP("WorkerFile", "Closed on"),
    "other_funding_source": QT_TRANSLATE_NOOP("WorkerFile", "Other funding source"),
    "business_started_on": QT_TRANSLATE_NOOP("WorkerFile", "Business started on"),
}

# Which choice list a field's stored values come from, per record kind.
VALUE_KINDS: dict[tuple[str, str], str] = {
    ("placement", "sector"): "sector",
    ("placement", "programme_stream"): "programme_stream",
    ("placement", "status"): "placement_status",
    ("enrolment", "status"): "enrolment_status",
    ("enrolment", "result"): "result",
    ("reintegration_plan", "kind"): "plan_kind",
    ("reintegration_plan", "status"): "plan_status",
    ("reintegration_plan", "sector"): "sector",
    ("remittance", "purpose"): "purpose",
    ("case_note", "kind"): "note_kind",
    ("case_note", "stage"): "stage",
}

YES = QT_TRANSLATE_NOOP("WorkerFile", "Yes")
NO = QT_TRANSLATE_NOOP("WorkerFile", "No")
COMMON_CURRENCIES: tuple[str, ...] = ("CAD", "USD", "MXN", "COP", "HNL")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def choices(kind: str) -> list[tuple[str, str]]:
    """(stored value, translated label) of each choice of `kind` (sector, plan_status...)."""
    if kind == "stage":  # the wording of the workers list and the intake form
        return labels.choices("migration_stage")
    return [(value, tr(text)) for value, text in _CHOICES[kind].items()]


def label(kind: str, value: object) -> str:
    """The translated label of a stored value (the value itself when unknown)."""
    if value is None:
        return ""
    if kind == "stage":
        return labels.value_label("migration_stage", value)
    raw = str(getattr(value, "value", value))
    text = _CHOICES[kind].get(raw)
    return tr(text) if text is not None else raw


def entity_label(entity: str) -> str:
    text = ENTITIES.get(entity)
    return tr(text) if text is not None else entity


def field_label(name: str) -> str:
    text = FIELDS.get(name)
    return tr(text) if text is not None else name


def format_money(amount: Decimal | None, currency: str = "") -> str:
    """`1 234,50 CAD` as the chosen locale writes numbers (two decimals)."""
    if amount is None:
        return ""
    number = QLocale().toString(float(amount), "f", 2)
    return f"{number} {currency}".strip()


def parse_money(text: str) -> Decimal | None:
    """An amount typed in the chosen locale (group separators allowed); None if not a number."""
    loc = QLocale()
    cleaned = text.strip().replace(loc.groupSeparator(), "").replace("\u202f", "")
    cleaned = cleaned.replace(" ", "").replace("\u00a0", "").replace(loc.decimalPoint(), ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None
