"""Growing waits after wrong passwords, kept in a file so restarting the app resets nothing.

A failure is counted *before* the password is checked and forgiven after it is found
right, so killing the app in the middle of a check does not earn a free attempt. The
clock is the wall clock (a reboot resets monotonic clocks); a clock set back in time
does not shorten a wait.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.security.files import write_atomic

FREE_ATTEMPTS = 3
MAX_WAIT_S = 300.0
THROTTLE_SUFFIX = ".throttle"


def throttle_path(store_path: Path) -> Path:
    """Where the failure count of the store at `store_path` lives."""
    return store_path.with_name(store_path.name + THROTTLE_SUFFIX)


def wait_after(failures: int) -> float:
    """Seconds to wait after `failures` wrong passwords in a row: 0, 0, 0, 2, 4, 8 … 300."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_WAIT_S, 2 ** (failures - FREE_ATTEMPTS + 1)))


class TooSoon(Exception):
    """Another attempt is not allowed yet; `seconds` says how long to wait."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"wait {seconds:.0f} s before the next attempt")
        self.seconds = seconds


@dataclass(frozen=True)
class ThrottleState:
    failures: int
    last_failure: float


class Throttle:
    """The wrong-password count of one store, on disk."""

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock

    def state(self) -> ThrottleState:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return ThrottleState(int(data["failures"]), float(data["last_failure"]))
        except FileNotFoundError:
            return ThrottleState(0, 0.0)
        except (OSError, ValueError, KeyError, TypeError):
            # a damaged file must not be a way to reset the count: treat it as several
            # failures, the last one when the file was last written
            try:
                written = self.path.stat().st_mtime
            except OSError:
                written = self._clock()
            return ThrottleState(FREE_ATTEMPTS + 2, written)

    def seconds_left(self) -> float:
        """How long until the next attempt is allowed (0 when it is allowed now)."""
        state = self.state()
        wait = wait_after(state.failures)
        if wait <= 0:
            return 0.0
        elapsed = self._clock() - state.last_failure
        if elapsed < 0:  # the clock was set back: the whole wait starts again
            elapsed = 0.0
        return max(0.0, wait - elapsed)

    def begin_attempt(self) -> None:
        """Count an attempt as failed until `succeeded()` (raises TooSoon when too early)."""
        left = self.seconds_left()
        if left > 0:
            raise TooSoon(left)
        failures = self.state().failures + 1
        self._write(ThrottleState(failures, self._clock()))

    def succeeded(self) -> None:
        """The password was right: the count starts again from zero."""
        if self.state().failures:
            self._write(ThrottleState(0, 0.0))

    def _write(self, state: ThrottleState) -> None:
        payload = {"failures": state.failures, "last_failure": state.last_failure}
        write_atomic(self.path, json.dumps(payload).encode("utf-8"))
