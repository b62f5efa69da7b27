"""Intake use cases: paper form codes (who holds one) and the rules a new intake follows."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlmodel import Session, select

from app.forms.form_codes import ALPHABET, normalize_form_code
from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models import Worker, WorkerCreate, WorkerRead, full_name
from app.models.enums import MigrationStage, NoteKind
from app.services import notes, workers
from app.services.context import Actor, Message, ValidationFailed
from app.services.db import Database

CONTEXT = "Intake"

INTAKE_STAGES: tuple[MigrationStage, ...] = (MigrationStage.PRE_DEPARTURE, MigrationStage.RETURNED)
"""Stages a worker may be registered in. Abroad needs a placement, so a worker gets there
only through the journey action `placements.depart`, never at intake."""

STAGE_AT_INTAKE = QT_TRANSLATE_NOOP(
    "Intake",
    "A new worker starts as preparing to leave or back home; going abroad is recorded "
    "in the worker file, with the placement.",
)
STAGE_IS_A_JOURNEY_ACTION = QT_TRANSLATE_NOOP(
    "Intake",
    "The stage changes through the journey actions of the worker file (departure, return).",
)
FORM_CODE_MALFORMED = QT_TRANSLATE_NOOP(
    "Intake",
    "This is not a form code. A form code looks like F-MX-7K3Q-9H2M-X: "
    "type it as printed at the top of the paper form.",
)
FORM_CODE_MISTYPED = QT_TRANSLATE_NOOP(
    "Intake",
    "This form code has a mistake: its last character does not match the others. "
    "Check each character against the paper form.",
)
FORM_CODE_USED = QT_TRANSLATE_NOOP("Intake", "This form code is already used for {name} ({code}).")
FORM_CODE_USED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Intake", "This form code is already used for a worker of another mission ({code})."
)

INTENTIONS = "intentions"  # field 6.2 of the form: a case note, not a Worker column

_BODY = re.compile(rf"^F(?:[A-Z]{{2}})?[{ALPHABET}]{{9}}$")
_SEPARATORS = re.compile(r"[\s\-_./]+")


def _msg(text: str, **params: str) -> Message:
    return Message(text, params, context=CONTEXT)


class CodeProblem(StrEnum):
    """Why a typed form code is refused before the store is even asked."""

    MALFORMED = "malformed"
    MISTYPED = "mistyped"


@dataclass(frozen=True)
class FormCodeHolder:
    """The worker a form code already belongs to (name hidden outside the actor's scope)."""

    worker_id: uuid.UUID
    case_code: str
    full_name: str
    mission_id: str
    readable: bool

    def message(self) -> Message:
        """The refusal to show a person."""
        if self.readable:
            return _msg(FORM_CODE_USED, name=self.full_name, code=self.case_code)
        return _msg(FORM_CODE_USED_ELSEWHERE, code=self.case_code)


def read_form_code(text: str) -> tuple[str | None, CodeProblem | None]:
    """(the code as printed, None) for a well-formed code, else (None, why it is refused).

    A code with the right shape whose check character does not match is MISTYPED (one
    character read or typed wrong); anything else that is not a code is MALFORMED.
    """
    code = normalize_form_code(text)
    if code is not None:
        return code, None
    compact = _SEPARATORS.sub("", text.upper())
    if _BODY.fullmatch(compact):
        return None, CodeProblem.MISTYPED
    return None, CodeProblem.MALFORMED


def problem_message(problem: CodeProblem) -> Message:
    return _msg(FORM_CODE_MALFORMED if problem is CodeProblem.MALFORMED else FORM_CODE_MISTYPED)


def form_code_holder(session: Session, *, code: str, actor: Actor) -> FormCodeHolder | None:
    """The worker whose intake form code is `code` (as printed), or None if it is free."""
    stmt = select(Worker).where(Worker.intake_form_code == code)
    holder = session.exec(stmt).first()
    if holder is None:
        return None
    return FormCodeHolder(
        worker_id=holder.id,
        case_code=holder.case_code,
        full_name=full_name(
            holder.given_names, holder.first_family_name, holder.second_family_name
        ),
        mission_id=holder.mission_id,
        readable=actor.may_read(holder.mission_id),
    )


def check_intake(values: Mapping[str, Any]) -> dict[str, Any]:
    """`values` with the form code in its printed form; ValidationFailed if the code is
    not a code or the stage is one a worker cannot start in."""
    out, errors = _intake_rules(values)
    if errors:
        raise ValidationFailed(errors)
    return out


def _intake_rules(values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Message]]:
    out = dict(values)
    errors: dict[str, Message] = {}
    raw = str(out.get("intake_form_code") or "").strip()
    if raw:
        code, problem = read_form_code(raw)
        if problem is not None:
            errors["intake_form_code"] = problem_message(problem)
        out["intake_form_code"] = code or raw
    else:
        out["intake_form_code"] = None
    stage = out.get("migration_stage") or MigrationStage.PRE_DEPARTURE
    if str(getattr(stage, "value", stage)) not in {s.value for s in INTAKE_STAGES}:
        errors["migration_stage"] = _msg(STAGE_AT_INTAKE)
    return out, errors


def check_update(current: Worker | WorkerRead, changes: Mapping[str, Any]) -> None:
    """Refuse a direct stage change of a stored worker (the journey actions make those)."""
    if "migration_stage" not in changes:
        return
    wanted = changes["migration_stage"]
    if str(getattr(wanted, "value", wanted)) != current.migration_stage.value:
        raise ValidationFailed({"migration_stage": _msg(STAGE_IS_A_JOURNEY_ACTION)})


def create_intake(
    session: Session, *, data: WorkerCreate | Mapping[str, Any], actor: Actor, today: date
) -> WorkerRead:
    """A new worker from an intake: the intake rules (a well-formed, free form code; a
    starting stage), then `workers.create_worker` with its own validation; the answer to
    6.2 (`intentions`, not a Worker field) becomes the first interview case note."""
    values = dict(data.model_dump() if isinstance(data, WorkerCreate) else data)
    intentions = str(values.pop(INTENTIONS, "") or "").strip()
    values, errors = _intake_rules(values)
    code = values["intake_form_code"]
    if code and "intake_form_code" not in errors:
        holder = form_code_holder(session, code=code, actor=actor)
        if holder is not None:
            errors["intake_form_code"] = holder.message()
    if errors:
        raise ValidationFailed(errors)
    saved = workers.create_worker(session, data=values, actor=actor, today=today)
    if intentions:
        note = {"worker_id": saved.id, "kind": NoteKind.INTERVIEW, "text": intentions}
        notes.add_note(session, data=note, actor=actor)
    return saved


def update_profile(
    session: Session,
    *,
    worker_id: uuid.UUID,
    changes: Mapping[str, Any],
    actor: Actor,
    today: date,
    expected_updated_at: datetime | None = None,
) -> WorkerRead:
    """What the editor changes in a stored worker: any field but the stage (the journey
    actions of `placements` move it, with their checks); a form code in printed form."""
    current = workers.get_worker(session, worker_id=worker_id, actor=actor)
    check_update(current, changes)
    values = dict(changes)
    if "intake_form_code" in values:
        cleaned, errors = _intake_rules({"intake_form_code": values["intake_form_code"]})
        if "intake_form_code" in errors:
            raise ValidationFailed({"intake_form_code": errors["intake_form_code"]})
        values["intake_form_code"] = cleaned["intake_form_code"]
    return workers.update_worker(
        session,
        worker_id=worker_id,
        changes=values,
        actor=actor,
        today=today,
        expected_updated_at=expected_updated_at,
    )


class IntakeService:
    """The intake use cases bound to the store, the acting person and the clock."""

    def __init__(
        self, db: Database, actor: Callable[[], Actor], today: Callable[[], date] = date.today
    ) -> None:
        self._db = db
        self._actor = actor
        self._today = today

    def form_code_holder(self, code: str) -> FormCodeHolder | None:
        with self._db.read() as s:
            return form_code_holder(s, code=code, actor=self._actor())

    def create(self, data: WorkerCreate | Mapping[str, Any]) -> WorkerRead:
        with self._db.write() as s:
            return create_intake(s, data=data, actor=self._actor(), today=self._today())

    def update(
        self,
        worker_id: uuid.UUID,
        changes: Mapping[str, Any],
        *,
        expected_updated_at: datetime | None = None,
    ) -> WorkerRead:
        with self._db.write() as s:
            return update_profile(
                s,
                worker_id=worker_id,
                changes=changes,
                actor=self._actor(),
                today=self._today(),
                expected_updated_at=expected_updated_at,
            )
