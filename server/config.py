"""Server settings from the environment, with defaults that need no set-up."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "puente-server"


def default_data_dir() -> Path:
    """Where the server keeps its SQLite file unless told otherwise."""
    configured = os.environ.get("PUENTE_SERVER_DATA_DIR")
    return Path(configured) if configured else Path(user_data_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    """DATABASE_URL, or an SQLite file in the data folder (created on first use)."""
    url = os.environ.get("DATABASE_URL")
    if url:
        return url
    data_dir = default_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data_dir / 'puente-server.sqlite'}"


@dataclass(frozen=True)
class Settings:
    """Everything the server reads at start-up; tests build their own."""

    database_url: str = field(default_factory=default_database_url)
    token_ttl_days: int = int(os.environ.get("PUENTE_TOKEN_TTL_DAYS", "30"))
    login_max_failures: int = 5
    login_window_s: float = 900.0
    login_lock_s: float = 60.0
    login_lock_max_s: float = 900.0
    max_body_bytes: int = 64 * 1024 * 1024
    run_migrations: bool = True
    echo_sql: bool = False

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")
