"""The server schema: made by Alembic, only the server's tables, nothing left to migrate."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

from app.models import CLIENT_ONLY_TABLES, SYNCED_ENTITIES
from server.db import SERVER_TABLE_NAMES, include_object, make_engine, migrate


def test_only_server_tables_and_no_pending_migration(db_url: str) -> None:
    engine = make_engine(db_url)
    migrate(engine)  # a second run is a no-op
    tables = set(inspect(engine).get_table_names())
    assert not tables & set(CLIENT_ONLY_TABLES)
    assert set(SYNCED_ENTITIES) | {"mission"} <= tables
    assert tables - {"alembic_version"} == SERVER_TABLE_NAMES
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": False}
        )
        diff: list[Any] = compare_metadata(context, SQLModel.metadata)
    assert diff == [], f"models and migrations differ; add a revision: {diff}"
    engine.dispose()
