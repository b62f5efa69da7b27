"""The desktop's security audit: who signed in, exported, printed, changed consent, archived.

Each call writes one `audit_event` row inside the caller's transaction (so the event
exists exactly when the action does). Rows hold names and ids only, never personal
values: field *names*, a record's UUID, the user's account name. They wait in the table
until `app.sync.audit_upload` has the server chain them.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlmodel import Session, col, select

from app.i18n_marks import QT_TRANSLATE_NOOP, Translate
from app.models.audit_event import (
    CLIENT_AUDIT_EVENTS,
    CONSENT_CHANGED,
    CONSENT_WITHDRAWN,
    NAME_PATTERN,
    SIGN_IN,
    SIGN_IN_FAILED,
    USERNAME_PATTERN,
    AuditEvent,
)
from app.services.context import Actor

CONSENT_FIELDS: frozenset[str] = frozenset(
    {"consent_date", "consent_purposes", "consent_obtained_by", "consent_withdrawn_at"}
)
# What each event is called on screen (server events too: HQ reads the server's chain).
EVENT_LABELS: dict[str, str] = {
    "sign_in": QT_TRANSLATE_NOOP("Audit", "Signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("Audit", "Sign-in refused"),
    "sign_out": QT_TRANSLATE_NOOP("Audit", "Signed out"),
    "device_revoked": QT_TRANSLATE_NOOP("Audit", "Device blocked"),
    "user_created": QT_TRANSLATE_NOOP("Audit", "User created"),
    "role_changed": QT_TRANSLATE_NOOP("Audit", "Role changed"),
    "password_reset": QT_TRANSLATE_NOOP("Audit", "Password reset"),
    "sync_push": QT_TRANSLATE_NOOP("Audit", "Change sent to the server"),
    "sync_pull": QT_TRANSLATE_NOOP("Audit", "Changes received from the server"),
    "bundle_import": QT_TRANSLATE_NOOP("Audit", "Sync file imported"),
    "bundle_export": QT_TRANSLATE_NOOP("Audit", "Sync file written"),
    "audit_read": QT_TRANSLATE_NOOP("Audit", "Audit log read"),
    "export": QT_TRANSLATE_NOOP("Audit", "Data exported"),
    "print": QT_TRANSLATE_NOOP("Audit", "Filled document printed"),
    "consent_changed": QT_TRANSLATE_NOOP("Audit", "Consent recorded or changed"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("Audit", "Consent withdrawn"),
    "archive": QT_TRANSLATE_NOOP("Audit", "Record archived"),
    "restore": QT_TRANSLATE_NOOP("Audit", "Record restored"),
    "retention_set": QT_TRANSLATE_NOOP("Audit", "Retention period set"),
    "retention_cleared": QT_TRANSLATE_NOOP("Audit", "Retention period removed"),
    "retention_purge": QT_TRANSLATE_NOOP("Audit", "Closed records anonymised (retention)"),
}


def event_label(event: str, translate: Translate) -> str:
    """The event's name for people, in their language (an unknown event shows as it is)."""
    label = EVENT_LABELS.get(event)
    return translate(CONTEXT, label) if label else event  # not tr(): lupdate would read it


_NAME = re.compile(NAME_PATTERN)
_USERNAME = re.compile(USERNAME_PATTERN)


CONTEXT = "Audit"


def _name(value: str, what: str) -> str:
    if not _NAME.match(value):
        raise ValueError(f"an audit {what} is a lower-case name, not a value: {value[:20]!r}")
    return value


def record_event(
    session: Session,
    *,
    actor: Actor,
    event: str,
    entity: str | None = None,
    record_id: uuid.UUID | str | None = None,
    fields: Iterable[str] = (),
    outcome: str = "ok",
    mission_id: str | None = None,
) -> AuditEvent:
    """Add one event by `actor` (the caller's transaction commits it).

    `fields` are field names; a value passed by mistake (spaces, capitals, accents) is
    refused with ValueError rather than stored.
    """
    if event not in CLIENT_AUDIT_EVENTS:
        raise ValueError(f"unknown audit event {event!r}")
    names = sorted({_name(f, "field") for f in fields})
    row = AuditEvent(
        username=actor.username,
        role=actor.role.value,
        device_tag=actor.device_tag,
        mission_id=mission_id if mission_id is not None else _mission_of(actor),
        event=event,
        entity=_name(entity, "entity") if entity else "",
        record_id=str(uuid.UUID(str(record_id))) if record_id else "",
        fields=",".join(names),
        outcome=_name(outcome, "outcome"),
    )
    session.add(row)
    return row


def _mission_of(actor: Actor) -> str:
    return actor.missions[0] if len(actor.missions) == 1 and actor.missions[0] != "HQ" else ""


def record_sign_in(
    session: Session,
    *,
    username: str,
    succeeded: bool,
    known_user: bool,
    actor: Actor | None = None,
    device_tag: str = "",
    outcome: str | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Record a sign-in on this laptop (online or offline), successful or not.

    A failed attempt keeps the username only if it names an account known here
    (`known_user`): what people type in the username box is sometimes their password.
    Pass the signed-in `actor` on success. Never pass the password.
    """
    name = username.strip().lower()
    keep = (succeeded or known_user) and bool(_USERNAME.match(name))
    row = AuditEvent(
        username=name if keep else "",
        role=actor.role.value if actor else "",
        device_tag=actor.device_tag if actor else device_tag,
        mission_id=_mission_of(actor) if actor else "",
        event=SIGN_IN if succeeded else SIGN_IN_FAILED,
        outcome=_name(outcome or ("ok" if succeeded else "wrong_password"), "outcome"),
    )
    if at is not None:
        row.at = at
    session.add(row)
    return row


def record_missed_sign_ins(
    session: Session,
    attempts: Iterable[tuple[datetime, str]],
    *,
    dropped: int = 0,
    device_tag: str = "",
) -> int:
    """Wrong passwords typed while the store was locked, each at its own time.

    `attempts` are (when, username) with the username already blank unless the key vault
    knew it; `dropped` counts attempts beyond what was kept (one event says so).
    Returns how many attempts were recorded.
    """
    recorded = 0
    for at, username in attempts:
        record_sign_in(
            session,
            username=username,
            succeeded=False,
            known_user=bool(username),
            device_tag=device_tag,
            at=at,
        )
        recorded += 1
    if dropped:
        record_sign_in(
            session,
            username="",
            succeeded=False,
            known_user=False,
            device_tag=device_tag,
            outcome="more_attempts_not_kept",
        )
    return recorded


def record_consent_change(
    session: Session,
    *,
    actor: Actor,
    worker_id: uuid.UUID,
    mission_id: str,
    changed: Iterable[str],
    withdrawn: bool,
) -> AuditEvent | None:
    """If consent fields are among `changed`, record a consent change (or withdrawal)."""
    names = CONSENT_FIELDS.intersection(changed)
    if not names:
        return None
    return record_event(
        session,
        actor=actor,
        event=CONSENT_WITHDRAWN if withdrawn else CONSENT_CHANGED,
        entity="worker",
        record_id=worker_id,
        fields=names,
        mission_id=mission_id,
    )


def pending_events(session: Session, *, limit: int = 500) -> list[AuditEvent]:
    """Events the server does not have yet, oldest first."""
    query = (
        select(AuditEvent)
        .where(col(AuditEvent.sent_at).is_(None), AuditEvent.upload_error == "")
        .order_by(col(AuditEvent.seq))
        .limit(limit)
    )
    return list(session.exec(query).all())


def mark_uploaded(
    session: Session,
    *,
    sent: Iterable[uuid.UUID],
    refused: dict[uuid.UUID, str],
    at: datetime,
) -> int:
    """Mark events the server chained (or already had) as sent; refused ones keep why."""
    done = 0
    for event_id in sent:
        row = session.exec(select(AuditEvent).where(AuditEvent.event_id == event_id)).first()
        if row is not None:
            row.sent_at = at
            session.add(row)
            done += 1
    for event_id, why in refused.items():
        row = session.exec(select(AuditEvent).where(AuditEvent.event_id == event_id)).first()
        if row is not None:
            row.upload_error = why[:40]
            session.add(row)
    return done
