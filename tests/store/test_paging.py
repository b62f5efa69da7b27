"""Keyset paging: every row exactly once, in order, in every sort and both directions."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session

from app.models import Worker
from app.services import workers
from app.services.context import Actor
from app.services.db import Database
from app.services.workers import PageCursor, WorkerQuery, WorkerSort
from app.store.migrate import prepare_store
from app.store.search import sort_name

ROWS = 3000
ARCHIVED_EVERY = 17
PAGE = 97  # not a divisor of anything, so the last page is partial
GIVEN = ["José", "María", "Ana", "Luis", "Óscar", "Lucía", "Ángel", "Sofía"]
FAMILY = ["Hernández", "García", "Peña", "López", "Núñez", "Martínez", "Pérez"]
COMMUNITIES = ["San Miguel", "El Rosario", "Santa Ana", "La Paz", ""]


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A few thousand workers with many ties in every sort column (built once, read only)."""
    path: Path = tmp_path_factory.mktemp("paging") / "store.sqlite"
    database = Database(prepare_store(path))
    rnd = random.Random(7)
    base = datetime(2026, 1, 1, tzinfo=UTC)
    with Session(database.engine) as session:
        for i in range(ROWS):
            given, first, second = rnd.choice(GIVEN), rnd.choice(FAMILY), rnd.choice(FAMILY)
            mission = rnd.choice(["MX", "SV", "CO", "EC", "HN"])
            session.add(
                Worker(
                    id=uuid.uuid4(),
                    mission_id=mission,
                    case_code=f"{mission}-P{i % 7}G-{i:04d}",
                    given_names=given,
                    first_family_name=first,
                    second_family_name=second,
                    sort_name=sort_name(given, first, second),
                    date_of_birth=date(1970 + i % 30, 1 + i % 12, 1 + i % 5),
                    nationality=mission,
                    community=rnd.choice(COMMUNITIES),
                    migration_stage=rnd.choice(["pre_departure", "abroad", "returned"]),
                    updated_at=base + timedelta(minutes=rnd.randrange(200)),  # many ties
                    archived_at=base if i % ARCHIVED_EVERY == 0 else None,
                )
            )
        session.commit()
    yield database
    database.dispose()


def _all_pages(db: Database, actor: Actor, query: WorkerQuery) -> tuple[list[Any], list[uuid.UUID]]:
    keys: list[Any] = []
    ids: list[uuid.UUID] = []
    after: PageCursor | None = None
    for _ in range(ROWS):  # a bound, so a cursor that never ends fails instead of hanging
        with db.read() as session:
            page = workers.list_workers(session, query=query, actor=actor, after=after, limit=PAGE)
        assert len(page.rows) <= PAGE
        ids.extend(r.id for r in page.rows)
        keys.extend(_key(query.sort, r) for r in page.rows)
        if page.next_cursor is None:
            return keys, ids
        assert len(page.rows) == PAGE
        after = page.next_cursor
    raise AssertionError("paging never ended")


def _key(sort: WorkerSort, row: Any) -> Any:
    return {
        WorkerSort.CASE_CODE: row.case_code,
        WorkerSort.MISSION: row.mission_id,
        WorkerSort.STAGE: str(row.migration_stage),
        WorkerSort.DATE_OF_BIRTH: row.date_of_birth,
        WorkerSort.COMMUNITY: row.community,
        WorkerSort.UPDATED_AT: row.updated_at,
        WorkerSort.NAME: None,  # checked separately against sort_name
    }[sort]


def _expected_ids(db: Database, *, include_archived: bool) -> set[uuid.UUID]:
    with db.read() as session:
        rows = session.connection().exec_driver_sql("SELECT id, archived_at FROM worker")
        return {uuid.UUID(hex=r[0]) for r in rows if include_archived or r[1] is None}


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("sort", list(WorkerSort), ids=[s.value for s in WorkerSort])
def test_every_row_exactly_once_in_order(
    big_store: Database, supervisor: Actor, sort: WorkerSort, descending: bool
) -> None:
    query = WorkerQuery(sort=sort, descending=descending)
    keys, ids = _all_pages(big_store, supervisor, query)
    assert len(ids) == len(set(ids)), "a row came twice"
    assert set(ids) == _expected_ids(big_store, include_archived=False)
    if sort is not WorkerSort.NAME:
        assert keys == sorted(keys, reverse=descending)
    else:
        with big_store.read() as session:
            names = dict(
                (uuid.UUID(hex=r[0]), r[1])
                for r in session.connection().exec_driver_sql("SELECT id, sort_name FROM worker")
            )
        folded = [names[i] for i in ids]
        assert folded == sorted(folded, reverse=descending)


def test_archived_rows_page_too_when_asked(big_store: Database, supervisor: Actor) -> None:
    _keys, ids = _all_pages(big_store, supervisor, WorkerQuery(include_archived=True))
    assert len(ids) == len(set(ids)) == ROWS


def test_a_search_pages_through_its_matches(big_store: Database, supervisor: Actor) -> None:
    query = WorkerQuery(text="hernandez", sort=WorkerSort.CASE_CODE)
    _keys, ids = _all_pages(big_store, supervisor, query)
    with big_store.read() as session:
        expected = {
            uuid.UUID(hex=r[0])
            for r in session.connection().exec_driver_sql(
                "SELECT id FROM worker WHERE archived_at IS NULL AND "
                "(first_family_name = 'Hernández' OR second_family_name = 'Hernández')"
            )
        }
    assert len(ids) == len(set(ids))
    assert set(ids) == expected


def test_an_officer_sees_only_their_mission(big_store: Database) -> None:
    from app.models.enums import Role

    officer = Actor("o", "O", Role.FIELD_OFFICER, ("SV",), "AAA")
    with big_store.read() as session:
        page = workers.list_workers(session, query=WorkerQuery(), actor=officer, limit=ROWS)
        foreign = workers.list_workers(
            session, query=WorkerQuery(mission="MX"), actor=officer, limit=ROWS
        )
    assert page.rows and {r.mission_id for r in page.rows} == {"SV"}
    assert foreign.rows == []


@pytest.mark.parametrize("sort", list(WorkerSort), ids=[s.value for s in WorkerSort])
def test_a_list_page_is_read_by_the_sort_index_not_sorted_whole(
    big_store: Database, sort: WorkerSort
) -> None:
    """With a mission scope SQLite must not read every row of the mission and sort them."""
    from app.models.enums import Role

    officer = Actor("o", "O", Role.FIELD_OFFICER, ("SV", "MX"), "AAA")
    statements: list[tuple[str, Any]] = []

    def capture(_c: Any, _cur: Any, statement: str, params: Any, *_a: Any) -> None:
        if statement.lstrip().startswith("SELECT"):
            statements.append((statement, params))

    from sqlalchemy import event

    event.listen(big_store.engine, "before_cursor_execute", capture)
    try:
        with big_store.read() as session:
            workers.list_workers(session, query=WorkerQuery(sort=sort), actor=officer)
            statement, params = statements[-1]
            plan = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
            steps = " | ".join(str(r[-1]) for r in plan)
    finally:
        event.remove(big_store.engine, "before_cursor_execute", capture)
    assert "TEMP B-TREE" not in steps, steps
