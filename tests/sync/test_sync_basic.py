"""Sync against a real server: first sync, edits both ways, conflicts, merges, archives."""

from __future__ import annotations

import json
from collections.abc import Callable

from app.models.enums import Role
from app.services.conflicts import ConflictService
from tests.sync.conftest import Device, RunningServer, assert_same


def test_first_sync_sends_and_receives(
    server: RunningServer, make_device: Callable[..., Device]
) -> None:
    server.add_user("ana")
    server.add_user("beto")
    a, b = make_device("ana"), make_device("beto")
    ids = [a.create_worker(given_names=f"Ana {'xyz'[i]}") for i in range(3)]
    report = a.sync()
    assert report.ok, report.detail
    assert report.sent == 3 and report.pushed == 3
    assert a.scalar("SELECT count(*) FROM outbox WHERE state = 'pending'") == 0
    report = b.sync()
    assert report.ok and report.pulled_rows == 3
    assert set(b.rows("worker")) == set(ids)
    assert_same(server, a, b)
    # search on the receiving device finds pulled workers (FTS triggers ran)
    assert b.scalar("SELECT count(*) FROM worker_fts WHERE worker_fts MATCH 'y'") == 1


def test_noop_sync_is_one_small_request(
    server: RunningServer, make_device: Callable[..., Device]
) -> None:
    server.add_user("ana")
    a = make_device("ana")
    a.create_worker(id_document_number="")
    assert a.sync().ok
    report = a.sync()
    assert report.ok and report.requests == 1 and report.pushed == 0


def test_edits_on_both_sides_different_fields_merge(
    server: RunningServer, make_device: Callable[..., Device]
) -> None:
    server.add_user("ana")
    server.add_user("beto")
    a, b = make_device("ana"), make_device("beto")
    wid = a.create_worker(id_document_number="")
    a.sync()
    b.sync()
    a.update_worker(wid, phone="+52 55 1234 5678")
    b.update_worker(wid, community="Tlaquepaque", occupation="Carpintero")
    assert a.sync().ok
    rb = b.sync()
    assert rb.ok and rb.conflicts == 0
    assert a.sync().ok
    assert_same(server, a, b)
    row = server.rows("worker")[wid]
    assert row["phone"].startswith("+52") and row["community"] == "Tlaquepaque"
    assert a.scalar("SELECT count(*) FROM sync_conflict") == 0
    # the pulled change is in a's history, marked remote
    assert a.scalar("SELECT count(*) FROM history WHERE remote = 1 AND field = 'community'") == 1


def test_same_field_conflict_is_shown_and_resolved(
    server: RunningServer, make_device: Callable[..., Device]
) -> None:
    server.add_user("ana")
    server.add_user("beto")
    a, b = make_device("ana"), make_device("beto")
    wid = a.create_worker(community="Origen")
    a.sync()
    b.sync()
    a.update_worker(wid, community="De Ana")
    b.update_worker(wid, community="De Beto")
    assert a.sync().ok
    rb = b.sync()
    assert rb.ok and rb.conflicts == 1
    service = ConflictService(b.db, lambda: b.actor)
    [conflict] = service.open_conflicts()
    assert (conflict.field, conflict.base, conflict.mine, conflict.theirs) == (
        "community",
        "Origen",
        "De Beto",
        "De Ana",
    )
    assert "MX-" in conflict.record_label
    # nothing lost: the server kept its value, b holds it too, b's value is in the conflict
    assert b.rows("worker")[wid]["community"] == "De Ana"
    service.resolve(conflict.seq, choice="mine")
    assert service.open_conflicts() == []
    assert b.sync().ok
    assert a.sync().ok
    assert server.rows("worker")[wid]["community"] == "De Beto"
    assert_same(server, a, b)


def test_resolve_with_a_typed_value_and_theirs(
    server: RunningServer, make_device: Callable[..., Device]
) -> None:
    server.add_user("ana")
    server.add_user("beto")
    a, b = make_device("ana"), make_device("beto")
    wid = a.create_worker(community="Origen", occupation="X")
    a.sync()
    b.sync()
    a.update_worker(wid, community="A1", occupation="A2")
    b.update_worker(wid, community="B1", occupation="B2")
    a.sync()
    assert b.sync().conflicts == 2
    service = ConflictService(b.db, lambda: b.actor)
    by_field = {c.field: c for c in service.open_conflicts()}
    pending_before = b.scalar("SELECT count(*) FROM outbox WHERE state = 'pending'")
    service.resolve(by_field["occupation"].seq, choice="theirs")
    assert b.scalar("SELECT count(*) FROM outbox WHERE state = 'pending'") == pending_before
    service.resolve(by_field["community"].seq, choice="value", value="Nuevo")
    assert b.sync().ok
    a.sync()
    row = server.rows("worker")[wid]
    assert (row["community"], row["occupation"]) == ("Nuevo", "A2")
    assert_same(server, a, b)


def test_identity_field_is_never_overwritten_silently(
    server: RunningServer, make_device: Callable[..., Device]
) -> None:
    server.add_user("ana")
    server.add_user("beto")
    a, b = make_device("ana"), make_device("beto")
    wid = a.create_worker(id_document_number="")
    a.sync()
    b.sync()
    a.update_worker(wid, given_names="Josefina")
    b.update_worker(wid, given_names="José Luis")
    a.sync()
    rb = b.sync()
    assert rb.conflicts == 1
    [c] = ConflictService(b.db, lambda: b.actor).open_conflicts()
    assert (c.field, c.mine, c.theirs) == ("given_names", "José Luis", "Josefina")


def test_archive_against_edit(server: RunningServer, make_device: Callable[..., Device]) -> None:
    server.add_user("ana")
    server.add_user("beto")
    a, b = make_device("ana"), make_device("beto")
    wid = a.create_worker(id_document_number="")
    a.sync()
    b.sync()
    a.archive_worker(wid)
    b.update_worker(wid, phone="+52 55 8765 4321")
    assert a.sync().ok
    assert b.sync().ok
    assert a.sync().ok
    row = server.rows("worker")[wid]
    assert row["archived_at"] is not None  # the archive stands
    assert row["phone"].startswith("+52")  # and the edit is not lost
    assert_same(server, a, b)


def test_hq_analyst_cannot_resolve(
    server: RunningServer, make_device: Callable[..., Device]
) -> None:
    import pytest

    from app.services.context import PermissionDenied

    server.add_user("ana")
    server.add_user("beto")
    server.add_user("hq", role=Role.HQ_ANALYST, missions=())
    a, b, hq = make_device("ana"), make_device("beto"), make_device("hq")
    wid = a.create_worker(community="O")
    a.sync()
    b.sync()
    a.update_worker(wid, community="A")
    b.update_worker(wid, community="B")
    a.sync()
    b.sync()
    seq = ConflictService(b.db, lambda: b.actor).open_conflicts()[0].seq
    with pytest.raises(PermissionDenied):
        ConflictService(b.db, lambda: hq.actor).resolve(seq, choice="mine")


def test_sync_log_and_status(server: RunningServer, make_device: Callable[..., Device]) -> None:
    server.add_user("ana")
    a = make_device("ana")
    a.create_worker(id_document_number="")
    a.sync()
    log = json.loads(a.scalar("SELECT value FROM local_meta WHERE key = 'sync.log'"))
    assert log[0]["sent"] == 1 and log[0]["problem"] == ""


def test_big_page_fills_the_search_index_in_bulk(
    server: RunningServer, make_device: Callable[..., Device]
) -> None:
    server.add_user("ana")
    server.add_user("beto")
    a = make_device("ana")
    letters = "abcdefghijklmnopqrstuvwxyz"
    for i in range(230):
        a.create_worker(given_names=f"Nombre {letters[i % 26]}{letters[i // 26]}")
    assert a.sync().ok
    b = make_device("beto")
    b.create_worker(given_names="Local Antes")
    assert b.sync().ok
    assert b.scalar("SELECT count(*) FROM worker_fts") == 231
    assert b.scalar("SELECT count(*) FROM worker_fts WHERE worker_fts MATCH 'nombre'") == 230
    assert b.scalar("SELECT count(*) FROM worker_fts WHERE worker_fts MATCH 'qb'") == 1
    assert b.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'") == 3
    b.update_worker(next(iter(b.rows("worker"))), given_names="Zacarias")
    assert b.scalar("SELECT count(*) FROM worker_fts WHERE worker_fts MATCH 'zacarias'") == 1
