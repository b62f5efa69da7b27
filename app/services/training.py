"""Courses and enrolments: the catalogue, enrolling (one or many), attendance, completion.

Rules decided here:
- A course belongs to one mission, or to every mission when its mission is HQ. Mission
  courses are created and edited by supervisors of that mission; HQ courses by a
  supervisor whose missions include HQ (the "HQ supervisor").
- A worker may be enrolled in a course of their own mission or in an HQ course, by an
  officer or supervisor of the worker's mission. The enrolment belongs to the worker's
  mission (it syncs with the worker).
- Places taken = enrolments that are not withdrawn (completed ones keep their place).
- A withdrawn worker enrolled again reuses their enrolment row (one per worker and course).
- Places are counted on this device's store: offline, an HQ course only knows the
  enrolments of the missions this device holds (the server has the whole count).
- Certificates: given for results passed, passed with distinction and attendance only;
  numbers are `{mission}-{year}-{device tag}-{counter:04d}`, e.g. `MX-2026-7K3-0042`
  (the enrolment's mission): unique per mission even when made offline on two laptops.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models import (
    Attendance,
    Course,
    CourseCreate,
    CourseUpdate,
    Enrolment,
    Worker,
)
from app.models.enums import CourseResult, EnrolmentStatus, MissionCode
from app.services.casework import (
    END_BEFORE_START,
    NEGATIVE,
    active_worker,
    check_supervisor,
    check_texts,
    insert_row,
    msg,
    parse_input,
    reason,
    state_msg,
    update_row,
    visible,
    worker_name,
    writable,
)
from app.services.context import (
    Actor,
    Message,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from app.services.profile import get_meta, set_meta

COURSE = "course"
ENROLMENT = "enrolment"
ATTENDANCE = "attendance"
HQ = MissionCode.HQ.value
TAKING_PLACE = (EnrolmentStatus.ENROLLED, EnrolmentStatus.ATTENDING, EnrolmentStatus.COMPLETED)
OPEN = (EnrolmentStatus.ENROLLED, EnrolmentStatus.ATTENDING)
CERTIFIED = (
    CourseResult.PASSED,
    CourseResult.PASSED_WITH_DISTINCTION,
    CourseResult.ATTENDANCE_ONLY,
)

CODE_TAKEN = QT_TRANSLATE_NOOP(
    "Workflows", "Mission {mission} already has a course with code {code}."
)
COURSE_FULL = QT_TRANSLATE_NOOP(
    "Workflows", "The course is full: {capacity} places, {enrolled} taken."
)
CAPACITY_BELOW_TAKEN = QT_TRANSLATE_NOOP(
    "Workflows", "{enrolled} places are already taken: the capacity cannot be lower."
)
ALREADY_ENROLLED = QT_TRANSLATE_NOOP("Workflows", "{name} is already enrolled in this course.")
ALREADY_COMPLETED = QT_TRANSLATE_NOOP("Workflows", "{name} has already completed this course.")
COURSE_OTHER_MISSION = QT_TRANSLATE_NOOP(
    "Workflows",
    "This course belongs to mission {mission}; {name} can only join courses of "
    "mission {own} or HQ-wide courses.",
)
ENROLMENT_CLOSED = QT_TRANSLATE_NOOP(
    "Workflows",
    "The status of this enrolment is {status}: attendance and results can no longer change.",
)
CERTIFICATE_TAKEN = QT_TRANSLATE_NOOP(
    "Workflows", "Certificate number {number} is already used in this mission."
)
NO_CERTIFICATE = QT_TRANSLATE_NOOP(
    "Workflows", "A course that was not passed gets no certificate number."
)
COMPLETED_BEFORE_ENROLMENT = QT_TRANSLATE_NOOP(
    "Workflows", "The completion date is before the enrolment date ({enrolled_on})."
)


@dataclass(frozen=True)
class EnrolmentOutcome:
    """What happened to one worker of a bulk enrolment: the enrolment, or why not."""

    worker_id: uuid.UUID
    enrolment: Enrolment | None
    refusal: Message | None = None

    @property
    def ok(self) -> bool:
        return self.enrolment is not None


@dataclass(frozen=True)
class ParticipantRow:
    """One line of a course's participant list."""

    enrolment_id: uuid.UUID
    worker_id: uuid.UUID
    case_code: str
    full_name: str
    mission_id: str
    status: EnrolmentStatus
    enrolled_on: date | None
    sessions_present: int
    hours_present: Decimal
    result: CourseResult | None
    completion_date: date | None
    certificate_number: str


@dataclass(frozen=True)
class WorkerEnrolmentRow:
    """One course a worker is (or was) enrolled in, with the course's title."""

    enrolment: Enrolment
    course_code: str
    course_title: str
    course_mission_id: str
    course_start: date | None
    course_end: date | None


Progress = Callable[[int, int], None]


# --- the catalogue ----------------------------------------------------------------------


def create_course(
    session: Session, *, data: CourseCreate | Mapping[str, Any], actor: Actor
) -> Course:
    """A new course of a mission (or HQ-wide): supervisors of that mission only."""
    values = parse_input(CourseCreate, data)
    values["mission_id"] = str(values["mission_id"]).upper()
    check_supervisor(actor, values["mission_id"])
    values["code"] = str(values["code"]).upper()
    _check_course(session, values, own_id=None)
    course = Course(**values)
    insert_row(session, entity=COURSE, row=course, actor=actor)
    session.flush()
    return course


def update_course(
    session: Session,
    *,
    course_id: uuid.UUID,
    changes: CourseUpdate | Mapping[str, Any],
    actor: Actor,
) -> Course:
    """Change a course's details; the capacity never drops below the places taken."""
    values = parse_input(CourseUpdate, changes, partial=True)
    course = _visible_course(session, course_id, actor)
    check_supervisor(actor, course.mission_id)
    if "code" in values and values["code"] is not None:
        values["code"] = str(values["code"]).upper()
    merged = {name: getattr(course, name) for name in CourseUpdate.model_fields}
    merged.update(values)
    merged["mission_id"] = course.mission_id
    _check_course(session, merged, own_id=course.id)
    taken = places_taken(session, course.id)
    if merged["capacity"] < taken:
        raise ValidationFailed({"capacity": msg(CAPACITY_BELOW_TAKEN, enrolled=taken)})
    update_row(session, entity=COURSE, row=course, values=values, actor=actor)
    session.flush()
    return course


def get_course(session: Session, *, course_id: uuid.UUID, actor: Actor) -> Course:
    """A course the actor can see: their missions' courses and every HQ course."""
    return _visible_course(session, course_id, actor)


def _visible_course(session: Session, course_id: uuid.UUID, actor: Actor) -> Course:
    course = session.get(Course, course_id)
    if course is None or not (course.mission_id == HQ or actor.may_read(course.mission_id)):
        raise NotFound(COURSE)
    return course


def _check_course(session: Session, values: Mapping[str, Any], *, own_id: uuid.UUID | None) -> None:
    errors: dict[str, Message] = {}
    check_texts(values, Course, required=("code", "title"), out=errors)
    start, end = values.get("start_date"), values.get("end_date")
    if start and end and end < start:
        errors["end_date"] = msg(END_BEFORE_START)
    code = values.get("code")
    if code and "code" not in errors:
        stmt = select(Course.id).where(
            Course.mission_id == values["mission_id"], Course.code == code
        )
        holder = session.exec(stmt).first()
        if holder is not None and holder != own_id:
            errors["code"] = msg(CODE_TAKEN, mission=values["mission_id"], code=code)
    if errors:
        raise ValidationFailed(errors)


def places_taken(session: Session, course_id: uuid.UUID) -> int:
    """Enrolments that hold a place (every mission's, not withdrawn)."""
    stmt = select(func.count()).where(
        Enrolment.course_id == course_id,
        col(Enrolment.status).in_(TAKING_PLACE),
        col(Enrolment.archived_at).is_(None),
    )
    return int(session.exec(stmt).one())


# --- enrolling --------------------------------------------------------------------------


def enrol(
    session: Session, *, course_id: uuid.UUID, worker_id: uuid.UUID, on: date, actor: Actor
) -> Enrolment:
    """Enrol one worker; refused when the course is full or the worker already enrolled."""
    course = _visible_course(session, course_id, actor)
    return _enrol_one(session, course, worker_id, on, actor, places_taken(session, course.id))


def enrol_many(
    session: Session,
    *,
    course_id: uuid.UUID,
    worker_ids: Iterable[uuid.UUID],
    on: date,
    actor: Actor,
    progress: Progress | None = None,
) -> list[EnrolmentOutcome]:
    """Enrol several workers in one transaction; each gets an outcome (enrolled, or why
    not), so one refusal does not stop the others. `progress(done, total)` is called
    after each worker (for a progress bar on long lists)."""
    course = _visible_course(session, course_id, actor)
    ids = list(dict.fromkeys(worker_ids))
    taken = places_taken(session, course.id)
    outcomes: list[EnrolmentOutcome] = []
    for done, worker_id in enumerate(ids, start=1):
        try:
            enrolment = _enrol_one(session, course, worker_id, on, actor, taken)
            taken += 1
            outcomes.append(EnrolmentOutcome(worker_id, enrolment))
        except ServiceError as refused:
            outcomes.append(EnrolmentOutcome(worker_id, None, reason(refused)))
        if progress is not None:
            progress(done, len(ids))
    return outcomes


def _enrol_one(
    session: Session, course: Course, worker_id: uuid.UUID, on: date, actor: Actor, taken: int
) -> Enrolment:
    worker = active_worker(session, worker_id, actor)
    name = worker_name(worker)
    if course.mission_id not in (HQ, worker.mission_id):
        raise PermissionDenied(
            msg(COURSE_OTHER_MISSION, mission=course.mission_id, name=name, own=worker.mission_id)
        )
    existing = session.exec(
        select(Enrolment).where(Enrolment.worker_id == worker.id, Enrolment.course_id == course.id)
    ).first()
    if existing is not None and existing.archived_at is None:
        if existing.status in OPEN:
            raise ValidationFailed({"worker_id": msg(ALREADY_ENROLLED, name=name)})
        if existing.status == EnrolmentStatus.COMPLETED:
            raise ValidationFailed({"worker_id": msg(ALREADY_COMPLETED, name=name)})
    if taken >= course.capacity:
        raise ValidationFailed(
            {"course_id": msg(COURSE_FULL, capacity=course.capacity, enrolled=taken)}
        )
    if existing is not None:  # withdrawn (or archived) before: enrolled again
        values: dict[str, Any] = {
            "status": EnrolmentStatus.ENROLLED,
            "enrolled_on": on,
            "completion_date": None,
            "result": None,
            "certificate_number": "",
            "archived_at": None,
        }
        update_row(session, entity=ENROLMENT, row=existing, values=values, actor=actor)
        session.flush()
        return existing
    enrolment = Enrolment(
        worker_id=worker.id, course_id=course.id, mission_id=worker.mission_id, enrolled_on=on
    )
    insert_row(session, entity=ENROLMENT, row=enrolment, actor=actor)
    session.flush()
    return enrolment


# --- attendance, completion, withdrawal -------------------------------------------------


def record_attendance(
    session: Session,
    *,
    enrolment_id: uuid.UUID,
    session_date: date,
    actor: Actor,
    present: bool = True,
    hours: Decimal = Decimal("0"),
) -> Attendance:
    """Add one attended (or missed) session; attendance rows are never edited.

    The first session attended moves the enrolment from enrolled to attending.
    """
    enrolment = _open_enrolment(session, enrolment_id, actor)
    if hours < 0:
        raise ValidationFailed({"hours": msg(NEGATIVE)})
    row = Attendance(
        enrolment_id=enrolment.id,
        mission_id=enrolment.mission_id,
        session_date=session_date,
        present=present,
        hours=hours,
    )
    insert_row(session, entity=ATTENDANCE, row=row, actor=actor)
    if present and enrolment.status == EnrolmentStatus.ENROLLED:
        values = {"status": EnrolmentStatus.ATTENDING}
        update_row(session, entity=ENROLMENT, row=enrolment, values=values, actor=actor)
    session.flush()
    return row


def complete_enrolment(
    session: Session,
    *,
    enrolment_id: uuid.UUID,
    result: CourseResult,
    on: date,
    actor: Actor,
    score: Decimal | None = None,
    certificate_number: str | None = None,
) -> Enrolment:
    """Close an enrolment with its result; a certificate number is given (generated
    unless one is typed) for passed and attendance-only results."""
    enrolment = _open_enrolment(session, enrolment_id, actor)
    if enrolment.enrolled_on is not None and on < enrolment.enrolled_on:
        raise ValidationFailed(
            {"completion_date": msg(COMPLETED_BEFORE_ENROLMENT, enrolled_on=enrolment.enrolled_on)}
        )
    number = ""
    if result in CERTIFIED:
        number = (certificate_number or "").strip().upper()
        if number:
            _check_certificate_free(session, enrolment.mission_id, number)
        else:
            number = next_certificate_number(
                session, mission=enrolment.mission_id, year=on.year, device_tag=actor.device_tag
            )
    elif certificate_number:
        raise ValidationFailed({"certificate_number": msg(NO_CERTIFICATE)})
    values: dict[str, Any] = {
        "status": EnrolmentStatus.COMPLETED,
        "result": result,
        "completion_date": on,
        "certificate_number": number,
        "score": score,
    }
    update_row(session, entity=ENROLMENT, row=enrolment, values=values, actor=actor)
    session.flush()
    return enrolment


def withdraw(session: Session, *, enrolment_id: uuid.UUID, actor: Actor) -> Enrolment:
    """The worker leaves the course; their place is freed (completed ones cannot)."""
    enrolment = _open_enrolment(session, enrolment_id, actor)
    values = {"status": EnrolmentStatus.WITHDRAWN}
    update_row(session, entity=ENROLMENT, row=enrolment, values=values, actor=actor)
    session.flush()
    return enrolment


def _open_enrolment(session: Session, enrolment_id: uuid.UUID, actor: Actor) -> Enrolment:
    enrolment = writable(session, Enrolment, enrolment_id, actor)
    if enrolment.status not in OPEN or enrolment.archived_at is not None:
        raise PermissionDenied(state_msg(ENROLMENT_CLOSED, state=enrolment.status))
    active_worker(session, enrolment.worker_id, actor)
    return enrolment


def next_certificate_number(session: Session, *, mission: str, year: int, device_tag: str) -> str:
    """The next certificate number of this device, e.g. `MX-2026-7K3-0042`.

    Mission and year, then the device tag and a counter kept per device (like case
    codes): two laptops working offline can never hand out the same number.
    """
    key = f"certificate_counter:{mission}:{year}:{device_tag}"
    counter = int(get_meta(session, key) or "0")
    while True:
        counter += 1
        number = f"{mission}-{year}-{device_tag}-{counter:04d}"
        if not _certificate_used(session, mission, number):
            break
    set_meta(session, key, str(counter))
    return number


def _certificate_used(session: Session, mission: str, number: str) -> bool:
    stmt = select(Enrolment.id).where(
        Enrolment.mission_id == mission, Enrolment.certificate_number == number
    )
    return session.exec(stmt).first() is not None


def _check_certificate_free(session: Session, mission: str, number: str) -> None:
    if _certificate_used(session, mission, number):
        raise ValidationFailed({"certificate_number": msg(CERTIFICATE_TAKEN, number=number)})


# --- reads ------------------------------------------------------------------------------


def participants(session: Session, *, course_id: uuid.UUID, actor: Actor) -> list[ParticipantRow]:
    """A course's participants the actor may see (an HQ course shows each mission only its
    own workers; analysts see all), sorted by name."""
    course = _visible_course(session, course_id, actor)
    present = (
        select(
            Attendance.enrolment_id,
            func.count().label("n"),
            func.coalesce(func.sum(Attendance.hours), 0).label("h"),
        )
        .where(col(Attendance.present).is_(True), col(Attendance.archived_at).is_(None))
        .group_by(col(Attendance.enrolment_id))
        .subquery()
    )
    stmt = (
        select(Enrolment, Worker, present.c.n, present.c.h)
        .join(Worker, col(Worker.id) == Enrolment.worker_id)
        .outerjoin(present, present.c.enrolment_id == Enrolment.id)
        .where(Enrolment.course_id == course.id, col(Enrolment.archived_at).is_(None))
        .order_by(col(Worker.sort_name))
    )
    rows: list[ParticipantRow] = []
    for enrolment, worker, n, hours in session.exec(stmt):
        if not actor.may_read(enrolment.mission_id):
            continue
        rows.append(
            ParticipantRow(
                enrolment_id=enrolment.id,
                worker_id=worker.id,
                case_code=worker.case_code,
                full_name=worker_name(worker),
                mission_id=enrolment.mission_id,
                status=enrolment.status,
                enrolled_on=enrolment.enrolled_on,
                sessions_present=int(n or 0),
                hours_present=Decimal(str(hours or 0)),
                result=enrolment.result,
                completion_date=enrolment.completion_date,
                certificate_number=enrolment.certificate_number,
            )
        )
    return rows


def enrolments_of_worker(
    session: Session, *, worker_id: uuid.UUID, actor: Actor
) -> list[WorkerEnrolmentRow]:
    """A worker's enrolments with their courses, most recent course first."""
    visible(session, Worker, worker_id, actor)
    return enrolment_rows(session, worker_id)


def enrolment_rows(session: Session, worker_id: uuid.UUID) -> list[WorkerEnrolmentRow]:
    stmt = (
        select(Enrolment, Course)
        .join(Course, col(Course.id) == Enrolment.course_id)
        .where(Enrolment.worker_id == worker_id, col(Enrolment.archived_at).is_(None))
        .order_by(col(Course.start_date).desc().nulls_last(), col(Course.title))
    )
    return [
        WorkerEnrolmentRow(
            enrolment=e,
            course_code=c.code,
            course_title=c.title,
            course_mission_id=c.mission_id,
            course_start=c.start_date,
            course_end=c.end_date,
        )
        for e, c in session.exec(stmt)
    ]


def attendance_of(session: Session, *, enrolment_id: uuid.UUID, actor: Actor) -> list[Attendance]:
    """The sessions recorded for one enrolment, in date order."""
    enrolment = visible(session, Enrolment, enrolment_id, actor)
    stmt = (
        select(Attendance)
        .where(Attendance.enrolment_id == enrolment.id, col(Attendance.archived_at).is_(None))
        .order_by(col(Attendance.session_date), col(Attendance.created_at))
    )
    return list(session.exec(stmt))
