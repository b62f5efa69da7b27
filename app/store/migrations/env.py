"""Alembic environment for the local store: runs on the connection handed in by migrate.py."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import app.models  # noqa: F401 - registers every table on SQLModel.metadata
from app.models import CLIENT_ONLY_TABLES, SYNCED_ENTITIES

CLIENT_TABLES = frozenset({"mission", *SYNCED_ENTITIES, *CLIENT_ONLY_TABLES})


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Only the client's tables: the server's own tables may share this metadata in tests."""
    if type_ == "table":
        return name in CLIENT_TABLES
    return True


def run_migrations() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        include_object=include_object,
        render_as_batch=True,  # SQLite cannot ALTER most things in place
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
