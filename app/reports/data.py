"""Plain rows for the filled documents, read with a Session inside the actor's scope.

The documents render these dataclasses only, so they can be tested on hand-made rows and
do not depend on the workflow services. Rules applied here, once:

- scope: a record of a mission the actor cannot read looks the same as no record
  (`NotFound`); HQ-wide courses (mission HQ) are visible to everyone;
- consent: a worker who withdrew consent has no printable record, plan or certificate
  (`ConsentWithdrawn`) and is left off attendance sheets;
- archived rows are left out;
- field policy: roles that see pseudonymous data (`PERSONAL_DATA_ROLES` excluded) get the
  contact and ID fields blanked (see `app.reports.exports` for the full policy).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlmodel import Session, col, select

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models import (
    Attendance,
    CaseNote,
    Course,
    Enrolment,
    Milestone,
    Mission,
    Placement,
    ReintegrationPlan,
    Worker,
    full_name,
)
from app.models.enums import EnrolmentStatus, Role
from app.services.context import Actor, Message, NotFound, ServiceError

PERSONAL_DATA_ROLES: frozenset[Role] = frozenset({Role.FIELD_OFFICER, Role.SUPERVISOR})
"""Roles that see names, contact details and ID numbers (they work the cases)."""

HIDDEN_FOR_PSEUDONYMOUS: tuple[str, ...] = (
    "id_document_number",
    "phone",
    "phone_alt",
    "email",
    "address_line",
)


class ConsentWithdrawn(ServiceError):
    """The worker withdrew consent: their data is not printed or exported."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "This worker withdrew consent: their data cannot be printed or exported.",
                ),
                context="Reports",
            )
        )


class NotCompleted(ServiceError):
    """A certificate was asked for an enrolment that is not completed."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Reports", "A certificate can only be made for a completed course."
                ),
                context="Reports",
            )
        )


def sees_personal_data(role: Role) -> bool:
    """True when `role` may see names, contact details and ID numbers."""
    return role in PERSONAL_DATA_ROLES


@dataclass(frozen=True)
class MissionInfo:
    code: str
    name: str
    country: str
    currency: str


@dataclass(frozen=True)
class WorkerProfile:
    """A worker's own fields; personal fields are "" for roles that may not see them."""

    id: uuid.UUID
    case_code: str
    mission: str
    given_names: str
    first_family_name: str
    second_family_name: str
    sex: str
    date_of_birth: date
    nationality: str
    id_document_type: str
    id_document_number: str
    phone: str
    phone_alt: str
    email: str
    state: str
    municipality: str
    community: str
    address_line: str
    education: str
    languages: str
    occupation: str
    skills: str
    dependants: int
    migration_stage: str
    status: str
    consent_date: date | None
    consent_purposes: str
    intake_form_code: str
    pseudonymous: bool = False

    @property
    def full_name(self) -> str:
        return full_name(self.given_names, self.first_family_name, self.second_family_name)


@dataclass(frozen=True)
class PlacementRow:
    employer: str
    city: str
    province: str
    sector: str
    occupation: str
    noc_code: str
    programme_stream: str
    start_date: date | None
    planned_end_date: date | None
    actual_return_date: date | None
    status: str


@dataclass(frozen=True)
class EnrolmentRow:
    id: uuid.UUID
    course_code: str
    course_title: str
    course_kind: str
    hours: Decimal
    status: str
    enrolled_on: date | None
    completion_date: date | None
    certificate_number: str
    result: str
    sessions_attended: int
    hours_attended: Decimal


@dataclass(frozen=True)
class MilestoneRow:
    title: str
    due_date: date | None
    done_on: date | None


@dataclass(frozen=True)
class PlanRow:
    id: uuid.UUID
    kind: str
    title: str
    goals: str
    sector: str
    community: str
    currency: str
    budget: Decimal
    own_savings: Decimal
    own_remittances: Decimal
    other_funding: Decimal
    other_funding_source: str
    status: str
    business_started_on: date | None
    submitted_at: datetime | None
    approved_by: str
    approved_at: datetime | None
    milestones: tuple[MilestoneRow, ...] = ()

    @property
    def funding_gap(self) -> Decimal:
        """Budget not yet covered by own savings, remittances and other funding."""
        covered = self.own_savings + self.own_remittances + self.other_funding
        return max(Decimal("0"), self.budget - covered)


@dataclass(frozen=True)
class NoteRow:
    written_on: date
    stage: str
    kind: str
    author: str
    text: str
    follow_up_date: date | None


@dataclass(frozen=True)
class WorkerRecord:
    """Everything the worker record summary prints."""

    mission: MissionInfo
    profile: WorkerProfile
    placements: tuple[PlacementRow, ...] = ()
    enrolments: tuple[EnrolmentRow, ...] = ()
    plans: tuple[PlanRow, ...] = ()
    notes: tuple[NoteRow, ...] | None = None  # None: notes were not asked for


@dataclass(frozen=True)
class CourseInfo:
    id: uuid.UUID
    mission: str
    code: str
    title: str
    provider: str
    kind: str
    stage: str
    language: str
    hours: Decimal
    start_date: date | None
    end_date: date | None
    place: str


@dataclass(frozen=True)
class Participant:
    case_code: str
    full_name: str
    mission: str
    status: str


@dataclass(frozen=True)
class CourseRoster:
    """A course, its participants (sorted by name) and the session dates to sign."""

    mission: MissionInfo
    course: CourseInfo
    participants: tuple[Participant, ...]
    session_dates: tuple[date, ...]


@dataclass(frozen=True)
class CertificateData:
    mission: MissionInfo
    worker_name: str
    case_code: str
    course: CourseInfo
    completion_date: date
    certificate_number: str
    result: str


@dataclass(frozen=True)
class PlanDocumentData:
    mission: MissionInfo
    worker_name: str
    case_code: str
    worker_community: str
    plan: PlanRow


# --- reads ------------------------------------------------------------------------------


def mission_info(session: Session, code: str) -> MissionInfo:
    """The mission's name, country and currency (the code alone when unknown)."""
    row = session.get(Mission, code)
    if row is None:
        return MissionInfo(code, code, "", "USD")
    return MissionInfo(row.code, row.name, row.country, row.currency)


def read_worker_record(
    session: Session, *, worker_id: uuid.UUID, actor: Actor, include_notes: bool = False
) -> WorkerRecord:
    """The worker's profile, placements, training and plans (and notes if asked)."""
    worker = _readable_worker(session, worker_id, actor)
    profile = _profile(worker, pseudonymous=not sees_personal_data(actor.role))
    notes = _notes(session, worker.id) if include_notes else None
    return WorkerRecord(
        mission=mission_info(session, worker.mission_id),
        profile=profile,
        placements=_placements(session, worker.id),
        enrolments=_enrolments(session, worker.id),
        plans=tuple(_plan_row(session, p) for p in _plans(session, worker.id)),
        notes=notes,
    )


def read_course_roster(
    session: Session,
    *,
    course_id: uuid.UUID,
    actor: Actor,
    session_dates: Sequence[date] | None = None,
) -> CourseRoster:
    """A course's participants in the actor's missions (withdrawn ones and consent
    withdrawals left out), with the session dates: given, else the recorded ones, else
    the weekdays of the course when there are at most ten."""
    course = session.get(Course, course_id)
    if course is None or course.archived_at is not None or not _may_read_course(actor, course):
        raise NotFound("course")
    stmt = (
        select(Worker, Enrolment)
        .join(Enrolment, col(Enrolment.worker_id) == col(Worker.id))
        .where(
            col(Enrolment.course_id) == course.id,
            col(Enrolment.archived_at).is_(None),
            col(Enrolment.status) != EnrolmentStatus.WITHDRAWN,
            col(Worker.archived_at).is_(None),
            col(Worker.consent_withdrawn_at).is_(None),
        )
    )
    people = [(w, e) for w, e in session.exec(stmt).all() if actor.may_read(w.mission_id)]
    people.sort(key=lambda we: (we[0].sort_name, we[0].case_code))
    participants = tuple(
        Participant(
            w.case_code,
            _name(w) if sees_personal_data(actor.role) else "",
            w.mission_id,
            e.status.value,
        )
        for w, e in people
    )
    dates = tuple(session_dates) if session_dates is not None else _session_dates(session, course)
    home = course.mission_id if course.mission_id != "HQ" else actor.home_mission
    return CourseRoster(mission_info(session, home), _course_info(course), participants, dates)


def read_certificate(session: Session, *, enrolment_id: uuid.UUID, actor: Actor) -> CertificateData:
    """What a course completion certificate prints; only for a completed enrolment."""
    enrolment = session.get(Enrolment, enrolment_id)
    if enrolment is None or enrolment.archived_at is not None:
        raise NotFound("enrolment")
    worker = _readable_worker(session, enrolment.worker_id, actor)
    course = session.get(Course, enrolment.course_id)
    if course is None:
        raise NotFound("course")
    if enrolment.status != EnrolmentStatus.COMPLETED or enrolment.completion_date is None:
        raise NotCompleted()
    return CertificateData(
        mission=mission_info(session, worker.mission_id),
        worker_name=_name(worker),
        case_code=worker.case_code,
        course=_course_info(course),
        completion_date=enrolment.completion_date,
        certificate_number=enrolment.certificate_number,
        result=enrolment.result.value if enrolment.result else "",
    )


def read_plan_document(session: Session, *, plan_id: uuid.UUID, actor: Actor) -> PlanDocumentData:
    """A reintegration plan with its milestones and the worker it belongs to."""
    plan = session.get(ReintegrationPlan, plan_id)
    if plan is None or plan.archived_at is not None:
        raise NotFound("plan")
    worker = _readable_worker(session, plan.worker_id, actor)
    name = _name(worker) if sees_personal_data(actor.role) else ""
    return PlanDocumentData(
        mission=mission_info(session, worker.mission_id),
        worker_name=name,
        case_code=worker.case_code,
        worker_community=worker.community,
        plan=_plan_row(session, plan),
    )


# --- helpers ----------------------------------------------------------------------------


def _readable_worker(session: Session, worker_id: uuid.UUID, actor: Actor) -> Worker:
    worker = session.get(Worker, worker_id)
    if worker is None or worker.archived_at is not None or not actor.may_read(worker.mission_id):
        raise NotFound("worker")
    if worker.consent_withdrawn_at is not None:
        raise ConsentWithdrawn()
    return worker


def _may_read_course(actor: Actor, course: Course) -> bool:
    return course.mission_id == "HQ" or actor.may_read(course.mission_id)


def _name(worker: Worker) -> str:
    return full_name(worker.given_names, worker.first_family_name, worker.second_family_name)


def _profile(worker: Worker, *, pseudonymous: bool) -> WorkerProfile:
    profile = WorkerProfile(
        id=worker.id,
        case_code=worker.case_code,
        mission=worker.mission_id,
        given_names=worker.given_names,
        first_family_name=worker.first_family_name,
        second_family_name=worker.second_family_name,
        sex=worker.sex.value,
        date_of_birth=worker.date_of_birth,
        nationality=worker.nationality,
        id_document_type=worker.id_document_type.value,
        id_document_number=worker.id_document_number,
        phone=worker.phone,
        phone_alt=worker.phone_alt,
        email=worker.email,
        state=worker.state,
        municipality=worker.municipality,
        community=worker.community,
        address_line=worker.address_line,
        education=worker.education.value,
        languages=worker.languages,
        occupation=worker.occupation,
        skills=worker.skills,
        dependants=worker.dependants,
        migration_stage=worker.migration_stage.value,
        status=worker.status.value,
        consent_date=worker.consent_date,
        consent_purposes=worker.consent_purposes,
        intake_form_code=worker.intake_form_code or "",
    )
    if not pseudonymous:
        return profile
    hidden: dict[str, str] = {name: "" for name in HIDDEN_FOR_PSEUDONYMOUS}
    return replace(
        profile,
        given_names="",
        first_family_name="",
        second_family_name="",
        pseudonymous=True,
        **hidden,  # type: ignore[arg-type]
    )


def _placements(session: Session, worker_id: uuid.UUID) -> tuple[PlacementRow, ...]:
    rows = session.exec(
        select(Placement).where(
            col(Placement.worker_id) == worker_id, col(Placement.archived_at).is_(None)
        )
    ).all()
    rows = sorted(rows, key=lambda p: (p.start_date or date.max, p.created_at))
    return tuple(
        PlacementRow(
            p.employer,
            p.city,
            p.province,
            p.sector.value,
            p.occupation,
            p.noc_code,
            p.programme_stream.value,
            p.start_date,
            p.planned_end_date,
            p.actual_return_date,
            p.status.value,
        )
        for p in rows
    )


def _enrolments(session: Session, worker_id: uuid.UUID) -> tuple[EnrolmentRow, ...]:
    stmt = (
        select(Enrolment, Course)
        .join(Course, col(Course.id) == col(Enrolment.course_id))
        .where(col(Enrolment.worker_id) == worker_id, col(Enrolment.archived_at).is_(None))
    )
    pairs = sorted(
        session.exec(stmt).all(),
        key=lambda ec: (ec[1].start_date or ec[0].enrolled_on or date.max, ec[1].code),
    )
    result = []
    for e, c in pairs:
        present = session.exec(
            select(Attendance).where(
                col(Attendance.enrolment_id) == e.id,
                col(Attendance.present).is_(True),
                col(Attendance.archived_at).is_(None),
            )
        ).all()
        result.append(
            EnrolmentRow(
                id=e.id,
                course_code=c.code,
                course_title=c.title,
                course_kind=c.kind.value,
                hours=Decimal(str(c.hours)),
                status=e.status.value,
                enrolled_on=e.enrolled_on,
                completion_date=e.completion_date,
                certificate_number=e.certificate_number,
                result=e.result.value if e.result else "",
                sessions_attended=len(present),
                hours_attended=sum((Decimal(str(a.hours)) for a in present), Decimal("0")),
            )
        )
    return tuple(result)


def _plans(session: Session, worker_id: uuid.UUID) -> list[ReintegrationPlan]:
    rows = session.exec(
        select(ReintegrationPlan).where(
            col(ReintegrationPlan.worker_id) == worker_id,
            col(ReintegrationPlan.archived_at).is_(None),
        )
    ).all()
    return sorted(rows, key=lambda p: p.created_at)


def _money(value: Decimal | float) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def _plan_row(session: Session, plan: ReintegrationPlan) -> PlanRow:
    milestones = session.exec(
        select(Milestone).where(
            col(Milestone.plan_id) == plan.id, col(Milestone.archived_at).is_(None)
        )
    ).all()
    ordered = sorted(milestones, key=lambda m: (m.due_date or date.max, m.title))
    return PlanRow(
        id=plan.id,
        kind=plan.kind.value,
        title=plan.title,
        goals=plan.goals,
        sector=plan.sector.value,
        community=plan.community,
        currency=plan.currency,
        budget=_money(plan.budget),
        own_savings=_money(plan.own_savings),
        own_remittances=_money(plan.own_remittances),
        other_funding=_money(plan.other_funding),
        other_funding_source=plan.other_funding_source,
        status=plan.status.value,
        business_started_on=plan.business_started_on,
        submitted_at=plan.submitted_at,
        approved_by=plan.approved_by,
        approved_at=plan.approved_at,
        milestones=tuple(MilestoneRow(m.title, m.due_date, m.done_on) for m in ordered),
    )


def _notes(session: Session, worker_id: uuid.UUID) -> tuple[NoteRow, ...]:
    rows = session.exec(
        select(CaseNote).where(
            col(CaseNote.worker_id) == worker_id,
            col(CaseNote.archived_at).is_(None),
            col(CaseNote.superseded).is_(False),
        )
    ).all()
    return tuple(
        NoteRow(
            n.created_at.date(), n.stage.value, n.kind.value, n.author, n.text, n.follow_up_date
        )
        for n in sorted(rows, key=lambda n: n.created_at)
    )


def _course_info(course: Course) -> CourseInfo:
    return CourseInfo(
        id=course.id,
        mission=course.mission_id,
        code=course.code,
        title=course.title,
        provider=course.provider,
        kind=course.kind.value,
        stage=course.stage.value,
        language=course.language,
        hours=Decimal(str(course.hours)),
        start_date=course.start_date,
        end_date=course.end_date,
        place=course.place,
    )


def _session_dates(session: Session, course: Course) -> tuple[date, ...]:
    recorded = session.exec(
        select(col(Attendance.session_date))
        .join(Enrolment, col(Enrolment.id) == col(Attendance.enrolment_id))
        .where(col(Enrolment.course_id) == course.id)
        .distinct()
    ).all()
    if recorded:
        return tuple(sorted(recorded))
    if course.start_date and course.end_date and course.end_date >= course.start_date:
        days = (course.end_date - course.start_date).days + 1
        weekdays = [
            course.start_date + timedelta(days=i)
            for i in range(min(days, 60))
            if (course.start_date + timedelta(days=i)).weekday() < 5
        ]
        if len(weekdays) <= 10:
            return tuple(weekdays)
    return ()
