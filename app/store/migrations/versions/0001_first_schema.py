"""first schema: every entity, client sync tables, search index

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 22:04:46.609591
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

# Frozen copy of the search index as this revision creates it.
FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS worker_fts USING fts5(names, codes, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
    "CREATE TRIGGER IF NOT EXISTS worker_fts_ai AFTER INSERT ON worker BEGIN INSERT INTO worker_fts(rowid, names, codes) VALUES (new.rowid, new.given_names || ' ' || new.first_family_name || ' ' || new.second_family_name, coalesce(new.case_code, '') || ' ' || replace(replace(replace(coalesce(new.case_code, ''), '-', ''), ' ', ''), '.', '') || ' ' || coalesce(new.id_document_number, '') || ' ' || replace(replace(replace(coalesce(new.id_document_number, ''), '-', ''), ' ', ''), '.', '') || ' ' || coalesce(new.intake_form_code, '')); END",
    'CREATE TRIGGER IF NOT EXISTS worker_fts_ad AFTER DELETE ON worker BEGIN DELETE FROM worker_fts WHERE rowid = old.rowid; END',
    "CREATE TRIGGER IF NOT EXISTS worker_fts_au AFTER UPDATE OF given_names, first_family_name, second_family_name, case_code, id_document_number, intake_form_code ON worker BEGIN DELETE FROM worker_fts WHERE rowid = old.rowid; INSERT INTO worker_fts(rowid, names, codes) VALUES (new.rowid, new.given_names || ' ' || new.first_family_name || ' ' || new.second_family_name, coalesce(new.case_code, '') || ' ' || replace(replace(replace(coalesce(new.case_code, ''), '-', ''), ' ', ''), '.', '') || ' ' || coalesce(new.id_document_number, '') || ' ' || replace(replace(replace(coalesce(new.id_document_number, ''), '-', ''), ' ', ''), '.', '') || ' ' || coalesce(new.intake_form_code, '')); END",
)
FTS_DROP = (
    'DROP TRIGGER IF EXISTS worker_fts_au',
    'DROP TRIGGER IF EXISTS worker_fts_ad',
    'DROP TRIGGER IF EXISTS worker_fts_ai',
    'DROP TABLE IF EXISTS worker_fts',
)

# Frozen copy of the missions as this revision seeds them.
MISSIONS = [
    ("MX", "IOM Mexico", "MX", "MXN", "America/Mexico_City"),
    ("SV", "IOM El Salvador", "SV", "USD", "America/El_Salvador"),
    ("CO", "IOM Colombia", "CO", "COP", "America/Bogota"),
    ("EC", "IOM Ecuador", "EC", "USD", "America/Guayaquil"),
    ("HN", "IOM Honduras", "HN", "HNL", "America/Tegucigalpa"),
    ("HQ", "Headquarters Ottawa", "CA", "CAD", "America/Toronto"),
]


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('history',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('entity_id', sa.Uuid(), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('old_value', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('new_value', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('device_tag', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('mutation_id', sa.Uuid(), nullable=True),
    sa.Column('remote', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('seq')
    )
    with op.batch_alter_table('history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_history_entity_id'), ['entity_id'], unique=False)

    op.create_table('local_meta',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('mission',
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('country', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
    sa.Column('time_zone', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('mutation_id', sa.Uuid(), nullable=False),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('entity_id', sa.Uuid(), nullable=False),
    sa.Column('mission_id', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('op', sa.Enum('create', 'update', 'archive', 'restore', name='mutationop', native_enum=False, length=32), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('changes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('state', sa.Enum('pending', 'sent', 'conflict', 'rejected', name='outboxstate', native_enum=False, length=32), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('sent_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('mutation_id')
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_entity_id'), ['entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_state'), ['state'], unique=False)

    op.create_table('shadow',
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('entity_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('data', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('entity', 'entity_id')
    )
    op.create_table('sync_conflict',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('entity_id', sa.Uuid(), nullable=False),
    sa.Column('mission_id', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('base_value', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('mine_value', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('theirs_value', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('mutation_id', sa.Uuid(), nullable=True),
    sa.Column('state', sa.Enum('open', 'resolved', name='conflictstate', native_enum=False, length=32), nullable=False),
    sa.Column('detected_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('resolved_by', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('resolved_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('resolution', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('seq')
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_entity_id'), ['entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflict_state'), ['state'], unique=False)

    op.create_table('sync_cursor',
    sa.Column('scope', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.Column('server_epoch', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('scope')
    )
    op.create_table('community_project',
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('municipality', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('community', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
    sa.Column('goal_amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('status', sa.Enum('proposed', 'fundraising', 'in_progress', 'completed', 'cancelled', name='projectstatus', native_enum=False, length=32), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('mission_id', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('archived_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.code'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('community_project', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_community_project_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_community_project_updated_at'), ['updated_at'], unique=False)

    op.create_table('course',
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('provider', sqlmodel.sql.sqltypes.AutoString(length=160), nullable=False),
    sa.Column('kind', sa.Enum('pre_departure_orientation', 'on_site_training', 'additional_course', 'entrepreneurship', 'language', name='coursekind', native_enum=False, length=32), nullable=False),
    sa.Column('stage', sa.Enum('pre_departure', 'abroad', 'returned', name='migrationstage', native_enum=False, length=32), nullable=False),
    sa.Column('skill_area', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('hours', sa.Numeric(precision=6, scale=1), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('mission_id', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('archived_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.code'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('mission_id', 'code')
    )
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_course_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_updated_at'), ['updated_at'], unique=False)

    op.create_table('worker',
    sa.Column('given_names', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('first_family_name', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('second_family_name', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('sex', sa.Enum('female', 'male', 'other', 'undisclosed', name='sex', native_enum=False, length=32), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=False),
    sa.Column('nationality', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('id_document_type', sa.Enum('curp', 'dui', 'cedula_co', 'cedula_ec', 'dni_hn', 'passport', 'other', name='iddocumenttype', native_enum=False, length=32), nullable=False),
    sa.Column('id_document_number', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('phone_alt', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=160), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('municipality', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('community', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('address_line', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('education', sa.Enum('none', 'primary_incomplete', 'primary', 'lower_secondary', 'upper_secondary', 'technical', 'university', name='education', native_enum=False, length=32), nullable=False),
    sa.Column('languages', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('occupation', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('skills', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('dependants', sa.Integer(), nullable=False),
    sa.Column('migration_stage', sa.Enum('pre_departure', 'abroad', 'returned', name='migrationstage', native_enum=False, length=32), nullable=False),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('consent_purposes', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('consent_obtained_by', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('consent_withdrawn_at', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('active', 'closed', name='workerstatus', native_enum=False, length=32), nullable=False),
    sa.Column('intake_form_code', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('mission_id', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('archived_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('case_code', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('sort_name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.code'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('intake_form_code')
    )
    with op.batch_alter_table('worker', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_worker_case_code'), ['case_code'], unique=True)
        batch_op.create_index(batch_op.f('ix_worker_community'), ['community'], unique=False)
        batch_op.create_index(batch_op.f('ix_worker_id_document_number'), ['id_document_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_worker_migration_stage'), ['migration_stage'], unique=False)
        batch_op.create_index(batch_op.f('ix_worker_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_worker_sort_name'), ['sort_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_worker_updated_at'), ['updated_at'], unique=False)

    op.create_table('case_note',
    sa.Column('stage', sa.Enum('pre_departure', 'abroad', 'returned', name='migrationstage', native_enum=False, length=32), nullable=False),
    sa.Column('kind', sa.Enum('interview', 'follow_up', 'call', 'visit', 'referral', name='notekind', native_enum=False, length=32), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(length=20000), nullable=False),
    sa.Column('follow_up_date', sa.Date(), nullable=True),
    sa.Column('follow_up_done_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('mission_id', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('archived_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('worker_id', sa.Uuid(), nullable=False),
    sa.Column('author', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('revision_of', sa.Uuid(), nullable=True),
    sa.Column('superseded', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.code'], ),
    sa.ForeignKeyConstraint(['revision_of'], ['case_note.id'], ),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_note_follow_up_date'), ['follow_up_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_note_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_note_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_note_worker_id'), ['worker_id'], unique=False)

    op.create_table('enrolment',
    sa.Column('status', sa.Enum('enrolled', 'attending', 'completed', 'withdrawn', name='enrolmentstatus', native_enum=False, length=32), nullable=False),
    sa.Column('enrolled_on', sa.Date(), nullable=True),
    sa.Column('completion_date', sa.Date(), nullable=True),
    sa.Column('certificate_number', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('result', sa.Enum('passed', 'passed_with_distinction', 'not_passed', 'attendance_only', name='courseresult', native_enum=False, length=32), nullable=True),
    sa.Column('score', sa.Numeric(precision=5, scale=1), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('mission_id', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('archived_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('worker_id', sa.Uuid(), nullable=False),
    sa.Column('course_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], ),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.code'], ),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('worker_id', 'course_id')
    )
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolment_course_id'), ['course_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrolment_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrolment_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrolment_worker_id'), ['worker_id'], unique=False)

    op.create_table('placement',
    sa.Column('employer', sqlmodel.sql.sqltypes.AutoString(length=160), nullable=False),
    sa.Column('city', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('province', sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
    sa.Column('sector', sa.Enum('construction', 'tourism', 'hospitality', 'services', 'agriculture', 'other', name='sector', native_enum=False, length=32), nullable=False),
    sa.Column('occupation', sqlmodel.sql.sqltypes.AutoString(length=160), nullable=False),
    sa.Column('noc_code', sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
    sa.Column('programme_stream', sa.Enum('sawp', 'agricultural', 'low_wage', 'high_wage', 'other', name='programmestream', native_enum=False, length=32), nullable=False),
    sa.Column('permit_number', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('planned_end_date', sa.Date(), nullable=True),
    sa.Column('actual_return_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('planned', 'active', 'completed', 'ended_early', 'cancelled', name='placementstatus', native_enum=False, length=32), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('mission_id', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('archived_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('worker_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.code'], ),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('placement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_placement_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_placement_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_placement_worker_id'), ['worker_id'], unique=False)

    op.create_table('project_participant',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('mission_id', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('archived_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('project_id', sa.Uuid(), nullable=False),
    sa.Column('worker_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.code'], ),
    sa.ForeignKeyConstraint(['project_id'], ['community_project.id'], ),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('project_id', 'worker_id')
    )
    with op.batch_alter_table('project_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_participant_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_participant_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_participant_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_participant_worker_id'), ['worker_id'], unique=False)

    op.create_table('reintegration_plan',
    sa.Column('kind', sa.Enum('employment', 'business', 'education', 'community_investment', name='plankind', native_enum=False, length=32), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('goals', sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
    sa.Column('sector', sa.Enum('construction', 'tourism', 'hospitality', 'services', 'agriculture', 'other', name='sector', native_enum=False, length=32), nullable=False),
    sa.Column('community', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
    sa.Column('budget', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('own_savings', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('own_remittances', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('other_funding', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('other_funding_source', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('business_started_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('mission_id', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('archived_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('worker_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'submitted', 'approved', 'in_progress', 'completed', 'abandoned', name='planstatus', native_enum=False, length=32), nullable=False),
    sa.Column('submitted_by', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('submitted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('approved_by', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('approved_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('started_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('closed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.code'], ),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('reintegration_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reintegration_plan_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reintegration_plan_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_reintegration_plan_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_reintegration_plan_worker_id'), ['worker_id'], unique=False)

    op.create_table('remittance',
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
    sa.Column('purpose', sa.Enum('household', 'savings', 'business', 'community_project', 'education', name='remittancepurpose', native_enum=False, length=32), nullable=False),
    sa.Column('community_project_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('mission_id', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('archived_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('worker_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['community_project_id'], ['community_project.id'], ),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.code'], ),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('remittance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_remittance_community_project_id'), ['community_project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_remittance_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_remittance_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_remittance_worker_id'), ['worker_id'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('mission_id', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('archived_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('enrolment_id', sa.Uuid(), nullable=False),
    sa.Column('session_date', sa.Date(), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('hours', sa.Numeric(precision=5, scale=1), nullable=False),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolment.id'], ),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.code'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_enrolment_id'), ['enrolment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_updated_at'), ['updated_at'], unique=False)

    op.create_table('milestone',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('mission_id', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('archived_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('plan_id', sa.Uuid(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.code'], ),
    sa.ForeignKeyConstraint(['plan_id'], ['reintegration_plan.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_milestone_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_milestone_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_milestone_updated_at'), ['updated_at'], unique=False)



    # Keyset paging of the workers list: one index per sortable column (rowid breaks ties).
    for column in ("date_of_birth", "first_family_name"):
        op.create_index(f"ix_worker_{column}", "worker", [column])
    for stmt in FTS_DDL:
        op.execute(stmt)
    mission = sa.table(
        "mission",
        sa.column("code"), sa.column("name"), sa.column("country"),
        sa.column("currency"), sa.column("time_zone"),
    )
    op.bulk_insert(mission, [
        dict(zip(("code", "name", "country", "currency", "time_zone"), m, strict=True))
        for m in MISSIONS
    ])

def downgrade() -> None:
    for stmt in FTS_DROP:
        op.execute(stmt)
    op.drop_index("ix_worker_first_family_name", "worker")
    op.drop_index("ix_worker_date_of_birth", "worker")
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_milestone_updated_at'))
        batch_op.drop_index(batch_op.f('ix_milestone_plan_id'))
        batch_op.drop_index(batch_op.f('ix_milestone_mission_id'))

    op.drop_table('milestone')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_updated_at'))
        batch_op.drop_index(batch_op.f('ix_attendance_mission_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_enrolment_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('remittance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_remittance_worker_id'))
        batch_op.drop_index(batch_op.f('ix_remittance_updated_at'))
        batch_op.drop_index(batch_op.f('ix_remittance_mission_id'))
        batch_op.drop_index(batch_op.f('ix_remittance_community_project_id'))

    op.drop_table('remittance')
    with op.batch_alter_table('reintegration_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reintegration_plan_worker_id'))
        batch_op.drop_index(batch_op.f('ix_reintegration_plan_updated_at'))
        batch_op.drop_index(batch_op.f('ix_reintegration_plan_status'))
        batch_op.drop_index(batch_op.f('ix_reintegration_plan_mission_id'))

    op.drop_table('reintegration_plan')
    with op.batch_alter_table('project_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_participant_worker_id'))
        batch_op.drop_index(batch_op.f('ix_project_participant_updated_at'))
        batch_op.drop_index(batch_op.f('ix_project_participant_project_id'))
        batch_op.drop_index(batch_op.f('ix_project_participant_mission_id'))

    op.drop_table('project_participant')
    with op.batch_alter_table('placement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_placement_worker_id'))
        batch_op.drop_index(batch_op.f('ix_placement_updated_at'))
        batch_op.drop_index(batch_op.f('ix_placement_mission_id'))

    op.drop_table('placement')
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrolment_worker_id'))
        batch_op.drop_index(batch_op.f('ix_enrolment_updated_at'))
        batch_op.drop_index(batch_op.f('ix_enrolment_mission_id'))
        batch_op.drop_index(batch_op.f('ix_enrolment_course_id'))

    op.drop_table('enrolment')
    with op.batch_alter_table('case_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_note_worker_id'))
        batch_op.drop_index(batch_op.f('ix_case_note_updated_at'))
        batch_op.drop_index(batch_op.f('ix_case_note_mission_id'))
        batch_op.drop_index(batch_op.f('ix_case_note_follow_up_date'))

    op.drop_table('case_note')
    with op.batch_alter_table('worker', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_worker_updated_at'))
        batch_op.drop_index(batch_op.f('ix_worker_sort_name'))
        batch_op.drop_index(batch_op.f('ix_worker_mission_id'))
        batch_op.drop_index(batch_op.f('ix_worker_migration_stage'))
        batch_op.drop_index(batch_op.f('ix_worker_id_document_number'))
        batch_op.drop_index(batch_op.f('ix_worker_community'))
        batch_op.drop_index(batch_op.f('ix_worker_case_code'))

    op.drop_table('worker')
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_course_updated_at'))
        batch_op.drop_index(batch_op.f('ix_course_mission_id'))

    op.drop_table('course')
    with op.batch_alter_table('community_project', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_community_project_updated_at'))
        batch_op.drop_index(batch_op.f('ix_community_project_mission_id'))

    op.drop_table('community_project')
    op.drop_table('sync_cursor')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_state'))
        batch_op.drop_index(batch_op.f('ix_sync_conflict_entity_id'))

    op.drop_table('sync_conflict')
    op.drop_table('shadow')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_state'))
        batch_op.drop_index(batch_op.f('ix_outbox_entity_id'))

    op.drop_table('outbox')
    op.drop_table('mission')
    op.drop_table('local_meta')
    with op.batch_alter_table('history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_history_entity_id'))

    op.drop_table('history')
