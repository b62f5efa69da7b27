"""Protection benchmark: unlock, search and saves on the encrypted store, backup (JSON out).

    python bench/protection_bench.py --workers 200000 [--data-dir DIR] [--runs 5]

Builds the demo data set as a real (not demo) store, makes a local account (the real
Argon2id cost) which encrypts it in place, sets an officer so no first-run question
appears, then measures:

- kdf_s: one key unwrap (Argon2id) in this process, median of a few;
- unlock_s: sign-in -> main window shown, minus kdf_s, median of --runs. The app signs
  in from stdin (PUENTE_SIGN_IN_STDIN) at the point where the sign-in dialog would take
  the password (Qt up, the dialog's module imported) and reports that moment
  (`signed_in_s`) and the window's (`shown_s`), both since process start; so unlock_s is
  what a person waits after pressing "Sign in", beyond key derivation (opening the
  encrypted store, its checks, building the window). start_to_window_s is process start
  -> window with the sign-in, as before (the old unlock_raw_s);
- encrypted search p95 over typed prefixes and encrypted save p95, with the same
  functions as bench/store_bench.py, on the SQLCipher engine;
- backup_s: make_backup of the store (also printed as backup_<N>k_s).

The plaintext demo store is made first (or reused: a demo.sqlite that store_bench left in
the same --data-dir) and copied before the copy is encrypted; it stays as the baseline
of paired app starts (plain_start_s, sign_in_adds_s). With --data-dir both stores are kept
and reused; saves add workers to the kept encrypted store.
Prints one JSON object on stdout; progress goes to stderr. A measurement, never a test.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from store_bench import (  # noqa: E402
    bench_list,
    bench_saves,
    bench_search,
    log,
    realistic_queries,
)

from app.bootstrap import build_demo_store  # noqa: E402
from app.config import DEMO_STORE_FILE, STORE_FILE  # noqa: E402
from app.models.enums import FIELD_MISSIONS, Role  # noqa: E402
from app.security.access import StoreAccess  # noqa: E402
from app.security.vault import DEFAULT_KDF  # noqa: E402
from app.services.context import Actor  # noqa: E402
from app.services.workspace import Workspace, open_workspace  # noqa: E402
from app.store.backup import make_backup  # noqa: E402
from app.store.engine import is_plain_store  # noqa: E402

USERNAME = "bench"
# A synthetic data set only: the password is fixed so a kept --data-dir can be reused.
PASSWORD = "puente bench password 2026"

TARGETS = {
    "unlock_s": 1.0,  # beyond key derivation
    "encrypted_search_p95_ms": 10.0,
    "encrypted_save_p95_ms": 5.0,
}


def round_s(seconds: float) -> float:
    return round(seconds, 3)


def workers_label(workers: int) -> str:
    """200000 -> '200k', 20000 -> '20k', 1500 -> '1500'."""
    return f"{workers // 1000}k" if workers >= 1000 and workers % 1000 == 0 else str(workers)


# --- data set ------------------------------------------------------------------------------


def copy_store(source: Path, target: Path) -> None:
    """A consistent copy of a closed or open SQLite store (its -wal folded in)."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def ensure_encrypted_store(data_dir: Path, workers: int, seed: int) -> dict[str, Any]:
    """An encrypted store of `workers` in data_dir with a local account; what it took."""
    store = data_dir / STORE_FILE
    access = StoreAccess(store)
    done: dict[str, Any] = {"generate_s": None, "encrypt_s": None}
    if access.vault.exists() and store.exists() and not is_plain_store(store):
        log(f"reusing the encrypted store {store}")
        return done
    for leftover in [store, access.vault.path, access.throttle.path]:
        leftover.unlink(missing_ok=True)
    demo = data_dir / DEMO_STORE_FILE
    if demo.exists():  # e.g. made by store_bench in the same --data-dir
        log(f"reusing {demo} (made earlier; saves may have added workers to it)")
        done["reused_demo_store"] = True
    else:  # the plaintext demo store stays: the paired cold-start baseline opens it
        log(f"making {workers:,} demo workers in {demo} ...")
        started = time.perf_counter()
        build_demo_store(demo, workers=workers, seed=seed)
        done["generate_s"] = round_s(time.perf_counter() - started)
    log(f"copying it to {store} ...")
    started = time.perf_counter()
    copy_store(demo, store)
    done["copy_s"] = round_s(time.perf_counter() - started)
    log("local account and encryption in place ...")
    started = time.perf_counter()
    key = access.create_local_account(USERNAME, PASSWORD, PASSWORD).key
    done["encrypt_s"] = round_s(time.perf_counter() - started)  # one KDF + the export
    if is_plain_store(store):
        raise SystemExit("the store is still plaintext after the local account was made")
    ws = open_workspace(store, key=key)
    try:  # an officer is set: the app opens straight on the window, no first-run question
        ws.set_profile(officer_name="Bench Officer", mission="CO")
    finally:
        ws.close()
    return done


# --- key derivation and unlock -------------------------------------------------------------


def bench_kdf(store: Path, runs: int) -> tuple[bytes, dict[str, Any]]:
    """The store key, and how long one unwrap (Argon2id + AES-GCM) takes here."""
    access = StoreAccess(store)
    times: list[float] = []
    key = b""
    for _ in range(max(1, runs)):
        started = time.perf_counter()
        key = access.vault.unwrap(USERNAME, PASSWORD)
        times.append(time.perf_counter() - started)
    return key, {
        "kdf_s": round_s(statistics.median(times)),
        "kdf_runs_s": [round_s(t) for t in times],
        "kdf_default": {
            "time_cost": DEFAULT_KDF.time_cost,
            "memory_kib": DEFAULT_KDF.memory_kib,
            "parallelism": DEFAULT_KDF.parallelism,
        },
    }


def watch_peak_rss(child: subprocess.Popen[str], peaks: list[float]) -> None:
    """Append the child's peak RSS in MB (VmHWM, its last value read before it exits).

    Not getrusage(RUSAGE_CHILDREN): Linux counts in a child's ru_maxrss the memory of
    this (large) bench process it was forked from, before the exec.
    """
    status = Path(f"/proc/{child.pid}/status")
    peak_kb = 0
    while child.poll() is None:
        try:
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak_kb = max(peak_kb, int(line.split()[1]))
        except (OSError, ValueError, IndexError):
            break  # gone, or no /proc (not Linux)
        time.sleep(0.01)
    if peak_kb:
        peaks.append(peak_kb / 1024)


def bench_unlock(data_dir: Path, runs: int, kdf_s: float) -> dict[str, Any]:
    """Spawn the app on the encrypted store, sign in from stdin, until the window shows.

    Each timed sign-in is paired with a start of the plaintext demo store of the same data
    (no sign-in, no key), in alternating order, so the difference between the two holds
    what signing in adds even when the shared machine's load changes between runs.
    """
    if runs < 1:
        return {"unlock_s": None, "unlock_note": "skipped (--runs 0)"}
    env = {
        **os.environ,
        "PUENTE_EXIT_WHEN_SHOWN": "1",
        "PUENTE_SIGN_IN_STDIN": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: byte-code caches are written
    base = [sys.executable, "-m", "app", "--data-dir", str(data_dir), "--lang", "en"]
    sign_in = f"{USERNAME}\n{PASSWORD}\n"
    paired = (data_dir / DEMO_STORE_FILE).exists()

    peaks: list[float] = []

    waits: list[float] = []  # sign-in -> window, per timed sign-in start

    def start(demo: bool) -> float:
        command = [*base, "--demo"] if demo else base
        with subprocess.Popen(
            command,
            env=env,
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as child:
            watcher = threading.Thread(target=watch_peak_rss, args=(child, peaks), daemon=True)
            watcher.start()
            try:
                out, err = child.communicate("" if demo else sign_in, timeout=180)
            except subprocess.TimeoutExpired:
                child.kill()
                child.communicate()
                raise
            watcher.join()
        reported = [line for line in out.splitlines() if line.startswith('{"shown_s"')]
        if child.returncode != 0 or not reported:
            tail = " | ".join((err or out).strip().splitlines()[-3:])
            which = "demo" if demo else "sign-in"
            raise RuntimeError(f"{which} start: exit {child.returncode}, no shown_s: {tail}")
        figures = json.loads(reported[-1])
        if not demo and "signed_in_s" in figures:
            waits.append(float(figures["shown_s"]) - float(figures["signed_in_s"]))
        return float(figures["shown_s"])

    shown: list[float] = []
    plain: list[float] = []
    try:
        start(False)  # unmeasured: writes the byte-code caches
        for n in range(runs):
            if paired and n % 2:
                plain.append(start(True))
            shown.append(start(False))
            if paired and not n % 2:
                plain.append(start(True))
    except subprocess.TimeoutExpired:
        return {"unlock_s": None, "unlock_note": "the window did not show in 180 s"}
    except RuntimeError as exc:
        return {"unlock_s": None, "unlock_note": str(exc)}
    raw = statistics.median(shown)
    waits = waits[1:]  # the unmeasured first start
    wait = statistics.median(waits) if waits else None
    result: dict[str, Any] = {
        "unlock_s": None if wait is None else round_s(wait - kdf_s),
        "sign_in_to_window_s": None if wait is None else round_s(wait),
        "sign_in_to_window_runs_s": [round_s(w) for w in waits],
        "start_to_window_s": round_s(raw),
        "start_to_window_runs_s": [round_s(s) for s in shown],
    }
    if paired:
        added = statistics.median(a - b for a, b in zip(shown, plain, strict=True))
        result.update(
            {
                # The same app start on the plaintext demo store: no sign-in, no key.
                "plain_start_s": round_s(statistics.median(plain)),
                "plain_start_runs_s": [round_s(s) for s in plain],
                # Median of paired (sign-in start - plain start): KDF + SQLCipher + audit.
                "sign_in_adds_s": round_s(added),
                "sign_in_adds_beyond_kdf_s": round_s(added - kdf_s),
            }
        )
    # The largest VmHWM seen in any app start (sampled every 10 ms until it exits).
    result["start_peak_rss_mb"] = round(max(peaks), 1) if peaks else None
    return result


# --- backup --------------------------------------------------------------------------------


def bench_backup(store: Path, key: bytes, workers: int) -> dict[str, Any]:
    out = store.with_name("bench-backup.puente-backup")
    out.unlink(missing_ok=True)
    try:
        started = time.perf_counter()
        info = make_backup(store_path=store, key=key, out=out)
        seconds = time.perf_counter() - started
        size = out.stat().st_size
    finally:
        out.unlink(missing_ok=True)
    return {
        "backup_s": round_s(seconds),
        f"backup_{workers_label(workers)}_s": round_s(seconds),
        "backup_mb": round(size / 1e6, 1),
        "backup_mb_per_s": round(size / 1e6 / seconds, 1) if seconds else None,
        "backup_encrypted": info.encrypted,
    }


# --- main ----------------------------------------------------------------------------------


def supervisor_of_all(ws: Workspace) -> Actor:
    """A supervisor of every field mission (as the demo actor store_bench searches with)."""
    me = ws.actor()
    missions = tuple(m.value for m in FIELD_MISSIONS)
    return Actor(me.username, me.display_name, Role.SUPERVISOR, missions, me.device_tag)


def rename(figures: dict[str, Any], prefix: str) -> dict[str, Any]:
    return {f"{prefix}{name}": value for name, value in figures.items()}


def ratios(result: dict[str, Any]) -> dict[str, float | None]:
    """Each figure over its target (<= 1.0 meets it)."""
    out: dict[str, float | None] = {}
    for name, target in TARGETS.items():
        value = result.get(name)
        out[name] = None if value is None else round(float(value) / target, 3)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--workers", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--data-dir", type=Path, help="keep (and reuse) the encrypted store here")
    parser.add_argument("--runs", type=int, default=5, help="timed app starts (unlock)")
    parser.add_argument("--kdf-runs", type=int, default=3)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--saves", type=int, default=200, help="creates (and as many updates)")
    args = parser.parse_args(argv)
    if args.workers < 1:
        parser.error("--workers must be 1 or more")

    temp = None if args.data_dir else tempfile.mkdtemp(prefix="puente-protection-bench-")
    data_dir = args.data_dir or Path(str(temp))
    data_dir.mkdir(parents=True, exist_ok=True)
    store = data_dir / STORE_FILE
    rnd = random.Random(args.seed)
    try:
        result: dict[str, Any] = {"workers": args.workers, "seed": args.seed}
        result.update(ensure_encrypted_store(data_dir, args.workers, args.seed))
        log("key derivation ...")
        key, kdf = bench_kdf(store, args.kdf_runs)
        result.update(kdf)
        log("unlock (app start, sign-in from stdin, window shown) ...")
        result.update(bench_unlock(data_dir, args.runs, kdf["kdf_s"]))
        log("backup ...")
        result.update(bench_backup(store, key, args.workers))
        started = time.perf_counter()
        ws = open_workspace(store, key=key)
        result["open_encrypted_s"] = round_s(time.perf_counter() - started)
        try:
            with ws.db.read() as session:
                result["cipher_version"] = (
                    session.connection().exec_driver_sql("PRAGMA cipher_version").scalar()
                )
            queries = realistic_queries(ws, args.queries, rnd)
            officer = ws.actor()  # the signed-in officer: one mission (CO)
            # The same scope as store_bench's demo actor: every field mission, so the
            # figures compare one to one with the plaintext foundation figures.
            ws.set_actor(supervisor_of_all(ws))
            result["workers_in_store"] = ws.workers.count(include_archived=True)
            log("encrypted search ...")
            result.update(rename(bench_search(ws, queries), "encrypted_"))
            log("encrypted list ...")
            result.update(rename(bench_list(ws), "encrypted_"))
            log("encrypted saves ...")
            result.update(rename(bench_saves(ws, args.saves, rnd), "encrypted_"))
            log("encrypted search, one-mission officer ...")
            ws.set_actor(officer)
            one = bench_search(ws, queries)
            result["encrypted_search_one_mission_p50_ms"] = one["search_p50_ms"]
            result["encrypted_search_one_mission_p95_ms"] = one["search_p95_ms"]
        finally:
            ws.close()
        result["ratio_to_target"] = ratios(result)
        result["load_average"] = [round(x, 2) for x in os.getloadavg()]
        result["python"] = sys.version.split()[0]
        result["cpus"] = os.cpu_count()
        print(json.dumps(result, indent=2, ensure_ascii=False))
    finally:
        if temp:
            shutil.rmtree(temp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
