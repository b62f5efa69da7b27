"""retention: a period per mission, and purged rows marked in the feed

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 04:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "srv_retention",
        sa.Column("mission_id", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("set_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("set_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.CheckConstraint("days > 0", name="ck_srv_retention_days_positive"),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.code"]),
        sa.PrimaryKeyConstraint("mission_id"),
    )
    with op.batch_alter_table("srv_row_meta", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("purged_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("srv_row_meta", schema=None) as batch_op:
        batch_op.drop_column("purged_at")
    op.drop_table("srv_retention")
