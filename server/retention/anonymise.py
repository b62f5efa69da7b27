"""Anonymising: blank the records, strip the values kept about them, mark them purged."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, bindparam
from sqlalchemy import select as sa_select
from sqlmodel import Session

from app.models import SYNCED_ENTITIES
from server.db import reserve_seqs
from server.models import AuditEntry, MutationLedger, RowMeta, ServerConflict
from server.retention.sql import chunks, table_of

PURGED_BY = "retention"
"""`updated_by` of anonymised rows."""

PURGED_MESSAGE = (
    "This record was anonymised under its mission's retention period; it can no longer be changed."
)
PARENT_PURGED_MESSAGE = (
    "The worker this record belongs to was anonymised under its mission's retention "
    "period; nothing can be added to it."
)


def _first_of_year(value: date) -> date:
    return date(value.year, 1, 1)


SCRUB: dict[str, dict[str, Any]] = {
    "worker": {
        "given_names": "",
        "first_family_name": "",
        "second_family_name": "",
        "sort_name": "",
        "date_of_birth": _first_of_year,
        "id_document_number": "",
        "phone": "",
        "phone_alt": "",
        "email": "",
        "municipality": "",
        "community": "",
        "address_line": "",
        "occupation": "",
        "skills": "",
        "consent_obtained_by": "",
        "intake_form_code": None,
    },
    "placement": {"employer": "", "permit_number": ""},
    "enrolment": {"certificate_number": ""},
    "reintegration_plan": {"title": "", "goals": "", "community": "", "other_funding_source": ""},
    "milestone": {"title": ""},
    "case_note": {"text": ""},
}
"""What anonymising writes, per entity and field: a value, or a function of the old value.

Kept on purpose: mission, sex, year of birth, nationality, state, education, languages,
dependants, stage, status, consent dates and purposes, the case code (a pseudonym that must
never be given again), placement city, province, sector, occupation and dates, enrolment
results, plan kind, sector and amounts, remittances, attendance, and staff usernames.
"""


def anonymise(
    session: Session, records: dict[str, list[uuid.UUID]], now: datetime
) -> dict[str, int]:
    """Blank the records, strip their kept values, mark them purged; counts by entity."""
    live = {entity: _live_versions(session, entity, ids) for entity, ids in records.items()}
    total = sum(len(versions) for versions in live.values())
    if not total:
        return {}
    seq = reserve_seqs(session, total)
    for entity in SYNCED_ENTITIES:  # parents first in the feed too
        versions = live.get(entity)
        if versions:
            seq = _purge_rows(session, entity, versions, now, seq)
            _strip_kept_values(session, entity, list(versions), now)
    return {entity: len(versions) for entity, versions in live.items() if versions}


def _live_versions(session: Session, entity: str, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    meta = table_of(RowMeta)
    out: dict[uuid.UUID, int] = {}
    for chunk in chunks(ids):
        query = sa_select(meta.c.entity_id, meta.c.version).where(
            meta.c.entity == entity, meta.c.entity_id.in_(chunk), meta.c.purged_at.is_(None)
        )
        out.update(
            (entity_id, int(version)) for entity_id, version in session.connection().execute(query)
        )
    return out


def _purge_rows(
    session: Session, entity: str, versions: dict[uuid.UUID, int], now: datetime, seq: int
) -> int:
    """Write the blanks and the next version; give each row a feed position from `seq` on."""
    table, meta = table_of(SYNCED_ENTITIES[entity]), table_of(RowMeta)
    spec = SCRUB.get(entity, {})
    fixed = {name: value for name, value in spec.items() if not callable(value)}
    derived: dict[str, Callable[[Any], Any]] = {n: f for n, f in spec.items() if callable(f)}
    old = _current_values(session, table, list(derived), list(versions))
    rows, metas = [], []
    for entity_id, version in versions.items():
        params = {"p_id": entity_id, "p_version": version + 1}
        for name, change in derived.items():
            value = old[entity_id][name]
            params[f"p_{name}"] = None if value is None else change(value)
        rows.append(params)
        metas.append({"p_id": entity_id, "p_version": version + 1, "p_seq": seq})
        seq += 1
    conn = session.connection()
    conn.execute(
        table.update()
        .where(table.c.id == bindparam("p_id"))
        .values(
            version=bindparam("p_version"),
            updated_at=now,
            updated_by=PURGED_BY,
            **fixed,
            **{name: bindparam(f"p_{name}") for name in derived},
        ),
        rows,
    )
    conn.execute(
        meta.update()
        .where(meta.c.entity == entity, meta.c.entity_id == bindparam("p_id"))
        .values(
            version=bindparam("p_version"),
            server_seq=bindparam("p_seq"),
            purged_at=now,
        ),
        metas,
    )
    return seq


def _current_values(
    session: Session, table: Table, names: list[str], ids: list[uuid.UUID]
) -> dict[uuid.UUID, dict[str, Any]]:
    out: dict[uuid.UUID, dict[str, Any]] = {}
    if not names:
        return out
    for chunk in chunks(ids):
        query = sa_select(table.c.id, *(table.c[n] for n in names)).where(table.c.id.in_(chunk))
        for row in session.connection().execute(query):
            out[row[0]] = dict(zip(names, row[1:], strict=True))
    return out


def _strip_kept_values(session: Session, entity: str, ids: list[uuid.UUID], now: datetime) -> None:
    """History values, conflict values and the rows in mutation answers of these records."""
    history, conflicts = table_of(AuditEntry), table_of(ServerConflict)
    ledger = table_of(MutationLedger)
    conn = session.connection()
    for chunk in chunks(ids):
        conn.execute(
            history.update()
            .where(history.c.entity == entity, history.c.entity_id.in_(chunk))
            .values(new_value=None)
        )
        mine = (conflicts.c.entity == entity) & conflicts.c.entity_id.in_(chunk)
        conn.execute(conflicts.update().where(mine).values(base="null", mine="null", theirs="null"))
        conn.execute(
            conflicts.update()
            .where(mine, conflicts.c.resolved_at.is_(None))
            .values(resolved_at=now)
        )
        answers = conn.execute(
            sa_select(ledger.c.mutation_id, ledger.c.result).where(
                ledger.c.entity == entity, ledger.c.entity_id.in_(chunk)
            )
        ).all()
        stripped = [
            {"p_id": mutation_id, "p_result": new}
            for mutation_id, result in answers
            if (new := strip_result(result)) is not None
        ]
        if stripped:
            conn.execute(
                ledger.update()
                .where(ledger.c.mutation_id == bindparam("p_id"))
                .values(result=bindparam("p_result")),
                stripped,
            )


def strip_result(result: str) -> str | None:
    """A stored MutationResult without its row and conflict values; None if it had none."""
    data: dict[str, Any] = json.loads(result)
    changed = data.get("row") is not None
    data["row"] = None
    for conflict in data.get("conflicts") or []:
        for side in ("base", "mine", "theirs"):
            changed = changed or conflict.get(side) is not None
            conflict[side] = None
    return json.dumps(data, separators=(",", ":")) if changed else None
