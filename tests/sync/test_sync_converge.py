"""Three laptops editing offline in random interleavings converge, and no value is lost.

The scenario lives in converge_scenario.py; `python -m tests.sync.converge_loop` runs it
over many seeds with the server's and the clients' logs kept.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.sync.conftest import Device, RunningServer
from tests.sync.converge_scenario import play, settle


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_three_clients_converge_and_lose_nothing(
    server: RunningServer, make_device: Callable[..., Device], seed: int
) -> None:
    for name in ("ana", "beto", "carla"):
        server.add_user(name)
    devices = [make_device(name) for name in ("ana", "beto", "carla")]
    outcome = settle(server, devices, play(devices, seed))
    assert not outcome.unqueued, f"edits that never reached the outbox: {outcome.unqueued[:5]}"
    assert not outcome.refused, f"edits the server refused: {list(outcome.refused.items())[:5]}"
    assert not outcome.lost, f"values neither applied nor kept in a conflict: {outcome.lost[:5]}"
