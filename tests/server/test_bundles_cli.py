"""Admin CLI and sync bundles: users, devices, import twice changes nothing, export a mission."""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, func, select

from app.sync.bundle import PullBundle, PushBundle, read_bundle, write_bundle
from app.sync.protocol import Mutation
from server.cli import main
from server.models import Device, MutationLedger, RowMeta, ServerUser
from tests.server.helpers import Factory, new_worker, worker_changes

PASS = "usb stick passphrase"


@pytest.fixture
def cli(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run `puente-server` on this test's database, with `stdin` text."""
    monkeypatch.setenv("DATABASE_URL", db_url)

    def run(*args: str, stdin: str = "") -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        return main(list(args))

    return run


def _count(engine: Any, model: Any) -> int:
    with Session(engine) as session:
        return int(session.exec(select(func.count()).select_from(model)).one())


def test_users_missions_and_devices(
    cli: Any, capsys: pytest.CaptureFixture[str], login: Factory, engine_of: Any
) -> None:
    assert (
        cli(
            "create-mission",
            "GT",
            "--name",
            "IOM Guatemala",
            "--country",
            "GT",
            "--currency",
            "GTQ",
            "--time-zone",
            "America/Guatemala",
        )
        == 0
    )
    assert (
        cli(
            "create-user",
            "Officer.GT",
            "--role",
            "field_officer",
            "--missions",
            "GT",
            "--password-stdin",
            stdin="guatemala-pass\n",
        )
        == 0
    )
    assert (
        cli(
            "create-user",
            "x",
            "--role",
            "field_officer",
            "--missions",
            "ZZ",
            "--password-stdin",
            stdin="long enough\n",
        )
        == 2
    )
    assert "no mission ZZ" in capsys.readouterr().err
    with Session(engine_of) as session:
        user = session.exec(select(ServerUser).where(ServerUser.username == "officer.gt")).one()
        assert user.password_hash.startswith("$argon2id$") and user.missions == "GT"
    mx = login("officer.mx", tag="Q7Q")
    assert cli("list-devices") == 0
    assert "Q7Q" in capsys.readouterr().out
    assert cli("revoke-device", "Q7Q") == 0
    assert mx.client.get("/me", headers=mx.headers).status_code == 401
    assert cli("reset-password", "officer.hn", "--password-stdin", stdin="brand new pass\n") == 0
    r = mx.client.post("/auth/login", json={"username": "officer.hn", "password": "brand new pass"})
    assert r.status_code == 200


def test_import_bundle_twice_changes_nothing(
    cli: Any, capsys: pytest.CaptureFixture[str], login: Factory, engine_of: Any, tmp_path: Path
) -> None:
    mx = login("officer.mx", tag="USB")  # the laptop signed in once, when it was set up
    worker_id = uuid.uuid4()
    mutations = [
        Mutation(
            mutation_id=uuid.uuid4(),
            entity="worker",
            entity_id=worker_id,
            mission_id="MX",
            op="create",
            changes=worker_changes(),
        ),
        Mutation(
            mutation_id=uuid.uuid4(),
            entity="case_note",
            entity_id=uuid.uuid4(),
            mission_id="MX",
            op="create",
            changes={"worker_id": str(worker_id), "author": "officer.mx", "text": "Hola"},
        ),
        Mutation(
            mutation_id=uuid.uuid4(),
            entity="worker",
            entity_id=uuid.uuid4(),
            mission_id="HN",
            op="create",
            changes=worker_changes("HN"),
        ),
    ]
    bundle = PushBundle(
        username="officer.mx",
        device_id=uuid.UUID(mx.me["device_id"]),
        device_tag="USB",
        mutations=mutations,
    )
    path = tmp_path / "mx.puente"
    write_bundle(path, bundle, PASS)
    assert cli("import-bundle", str(path), "--passphrase-stdin", stdin=PASS + "\n") == 0
    out = capsys.readouterr().out
    assert json.loads(out.splitlines()[-1])["results"] == {"applied": 2, "rejected": 1}
    state = (_count(engine_of, MutationLedger), _count(engine_of, RowMeta))
    assert state == (2, 2)
    # the same file again, and the same mutations in a new file: nothing changes
    assert cli("import-bundle", str(path), "--passphrase-stdin", stdin=PASS + "\n") == 0
    assert "already imported" in capsys.readouterr().out
    again = bundle.model_copy(update={"bundle_id": uuid.uuid4()})
    path2 = tmp_path / "mx-again.puente"
    write_bundle(path2, again, PASS)
    assert cli("import-bundle", str(path2), "--passphrase-stdin", stdin=PASS + "\n") == 0
    out = capsys.readouterr().out
    assert json.loads(out.splitlines()[-1])["results"] == {"duplicate": 2, "rejected": 1}
    assert (_count(engine_of, MutationLedger), _count(engine_of, RowMeta)) == state
    # a wrong passphrase is a clear error, not a crash
    assert cli("import-bundle", str(path), "--passphrase-stdin", stdin="wrong one\n") == 2
    assert "passphrase" in capsys.readouterr().err
    with Session(engine_of) as session:
        assert session.get(Device, uuid.UUID(mx.me["device_id"])) is not None


def test_export_bundle_of_a_mission(cli: Any, login: Factory, tmp_path: Path) -> None:
    mx, hn = login("officer.mx"), login("officer.hn")
    mx_worker, _ = new_worker(mx)
    hn_worker, _ = new_worker(hn, "HN")
    out = tmp_path / "to-mx.puente"
    assert (
        cli(
            "export-bundle",
            "--mission",
            "MX",
            "-o",
            str(out),
            "--passphrase-stdin",
            stdin=PASS + "\n",
        )
        == 0
    )
    bundle = read_bundle(out, PASS)
    assert isinstance(bundle, PullBundle)
    ids = {
        row[0]
        for p in bundle.pages
        for b in p.entities.values()
        for row in ([r[b.columns.index("id")]] for r in b.rows)
    }
    assert str(mx_worker) in ids and str(hn_worker) not in ids
    assert len(bundle.results) == 1 and bundle.results[0].entity_id == mx_worker
    assert bundle.pages[-1].more is False


def test_demo_twice(cli: Any, capsys: pytest.CaptureFixture[str], engine_of: Any) -> None:
    assert cli("demo", "--workers", "3") == 0
    first = capsys.readouterr().out
    assert "officer.mx" in first and "applied" in first
    rows = _count(engine_of, RowMeta)
    assert rows > 20
    assert cli("demo", "--workers", "3") == 0
    assert "duplicate" in capsys.readouterr().out
    assert _count(engine_of, RowMeta) == rows
