"""sort_name follows the names: the server computes it, and it is never a conflict."""

from __future__ import annotations

from collections.abc import Callable

from app.services.conflicts import ConflictService
from app.sync.engine import SyncReport
from app.sync.protocol import FieldConflict, MutationResult, MutationStatus
from tests.sync.conftest import Device, RunningServer, assert_same


def test_a_rename_on_two_laptops_is_one_conflict_on_the_name_only(
    server: RunningServer, make_device: Callable[..., Device]
) -> None:
    server.add_user("ana")
    server.add_user("beto")
    a, b = make_device("ana"), make_device("beto")
    wid = a.create_worker(given_names="Ana", first_family_name="Pérez")
    assert a.sync().ok and b.sync().ok
    a.update_worker(wid, first_family_name="Ávila")
    b.update_worker(wid, first_family_name="Zúñiga")
    assert a.sync().ok
    report = b.sync()
    assert report.ok and report.conflicts == 1
    (conflict,) = ConflictService(b.db, lambda: b.actor).open_conflicts()
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "first_family_name",
        "Zúñiga",
        "Ávila",
    )
    fields = [f for (f,) in server.sql("SELECT field FROM srv_conflict")]
    assert fields == ["first_family_name"]
    assert server.rows("worker")[wid]["sort_name"].startswith("avila ")
    assert b.rows("worker")[wid]["sort_name"] == server.rows("worker")[wid]["sort_name"]
    assert a.sync().ok
    assert_same(server, a, b)


def test_a_sort_name_conflict_from_an_older_server_is_ignored(
    server: RunningServer, make_device: Callable[..., Device]
) -> None:
    server.add_user("ana")
    a = make_device("ana")
    wid = a.create_worker(given_names="Ana")
    assert a.sync().ok
    a.update_worker(wid, given_names="Ana María")
    batch = a.engine.read_batch()
    (m,) = batch.mutations
    answer = MutationResult(
        mutation_id=m.mutation_id,
        status=MutationStatus.CONFLICT,
        entity="worker",
        entity_id=wid,
        version=2,
        conflicts=[
            FieldConflict(field="given_names", base="Ana", mine="Ana María", theirs="Anita"),
            FieldConflict(field="sort_name", base="x", mine="y", theirs="z"),
        ],
    )
    report = SyncReport()
    a.engine.settle(batch, [answer], report)
    assert report.conflicts == 1
    rows = ConflictService(a.db, lambda: a.actor).open_conflicts()
    assert [c.field for c in rows] == ["given_names"]
