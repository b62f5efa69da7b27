"""Sync bundle files: round trip, wrong passphrase, tampering, kinds."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from app.sync.bundle import (
    BundleError,
    PullBundle,
    PushBundle,
    decrypt_bundle,
    encrypt_bundle,
    read_bundle,
    write_bundle,
)
from app.sync.protocol import Mutation, PullPage

PASS = "a long enough passphrase"


def _push() -> PushBundle:
    m = Mutation(
        mutation_id=uuid.uuid4(),
        entity="worker",
        entity_id=uuid.uuid4(),
        mission_id="MX",
        op="update",
        base_version=2,
        changes={"community": "San Andrés Cholula"},
    )
    return PushBundle(username="officer.mx", device_id=uuid.uuid4(), mutations=[m])


def test_round_trip(tmp_path: Path) -> None:
    bundle = _push()
    path = tmp_path / "out.puente"
    write_bundle(path, bundle, PASS)
    assert b"Cholula" not in path.read_bytes()
    assert read_bundle(path, PASS) == bundle
    assert not list(tmp_path.glob("*.part"))


def test_pull_bundle_round_trip() -> None:
    page = PullPage(server_epoch="e", since=0, next_cursor=0, more=False, scope=["MX"])
    bundle = PullBundle(missions=["MX"], server_epoch="e", pages=[page])
    assert decrypt_bundle(encrypt_bundle(bundle, PASS), PASS) == bundle


def test_wrong_passphrase_and_tampering_are_refused() -> None:
    data = encrypt_bundle(_push(), PASS)
    with pytest.raises(BundleError, match="passphrase"):
        decrypt_bundle(data, "another passphrase")
    for offset in (10, len(data) // 2, len(data) - 1):
        damaged = bytearray(data)
        damaged[offset] ^= 0x01
        with pytest.raises(BundleError):
            decrypt_bundle(bytes(damaged), PASS)
    with pytest.raises(BundleError, match="not a Puente"):
        decrypt_bundle(b"PK\x03\x04 a zip file", PASS)
    with pytest.raises(BundleError):
        decrypt_bundle(data[:-20], PASS)


def test_short_passphrase_is_refused() -> None:
    with pytest.raises(BundleError, match="at least"):
        encrypt_bundle(_push(), "short")
