"""The intake duplicate check: a table of pairs that must and must not match, with
precision and recall, plus scope, ID formats and the no-birth-date path."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import NamedTuple

import pytest

from app.models import Worker
from app.models.enums import Role, Sex
from app.services.context import Actor
from app.services.db import Database
from app.services.duplicates import PersonProbe, find_duplicates, id_key
from app.store.search import sort_name


class P(NamedTuple):
    given: str
    first: str
    second: str = ""
    dob: date | None = None  # None in the probe: no date of birth typed yet
    sex: str = "male"
    id_number: str = ""


class Pair(NamedTuple):
    label: str
    existing: P
    probe: P
    same: bool


def d(y: int, m: int, day: int) -> date:
    return date(y, m, day)


B = d(1990, 5, 12)  # a base birth date, shifted per pair below
PAIRS: list[Pair] = [
    # --- the same person: must match -------------------------------------------------
    Pair("identical", P("José", "Hernández", "Peña", B), P("José", "Hernández", "Peña", B), True),
    Pair("no accents", P("José", "Hernández", "Peña", B), P("Jose", "Hernandez", "Pena", B), True),
    Pair(
        "case and spaces",
        P("José Luis", "Ramírez", "Soto", B),
        P("  JOSÉ   luis ", "RAMIREZ", " soto", B),
        True,
    ),
    Pair(
        "given typo deletion",
        P("Guadalupe", "Flores", "Ruiz", B, "female"),
        P("Gudalupe", "Flores", "Ruiz", B, "female"),
        True,
    ),
    Pair(
        "family typo substitution",
        P("Pedro", "Hernández", "Ortiz", B),
        P("Pedro", "Hernándes", "Ortiz", B),
        True,
    ),
    Pair(
        "family typo transposition",
        P("Raúl", "Rodríguez", "Mejía", B),
        P("Raúl", "Rodirguez", "Mejía", B),
        True,
    ),
    Pair(
        "family names swapped",
        P("Ana", "García", "López", B, "female"),
        P("Ana", "López", "García", B, "female"),
        True,
    ),
    Pair(
        "second family missing",
        P("Carmen", "García", "López", B, "female"),
        P("Carmen", "García", "", B, "female"),
        True,
    ),
    Pair(
        "only the second family name",
        P("Rubén", "García", "López", B),
        P("Rubén", "López", "", B),
        True,
    ),
    Pair(
        "compound De la Cruz without particles",
        P("Sofía", "De la Cruz", "Martínez", B, "female"),
        P("Sofía", "Cruz", "Martínez", B, "female"),
        True,
    ),
    Pair(
        "Delacruz written together",
        P("Iván", "De la Cruz", "Ávila", B),
        P("Ivan", "Delacruz", "Avila", B),
        True,
    ),
    Pair(
        "Del Río without accent",
        P("Elena", "Del Río", "Sosa", B, "female"),
        P("Elena", "Del Rio", "Sosa", B, "female"),
        True,
    ),
    Pair(
        "Del Río as Río", P("Tomás", "Del Río", "Vargas", B), P("Tomas", "Rio", "Vargas", B), True
    ),
    Pair(
        "De León as Leon, second missing",
        P("Marvin", "De León", "Funes", B),
        P("Marvin", "Leon", "", B),
        True,
    ),
    Pair(
        "birth date two days later",
        P("Jorge", "Morales", "Cano", B),
        P("Jorge", "Morales", "Cano", B + timedelta(days=2)),
        True,
    ),
    Pair(
        "birth date six days earlier",
        P("Luz", "Medina", "Rojas", B, "female"),
        P("Luz", "Medina", "Rojas", B - timedelta(days=6), "female"),
        True,
    ),
    Pair(
        "day and month swapped",
        P("Diego", "Castro", "Núñez", d(1990, 5, 12)),
        P("Diego", "Castro", "Núñez", d(1990, 12, 5)),
        True,
    ),
    Pair(
        "year one off",
        P("Nelson", "Argueta", "Rivas", d(1991, 3, 9)),
        P("Nelson", "Argueta", "Rivas", d(1992, 3, 9)),
        True,
    ),
    Pair(
        "day digits swapped",
        P("Wilmer", "Portillo", "Alas", d(1985, 7, 12)),
        P("Wilmer", "Portillo", "Alas", d(1985, 7, 21)),
        True,
    ),
    Pair(
        "same ID, other name and date",
        P("Karla", "Suárez", "Díaz", B, "female", "G12345678"),
        P("Carla Patricia", "Zúñiga", "", d(1979, 1, 1), "female", "g-1234 5678"),
        True,
    ),
    Pair(
        "same CURP other spacing",
        P("José", "Hernández", "Peña", d(1990, 5, 13), "male", "HEGJ900513HJCRNS06"),
        P("Pepe", "Hernández", "", None, "male", "hegj 900513 hjcrns06"),
        True,
    ),
    Pair(
        "same DUI without dash",
        P("Osmín", "Menjívar", "Funes", B, "male", "04567890-1"),
        P("Osmin", "Menjivar", "Funes", B, "male", "045678901"),
        True,
    ),
    Pair(
        "given names reordered",
        P("María José", "Torres", "Vega", B, "female"),
        P("José María", "Torres", "Vega", B, "female"),
        True,
    ),
    Pair(
        "second given name missing",
        P("Juan Carlos", "Mendoza", "Pérez", B),
        P("Juan", "Mendoza", "Pérez", B),
        True,
    ),
    Pair(
        "goes by second given name",
        P("Juan Carlos", "Aguilar", "Pérez", B),
        P("Carlos", "Aguilar", "Pérez", B),
        True,
    ),
    Pair(
        "de los Ángeles",
        P("María de los Ángeles", "Reyes", "Cruz", B, "female"),
        P("Maria de los Angeles", "Reyes", "Cruz", B, "female"),
        True,
    ),
    Pair(
        "given typo and swapped family",
        P("Francisco", "Jiménez", "Luna", B),
        P("Fransisco", "Luna", "Jiménez", B),
        True,
    ),
    Pair(
        "both family names in one field",
        P("Héctor", "Hernández", "Peña", B),
        P("Héctor", "Hernández Peña", "", B),
        True,
    ),
    Pair(
        "hyphenated family names",
        P("Lorena", "Pérez", "Gómez", B, "female"),
        P("Lorena", "Pérez-Gómez", "", B, "female"),
        True,
    ),
    Pair(
        "ñ and accents",
        P("Ramón", "Muñoz", "Quiñónez", B),
        P("Ramon", "Munoz", "Quinonez", B),
        True,
    ),
    Pair(
        "Ma. abbreviation",
        P("María Guadalupe", "Salazar", "Ibáñez", B, "female"),
        P("Ma. Guadalupe", "Salazar", "Ibanez", B, "female"),
        True,
    ),
    Pair(
        "typo and date one day off",
        P("Sebastián", "Contreras", "Vera", B),
        P("Sebastina", "Contreras", "Vera", B + timedelta(days=1)),
        True,
    ),
    Pair(
        "Yesenia spelled Jesenia",
        P("Yesenia", "Orellana", "Alvarado", B, "female"),
        P("Jesenia", "Orellana", "Alvarado", B, "female"),
        True,
    ),
    Pair(
        "De los Santos typo",
        P("Efraín", "De los Santos", "Ruiz", B),
        P("Efrain", "De los Santo", "Ruiz", B),
        True,
    ),
    Pair(
        "Marta and Martha",
        P("Martha", "Velásquez", "Ramos", B, "female"),
        P("Marta", "Velasquez", "Ramos", B, "female"),
        True,
    ),
    Pair(
        "missing family and swapped date",
        P("Joaquín", "Benítez", "Solís", d(1988, 4, 10)),
        P("Joaquin", "Benitez", "", d(1988, 10, 4)),
        True,
    ),
    Pair(
        "no birth date typed",
        P("Nahúm", "Calderón", "Mejía", d(1993, 6, 30)),
        P("Nahum", "Calderon", "Mejia", None),
        True,
    ),
    Pair(
        "sex not known on one side",
        P("Noemí", "Villanueva", "Nava", B, "undisclosed"),
        P("Noemi", "Villanueva", "Nava", B, "female"),
        True,
    ),
    Pair(
        "apostrophe and dots",
        P("Darwin", "O'Connor", "Ruiz", B),
        P("Darwin", "OConnor", "Ruiz", B),
        True,
    ),
    Pair(
        "insertion typo in long family",
        P("Estefanía", "Bermúdez", "Acosta", B, "female"),
        P("Estefanía", "Bermúdezz", "Acosta", B, "female"),
        True,
    ),
    Pair(
        "Cristian spelled Christian",
        P("Cristian", "Sosa", "Lara", B),
        P("Christian", "Sosa", "Lara", B),
        True,
    ),
    Pair(
        "Chávez spelled Chaves",
        P("Wilson", "Chávez", "Mora", B),
        P("Wilson", "Chaves", "Mora", B),
        True,
    ),
    Pair(
        "second given name missing, woman",
        P("Yolanda Beatriz", "Ávila", "Cano", B, "female"),
        P("Yolanda", "Avila", "Cano", B + timedelta(days=4), "female"),
        True,
    ),
    Pair(
        "space dropped in a compound given name",
        P("José de Jesús", "Villanueva", "Hernández", B),
        P("Joséde Jesús", "Villanueva", "Hernández", B),
        True,
    ),
    # --- different people: must not match ---------------------------------------------
    Pair(
        "twin brothers José and Jesús",
        P("José", "García", "López", B),
        P("Jesús", "García", "López", B),
        False,
    ),
    Pair(
        "twins Mario and María",
        P("Mario", "Cruz", "Reyes", B),
        P("María", "Cruz", "Reyes", B, "female"),
        False,
    ),
    Pair(
        "twins Mario and Marco",
        P("Mario", "Ortiz", "Reyes", B),
        P("Marco", "Ortiz", "Reyes", B),
        False,
    ),
    Pair(
        "brothers José and Josué two days apart",
        P("José", "Domínguez", "Paz", B),
        P("Josué", "Domínguez", "Paz", B + timedelta(days=2)),
        False,
    ),
    Pair(
        "twins Luis and Luisa",
        P("Luis", "Herrera", "Vega", B),
        P("Luisa", "Herrera", "Vega", B, "female"),
        False,
    ),
    Pair(
        "twins Daniel and Daniela",
        P("Daniel", "Guzmán", "Rosas", B),
        P("Daniela", "Guzmán", "Rosas", B, "female"),
        False,
    ),
    Pair(
        "brothers José Luis and José Antonio",
        P("José Luis", "Chávez", "Mora", B),
        P("José Antonio", "Chávez", "Mora", B + timedelta(days=3)),
        False,
    ),
    Pair(
        "sisters María José and María Fernanda",
        P("María José", "Rivera", "Sol", B, "female"),
        P("María Fernanda", "Rivera", "Sol", B, "female"),
        False,
    ),
    Pair(
        "namesake years apart",
        P("Juan", "Pérez", "Gómez", d(1985, 3, 14)),
        P("Juan", "Pérez", "Gómez", d(1992, 8, 30)),
        False,
    ),
    Pair(
        "other mother's family name",
        P("Juan", "García", "López", B),
        P("Juan", "García", "Martínez", B),
        False,
    ),
    Pair(
        "stranger born the same day",
        P("Rosa", "Mejía", "Funes", B, "female"),
        P("Edwin", "Alvarado", "Cortés", B),
        False,
    ),
    Pair(
        "sisters Ana and Ada",
        P("Ana", "Vargas", "Solís", B, "female"),
        P("Ada", "Vargas", "Solís", B, "female"),
        False,
    ),
    Pair(
        "namesake ten days apart",
        P("Pedro", "Castillo", "Moreno", B),
        P("Pedro", "Castillo", "Moreno", B + timedelta(days=10)),
        False,
    ),
    Pair(
        "sisters Rosa and Rosario",
        P("Rosa", "Sánchez", "Díaz", B, "female"),
        P("Rosario", "Sánchez", "Díaz", B + timedelta(days=1), "female"),
        False,
    ),
    Pair(
        "twins Juan and Juana",
        P("Juan", "Ramos", "Cruz", B),
        P("Juana", "Ramos", "Cruz", B, "female"),
        False,
    ),
    Pair(
        "twins Gabriel and Gabriela",
        P("Gabriel", "Núñez", "Díaz", B),
        P("Gabriela", "Núñez", "Díaz", B, "female"),
        False,
    ),
    Pair(
        "cousins with one shared family name",
        P("José", "García", "López", B),
        P("José", "López", "Hernández", B),
        False,
    ),
    Pair(
        "brothers Carlos Andrés and Carlos Alberto",
        P("Carlos Andrés", "Juárez", "Ríos", B),
        P("Carlos Alberto", "Juárez", "Ríos", B + timedelta(days=1)),
        False,
    ),
    Pair(
        "sisters De la Cruz Ana and Eva",
        P("Ana", "De la Cruz", "Ruiz", B, "female"),
        P("Eva", "De la Cruz", "Ruiz", B, "female"),
        False,
    ),
    Pair(
        "sisters Elsa and Elisa",
        P("Elsa", "Medina", "Paz", B, "female"),
        P("Elisa", "Medina", "Paz", B, "female"),
        False,
    ),
    Pair(
        "brothers Noé and Noel",
        P("Noé", "Romero", "Lara", B),
        P("Noel", "Romero", "Lara", B),
        False,
    ),
    Pair(
        "twins Julio and Julia, sex unknown",
        P("Julio", "Rojas", "Mena", B, "undisclosed"),
        P("Julia", "Rojas", "Mena", B, "undisclosed"),
        False,
    ),
    Pair(
        "twins Iván and Ivana",
        P("Iván", "Torres", "Paz", B),
        P("Ivana", "Torres", "Paz", B, "female"),
        False,
    ),
    Pair(
        "sisters Luz María and Luz Elena",
        P("Luz María", "Peña", "Rivas", B, "female"),
        P("Luz Elena", "Peña", "Rivas", B + timedelta(days=1), "female"),
        False,
    ),
    Pair(
        "father and son, same names",
        P("Juan", "Pérez", "Gómez", d(1962, 5, 12)),
        P("Juan", "Pérez", "Gómez", d(1987, 5, 12)),
        False,
    ),
    Pair(
        "twins Mateo and Matías", P("Mateo", "Ruiz", "Paz", B), P("Matías", "Ruiz", "Paz", B), False
    ),
    Pair(
        "different ID numbers, namesakes far apart",
        P("Luis", "López", "Ruiz", d(1970, 1, 1), "male", "G55555555"),
        P("Luis", "López", "Ruiz", d(1999, 9, 9), "male", "G66666666"),
        False,
    ),
]


def _worker(n: int, p: P, *, mission: str = "MX") -> Worker:
    assert p.dob is not None
    return Worker(
        case_code=f"{mission}-TST-{n:04d}",
        mission_id=mission,
        given_names=p.given,
        first_family_name=p.first,
        second_family_name=p.second,
        sort_name=sort_name(p.given, p.first, p.second),
        sex=Sex(p.sex),
        date_of_birth=p.dob,
        nationality="MX",
        id_document_type="passport",
        id_document_number=p.id_number,
    )


READER = Actor("hq", "HQ", Role.HQ_ANALYST, (), "HQ1")


def test_table_has_enough_pairs() -> None:
    assert len(PAIRS) >= 40
    assert sum(p.same for p in PAIRS) >= 20 and sum(not p.same for p in PAIRS) >= 20


def test_precision_and_recall_on_the_table(db: Database) -> None:
    ids = _store_pairs(db)
    tp = fp = fn = tn = 0
    wrong: list[str] = []
    with db.read() as s:
        for n, pair in enumerate(PAIRS):
            found = find_duplicates(s, probe=_probe(pair, n), actor=READER)
            hit = ids[n] in {m.worker_id for m in found}
            if pair.same and hit:
                tp += 1
            elif pair.same:
                fn += 1
                wrong.append(f"missed: {pair.label}")
            elif hit:
                fp += 1
                wrong.append(f"false match: {pair.label}")
            else:
                tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(
        f"\nduplicate check on {len(PAIRS)} pairs: precision {precision:.3f}, "
        f"recall {recall:.3f} (tp {tp}, fp {fp}, fn {fn}, tn {tn})"
    )
    for line in wrong:
        print("  " + line)
    assert recall >= 0.95 and precision >= 0.95, wrong


# All pairs live in one store; each pair's dates move by whole years (4 years per pair),
# so pairs never meet and day/month swaps and digit typos stay what they were.
def _years(n: int) -> int:
    return 4 * n - 120


def _move(day: date, n: int) -> date:
    year = day.year + _years(n)
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


def _store_pairs(db: Database) -> list[uuid.UUID]:
    ids = []
    with db.write() as s:
        for n, pair in enumerate(PAIRS):
            e = pair.existing
            assert e.dob is not None
            w = _worker(n, e._replace(dob=_move(e.dob, n)))
            s.add(w)
            ids.append(w.id)
    return ids


def _probe(pair: Pair, n: int) -> PersonProbe:
    p = pair.probe
    return PersonProbe(
        given_names=p.given,
        first_family_name=p.first,
        second_family_name=p.second,
        date_of_birth=None if p.dob is None else _move(p.dob, n),
        id_document_number=p.id_number,
        sex=Sex(p.sex),
    )


@pytest.fixture
def one_worker(db: Database) -> Worker:
    w = _worker(1, P("José", "Hernández", "Peña", B, "male", "HEGJ900512HJCRNS06"))
    with db.write() as s:
        s.add(w)
    return w


def test_matches_carry_reasons_and_score(db: Database, one_worker: Worker) -> None:
    probe = PersonProbe("Jose", "Pena", "Hernandez", B + timedelta(days=1), sex=Sex.MALE)
    with db.read() as s:
        (m,) = find_duplicates(s, probe=probe, actor=READER)
    assert m.worker_id == one_worker.id and m.case_code == "MX-TST-0001"
    assert m.reasons == ("same_name", "family_names_swapped", "birth_date_near")
    assert 0.8 <= m.score < 1.0
    by_id = PersonProbe("X", "Y", id_document_number="hegj900512hjcrns06")
    with db.read() as s:
        (m,) = find_duplicates(s, probe=by_id, actor=READER)
    assert m.score == 1.0 and m.reasons[0] == "same_id_number"


def test_scope_and_exclusion(db: Database, one_worker: Worker) -> None:
    probe = PersonProbe("José", "Hernández", "Peña", B)
    hn = Actor("h", "H", Role.FIELD_OFFICER, ("HN",), "H1N")
    mx = Actor("m", "M", Role.FIELD_OFFICER, ("MX",), "M1X")
    with db.read() as s:
        assert find_duplicates(s, probe=probe, actor=hn) == []
        assert len(find_duplicates(s, probe=probe, actor=mx)) == 1
        editing = PersonProbe("José", "Hernández", "Peña", B, exclude_id=one_worker.id)
        assert find_duplicates(s, probe=editing, actor=mx) == []


def test_id_key_ignores_separators() -> None:
    assert id_key(" 0801-1990-12345 ") == id_key("0801199012345") == "0801199012345"
