"""Settings of the desktop app: where the data lives, which store, the language, the server."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, replace
from pathlib import Path

log = logging.getLogger(__name__)

APP_NAME = "Puente"
APP_AUTHOR = "IOM"
LANGUAGES: tuple[str, ...] = ("en", "es", "fr")
DEFAULT_LANGUAGE = "es"
STORE_FILE = "puente.sqlite"
DEMO_STORE_FILE = "demo.sqlite"
SETTINGS_FILE = "settings.json"
DEFAULT_SERVER_URL = ""  # set when sync arrives; empty means "no server configured"
DEFAULT_IDLE_LOCK_MINUTES = 10  # the window locks after this long without input
IDLE_LOCK_RANGE = (1, 240)


def default_data_dir() -> Path:
    """The per-user data folder (platformdirs), e.g. ~/.local/share/Puente on Linux."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


@dataclass(frozen=True)
class Settings:
    """What the app needs to start: data folder, demo or real store, language, server."""

    data_dir: Path
    demo: bool = False
    language: str = DEFAULT_LANGUAGE
    server_url: str = DEFAULT_SERVER_URL
    idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES

    @property
    def store_path(self) -> Path:
        """The store file: the demo store is a separate file, never the real one."""
        return self.data_dir / (DEMO_STORE_FILE if self.demo else STORE_FILE)

    @property
    def settings_path(self) -> Path:
        return self.data_dir / SETTINGS_FILE

    @property
    def log_dir(self) -> Path:
        """The user log folder; a data folder given on the command line keeps its own."""
        if self.data_dir == default_data_dir():
            from app.logs import default_log_dir

            return default_log_dir()
        return self.data_dir / "log"

    def with_language(self, language: str) -> Settings:
        return replace(self, language=language)


def load_settings(
    *, data_dir: Path | None = None, demo: bool = False, language: str | None = None
) -> Settings:
    """Settings from the settings file in the data folder, overridden by the arguments."""
    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    stored = _read_file(folder / SETTINGS_FILE)
    chosen = language or str(stored.get("language") or "") or _system_language()
    if chosen not in LANGUAGES:
        chosen = DEFAULT_LANGUAGE
    return Settings(
        data_dir=folder,
        demo=demo,
        language=chosen,
        server_url=str(stored.get("server_url") or DEFAULT_SERVER_URL),
        idle_lock_minutes=_idle_minutes(stored.get("idle_lock_minutes")),
    )


def _idle_minutes(value: object) -> int:
    """A stored idle-lock time, clamped to IDLE_LOCK_RANGE (the default when unreadable)."""
    try:
        minutes = int(str(value))
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES
    low, high = IDLE_LOCK_RANGE
    return min(high, max(low, minutes))


def save_idle_lock_minutes(settings: Settings, minutes: int) -> Settings:
    """Remember after how many idle minutes the window locks; returns the updated settings."""
    low, high = IDLE_LOCK_RANGE
    if not low <= minutes <= high:
        raise ValueError(f"the idle lock takes {low} to {high} minutes")
    stored = _read_file(settings.settings_path)
    stored["idle_lock_minutes"] = minutes
    _write_file(settings.settings_path, stored)
    return replace(settings, idle_lock_minutes=minutes)


def save_language(settings: Settings, language: str) -> Settings:
    """Remember `language` in the settings file; returns the updated settings."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language: {language}")
    stored = _read_file(settings.settings_path)
    stored["language"] = language
    _write_file(settings.settings_path, stored)
    return replace(settings, language=language)


def _system_language() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value[:2] in LANGUAGES:
            return value[:2]
    return DEFAULT_LANGUAGE


def _read_file(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("settings file unreadable, using defaults: %s", exc)
        return {}
    return data if isinstance(data, dict) else {}


def _write_file(path: Path, data: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
