"""What the UI holds: the store and the use cases bound to the signed-in actor (no SQL here)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.models import (
    Attendance,
    CaseNote,
    CaseNoteCreate,
    CommunityProject,
    CommunityProjectCreate,
    Course,
    CourseCreate,
    Enrolment,
    Milestone,
    Placement,
    PlacementCreate,
    ProjectParticipant,
    ReintegrationPlan,
    ReintegrationPlanCreate,
    Remittance,
    RemittanceCreate,
    WorkerCreate,
    WorkerRead,
)
from app.models.enums import FIELD_MISSIONS, CourseResult, ProjectStatus, Role
from app.services import (
    audit,
    duplicates,
    followups,
    history,
    lists,
    notes,
    placements,
    plans,
    profile,
    projects,
    remittances,
    training,
    worker_file,
    workers,
)
from app.services.context import Actor
from app.services.db import Database
from app.services.intake import IntakeService
from app.services.workers import PageCursor, WorkerPage, WorkerQuery
from app.store.migrate import prepare_store

if TYPE_CHECKING:
    from app.services.documents import DocumentService

Clock = Callable[[], date]


@dataclass(frozen=True)
class HistoryRow:
    """One changed field of a record, as the history tab shows it."""

    field: str
    old_value: str | None
    new_value: str | None
    actor: str
    device_tag: str
    at: datetime
    remote: bool


class ProfileService:
    """The officer and device tag of this store (first run, before sign-in exists)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def current(self) -> profile.DeviceProfile:
        with self._db.read() as session:
            return profile.read_profile(session)

    def save(self, *, officer_name: str, mission: str) -> profile.DeviceProfile:
        with self._db.write() as session:
            return profile.save_profile(session, officer_name=officer_name, mission=mission)


class WorkerService:
    """Worker use cases for the UI; each call is one transaction."""

    def __init__(self, db: Database, actor: Callable[[], Actor], today: Clock = date.today):
        self._db = db
        self._actor = actor
        self._today = today

    def create(self, data: WorkerCreate | Mapping[str, Any]) -> WorkerRead:
        with self._db.write() as s:
            return workers.create_worker(s, data=data, actor=self._actor(), today=self._today())

    def update(
        self,
        worker_id: uuid.UUID,
        changes: Mapping[str, Any],
        *,
        expected_updated_at: datetime | None = None,
    ) -> WorkerRead:
        with self._db.write() as s:
            return workers.update_worker(
                s,
                worker_id=worker_id,
                changes=changes,
                actor=self._actor(),
                today=self._today(),
                expected_updated_at=expected_updated_at,
            )

    def archive(self, worker_id: uuid.UUID) -> WorkerRead:
        with self._db.write() as s:
            return workers.archive_worker(s, worker_id=worker_id, actor=self._actor())

    def restore(self, worker_id: uuid.UUID) -> WorkerRead:
        with self._db.write() as s:
            return workers.restore_worker(s, worker_id=worker_id, actor=self._actor())

    def get(self, worker_id: uuid.UUID) -> WorkerRead:
        with self._db.read() as s:
            return workers.get_worker(s, worker_id=worker_id, actor=self._actor())

    def page(
        self, query: WorkerQuery, *, after: PageCursor | None = None, limit: int = 200
    ) -> WorkerPage:
        with self._db.read() as s:
            return workers.list_workers(
                s, query=query, actor=self._actor(), after=after, limit=limit
            )

    def count(self, *, include_archived: bool = False) -> int:
        with self._db.read() as s:
            return workers.count_workers(s, actor=self._actor(), include_archived=include_archived)

    def history(self, worker_id: uuid.UUID) -> list[HistoryRow]:
        with self._db.read() as s:
            workers.get_worker(s, worker_id=worker_id, actor=self._actor())  # scope check
            return [
                HistoryRow(e.field, e.old_value, e.new_value, e.actor, e.device_tag, e.at, e.remote)
                for e in history.entries_for(s, worker_id)
            ]


class Workspace:
    """The open store and its services; built once by app/bootstrap.py."""

    def __init__(self, db: Database, *, demo: bool = False, today: Clock = date.today) -> None:
        self.db = db
        self.demo = demo
        self.profile = ProfileService(db)
        self._actor_cache: Actor | None = None
        self.workers = WorkerService(db, self.actor, today)
        self.placements = PlacementService(db, self.actor, today)
        self.training = TrainingService(db, self.actor, today)
        self.plans = PlanService(db, self.actor, today)
        self.remittances = RemittanceService(db, self.actor, today)
        self.projects = ProjectService(db, self.actor, today)
        self.notes = NoteService(db, self.actor, today)
        self.followups = FollowUpService(db, self.actor, today)
        self.duplicates = DuplicateService(db, self.actor, today)
        self.worker_file = WorkerFileService(db, self.actor, today)
        self.intake = IntakeService(db, self.actor, today)
        self._today = today

    def actor(self) -> Actor:
        """The person acting now (from the device profile until sign-in exists)."""
        if self._actor_cache is None:
            p = self.profile.current()
            if self.demo:
                missions = tuple(m.value for m in FIELD_MISSIONS)
                self._actor_cache = Actor(
                    "demo",
                    p.officer_name or "Demo",
                    Role.SUPERVISOR,
                    missions,
                    p.device_tag or "DMO",
                )
            else:
                self._actor_cache = Actor(
                    p.officer_username or "officer",
                    p.officer_name,
                    Role.FIELD_OFFICER,
                    (p.mission,) if p.mission else (),
                    p.device_tag,
                )
        return self._actor_cache

    @cached_property
    def documents(self) -> DocumentService:
        """Printed documents and exports (reportlab and friends load on first use)."""
        from app.services.documents import DocumentService

        return DocumentService(self.db, self.actor, audit=self._audit_document, today=self._today)

    def _audit_document(self, action: str, what: str, details: Mapping[str, str]) -> None:
        """A print or an export, in the local audit: kind, record and detail names only."""
        record = details.get("record") or None
        with self.db.write() as session:
            audit.record_event(
                session,
                actor=self.actor(),
                event=action,
                entity=what,
                record_id=record,
                fields=sorted(name for name in details if name != "record"),
            )

    def set_actor(self, actor: Actor) -> None:
        """From now on `actor` acts (the person who signed in, or the one remembered)."""
        self._actor_cache = actor

    def set_profile(self, *, officer_name: str, mission: str) -> profile.DeviceProfile:
        result = self.profile.save(officer_name=officer_name, mission=mission)
        self._actor_cache = None
        return result

    def close(self) -> None:
        self.db.dispose()


def open_workspace(path: Path, *, demo: bool = False, key: bytes | None = None) -> Workspace:
    """Open (migrating if needed) the store file at `path` and build its services."""
    engine = prepare_store(path, key=key)
    db = Database(engine)
    with db.write() as session:
        profile.ensure_device_tag(session)
    return Workspace(db, demo=demo)


# --- field workflows (issue 3): placements, training, plans, remittances, projects,
# notes, follow-ups, duplicate check, worker file. Each call is one transaction.


class _Bound:
    """A facade's store, actor and clock."""

    def __init__(self, db: Database, actor: Callable[[], Actor], today: Clock = date.today):
        self._db = db
        self._actor = actor
        self._today = today


class PlacementService(_Bound):
    """Placements abroad and the stage changes of the migration journey."""

    def add(self, data: PlacementCreate | Mapping[str, Any]) -> Placement:
        with self._db.write() as s:
            return placements.add_placement(s, data=data, actor=self._actor())

    def update(self, placement_id: uuid.UUID, changes: Mapping[str, Any]) -> Placement:
        with self._db.write() as s:
            return placements.update_placement(
                s, placement_id=placement_id, changes=changes, actor=self._actor()
            )

    def depart(self, worker_id: uuid.UUID, placement_id: uuid.UUID, on: date) -> Placement:
        with self._db.write() as s:
            return placements.depart(
                s, worker_id=worker_id, placement_id=placement_id, on=on, actor=self._actor()
            )

    def return_home(self, worker_id: uuid.UUID, on: date) -> Placement | None:
        with self._db.write() as s:
            return placements.return_home(s, worker_id=worker_id, on=on, actor=self._actor())

    def cancel_departure(
        self, worker_id: uuid.UUID, *, keep_placement: bool = False
    ) -> Placement | None:
        with self._db.write() as s:
            return placements.cancel_departure(
                s, worker_id=worker_id, actor=self._actor(), keep_placement=keep_placement
            )

    def cancel(self, placement_id: uuid.UUID) -> Placement:
        with self._db.write() as s:
            return placements.cancel_placement(s, placement_id=placement_id, actor=self._actor())

    def of_worker(self, worker_id: uuid.UUID) -> list[Placement]:
        with self._db.read() as s:
            return placements.placements_of_worker(s, worker_id=worker_id, actor=self._actor())


class TrainingService(_Bound):
    """The course catalogue, enrolments, attendance and certificates."""

    def create_course(self, data: CourseCreate | Mapping[str, Any]) -> Course:
        with self._db.write() as s:
            return training.create_course(s, data=data, actor=self._actor())

    def update_course(self, course_id: uuid.UUID, changes: Mapping[str, Any]) -> Course:
        with self._db.write() as s:
            return training.update_course(
                s, course_id=course_id, changes=changes, actor=self._actor()
            )

    def course(self, course_id: uuid.UUID) -> Course:
        with self._db.read() as s:
            return training.get_course(s, course_id=course_id, actor=self._actor())

    def courses(
        self, query: lists.CourseQuery, *, after: PageCursor | None = None, limit: int = 200
    ) -> lists.Page[lists.CourseRow]:
        with self._db.read() as s:
            return lists.list_courses(s, query=query, actor=self._actor(), after=after, limit=limit)

    def enrol(
        self, course_id: uuid.UUID, worker_id: uuid.UUID, *, on: date | None = None
    ) -> Enrolment:
        with self._db.write() as s:
            return training.enrol(
                s,
                course_id=course_id,
                worker_id=worker_id,
                on=on or self._today(),
                actor=self._actor(),
            )

    def enrol_many(
        self,
        course_id: uuid.UUID,
        worker_ids: Iterable[uuid.UUID],
        *,
        on: date | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[training.EnrolmentOutcome]:
        with self._db.write() as s:
            return training.enrol_many(
                s,
                course_id=course_id,
                worker_ids=worker_ids,
                on=on or self._today(),
                actor=self._actor(),
                progress=progress,
            )

    def record_attendance(
        self,
        enrolment_id: uuid.UUID,
        session_date: date,
        *,
        present: bool = True,
        hours: Decimal = Decimal("0"),
    ) -> Attendance:
        with self._db.write() as s:
            return training.record_attendance(
                s,
                enrolment_id=enrolment_id,
                session_date=session_date,
                present=present,
                hours=hours,
                actor=self._actor(),
            )

    def complete(
        self,
        enrolment_id: uuid.UUID,
        result: CourseResult,
        *,
        on: date | None = None,
        score: Decimal | None = None,
        certificate_number: str | None = None,
    ) -> Enrolment:
        with self._db.write() as s:
            return training.complete_enrolment(
                s,
                enrolment_id=enrolment_id,
                result=result,
                on=on or self._today(),
                actor=self._actor(),
                score=score,
                certificate_number=certificate_number,
            )

    def withdraw(self, enrolment_id: uuid.UUID) -> Enrolment:
        with self._db.write() as s:
            return training.withdraw(s, enrolment_id=enrolment_id, actor=self._actor())

    def participants(self, course_id: uuid.UUID) -> list[training.ParticipantRow]:
        with self._db.read() as s:
            return training.participants(s, course_id=course_id, actor=self._actor())

    def of_worker(self, worker_id: uuid.UUID) -> list[training.WorkerEnrolmentRow]:
        with self._db.read() as s:
            return training.enrolments_of_worker(s, worker_id=worker_id, actor=self._actor())

    def attendance(self, enrolment_id: uuid.UUID) -> list[Attendance]:
        with self._db.read() as s:
            return training.attendance_of(s, enrolment_id=enrolment_id, actor=self._actor())


class PlanService(_Bound):
    """Reintegration plans, their workflow and milestones."""

    def create(self, data: ReintegrationPlanCreate | Mapping[str, Any]) -> ReintegrationPlan:
        with self._db.write() as s:
            return plans.create_plan(s, data=data, actor=self._actor())

    def update(self, plan_id: uuid.UUID, changes: Mapping[str, Any]) -> ReintegrationPlan:
        with self._db.write() as s:
            return plans.update_plan(s, plan_id=plan_id, changes=changes, actor=self._actor())

    def _step(
        self, step: Callable[..., ReintegrationPlan], plan_id: uuid.UUID
    ) -> ReintegrationPlan:
        with self._db.write() as s:
            return step(s, plan_id=plan_id, actor=self._actor())

    def submit(self, plan_id: uuid.UUID) -> ReintegrationPlan:
        return self._step(plans.submit_plan, plan_id)

    def return_to_draft(self, plan_id: uuid.UUID) -> ReintegrationPlan:
        return self._step(plans.return_to_draft, plan_id)

    def approve(self, plan_id: uuid.UUID) -> ReintegrationPlan:
        return self._step(plans.approve_plan, plan_id)

    def start(self, plan_id: uuid.UUID) -> ReintegrationPlan:
        return self._step(plans.start_plan, plan_id)

    def complete(self, plan_id: uuid.UUID) -> ReintegrationPlan:
        return self._step(plans.complete_plan, plan_id)

    def abandon(self, plan_id: uuid.UUID) -> ReintegrationPlan:
        return self._step(plans.abandon_plan, plan_id)

    def history(self, plan_id: uuid.UUID) -> list[HistoryRow]:
        """Who changed which field of the plan, and when (newest first)."""
        with self._db.read() as s:
            plans.get_plan(s, plan_id=plan_id, actor=self._actor())  # scope check
            return [
                HistoryRow(e.field, e.old_value, e.new_value, e.actor, e.device_tag, e.at, e.remote)
                for e in history.entries_for(s, plan_id)
            ]

    def add_milestone(
        self, plan_id: uuid.UUID, title: str, due_date: date | None = None
    ) -> Milestone:
        with self._db.write() as s:
            return plans.add_milestone(
                s, plan_id=plan_id, title=title, due_date=due_date, actor=self._actor()
            )

    def complete_milestone(self, milestone_id: uuid.UUID, on: date | None = None) -> Milestone:
        with self._db.write() as s:
            return plans.complete_milestone(
                s, milestone_id=milestone_id, on=on or self._today(), actor=self._actor()
            )

    def get(self, plan_id: uuid.UUID) -> plans.PlanDetail:
        with self._db.read() as s:
            return plans.get_plan(s, plan_id=plan_id, actor=self._actor())

    def of_worker(self, worker_id: uuid.UUID) -> list[plans.PlanDetail]:
        with self._db.read() as s:
            return plans.plans_of_worker(s, worker_id=worker_id, actor=self._actor())

    def page(
        self, query: lists.PlanQuery, *, after: PageCursor | None = None, limit: int = 200
    ) -> lists.Page[lists.PlanRow]:
        with self._db.read() as s:
            return lists.list_plans(s, query=query, actor=self._actor(), after=after, limit=limit)


class RemittanceService(_Bound):
    """Remittances per worker and month."""

    def add(self, data: RemittanceCreate | Mapping[str, Any]) -> Remittance:
        with self._db.write() as s:
            return remittances.add_remittance(s, data=data, actor=self._actor())

    def archive(self, remittance_id: uuid.UUID) -> Remittance:
        with self._db.write() as s:
            return remittances.archive_remittance(
                s, remittance_id=remittance_id, actor=self._actor()
            )

    def of_worker(self, worker_id: uuid.UUID) -> list[Remittance]:
        with self._db.read() as s:
            return remittances.remittances_of_worker(s, worker_id=worker_id, actor=self._actor())


class ProjectService(_Bound):
    """Community projects, their participants and progress."""

    def create(self, data: CommunityProjectCreate | Mapping[str, Any]) -> CommunityProject:
        with self._db.write() as s:
            return projects.create_project(s, data=data, actor=self._actor())

    def update(self, project_id: uuid.UUID, changes: Mapping[str, Any]) -> CommunityProject:
        with self._db.write() as s:
            return projects.update_project(
                s, project_id=project_id, changes=changes, actor=self._actor()
            )

    def set_status(self, project_id: uuid.UUID, status: ProjectStatus) -> CommunityProject:
        with self._db.write() as s:
            return projects.set_project_status(
                s, project_id=project_id, status=status, actor=self._actor()
            )

    def add_participant(self, project_id: uuid.UUID, worker_id: uuid.UUID) -> ProjectParticipant:
        with self._db.write() as s:
            return projects.add_participant(
                s, project_id=project_id, worker_id=worker_id, actor=self._actor()
            )

    def remove_participant(self, project_id: uuid.UUID, worker_id: uuid.UUID) -> ProjectParticipant:
        with self._db.write() as s:
            return projects.remove_participant(
                s, project_id=project_id, worker_id=worker_id, actor=self._actor()
            )

    def get(self, project_id: uuid.UUID) -> CommunityProject:
        with self._db.read() as s:
            return projects.get_project(s, project_id=project_id, actor=self._actor())

    def progress(self, project_id: uuid.UUID) -> projects.ProjectProgress:
        with self._db.read() as s:
            return projects.project_progress(s, project_id=project_id, actor=self._actor())

    def participants(self, project_id: uuid.UUID) -> list[projects.ParticipantLine]:
        with self._db.read() as s:
            return projects.project_participants(s, project_id=project_id, actor=self._actor())

    def page(
        self, query: lists.ProjectQuery, *, after: PageCursor | None = None, limit: int = 200
    ) -> lists.Page[lists.ProjectRow]:
        with self._db.read() as s:
            return lists.list_projects(
                s, query=query, actor=self._actor(), after=after, limit=limit
            )


class NoteService(_Bound):
    """Case notes (append-only revisions) and their follow-ups."""

    def add(self, data: CaseNoteCreate | Mapping[str, Any]) -> CaseNote:
        with self._db.write() as s:
            return notes.add_note(s, data=data, actor=self._actor())

    def revise(self, note_id: uuid.UUID, text: str, **fields: Any) -> CaseNote:
        """A new revision; `fields` may give kind, stage and follow_up_date."""
        with self._db.write() as s:
            return notes.revise_note(s, note_id=note_id, text=text, actor=self._actor(), **fields)

    def mark_done(self, note_id: uuid.UUID, on: date | None = None) -> CaseNote:
        with self._db.write() as s:
            return notes.mark_follow_up_done(
                s, note_id=note_id, on=on or self._today(), actor=self._actor()
            )

    def of_worker(
        self, worker_id: uuid.UUID, *, include_superseded: bool = False
    ) -> list[CaseNote]:
        with self._db.read() as s:
            return notes.notes_of_worker(
                s, worker_id=worker_id, actor=self._actor(), include_superseded=include_superseded
            )

    def revisions(self, note_id: uuid.UUID) -> list[CaseNote]:
        with self._db.read() as s:
            return notes.revisions(s, note_id=note_id, actor=self._actor())


class FollowUpService(_Bound):
    """The Follow-ups view and its paged list."""

    def view(
        self, where: followups.FollowUpFilter | None = None, *, limit: int = 100
    ) -> followups.FollowUpView:
        with self._db.read() as s:
            return followups.followups_view(
                s, actor=self._actor(), today=self._today(), where=where, limit=limit
            )

    def page(
        self, query: lists.FollowUpQuery, *, after: PageCursor | None = None, limit: int = 200
    ) -> lists.Page[followups.FollowUpRow]:
        with self._db.read() as s:
            return lists.list_followups(
                s, query=query, actor=self._actor(), after=after, limit=limit
            )


class DuplicateService(_Bound):
    """The intake duplicate check."""

    def check(
        self, probe: duplicates.PersonProbe, *, limit: int = duplicates.MAX_RESULTS
    ) -> list[duplicates.DuplicateMatch]:
        with self._db.read() as s:
            return duplicates.find_duplicates(s, probe=probe, actor=self._actor(), limit=limit)


class WorkerFileService(_Bound):
    """Everything the Worker file screen shows, in one read."""

    def open(self, worker_id: uuid.UUID) -> worker_file.WorkerFile:
        with self._db.read() as s:
            return worker_file.open_worker_file(s, worker_id=worker_id, actor=self._actor())
