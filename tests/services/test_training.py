"""Courses: catalogue rights, enrolment (one or many), capacity, attendance, certificates."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlmodel import select

from app.models import Attendance, Course, Enrolment, OutboxMutation
from app.models.enums import CourseKind, CourseResult, EnrolmentStatus, MutationOp
from app.services import training
from app.services.context import Actor, NotFound, PermissionDenied, ValidationFailed
from app.services.db import Database
from tests.services.conftest import MakeWorker

ON = date(2026, 11, 20)


def _course(db: Database, actor: Actor, **kw: Any) -> Course:
    data = {
        "mission_id": "MX",
        "code": "ori-01",
        "title": "Orientación previa a la salida",
        "kind": "pre_departure_orientation",
        "capacity": 3,
        "hours": "12",
        "start_date": date(2026, 12, 1),
        "end_date": date(2026, 12, 5),
        **kw,
    }
    with db.write() as s:
        return training.create_course(s, data=data, actor=actor)


def test_supervisor_creates_course_code_upper_and_unique(
    db: Database, mx_supervisor: Actor
) -> None:
    c = _course(db, mx_supervisor)
    assert c.code == "ORI-01" and c.mission_id == "MX"
    with pytest.raises(ValidationFailed) as err:
        _course(db, mx_supervisor, code="ORI-01", end_date=date(2026, 11, 1))
    assert set(err.value.errors) == {"code", "end_date"}


def test_course_rights_by_role(
    db: Database,
    mx_officer: Actor,
    mx_supervisor: Actor,
    hn_supervisor: Actor,
    hq_supervisor: Actor,
    analyst: Actor,
    admin: Actor,
) -> None:
    for actor in (mx_officer, hn_supervisor, analyst, admin):
        with pytest.raises(PermissionDenied):
            _course(db, actor)
    with pytest.raises(PermissionDenied):
        _course(db, mx_supervisor, mission_id="HQ", code="HQ-1")
    hq = _course(db, hq_supervisor, mission_id="HQ", code="HQ-1")
    mx = _course(db, mx_supervisor)
    with pytest.raises(PermissionDenied), db.write() as s:
        training.update_course(s, course_id=hq.id, changes={"title": "X"}, actor=mx_supervisor)
    with pytest.raises(NotFound), db.write() as s:
        training.update_course(s, course_id=mx.id, changes={"title": "X"}, actor=hn_supervisor)
    with db.write() as s:
        training.update_course(s, course_id=mx.id, changes={"title": "Nuevo"}, actor=mx_supervisor)
    with db.read() as s:  # HQ courses are visible to every mission
        assert training.get_course(s, course_id=hq.id, actor=mx_officer).code == "HQ-1"
        with pytest.raises(NotFound):
            training.get_course(s, course_id=mx.id, actor=hn_supervisor)


def test_enrol_capacity_and_duplicate_refused_with_clear_message(
    db: Database, make_worker: MakeWorker, mx_supervisor: Actor, mx_officer: Actor
) -> None:
    c = _course(db, mx_supervisor, capacity=2)
    a = make_worker(given_names="Ana", sex="female")
    b = make_worker(given_names="Berta", sex="female")
    extra = make_worker(given_names="Carla", sex="female")
    with db.write() as s:
        training.enrol(s, course_id=c.id, worker_id=a, on=ON, actor=mx_officer)
    with pytest.raises(ValidationFailed) as dup, db.write() as s:
        training.enrol(s, course_id=c.id, worker_id=a, on=ON, actor=mx_officer)
    assert "Ana Pérez Gómez is already enrolled" in str(
        dup.value.errors["worker_id"].text.format(**dup.value.errors["worker_id"].params)
    )
    with db.write() as s:
        training.enrol(s, course_id=c.id, worker_id=b, on=ON, actor=mx_officer)
    with pytest.raises(ValidationFailed) as full, db.write() as s:
        training.enrol(s, course_id=c.id, worker_id=extra, on=ON, actor=mx_officer)
    m = full.value.errors["course_id"]
    assert m.text.format(**m.params) == "The course is full: 2 places, 2 taken."


def test_capacity_cannot_drop_below_places_taken(
    db: Database, make_worker: MakeWorker, mx_supervisor: Actor
) -> None:
    c = _course(db, mx_supervisor, capacity=5)
    for name in ("Ana", "Bea"):
        with db.write() as s:
            training.enrol(
                s,
                course_id=c.id,
                worker_id=make_worker(given_names=name, sex="female"),
                on=ON,
                actor=mx_supervisor,
            )
    with pytest.raises(ValidationFailed) as err, db.write() as s:
        training.update_course(s, course_id=c.id, changes={"capacity": 1}, actor=mx_supervisor)
    assert "capacity" in err.value.errors


def test_bulk_enrolment_reports_each_worker_and_progress(
    db: Database, make_worker: MakeWorker, mx_supervisor: Actor, mx_officer: Actor
) -> None:
    c = _course(db, mx_supervisor, capacity=3)
    ids = [make_worker(given_names=n) for n in ("Luis", "Mario", "Nico", "Omar")]
    foreign = make_worker("HN")
    with db.write() as s:
        training.enrol(s, course_id=c.id, worker_id=ids[0], on=ON, actor=mx_officer)
    seen: list[tuple[int, int]] = []
    with db.write() as s:
        outcomes = training.enrol_many(
            s,
            course_id=c.id,
            worker_ids=[*ids, foreign],
            on=ON,
            actor=mx_officer,
            progress=lambda done, total: seen.append((done, total)),
        )
    assert seen[-1] == (5, 5) and len(seen) == 5
    assert [o.ok for o in outcomes] == [False, True, True, False, False]
    assert "already enrolled" in outcomes[0].refusal.text  # type: ignore[union-attr]
    assert "full" in outcomes[3].refusal.text  # type: ignore[union-attr]
    assert "does not exist" in outcomes[4].refusal.text  # type: ignore[union-attr]
    with db.read() as s:
        assert training.places_taken(s, c.id) == 3


def test_enrol_only_in_own_mission_or_hq_courses(
    db: Database,
    make_worker: MakeWorker,
    mx_supervisor: Actor,
    hn_supervisor: Actor,
    hq_supervisor: Actor,
    hn_officer: Actor,
) -> None:
    mx_course = _course(db, mx_supervisor)
    hq_course = _course(db, hq_supervisor, mission_id="HQ", code="HQ-ENG")
    hn_worker = make_worker("HN")
    with pytest.raises(NotFound), db.write() as s:
        training.enrol(s, course_id=mx_course.id, worker_id=hn_worker, on=ON, actor=hn_officer)
    with db.write() as s:
        e = training.enrol(s, course_id=hq_course.id, worker_id=hn_worker, on=ON, actor=hn_officer)
    assert e.mission_id == "HN"
    with pytest.raises(PermissionDenied), db.write() as s:  # HN worker into an MX course
        training.enrol(
            s,
            course_id=mx_course.id,
            worker_id=hn_worker,
            on=ON,
            actor=Actor("x", "X", hn_supervisor.role, ("MX", "HN"), "XXX"),
        )


def test_attendance_is_append_only_and_moves_to_attending(
    db: Database, make_worker: MakeWorker, mx_supervisor: Actor, mx_officer: Actor
) -> None:
    c = _course(db, mx_supervisor)
    with db.write() as s:
        e = training.enrol(s, course_id=c.id, worker_id=make_worker(), on=ON, actor=mx_officer)
    for day, present in ((1, True), (2, False), (3, True)):
        with db.write() as s:
            training.record_attendance(
                s,
                enrolment_id=e.id,
                session_date=date(2026, 12, day),
                present=present,
                hours=Decimal("4"),
                actor=mx_officer,
            )
    with db.read() as s:
        rows = training.attendance_of(s, enrolment_id=e.id, actor=mx_officer)
        assert [r.present for r in rows] == [True, False, True]
        enrolment = s.get(Enrolment, e.id)
        assert enrolment is not None and enrolment.status == EnrolmentStatus.ATTENDING
        ops = {
            m.op
            for m in s.exec(select(OutboxMutation).where(OutboxMutation.entity == "attendance"))
        }
        assert ops == {MutationOp.CREATE}
        (p,) = training.participants(s, course_id=c.id, actor=mx_officer)
        assert p.sessions_present == 2 and p.hours_present == Decimal("8")


def test_complete_with_generated_certificate_unique_per_mission(
    db: Database, make_worker: MakeWorker, mx_supervisor: Actor, mx_officer: Actor
) -> None:
    c = _course(db, mx_supervisor, capacity=5)
    numbers = []
    for name in ("Ana", "Bea"):
        with db.write() as s:
            e = training.enrol(
                s,
                course_id=c.id,
                worker_id=make_worker(given_names=name, sex="female"),
                on=ON,
                actor=mx_officer,
            )
        with db.write() as s:
            done = training.complete_enrolment(
                s,
                enrolment_id=e.id,
                result=CourseResult.PASSED,
                on=date(2026, 12, 5),
                actor=mx_officer,
                score=Decimal("87.5"),
            )
        assert done.status == EnrolmentStatus.COMPLETED
        numbers.append(done.certificate_number)
    assert numbers == ["MX-2026-M1X-0001", "MX-2026-M1X-0002"]
    assert all(re.fullmatch(r"MX-2026-[0-9A-Z]{3}-\d{4}", n) for n in numbers)
    # a typed number already used is refused; a failed course gets none
    with db.write() as s:
        e = training.enrol(s, course_id=c.id, worker_id=make_worker(), on=ON, actor=mx_officer)
    with pytest.raises(ValidationFailed), db.write() as s:
        training.complete_enrolment(
            s,
            enrolment_id=e.id,
            result=CourseResult.PASSED,
            on=date(2026, 12, 5),
            actor=mx_officer,
            certificate_number=numbers[0],
        )
    with db.write() as s:
        failed = training.complete_enrolment(
            s,
            enrolment_id=e.id,
            result=CourseResult.NOT_PASSED,
            on=date(2026, 12, 5),
            actor=mx_officer,
        )
    assert failed.certificate_number == ""
    with pytest.raises(PermissionDenied, match="completed"), db.write() as s:
        training.withdraw(s, enrolment_id=e.id, actor=mx_officer)


def test_withdraw_frees_the_place_and_re_enrol_reuses_the_row(
    db: Database, make_worker: MakeWorker, mx_supervisor: Actor, mx_officer: Actor
) -> None:
    c = _course(db, mx_supervisor, capacity=1)
    w = make_worker()
    with db.write() as s:
        e = training.enrol(s, course_id=c.id, worker_id=w, on=ON, actor=mx_officer)
    with db.write() as s:
        training.withdraw(s, enrolment_id=e.id, actor=mx_officer)
    with pytest.raises(PermissionDenied), db.write() as s:
        training.record_attendance(
            s, enrolment_id=e.id, session_date=date(2026, 12, 1), actor=mx_officer
        )
    with db.write() as s:
        again = training.enrol(
            s, course_id=c.id, worker_id=w, on=date(2026, 11, 24), actor=mx_officer
        )
    assert again.id == e.id and again.status == EnrolmentStatus.ENROLLED
    with db.read() as s:
        last = s.exec(
            select(OutboxMutation)
            .where(OutboxMutation.entity_id == e.id)
            .order_by(OutboxMutation.seq.desc())  # type: ignore[union-attr]
        ).first()
        assert last is not None and json.loads(last.changes)["status"] == "enrolled"


def test_participants_and_worker_enrolments_are_scoped(
    db: Database,
    make_worker: MakeWorker,
    hq_supervisor: Actor,
    mx_officer: Actor,
    hn_officer: Actor,
    analyst: Actor,
) -> None:
    hq = _course(db, hq_supervisor, mission_id="HQ", code="HQ-ENG", title="English at work")
    mx_w, hn_w = make_worker("MX"), make_worker("HN")
    with db.write() as s:
        training.enrol(s, course_id=hq.id, worker_id=mx_w, on=ON, actor=mx_officer)
    with db.write() as s:
        training.enrol(s, course_id=hq.id, worker_id=hn_w, on=ON, actor=hn_officer)
    with db.read() as s:
        assert [
            p.mission_id for p in training.participants(s, course_id=hq.id, actor=mx_officer)
        ] == ["MX"]
        assert len(training.participants(s, course_id=hq.id, actor=analyst)) == 2
        (row,) = training.enrolments_of_worker(s, worker_id=mx_w, actor=mx_officer)
        assert row.course_title == "English at work"
        with pytest.raises(NotFound):
            training.enrolments_of_worker(s, worker_id=mx_w, actor=hn_officer)


def test_read_only_roles_cannot_enrol(
    db: Database, make_worker: MakeWorker, mx_supervisor: Actor, analyst: Actor, admin: Actor
) -> None:
    c = _course(db, mx_supervisor)
    w = make_worker()
    for actor in (analyst, admin):
        with pytest.raises(PermissionDenied), db.write() as s:
            training.enrol(s, course_id=c.id, worker_id=w, on=ON, actor=actor)
    with db.read() as s:
        assert s.exec(select(Attendance)).first() is None


def test_course_list_filters_sorts_and_pages(
    db: Database,
    make_worker: MakeWorker,
    mx_supervisor: Actor,
    hn_supervisor: Actor,
    hq_supervisor: Actor,
    mx_officer: Actor,
    analyst: Actor,
) -> None:
    from app.services.lists import CourseQuery, CourseSort, list_courses

    for i in range(5):
        _course(
            db,
            mx_supervisor,
            code=f"MX-{i}",
            title=f"Curso {i}",
            start_date=date(2027, 1, 1 + i),
            end_date=None,
        )
    _course(db, mx_supervisor, code="MX-X", title="Sin fecha", start_date=None, end_date=None)
    _course(db, hn_supervisor, mission_id="HN", code="HN-1", kind="language")
    hq = _course(db, hq_supervisor, mission_id="HQ", code="HQ-1", kind="language")
    with db.write() as s:
        training.enrol(s, course_id=hq.id, worker_id=make_worker(), on=ON, actor=mx_officer)
    with db.read() as s:
        seen, cursor = [], None
        while True:
            page = list_courses(s, query=CourseQuery(), actor=mx_officer, after=cursor, limit=3)
            seen += [r.code for r in page.rows]
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        assert len(seen) == 7 and "HN-1" not in seen and seen[0] in ("MX-X", "HQ-1")
        assert seen.index("MX-0") < seen.index("MX-4")
        lang = list_courses(s, query=CourseQuery(kind=CourseKind.LANGUAGE), actor=mx_officer)
        assert [(r.code, r.taken) for r in lang.rows] == [("HQ-1", 1)]
        assert len(list_courses(s, query=CourseQuery(), actor=analyst).rows) == 8
        hn = list_courses(s, query=CourseQuery(mission="HN"), actor=mx_officer)
        assert hn.rows == []
        by_title = list_courses(
            s,
            query=CourseQuery(sort=CourseSort.TITLE, descending=True, text="curso"),
            actor=mx_officer,
        )
        assert [r.code for r in by_title.rows] == ["MX-4", "MX-3", "MX-2", "MX-1", "MX-0"]
        window = list_courses(
            s,
            query=CourseQuery(starts_from=date(2027, 1, 2), starts_until=date(2027, 1, 3)),
            actor=mx_officer,
        )
        assert [r.code for r in window.rows] == ["MX-1", "MX-2"]


def test_course_list_rows_carry_the_hours(
    db: Database, mx_supervisor: Actor, mx_officer: Actor
) -> None:
    from app.services.lists import CourseQuery, list_courses

    _course(db, mx_supervisor, code="H-12", hours="12.5")
    _course(db, mx_supervisor, code="H-00", hours="0")
    with db.read() as s:
        rows = list_courses(s, query=CourseQuery(), actor=mx_officer).rows
    assert {r.code: r.hours for r in rows} == {"H-12": Decimal("12.5"), "H-00": Decimal("0")}
