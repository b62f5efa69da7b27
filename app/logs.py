"""The app's log file in the user log folder: rotated, private to the user, redacted.

Code logs events, ids and counts, never personal values, passwords or tokens; the
redacting filter is a second line of defence that masks what looks like an e-mail
address, a long number (ID document, phone), a bearer token or a `password=` pair.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

LOG_NAME = "puente.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)(password|passphrase|token|secret|key)(\s*[=:]\s*)\S+"), r"\1\2[redacted]"),
    (re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]+"), "Bearer [redacted]"),
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "[e-mail]"),
    (re.compile(r"(?<![\w-])\+?\d[\d ]{6,}\d(?![\w-])"), "[number]"),
    (re.compile(r"\b(?=[A-Z0-9]*\d{6})[A-Z0-9]{8,20}\b"), "[id]"),  # CURP, DUI, passport
    (re.compile(r"\b(?![0-9a-f]{8}-[0-9a-f]{4}-)[A-Za-z0-9_-]{32,}\b"), "[secret]"),  # not UUIDs
)


def default_log_dir() -> Path:
    """The per-user log folder (platformdirs), e.g. ~/.local/state/Puente/log on Linux."""
    from platformdirs import user_log_dir

    from app.config import APP_AUTHOR, APP_NAME

    return Path(user_log_dir(APP_NAME, APP_AUTHOR))


def redact(text: str) -> str:
    """`text` with anything that looks like a secret or a personal number masked."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Masks secrets and personal numbers in every record before it is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = None  # the crash handler formats exceptions without messages
        return True


def configure(
    folder: Path | None = None, *, level: int = logging.INFO, console: bool = True
) -> Path:
    """Send the app's logging to `folder`/puente.log (1 MB x 5, readable by the user only),
    and warnings also to standard error (`console`), both redacted."""
    folder = folder or default_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "puente", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.puente = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream.puente = True  # type: ignore[attr-defined]
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        stream.addFilter(RedactingFilter())
        root.addHandler(stream)
    root.setLevel(min(root.level or level, level))
    if os.name == "posix":
        path.chmod(0o600)
    return path
