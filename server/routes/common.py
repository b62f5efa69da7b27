"""Shared route helpers: documented error answers, the push actor of a principal."""

from __future__ import annotations

from typing import Any

from app.sync.protocol import ErrorBody, UpgradeRequired
from server.auth import Principal, read_missions_of, write_missions_of
from server.models import Device, ServerUser
from server.sync.push import Actor

_DESCRIPTIONS = {
    400: "The request could not be read",
    401: "Not signed in, or the sign-in expired or was ended",
    403: "The role may not do this",
    404: "Not found",
    409: "The server epoch changed: reset the cursor to 0",
    413: "Too large",
    422: "The request does not have the expected shape",
    426: "The client is too old; keep the outbox and update",
    429: "Too many failed sign-ins; see Retry-After",
}


def ERRORS(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for the given error statuses, all with the ErrorBody shape."""
    return {
        code: {
            "model": UpgradeRequired if code == 426 else ErrorBody,
            "description": _DESCRIPTIONS[code],
        }
        for code in codes
    }


def actor_of(principal: Principal) -> Actor:
    """The push actor for a signed-in caller."""
    return actor_for(principal.user, principal.device, principal.known)


def actor_for(user: ServerUser, device: Device, known: frozenset[str]) -> Actor:
    """The push actor for a user on a device (HTTP sign-in or an imported bundle)."""
    return Actor(
        username=user.username,
        role=user.role,
        user_id=user.id,
        device_id=device.id,
        device_tag=device.tag,
        read_missions=read_missions_of(user, known),
        write_missions=write_missions_of(user, known),
    )
