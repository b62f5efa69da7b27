"""The intake duplicate check: likely existing records of a new person, with the reasons.

A record is a likely match when
- its ID number is the same once separators and case are ignored, or
- its names match and its date of birth is the same or near, and the sexes (when both
  are known) agree.
Names match when, after folding accents, case, spacing and punctuation,
- the given names are the same, or differ by one typo (one letter added, missing, wrong
  or two letters swapped, in names of 4 letters or more), or are in another order, or one
  of two given names is missing; and
- the family names are the same (typos as above, particles such as "de la" ignored,
  "Delacruz" = "De la Cruz"), or the two are in the other order, or one is missing.
Siblings share family names and often close birth dates but not given names, so the
given names must always match. Dates are near when within 7 days, day and month are
swapped, the day's digits are swapped, or only the year is one off.

Candidates come from indexes only: the date_of_birth index (a 15-day window and a few
exact dates), the ID number index, and (with no date of birth) a sort_name prefix range.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA
from sqlmodel import Session

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models import full_name
from app.models.enums import Sex
from app.services.context import Actor
from app.store.search import fold

WINDOW_DAYS = 7
THRESHOLD = 0.8
MAX_RESULTS = 10
NAME_ONLY_CAP = 300
MIN_TYPO_LENGTH = 4
MIN_ID_LENGTH = 5
PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "das", "do", "dos", "di"})
# Common given names of the region (folded). Two names one letter apart that are both
# here are different names (Mario and María, José and Josué), not a typo of each other.
_KNOWN_GIVEN_NAMES = """
    adan adela adrian adriana agustin agustina alba alberto alejandra alejandro alexis
    alfonso alfredo alicia alma alvaro amalia ana andrea andres angel angela angeles
    angelica antonia antonio araceli arturo aurora beatriz benito bernardo blanca brayan
    byron camila carla carlos carmen carolina catalina cecilia cesar cristian cristina
    daniel daniela dario david diana diego dolores dora edgar eduardo edwin efrain elena
    elias elisa elsa elmer elvia elvira emilia emilio enrique erika ernesto esteban
    estela esther eva fabian fabiola federico felipe felix fernanda fernando francisca
    francisco gabriel gabriela gerardo german gilberto gloria graciela guadalupe guillermo
    gustavo hector helena hernan hilda hugo ignacio ines irene iris isabel ismael ivan
    jaime javier jesus joaquin jorge jose josefa josefina josue juan juana julia julian
    juliana julio karen karina karla laura leonardo leticia lidia lorena lourdes lucia
    luciano lucas luis luisa luz manuel manuela marco marcos marcela margarita maria
    mariana mariano maribel mario marisol martha martin mateo matias mauricio
    miguel milton miriam monica nancy natalia nelson nicolas noe noel noemi norma
    olga oscar pablo paola patricia paula pedro rafael rafaela ramiro ramon raquel raul
    rebeca reina ricardo roberto rocio rodrigo rogelio rolando rosa rosario ruben ruth
    samuel sandra santiago sara sebastian sergio silvia sofia sonia susana teresa tomas
    valentin valentina vanessa veronica vicente victor victoria wilmer wilson ximena
    yesenia yolanda
"""
KNOWN_GIVEN_NAMES = frozenset(_KNOWN_GIVEN_NAMES.split())

# Reasons a record matched (codes), with their labels for the screens.
REASONS: dict[str, str] = {
    "same_id_number": QT_TRANSLATE_NOOP("Workflows", "Same ID number"),
    "same_name": QT_TRANSLATE_NOOP("Workflows", "Same name"),
    "given_name_typo": QT_TRANSLATE_NOOP("Workflows", "Given names differ by one letter"),
    "given_names_reordered": QT_TRANSLATE_NOOP("Workflows", "Given names in another order"),
    "given_name_missing": QT_TRANSLATE_NOOP("Workflows", "One given name missing"),
    "family_name_typo": QT_TRANSLATE_NOOP("Workflows", "Family names differ by one letter"),
    "family_names_swapped": QT_TRANSLATE_NOOP("Workflows", "Family names in the other order"),
    "family_name_missing": QT_TRANSLATE_NOOP("Workflows", "One family name missing"),
    "same_birth_date": QT_TRANSLATE_NOOP("Workflows", "Same date of birth"),
    "birth_date_near": QT_TRANSLATE_NOOP("Workflows", "Date of birth a few days apart"),
    "birth_day_month_swapped": QT_TRANSLATE_NOOP("Workflows", "Day and month of birth swapped"),
    "birth_date_typo": QT_TRANSLATE_NOOP("Workflows", "Date of birth differs by one digit"),
    "no_birth_date": QT_TRANSLATE_NOOP("Workflows", "Date of birth not given"),
}


@dataclass(frozen=True)
class PersonProbe:
    """What the intake form knows about the new person so far."""

    given_names: str
    first_family_name: str
    second_family_name: str = ""
    date_of_birth: date | None = None
    id_document_number: str = ""
    sex: Sex | None = None
    exclude_id: uuid.UUID | None = None  # the record being edited, if any


@dataclass(frozen=True)
class DuplicateMatch:
    """An existing record that is likely the same person."""

    worker_id: uuid.UUID
    case_code: str
    full_name: str
    date_of_birth: date
    mission_id: str
    id_document_number: str
    archived: bool
    score: float  # 0..1, higher is likelier
    reasons: tuple[str, ...]  # codes of REASONS


# --- folding ----------------------------------------------------------------------------

_PUNCT = re.compile(r"[^\w\s]|_")


# Abbreviations written on forms ("Ma. Guadalupe", "Fco. Javier").
ABBREVIATIONS = {"ma": "maria", "fco": "francisco", "jse": "jose", "gpe": "guadalupe"}


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(fold(_PUNCT.sub(" ", text)).split())


def _given_tokens(text: str) -> list[str]:
    return [ABBREVIATIONS.get(t, t) for t in _tokens(text)]


@dataclass(frozen=True)
class _Names:
    given: tuple[str, ...]  # tokens without particles
    given_packed: str
    given_full: str  # every token, particles kept, no spaces
    family: tuple[str, ...]  # core tokens of both family names, in order
    family_packed: str  # both family names, particles kept, no spaces
    family_swapped: str
    units: frozenset[str]  # each family name packed, and its core packed


def _core(tokens: list[str]) -> list[str]:
    core = [t for t in tokens if t not in PARTICLES]
    return core or tokens


@lru_cache(maxsize=65536)
def names_of(given: str, first: str, second: str) -> _Names:
    """The folded forms of a person's names that the scores compare (cached: names
    repeat a lot, García and María above all)."""
    all_given = _given_tokens(given)
    g = _core(all_given)
    f1, f2 = list(_tokens(first)), list(_tokens(second))
    units = {u for part in (f1, f2) if part for u in ("".join(part), "".join(_core(part)))}
    return _Names(
        given=tuple(g),
        given_packed="".join(g),
        given_full="".join(all_given),
        family=tuple(_core(f1) + _core(f2) if f2 else _core(f1)),
        family_packed="".join(f1 + f2),
        family_swapped="".join(f2 + f1),
        units=frozenset(units),
    )


def _close(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_TYPO_LENGTH:
        return False
    if a in KNOWN_GIVEN_NAMES and b in KNOWN_GIVEN_NAMES:
        return False
    return bool(OSA.distance(a, b, score_cutoff=1) <= 1)


def _seq_close(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b, strict=True))


def _covered(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Every token of `short` matches a distinct token of `long`."""
    left = list(long)
    for token in short:
        hit = next((i for i, other in enumerate(left) if _close(token, other)), None)
        if hit is None:
            return False
        left.pop(hit)
    return True


# --- scoring ----------------------------------------------------------------------------


def given_score(a: _Names, b: _Names) -> tuple[float, str]:
    if not a.given or not b.given:
        return 0.0, ""
    if a.given_packed == b.given_packed or a.given_full == b.given_full:
        return 1.0, "same_name"
    if _close(a.given_packed, b.given_packed) or _close(a.given_full, b.given_full):
        return 0.9, "given_name_typo"
    if len(a.given) == len(b.given) and _covered(a.given, b.given):
        return 0.9, "given_names_reordered"
    short, long = sorted((a.given, b.given), key=len)
    if len(short) < len(long) and _covered(short, long):
        return 0.8, "given_name_missing"
    return 0.0, ""


def family_score(a: _Names, b: _Names) -> tuple[float, str]:
    if not a.family or not b.family:
        return 0.0, ""
    if a.family == b.family or a.family_packed == b.family_packed:
        return 1.0, "same_name"
    if _seq_close(a.family, b.family) or _close(a.family_packed, b.family_packed):
        return 0.9, "family_name_typo"
    if a.family_packed in (b.family_swapped,) or (
        len(a.family) == len(b.family) and _covered(a.family, b.family)
    ):
        return 0.9, "family_names_swapped"
    short, long = sorted((a.family, b.family), key=len)
    if len(short) < len(long) and _covered(short, long):
        return 0.8, "family_name_missing"
    small, big = sorted((a.units, b.units), key=len)
    if len(small) < len(big) and small & big:
        return 0.8, "family_name_missing"
    return 0.0, ""


def birth_score(a: date | None, b: date) -> tuple[float, str]:
    if a is None:
        return 0.7, "no_birth_date"
    if a == b:
        return 1.0, "same_birth_date"
    if b in _swapped(a):
        return 0.9, "birth_day_month_swapped"
    gap = abs((a - b).days)
    if gap <= 3:
        return 0.85, "birth_date_near"
    if gap <= WINDOW_DAYS:
        return 0.75, "birth_date_near"
    if b in _typos(a):
        return 0.8, "birth_date_typo"
    return 0.0, ""


def _swapped(d: date) -> list[date]:
    if d.day > 12 or d.day == d.month:
        return []
    return [d.replace(day=d.month, month=d.day)]


def _typos(d: date) -> list[date]:
    out = []
    for year in (d.year - 1, d.year + 1):
        out.append(_safe(year, d.month, d.day))
    day = f"{d.day:02d}"
    out.append(_safe(d.year, d.month, int(day[::-1])))
    return [x for x in out if x is not None and x != d]


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def id_key(number: str) -> str:
    """An ID number without separators, upper case (how two numbers are compared)."""
    return re.sub(r"[\s.\-_/]", "", number).upper()


def _id_variants(number: str) -> list[str]:
    """Forms the number may be stored in (the stored form depends on the document)."""
    key = id_key(number)
    if len(key) < MIN_ID_LENGTH:
        return []
    forms = {key, " ".join(number.split()), number.strip().upper()}
    if re.fullmatch(r"\d{9}", key):
        forms.add(f"{key[:8]}-{key[8]}")  # DUI
    if re.fullmatch(r"\d{13}", key):
        forms.add(f"{key[:4]}-{key[4:8]}-{key[8:]}")  # Honduras DNI
    return sorted(forms)


# --- the check --------------------------------------------------------------------------

# Plain SQL over the stored forms (ids as hex, dates as ISO text): hundreds of candidate
# rows per check, so no ORM objects and no type processing until a row matches.
_SELECT = (
    "SELECT id, case_code, given_names, first_family_name, second_family_name, "
    "date_of_birth, sex, id_document_number, mission_id, archived_at FROM worker WHERE "
)


def find_duplicates(
    session: Session, *, probe: PersonProbe, actor: Actor, limit: int = MAX_RESULTS
) -> list[DuplicateMatch]:
    """Likely existing records of the person in `probe`, best first (records the actor
    cannot read are never shown)."""
    me = names_of(probe.given_names, probe.first_family_name, probe.second_family_name)
    my_id = id_key(probe.id_document_number)
    exclude = probe.exclude_id.hex if probe.exclude_id else None
    matches: list[DuplicateMatch] = []
    for r in _candidates(session, probe):
        if r[0] == exclude or not actor.may_read(r[8]):
            continue
        found = _judge(probe, me, my_id, r)
        if found is not None:
            matches.append(found)
    matches.sort(key=lambda m: (-m.score, m.full_name))
    return matches[:limit]


def _judge(probe: PersonProbe, me: _Names, my_id: str, r: Any) -> DuplicateMatch | None:
    same_id = len(my_id) >= MIN_ID_LENGTH and id_key(r[7] or "") == my_id
    other = names_of(r[2], r[3], r[4])
    g, g_why = given_score(me, other)
    if not g and not same_id:  # most candidates stop here, cheaply
        return None
    f, f_why = family_score(me, other)
    born = date.fromisoformat(r[5]) if isinstance(r[5], str) else r[5]
    d, d_why = birth_score(probe.date_of_birth, born)
    sexes = {probe.sex, Sex(r[6]) if r[6] else None}
    sex_conflict = sexes == {Sex.FEMALE, Sex.MALE}
    reasons: list[str] = []
    if same_id:
        reasons.append("same_id_number")
        score = 1.0
    elif g and f and d and not sex_conflict:
        score = round(0.45 * g + 0.35 * f + 0.2 * d, 3)
        if score < THRESHOLD:
            return None
    else:
        return None
    for why in (g_why, f_why, d_why):
        if why and why not in reasons:
            reasons.append(why)
    return DuplicateMatch(
        worker_id=uuid.UUID(str(r[0])),
        case_code=r[1],
        full_name=full_name(r[2], r[3], r[4]),
        date_of_birth=born,
        mission_id=r[8],
        id_document_number=r[7] or "",
        archived=r[9] is not None,
        score=score,
        reasons=tuple(reasons),
    )


def _candidates(session: Session, probe: PersonProbe) -> Iterable[Any]:
    """Rows that could match: by birth date window, ID number, or (no birth date) name."""
    queries: list[tuple[str, tuple[Any, ...]]] = []
    dob = probe.date_of_birth
    if dob is not None:
        window = timedelta(days=WINDOW_DAYS)
        lo, hi = (dob - window).isoformat(), (dob + window).isoformat()
        queries.append(("date_of_birth BETWEEN ? AND ?", (lo, hi)))
        extra = tuple(d.isoformat() for d in _swapped(dob) + _typos(dob))
        if extra:
            queries.append((f"date_of_birth IN ({_marks(extra)})", extra))
    variants = tuple(_id_variants(probe.id_document_number))
    if variants:
        queries.append((f"id_document_number IN ({_marks(variants)})", variants))
    if dob is None:
        for prefix in _name_prefixes(probe):
            bounds = (prefix, prefix + "\uffff", NAME_ONLY_CAP)
            queries.append(("sort_name >= ? AND sort_name < ? LIMIT ?", bounds))
    raw = session.connection().exec_driver_sql
    seen: set[str] = set()
    for where, params in queries:
        for r in raw(_SELECT + where, params):
            if r[0] not in seen:
                seen.add(r[0])
                yield r


def _marks(values: tuple[Any, ...]) -> str:
    return ", ".join("?" for _ in values)


def _name_prefixes(probe: PersonProbe) -> list[str]:
    """sort_name prefixes for a person with no date of birth yet: both family names in
    either order, or the one family name given (at most NAME_ONLY_CAP rows each)."""
    first, second = fold(probe.first_family_name), fold(probe.second_family_name)
    if first and second:
        return [f"{first} {second} ", f"{second} {first} "]
    only = first or second
    return [f"{only} "] if len(only) >= 2 else []
