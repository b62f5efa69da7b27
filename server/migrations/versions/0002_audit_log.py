"""audit_log: append-only, hash-chained security audit

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 01:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the guards as this revision creates them.
PG_GUARD = (
    """
    CREATE OR REPLACE FUNCTION puente_audit_log_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        -- Removal (TRUNCATE, DELETE) is left to superusers only, who can drop this
        -- trigger anyway (test resets, a retention purge by a DBA). UPDATE: nobody.
        IF TG_OP <> 'UPDATE' AND
           (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
            IF TG_LEVEL = 'ROW' THEN RETURN OLD; END IF;
            RETURN NULL;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END
    $$
    """,
    "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION puente_audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION puente_audit_log_append_only()",
    "REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC",
)
PG_UNGUARD = (
    "DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log",
    "DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log",
    "DROP FUNCTION IF EXISTS puente_audit_log_append_only()",
)
SQLITE_GUARD = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused'); END",
)
SQLITE_UNGUARD = (
    "DROP TRIGGER IF EXISTS audit_log_no_delete",
    "DROP TRIGGER IF EXISTS audit_log_no_update",
)


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("username", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("mission_id", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("event", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("entity", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("record_id", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("fields", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("client_event_id", sa.Uuid(), nullable=True),
        sa.Column("client_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("prev_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("client_event_id"),
        sa.UniqueConstraint("hash"),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_mission_at", ["mission_id", "at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_event"), ["event"], unique=False)
    guard = PG_GUARD if op.get_bind().dialect.name == "postgresql" else SQLITE_GUARD
    for statement in guard:
        op.execute(statement)


def downgrade() -> None:
    unguard = PG_UNGUARD if op.get_bind().dialect.name == "postgresql" else SQLITE_UNGUARD
    for statement in unguard:
        op.execute(statement)
    op.drop_table("audit_log")
