"""Sessions on the store: reads, and serialised write transactions that commit or roll back."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.expression import Executable
from sqlmodel import Session


class Database:
    """The store's engine plus one write lock: writers in this process take turns.

    A write transaction starts with BEGIN IMMEDIATE, so it holds the file's write lock
    from its first read: what it read cannot change before it commits.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._write_engine = engine.execution_options(sqlite_begin="IMMEDIATE")
        self._write_lock = threading.RLock()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed if the block ends normally, rolled back otherwise."""
        with self._write_lock, Session(self._write_engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


Convert = Callable[[Any], Any] | None


class _Compiled:
    """One statement as SQL text, with the converter of each parameter and column."""

    def __init__(self, stmt: Any, dialect: Dialect, keys: Sequence[str] | None) -> None:
        compiled = stmt.compile(dialect=dialect, column_keys=list(keys) if keys else None)
        self.sql = str(compiled)
        self.names: tuple[str, ...] = tuple(compiled.positiontup or ())
        # values written into the statement itself (e.g. LIMIT 1), used when not passed
        self.fixed = {
            name: compiled.binds[name].effective_value
            for name in self.names
            if not compiled.binds[name].required
        }
        self.binds: tuple[Convert, ...] = tuple(
            compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
            for name in self.names
        )
        columns = getattr(stmt, "selected_columns", ())
        self.columns: tuple[str, ...] = tuple(c.key for c in columns)
        self.results: tuple[Convert, ...] = tuple(
            c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns
        )

    def values(self, params: Mapping[str, Any]) -> tuple[Any, ...]:
        if self.fixed:
            params = {**self.fixed, **params}
        return tuple(
            params[name] if convert is None else convert(params[name])
            for name, convert in zip(self.names, self.binds, strict=True)
        )

    def row(self, raw: Sequence[Any]) -> dict[str, Any]:
        return {
            name: value if convert is None else convert(value)
            for name, value, convert in zip(self.columns, raw, self.results, strict=True)
        }


class Prepared:
    """A Core statement compiled once and run as its SQL text in the session's transaction.

    The values are converted by the columns' own SQLAlchemy types, so rows are stored (and
    read) exactly as the ORM stores them; what is saved is building and compiling the
    statement on every call (about 0.1 ms each, several times per save). Errors surface
    as they do for any statement run through SQLAlchemy.
    """

    def __init__(self, stmt: Executable) -> None:
        self._stmt = stmt
        self._compiled: dict[tuple[str, ...] | None, _Compiled] = {}

    def _for(self, session: Session, keys: tuple[str, ...] | None) -> _Compiled:
        found = self._compiled.get(keys)
        if found is None:
            found = _Compiled(self._stmt, session.get_bind().dialect, keys)
            self._compiled[keys] = found
        return found

    def run(
        self, session: Session, params: Mapping[str, Any], *, keys: tuple[str, ...] | None = None
    ) -> None:
        """Run once; `keys` are the columns an INSERT or UPDATE sets (its SET clause)."""
        compiled = self._for(session, keys)
        session.connection().exec_driver_sql(compiled.sql, compiled.values(params))

    def run_many(
        self, session: Session, rows: Sequence[Mapping[str, Any]], *, keys: tuple[str, ...]
    ) -> None:
        """Run once per row (executemany); every row has the `keys` columns."""
        compiled = self._for(session, keys)
        session.connection().exec_driver_sql(compiled.sql, [compiled.values(r) for r in rows])

    def first(self, session: Session, params: Mapping[str, Any]) -> dict[str, Any] | None:
        """The first row of a SELECT, by column name, in Python types (None if no row)."""
        compiled = self._for(session, None)
        raw = session.connection().exec_driver_sql(compiled.sql, compiled.values(params)).first()
        return None if raw is None else compiled.row(raw)

    def scalar(self, session: Session, params: Mapping[str, Any]) -> Any:
        """The first column of the first row of a SELECT (None if no row)."""
        row = self.first(session, params)
        return None if row is None else next(iter(row.values()))
