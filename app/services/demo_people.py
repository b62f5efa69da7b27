"""Synthetic people for the demo: names, well-formed ID numbers of each country, valid phones."""

from __future__ import annotations

import random
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from itertools import accumulate
from typing import Generic, TypeVar

import phonenumbers
from stdnum.mx import curp as mx_curp

from app.services.demo_names import (
    COUNTRY_FAMILY_NAMES,
    FAMILY_NAMES,
    FEMALE_COMPOUNDS,
    FEMALE_NAMES,
    MALE_COMPOUNDS,
    MALE_NAMES,
    PASSPORT_LETTER,
)
from app.services.validation import dui_check_digit, ec_ci_check_digit

T = TypeVar("T")


class FastRandom(random.Random):
    """random.Random with cheaper choice/randint/randrange (one float draw each).

    Same seed, same sequence, like its parent; the demo draws millions of numbers, and
    the parent's exact-integer rejection sampling would dominate its run time.
    """

    def choice(self, seq: Sequence[T]) -> T:  # type: ignore[override]
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            return int(self.random() * start)
        return start + int(self.random() * (stop - start))


class Weighted(Generic[T]):
    """A weighted choice with its cumulative weights worked out once."""

    def __init__(self, pairs: Sequence[tuple[T, int | float]]) -> None:
        self.items = [p[0] for p in pairs]
        self.cum = list(accumulate(p[1] for p in pairs))
        self.total = self.cum[-1]

    def pick(self, rng: random.Random) -> T:
        return self.items[bisect_right(self.cum, rng.random() * self.total)]


# --- names ------------------------------------------------------------------------------


def given_names(rng: random.Random, female: bool) -> str:
    """One or two given names ("María José", "José Luis"), as often as people carry two."""
    roll = rng.random()
    if roll < 0.3:
        return rng.choice(FEMALE_COMPOUNDS if female else MALE_COMPOUNDS)
    pool = FEMALE_NAMES if female else MALE_NAMES
    first = rng.choice(pool)
    if roll < 0.65:
        second = rng.choice(pool)
        if second != first:
            return f"{first} {second}"
    return first


def family_name(rng: random.Random, country: str) -> str:
    """A family name, with the country's own surnames a little more likely."""
    if rng.random() < 0.25:
        return rng.choice(COUNTRY_FAMILY_NAMES.get(country, FAMILY_NAMES))
    return rng.choice(FAMILY_NAMES)


# --- Mexico: CURP -----------------------------------------------------------------------

_PARTICLES = frozenset(
    {"DA", "DAS", "DE", "DEL", "DER", "DI", "DIE", "DD", "EL", "LA", "LOS", "LAS", "LE"}
    | {"LES", "MAC", "MC", "VAN", "VON", "Y"}
)
_VOWELS = frozenset("AEIOU")
_SKIPPED_FIRST_NAMES = frozenset({"JOSE", "J", "MARIA", "MA", "M"})
_BLACKLIST: frozenset[str] = frozenset(getattr(mx_curp, "_name_blacklist", ()))


def _curp_words(name: str) -> list[str]:
    """Upper-case words without accents, Ñ as X, particles (de, la, del ...) dropped."""
    text = name.upper().replace("Ñ", "X")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = [w for w in text.replace("-", " ").replace("'", "").split() if w.isalpha()]
    kept = [w for w in words if w not in _PARTICLES]
    return kept or words or ["X"]


def _first(word: str, *, vowel: bool) -> str:
    """The first vowel (or consonant) inside the word, after its first letter; else X."""
    for c in word[1:]:
        if (c in _VOWELS) == vowel:
            return c
    return "X"


def make_curp(
    rng: random.Random,
    *,
    given: str,
    first_family: str,
    second_family: str,
    born: date,
    female: bool,
    state_code: str,
) -> str:
    """A CURP built the way RENAPO builds it, with a correct check digit."""
    names = _curp_words(given)
    name = names[1] if len(names) > 1 and names[0] in _SKIPPED_FIRST_NAMES else names[0]
    fam1 = _curp_words(first_family)[0]
    fam2 = _curp_words(second_family)[0] if second_family.strip() else "X"
    head = fam1[0] + _first(fam1, vowel=True) + fam2[0] + name[0]
    if head in _BLACKLIST:
        head = head[0] + "X" + head[2:]
    homoclave = str(rng.randrange(10)) if born.year < 2000 else chr(65 + rng.randrange(26))
    body = (
        f"{head}{born:%y%m%d}{'M' if female else 'H'}{state_code}"
        f"{_first(fam1, vowel=False)}{_first(fam2, vowel=False)}{_first(name, vowel=False)}"
        f"{homoclave}"
    )
    return body + mx_curp.calc_check_digit(body)


# --- the other countries' documents -----------------------------------------------------


def make_dui(rng: random.Random) -> str:
    """An El Salvador DUI, 12345678-9 style, with its check digit."""
    digits = f"0{rng.randrange(10**7):07d}"
    return f"{digits}-{dui_check_digit(digits)}"


def make_ec_cedula(rng: random.Random, province: str) -> str:
    """An Ecuadorian cédula of the province (two digits), with its check digit."""
    nine = f"{province}{rng.randrange(6)}{rng.randrange(10**6):06d}"
    return f"{nine}{ec_ci_check_digit(nine)}"


def make_hn_dni(rng: random.Random, place_code: str, born: date, intake: date) -> str:
    """A Honduran DNI: department and municipality, year registered, serial."""
    year = born.year
    if rng.random() < 0.12:  # registered late, a year or a few after birth
        year = min(born.year + rng.randint(1, 4), intake.year)
    return f"{place_code}-{year}-{rng.randrange(1, 10**5):05d}"


def make_co_cedula(rng: random.Random, born: date) -> str:
    """A Colombian cédula de ciudadanía: 10 digits from 1.000.000.000 for the younger."""
    if born.year >= 1984:
        return str(rng.randint(1_000_000_000, 1_099_999_999))
    return str(rng.randint(10_000_000, 99_999_999))


def make_passport(rng: random.Random, country: str) -> str:
    letters = PASSPORT_LETTER.get(country, "P")
    return f"{letters}{rng.randrange(10 ** (9 - len(letters))):0{9 - len(letters)}d}"


# --- phones -----------------------------------------------------------------------------

CALLING_CODES = {"MX": "52", "SV": "503", "CO": "57", "EC": "593", "HN": "504", "CA": "1"}
NATIONAL_LENGTH = {"MX": 10, "SV": 8, "CO": 10, "EC": 9, "HN": 8, "CA": 10}
# National leading digits tried for mobiles when a place names none of its own.
MOBILE_LEADS = {
    "CO": (
        "300",
        "301",
        "310",
        "311",
        "312",
        "313",
        "314",
        "315",
        "316",
        "317",
        "318",
        "320",
        "321",
        "322",
        "350",
    ),
    "EC": ("96", "97", "98", "99"),
}
_SUFFIX = 4  # the last digits, drawn freely once a prefix is known to be valid


class PhoneBook:
    """Valid phone numbers, fast: prefixes are checked with phonenumbers once, then reused."""

    def __init__(self, rng: random.Random, per_lead: int = 24) -> None:
        self._rng = rng
        self._per_lead = per_lead
        self._prefixes: dict[tuple[str, str], list[str]] = {}

    def _valid(self, country: str, national: str) -> bool:
        number = phonenumbers.parse(f"+{CALLING_CODES[country]}{national}")
        return phonenumbers.is_valid_number(number) and (
            phonenumbers.region_code_for_number(number) == country
        )

    def _pool(self, country: str, lead: str) -> list[str]:
        key = (country, lead)
        pool = self._prefixes.get(key)
        if pool is None:
            pool = []
            free = NATIONAL_LENGTH[country] - _SUFFIX - len(lead)
            for _ in range(self._per_lead * 8):
                prefix = lead + "".join(str(self._rng.randrange(10)) for _ in range(free))
                if all(self._valid(country, prefix + s) for s in ("0000", "5000", "9999")):
                    pool.append(prefix)
                    if len(pool) == self._per_lead:
                        break
            if not pool:
                raise ValueError(f"no valid phone prefix for {country} {lead}")
            self._prefixes[key] = pool
        return pool

    def number(self, country: str, lead: str = "") -> str:
        """A valid number of `country` in E.164, its national number starting with `lead`."""
        if not lead:
            lead = self._rng.choice(MOBILE_LEADS.get(country, ("9",)))
        prefix = self._rng.choice(self._pool(country, lead))
        return f"+{CALLING_CODES[country]}{prefix}{self._rng.randrange(10**_SUFFIX):04d}"
