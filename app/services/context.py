"""Who is acting, from which device, and the errors use cases raise for people to read."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.i18n_marks import QT_TRANSLATE_NOOP, Translate
from app.models.enums import MissionCode, Role


@dataclass(frozen=True)
class Actor:
    """The signed-in person (or, before sign-in exists, the officer named at first run)."""

    username: str
    display_name: str
    role: Role
    missions: tuple[str, ...]
    device_tag: str

    @property
    def home_mission(self) -> str:
        return self.missions[0] if self.missions else MissionCode.HQ.value

    def may_read(self, mission_id: str) -> bool:
        return self.role in (Role.HQ_ANALYST, Role.ADMIN) or mission_id in self.missions

    def may_write(self, mission_id: str) -> bool:
        return self.role in (Role.FIELD_OFFICER, Role.SUPERVISOR) and mission_id in self.missions


@dataclass(frozen=True)
class Message:
    """A sentence for a person: English source marked for translation, plus named values."""

    text: str
    params: Mapping[str, str] = field(default_factory=dict)
    context: str = "Services"

    def render(self, tr: Translate) -> str:
        return tr(self.context, self.text).format(**self.params)


class ServiceError(Exception):
    """A use case refused or failed; `message` says why, for a person."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.text.format(**message.params))
        self.message = message


class NotFound(ServiceError):
    """No such record in the caller's scope (a foreign record looks the same as none)."""

    def __init__(self, what: str = "record") -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Services", "This record does not exist or is not visible to you."
                )
            )
        )
        self.what = what


class PermissionDenied(ServiceError):
    """The actor's role or missions do not allow this."""


class ValidationFailed(ServiceError):
    """Some fields are wrong; `errors` maps each field to what is wrong with it."""

    def __init__(self, errors: Mapping[str, Any]) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP("Services", "Some fields need correcting.")))
        self.errors = dict(errors)


class StaleRecord(ServiceError):
    """The record changed since it was opened (another window or a sync)."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "This record was changed elsewhere since you opened it. "
                    "Reopen it to see the current values.",
                )
            )
        )


NOT_ALLOWED = QT_TRANSLATE_NOOP("Services", "Your role does not allow this action.")
NOT_YOUR_MISSION = QT_TRANSLATE_NOOP(
    "Services", "This record belongs to mission {mission}, which you cannot change."
)
