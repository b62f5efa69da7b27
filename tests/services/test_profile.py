"""The device profile: a stable device tag, the officer of first run, case-code counters."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.models import Worker
from app.models.enums import Role
from app.services import profile, workers
from app.services.context import Actor
from app.services.db import Database
from app.services.workspace import open_workspace
from tests.conftest import valid_worker


def test_the_device_tag_is_made_once_and_kept(db: Database) -> None:
    with db.write() as s:
        tag = profile.ensure_device_tag(s)
    with db.write() as s:
        assert profile.ensure_device_tag(s) == tag
    assert len(tag) == 3 and set(tag) <= set(profile.TAG_ALPHABET)
    assert not set(tag) & set("ILOU")


def test_the_tag_survives_reopening_the_store(store_path: Path) -> None:
    first = open_workspace(store_path)
    tag = first.profile.current().device_tag
    first.close()
    again = open_workspace(store_path)
    try:
        assert again.profile.current().device_tag == tag != ""
    finally:
        again.close()


def test_new_tags_vary() -> None:
    assert len({profile.new_device_tag() for _ in range(50)}) > 40


def test_first_run_profile(db: Database) -> None:
    with db.read() as s:
        assert not profile.read_profile(s).complete
    with db.write() as s:
        saved = profile.save_profile(s, officer_name="  José Núñez Peña ", mission="HN")
    assert saved.complete
    assert saved.officer_name == "José Núñez Peña"
    assert saved.officer_username == "jose.nunez.pena"
    assert saved.mission == "HN" and saved.device_tag


def test_workspace_actor_follows_the_profile(store_path: Path) -> None:
    ws = open_workspace(store_path)
    try:
        ws.set_profile(officer_name="Olga Ruiz", mission="MX")
        actor = ws.actor()
        assert (actor.username, actor.role, actor.missions) == (
            "olga.ruiz",
            Role.FIELD_OFFICER,
            ("MX",),
        )
        made = ws.workers.create(valid_worker())
        assert made.case_code == f"MX-{actor.device_tag}-0001"
        assert made.updated_by == "olga.ruiz"
        ws.set_profile(officer_name="Olga Ruiz", mission="SV")
        assert ws.actor().missions == ("SV",)
    finally:
        ws.close()


def test_case_counters_are_per_mission_and_device_and_never_reused(db: Database) -> None:
    with db.write() as s:
        codes = [profile.next_case_code(s, mission="MX", device_tag="AB1") for _ in range(3)]
        codes.append(profile.next_case_code(s, mission="SV", device_tag="AB1"))
        codes.append(profile.next_case_code(s, mission="MX", device_tag="CD2"))
    with db.write() as s:
        codes.append(profile.next_case_code(s, mission="MX", device_tag="AB1"))
    assert codes == [
        "MX-AB1-0001",
        "MX-AB1-0002",
        "MX-AB1-0003",
        "SV-AB1-0001",
        "MX-CD2-0001",
        "MX-AB1-0004",
    ]


def test_counters_go_past_four_digits(db: Database) -> None:
    with db.write() as s:
        profile.set_meta(s, "case_counter:EC:ZZZ", "9999")
        assert profile.next_case_code(s, mission="EC", device_tag="ZZZ") == "EC-ZZZ-10000"


def test_case_codes_continue_after_the_highest_stored_code(db: Database) -> None:
    """After a restored backup the counter is behind codes synced back since: no reuse."""
    next_case_code = profile.next_case_code
    with db.write() as session:
        first = next_case_code(session, mission="MX", device_tag="7K3")
    assert first == "MX-7K3-0001"
    from tests.services.conftest import worker_values

    ws_actor = Actor("ana", "Ana", Role.FIELD_OFFICER, ("MX",), "7K3")
    with db.write() as session:
        created = workers.create_worker(
            session, data=worker_values(), actor=ws_actor, today=date(2026, 1, 10)
        )
        session.get(Worker, created.id).case_code = "MX-7K3-0041"  # synced back later
    with db.write() as session:
        assert next_case_code(session, mission="MX", device_tag="7K3") == "MX-7K3-0042"
        assert next_case_code(session, mission="MX", device_tag="OTH") == "MX-OTH-0001"


def test_the_highest_stored_code_is_found_past_four_digits(db: Database) -> None:
    """Text order puts 10000 before 9999: the longer codes are still counted."""
    from tests.services.conftest import worker_values

    actor = Actor("ana", "Ana", Role.FIELD_OFFICER, ("MX",), "7K3")
    for code in ("MX-7K3-0007", "MX-7K3-9999", "MX-7K3-10003", "MX-7K3-0950"):
        with db.write() as session:
            made = workers.create_worker(
                session, data=worker_values(), actor=actor, today=date(2026, 1, 10)
            )
            session.get(Worker, made.id).case_code = code
    with db.write() as session:
        profile.set_meta(session, "case_counter:MX:7K3", "5")  # a restored, older counter
        assert profile.next_case_code(session, mission="MX", device_tag="7K3") == "MX-7K3-10004"
    with db.write() as session:
        profile.set_meta(session, "case_counter:MX:OTH", "0")
        session.get(Worker, made.id).case_code = "MX-OTH-0950"
    with db.write() as session:
        assert profile.next_case_code(session, mission="MX", device_tag="OTH") == "MX-OTH-0951"
