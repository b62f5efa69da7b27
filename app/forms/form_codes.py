"""Intake form codes: short, human-typable, unambiguous, with a check character.

A code looks like ``F-MX-7K3Q-9H2M-X``: the letter F, the mission (two letters, left out
when the form is not printed for a mission), eight random characters and one check
character. The random part and the check character use a 32-character alphabet without
0/O and 1/I, so a code read from paper or a screen cannot be mistyped between look-alikes.
The check character is Luhn mod 32 over the mission letters and the random part: every
single-character typo is detected, and so is almost every swap of two neighbours.
"""

from __future__ import annotations

import random
import re
import secrets

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
"""32 characters: digits 2-9 and the letters A-Z without I and O."""

_BASE = len(ALPHABET)
_INDEX = {ch: i for i, ch in enumerate(ALPHABET)}
_BODY_LENGTH = 8
_PREFIX = "F"
_SEPARATORS = re.compile(r"[\s\-_./]+")
_MISSION = re.compile(r"[A-Z]{2}")


def _code_points(mission: str, body: str) -> list[int]:
    """Values the check character covers: mission letters as 0-25, then the body."""
    return [ord(ch) - ord("A") for ch in mission] + [_INDEX[ch] for ch in body]


def check_character(mission: str, body: str) -> str:
    """The Luhn mod 32 check character of a mission code and a random body."""
    factor = 2
    total = 0
    for value in reversed(_code_points(mission, body)):
        addend = factor * value
        total += addend // _BASE + addend % _BASE
        factor = 1 if factor == 2 else 2
    return ALPHABET[(_BASE - total % _BASE) % _BASE]


def format_form_code(mission: str, body: str) -> str:
    """Joins the parts of a code as printed: ``F-MX-7K3Q-9H2M-X`` (or ``F-7K3Q-9H2M-X``)."""
    parts = [_PREFIX]
    if mission:
        parts.append(mission)
    parts += [body[:4], body[4:], check_character(mission, body)]
    return "-".join(parts)


def new_form_code(mission: str = "", rng: random.Random | None = None) -> str:
    """A new random form code for `mission` ("" for none); `rng` defaults to the OS source.

    2^40 possible bodies per mission: 10,000 printed codes collide with probability about
    5 in 100,000. The database keeps `intake_form_code` unique, and one print run never
    repeats a code (see `new_form_codes`).
    """
    mission = mission.strip().upper()
    if mission and not _MISSION.fullmatch(mission):
        raise ValueError(f"a mission code is two letters, not {mission!r}")
    source = rng if rng is not None else secrets.SystemRandom()
    body = "".join(source.choice(ALPHABET) for _ in range(_BODY_LENGTH))
    return format_form_code(mission, body)


def new_form_codes(count: int, mission: str = "", rng: random.Random | None = None) -> list[str]:
    """`count` distinct new form codes (a print run of several copies)."""
    codes: list[str] = []
    seen: set[str] = set()
    while len(codes) < count:
        code = new_form_code(mission, rng)
        if code not in seen:
            seen.add(code)
            codes.append(code)
    return codes


def _split(compact: str) -> tuple[str, str, str] | None:
    """(mission, body, check) of a code without separators, or None if it has no shape."""
    if not compact.startswith(_PREFIX):
        return None
    rest = compact[len(_PREFIX) :]
    if len(rest) == 2 + _BODY_LENGTH + 1 and _MISSION.fullmatch(rest[:2]):
        mission, rest = rest[:2], rest[2:]
    elif len(rest) == _BODY_LENGTH + 1:
        mission = ""
    else:
        return None
    return mission, rest[:_BODY_LENGTH], rest[_BODY_LENGTH:]


def normalize_form_code(code: str) -> str | None:
    """The printed form of a typed or scanned code, or None if it is not a valid code.

    Case, spaces, dashes, dots and underscores are ignored: ``f mx 7k3q9h2m x`` is
    ``F-MX-7K3Q-9H2M-X``.
    """
    parts = _split(_SEPARATORS.sub("", code.upper()))
    if parts is None:
        return None
    mission, body, check = parts
    if any(ch not in _INDEX for ch in body + check):
        return None
    if check_character(mission, body) != check:
        return None
    return format_form_code(mission, body)


def is_valid_form_code(code: str) -> bool:
    """True when `code` (in any case, with or without separators) is a well-formed code."""
    return normalize_form_code(code) is not None
