"""What the UI holds: the store and the use cases bound to the signed-in actor (no SQL here)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.models import WorkerCreate, WorkerRead
from app.models.enums import FIELD_MISSIONS, Role
from app.services import history, profile, workers
from app.services.context import Actor
from app.services.db import Database
from app.services.workers import PageCursor, WorkerPage, WorkerQuery
from app.store.migrate import prepare_store

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
