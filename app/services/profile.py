"""This device's identity in the store: device tag, the officer, and case-code counters."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm.util import identity_key
from sqlmodel import Session

from app.models import LocalMeta, Worker
from app.services.db import Prepared
from app.store.search import fold

# Crockford's base32 without I, L, O, U: easy to read aloud and to type from paper.
TAG_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DEVICE_TAG = "device_tag"
OFFICER_NAME = "officer_name"
OFFICER_USERNAME = "officer_username"
OFFICER_MISSION = "officer_mission"

_META: Any = LocalMeta.__table__  # type: ignore[attr-defined]
_READ_META = Prepared(select(_META.c.value).where(_META.c.key == bindparam("key")))
_upsert = sqlite_insert(_META).values(key=bindparam("key"), value=bindparam("value"))
_WRITE_META = Prepared(
    _upsert.on_conflict_do_update(
        index_elements=[_META.c.key], set_={"value": _upsert.excluded.value}
    )
)
_CASE_CODE: Any = Worker.__table__.c.case_code  # type: ignore[attr-defined]
_LAST_CODE = Prepared(  # the index's last code in the range: one seek, no sort
    select(_CASE_CODE)
    .where(_CASE_CODE >= bindparam("lo"), _CASE_CODE < bindparam("hi"))  # noqa: SIM300
    .order_by(_CASE_CODE.desc())
    .limit(1)
)
_HIGHEST_CODE = Prepared(
    select(_CASE_CODE)
    .where(_CASE_CODE >= bindparam("lo"), _CASE_CODE < bindparam("hi"))  # noqa: SIM300
    .order_by(func.length(_CASE_CODE).desc(), _CASE_CODE.desc())  # 10000 after 9999
    .limit(1)
)


@dataclass(frozen=True)
class DeviceProfile:
    device_tag: str
    officer_name: str
    officer_username: str
    mission: str

    @property
    def complete(self) -> bool:
        return bool(self.officer_name and self.mission)


def get_meta(session: Session, key: str) -> str | None:
    row = session.get(LocalMeta, key)
    return None if row is None else row.value


def set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(LocalMeta, key)
    if row is None:
        session.add(LocalMeta(key=key, value=value))
    else:
        row.value = value
        session.add(row)


def new_device_tag() -> str:
    return "".join(secrets.choice(TAG_ALPHABET) for _ in range(3))


def ensure_device_tag(session: Session) -> str:
    """The device tag, made once per store on first use."""
    tag = get_meta(session, DEVICE_TAG)
    if not tag:
        tag = new_device_tag()
        set_meta(session, DEVICE_TAG, tag)
    return tag


def read_profile(session: Session) -> DeviceProfile:
    return DeviceProfile(
        device_tag=get_meta(session, DEVICE_TAG) or "",
        officer_name=get_meta(session, OFFICER_NAME) or "",
        officer_username=get_meta(session, OFFICER_USERNAME) or "",
        mission=get_meta(session, OFFICER_MISSION) or "",
    )


def save_profile(session: Session, *, officer_name: str, mission: str) -> DeviceProfile:
    """Record the officer working on this device (first run, before sign-in exists)."""
    ensure_device_tag(session)
    username = "".join(ch for ch in fold(officer_name) if ch.isalnum() or ch == " ")
    set_meta(session, OFFICER_NAME, officer_name.strip())
    set_meta(session, OFFICER_USERNAME, username.replace(" ", ".")[:60] or "officer")
    set_meta(session, OFFICER_MISSION, mission)
    return read_profile(session)


def next_case_code(session: Session, *, mission: str, device_tag: str) -> str:
    """The next case code of this device for `mission`, e.g. MX-7K3-0042 (never reused).

    The counter is also checked against the highest code of this device already stored:
    after a restored backup the counter is older than the workers synced back since.
    One read of the counter and one upsert, as plain statements: this runs in every save
    of a new worker.
    """
    key = f"case_counter:{mission}:{device_tag}"
    session.flush()  # a counter or worker added in this session and not yet written counts
    stored = _READ_META.scalar(session, {"key": key})
    counter = max(int(stored or "0"), _highest_code(session, mission, device_tag)) + 1
    _WRITE_META.run(session, {"key": key, "value": str(counter)})
    cached = session.identity_map.get(identity_key(LocalMeta, key))
    if cached is not None:
        session.expire(cached)  # a LocalMeta of this key read earlier shows the new value
    return f"{mission}-{device_tag}-{counter:04d}"


def _highest_code(session: Session, mission: str, device_tag: str) -> int:
    """The highest counter in stored case codes `mission-device_tag-NNNN` (0 if none)."""
    prefix = f"{mission}-{device_tag}-"
    bounds = {"lo": prefix, "hi": prefix + "\uffff"}
    last = str(_LAST_CODE.scalar(session, bounds) or "")[len(prefix) :]
    if last.isdigit() and len(last) == 4 and last != "9999":
        # Codes are four digits until 9999, so among them text order is number order;
        # longer codes (10000 sorts before 9999 as text) need the full sort below.
        return int(last)
    if not last:
        return 0
    highest = _HIGHEST_CODE.scalar(session, bounds)
    tail = str(highest or "")[len(prefix) :]
    return int(tail) if tail.isdigit() else 0
