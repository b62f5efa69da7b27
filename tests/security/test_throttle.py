"""Wrong passwords earn growing waits that survive a restart of the app."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.security.access import StoreAccess
from app.security.throttle import MAX_MISSED, Throttle, TooSoon, throttle_path, wait_after
from app.security.vault import WrongPassword
from tests.security.helpers import FAST_KDF, PASSWORD

ROOT = Path(__file__).resolve().parents[2]


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


def test_the_waits_grow_and_are_capped() -> None:
    assert [wait_after(n) for n in range(8)] == [0, 0, 0, 2, 4, 8, 16, 32]
    assert wait_after(40) == 300


def test_wrong_passwords_wait_longer_each_time_even_after_a_restart(store_path: Path) -> None:
    clock = Clock()
    store_path.parent.mkdir(parents=True)
    StoreAccess(store_path, kdf=FAST_KDF).create_local_account("ana", PASSWORD, PASSWORD)
    for _ in range(3):  # three free attempts
        with pytest.raises(WrongPassword):
            StoreAccess(store_path, kdf=FAST_KDF, clock=clock).unlock("ana", "guess")
    restarted = StoreAccess(store_path, kdf=FAST_KDF, clock=clock)  # a new app process
    with pytest.raises(TooSoon) as waited:
        restarted.unlock("ana", PASSWORD)  # even the right password waits
    assert waited.value.seconds == pytest.approx(2)
    clock.now += 2
    with pytest.raises(WrongPassword):
        restarted.unlock("ana", "guess again")
    assert StoreAccess(store_path, kdf=FAST_KDF, clock=clock).seconds_left() == pytest.approx(4)
    clock.now += 4
    assert restarted.unlock("ana", PASSWORD).username == "ana"
    assert restarted.seconds_left() == 0  # a right password starts the count again
    assert Throttle(throttle_path(store_path)).state().failures == 0


def test_the_wait_is_kept_on_disk_for_another_process(store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    clock = Clock()
    throttle = Throttle(throttle_path(store_path), clock=clock)
    for _ in range(5):
        clock.now += throttle.seconds_left()
        throttle.begin_attempt()
    code = (
        "import sys; from pathlib import Path; from app.security.throttle import Throttle;"
        "t = Throttle(Path(sys.argv[1])); print(t.state().failures, round(t.seconds_left()))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(throttle_path(store_path))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    failures, left = done.stdout.split()
    assert failures == "5" and 0 < int(left) <= wait_after(5)


def test_setting_the_clock_back_or_damaging_the_file_does_not_shorten_the_wait(
    tmp_path: Path,
) -> None:
    clock = Clock()
    throttle = Throttle(tmp_path / "t.throttle", clock=clock)
    for _ in range(4):
        clock.now += throttle.seconds_left()
        throttle.begin_attempt()
    clock.now -= 3600  # the clock set back an hour
    assert throttle.seconds_left() == wait_after(4)
    (tmp_path / "t.throttle").write_text("garbage")
    assert throttle.seconds_left() > 0


def test_a_killed_check_still_counts_as_a_failure(tmp_path: Path) -> None:
    """The failure is written before the password is checked; only success forgives it."""
    throttle = Throttle(tmp_path / "t.throttle")
    throttle.begin_attempt()  # the app dies here, in the middle of the Argon2 work
    assert Throttle(tmp_path / "t.throttle").state().failures == 1


def test_failed_attempts_are_kept_for_the_audit_up_to_a_cap(store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    clock = Clock()
    throttle = Throttle(throttle_path(store_path), clock=clock)
    for n in range(MAX_MISSED + 5):
        clock.now += throttle.seconds_left() + 1
        throttle.begin_attempt("ana" if n % 2 else "")
    clock.now += throttle.seconds_left()
    throttle.begin_attempt("ana")
    throttle.succeeded()  # the right password: this attempt is not a missed one
    missed, dropped = throttle.missed()
    assert len(missed) == MAX_MISSED - 1 and dropped == 6
    assert [m.at for m in missed] == sorted(m.at for m in missed)
    assert throttle.seconds_left() == 0
    throttle.forget_missed(10)
    assert throttle.missed() == (missed[10:], 0)
