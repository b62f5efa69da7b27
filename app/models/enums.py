"""Every closed set of choices in the data model, as string enums (values are stored)."""

from __future__ import annotations

from enum import StrEnum

# StrEnum (standard library): the value is what is stored, sent and compared.


class MissionCode(StrEnum):
    MX = "MX"
    SV = "SV"
    CO = "CO"
    EC = "EC"
    HN = "HN"
    HQ = "HQ"


FIELD_MISSIONS: tuple[MissionCode, ...] = (
    MissionCode.MX,
    MissionCode.SV,
    MissionCode.CO,
    MissionCode.EC,
    MissionCode.HN,
)


class Role(StrEnum):
    FIELD_OFFICER = "field_officer"
    SUPERVISOR = "supervisor"
    HQ_ANALYST = "hq_analyst"
    ADMIN = "admin"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNDISCLOSED = "undisclosed"


class IdDocumentType(StrEnum):
    CURP = "curp"  # Mexico
    DUI = "dui"  # El Salvador
    CEDULA_CO = "cedula_co"  # Colombia, cédula de ciudadanía
    CEDULA_EC = "cedula_ec"  # Ecuador, cédula de identidad
    DNI_HN = "dni_hn"  # Honduras, documento nacional de identificación
    PASSPORT = "passport"
    OTHER = "other"


class Education(StrEnum):
    NONE = "none"
    PRIMARY_INCOMPLETE = "primary_incomplete"
    PRIMARY = "primary"
    LOWER_SECONDARY = "lower_secondary"
    UPPER_SECONDARY = "upper_secondary"
    TECHNICAL = "technical"
    UNIVERSITY = "university"


class MigrationStage(StrEnum):
    PRE_DEPARTURE = "pre_departure"
    ABROAD = "abroad"
    RETURNED = "returned"


class WorkerStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"


class ConsentPurpose(StrEnum):
    CASE_MANAGEMENT = "case_management"
    TRAINING = "training"
    REINTEGRATION = "reintegration"
    STATISTICS = "statistics"
    CONTACT_BY_EMPLOYER = "contact_by_employer"


class Sector(StrEnum):
    CONSTRUCTION = "construction"
    TOURISM = "tourism"
    HOSPITALITY = "hospitality"
    SERVICES = "services"
    AGRICULTURE = "agriculture"
    OTHER = "other"


class ProgrammeStream(StrEnum):
    SAWP = "sawp"  # Seasonal Agricultural Worker Program
    AGRICULTURAL = "agricultural"  # TFWP agricultural stream
    LOW_WAGE = "low_wage"  # TFWP low-wage positions
    HIGH_WAGE = "high_wage"
    OTHER = "other"


class PlacementStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"
    CANCELLED = "cancelled"


class CourseKind(StrEnum):
    PRE_DEPARTURE_ORIENTATION = "pre_departure_orientation"
    ON_SITE_TRAINING = "on_site_training"
    ADDITIONAL_COURSE = "additional_course"
    ENTREPRENEURSHIP = "entrepreneurship"
    LANGUAGE = "language"


class EnrolmentStatus(StrEnum):
    ENROLLED = "enrolled"
    ATTENDING = "attending"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class CourseResult(StrEnum):
    PASSED = "passed"
    PASSED_WITH_DISTINCTION = "passed_with_distinction"
    NOT_PASSED = "not_passed"
    ATTENDANCE_ONLY = "attendance_only"


class PlanKind(StrEnum):
    EMPLOYMENT = "employment"
    BUSINESS = "business"
    EDUCATION = "education"
    COMMUNITY_INVESTMENT = "community_investment"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ABANDONED = "abandoned"


class RemittancePurpose(StrEnum):
    HOUSEHOLD = "household"
    SAVINGS = "savings"
    BUSINESS = "business"
    COMMUNITY_PROJECT = "community_project"
    EDUCATION = "education"


class ProjectStatus(StrEnum):
    PROPOSED = "proposed"
    FUNDRAISING = "fundraising"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class NoteKind(StrEnum):
    INTERVIEW = "interview"
    FOLLOW_UP = "follow_up"
    CALL = "call"
    VISIT = "visit"
    REFERRAL = "referral"


class MutationOp(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    ARCHIVE = "archive"
    RESTORE = "restore"


class OutboxState(StrEnum):
    PENDING = "pending"
    SENT = "sent"  # the server answered applied, merged or duplicate
    CONFLICT = "conflict"
    REJECTED = "rejected"


class ConflictState(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"
