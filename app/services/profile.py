"""This device's identity in the store: device tag, the officer, and case-code counters."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlmodel import Session

from app.models import LocalMeta
from app.store.search import fold

# Crockford's base32 without I, L, O, U: easy to read aloud and to type from paper.
TAG_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DEVICE_TAG = "device_tag"
OFFICER_NAME = "officer_name"
OFFICER_USERNAME = "officer_username"
OFFICER_MISSION = "officer_mission"


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
    """
    key = f"case_counter:{mission}:{device_tag}"
    counter = max(int(get_meta(session, key) or "0"), _highest_code(session, mission, device_tag))
    counter += 1
    set_meta(session, key, str(counter))
    return f"{mission}-{device_tag}-{counter:04d}"


def _highest_code(session: Session, mission: str, device_tag: str) -> int:
    """The highest counter in stored case codes `mission-device_tag-NNNN` (0 if none)."""
    from sqlalchemy import func
    from sqlmodel import col, select

    from app.models import Worker

    prefix = f"{mission}-{device_tag}-"
    code = col(Worker.case_code)
    highest = session.exec(
        select(code)
        .where(code >= prefix, code < prefix + "\uffff")
        .order_by(func.length(code).desc(), code.desc())  # 10000 after 9999
        .limit(1)
    ).first()
    tail = str(highest or "")[len(prefix) :]
    return int(tail) if tail.isdigit() else 0
