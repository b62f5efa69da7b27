"""Sync test fixtures: a real server process on loopback, client stores in tmp dirs."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import Engine, text
from sqlmodel import Session, select

from app.models import SYNCED_ENTITIES
from app.models.enums import Role
from app.services import workers
from app.services.context import Actor
from app.services.workspace import Workspace, open_workspace
from app.sync.client import SyncClient
from app.sync.engine import SyncEngine, SyncReport
from tests.server.conftest import pg_cluster  # noqa: F401 - the server's throwaway cluster

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 25)
PASSWORD = "correct horse battery"

SERVER_SCRIPT = """
import sys, uvicorn
from server.config import Settings
from server.main import create_app
url, port = sys.argv[1], int(sys.argv[2])
level = sys.argv[3] if len(sys.argv) > 3 else "warning"
uvicorn.run(create_app(Settings(database_url=url)), host="127.0.0.1", port=port,
            log_level=level, timeout_keep_alive=30)
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RunningServer:
    """A real `server` process with its own database, plus direct access to that database."""

    url: str
    database_url: str
    engine: Engine
    process: subprocess.Popen[bytes]
    port: int

    def add_user(
        self, username: str, *, role: Role = Role.FIELD_OFFICER, missions: tuple[str, ...] = ("MX",)
    ) -> str:
        from server.users import create_user

        with Session(self.engine) as session:
            create_user(
                session,
                username=username,
                password=PASSWORD,
                role=role,
                missions=list(missions),
                full_name=username.title(),
            )
            session.commit()
        return username

    def rows(self, entity: str) -> dict[uuid.UUID, dict[str, Any]]:
        """Every row of an entity on the server, as wire dicts."""
        return _rows(self.engine, entity)

    def sql(self, statement: str, **params: Any) -> list[Any]:
        """Run SQL on the server's database; the rows (empty for writes)."""
        with self.engine.begin() as conn:
            result = conn.execute(text(statement), params)
            return list(result) if result.returns_rows else []

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.engine.dispose()


def start_server(
    db_path: Path, *, database_url: str | None = None, log_path: Path | None = None
) -> RunningServer:
    """Migrate a fresh server database, then run the server on a free loopback port.

    With `log_path`, the server's output (uvicorn at level info) goes to that file.
    """
    from server.db import make_engine, migrate

    database_url = database_url or f"sqlite:///{db_path}"
    engine = make_engine(database_url)
    migrate(engine)
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    level = "info" if log_path else "warning"
    sink = open(log_path, "ab") if log_path else None  # noqa: SIM115 - the child keeps it
    process = subprocess.Popen(
        [sys.executable, "-c", SERVER_SCRIPT, database_url, str(port), level],
        cwd=ROOT,
        env=env,
        stdout=sink,
        stderr=sink,
    )
    if sink is not None:
        sink.close()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the server process ended at start-up")
        try:
            if requests.get(url + "/health", timeout=1).ok:
                break
        except requests.RequestException:
            time.sleep(0.1)
    else:
        process.kill()
        raise RuntimeError("the server did not answer /health in time")
    return RunningServer(url, database_url, engine, process, port)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RunningServer]:
    """A real server process on SQLite, and on PostgreSQL when its binaries are there."""
    url = None
    if request.param == "postgres":
        url = _new_pg_database(request.getfixturevalue("pg_cluster"))
    running = start_server(tmp_path / "server.sqlite", database_url=url)
    yield running
    running.stop()


def _new_pg_database(cluster: Any) -> str:
    from server.db import make_engine

    name = f"puente_sync_{uuid.uuid4().hex[:12]}"
    admin = make_engine(cluster.url("postgres")).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return str(cluster.url(name))


def _rows(engine: Engine, entity: str) -> dict[uuid.UUID, dict[str, Any]]:
    from server.sync import rows as server_rows

    model = SYNCED_ENTITIES[entity]
    with Session(engine) as session:
        return {r.id: server_rows.row_dict(r, entity) for r in session.exec(select(model)).all()}


@dataclass
class Device:
    """One laptop: its store, its signed-in client, its sync engine and its actor."""

    name: str
    workspace: Workspace
    client: SyncClient
    engine: SyncEngine
    actor: Actor
    reports: list[SyncReport] = field(default_factory=list)

    @property
    def db(self) -> Any:
        return self.workspace.db

    def sync(self, **kwargs: Any) -> SyncReport:
        report = self.engine.sync(**kwargs)
        self.reports.append(report)
        return report

    def create_worker(self, **overrides: Any) -> uuid.UUID:
        from tests.conftest import valid_worker

        fields = {"id_document_type": "other", "id_document_number": "", **overrides}
        data = valid_worker(mission_id=self.actor.home_mission, **fields)
        with self.db.write() as session:
            made = workers.create_worker(session, data=data, actor=self.actor, today=TODAY)
        return made.id

    def update_worker(self, worker_id: uuid.UUID, **changes: Any) -> None:
        with self.db.write() as session:
            workers.update_worker(
                session, worker_id=worker_id, changes=changes, actor=self.actor, today=TODAY
            )

    def archive_worker(self, worker_id: uuid.UUID) -> None:
        with self.db.write() as session:
            workers.archive_worker(session, worker_id=worker_id, actor=self.actor)

    def rows(self, entity: str) -> dict[uuid.UUID, dict[str, Any]]:
        from server.sync import rows as server_rows

        model = SYNCED_ENTITIES[entity]
        with self.db.read() as session:
            return {
                r.id: server_rows.row_dict(r, entity) for r in session.exec(select(model)).all()
            }

    def scalar(self, sql: str, *params: Any) -> Any:
        with self.db.read() as session:
            return session.connection().exec_driver_sql(sql, params).scalar()

    def close(self) -> None:
        self.client.close()
        self.workspace.close()


def sign_in_device(
    server_url: str, store: Path, username: str, *, base_url: str | None = None, **engine_kw: Any
) -> Device:
    """Open a store and sign in to the server as `username` (the actor comes from /me)."""
    from app.sync.credentials import actor_from_me

    workspace = open_workspace(store)
    client = SyncClient(base_url or server_url)
    answer = client.login(username, PASSWORD, device_id=uuid.uuid4(), device_name=store.stem)
    actor = actor_from_me(answer.me)
    from app.services import profile

    with workspace.db.write() as session:
        profile.set_meta(session, profile.DEVICE_TAG, actor.device_tag)
    engine = SyncEngine(workspace.db, client, **engine_kw)
    return Device(store.stem, workspace, client, engine, actor)


@pytest.fixture
def make_device(server: RunningServer, tmp_path: Path) -> Iterator[Callable[..., Device]]:
    made: list[Device] = []

    def make(username: str, name: str | None = None, **kwargs: Any) -> Device:
        store = tmp_path / f"{name or username}.sqlite"
        device = sign_in_device(server.url, store, username, **kwargs)
        made.append(device)
        return device

    yield make
    for device in made:
        device.close()


SKIP_COMPARE = frozenset()


def assert_same(server: RunningServer, *devices: Device, entities: tuple[str, ...] = ()) -> None:
    """Every device holds exactly the server's rows (all columns, versions included)."""
    for entity in entities or tuple(SYNCED_ENTITIES):
        theirs = server.rows(entity)
        for device in devices:
            mine = device.rows(entity)
            assert set(mine) == set(theirs), f"{device.name}: {entity} ids differ"
            for row_id, row in theirs.items():
                assert mine[row_id] == row, f"{device.name}: {entity} {row_id} differs"
