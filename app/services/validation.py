"""Worker field rules: clean input, then one clear, translatable message per wrong field."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

import phonenumbers
from stdnum.ec import ci as ec_ci
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidLength, ValidationError
from stdnum.mx import curp as mx_curp

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models.enums import ConsentPurpose, IdDocumentType, MissionCode, Sex
from app.services.context import Message

CONTEXT = "Validation"
MIN_AGE = 16
MAX_AGE = 70
NAME_LIMITS = {"given_names": 120, "first_family_name": 80, "second_family_name": 80}
TEXT_LIMITS = {
    "municipality": 120,
    "community": 120,
    "address_line": 200,
    "occupation": 120,
    "skills": 500,
    "consent_obtained_by": 120,
    "intake_form_code": 32,
}
MAX_DEPENDANTS = 30

# The country that issues each national document (passport and other: any country).
DOCUMENT_COUNTRY: dict[IdDocumentType, str] = {
    IdDocumentType.CURP: "MX",
    IdDocumentType.DUI: "SV",
    IdDocumentType.CEDULA_CO: "CO",
    IdDocumentType.CEDULA_EC: "EC",
    IdDocumentType.DNI_HN: "HN",
}

# Honduras: the number of municipalities of each department (01-18), for DNI numbers.
HN_MUNICIPALITIES: dict[int, int] = {
    1: 8,
    2: 10,
    3: 21,
    4: 23,
    5: 12,
    6: 16,
    7: 19,
    8: 28,
    9: 6,
    10: 17,
    11: 4,
    12: 19,
    13: 28,
    14: 16,
    15: 23,
    16: 28,
    17: 9,
    18: 11,
}
# A DNI carries the year the birth was registered: the birth year, or a few years later.
HN_LATE_REGISTRATION_YEARS = 18


def _m(text: str, **params: object) -> Message:
    return Message(text, {k: str(v) for k, v in params.items()}, CONTEXT)


# --- messages (English source; translations in translations/catalog/validation.json) ---
REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
NAME_CONTROL = QT_TRANSLATE_NOOP(
    "Validation", "Remove the invisible control characters from this name."
)
NAME_DIGITS = QT_TRANSLATE_NOOP("Validation", "Names cannot contain digits.")
NAME_SYMBOLS = QT_TRANSLATE_NOOP(
    "Validation", "Names can contain only letters, spaces, hyphens, apostrophes and periods."
)
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Too long: use at most {max} characters.")
TEXT_CONTROL = QT_TRANSLATE_NOOP("Validation", "Remove the invisible control characters.")
DOB_FUTURE = QT_TRANSLATE_NOOP("Validation", "The date of birth cannot be in the future.")
AGE_RANGE = QT_TRANSLATE_NOOP(
    "Validation",
    "The worker would be {age} years old at intake; workers must be between {min} and "
    "{max}. Check the date of birth.",
)
NATIONALITY_UNKNOWN = QT_TRANSLATE_NOOP(
    "Validation", "Choose a country from the list (two-letter ISO code, e.g. MX)."
)
MISSION_UNKNOWN = QT_TRANSLATE_NOOP("Validation", "Choose one of the missions.")
DOC_NOT_MX = QT_TRANSLATE_NOOP(
    "Validation",
    "A CURP is issued by Mexico only, but this worker is not Mexican. "
    "Choose the document of the worker's country, or Passport.",
)
DOC_NOT_SV = QT_TRANSLATE_NOOP(
    "Validation",
    "A DUI is issued by El Salvador only, but this worker is not Salvadoran. "
    "Choose the document of the worker's country, or Passport.",
)
DOC_NOT_CO = QT_TRANSLATE_NOOP(
    "Validation",
    "A Colombian cédula is issued by Colombia only, but this worker is not Colombian. "
    "Choose the document of the worker's country, or Passport.",
)
DOC_NOT_EC = QT_TRANSLATE_NOOP(
    "Validation",
    "An Ecuadorian cédula is issued by Ecuador only, but this worker is not Ecuadorian. "
    "Choose the document of the worker's country, or Passport.",
)
DOC_NOT_HN = QT_TRANSLATE_NOOP(
    "Validation",
    "A DNI is issued by Honduras only, but this worker is not Honduran. "
    "Choose the document of the worker's country, or Passport.",
)
DOC_MISMATCH = {
    "MX": DOC_NOT_MX,
    "SV": DOC_NOT_SV,
    "CO": DOC_NOT_CO,
    "EC": DOC_NOT_EC,
    "HN": DOC_NOT_HN,
}
ID_MISSING = QT_TRANSLATE_NOOP(
    "Validation", 'Enter the document number, or choose "Other" if the worker has none.'
)
CURP_FORMAT = QT_TRANSLATE_NOOP(
    "Validation",
    "A CURP has 18 characters: 4 letters, 6 digits of the birth date, 6 letters, "
    "then a letter or digit and a check digit (e.g. {example}).",
)
CURP_CHECK = QT_TRANSLATE_NOOP(
    "Validation", "This CURP's check digit is wrong: a character was probably mistyped."
)
CURP_COMPONENT = QT_TRANSLATE_NOOP(
    "Validation", "This CURP has an impossible birth date, sex letter or state code."
)
CURP_DOB = QT_TRANSLATE_NOOP(
    "Validation", "The birth date in the CURP does not match the date of birth entered."
)
CURP_SEX = QT_TRANSLATE_NOOP(
    "Validation", "The sex letter in the CURP does not match the sex entered."
)
DUI_FORMAT = QT_TRANSLATE_NOOP(
    "Validation", "A DUI has 8 digits, a hyphen and a check digit (e.g. {example})."
)
DUI_CHECK = QT_TRANSLATE_NOOP(
    "Validation", "This DUI's check digit is wrong: a digit was probably mistyped."
)
EC_FORMAT = QT_TRANSLATE_NOOP("Validation", "An Ecuadorian cédula has 10 digits (e.g. {example}).")
EC_PROVINCE = QT_TRANSLATE_NOOP(
    "Validation",
    "This cédula does not start with a valid province code (01 to 24, or 30), "
    "or its third digit is above 6.",
)
EC_CHECK = QT_TRANSLATE_NOOP(
    "Validation", "This cédula's check digit is wrong: a digit was probably mistyped."
)
HN_FORMAT = QT_TRANSLATE_NOOP("Validation", "A DNI has 13 digits written as {example}.")
HN_DEPARTMENT = QT_TRANSLATE_NOOP(
    "Validation", "The DNI starts with department {department}; departments go from 01 to 18."
)
HN_MUNICIPALITY = QT_TRANSLATE_NOOP(
    "Validation",
    "The DNI names municipality {municipality} of department {department}, "
    "which has municipalities 01 to {count}.",
)
HN_YEAR = QT_TRANSLATE_NOOP(
    "Validation",
    "The year in the DNI ({year}) does not fit a worker born in {birth_year}. "
    "Check the DNI and the date of birth.",
)
CO_FORMAT = QT_TRANSLATE_NOOP(
    "Validation",
    "A Colombian cédula has 6 to 10 digits and does not start with 0 (e.g. {example}).",
)
PASSPORT_FORMAT = QT_TRANSLATE_NOOP(
    "Validation", "A passport number has 5 to 20 letters and digits (e.g. {example})."
)
PHONE_INVALID = QT_TRANSLATE_NOOP(
    "Validation",
    "This is not a valid phone number. Write it as dialled in the worker's country, "
    "or with + and the country code (e.g. +1 for Canada).",
)
EMAIL_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "This does not look like an email address (e.g. name@example.com)."
)
STATE_UNKNOWN = QT_TRANSLATE_NOOP(
    "Validation", "Choose a state, department or province of the worker's country."
)
LANGUAGE_UNKNOWN = QT_TRANSLATE_NOOP(
    "Validation", 'Unknown language code "{code}": use two-letter codes such as es, en, fr.'
)
DEPENDANTS_RANGE = QT_TRANSLATE_NOOP("Validation", "Dependants must be a number from 0 to {max}.")
CONSENT_MISSING = QT_TRANSLATE_NOOP(
    "Validation",
    "A worker cannot be saved without recorded consent: enter the date consent was given.",
)
CONSENT_FUTURE = QT_TRANSLATE_NOOP("Validation", "The consent date cannot be in the future.")
CONSENT_NO_PURPOSE = QT_TRANSLATE_NOOP(
    "Validation", "Tick at least one purpose the worker consented to."
)
CONSENT_BAD_PURPOSE = QT_TRANSLATE_NOOP("Validation", 'Unknown consent purpose "{purpose}".')
CONSENT_NO_OFFICER = QT_TRANSLATE_NOOP(
    "Validation", "Enter the name of the person who obtained the consent."
)
WITHDRAWN_BEFORE = QT_TRANSLATE_NOOP(
    "Validation", "Consent cannot be withdrawn before the date it was given."
)
WITHDRAWN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The withdrawal date cannot be in the future.")

ID_EXAMPLES: dict[IdDocumentType, str] = {
    IdDocumentType.CURP: "HEGJ900512HJCRNS06",
    IdDocumentType.DUI: "12345678-9",
    IdDocumentType.CEDULA_CO: "1023456789",
    IdDocumentType.CEDULA_EC: "1714307103",
    IdDocumentType.DNI_HN: "0801-1990-12345",
    IdDocumentType.PASSPORT: "G12345678",
    IdDocumentType.OTHER: "",
}


def display_id_format(doc_type: IdDocumentType | str) -> str:
    """An example number for the document type, shown as a placeholder in the editor."""
    return ID_EXAMPLES.get(_doc_type(doc_type) or IdDocumentType.OTHER, "")


# --- document numbers -------------------------------------------------------------------

_DUI = re.compile(r"^(\d{8})-(\d)$")
_HN_DNI = re.compile(r"^(\d{2})(\d{2})-(\d{4})-(\d{5})$")
_CO_CC = re.compile(r"^[1-9]\d{5,9}$")
_PASSPORT = re.compile(r"^[A-Z0-9]{5,20}$")


def dui_check_digit(eight_digits: str) -> int:
    """El Salvador DUI check digit: weights 9..2 on the 8 digits, then (10 - sum % 10) % 10."""
    total = sum(int(d) * (9 - i) for i, d in enumerate(eight_digits))
    return (10 - total % 10) % 10


def ec_ci_check_digit(nine_digits: str) -> int:
    """Ecuador cédula check digit (the same Luhn-like rule stdnum.ec.ci checks)."""
    total = 0
    for i, d in enumerate(nine_digits):
        x = int(d) * (2 if i % 2 == 0 else 1)
        total += x - 9 if x > 9 else x
    return (10 - total % 10) % 10


def format_id_number(doc_type: IdDocumentType | str, number: str) -> str:
    """The number in its stored form (upper case, separators where the document has them)."""
    kind = _doc_type(doc_type)
    raw = number.strip()
    packed = re.sub(r"[\s.\-_/]", "", raw).upper()
    if kind == IdDocumentType.DUI and re.fullmatch(r"\d{9}", packed):
        return f"{packed[:8]}-{packed[8]}"
    if kind == IdDocumentType.DNI_HN and re.fullmatch(r"\d{13}", packed):
        return f"{packed[:4]}-{packed[4:8]}-{packed[8:]}"
    if kind in (
        IdDocumentType.CURP,
        IdDocumentType.PASSPORT,
        IdDocumentType.CEDULA_CO,
        IdDocumentType.CEDULA_EC,
    ):
        return packed
    return " ".join(raw.split())


def _check_curp(number: str, data: Mapping[str, Any]) -> Message | None:
    example = display_id_format(IdDocumentType.CURP)
    try:
        mx_curp.validate(number)
    except InvalidChecksum:
        return _m(CURP_CHECK)
    except InvalidComponent:
        return _m(CURP_COMPONENT)
    except ValidationError:
        return _m(CURP_FORMAT, example=example)
    dob = data.get("date_of_birth")
    if isinstance(dob, date) and mx_curp.get_birth_date(number) != dob:
        return _m(CURP_DOB)
    sex = _value(data.get("sex"))
    expected = {Sex.MALE.value: "H", Sex.FEMALE.value: "M"}.get(sex)
    if expected and number[10] != expected:
        return _m(CURP_SEX)
    return None


def _check_dui(number: str) -> Message | None:
    found = _DUI.match(number)
    if not found:
        return _m(DUI_FORMAT, example=display_id_format(IdDocumentType.DUI))
    if dui_check_digit(found.group(1)) != int(found.group(2)):
        return _m(DUI_CHECK)
    return None


def _check_ec(number: str) -> Message | None:
    try:
        ec_ci.validate(number)
    except InvalidChecksum:
        return _m(EC_CHECK)
    except InvalidComponent:
        return _m(EC_PROVINCE)
    except (InvalidLength, ValidationError):
        return _m(EC_FORMAT, example=display_id_format(IdDocumentType.CEDULA_EC))
    return None


def _check_hn(number: str, data: Mapping[str, Any]) -> Message | None:
    found = _HN_DNI.match(number)
    if not found:
        return _m(HN_FORMAT, example=display_id_format(IdDocumentType.DNI_HN))
    department, municipality, year = (int(found.group(i)) for i in (1, 2, 3))
    if department not in HN_MUNICIPALITIES:
        return _m(HN_DEPARTMENT, department=found.group(1))
    count = HN_MUNICIPALITIES[department]
    if not 1 <= municipality <= count:
        return _m(
            HN_MUNICIPALITY,
            municipality=found.group(2),
            department=found.group(1),
            count=f"{count:02d}",
        )
    dob = data.get("date_of_birth")
    if isinstance(dob, date) and not (dob.year <= year <= dob.year + HN_LATE_REGISTRATION_YEARS):
        return _m(HN_YEAR, year=found.group(3), birth_year=dob.year)
    return None


def check_id_number(
    doc_type: IdDocumentType | str, number: str, data: Mapping[str, Any] | None = None
) -> Message | None:
    """Why `number` is not a well-formed number of `doc_type` (None when it is)."""
    kind = _doc_type(doc_type)
    context = data or {}
    if kind == IdDocumentType.CURP:
        return _check_curp(number, context)
    if kind == IdDocumentType.DUI:
        return _check_dui(number)
    if kind == IdDocumentType.CEDULA_EC:
        return _check_ec(number)
    if kind == IdDocumentType.DNI_HN:
        return _check_hn(number, context)
    if kind == IdDocumentType.CEDULA_CO and not _CO_CC.match(number):
        return _m(CO_FORMAT, example=display_id_format(IdDocumentType.CEDULA_CO))
    if kind == IdDocumentType.PASSPORT and not _PASSPORT.match(number):
        return _m(PASSPORT_FORMAT, example=display_id_format(IdDocumentType.PASSPORT))
    return None


# --- normalising ------------------------------------------------------------------------

_SPLIT_LIST = re.compile(r"[,;\s]+")


def _value(x: Any) -> str:
    """An enum's value or a plain string (so enums and their values are both accepted)."""
    if x is None:
        return ""
    return str(getattr(x, "value", x))


def _doc_type(x: Any) -> IdDocumentType | None:
    try:
        return IdDocumentType(_value(x))
    except ValueError:
        return None


def _clean_list(value: str) -> str:
    seen: list[str] = []
    for item in _SPLIT_LIST.split(value.strip().lower()):
        if item and item not in seen:
            seen.append(item)
    return ",".join(seen)


def _regions(data: Mapping[str, Any]) -> list[str]:
    """Phone regions to try: the worker's nationality, then the mission's country."""
    regions = [_value(data.get("nationality")).upper()]
    mission = _value(data.get("mission_id")).upper()
    if mission and mission != MissionCode.HQ.value:
        regions.append(mission)
    return [r for r in dict.fromkeys(regions) if r]


def parse_phone(number: str, regions: list[str]) -> phonenumbers.PhoneNumber | None:
    """The phone number if it is valid, dialled locally in one of `regions` or with +code."""
    for region in regions or ["ZZ"]:
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return parsed
    return None


def _e164(number: str, regions: list[str]) -> str:
    parsed = parse_phone(number, regions) if number else None
    if parsed is None:
        return number
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def normalise_worker(data: Mapping[str, Any]) -> dict[str, Any]:
    """A cleaned copy: trimmed text, single spaces in names, documents in their stored form,
    phones in E.164 when they parse for the worker's country, lower-case email and codes."""
    out = dict(data)
    for key, value in data.items():
        if isinstance(value, str):
            out[key] = unicodedata.normalize("NFC", value).strip()
    for key in NAME_LIMITS:
        if isinstance(out.get(key), str):
            out[key] = " ".join(out[key].split())
    for key in ("nationality", "state", "mission_id"):
        if isinstance(out.get(key), str):
            out[key] = out[key].upper()
    for key in ("languages", "consent_purposes"):
        if isinstance(out.get(key), str):
            out[key] = _clean_list(out[key])
    if isinstance(out.get("email"), str):
        out["email"] = out["email"].lower()
    if isinstance(out.get("id_document_number"), str):
        out["id_document_number"] = format_id_number(
            out.get("id_document_type") or IdDocumentType.OTHER, out["id_document_number"]
        )
    regions = _regions(out)
    for key in ("phone", "phone_alt"):
        if isinstance(out.get(key), str):
            out[key] = _e164(out[key], regions)
    return out


# --- rules ------------------------------------------------------------------------------

_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)*\.[a-z]{2,}$", re.IGNORECASE)

Rule = Callable[[Mapping[str, Any], date, dict[str, Message]], None]


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text)


def _name_message(text: str, limit: int) -> Message | None:
    if _has_control(text):
        return _m(NAME_CONTROL)
    if any(ch.isdigit() for ch in text):
        return _m(NAME_DIGITS)
    allowed = " '’-."
    if any(
        not (ch.isalpha() or unicodedata.category(ch).startswith("M") or ch in allowed)
        for ch in text
    ):
        return _m(NAME_SYMBOLS)
    if len(text) > limit:
        return _m(TOO_LONG, max=limit)
    return None


def _rule_names(data: Mapping[str, Any], today: date, out: dict[str, Message]) -> None:
    for key, limit in NAME_LIMITS.items():
        text = str(data.get(key) or "")
        if not text.strip():
            if key != "second_family_name":
                out[key] = _m(REQUIRED)
            continue
        found = _name_message(text, limit)
        if found:
            out[key] = found


def _rule_texts(data: Mapping[str, Any], today: date, out: dict[str, Message]) -> None:
    for key, limit in TEXT_LIMITS.items():
        text = data.get(key) or ""
        if not isinstance(text, str):
            continue
        if _has_control(text.replace("\n", "")):
            out[key] = _m(TEXT_CONTROL)
        elif len(text) > limit:
            out[key] = _m(TOO_LONG, max=limit)


def intake_date(data: Mapping[str, Any], today: date) -> date:
    """The day of intake: the consent date when recorded (and not future), else today."""
    consent = data.get("consent_date")
    if isinstance(consent, date) and consent <= today:
        return consent
    return today


def age_on(born: date, day: date) -> int:
    """Completed years of age on `day`."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _rule_birth(data: Mapping[str, Any], today: date, out: dict[str, Message]) -> None:
    born = data.get("date_of_birth")
    if not isinstance(born, date):
        out["date_of_birth"] = _m(REQUIRED)
        return
    if born > today:
        out["date_of_birth"] = _m(DOB_FUTURE)
        return
    age = age_on(born, intake_date(data, today))
    if not MIN_AGE <= age <= MAX_AGE:
        out["date_of_birth"] = _m(AGE_RANGE, age=age, min=MIN_AGE, max=MAX_AGE)


def _rule_origin(data: Mapping[str, Any], today: date, out: dict[str, Message]) -> None:
    import pycountry  # its database loads lazily, only when needed

    nationality = _value(data.get("nationality"))
    if not nationality:
        out["nationality"] = _m(REQUIRED)
    elif len(nationality) != 2 or pycountry.countries.get(alpha_2=nationality) is None:
        out["nationality"] = _m(NATIONALITY_UNKNOWN)
    mission = _value(data.get("mission_id"))
    if not mission:
        out["mission_id"] = _m(REQUIRED)
    elif mission not in {m.value for m in MissionCode}:
        out["mission_id"] = _m(MISSION_UNKNOWN)
    state = _value(data.get("state"))
    if state:
        lookup: Callable[..., Any] = pycountry.subdivisions.get
        sub = lookup(code=state)
        countries = {nationality, mission}
        if sub is None or sub.country_code not in countries:
            out["state"] = _m(STATE_UNKNOWN)


def _rule_document(data: Mapping[str, Any], today: date, out: dict[str, Message]) -> None:
    kind = _doc_type(data.get("id_document_type") or IdDocumentType.OTHER)
    number = str(data.get("id_document_number") or "")
    issuer = DOCUMENT_COUNTRY.get(kind) if kind else None
    nationality = _value(data.get("nationality"))
    if issuer and nationality and nationality != issuer:
        out["id_document_type"] = _m(DOC_MISMATCH[issuer])
    if not number:
        if kind not in (None, IdDocumentType.OTHER):
            out["id_document_number"] = _m(ID_MISSING)
        return
    if _has_control(number):
        out["id_document_number"] = _m(TEXT_CONTROL)
        return
    found = check_id_number(kind or IdDocumentType.OTHER, number, data)
    if found:
        out["id_document_number"] = found
    elif len(number) > 40:
        out["id_document_number"] = _m(TOO_LONG, max=40)


def _rule_contact(data: Mapping[str, Any], today: date, out: dict[str, Message]) -> None:
    regions = _regions(data)
    for key in ("phone", "phone_alt"):
        number = str(data.get(key) or "")
        if number and parse_phone(number, regions) is None:
            out[key] = _m(PHONE_INVALID)
    email = str(data.get("email") or "")
    if email and (len(email) > 160 or not _EMAIL.match(email)):
        out["email"] = _m(EMAIL_INVALID)


def _rule_profile(data: Mapping[str, Any], today: date, out: dict[str, Message]) -> None:
    import pycountry

    for code in str(data.get("languages") or "").split(","):
        code = code.strip()
        if code and (len(code) != 2 or pycountry.languages.get(alpha_2=code) is None):
            out["languages"] = _m(LANGUAGE_UNKNOWN, code=code)
            break
    dependants = data.get("dependants", 0)
    if not isinstance(dependants, int) or not 0 <= dependants <= MAX_DEPENDANTS:
        out["dependants"] = _m(DEPENDANTS_RANGE, max=MAX_DEPENDANTS)


def _rule_consent(data: Mapping[str, Any], today: date, out: dict[str, Message]) -> None:
    given = data.get("consent_date")
    if not isinstance(given, date):
        out["consent_date"] = _m(CONSENT_MISSING)
    elif given > today:
        out["consent_date"] = _m(CONSENT_FUTURE)
    purposes = [p.strip() for p in str(data.get("consent_purposes") or "").split(",")]
    purposes = [p for p in purposes if p]
    known = {p.value for p in ConsentPurpose}
    if not purposes:
        out["consent_purposes"] = _m(CONSENT_NO_PURPOSE)
    else:
        unknown = [p for p in purposes if p not in known]
        if unknown:
            out["consent_purposes"] = _m(CONSENT_BAD_PURPOSE, purpose=unknown[0])
    if not str(data.get("consent_obtained_by") or "").strip():
        out.setdefault("consent_obtained_by", _m(CONSENT_NO_OFFICER))
    withdrawn = data.get("consent_withdrawn_at")
    if isinstance(withdrawn, date):
        if isinstance(given, date) and withdrawn < given:
            out["consent_withdrawn_at"] = _m(WITHDRAWN_BEFORE)
        elif withdrawn > today:
            out["consent_withdrawn_at"] = _m(WITHDRAWN_FUTURE)


RULES: tuple[Rule, ...] = (
    _rule_texts,
    _rule_names,
    _rule_birth,
    _rule_origin,
    _rule_document,
    _rule_contact,
    _rule_profile,
    _rule_consent,
)


def validate_worker(data: Mapping[str, Any], *, today: date) -> dict[str, Message]:
    """Every field that is wrong, with the message to show beside it (empty when valid).

    `data` holds the Worker fields (as WorkerCreate would, plus `mission_id`), already
    passed through `normalise_worker`; `today` is the officer's local date.
    """
    out: dict[str, Message] = {}
    for rule in RULES:
        rule(data, today, out)
    return out
