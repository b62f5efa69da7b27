"""Three laptops editing offline in random interleavings converge, and no value is lost."""

from __future__ import annotations

import json
import random
from collections.abc import Callable

import pytest

from app.services.conflicts import ConflictService
from tests.sync.conftest import Device, RunningServer, assert_same

FIELDS = ("community", "occupation", "skills", "given_names")
WORDS = ["Alma", "Bruma", "Cedro", "Duna", "Esteban", "Flor", "Gema", "Hugo", "Ines", "Juan"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_three_clients_converge_and_lose_nothing(
    server: RunningServer, make_device: Callable[..., Device], seed: int
) -> None:
    for name in ("ana", "beto", "carla"):
        server.add_user(name)
    devices = [make_device(name) for name in ("ana", "beto", "carla")]
    rng = random.Random(seed)
    written: list[tuple[str, str, str, str]] = []  # (device, worker id hex, field, value)
    for step in range(120):
        device = rng.choice(devices)
        known = sorted(device.rows("worker"))
        roll = rng.random()
        if roll < 0.15 or not known:
            device.create_worker(community=rng.choice(WORDS))
        elif roll < 0.8:
            field = rng.choice(FIELDS)
            value = f"{rng.choice(WORDS)} {_letters(step)}"
            worker = rng.choice(known)
            device.update_worker(worker, **{field: value})
            written.append((device.name, worker.hex, field, value))
        elif roll < 0.83:
            device.archive_worker(rng.choice(known))
        else:
            assert device.sync().ok
    for _ in range(2):
        for device in devices:
            assert device.sync().ok
    assert_same(server, *devices)
    applied = {
        (str(e).replace("-", ""), f, json.loads(v))
        for e, f, v in server.sql("SELECT entity_id, field, new_value FROM srv_audit")
        if v is not None
    }
    kept = set()
    for device in devices:
        for c in ConflictService(device.db, lambda d=device: d.actor).open_conflicts():
            kept.add((c.entity_id.hex, c.field, c.mine))
    lost = [w for w in written if (w[1], w[2], w[3]) not in applied | kept]
    assert not lost, f"values neither applied nor kept in a conflict: {lost[:5]}"


def _letters(n: int) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    return alphabet[n % 26] + alphabet[(n // 26) % 26]
