"""Security fixtures: the sign-in rules of a fresh store folder with a cheap Argon2 cost."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.security.access import StoreAccess
from tests.security.helpers import FAST_KDF


@pytest.fixture
def access(store_path: Path) -> StoreAccess:
    store_path.parent.mkdir(parents=True, exist_ok=True)
    return StoreAccess(store_path, kdf=FAST_KDF)
