"""Growing waits after wrong passwords, kept in a file so restarting the app resets nothing.

A failure is counted *before* the password is checked and forgiven after it is found
right, so killing the app in the middle of a check does not earn a free attempt. The
clock is the wall clock (a reboot resets monotonic clocks); a clock set back in time
does not shorten a wait.

The file also keeps the failed attempts themselves (when, and the username only if this
laptop's key vault knows it), because the audit lives in the encrypted store, which a
wrong password cannot open: they are written to the audit at the next sign-in that
opens it (`missed()`, then `forget_missed()`), at most MAX_MISSED of them plus a count.
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
MAX_MISSED = 50
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
class MissedAttempt:
    """A failed sign-in not yet written to the audit: when, and who if the vault knows them."""

    at: float
    username: str = ""


@dataclass(frozen=True)
class ThrottleState:
    failures: int
    last_failure: float
    missed: tuple[MissedAttempt, ...] = ()
    missed_dropped: int = 0


class Throttle:
    """The wrong-password count of one store, on disk."""

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock

    def state(self) -> ThrottleState:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            missed = tuple(
                MissedAttempt(float(m["at"]), str(m.get("username", "")))
                for m in data.get("missed", [])
            )
            return ThrottleState(
                int(data["failures"]),
                float(data["last_failure"]),
                missed,
                int(data.get("missed_dropped", 0)),
            )
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

    def begin_attempt(self, username: str = "") -> None:
        """Count an attempt as failed until `succeeded()` (raises TooSoon when too early).

        `username` is kept with the attempt for the audit; pass it only when it names an
        account known here (what people type as a username is sometimes their password).
        """
        left = self.seconds_left()
        if left > 0:
            raise TooSoon(left)
        state = self.state()
        now = self._clock()
        missed = (*state.missed, MissedAttempt(now, username))
        dropped = state.missed_dropped + max(0, len(missed) - MAX_MISSED)
        self._write(ThrottleState(state.failures + 1, now, missed[-MAX_MISSED:], dropped))

    def succeeded(self) -> None:
        """The password was right: the count starts again from zero.

        The attempt `begin_attempt` counted is not a missed one; the earlier failures stay
        until the audit has them (`forget_missed`).
        """
        state = self.state()
        if state.failures or state.missed:
            missed = state.missed[:-1] if state.missed else ()
            self._write(ThrottleState(0, 0.0, missed, state.missed_dropped))

    def missed(self) -> tuple[tuple[MissedAttempt, ...], int]:
        """The failed attempts not yet audited, and how many more were dropped (cap)."""
        state = self.state()
        return state.missed, state.missed_dropped

    def forget_missed(self, count: int) -> None:
        """The audit now holds the first `count` missed attempts (and the dropped count)."""
        state = self.state()
        if state.missed or state.missed_dropped:
            rest = state.missed[count:]
            self._write(ThrottleState(state.failures, state.last_failure, rest, 0))

    def _write(self, state: ThrottleState) -> None:
        payload = {
            "failures": state.failures,
            "last_failure": state.last_failure,
            "missed": [{"at": m.at, "username": m.username} for m in state.missed],
            "missed_dropped": state.missed_dropped,
        }
        write_atomic(self.path, json.dumps(payload).encode("utf-8"))
