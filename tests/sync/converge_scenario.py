"""The three-laptop offline scenario shared by the convergence test and its loop harness."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.services.conflicts import ConflictService
from tests.sync.conftest import Device, RunningServer, assert_same

FIELDS = ("community", "occupation", "skills", "given_names")
WORDS = ["Alma", "Bruma", "Cedro", "Duna", "Esteban", "Flor", "Gema", "Hugo", "Ines", "Juan"]

Written = tuple[str, str, str, str]
"""(device name, worker id hex, field, value)."""


@dataclass
class Outcome:
    """What a run wrote, what the server applied, what conflicts kept, and what is lost."""

    written: list[Written] = field(default_factory=list)
    applied: set[tuple[str, str, str]] = field(default_factory=set)
    kept: set[tuple[str, str, str]] = field(default_factory=set)
    queued: set[Written] = field(default_factory=set)
    refused: dict[tuple[str, str, str], str] = field(default_factory=dict)
    stats: dict[str, int] = field(default_factory=dict)

    @property
    def lost(self) -> list[Written]:
        """Edits neither applied by the server, nor kept in a conflict, nor refused."""
        found = self.applied | self.kept | set(self.refused)
        return [w for w in self.written if (w[1], w[2], w[3]) not in found]

    @property
    def unqueued(self) -> list[Written]:
        """Edits that never reached their device's outbox (lost before any sync)."""
        return [w for w in self.written if w not in self.queued]


def _letters(n: int) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    return alphabet[n % 26] + alphabet[(n // 26) % 26]


def play(devices: Sequence[Device], seed: int, steps: int = 120) -> list[Written]:
    """Random creates, edits, archives and syncs on the devices; the edits written."""
    rng = random.Random(seed)
    written: list[Written] = []
    for step in range(steps):
        device = rng.choice(devices)
        known = sorted(device.rows("worker"))
        roll = rng.random()
        if roll < 0.15 or not known:
            device.create_worker(community=rng.choice(WORDS))
        elif roll < 0.8:
            name = rng.choice(FIELDS)
            value = f"{rng.choice(WORDS)} {_letters(step)}"
            worker = rng.choice(known)
            device.update_worker(worker, **{name: value})
            written.append((device.name, worker.hex, name, value))
        elif roll < 0.83:
            device.archive_worker(rng.choice(known))
        else:
            assert device.sync().ok
    return written


def settle(server: RunningServer, devices: Sequence[Device], written: list[Written]) -> Outcome:
    """Sync every device twice, check they equal the server, and account for each edit."""
    for _ in range(2):
        for device in devices:
            assert device.sync().ok
    assert_same(server, *devices)
    outcome = Outcome(written=written)
    outcome.applied = {
        (str(e).replace("-", ""), f, json.loads(v))
        for e, f, v in server.sql("SELECT entity_id, field, new_value FROM srv_audit")
        if v is not None
    }
    for device in devices:
        for c in ConflictService(device.db, lambda d=device: d.actor).open_conflicts():
            outcome.kept.add((c.entity_id.hex, c.field, c.mine))
        with device.db.read() as session:
            outbox = session.connection().exec_driver_sql(
                "SELECT entity_id, changes, state, last_error FROM outbox WHERE entity = 'worker'"
            )
            for entity_id, changes, state, error in outbox:
                for name, value in json.loads(changes).items():
                    if isinstance(value, str):
                        outcome.queued.add((device.name, entity_id, name, value))
                        if state == "rejected":
                            outcome.refused[(entity_id, name, value)] = error
    return outcome
