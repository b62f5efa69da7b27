"""Case notes: append-only revisions, follow-up done, who may revise, scope."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlmodel import select

from app.models import CaseNote, OutboxMutation
from app.models.enums import MigrationStage, MutationOp, NoteKind
from app.services import notes
from app.services.context import Actor, NotFound, PermissionDenied, ValidationFailed
from app.services.db import Database
from tests.services.conftest import MakeWorker


def note(db: Database, actor: Actor, worker_id: object, **kw: Any) -> CaseNote:
    data = {"worker_id": worker_id, "kind": "call", "text": "Llamó desde Ontario.", **kw}
    with db.write() as s:
        return notes.add_note(s, data=data, actor=actor)


def test_add_note_takes_author_and_workers_stage(
    db: Database, make_worker: MakeWorker, mx_officer: Actor
) -> None:
    n = note(db, mx_officer, make_worker(migration_stage="abroad"))
    assert n.author == "olga.mx" and n.stage == MigrationStage.ABROAD and n.kind == NoteKind.CALL
    with pytest.raises(ValidationFailed):
        note(db, mx_officer, make_worker(), text="   ")


def test_revision_is_a_new_row_and_old_text_never_changes(
    db: Database, make_worker: MakeWorker, mx_officer: Actor
) -> None:
    w = make_worker()
    first = note(db, mx_officer, w, follow_up_date=date(2026, 12, 1))
    with db.write() as s:
        second = notes.revise_note(
            s, note_id=first.id, text="Llamó desde Quebec.", actor=mx_officer
        )
    assert second.revision_of == first.id and second.follow_up_date == date(2026, 12, 1)
    with db.read() as s:
        old = s.get(CaseNote, first.id)
        assert old is not None and old.superseded and old.text == "Llamó desde Ontario."
        updates = s.exec(
            select(OutboxMutation).where(
                OutboxMutation.entity_id == first.id, OutboxMutation.op == MutationOp.UPDATE
            )
        ).all()
        assert [set(json.loads(u.changes)) - {"updated_at", "updated_by"} for u in updates] == [
            {"superseded"}
        ]
        latest = notes.notes_of_worker(s, worker_id=w, actor=mx_officer)
        assert [n.id for n in latest] == [second.id]
        assert (
            len(notes.notes_of_worker(s, worker_id=w, actor=mx_officer, include_superseded=True))
            == 2
        )
    with pytest.raises(PermissionDenied, match="newer version"), db.write() as s:
        notes.revise_note(s, note_id=first.id, text="again", actor=mx_officer)
    with db.write() as s:
        third = notes.revise_note(
            s,
            note_id=second.id,
            text="Llamó desde Quebec (Saint-Rémi).",
            follow_up_date=None,
            actor=mx_officer,
        )
    with db.read() as s:
        chain = notes.revisions(s, note_id=first.id, actor=mx_officer)
    assert [n.id for n in chain] == [third.id, second.id, first.id]
    assert third.follow_up_date is None


def test_only_author_or_supervisor_revises(
    db: Database,
    make_worker: MakeWorker,
    mx_officer: Actor,
    mx_officer2: Actor,
    mx_supervisor: Actor,
) -> None:
    n = note(db, mx_officer, make_worker())
    with pytest.raises(PermissionDenied, match=r"olga\.mx"), db.write() as s:
        notes.revise_note(s, note_id=n.id, text="x", actor=mx_officer2)
    with db.write() as s:
        rev = notes.revise_note(s, note_id=n.id, text="Corregido", actor=mx_supervisor)
    assert rev.author == "olga.mx" and rev.updated_by == "sara.mx"


def test_follow_up_done_once_keeps_text(
    db: Database, make_worker: MakeWorker, mx_officer: Actor, mx_officer2: Actor
) -> None:
    n = note(db, mx_officer, make_worker(), follow_up_date=date(2026, 11, 20))
    with db.write() as s:
        done = notes.mark_follow_up_done(s, note_id=n.id, on=date(2026, 11, 24), actor=mx_officer2)
    assert done.follow_up_done_on == date(2026, 11, 24) and done.text == n.text
    with pytest.raises(PermissionDenied, match="already marked done"), db.write() as s:
        notes.mark_follow_up_done(s, note_id=n.id, on=date(2026, 11, 25), actor=mx_officer)
    plain = note(db, mx_officer, make_worker())
    with pytest.raises(ValidationFailed), db.write() as s:
        notes.mark_follow_up_done(s, note_id=plain.id, on=date(2026, 11, 25), actor=mx_officer)


def test_scope_and_read_only_roles(
    db: Database,
    make_worker: MakeWorker,
    mx_officer: Actor,
    hn_officer: Actor,
    analyst: Actor,
    admin: Actor,
) -> None:
    w = make_worker("MX")
    n = note(db, mx_officer, w)
    with pytest.raises(NotFound):
        note(db, hn_officer, w)
    with pytest.raises(NotFound), db.write() as s:
        notes.revise_note(s, note_id=n.id, text="x", actor=hn_officer)
    for actor in (analyst, admin):
        with pytest.raises(PermissionDenied):
            note(db, actor, w)
    with db.read() as s:
        assert len(notes.notes_of_worker(s, worker_id=w, actor=analyst)) == 1
