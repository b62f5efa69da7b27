"""Worker validation: every rule, table-driven, each able to fail."""

from __future__ import annotations

import ast
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.i18n_marks import identity_tr
from app.models.enums import (
    Education,
    IdDocumentType,
    MigrationStage,
    Sex,
    WorkerStatus,
)
from app.services import validation as v
from app.services.validation import (
    Message,
    check_id_number,
    display_id_format,
    dui_check_digit,
    normalise_worker,
    validate_worker,
)

TODAY = date(2026, 11, 1)
ROOT = Path(__file__).resolve().parents[2]

BASE: dict[str, Any] = {
    "given_names": "José",
    "first_family_name": "Hernández",
    "second_family_name": "González",
    "sex": Sex.MALE,
    "date_of_birth": date(1990, 5, 12),
    "nationality": "MX",
    "mission_id": "MX",
    "id_document_type": IdDocumentType.CURP,
    "id_document_number": "HEGJ900512HJCRNS06",
    "phone": "+523312345678",
    "phone_alt": "",
    "email": "jose.hernandez@example.com",
    "state": "MX-JAL",
    "municipality": "Zapopan",
    "community": "Tesistán",
    "address_line": "Calle Hidalgo 12",
    "education": Education.PRIMARY,
    "languages": "es",
    "occupation": "Farm worker",
    "skills": "",
    "dependants": 2,
    "migration_stage": MigrationStage.PRE_DEPARTURE,
    "consent_date": date(2026, 10, 1),
    "consent_purposes": "case_management,training",
    "consent_obtained_by": "Ana Ruiz",
    "consent_withdrawn_at": None,
    "status": WorkerStatus.ACTIVE,
    "intake_form_code": None,
}


def worker(**changes: Any) -> dict[str, Any]:
    return {**BASE, **changes}


def check(data: dict[str, Any]) -> dict[str, Message]:
    return validate_worker(normalise_worker(data), today=TODAY)


def test_a_complete_worker_is_valid() -> None:
    assert check(BASE) == {}


# (changes, the field that must get a message)
FAILING: list[tuple[str, dict[str, Any], str]] = [
    ("given names missing", {"given_names": "  "}, "given_names"),
    ("first family name missing", {"first_family_name": ""}, "first_family_name"),
    ("date of birth missing", {"date_of_birth": None}, "date_of_birth"),
    ("nationality missing", {"nationality": ""}, "nationality"),
    ("nationality unknown", {"nationality": "XX"}, "nationality"),
    ("mission missing", {"mission_id": ""}, "mission_id"),
    ("mission unknown", {"mission_id": "GT"}, "mission_id"),
    ("control char in name", {"given_names": "Jo\x00sé"}, "given_names"),
    ("bell in family name", {"first_family_name": "Hern\x07ández"}, "first_family_name"),
    ("zero-width char in name", {"second_family_name": "Gonz\u200bález"}, "second_family_name"),
    ("digit in name", {"given_names": "José 2"}, "given_names"),
    ("symbol in name", {"first_family_name": "Hernández@"}, "first_family_name"),
    ("absurdly long name", {"given_names": "Ana " * 40}, "given_names"),
    ("long family name", {"second_family_name": "a" * 81}, "second_family_name"),
    ("control char in community", {"community": "Tesis\x1btán"}, "community"),
    ("long occupation", {"occupation": "x" * 121}, "occupation"),
    ("born in the future", {"date_of_birth": date(2026, 12, 1)}, "date_of_birth"),
    ("too young", {"date_of_birth": date(2011, 1, 1)}, "date_of_birth"),
    ("too old", {"date_of_birth": date(1950, 1, 1)}, "date_of_birth"),
    ("CURP for a Honduran", {"nationality": "HN", "state": ""}, "id_document_type"),
    ("DUI for a Mexican", {"id_document_type": IdDocumentType.DUI}, "id_document_type"),
    ("CURP check digit", {"id_document_number": "HEGJ900512HJCRNS07"}, "id_document_number"),
    ("CURP birth date mismatch", {"date_of_birth": date(1990, 5, 13)}, "id_document_number"),
    ("CURP sex mismatch", {"sex": Sex.FEMALE}, "id_document_number"),
    ("document number missing", {"id_document_number": ""}, "id_document_number"),
    ("phone not valid in MX", {"phone": "12345"}, "phone"),
    ("alt phone not valid", {"phone_alt": "+52 1"}, "phone_alt"),
    ("email without at", {"email": "jose.example.com"}, "email"),
    ("email without domain dot", {"email": "jose@example"}, "email"),
    ("email with space", {"email": "jo se@example.com"}, "email"),
    ("state of another country", {"state": "HN-FM"}, "state"),
    ("state unknown", {"state": "MX-XXX"}, "state"),
    ("language unknown", {"languages": "es,zz"}, "languages"),
    ("language not two letters", {"languages": "spa"}, "languages"),
    ("dependants negative", {"dependants": -1}, "dependants"),
    ("dependants absurd", {"dependants": 31}, "dependants"),
    ("no consent date", {"consent_date": None}, "consent_date"),
    ("consent in the future", {"consent_date": date(2026, 11, 2)}, "consent_date"),
    ("no consent purpose", {"consent_purposes": ""}, "consent_purposes"),
    ("unknown consent purpose", {"consent_purposes": "training,marketing"}, "consent_purposes"),
    ("consent obtained by nobody", {"consent_obtained_by": " "}, "consent_obtained_by"),
    (
        "withdrawn before consent",
        {"consent_withdrawn_at": date(2026, 9, 30)},
        "consent_withdrawn_at",
    ),
    (
        "withdrawn in the future",
        {"consent_withdrawn_at": date(2026, 12, 1)},
        "consent_withdrawn_at",
    ),
]


@pytest.mark.parametrize(
    ("changes", "field"), [(c, f) for _, c, f in FAILING], ids=[n for n, _, _ in FAILING]
)
def test_each_rule_fails_on_bad_input(changes: dict[str, Any], field: str) -> None:
    found = check(worker(**changes))
    assert field in found, found
    assert found[field].render(identity_tr)


@pytest.mark.parametrize(
    "changes",
    [
        {"second_family_name": ""},
        {
            "given_names": "María José",
            "sex": Sex.FEMALE,
            "id_document_number": "HEGJ900512MJCRNS06",
        },
        {"first_family_name": "Hernández", "second_family_name": "De la Cruz-O'Neil"},
        {"phone": "33 1234 5678"},
        {"phone": "+1 613 555 0123"},
        {"email": ""},
        {"email": "JOSE@Example.COM"},
        {"state": ""},
        {"languages": "es, en ,fr"},
        {"consent_withdrawn_at": date(2026, 10, 15)},
        {"date_of_birth": date(2010, 10, 1), "id_document_number": "HEGJ101001HJCRNSA0"},
        {"date_of_birth": date(1956, 10, 1), "id_document_number": "HEGJ561001HJCRNS06"},
        {"id_document_type": IdDocumentType.PASSPORT, "id_document_number": "g1234 5678"},
        {"id_document_type": IdDocumentType.OTHER, "id_document_number": ""},
        {"sex": Sex.UNDISCLOSED},
    ],
)
def test_acceptable_variants_pass(changes: dict[str, Any]) -> None:
    assert check(worker(**changes)) == {}


def test_age_message_names_the_numbers() -> None:
    message = check(worker(date_of_birth=date(2012, 1, 1)))["date_of_birth"]
    assert message.params == {"age": "14", "min": "16", "max": "70"}
    text = message.render(identity_tr)
    assert "14" in text and "16" in text and "70" in text


def test_age_is_counted_at_intake_not_today() -> None:
    # 70 at the consent date, 71 today: the record stays valid as the worker ages.
    data = worker(
        date_of_birth=date(1955, 9, 1),
        consent_date=date(2026, 8, 1),
        id_document_number="HEGJ550901HJCRNS02",
    )
    assert check(data) == {}
    assert "date_of_birth" in check({**data, "consent_date": date(2026, 10, 1)})


def test_message_render_translates_then_formats() -> None:
    message = Message(v.TOO_LONG, {"max": "80"}, v.CONTEXT)

    def tr(context: str, text: str) -> str:
        assert context == "Validation"
        return "Demasiado largo: máximo {max} caracteres."

    assert message.render(tr) == "Demasiado largo: máximo 80 caracteres."
    assert message.render(identity_tr) == "Too long: use at most 80 characters."


# --- document numbers --------------------------------------------------------------------

# DUI check digits worked by hand: weights 9 8 7 6 5 4 3 2, check = (10 - sum % 10) % 10.
#   00016297: 1*6 + 6*5 + 2*4 + 9*3 + 7*2 = 85  -> 5
#   12345678: 9+16+21+24+25+24+21+16 = 156       -> 4
#   04567890: 32+35+36+35+32+27 = 197            -> 3
#   99999999: 9*44 = 396                         -> 4
#   10000000: 9                                  -> 1
#   00000005: 10                                 -> 0
DUI_TABLE = [
    ("00016297-5", True),
    ("12345678-4", True),
    ("04567890-3", True),
    ("99999999-4", True),
    ("10000000-1", True),
    ("00000005-0", True),
    ("00016297-4", False),
    ("12345678-9", False),
    ("04567890-0", False),
    ("99999999-9", False),
    ("1234567-8", False),
    ("123456789-0", False),
    ("1234567A-4", False),
]

EC_TABLE = [
    ("1714307103", True),  # python-stdnum's own example
    ("1100000007", True),  # by hand: 1*2 + 1*1 = 3 -> 7
    ("0926687856", True),
    ("1714307104", False),  # check digit
    ("171430710", False),  # nine digits
    ("2514307103", False),  # province 25
    ("1794307103", False),  # third digit 9
    ("17143071O3", False),  # letter O
]

HN_TABLE = [
    ("0801-1990-12345", date(1990, 3, 4), True),
    ("0828-1990-00001", date(1990, 3, 4), True),  # Francisco Morazán has 28 municipalities
    ("1104-1991-00077", date(1990, 12, 30), True),  # registered the next year
    ("1811-1990-12345", date(1990, 3, 4), True),
    ("0829-1990-12345", date(1990, 3, 4), False),  # municipality 29 of 28
    ("1105-1990-12345", date(1990, 3, 4), False),  # Islas de la Bahía has 4
    ("0800-1990-12345", date(1990, 3, 4), False),  # municipality 00
    ("1901-1990-12345", date(1990, 3, 4), False),  # department 19
    ("0001-1990-12345", date(1990, 3, 4), False),  # department 00
    ("0801-1985-12345", date(1990, 3, 4), False),  # before birth
    ("0801-2015-12345", date(1990, 3, 4), False),  # 25 years later
    ("0801-1990-1234", date(1990, 3, 4), False),
    ("080119901234", date(1990, 3, 4), False),
]

CO_TABLE = [
    ("1023456789", True),
    ("123456", True),
    ("79876543", True),
    ("12345", False),
    ("12345678901", False),
    ("0123456789", False),
    ("10234A6789", False),
]

PASSPORT_TABLE = [
    ("G12345678", True),
    ("AB123", True),
    ("N0123456789ABCDEFGHI", True),
    ("AB12", False),
    ("N0123456789ABCDEFGHIJ", False),
    ("G1234*678", False),
]

CURP_TABLE = [
    ("BOXW310820HNERXN09", True),  # python-stdnum's example
    ("HEGJ900512HJCRNS06", True),
    ("BOXW310820HNERXN08", False),  # check digit
    ("BOXW311320HNERXN02", False),  # month 13
    ("BOXW310820HXXRXN09", False),  # state XX
    ("BOXW310820HNERXN0", False),
    ("B0XW310820HNERXN09", False),
]


@pytest.mark.parametrize(("number", "ok"), DUI_TABLE)
def test_dui(number: str, ok: bool) -> None:
    assert (check_id_number(IdDocumentType.DUI, number) is None) is ok


def test_dui_check_digit_function() -> None:
    assert [dui_check_digit(n) for n in ("00016297", "12345678", "00000005")] == [5, 4, 0]


@pytest.mark.parametrize(("number", "ok"), EC_TABLE)
def test_ecuador_cedula(number: str, ok: bool) -> None:
    assert (check_id_number(IdDocumentType.CEDULA_EC, number) is None) is ok


def test_ecuador_check_digit_agrees_with_stdnum() -> None:
    assert v.ec_ci_check_digit("171430710") == 3
    assert v.ec_ci_check_digit("110000000") == 7


@pytest.mark.parametrize(("number", "born", "ok"), HN_TABLE)
def test_honduras_dni(number: str, born: date, ok: bool) -> None:
    found = check_id_number(IdDocumentType.DNI_HN, number, {"date_of_birth": born})
    assert (found is None) is ok


@pytest.mark.parametrize(("number", "ok"), CO_TABLE)
def test_colombia_cedula(number: str, ok: bool) -> None:
    assert (check_id_number(IdDocumentType.CEDULA_CO, number) is None) is ok


@pytest.mark.parametrize(("number", "ok"), PASSPORT_TABLE)
def test_passport(number: str, ok: bool) -> None:
    assert (check_id_number(IdDocumentType.PASSPORT, number) is None) is ok


@pytest.mark.parametrize(("number", "ok"), CURP_TABLE)
def test_curp(number: str, ok: bool) -> None:
    assert (check_id_number(IdDocumentType.CURP, number) is None) is ok


@pytest.mark.parametrize(
    ("doc_type", "typed", "stored"),
    [
        (IdDocumentType.DUI, "000162975", "00016297-5"),
        (IdDocumentType.DUI, " 00016297 - 5 ", "00016297-5"),
        (IdDocumentType.DNI_HN, "0801199012345", "0801-1990-12345"),
        (IdDocumentType.DNI_HN, "0801 1990 12345", "0801-1990-12345"),
        (IdDocumentType.CEDULA_CO, "1.023.456.789", "1023456789"),
        (IdDocumentType.CEDULA_EC, "171430710-3", "1714307103"),
        (IdDocumentType.CURP, "hegj900512hjcrns06 ", "HEGJ900512HJCRNS06"),
        (IdDocumentType.PASSPORT, "g 1234-5678", "G12345678"),
        (IdDocumentType.OTHER, "  ab   12 ", "ab 12"),
    ],
)
def test_normalise_formats_document_numbers(
    doc_type: IdDocumentType, typed: str, stored: str
) -> None:
    out = normalise_worker(worker(id_document_type=doc_type, id_document_number=typed))
    assert out["id_document_number"] == stored


@pytest.mark.parametrize(
    ("nationality", "doc_type", "number", "born", "state", "phone"),
    [
        ("SV", IdDocumentType.DUI, "00016297-5", date(1990, 1, 1), "SV-SS", "7123 4567"),
        ("EC", IdDocumentType.CEDULA_EC, "1714307103", date(1990, 1, 1), "EC-P", "099 123 4567"),
        ("HN", IdDocumentType.DNI_HN, "0801199012345", date(1990, 1, 1), "HN-FM", "9876-5432"),
        (
            "CO",
            IdDocumentType.CEDULA_CO,
            "1.023.456.789",
            date(1990, 1, 1),
            "CO-ANT",
            "300 123 4567",
        ),
        ("HN", IdDocumentType.PASSPORT, "F123456", date(1990, 1, 1), "HN-CR", "+1 416 555 0199"),
    ],
)
def test_each_country_accepts_its_own_document_and_phone(
    nationality: str, doc_type: IdDocumentType, number: str, born: date, state: str, phone: str
) -> None:
    data = worker(
        nationality=nationality,
        mission_id=nationality,
        id_document_type=doc_type,
        id_document_number=number,
        date_of_birth=born,
        state=state,
        phone=phone,
    )
    assert check(data) == {}


def test_normalise_cleans_names_phones_email_and_lists() -> None:
    out = normalise_worker(
        worker(
            given_names="  María   José ",
            first_family_name="De  la   Cruz",
            phone="33 1234 5678",
            phone_alt="+1 (613) 555-0123",
            email="  Maria.Cruz@Example.COM ",
            languages="ES, en;es",
            consent_purposes=" training , case_management,training",
            nationality="mx",
            state="mx-jal",
        )
    )
    assert out["given_names"] == "María José"
    assert out["first_family_name"] == "De la Cruz"
    assert out["phone"] == "+523312345678"
    assert out["phone_alt"] == "+16135550123"
    assert out["email"] == "maria.cruz@example.com"
    assert out["languages"] == "es,en"
    assert out["consent_purposes"] == "training,case_management"
    assert (out["nationality"], out["state"]) == ("MX", "MX-JAL")


def test_normalise_leaves_an_unparsable_phone_for_the_rule_to_report() -> None:
    out = normalise_worker(worker(phone=" 12-34 "))
    assert out["phone"] == "12-34"
    assert "phone" in validate_worker(out, today=TODAY)


def test_normalise_composes_accents() -> None:
    decomposed = "Jose\u0301 Pen\u0303a"
    assert normalise_worker(worker(given_names=decomposed))["given_names"] == "José Peña"


@pytest.mark.parametrize(
    ("doc_type", "example"),
    [
        (IdDocumentType.DUI, "12345678-9"),
        (IdDocumentType.DNI_HN, "0801-1990-12345"),
        (IdDocumentType.CURP, "HEGJ900512HJCRNS06"),
        (IdDocumentType.OTHER, ""),
        ("passport", "G12345678"),
    ],
)
def test_display_id_format(doc_type: IdDocumentType | str, example: str) -> None:
    assert display_id_format(doc_type) == example


def test_display_examples_are_well_formed() -> None:
    for doc_type in (
        IdDocumentType.CURP,
        IdDocumentType.CEDULA_EC,
        IdDocumentType.DNI_HN,
        IdDocumentType.CEDULA_CO,
        IdDocumentType.PASSPORT,
    ):
        example = display_id_format(doc_type)
        assert check_id_number(doc_type, example) is None, doc_type


# --- translations ------------------------------------------------------------------------


def _marked_strings() -> list[str]:
    """Every text marked with QT_TRANSLATE_NOOP("Validation", ...) in the module."""
    tree = ast.parse((ROOT / "app/services/validation.py").read_text(encoding="utf-8"))
    return [
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
        and isinstance(node.args[1], ast.Constant)
    ]


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    catalog = json.loads((ROOT / "translations/catalog/validation.json").read_text("utf-8"))
    entries = catalog["Validation"]
    marked = _marked_strings()
    assert len(marked) >= 40
    for text in marked:
        assert text in entries, text
        wanted = sorted(re.findall(r"\{(\w+)\}", text))
        for lang in ("es", "fr"):
            translated = entries[text][lang]
            assert (translated and translated != text) or not wanted, (lang, text)
            assert sorted(re.findall(r"\{(\w+)\}", translated)) == wanted, (lang, text)
    assert set(entries) == set(marked), set(entries) ^ set(marked)
