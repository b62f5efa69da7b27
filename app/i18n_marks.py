"""Marks for translatable text outside Qt code: found by lupdate, translated by the caller."""

from __future__ import annotations

from collections.abc import Callable

# A translator: (context, source text) -> text in the user's language.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context`; returns it unchanged."""
    return text


def identity_tr(context: str, text: str) -> str:
    """The English source text (for tests and logs)."""
    return text
