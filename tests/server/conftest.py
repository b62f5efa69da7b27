"""Server fixtures: a real database per test on SQLite and on a throwaway PostgreSQL 15."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session, SQLModel

from app.models.enums import Role
from server.auth import configure_hasher
from server.config import Settings
from server.db import SERVER_TABLE_NAMES, make_engine, migrate, seed
from server.main import create_app
from server.users import create_user
from tests.server.helpers import PASSWORD, Caller, free_port

# Cheap Argon2 parameters for test users (each hash records its own parameters, so the
# server verifies them as it would any other); production keeps argon2-cffi's defaults.
configure_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))

PG_BIN = Path(os.environ.get("PUENTE_PG_BIN", "/usr/lib/postgresql/15/bin"))
REQUIRE_PG = os.environ.get("PUENTE_REQUIRE_POSTGRES") == "1"


# username -> (role, missions); every test database starts with these users.
USERS: dict[str, tuple[Role, list[str]]] = {
    "officer.mx": (Role.FIELD_OFFICER, ["MX"]),
    "officer2.mx": (Role.FIELD_OFFICER, ["MX"]),
    "supervisor.mx": (Role.SUPERVISOR, ["MX"]),
    "officer.hn": (Role.FIELD_OFFICER, ["HN"]),
    "analyst.hq": (Role.HQ_ANALYST, []),
    "admin": (Role.ADMIN, []),
}


def _seed_users(url: str) -> None:
    engine = make_engine(url)
    migrate(engine)
    with Session(engine) as session:
        _add_users(session)
        session.commit()
    engine.dispose()


def _add_users(session: Session) -> None:
    for name, (role, missions) in USERS.items():
        create_user(session, username=name, password=PASSWORD, role=role, missions=missions)


# --- PostgreSQL: a throwaway cluster for the session ----------------------------------------


@dataclass
class PgCluster:
    """A running throwaway cluster and how to reach it."""

    port: int
    root: Path

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"


def _as_postgres(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _reap_stale_clusters() -> None:
    """Stop clusters left by test sessions that were killed before their teardown ran."""
    for root in Path(tempfile.gettempdir()).glob("puente-pg-*"):
        owner = root / "owner.pid"
        try:
            pid = int(owner.read_text())
        except (OSError, ValueError):
            continue  # no owner file: not ours to judge
        if not _pid_alive(pid):
            _stop_cluster(PgCluster(port=0, root=root))


def _start_cluster() -> PgCluster:
    _reap_stale_clusters()
    root = Path(tempfile.mkdtemp(prefix="puente-pg-"))
    (root / "owner.pid").write_text(str(os.getpid()))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    data = root / "data"
    subprocess.run(
        _as_postgres(
            [
                str(PG_BIN / "initdb"),
                "-D",
                str(data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync",
                "--locale=C",
            ]
        ),
        check=True,
        capture_output=True,
    )
    port = free_port()
    options = (
        f"-p {port} -c fsync=off -c synchronous_commit=off -c full_page_writes=off "
        f"-c listen_addresses=127.0.0.1 -k {root}"
    )
    subprocess.run(
        _as_postgres(
            [
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(root / "log"),
                "-w",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
    )
    return PgCluster(port=port, root=root)


def _stop_cluster(cluster: PgCluster) -> None:
    subprocess.run(
        _as_postgres(
            [str(PG_BIN / "pg_ctl"), "-D", str(cluster.root / "data"), "-m", "immediate", "stop"]
        ),
        capture_output=True,
    )
    shutil.rmtree(cluster.root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """A PostgreSQL 15 cluster started for this test session (skipped if not installed)."""
    if not (PG_BIN / "initdb").exists():
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL binaries missing at {PG_BIN} and PUENTE_REQUIRE_POSTGRES=1")
        pytest.skip(f"PostgreSQL binaries missing at {PG_BIN}")
    cluster = _start_cluster()
    try:
        yield cluster
    finally:
        _stop_cluster(cluster)


@pytest.fixture(scope="session")
def pg_database(pg_cluster: PgCluster) -> str:
    """One migrated database for the session; each test empties it and seeds it again."""
    admin = make_engine(pg_cluster.url("postgres")).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("CREATE DATABASE puente_test"))
    admin.dispose()
    url = pg_cluster.url("puente_test")
    migrate_engine = make_engine(url)
    migrate(migrate_engine)
    migrate_engine.dispose()
    return url


def _reset_pg(url: str) -> None:
    # DELETE children first is much faster than TRUNCATE or CREATE DATABASE ... TEMPLATE
    # on tables this small.
    engine = make_engine(url)
    order = [t for t in reversed(SQLModel.metadata.sorted_tables) if t.name in SERVER_TABLE_NAMES]
    with engine.begin() as conn:
        for table in order:
            conn.execute(table.delete())
    with Session(engine) as session:
        seed(session)
        _add_users(session)
        session.commit()
    engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file with the test users, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "server.sqlite"
    _seed_users(f"sqlite:///{path}")
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    """Each database-backed test runs on SQLite and on PostgreSQL."""
    return str(request.param)


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh server database for one test, already migrated, with the test users."""
    if backend == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "server.sqlite"
        shutil.copyfile(template, path)
        yield f"sqlite:///{path}"
        return
    url: str = request.getfixturevalue("pg_database")
    _reset_pg(url)
    yield url


@pytest.fixture
def settings(db_url: str) -> Settings:
    """Server settings on this test's database, with a small login throttle."""
    return Settings(database_url=db_url, login_max_failures=3, login_lock_s=30.0)


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    """The real app (migrations run at start-up) behind a TestClient."""
    app = create_app(settings)
    with TestClient(app) as test_client:
        yield test_client
    app.state.puente.engine.dispose()


@pytest.fixture
def engine_of(client: TestClient) -> Any:
    """The engine the app uses (for looking at stored rows)."""
    return client.app.state.puente.engine  # type: ignore[attr-defined]


@pytest.fixture
def login(client: TestClient) -> Callable[..., Caller]:
    """Sign a test user in (on a new device unless one is given)."""

    def _login(username: str, device_id: str | None = None, tag: str = "") -> Caller:
        body: dict[str, Any] = {
            "username": username,
            "password": PASSWORD,
            "device_name": f"{username} laptop",
            "device_tag": tag,
        }
        if device_id:
            body["device_id"] = device_id
        r = client.post("/auth/login", json=body)
        assert r.status_code == 200, r.text
        data = r.json()
        return Caller(client=client, token=data["token"], me=data["me"])

    return _login


ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def live_server(db_url: str, tmp_path: Path) -> Iterator[str]:
    """`python -m server.cli serve` on a free port; its base URL."""
    port = free_port()
    env = {**os.environ, "DATABASE_URL": db_url, "PYTHONPATH": str(ROOT)}
    log = open(tmp_path / "server.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail("server did not start:\n" + (tmp_path / "server.log").read_text())
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
