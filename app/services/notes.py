"""Case notes: append-only; an edit adds a revision and marks the old one superseded.

Rules decided here:
- Any officer or supervisor of the worker's mission adds notes; the author is the actor.
- Only the latest revision can be revised, by its author or a mission supervisor. The
  new revision keeps the author of the note (the reviser is in `updated_by` and history).
- The text of a note row is never changed. Two flags may be set on a row after it is
  written, each once and never cleared: `superseded` (a newer revision exists) and
  `follow_up_done_on` (the follow-up was done). A sync merge keeps whichever is set.
- A note without text, or a follow-up marked done twice, is refused.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models import CaseNote, CaseNoteCreate, Worker
from app.models.enums import MigrationStage, NoteKind, Role
from app.services.casework import (
    active_worker,
    check_texts,
    insert_row,
    msg,
    parse_input,
    update_row,
    visible,
    writable,
)
from app.services.context import Actor, Message, PermissionDenied, ValidationFailed

ENTITY = "case_note"

SUPERSEDED = QT_TRANSLATE_NOOP(
    "Workflows", "A newer version of this note exists: open the latest one to change it."
)
NOT_AUTHOR = QT_TRANSLATE_NOOP(
    "Workflows", "Only the author of a note ({author}) or a supervisor can revise it."
)
NO_FOLLOW_UP = QT_TRANSLATE_NOOP("Workflows", "This note has no follow-up date.")
FOLLOW_UP_DONE = QT_TRANSLATE_NOOP("Workflows", "This follow-up was already marked done on {date}.")
_UNSET: Any = object()


def add_note(
    session: Session, *, data: CaseNoteCreate | Mapping[str, Any], actor: Actor
) -> CaseNote:
    """A new note on a worker; its stage is the worker's current stage unless given."""
    raw = dict(data.model_dump(exclude_unset=True) if isinstance(data, CaseNoteCreate) else data)
    values = parse_input(CaseNoteCreate, raw)
    worker = active_worker(session, values["worker_id"], actor)
    if "stage" not in raw:
        values["stage"] = worker.migration_stage
    values["follow_up_done_on"] = None
    _check(values)
    note = CaseNote(**values, mission_id=worker.mission_id, author=actor.username)
    insert_row(session, entity=ENTITY, row=note, actor=actor)
    session.flush()
    return note


def revise_note(
    session: Session,
    *,
    note_id: uuid.UUID,
    text: str,
    actor: Actor,
    kind: NoteKind | None = None,
    stage: MigrationStage | None = None,
    follow_up_date: date | None = _UNSET,
) -> CaseNote:
    """An edit: a new revision pointing at the old note, which is marked superseded.

    Fields not given are carried over from the old revision.
    """
    old = _latest_for_write(session, note_id, actor)
    if old.author != actor.username and actor.role != Role.SUPERVISOR:
        raise PermissionDenied(msg(NOT_AUTHOR, author=old.author))
    values: dict[str, Any] = {
        "worker_id": old.worker_id,
        "text": text,
        "kind": kind or old.kind,
        "stage": stage or old.stage,
        "follow_up_date": old.follow_up_date if follow_up_date is _UNSET else follow_up_date,
    }
    values = parse_input(CaseNoteCreate, values)
    _check(values)
    values["follow_up_done_on"] = old.follow_up_done_on
    new = CaseNote(**values, mission_id=old.mission_id, author=old.author, revision_of=old.id)
    insert_row(session, entity=ENTITY, row=new, actor=actor)
    update_row(session, entity=ENTITY, row=old, values={"superseded": True}, actor=actor)
    session.flush()
    return new


def mark_follow_up_done(
    session: Session, *, note_id: uuid.UUID, on: date, actor: Actor
) -> CaseNote:
    """The follow-up of a note was done on `on` (set once on the latest revision)."""
    note = _latest_for_write(session, note_id, actor)
    if note.follow_up_date is None:
        raise ValidationFailed({"follow_up_date": msg(NO_FOLLOW_UP)})
    if note.follow_up_done_on is not None:
        raise PermissionDenied(msg(FOLLOW_UP_DONE, date=note.follow_up_done_on))
    update_row(session, entity=ENTITY, row=note, values={"follow_up_done_on": on}, actor=actor)
    session.flush()
    return note


def _latest_for_write(session: Session, note_id: uuid.UUID, actor: Actor) -> CaseNote:
    note = writable(session, CaseNote, note_id, actor)
    active_worker(session, note.worker_id, actor)
    if note.superseded:
        raise PermissionDenied(msg(SUPERSEDED))
    return note


def _check(values: Mapping[str, Any]) -> None:
    errors: dict[str, Message] = {}
    check_texts(values, CaseNote, required=("text",), out=errors)
    if errors:
        raise ValidationFailed(errors)


# --- reads ------------------------------------------------------------------------------


def notes_of_worker(
    session: Session, *, worker_id: uuid.UUID, actor: Actor, include_superseded: bool = False
) -> list[CaseNote]:
    """A worker's notes, newest first (latest revisions only unless asked)."""
    visible(session, Worker, worker_id, actor)
    return list_for_worker(session, worker_id, include_superseded=include_superseded)


def list_for_worker(
    session: Session, worker_id: uuid.UUID, *, include_superseded: bool = False
) -> list[CaseNote]:
    stmt = select(CaseNote).where(
        CaseNote.worker_id == worker_id, col(CaseNote.archived_at).is_(None)
    )
    if not include_superseded:
        stmt = stmt.where(col(CaseNote.superseded).is_(False))
    return list(session.exec(stmt.order_by(col(CaseNote.created_at).desc())))


def revisions(session: Session, *, note_id: uuid.UUID, actor: Actor) -> list[CaseNote]:
    """Every revision of a note, newest first, starting from any of them."""
    note = visible(session, CaseNote, note_id, actor)
    chain = [
        n
        for n in list_for_worker(session, note.worker_id, include_superseded=True)
        if n.revision_of is not None or n.superseded or n.id == note.id
    ]
    by_id = {n.id: n for n in chain}
    newer = {n.revision_of: n for n in chain if n.revision_of is not None}
    latest = note
    while latest.id in newer:
        latest = newer[latest.id]
    out = [latest]
    while out[-1].revision_of is not None and out[-1].revision_of in by_id:
        out.append(by_id[out[-1].revision_of])
    return out
