"""The key vault: wrap, unwrap, bindings, password change, and SIGKILL during a change."""

from __future__ import annotations

import json
import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.security.vault import (
    KeyVault,
    UnknownUser,
    VaultDamaged,
    VaultError,
    WrongPassword,
    vault_path,
)
from tests.security.helpers import FAST_KDF, PASSWORD

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def vault(tmp_path: Path) -> KeyVault:
    return KeyVault(vault_path(tmp_path / "puente.sqlite"), kdf=FAST_KDF)


def test_the_key_comes_back_only_with_the_right_password(vault: KeyVault) -> None:
    key = vault.create("Ana.Lopez", PASSWORD)
    assert len(key) == 32
    assert vault.unwrap("ana.lopez", PASSWORD) == key  # usernames ignore case
    with pytest.raises(WrongPassword):
        vault.unwrap("ana.lopez", PASSWORD + "!")
    with pytest.raises(UnknownUser):
        vault.unwrap("luis", PASSWORD)


def test_the_file_holds_neither_key_nor_password_and_only_its_owner_reads_it(
    vault: KeyVault,
) -> None:
    key = vault.create("ana", PASSWORD)
    raw = vault.path.read_bytes()
    assert key not in raw and key.hex().encode() not in raw
    assert PASSWORD.encode() not in raw
    entry = json.loads(raw)["users"]["ana"]
    assert entry["kdf"] == "argon2id" and entry["memory_kib"] == FAST_KDF.memory_kib
    if os.name == "posix":
        assert stat.S_IMODE(vault.path.stat().st_mode) == 0o600


def test_a_wrapping_moved_to_another_person_or_store_does_not_open(
    vault: KeyVault, tmp_path: Path
) -> None:
    vault.create("ana", PASSWORD)
    data = json.loads(vault.path.read_text())
    data["users"]["luis"] = data["users"]["ana"]  # same password, other name
    vault.path.write_text(json.dumps(data))
    with pytest.raises(WrongPassword):
        vault.unwrap("luis", PASSWORD)
    data["store_id"] = "0" * 32  # same person, other store
    vault.path.write_text(json.dumps(data))
    with pytest.raises(WrongPassword):
        vault.unwrap("ana", PASSWORD)


def test_a_password_change_rewraps_the_same_key(vault: KeyVault) -> None:
    key = vault.create("ana", PASSWORD)
    with pytest.raises(WrongPassword):
        vault.change_password("ana", "not it", "new password 123")
    vault.change_password("ana", PASSWORD, "new password 123")
    assert vault.unwrap("ana", "new password 123") == key
    with pytest.raises(WrongPassword):
        vault.unwrap("ana", PASSWORD)


def test_a_second_person_gets_their_own_wrapping(vault: KeyVault) -> None:
    key = vault.create("ana", PASSWORD)
    vault.set_password("luis", "luis password 1", key)
    assert vault.unwrap("luis", "luis password 1") == key == vault.unwrap("ana", PASSWORD)
    assert vault.usernames() == ["ana", "luis"]
    with pytest.raises(VaultError, match="not the store's key"):
        vault.set_password("eve", "eve password 1", bytes(32))
    assert vault.usernames() == ["ana", "luis"]


def test_a_damaged_vault_says_so(vault: KeyVault) -> None:
    with pytest.raises(VaultDamaged):
        vault.unwrap("ana", PASSWORD)
    vault.path.write_text("{not json")
    with pytest.raises(VaultDamaged):
        vault.unwrap("ana", PASSWORD)


CHANGER = """
import sys
from pathlib import Path
from app.security.vault import KeyVault, KdfParams
vault = KeyVault(Path(sys.argv[1]), kdf=KdfParams(1, 8 * 1024, 1))
old, new = sys.argv[2], sys.argv[3]
print("ready", flush=True)
while True:
    vault.change_password("ana", old, new)
    old, new = new, old
"""


def test_sigkill_during_password_changes_leaves_the_old_or_the_new_password(
    vault: KeyVault,
) -> None:
    """A child changes the password back and forth; it is killed at random moments."""
    first, second = PASSWORD, "another password 42"
    key = vault.create("ana", first)
    rnd = random.Random(6)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    outcomes = {first: 0, second: 0}
    for _round in range(30):
        current = first if vault_opens(vault, first) == key else second
        other = second if current == first else first
        child = subprocess.Popen(
            [sys.executable, "-c", CHANGER, str(vault.path), current, other],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(rnd.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        opened = [p for p in (first, second) if vault_opens(vault, p) == key]
        assert len(opened) == 1, "the vault opens with the old or the new password"
        outcomes[opened[0]] += 1
    assert all(outcomes.values()), f"kills landed on both sides: {outcomes}"


def vault_opens(vault: KeyVault, password: str) -> bytes | None:
    try:
        return vault.unwrap("ana", password)
    except WrongPassword:
        return None
