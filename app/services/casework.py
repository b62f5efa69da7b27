"""Shared by the case-work use cases: role and scope checks, and rows written with history."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlmodel import Session

from app.i18n_marks import QT_TRANSLATE_NOOP, Translate
from app.models import Mission, SyncColumns, Worker, full_name, utcnow
from app.models.codec import row_to_wire
from app.models.enums import MutationOp, Role
from app.services.context import (
    NOT_ALLOWED,
    NOT_YOUR_MISSION,
    Actor,
    Message,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from app.services.history import changed_fields, record_mutation, stamp

CONTEXT = "Workflows"
Row = TypeVar("Row", bound=SyncColumns)

SUPERVISOR_ONLY = QT_TRANSLATE_NOOP("Workflows", "Only a mission supervisor can do this.")
WORKER_ARCHIVED = QT_TRANSLATE_NOOP(
    "Workflows", "The record of {name} is archived: restore it before changing it."
)


@dataclass(frozen=True)
class LabelledMessage(Message):
    """A message whose named values in `labels` are themselves marked source texts
    (a status, a stage): they are translated too when the message is rendered."""

    labels: tuple[str, ...] = ()

    def render(self, tr: Translate) -> str:
        params = {k: tr(CONTEXT, v) if k in self.labels else v for k, v in self.params.items()}
        return tr(self.context, self.text).format(**params)


# Labels of the states a message can name (English source, marked for translation).
STATE_LABELS: dict[str, str] = {
    "pre_departure": QT_TRANSLATE_NOOP("Workflows", "pre-departure"),
    "abroad": QT_TRANSLATE_NOOP("Workflows", "abroad"),
    "returned": QT_TRANSLATE_NOOP("Workflows", "returned"),
    "planned": QT_TRANSLATE_NOOP("Workflows", "planned"),
    "active": QT_TRANSLATE_NOOP("Workflows", "active"),
    "completed": QT_TRANSLATE_NOOP("Workflows", "completed"),
    "ended_early": QT_TRANSLATE_NOOP("Workflows", "ended early"),
    "cancelled": QT_TRANSLATE_NOOP("Workflows", "cancelled"),
    "enrolled": QT_TRANSLATE_NOOP("Workflows", "enrolled"),
    "attending": QT_TRANSLATE_NOOP("Workflows", "attending"),
    "withdrawn": QT_TRANSLATE_NOOP("Workflows", "withdrawn"),
    "draft": QT_TRANSLATE_NOOP("Workflows", "draft"),
    "submitted": QT_TRANSLATE_NOOP("Workflows", "submitted"),
    "approved": QT_TRANSLATE_NOOP("Workflows", "approved"),
    "in_progress": QT_TRANSLATE_NOOP("Workflows", "in progress"),
    "abandoned": QT_TRANSLATE_NOOP("Workflows", "abandoned"),
    "proposed": QT_TRANSLATE_NOOP("Workflows", "proposed"),
    "fundraising": QT_TRANSLATE_NOOP("Workflows", "fundraising"),
}


def msg(text: str, **params: object) -> Message:
    """A Workflows message with its named values as text."""
    return Message(text, {k: str(v) for k, v in params.items()}, CONTEXT)


def state_msg(text: str, *, state: object, **params: object) -> Message:
    """A message naming a state as `{status}`: the state's label is translated too."""
    value = str(getattr(state, "value", state))
    values = {k: str(v) for k, v in params.items()}
    values["status"] = STATE_LABELS.get(value, value)
    return LabelledMessage(text, values, CONTEXT, labels=("status",))


def check_write(actor: Actor, mission: str) -> None:
    """Refuse unless the actor may change case data of `mission`."""
    if actor.may_write(mission):
        return
    if actor.role in (Role.HQ_ANALYST, Role.ADMIN):
        raise PermissionDenied(Message(NOT_ALLOWED))
    raise PermissionDenied(Message(NOT_YOUR_MISSION, {"mission": mission}))


def check_supervisor(actor: Actor, mission: str) -> None:
    """Refuse unless the actor supervises `mission`."""
    check_write(actor, mission)
    if actor.role != Role.SUPERVISOR:
        raise PermissionDenied(msg(SUPERVISOR_ONLY))


def visible(session: Session, model: type[Row], row_id: uuid.UUID, actor: Actor) -> Row:
    """The row if the actor may read it; a foreign or missing row raises NotFound alike."""
    row = session.get(model, row_id)
    if row is None or not actor.may_read(row.mission_id):
        raise NotFound(model.__name__.lower())
    return row


def writable(session: Session, model: type[Row], row_id: uuid.UUID, actor: Actor) -> Row:
    """The row if the actor may change it (NotFound when not visible at all)."""
    row = visible(session, model, row_id, actor)
    check_write(actor, row.mission_id)
    return row


def active_worker(session: Session, worker_id: uuid.UUID, actor: Actor) -> Worker:
    """A worker the actor may change, refused when archived."""
    worker = writable(session, Worker, worker_id, actor)
    if worker.archived_at is not None:
        raise PermissionDenied(msg(WORKER_ARCHIVED, name=worker_name(worker)))
    return worker


def worker_name(worker: Worker) -> str:
    return full_name(worker.given_names, worker.first_family_name, worker.second_family_name)


def insert_row(session: Session, *, entity: str, row: Row, actor: Actor) -> Row:
    """Add a new row with its history and its create mutation (all fields but version)."""
    now = utcnow()
    row.created_at = now
    stamp(row, actor, now)
    session.add(row)
    wire = row_to_wire(row, fields=tuple(f for f in type(row).model_fields if f != "version"))
    record_mutation(
        session,
        entity=entity,
        row=row,
        op=MutationOp.CREATE,
        changes=wire,
        before=None,
        actor=actor,
    )
    return row


def update_row(
    session: Session,
    *,
    entity: str,
    row: Row,
    values: Mapping[str, Any],
    actor: Actor,
    op: MutationOp = MutationOp.UPDATE,
) -> bool:
    """Set the fields that really change; history and mutation carry only those.

    Returns False (and writes nothing) when no value differs.
    """
    after, before = changed_fields(row, values)
    if not after:
        return False
    for name in after:
        setattr(row, name, values[name])
    stamp(row, actor, utcnow())
    after.update(row_to_wire(row, fields=("updated_at", "updated_by")))
    session.add(row)
    record_mutation(
        session, entity=entity, row=row, op=op, changes=after, before=before, actor=actor
    )
    return True


def reason(error: ServiceError) -> Message:
    """The sentence that explains a refusal (the first field message of a ValidationFailed)."""
    if isinstance(error, ValidationFailed):
        for value in error.errors.values():
            if isinstance(value, Message):
                return value
    return error.message


def field_errors(**errors: Message) -> dict[str, Message]:
    """A field -> message mapping for ValidationFailed."""
    return dict(errors)


REQUIRED = QT_TRANSLATE_NOOP("Workflows", "This field is required.")
TOO_LONG = QT_TRANSLATE_NOOP("Workflows", "Too long: use at most {max} characters.")
END_BEFORE_START = QT_TRANSLATE_NOOP("Workflows", "The end date cannot be before the start date.")


def check_texts(
    values: Mapping[str, Any],
    model: type[Any],
    *,
    required: tuple[str, ...] = (),
    out: dict[str, Message],
) -> None:
    """Required and too-long text fields of `values`, by the limits of `model`'s fields."""
    for name, value in values.items():
        if not isinstance(value, str):
            continue
        info = model.model_fields.get(name)
        limit = _max_length(info) if info is not None else None
        if limit is not None and len(value) > limit:
            out[name] = msg(TOO_LONG, max=limit)
    for name in required:
        value = values.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            out[name] = msg(REQUIRED)


def _max_length(info: Any) -> int | None:
    for item in getattr(info, "metadata", ()):
        limit = getattr(item, "max_length", None)
        if isinstance(limit, int):
            return limit
    return None


def strip_texts(values: Mapping[str, Any]) -> dict[str, Any]:
    """A copy with surrounding spaces removed from every text value."""
    return {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}


INVALID = QT_TRANSLATE_NOOP("Workflows", "This value is not valid here.")
NOT_POSITIVE = QT_TRANSLATE_NOOP("Workflows", "Enter an amount greater than zero.")
NEGATIVE = QT_TRANSLATE_NOOP("Workflows", "This cannot be negative.")


def parse_input(schema: type[Any], data: Any, *, partial: bool = False) -> dict[str, Any]:
    """Typed values from a schema instance or a mapping; wrong fields raise ValidationFailed.

    With `partial`, only the fields present in `data` are returned (an update).
    """
    from pydantic import ValidationError

    raw = data.model_dump(exclude_unset=partial) if hasattr(data, "model_dump") else dict(data)
    unknown = set(raw) - set(schema.model_fields)
    if unknown:
        raise ValueError(f"unknown fields: {sorted(unknown)}")
    try:
        parsed = schema.model_validate(raw)
    except ValidationError as exc:
        errors: dict[str, Message] = {}
        for err in exc.errors():
            name = str(err["loc"][0]) if err["loc"] else "__all__"
            kind = err["type"]
            if kind == "missing":
                errors[name] = msg(REQUIRED)
            elif kind == "greater_than":
                errors[name] = msg(NOT_POSITIVE)
            elif kind == "greater_than_equal":
                errors[name] = msg(NEGATIVE)
            elif kind == "string_too_long":
                errors[name] = msg(TOO_LONG, max=err.get("ctx", {}).get("max_length", ""))
            else:
                errors.setdefault(name, msg(INVALID))
        raise ValidationFailed(errors) from None
    values: dict[str, Any] = parsed.model_dump(exclude_unset=partial)
    return strip_texts(values)


def given(data: Any, name: str) -> bool:
    """Whether the caller's input (schema or mapping) sets `name` explicitly."""
    if hasattr(data, "model_fields_set"):
        return name in data.model_fields_set
    return name in data


def mission_currency(session: Session, mission: str) -> str | None:
    """The currency of a mission (MXN for Mexico...), from the mission table."""
    row = session.get(Mission, mission)
    return None if row is None else row.currency
