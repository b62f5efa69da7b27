"""SQL helpers shared by the retention modules: a model's table, id lists in chunks."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

from sqlalchemy import Table
from sqlmodel import SQLModel

CHUNK = 500
"""How many ids go in one `IN (...)` list."""

_T = TypeVar("_T")


def table_of(model: type[SQLModel]) -> Table:
    """The SQLAlchemy table of a `table=True` model."""
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


def chunks(items: Sequence[_T]) -> Iterator[Sequence[_T]]:
    """`items` in slices of at most `CHUNK`."""
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]
