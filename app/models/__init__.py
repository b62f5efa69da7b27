"""The data model shared by the desktop app and the server (SQLModel, no Qt)."""

from app.models.audit import HistoryEntry
from app.models.audit_event import AuditEvent
from app.models.base import SYNC_COLUMN_NAMES, SyncColumns, utcnow
from app.models.local import (
    CLIENT_ONLY_TABLES,
    LocalMeta,
    OutboxMutation,
    ShadowRow,
    SyncConflict,
    SyncCursor,
)
from app.models.mission import DEFAULT_MISSIONS, Mission
from app.models.notes import CaseNote, CaseNoteCreate
from app.models.placement import Placement, PlacementCreate, PlacementUpdate
from app.models.reintegration import (
    Milestone,
    ReintegrationPlan,
    ReintegrationPlanCreate,
    ReintegrationPlanUpdate,
)
from app.models.remittance import (
    CommunityProject,
    CommunityProjectCreate,
    ProjectParticipant,
    Remittance,
    RemittanceCreate,
)
from app.models.training import (
    Attendance,
    Course,
    CourseCreate,
    CourseUpdate,
    Enrolment,
    EnrolmentCreate,
    EnrolmentUpdate,
)
from app.models.worker import (
    Worker,
    WorkerCreate,
    WorkerRead,
    WorkerRow,
    WorkerUpdate,
    full_name,
)

# Every synced entity by its wire name (the table name); the order is a safe apply order
# (parents before children) for pulls and for creating rows.
SYNCED_ENTITIES: dict[str, type[SyncColumns]] = {
    "worker": Worker,
    "placement": Placement,
    "course": Course,
    "enrolment": Enrolment,
    "attendance": Attendance,
    "reintegration_plan": ReintegrationPlan,
    "milestone": Milestone,
    "community_project": CommunityProject,
    "project_participant": ProjectParticipant,
    "remittance": Remittance,
    "case_note": CaseNote,
}

# Entities that are only ever added to (never edited), so they never conflict.
APPEND_ONLY_ENTITIES: frozenset[str] = frozenset({"attendance", "case_note"})

__all__ = [
    "APPEND_ONLY_ENTITIES",
    "CLIENT_ONLY_TABLES",
    "DEFAULT_MISSIONS",
    "SYNCED_ENTITIES",
    "SYNC_COLUMN_NAMES",
    "Attendance",
    "AuditEvent",
    "CaseNote",
    "CaseNoteCreate",
    "CommunityProject",
    "CommunityProjectCreate",
    "Course",
    "CourseCreate",
    "CourseUpdate",
    "Enrolment",
    "EnrolmentCreate",
    "EnrolmentUpdate",
    "HistoryEntry",
    "LocalMeta",
    "Milestone",
    "Mission",
    "OutboxMutation",
    "Placement",
    "PlacementCreate",
    "PlacementUpdate",
    "ProjectParticipant",
    "ReintegrationPlan",
    "ReintegrationPlanCreate",
    "ReintegrationPlanUpdate",
    "Remittance",
    "RemittanceCreate",
    "ShadowRow",
    "SyncColumns",
    "SyncConflict",
    "SyncCursor",
    "Worker",
    "WorkerCreate",
    "WorkerRead",
    "WorkerRow",
    "WorkerUpdate",
    "full_name",
    "utcnow",
]
