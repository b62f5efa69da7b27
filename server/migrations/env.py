"""Alembic environment for the server schema (only the server's tables, never client ones)."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine
from sqlmodel import SQLModel

from server.db import SERVER_TABLE_NAMES

target_metadata = SQLModel.metadata


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Only the server's tables (and their indexes and constraints) are managed here."""
    if type_ == "table":
        return name in SERVER_TABLE_NAMES
    table = getattr(obj, "table", None)
    return table is None or table.name in SERVER_TABLE_NAMES


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        url = context.config.get_main_option("sqlalchemy.url")
        assert url, "set sqlalchemy.url or pass a connection"
        with create_engine(url).begin() as conn:
            _run_with(conn)
    else:
        _run_with(connection)


def _run_with(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
