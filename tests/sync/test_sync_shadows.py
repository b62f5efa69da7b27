"""Rows new to a laptop get no stored shadow; their server copy is derived when needed."""

from __future__ import annotations

from collections.abc import Callable

from app.services.conflicts import ConflictService
from app.sync.apply import shadow_of
from app.sync.engine import SyncReport, never
from tests.sync.conftest import Device, RunningServer, assert_same


def _quiet(_stage: str, _done: int, _total: int) -> None:
    return None


def test_a_pulled_row_edited_here_compares_against_the_copy_it_arrived_as(
    server: RunningServer, make_device: Callable[..., Device]
) -> None:
    server.add_user("ana")
    server.add_user("beto")
    a, b = make_device("ana"), make_device("beto")
    wid = a.create_worker(community="Alma", skills="Soldar", occupation="Albañil")
    assert a.sync().ok
    assert b.sync().ok
    assert b.scalar("SELECT count(*) FROM shadow WHERE entity_id = ?", wid.hex) == 0
    with b.db.read() as session:
        derived = shadow_of(session.connection(), "worker", wid)
    assert derived is not None and derived[1]["community"] == "Alma"

    # Edits made here while the server moved on (the pull sees them still pending).
    b.update_worker(wid, community="Bruma", skills="Cocinar")
    b.update_worker(wid, community="Cedro")
    a.update_worker(wid, community="Duna", occupation="Chofer")
    assert a.sync().ok
    report = SyncReport()
    b.engine.pull(report, never, _quiet)

    assert report.pull.conflicts == 1  # community only: skills did not change there
    rows = ConflictService(b.db, lambda: b.actor).open_conflicts()
    assert [(c.field, c.base, c.mine, c.theirs) for c in rows] == [
        ("community", "Alma", "Cedro", "Duna")
    ]
    local = b.rows("worker")[wid]
    assert (local["community"], local["skills"], local["occupation"]) == (
        "Cedro",
        "Cocinar",
        "Chofer",
    )
    # The pull stored the shadow: the server's copy now, not the one it arrived as.
    assert b.scalar("SELECT count(*) FROM shadow WHERE entity_id = ?", wid.hex) == 1
    with b.db.read() as session:
        stored = shadow_of(session.connection(), "worker", wid)
    assert stored is not None and stored[1]["community"] == "Duna"

    assert b.sync().ok and a.sync().ok
    assert_same(server, a, b)
    assert server.rows("worker")[wid]["skills"] == "Cocinar"


def test_a_refused_edit_of_a_pulled_row_goes_back_to_the_copy_it_arrived_as(
    server: RunningServer, make_device: Callable[..., Device]
) -> None:
    server.add_user("ana")
    server.add_user("beto")
    a, b = make_device("ana"), make_device("beto")
    wid = a.create_worker(community="Alma")
    assert a.sync().ok and b.sync().ok
    b.update_worker(wid, community="Bruma")
    server.sql("UPDATE srv_user SET missions = 'HN' WHERE username = 'beto'")
    report = b.sync()
    assert report.rejected == 1
    assert b.rows("worker")[wid]["community"] == "Alma"
