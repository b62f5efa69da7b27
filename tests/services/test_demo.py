"""Demo data: deterministic, valid by our own rules, consistent, realistic enough to show."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, select
from sqlmodel import Session, SQLModel

from app.models import SYNCED_ENTITIES, Placement, Worker
from app.models.enums import IdDocumentType, MigrationStage, PlacementStatus
from app.services.demo import DEMO_TODAY, TABLE_ORDER, DemoSummary, generate_demo
from app.services.validation import check_id_number, normalise_worker, validate_worker

WORKERS = 1500
SEED = 11


def _engine(path: Path) -> Engine:
    try:
        from app.store.migrate import prepare_store
    except ImportError:  # pragma: no cover - before the store lands
        engine = create_engine(f"sqlite:///{path}")
        SQLModel.metadata.create_all(engine)
        return engine
    return prepare_store(path)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, DemoSummary]]:
    engine = _engine(tmp_path_factory.mktemp("demo") / "demo.db")
    calls: list[tuple[int, int]] = []
    summary = generate_demo(
        engine, workers=WORKERS, seed=SEED, progress=lambda d, t: calls.append((d, t))
    )
    assert calls[-1] == (WORKERS, WORKERS)
    yield engine, summary
    engine.dispose()


def _workers(engine: Engine) -> list[Worker]:
    with Session(engine) as session:
        return list(session.exec(select(Worker)).scalars())  # type: ignore[call-overload]


def _digest(engine: Engine) -> str:
    """A hash of every row of every demo table, in primary-key order."""
    h = hashlib.sha256()
    with engine.connect() as conn:
        for table in TABLE_ORDER:
            for row in conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id"):
                h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def test_counts_are_reported_and_written(demo: tuple[Engine, DemoSummary]) -> None:
    engine, summary = demo
    assert summary.workers == WORKERS and summary.seed == SEED
    assert summary.rows["worker"] == WORKERS
    with engine.connect() as conn:
        for table, count in summary.rows.items():
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one() == count
    for table in (
        "placement",
        "enrolment",
        "case_note",
        "remittance",
        "reintegration_plan",
        "milestone",
        "attendance",
        "community_project",
        "project_participant",
    ):
        assert summary.rows[table] > 0, table


def test_same_seed_same_rows_other_seed_other_rows(tmp_path: Path) -> None:
    small = [_engine(tmp_path / f"{i}.db") for i in range(3)]
    for e, seed in zip(small, (5, 5, 6), strict=True):
        generate_demo(e, workers=300, seed=seed)
    digests = [_digest(e) for e in small]
    assert digests[0] == digests[1]
    assert digests[0] != digests[2]


def test_every_worker_passes_validation(demo: tuple[Engine, DemoSummary]) -> None:
    engine, _ = demo
    failures = {}
    for w in _workers(engine):
        found = validate_worker(w.model_dump(), today=DEMO_TODAY)
        if found:
            failures[w.case_code] = {k: m.render(lambda c, t: t) for k, m in found.items()}
    assert failures == {}


def test_id_numbers_are_well_formed_and_of_the_country(demo: tuple[Engine, DemoSummary]) -> None:
    engine, _ = demo
    kinds: dict[str, set[IdDocumentType]] = {}
    for w in _workers(engine):
        assert w.id_document_number
        assert check_id_number(w.id_document_type, w.id_document_number, w.model_dump()) is None
        kinds.setdefault(w.mission_id, set()).add(w.id_document_type)
    assert IdDocumentType.CURP in kinds["MX"]
    assert IdDocumentType.DUI in kinds["SV"]
    assert IdDocumentType.CEDULA_CO in kinds["CO"]
    assert IdDocumentType.CEDULA_EC in kinds["EC"]
    assert IdDocumentType.DNI_HN in kinds["HN"]


def test_missions_stages_and_case_codes(demo: tuple[Engine, DemoSummary]) -> None:
    workers = _workers(demo[0])
    assert {w.mission_id for w in workers} == {"MX", "SV", "CO", "EC", "HN"}
    assert {w.migration_stage for w in workers} == set(MigrationStage)
    codes = [w.case_code for w in workers]
    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch(r"(MX|SV|CO|EC|HN)-[0-9A-Z]{3}-\d{4,}", c) for c in codes)
    assert all(c.startswith(w.mission_id + "-") for c, w in zip(codes, workers, strict=True))


def test_names_look_latin_american(demo: tuple[Engine, DemoSummary]) -> None:
    workers = _workers(demo[0])
    accented = [
        w
        for w in workers
        if re.search(r"[áéíóúñÁÉÍÓÚÑ]", w.first_family_name + w.second_family_name + w.given_names)
    ]
    assert len(accented) > len(workers) / 3
    assert sum(" " in w.given_names for w in workers) > len(workers) / 4
    assert sum(bool(w.second_family_name) for w in workers) > len(workers) * 0.9
    assert any(w.first_family_name.startswith("De ") for w in workers)
    for w in workers[:200]:
        assert w.sort_name == w.sort_name.lower()
        assert not re.search(r"[áéíóúñ]", w.sort_name)
        assert w.sort_name.startswith(
            w.first_family_name.lower()[:1].translate(str.maketrans("áéíóúñ", "aeioun"))
        )


def test_addresses_are_real_subdivisions(demo: tuple[Engine, DemoSummary]) -> None:
    import pycountry

    for w in _workers(demo[0]):
        sub = pycountry.subdivisions.get(code=w.state)
        assert sub is not None and sub.country_code == w.mission_id, w.state
        assert w.municipality and w.community


def test_placements_fit_the_stage(demo: tuple[Engine, DemoSummary]) -> None:
    engine, _ = demo
    with Session(engine) as session:
        stage = {w.id: w.migration_stage for w in session.exec(select(Worker)).scalars()}  # type: ignore[call-overload]
        placements = list(session.exec(select(Placement)).scalars())  # type: ignore[call-overload]
    by_worker: dict[Any, list[Placement]] = {}
    for p in placements:
        by_worker.setdefault(p.worker_id, []).append(p)
        assert p.province.startswith("CA-") and re.fullmatch(r"\d{5}", p.noc_code)
        assert p.start_date and p.planned_end_date and p.start_date < p.planned_end_date
    for worker_id, s in stage.items():
        mine = by_worker.get(worker_id, [])
        if s == MigrationStage.ABROAD:
            assert [p.status for p in mine] == [PlacementStatus.ACTIVE]
            assert mine[0].start_date <= DEMO_TODAY < mine[0].planned_end_date  # type: ignore[operator]
        elif s == MigrationStage.RETURNED:
            assert len(mine) == 1
            assert mine[0].status in (PlacementStatus.COMPLETED, PlacementStatus.ENDED_EARLY)
            assert mine[0].actual_return_date and mine[0].actual_return_date < DEMO_TODAY
        else:
            assert all(p.status == PlacementStatus.PLANNED for p in mine)
            assert all(p.start_date > DEMO_TODAY for p in mine)  # type: ignore[operator]


def test_foreign_keys_hold_and_rows_read_back(demo: tuple[Engine, DemoSummary]) -> None:
    engine, _ = demo
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
    with Session(engine) as session:
        for name, model in SYNCED_ENTITIES.items():
            rows = list(session.exec(select(model).limit(50)).scalars())  # type: ignore[call-overload]
            assert rows, name
            for row in rows:
                assert row.version == 0 and row.updated_by == "demo" and row.archived_at is None
                assert row.created_at <= row.updated_at
                assert row.updated_at.date() <= DEMO_TODAY


def test_no_outbox_and_search_index_filled(demo: tuple[Engine, DemoSummary]) -> None:
    engine, _ = demo
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        if "outbox" in tables:
            assert conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar_one() == 0
        if "history" in tables:
            assert conn.exec_driver_sql("SELECT count(*) FROM history").scalar_one() == 0
        if "worker_fts" in tables:
            fts = conn.exec_driver_sql("SELECT count(*) FROM worker_fts").scalar_one()
            assert fts == WORKERS
            hit = conn.exec_driver_sql(
                "SELECT count(*) FROM worker_fts WHERE worker_fts MATCH '\"hernandez\"*'"
            ).scalar_one()
            assert hit > 0
            triggers = {
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                )
            }
            assert {"worker_fts_ai", "worker_fts_ad", "worker_fts_au"} <= triggers
        indexes = {
            r[0]
            for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        assert "ix_worker_sort_name" in indexes


def test_follow_ups_some_overdue_some_ahead(demo: tuple[Engine, DemoSummary]) -> None:
    with demo[0].connect() as conn:
        overdue = conn.exec_driver_sql(
            "SELECT count(*) FROM case_note WHERE follow_up_date < ? AND follow_up_done_on IS NULL",
            (DEMO_TODAY.isoformat(),),
        ).scalar_one()
        ahead = conn.exec_driver_sql(
            "SELECT count(*) FROM case_note WHERE follow_up_date >= ?", (DEMO_TODAY.isoformat(),)
        ).scalar_one()
    assert overdue > 0 and ahead > 0


def test_remittances_only_while_abroad_and_monthly(demo: tuple[Engine, DemoSummary]) -> None:
    with demo[0].connect() as conn:
        stages = set(
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT DISTINCT w.migration_stage FROM remittance r JOIN worker w "
                "ON w.id = r.worker_id"
            )
        )
        months = {r[0] for r in conn.exec_driver_sql("SELECT DISTINCT month FROM remittance")}
    assert stages == {"abroad"}
    assert all(m.endswith("-01") and date.fromisoformat(m) < DEMO_TODAY for m in months)


def test_indexes_kept_when_adding_a_few_to_a_bigger_store(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "d.db")
    generate_demo(engine, workers=40, seed=1)
    with engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
    with engine.begin() as conn:  # inside the caller's transaction
        generate_demo(conn, workers=20, seed=2)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM worker").scalar_one() == 60
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one() == before
    engine.dispose()


def test_rows_are_already_in_normalised_form(demo: tuple[Engine, DemoSummary]) -> None:
    for w in _workers(demo[0])[:500]:
        data = w.model_dump()
        assert normalise_worker(data) == data, w.case_code
