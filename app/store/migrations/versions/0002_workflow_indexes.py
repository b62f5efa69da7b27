"""indexes for the follow-ups view and course participant counts

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 23:59:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Open follow-ups only (a partial index): the Follow-ups view reads it alone.
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_case_note_open_follow_up ON case_note "
        "(follow_up_date, mission_id, author) "
        "WHERE follow_up_date IS NOT NULL AND follow_up_done_on IS NULL AND superseded = 0 "
        "AND archived_at IS NULL"
    )
    # Places taken per course without reading every enrolment row.
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_enrolment_course_status ON enrolment "
        "(course_id, status, archived_at)"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_enrolment_course_status")
    op.execute("DROP INDEX IF EXISTS ix_case_note_open_follow_up")
