"""The non-Qt layers imported before Qt, because PySide6 taxes every module imported after it.

Importing PySide6 replaces `__import__` with its `__feature__` hook, which reads the source
of every module imported afterwards (inspect.getsource) to see whether it mentions
PySide6. For sqlalchemy, sqlmodel, pydantic and the models that is ~500 modules and a
third of the start-up. Imported first, they pay nothing; the window needs them anyway.
"""

from __future__ import annotations

import importlib

# What opening a store and wiring its window import (the UI modules come later, with Qt).
STORE_LAYERS = (
    "app.services.workspace",  # sqlalchemy, sqlmodel, pydantic, app.models, the services
    "app.store.backup",
    "app.services.backup",
    "app.services.conflicts",
    "app.services.audit_reader",
    "app.sync.engine",
    "app.sync.credentials",
    "app.security.access",
)


def load_store_layers() -> None:
    """Import the store, services and sync layers (no network library, no Qt)."""
    for name in STORE_LAYERS:
        importlib.import_module(name)
