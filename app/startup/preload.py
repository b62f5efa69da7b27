"""The non-Qt layers imported before Qt, because PySide6 taxes every module imported after it.

Importing PySide6 replaces `__import__` with its `__feature__` hook, which reads the source
of every module imported afterwards (inspect.getsource) to see whether it mentions
PySide6. For sqlalchemy, sqlmodel, pydantic and the models that is ~500 modules and a
third of the start-up. Imported first, they pay nothing; the window needs them anyway.

The cyclic garbage collector is off while they load (imports make ~140k objects and no
garbage worth a pass: ~70 ms of collections saved), and what they made is then frozen,
so later full collections on the GUI thread do not walk it again.
"""

from __future__ import annotations

import gc
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
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for name in STORE_LAYERS:
            importlib.import_module(name)
    finally:
        gc.freeze()  # modules, classes and functions live as long as the process
        if was_enabled:
            gc.enable()
