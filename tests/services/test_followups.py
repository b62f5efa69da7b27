"""The Follow-ups view: overdue, this week, later; by officer and mission; done ones leave."""

from __future__ import annotations

from datetime import date, timedelta

from app.services import followups, notes
from app.services.context import Actor
from app.services.db import Database
from app.services.followups import FollowUpFilter
from tests.services.conftest import TODAY, MakeWorker
from tests.services.test_notes import note


def test_groups_counts_and_officers(
    db: Database,
    make_worker: MakeWorker,
    mx_officer: Actor,
    mx_officer2: Actor,
    hn_officer: Actor,
    analyst: Actor,
) -> None:
    mx, hn = make_worker("MX"), make_worker("HN")
    days = {-10: mx_officer, -1: mx_officer2, 0: mx_officer, 6: mx_officer2, 7: mx_officer}
    made = {d: note(db, a, mx, follow_up_date=TODAY + timedelta(days=d)) for d, a in days.items()}
    note(db, hn_officer, hn, follow_up_date=TODAY - timedelta(days=3))
    note(db, mx_officer, mx)  # no follow-up
    done = note(db, mx_officer, mx, follow_up_date=TODAY - timedelta(days=30))
    with db.write() as s:
        notes.mark_follow_up_done(s, note_id=done.id, on=TODAY, actor=mx_officer)
    with db.write() as s:  # only the latest revision counts
        notes.revise_note(s, note_id=made[-1].id, text="Revisado", actor=mx_officer2)

    with db.read() as s:
        view = followups.followups_view(s, actor=mx_officer, today=TODAY)
    assert [r.follow_up_date for r in view.overdue] == [
        TODAY - timedelta(days=10),
        TODAY - timedelta(days=1),
    ]
    assert view.overdue[0].days_overdue == 10 and view.overdue[1].excerpt == "Revisado"
    assert [r.follow_up_date for r in view.this_week] == [TODAY, TODAY + timedelta(days=6)]
    assert [r.follow_up_date for r in view.later] == [TODAY + timedelta(days=7)]
    assert (view.overdue_count, view.this_week_count, view.later_count) == (2, 2, 1)
    assert [(a.author, a.overdue, a.this_week, a.later) for a in view.by_author] == [
        ("olga.mx", 1, 1, 1),
        ("pablo.mx", 1, 1, 0),
    ]
    with db.read() as s:
        mine = followups.followups_view(
            s, actor=mx_officer, today=TODAY, where=FollowUpFilter(author="pablo.mx")
        )
        everyone = followups.followups_view(s, actor=analyst, today=TODAY)
        hn_only = followups.followups_view(
            s, actor=analyst, today=TODAY, where=FollowUpFilter(mission="HN")
        )
        foreign = followups.followups_view(
            s, actor=mx_officer, today=TODAY, where=FollowUpFilter(mission="HN")
        )
    assert mine.overdue_count == 1 and mine.later_count == 0
    assert everyone.overdue_count == 3
    assert hn_only.overdue_count == 1 and hn_only.overdue[0].mission_id == "HN"
    assert foreign.overdue_count == 0 and foreign.overdue == []


def test_limit_keeps_counts(db: Database, make_worker: MakeWorker, mx_officer: Actor) -> None:
    w = make_worker()
    for d in range(1, 6):
        note(db, mx_officer, w, follow_up_date=TODAY - timedelta(days=d))
    with db.read() as s:
        view = followups.followups_view(s, actor=mx_officer, today=TODAY, limit=2)
    assert len(view.overdue) == 2 and view.overdue_count == 5
    assert view.overdue[0].follow_up_date == date(2026, 11, 20)


def test_followup_list_buckets_and_paging(
    db: Database, make_worker: MakeWorker, mx_officer: Actor, mx_officer2: Actor
) -> None:
    from app.services.lists import FollowUpBucket, FollowUpQuery, list_followups

    w = make_worker(first_family_name="Zamora")
    for d in (-5, -4, -3, -2, 2, 30):
        note(
            db, mx_officer if d != -2 else mx_officer2, w, follow_up_date=TODAY + timedelta(days=d)
        )
    with db.read() as s:
        q = FollowUpQuery(today=TODAY, bucket=FollowUpBucket.OVERDUE)
        first = list_followups(s, query=q, actor=mx_officer, limit=3)
        rest = list_followups(s, query=q, actor=mx_officer, after=first.next_cursor, limit=3)
        days = [r.days_overdue for r in first.rows + rest.rows]
        assert days == [5, 4, 3, 2] and rest.next_cursor is None
        pablo = list_followups(
            s, query=FollowUpQuery(today=TODAY, author="pablo.mx"), actor=mx_officer
        )
        assert [r.days_overdue for r in pablo.rows] == [2]
        by_name = list_followups(
            s, query=FollowUpQuery(today=TODAY, worker_name="zam"), actor=mx_officer
        )
        assert len(by_name.rows) == 6
        later = list_followups(
            s, query=FollowUpQuery(today=TODAY, bucket=FollowUpBucket.LATER), actor=mx_officer
        )
        assert [r.follow_up_date for r in later.rows] == [TODAY + timedelta(days=30)]


def test_archived_workers_follow_ups_are_flagged_not_hidden(
    db: Database, make_worker: MakeWorker, mx_officer: Actor
) -> None:
    from app.services import workers

    w = make_worker()
    note(db, mx_officer, w, follow_up_date=TODAY - timedelta(days=1))
    with db.write() as s:
        workers.archive_worker(s, worker_id=w, actor=mx_officer)
    with db.read() as s:
        view = followups.followups_view(s, actor=mx_officer, today=TODAY)
    assert view.overdue_count == 1 and view.overdue[0].worker_archived
