"""Dates, numbers, money and stored codes written the way each language and country reads them.

No Qt: PDFs and exports are made outside the GUI thread (and by the CLI), so these few
rules are kept here instead of asking `QLocale`. The choices:

- Dates: Spanish and French day/month/year with slashes (25/11/2026); English as
  "25 Nov 2026" (day first, month in letters: never mistaken for 11/25 by a Canadian or
  US reader). Long form for certificates: "25 de noviembre de 2026", "25 novembre 2026",
  "25 November 2026".
- Numbers follow the country whose money or records they are (CLDR):
  Mexico, El Salvador and Honduras write 1,234.50; Colombia and Ecuador write 1.234,50;
  French writes 1 234,50 (no-break space); English writes 1,234.50. A Spanish reader at
  HQ (country CA, or no mission) gets the Colombian/Ecuadorian style 1.234,50.
- Money: the ISO code after the amount in Spanish and French ("1.234,50 COP",
  "1 234,50 CAD"), before it in English ("CAD 1,234.50"). Two decimals, except COP, which
  is written without cents.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from app.i18n_marks import QT_TRANSLATE_NOOP, Translate

LANGUAGES: tuple[str, ...] = ("es", "en", "fr")

MISSION_COUNTRIES: dict[str, str] = {
    "MX": "MX",
    "SV": "SV",
    "CO": "CO",
    "EC": "EC",
    "HN": "HN",
    "HQ": "CA",
}
"""Country whose number style a mission's documents use."""

_POINT_DECIMAL_ES = frozenset({"MX", "SV", "HN", "GT", "US", "PR", "DO", "PA", "NI"})
NBSP = "\u00a0"
ZERO_DECIMAL_CURRENCIES = frozenset({"COP", "CLP", "PYG", "JPY"})

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
        "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre",
    ),
}  # fmt: skip


def separators(language: str, country: str = "") -> tuple[str, str]:
    """(thousands separator, decimal mark) for `language` in `country` (ISO alpha-2)."""
    if language == "fr":
        return NBSP, ","
    if language == "es":
        return (",", ".") if country.upper() in _POINT_DECIMAL_ES else (".", ",")
    return ",", "."


def country_of(mission: str | None) -> str:
    """The country whose number style `mission` uses ("" when unknown)."""
    return MISSION_COUNTRIES.get((mission or "").upper(), "")


def format_date(value: date | datetime | None, language: str) -> str:
    """A short date: 25/11/2026 (es, fr) or 25 Nov 2026 (en); "" for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if language == "en":
        return f"{value.day} {_MONTHS['en'][value.month - 1][:3]} {value.year}"
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def format_date_long(value: date | datetime, language: str) -> str:
    """A date in words: 25 de noviembre de 2026, 25 novembre 2026, 25 November 2026."""
    if isinstance(value, datetime):
        value = value.date()
    month = _MONTHS.get(language, _MONTHS["en"])[value.month - 1]
    if language == "es":
        return f"{value.day} de {month} de {value.year}"
    if language == "fr":
        day = "1er" if value.day == 1 else str(value.day)
        return f"{day} {month} {value.year}"
    return f"{value.day} {month} {value.year}"


def format_number(
    value: Decimal | float | int | None, language: str, country: str = "", *, places: int = 0
) -> str:
    """`value` rounded to `places` decimals with the separators of `language`/`country`."""
    if value is None:
        return ""
    amount = Decimal(str(value)) if not isinstance(value, Decimal) else value
    quantum = Decimal(1).scaleb(-places)
    amount = amount.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if amount < 0 else ""
    text = f"{abs(amount):.{places}f}"
    whole, _, fraction = text.partition(".")
    group, point = separators(language, country)
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    result = sign + group.join(groups)
    return f"{result}{point}{fraction}" if places > 0 else result


def format_decimal(value: Decimal | float | int | None, language: str, country: str = "") -> str:
    """A quantity such as hours: one decimal when it has one (12,5), none when whole (12)."""
    if value is None:
        return ""
    amount = Decimal(str(value))
    places = 0 if amount == amount.to_integral_value() else 1
    return format_number(amount, language, country, places=places)


def currency_places(currency: str) -> int:
    """Decimals written for `currency` (COP is written without cents)."""
    return 0 if currency.upper() in ZERO_DECIMAL_CURRENCIES else 2


def format_amount(
    value: Decimal | float | int | None, currency: str, language: str, country: str = ""
) -> str:
    """The number part of an amount of `currency` (no code): 1.234,50 or 1,234.50."""
    return format_number(value, language, country, places=currency_places(currency))


def format_money(
    value: Decimal | float | int | None, currency: str, language: str, country: str = ""
) -> str:
    """An amount with its ISO code: "1.234,50 COP" (es, fr) or "CAD 1,234.50" (en)."""
    if value is None:
        return ""
    number = format_amount(value, currency, language, country)
    code = currency.upper()
    return f"{code}{NBSP}{number}" if language == "en" else f"{number}{NBSP}{code}"


def format_percent(value: float | Decimal | None, language: str, country: str = "") -> str:
    """A share given as a fraction (0.425) written as a percentage: 42,5 % / 42.5%."""
    if value is None:
        return ""
    number = format_number(Decimal(str(value)) * 100, language, country, places=1)
    return f"{number}{NBSP}%" if language in ("fr", "es") else f"{number}%"


# --- labels of stored codes (English source, marked for translation) -----------------

CONTEXT = "Reports"
"""The translation context of every label of the filled documents, indicators and exports."""

MISSIONS: dict[str, str] = {
    "MX": QT_TRANSLATE_NOOP("Reports", "Mexico"),
    "SV": QT_TRANSLATE_NOOP("Reports", "El Salvador"),
    "CO": QT_TRANSLATE_NOOP("Reports", "Colombia"),
    "EC": QT_TRANSLATE_NOOP("Reports", "Ecuador"),
    "HN": QT_TRANSLATE_NOOP("Reports", "Honduras"),
    "HQ": QT_TRANSLATE_NOOP("Reports", "Headquarters Ottawa"),
}
ALL_MISSIONS = QT_TRANSLATE_NOOP("Reports", "All missions")

SEX: dict[str, str] = {
    "female": QT_TRANSLATE_NOOP("Reports", "Female"),
    "male": QT_TRANSLATE_NOOP("Reports", "Male"),
    "other": QT_TRANSLATE_NOOP("Reports", "Other"),
    "undisclosed": QT_TRANSLATE_NOOP("Reports", "Not stated"),
}
STAGE: dict[str, str] = {
    "pre_departure": QT_TRANSLATE_NOOP("Reports", "Pre-departure"),
    "abroad": QT_TRANSLATE_NOOP("Reports", "Abroad"),
    "returned": QT_TRANSLATE_NOOP("Reports", "Returned"),
}
WORKER_STATUS: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("Reports", "Active"),
    "closed": QT_TRANSLATE_NOOP("Reports", "Closed"),
}
EDUCATION: dict[str, str] = {
    "none": QT_TRANSLATE_NOOP("Reports", "No schooling"),
    "primary_incomplete": QT_TRANSLATE_NOOP("Reports", "Primary, incomplete"),
    "primary": QT_TRANSLATE_NOOP("Reports", "Primary"),
    "lower_secondary": QT_TRANSLATE_NOOP("Reports", "Lower secondary"),
    "upper_secondary": QT_TRANSLATE_NOOP("Reports", "Upper secondary"),
    "technical": QT_TRANSLATE_NOOP("Reports", "Technical"),
    "university": QT_TRANSLATE_NOOP("Reports", "University"),
}
ID_DOCUMENT: dict[str, str] = {
    "curp": "CURP",
    "dui": "DUI",
    "cedula_co": QT_TRANSLATE_NOOP("Reports", "Citizenship card (CO)"),
    "cedula_ec": QT_TRANSLATE_NOOP("Reports", "Identity card (EC)"),
    "dni_hn": "DNI",
    "passport": QT_TRANSLATE_NOOP("Reports", "Passport"),
    "other": QT_TRANSLATE_NOOP("Reports", "Other"),
}
SECTOR: dict[str, str] = {
    "construction": QT_TRANSLATE_NOOP("Reports", "Construction"),
    "tourism": QT_TRANSLATE_NOOP("Reports", "Tourism"),
    "hospitality": QT_TRANSLATE_NOOP("Reports", "Hospitality"),
    "services": QT_TRANSLATE_NOOP("Reports", "Services"),
    "agriculture": QT_TRANSLATE_NOOP("Reports", "Agriculture"),
    "other": QT_TRANSLATE_NOOP("Reports", "Other"),
}
STREAM: dict[str, str] = {
    "sawp": QT_TRANSLATE_NOOP("Reports", "Seasonal Agricultural Worker Program"),
    "agricultural": QT_TRANSLATE_NOOP("Reports", "Agricultural stream"),
    "low_wage": QT_TRANSLATE_NOOP("Reports", "Low-wage stream"),
    "high_wage": QT_TRANSLATE_NOOP("Reports", "High-wage stream"),
    "other": QT_TRANSLATE_NOOP("Reports", "Other"),
}
PLACEMENT_STATUS: dict[str, str] = {
    "planned": QT_TRANSLATE_NOOP("Reports", "Planned"),
    "active": QT_TRANSLATE_NOOP("Reports", "Active"),
    "completed": QT_TRANSLATE_NOOP("Reports", "Completed"),
    "ended_early": QT_TRANSLATE_NOOP("Reports", "Ended early"),
    "cancelled": QT_TRANSLATE_NOOP("Reports", "Cancelled"),
}
COURSE_KIND: dict[str, str] = {
    "pre_departure_orientation": QT_TRANSLATE_NOOP("Reports", "Pre-departure orientation"),
    "on_site_training": QT_TRANSLATE_NOOP("Reports", "On-site training"),
    "additional_course": QT_TRANSLATE_NOOP("Reports", "Additional course"),
    "entrepreneurship": QT_TRANSLATE_NOOP("Reports", "Entrepreneurship"),
    "language": QT_TRANSLATE_NOOP("Reports", "Language"),
}
ENROLMENT_STATUS: dict[str, str] = {
    "enrolled": QT_TRANSLATE_NOOP("Reports", "Enrolled"),
    "attending": QT_TRANSLATE_NOOP("Reports", "Attending"),
    "completed": QT_TRANSLATE_NOOP("Reports", "Completed"),
    "withdrawn": QT_TRANSLATE_NOOP("Reports", "Withdrawn"),
}
RESULT: dict[str, str] = {
    "passed": QT_TRANSLATE_NOOP("Reports", "Passed"),
    "passed_with_distinction": QT_TRANSLATE_NOOP("Reports", "Passed with distinction"),
    "not_passed": QT_TRANSLATE_NOOP("Reports", "Not passed"),
    "attendance_only": QT_TRANSLATE_NOOP("Reports", "Attendance only"),
}
PLAN_KIND: dict[str, str] = {
    "employment": QT_TRANSLATE_NOOP("Reports", "Employment"),
    "business": QT_TRANSLATE_NOOP("Reports", "Business"),
    "education": QT_TRANSLATE_NOOP("Reports", "Education"),
    "community_investment": QT_TRANSLATE_NOOP("Reports", "Community investment"),
}
PLAN_STATUS: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("Reports", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("Reports", "Submitted"),
    "approved": QT_TRANSLATE_NOOP("Reports", "Approved"),
    "in_progress": QT_TRANSLATE_NOOP("Reports", "In progress"),
    "completed": QT_TRANSLATE_NOOP("Reports", "Completed"),
    "abandoned": QT_TRANSLATE_NOOP("Reports", "Abandoned"),
}
PURPOSE: dict[str, str] = {
    "household": QT_TRANSLATE_NOOP("Reports", "Household"),
    "savings": QT_TRANSLATE_NOOP("Reports", "Savings"),
    "business": QT_TRANSLATE_NOOP("Reports", "Business"),
    "community_project": QT_TRANSLATE_NOOP("Reports", "Community project"),
    "education": QT_TRANSLATE_NOOP("Reports", "Education"),
}
PROJECT_STATUS: dict[str, str] = {
    "proposed": QT_TRANSLATE_NOOP("Reports", "Proposed"),
    "fundraising": QT_TRANSLATE_NOOP("Reports", "Fundraising"),
    "in_progress": QT_TRANSLATE_NOOP("Reports", "In progress"),
    "completed": QT_TRANSLATE_NOOP("Reports", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("Reports", "Cancelled"),
}
NOTE_KIND: dict[str, str] = {
    "interview": QT_TRANSLATE_NOOP("Reports", "Interview"),
    "follow_up": QT_TRANSLATE_NOOP("Reports", "Follow-up"),
    "call": QT_TRANSLATE_NOOP("Reports", "Call"),
    "visit": QT_TRANSLATE_NOOP("Reports", "Visit"),
    "referral": QT_TRANSLATE_NOOP("Reports", "Referral"),
}
CONSENT_PURPOSE: dict[str, str] = {
    "case_management": QT_TRANSLATE_NOOP("Reports", "Case management"),
    "training": QT_TRANSLATE_NOOP("Reports", "Training"),
    "reintegration": QT_TRANSLATE_NOOP("Reports", "Reintegration"),
    "statistics": QT_TRANSLATE_NOOP("Reports", "Statistics"),
    "contact_by_employer": QT_TRANSLATE_NOOP("Reports", "Contact by employers"),
}
AGE_BAND: dict[str, str] = {
    "under_18": QT_TRANSLATE_NOOP("Reports", "Under 18"),
    "18_24": "18–24",
    "25_34": "25–34",
    "35_44": "35–44",
    "45_54": "45–54",
    "55_plus": "55+",
}
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")

_NOT_MARKED = frozenset({"CURP", "DUI", "DNI", "18–24", "25–34", "35–44", "45–54", "55+"})


def label(tr: Translate, labels: Mapping[str, str], code: str | None) -> str:
    """The label of a stored `code` in the reader's language (the code itself if unknown)."""
    if code is None or code == "":
        return ""
    source = labels.get(str(code))
    if source is None:
        return str(code)
    return source if source in _NOT_MARKED else tr(CONTEXT, source)


def mission_name(tr: Translate, mission: str | None) -> str:
    """ "Mexico", "All missions" (None) or the code itself when unknown."""
    if not mission:
        return tr(CONTEXT, ALL_MISSIONS)
    return label(tr, MISSIONS, mission)


def code_list(tr: Translate, labels: Mapping[str, str], codes: str) -> str:
    """A comma-separated list of stored codes as labels ("training,statistics")."""
    return ", ".join(label(tr, labels, c.strip()) for c in codes.split(",") if c.strip())
