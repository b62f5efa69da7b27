"""Push and pull semantics: apply, replay, conflicts, merges, archives, cursors, validation."""

from __future__ import annotations

import gzip
import json
import uuid
from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import Session, col, func, select

from app.models import Worker
from app.sync.protocol import PullPage
from server.models import MutationLedger, RowMeta, ServerConflict
from tests.server.helpers import Factory, mutation, new_worker, worker_changes


def test_create_then_pull_returns_the_row(login: Factory) -> None:
    mx = login("officer.mx")
    worker_id, result = new_worker(mx, community="San Felipe")
    assert result["version"] == 1 and result["server_seq"] > 0
    page = mx.pull()
    assert page["more"] is False
    assert page["next_cursor"] == result["server_seq"]
    block = page["entities"]["worker"]
    row = dict(zip(block["columns"], block["rows"][0], strict=True))
    assert row["id"] == str(worker_id)
    assert row["community"] == "San Felipe"
    assert row["version"] == 1
    assert row["updated_by"] == "officer.mx"
    assert {m["code"] for m in page["missions"]} >= {"MX", "HN", "HQ"}
    PullPage.model_validate(page)  # the hand-built page matches the documented schema
    # nothing new: one small answer
    again = mx.pull(since=page["next_cursor"])
    assert again["entities"] == {} and again["more"] is False
    assert again["next_cursor"] == page["next_cursor"]


def test_replay_is_a_duplicate_with_the_stored_result(login: Factory, engine_of: Any) -> None:
    mx = login("officer.mx")
    worker_id, _ = new_worker(mx)
    m = mutation("worker", worker_id, base_version=1, changes={"phone": "+525511112222"})
    (first,) = mx.push(m)
    (second,) = mx.push(m)
    assert first["status"] == "applied" and first["version"] == 2
    assert second["status"] == "duplicate" and second["first_status"] == "applied"
    assert second["version"] == first["version"] and second["server_seq"] == first["server_seq"]
    # twice in one batch too
    m2 = mutation("worker", worker_id, base_version=2, changes={"email": "a@b.org"})
    a, b = mx.push(m2, m2)
    assert (a["status"], b["status"]) == ("applied", "duplicate")
    with Session(engine_of) as session:
        assert session.exec(select(func.count()).select_from(MutationLedger)).one() == 3
        assert session.get(RowMeta, ("worker", worker_id)).version == 3  # type: ignore[union-attr]


def test_different_fields_merge(login: Factory) -> None:
    mx, mx2 = login("officer.mx"), login("officer2.mx")
    worker_id, _ = new_worker(mx)
    (a,) = mx.push(mutation("worker", worker_id, base_version=1, changes={"phone": "+52551"}))
    (b,) = mx2.push(mutation("worker", worker_id, base_version=1, changes={"email": "x@y.mx"}))
    assert a["status"] == "applied"
    assert b["status"] == "merged" and b["merged_fields"] == ["phone"]
    assert b["row"]["phone"] == "+52551" and b["row"]["email"] == "x@y.mx"
    rows, _ = mx.pull_all()
    row = rows["worker"][str(worker_id)]
    assert (row["phone"], row["email"], row["version"]) == ("+52551", "x@y.mx", 3)


def test_same_field_conflict_keeps_server_value_and_records_both(
    login: Factory, engine_of: Any
) -> None:
    mx, mx2 = login("officer.mx"), login("officer2.mx")
    worker_id, _ = new_worker(mx, community="Old town")
    mx.push(mutation("worker", worker_id, base_version=1, changes={"community": "Theirs"}))
    (res,) = mx2.push(
        mutation(
            "worker",
            worker_id,
            base_version=1,
            changes={"community": "Mine", "phone": "+5255"},
            base={"community": "Old town", "phone": ""},
        )
    )
    assert res["status"] == "conflict"
    assert res["conflicts"] == [
        {"field": "community", "base": "Old town", "mine": "Mine", "theirs": "Theirs"}
    ]
    assert res["row"]["community"] == "Theirs" and res["row"]["phone"] == "+5255"
    with Session(engine_of) as session:
        (stored,) = session.exec(select(ServerConflict)).all()
        assert (json.loads(stored.mine), json.loads(stored.theirs)) == ("Mine", "Theirs")
    supervisor = login("supervisor.mx")
    r = supervisor.client.get("/sync/v1/conflicts", headers=supervisor.headers)
    assert [c["field"] for c in r.json()] == ["community"]
    # resolving: an edit on the current version settles the conflict
    (fix,) = mx2.push(
        mutation("worker", worker_id, base_version=res["version"], changes={"community": "Mine"})
    )
    assert fix["status"] == "applied"
    r = supervisor.client.get("/sync/v1/conflicts", headers=supervisor.headers)
    assert r.json() == []


def test_identity_fields_are_never_overwritten_from_a_stale_base(login: Factory) -> None:
    mx, mx2 = login("officer.mx"), login("officer2.mx")
    worker_id, _ = new_worker(mx, given_names="José")
    mx.push(mutation("worker", worker_id, base_version=1, changes={"given_names": "José Luis"}))
    (res,) = mx2.push(
        mutation("worker", worker_id, base_version=1, changes={"given_names": "Josué"})
    )
    assert res["status"] == "conflict"
    assert res["row"]["given_names"] == "José Luis"


def test_own_offline_edits_after_create_do_not_conflict(login: Factory) -> None:
    mx = login("officer.mx")
    worker_id = uuid.uuid4()
    results = mx.push(
        mutation("worker", worker_id, op="create", changes=worker_changes()),
        mutation("worker", worker_id, base_version=0, changes={"phone": "+521"}),
        mutation("worker", worker_id, base_version=0, changes={"phone": "+522"}),
    )
    assert [r["status"] for r in results] == ["applied", "applied", "applied"]
    assert results[-1]["version"] == 3


def test_append_only_notes_never_conflict(login: Factory) -> None:
    mx, mx2 = login("officer.mx"), login("officer2.mx")
    worker_id, _ = new_worker(mx)
    note_id = uuid.uuid4()
    (n,) = mx.push(
        mutation(
            "case_note",
            note_id,
            op="create",
            changes={"worker_id": str(worker_id), "author": "officer.mx", "text": "Visit."},
        )
    )
    assert n["status"] == "applied"
    (bad,) = mx2.push(mutation("case_note", note_id, base_version=1, changes={"text": "Edited"}))
    assert bad["status"] == "rejected" and bad["reason"] == "append_only"
    mx.push(mutation("case_note", note_id, base_version=1, changes={"superseded": True}))
    (ok,) = mx2.push(
        mutation("case_note", note_id, base_version=1, changes={"follow_up_done_on": "2026-11-01"})
    )
    assert ok["status"] in ("applied", "merged") and not ok["conflicts"]


def test_archive_is_a_tombstone_and_restore_brings_the_row_back(login: Factory) -> None:
    mx = login("officer.mx")
    worker_id, _ = new_worker(mx)
    cursor = mx.pull()["next_cursor"]
    (a,) = mx.push(mutation("worker", worker_id, op="archive", base_version=1))
    assert a["status"] == "applied" and a["version"] == 2
    page = mx.pull(since=cursor)
    (tomb,) = page["tombstones"]
    assert tomb["id"] == str(worker_id) and tomb["version"] == 2 and tomb["archived_at"]
    (restored,) = mx.push(mutation("worker", worker_id, op="restore", base_version=2))
    assert restored["status"] == "applied"
    page = mx.pull(since=page["next_cursor"])
    assert page["tombstones"] == []
    row = dict(
        zip(
            page["entities"]["worker"]["columns"],
            page["entities"]["worker"]["rows"][0],
            strict=True,
        )
    )
    assert row["archived_at"] is None and row["version"] == 3


def test_edit_against_archive_applies_and_reports_the_archive(login: Factory) -> None:
    mx, mx2 = login("officer.mx"), login("officer2.mx")
    worker_id, _ = new_worker(mx)
    mx.push(mutation("worker", worker_id, op="archive", base_version=1))
    (res,) = mx2.push(mutation("worker", worker_id, base_version=1, changes={"phone": "+5299"}))
    assert res["status"] == "conflict"
    assert [c["field"] for c in res["conflicts"]] == ["archived_at"]
    assert res["row"]["phone"] == "+5299"  # nothing lost
    assert res["row"]["archived_at"] is not None  # and the archive stands until a person decides
    # archive against an edit: the archive applies, the edit's values stay
    other, _ = new_worker(mx)
    mx.push(mutation("worker", other, base_version=1, changes={"phone": "+5211"}))
    (arch,) = mx2.push(mutation("worker", other, op="archive", base_version=1))
    assert arch["status"] == "merged"


def test_cursor_paging_sees_every_row_once(login: Factory) -> None:
    mx = login("officer.mx")
    ids = {str(new_worker(mx)[0]) for _ in range(7)}
    seen: list[str] = []
    since, pages = 0, 0
    while True:
        page = mx.pull(since=since, limit=3)
        pages += 1
        block = page["entities"].get("worker", {"columns": ["id"], "rows": []})
        seen += [r[block["columns"].index("id")] for r in block["rows"]]
        since = page["next_cursor"]
        if not page["more"]:
            break
    assert pages == 3
    assert sorted(seen) == sorted(ids)


def test_page_carries_parents_it_refers_to(login: Factory) -> None:
    mx = login("officer.mx")
    worker_id, _ = new_worker(mx)
    note = mutation(
        "case_note",
        uuid.uuid4(),
        op="create",
        changes={"worker_id": str(worker_id), "author": "a", "text": "t"},
    )
    mx.push(note)
    # the worker is edited after the note: it moves behind the note in the feed
    mx.push(mutation("worker", worker_id, base_version=1, changes={"phone": "+52"}))
    first = mx.pull(limit=1)
    assert list(first["entities"]) == ["worker", "case_note"]  # parent first
    assert first["more"] is True


def test_rejections_store_nothing(login: Factory, engine_of: Any) -> None:
    mx = login("officer.mx")
    worker_id = uuid.uuid4()
    cases = {
        "unknown_entity": mutation("spaceship", worker_id, op="create"),
        "unknown_field": mutation(
            "worker", worker_id, op="create", changes={**worker_changes(), "shoe_size": 42}
        ),
        "invalid_value": mutation(
            "worker", worker_id, op="create", changes=worker_changes(date_of_birth="yesterday")
        ),
        "mission_not_allowed": mutation(
            "worker", worker_id, op="create", mission="HN", changes=worker_changes("HN")
        ),
        "not_found": mutation("worker", worker_id, changes={"phone": "1"}),
    }
    too_long = mutation(
        "worker", worker_id, op="create", changes=worker_changes(given_names="x" * 500)
    )
    results = mx.push(*cases.values(), too_long)
    assert [r["reason"] for r in results] == [*cases, "invalid_value"]
    assert all(r["status"] == "rejected" and r["message"] for r in results)
    with Session(engine_of) as session:
        assert session.exec(select(func.count()).select_from(Worker)).one() == 0
        assert session.exec(select(func.count()).select_from(MutationLedger)).one() == 0


def test_supervisor_only_changes(login: Factory) -> None:
    mx, sup = login("officer.mx"), login("supervisor.mx")
    course = {"code": "C-1", "title": "Welding"}
    (r,) = mx.push(mutation("course", uuid.uuid4(), op="create", changes=course))
    assert r["status"] == "rejected" and r["reason"] == "forbidden"
    (r,) = sup.push(mutation("course", uuid.uuid4(), op="create", changes=course))
    assert r["status"] == "applied"


def test_unique_clash_is_rejected_without_breaking_the_batch(login: Factory) -> None:
    mx = login("officer.mx")
    changes = worker_changes()
    a = mutation("worker", uuid.uuid4(), op="create", changes=changes)
    b = mutation("worker", uuid.uuid4(), op="create", changes=changes)  # same case code
    c = mutation("worker", uuid.uuid4(), op="create", changes=worker_changes())
    results = mx.push(a, b, c)
    assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
    assert results[1]["reason"] == "constraint"


def test_malformed_bodies_get_4xx_json(client: TestClient, login: Factory) -> None:
    mx = login("officer.mx")
    for body in (b"nonsense", b"{}", b'{"mutations": [{"entity": "worker"}]}', b"[]"):
        r = client.post(
            "/sync/v1/push",
            content=body,
            headers={**mx.headers, "content-type": "application/json"},
        )
        assert r.status_code == 422, body
        assert r.json()["code"] == "invalid_request"
    r = client.get("/sync/v1/pull", params={"since": -1}, headers=mx.headers)
    assert r.status_code == 422
    r = client.get("/sync/v1/pull", params={"limit": 10**6}, headers=mx.headers)
    assert r.status_code == 422


def test_gzip_both_ways(client: TestClient, login: Factory) -> None:
    mx = login("officer.mx")
    body = json.dumps(
        {
            "mutations": [
                mutation("worker", uuid.uuid4(), op="create", changes=worker_changes())
                for _ in range(20)
            ]
        }
    ).encode()
    r = client.post(
        "/sync/v1/push",
        content=gzip.compress(body),
        headers={**mx.headers, "content-type": "application/json", "content-encoding": "gzip"},
    )
    assert r.status_code == 200
    assert {x["status"] for x in r.json()["results"]} == {"applied"}
    r = client.get("/sync/v1/pull", headers={**mx.headers, "accept-encoding": "gzip"})
    assert r.headers["content-encoding"] == "gzip"
    assert len(r.json()["entities"]["worker"]["rows"]) == 20
    r = client.post(
        "/sync/v1/push",
        content=b"not gzip at all",
        headers={**mx.headers, "content-type": "application/json", "content-encoding": "gzip"},
    )
    assert r.status_code == 400 and r.json()["code"] == "bad_gzip"


def test_hq_analyst_reads_all_and_may_not_push(login: Factory) -> None:
    mx, hn, hq = login("officer.mx"), login("officer.hn"), login("analyst.hq")
    new_worker(mx)
    new_worker(hn, "HN")
    rows, _ = hq.pull_all()
    assert {r["mission_id"] for r in rows["worker"].values()} == {"MX", "HN"}
    narrowed, _ = hq.pull_all(missions="HN")
    assert {r["mission_id"] for r in narrowed["worker"].values()} == {"HN"}
    r = hq.client.post("/sync/v1/push", json={"mutations": []}, headers=hq.headers)
    assert r.status_code == 403 and r.json()["code"] == "read_only"


def test_epoch_change_asks_for_a_full_pull(login: Factory, engine_of: Any) -> None:
    from server.db import new_epoch

    mx = login("officer.mx")
    new_worker(mx)
    page = mx.pull()
    with Session(engine_of) as session:
        new_epoch(session)
        session.commit()
    r = mx.client.get(
        "/sync/v1/pull",
        params={"since": page["next_cursor"], "epoch": page["server_epoch"]},
        headers=mx.headers,
    )
    assert r.status_code == 409 and r.json()["code"] == "epoch_changed"
    assert r.headers["X-Puente-Server-Epoch"] != page["server_epoch"]
    # a cursor beyond the feed (a restore nobody marked) is caught too
    r = mx.client.get("/sync/v1/pull", params={"since": 10**9}, headers=mx.headers)
    assert r.status_code == 409 and r.json()["code"] == "epoch_changed"


def test_feed_sequence_is_unique_and_increasing(login: Factory, engine_of: Any) -> None:
    mx = login("officer.mx")
    for _ in range(3):
        worker_id, _ = new_worker(mx)
        mx.push(mutation("worker", worker_id, base_version=1, changes={"phone": "+1"}))
    with Session(engine_of) as session:
        seqs = session.exec(select(RowMeta.server_seq).order_by(col(RowMeta.server_seq))).all()
    assert len(seqs) == len(set(seqs)) == 3


def test_oversized_and_gzip_bomb_bodies_are_refused(settings: Any, login: Factory) -> None:
    from dataclasses import replace

    from server.main import create_app

    small = create_app(replace(settings, max_body_bytes=10_000))
    with TestClient(small) as client:
        r = client.post("/auth/login", json={"username": "officer.mx", "password": "x" * 20_000})
        assert r.status_code == 413 and r.json()["code"] == "too_large"
        bomb = gzip.compress(b"[" + b" " * 5_000_000 + b"]")
        r = client.post(
            "/sync/v1/push",
            content=bomb,
            headers={"content-type": "application/json", "content-encoding": "gzip"},
        )
        assert r.status_code == 413
    small.state.puente.engine.dispose()


def test_a_new_mission_is_read_by_hq_and_isolated_from_others(
    client: TestClient, login: Factory, engine_of: Any
) -> None:
    from app.models.enums import Role
    from server.users import create_mission, create_user
    from tests.server.helpers import PASSWORD

    with Session(engine_of) as session:
        create_mission(
            session,
            code="GT",
            name="IOM Guatemala",
            country="GT",
            currency="GTQ",
            time_zone="America/Guatemala",
        )
        create_user(
            session,
            username="officer.gt",
            password=PASSWORD,
            role=Role.FIELD_OFFICER,
            missions=["GT"],
        )
        session.commit()
    gt, hq, mx = login("officer.gt"), login("analyst.hq"), login("officer.mx")
    worker_id, _ = new_worker(gt, "GT", id_document_type="passport")
    rows, _ = hq.pull_all()
    assert str(worker_id) in rows["worker"]
    rows, _ = mx.pull_all()
    assert str(worker_id) not in rows.get("worker", {})


def test_sort_name_is_computed_by_the_server_and_never_conflicts(
    login: Factory, engine_of: Any
) -> None:
    mx, mx2 = login("officer.mx"), login("officer2.mx")
    worker_id = uuid.uuid4()
    changes = worker_changes(given_names="Ána", sort_name="zzz sent by a client")
    (made,) = mx.push(mutation("worker", worker_id, op="create", changes=changes))
    assert made["status"] == "applied"

    def stored() -> str:
        with Session(engine_of) as session:
            worker = session.get(Worker, worker_id)
            assert worker is not None
            return worker.sort_name

    assert stored() == "hernandez pena ana"
    (a,) = mx.push(
        mutation("worker", worker_id, base_version=1, changes={"first_family_name": "Ávila"})
    )
    assert a["status"] == "applied" and stored() == "avila pena ana"
    # Both rename offline: the names conflict, sort_name (sent by both) is no conflict.
    (b,) = mx2.push(
        mutation(
            "worker",
            worker_id,
            base_version=1,
            changes={"first_family_name": "Zúñiga", "sort_name": "zuniga pena ana"},
            base={"first_family_name": "Hernández"},
        )
    )
    assert b["status"] == "conflict"
    assert [c["field"] for c in b["conflicts"]] == ["first_family_name"]
    assert b["row"]["sort_name"] == "avila pena ana" == stored()
    # An edit of another field leaves it alone; a sort_name alone changes nothing.
    (c,) = mx.push(mutation("worker", worker_id, base_version=2, changes={"sort_name": "x"}))
    assert c["status"] == "applied" and c["version"] == 2 and stored() == "avila pena ana"
