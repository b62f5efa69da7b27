"""PagedTableModel without widgets: pages on demand, the store's sort both ways, resets."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.models.enums import CourseKind, MigrationStage
from app.services.lists import CourseQuery, CourseRow, Page
from app.services.workers import PageCursor
from app.ui.i18n import LanguageSwitcher
from app.ui.qmodels.course_table_model import COL_HOURS, CourseTableModel
from app.ui.qmodels.paged import RIGHT, PagedTableModel

NAMES = ("Ana", "Beto", "Carla", "Dario", "Elena", "Fabio", "Gina")


class Sort(StrEnum):
    NAME = "name"
    AGE = "age"


@dataclass(frozen=True)
class Query:
    sort: Sort = Sort.NAME
    descending: bool = False


@dataclass(frozen=True)
class Person:
    id: uuid.UUID
    name: str
    age: int


class People:
    """A fake list service: keyset pages of seven people, and a log of what was asked."""

    def __init__(self) -> None:
        self.people = [Person(uuid.uuid4(), n, 20 + (i * 5) % 7) for i, n in enumerate(NAMES)]
        self.calls: list[tuple[Query, PageCursor | None]] = []

    def page(self, query: Query, *, after: PageCursor | None = None, limit: int = 200) -> Page:
        self.calls.append((query, after))
        key = (lambda p: (p.name, 0)) if query.sort == Sort.NAME else (lambda p: (p.age, 0))
        ordered = sorted(self.people, key=key, reverse=query.descending)
        start = 0 if after is None else after.rowid
        rows = ordered[start : start + limit]
        more = start + limit < len(ordered)
        return Page(rows, PageCursor(None, start + limit) if more else None)


class PeopleModel(PagedTableModel[Person, Query]):
    """The smallest subclass: two columns, each sortable by the store."""

    CONTEXT = "PeopleModel"
    HEADERS = ("Name", "Age")
    SORTS = (Sort.NAME, Sort.AGE)

    def __init__(self, source: People, *, page_size: int) -> None:
        super().__init__(Query(), page_size=page_size)
        self._source = source

    def _read_page(self, query: Query, *, after: PageCursor | None, limit: int) -> Page:
        return self._source.page(query, after=after, limit=limit)

    def _display(self, row: Person, column: int) -> str:
        return row.name if column == 0 else str(row.age)

    def _cell_data(self, row: Person, column: int, role: int) -> Any:
        return RIGHT if role == Qt.ItemDataRole.TextAlignmentRole and column == 1 else None


def _column(model: PeopleModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _model(page_size: int = 3) -> tuple[PeopleModel, People]:
    source = People()
    return PeopleModel(source, page_size=page_size), source


def test_rows_arrive_a_page_at_a_time(qapp: object) -> None:
    model, source = _model()
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    assert model.rowCount() == 0 and not model.loaded and not model.canFetchMore(QModelIndex())
    model.set_query(model.query)
    assert model.loaded and model.rowCount() == 3 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 6 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 7 and not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # nothing more to read: nothing is asked
    assert inserted == [(3, 5), (6, 6)] and len(source.calls) == 3
    assert _column(model, 0) == sorted(NAMES)
    assert model.columnCount() == 2 and model.page_size == 3
    assert model.canFetchMore(model.index(0, 0)) is False  # a table has no children


def test_cells_headers_and_lookup(qapp: object) -> None:
    model, source = _model()
    model.set_query(model.query)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    first = model.row_at(0)
    assert first is not None and first.name == "Ana"
    assert model.row_at(3) is None and model.row_at(-1) is None
    assert model.row_of(first.id) == 0
    last = max(source.people, key=lambda p: p.name)
    assert model.row_of(last.id) == -1  # not loaded yet


def test_the_store_sorts_both_ways(qapp: object) -> None:
    model, source = _model()
    model.set_query(model.query)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.query == Query(Sort.AGE, descending=True)
    assert model.rowCount() == 3  # read again from the first page
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    ages = [int(a) for a in _column(model, 1)]
    assert ages == sorted((p.age for p in source.people), reverse=True)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.query == Query(Sort.NAME, descending=False)
    assert _column(model, 0) == sorted(NAMES)[:3]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _column(model, 0) == sorted(NAMES, reverse=True)[:3]
    asked = len(source.calls)
    model.sort(5)  # no such column: nothing changes, nothing is read
    assert len(source.calls) == asked and model.query.descending


def test_a_new_query_resets_and_reads_the_first_page(qapp: object) -> None:
    model, source = _model()
    resets: list[str] = []
    model.modelReset.connect(lambda: resets.append("reset"))
    model.query_changed.connect(lambda: resets.append("query"))
    model.set_query(model.query)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 7 and resets == ["reset", "query"]
    asked = len(source.calls)
    model.set_query(Query())  # unchanged and loaded: not read again
    assert len(source.calls) == asked and model.rowCount() == 7
    model.reload()  # read again from the start
    assert model.rowCount() == 3 and len(source.calls) == asked + 1
    assert source.calls[-1] == (Query(), None)
    model.set_query(replace(model.query, descending=True))
    assert resets == ["reset", "query"] * 3
    assert _column(model, 0) == sorted(NAMES, reverse=True)[:3]


def test_retranslate_tells_the_view_everything_changed(qapp: object) -> None:
    model, _source = _model()
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, _roles=(): changed.append(
            (top.row(), top.column(), bottom.row(), bottom.column())
        )
    )
    headers: list[tuple[int, int]] = []
    model.headerDataChanged.connect(lambda _o, first, last: headers.append((first, last)))
    model.retranslate()  # no rows yet: only the headers
    model.set_query(model.query)
    model.retranslate()
    assert headers == [(0, 1), (0, 1)] and changed == [(0, 0, 2, 1)]


# --- the course catalogue's Hours column --------------------------------------------------


class Courses:
    """A fake TrainingService.courses: one page of one course."""

    def __init__(self, hours: Decimal) -> None:
        self.row = CourseRow(
            uuid.uuid4(), "C-1", "Curso", "MX", CourseKind.LANGUAGE, MigrationStage.PRE_DEPARTURE,
            "es", hours, date(2027, 1, 4), None, 10, 2, False,
        )  # fmt: skip

    def courses(
        self, query: CourseQuery, *, after: PageCursor | None = None, limit: int = 200
    ) -> Page[CourseRow]:
        return Page([self.row], None)


def test_the_catalogue_shows_the_hours_of_each_course(qapp: object) -> None:
    model = CourseTableModel(Courses(Decimal("12.5")))
    model.set_query(model.query)
    assert model.headerData(COL_HOURS, Qt.Orientation.Horizontal) == "Hours"
    assert model.index(0, COL_HOURS).data() == "12.5"
    assert model.index(0, COL_HOURS).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    model.sort(COL_HOURS)  # the store does not sort by hours: nothing changes
    assert model.query == CourseQuery()


@pytest.mark.parametrize(("language", "hours"), [("es", "Horas"), ("fr", "Heures")])
def test_the_hours_header_is_translated(
    qapp: object, qm_dir: Path | None, language: str, hours: str
) -> None:
    if qm_dir is None:
        pytest.skip("no translations built")
    switcher = LanguageSwitcher(folder=qm_dir, remember=lambda _l: None)
    model = CourseTableModel(Courses(Decimal("3")))
    try:
        switcher.apply(language)
        assert model.headerData(COL_HOURS, Qt.Orientation.Horizontal) == hours
    finally:
        switcher.apply("en")
