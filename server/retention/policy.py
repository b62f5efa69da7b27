"""Retention periods: one per mission, read, set and cleared (audited)."""

from __future__ import annotations

import math
from datetime import datetime

from sqlmodel import Session, col, select

from app.models import Mission
from app.models.base import utcnow
from server import audit
from server.models import RetentionPolicy

RETENTION_SET = audit.RETENTION_SET
RETENTION_CLEARED = audit.RETENTION_CLEARED
RETENTION_PURGE = audit.RETENTION_PURGE
"""Audit log events (names, mission and counts only)."""

MAX_DAYS = 36_525
"""The longest period accepted (100 years)."""

DAYS_PER_MONTH = 30.436875
DAYS_PER_YEAR = 365.2425


class RetentionError(ValueError):
    """A period or mission that cannot be used (the CLI prints it and exits 2)."""


def period_days(
    *, days: int | None = None, months: int | None = None, years: int | None = None
) -> int:
    """Exactly one of days, months or years as whole days (months and years rounded up)."""
    given = [(v, per) for v, per in ((days, 1.0), (months, DAYS_PER_MONTH), (years, DAYS_PER_YEAR))]
    chosen = [(v, per) for v, per in given if v is not None]
    if len(chosen) != 1:
        raise RetentionError("Give the period once: in days, months or years.")
    value, per = chosen[0]
    if value <= 0:
        raise RetentionError("The retention period must be more than zero.")
    total = math.ceil(value * per)
    if total > MAX_DAYS:
        raise RetentionError(f"The retention period can be at most {MAX_DAYS} days (100 years).")
    return total


def _mission(session: Session, mission: str) -> str:
    code = mission.strip().upper()
    if session.get(Mission, code) is None:
        raise RetentionError(f"There is no mission {mission}.")
    return code


def policies(session: Session) -> list[RetentionPolicy]:
    """Every mission's period, by mission code."""
    query = select(RetentionPolicy).order_by(col(RetentionPolicy.mission_id))
    return list(session.exec(query).all())


def set_policy(
    session: Session, *, mission: str, days: int, by: str, now: datetime | None = None
) -> RetentionPolicy:
    """Give a mission a period of `days` (audited); the caller commits."""
    code = _mission(session, mission)
    if not 0 < days <= MAX_DAYS:
        raise RetentionError(f"The retention period must be 1 to {MAX_DAYS} days.")
    policy = session.get(RetentionPolicy, code) or RetentionPolicy(mission_id=code, days=days)
    policy.days, policy.set_by, policy.set_at = days, by[:80], now or utcnow()
    session.add(policy)
    session.flush()
    audit.append(session, event=RETENTION_SET, username=by, role="cli", mission_id=code, count=days)
    return policy


def clear_policy(session: Session, *, mission: str, by: str) -> bool:
    """Keep a mission's records forever again; False if it had no period. Caller commits."""
    code = _mission(session, mission)
    policy = session.get(RetentionPolicy, code)
    if policy is None:
        return False
    session.delete(policy)
    session.flush()
    audit.append(session, event=RETENTION_CLEARED, username=by, role="cli", mission_id=code)
    return True
