"""Store benchmark: search as you type, list pages, saves, cold start and memory (JSON out).

    python bench/store_bench.py --workers 200000 [--data-dir DIR] [--seed 7]

Builds the demo data set with the demo generator (in a temporary folder, or in DIR where
it is kept and reused on the next run), then measures through the real services, as the
UI calls them. Prints one JSON object on stdout; progress goes to stderr. Targets are in
DESIGN.md section 10; this is a measurement, never a pass/fail test.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.bootstrap import build_demo_store  # noqa: E402
from app.config import DEMO_STORE_FILE  # noqa: E402
from app.services.workers import WorkerQuery, WorkerSort  # noqa: E402
from app.services.workspace import Workspace, open_workspace  # noqa: E402
from app.store.search import fold  # noqa: E402


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


# --- data set ------------------------------------------------------------------------------


def ensure_data(data_dir: Path, workers: int, seed: int) -> float | None:
    """Make the demo store in data_dir unless it is there; seconds taken (None if reused)."""
    path = data_dir / DEMO_STORE_FILE
    if path.exists():
        log(f"reusing {path}")
        return None
    log(f"making {workers:,} demo workers in {path} ...")
    started = time.perf_counter()
    build_demo_store(path, workers=workers, seed=seed)
    return round(time.perf_counter() - started, 2)


# --- queries typed as a person types them ------------------------------------------------


def typed_prefixes(text: str) -> Iterator[str]:
    """Every state of the search box while `text` is typed, one character at a time."""
    for end in range(1, len(text) + 1):
        if not text[end - 1].isspace():
            yield text[:end]


def realistic_queries(ws: Workspace, count: int, rnd: random.Random) -> list[tuple[str, str]]:
    """(kind, text) pairs: names without accents, partial case codes and ID numbers."""
    with ws.db.read() as session:
        rows = (
            session.connection()
            .exec_driver_sql(
                "SELECT given_names, first_family_name, second_family_name, case_code, "
                "id_document_number FROM worker WHERE archived_at IS NULL "
                "ORDER BY random() LIMIT 400"
            )
            .fetchall()
        )
    queries: list[tuple[str, str]] = []
    while len(queries) < count:
        given, first, second, code, number = rnd.choice(rows)
        roll = rnd.random()
        if roll < 0.5:
            name = rnd.choice(
                [
                    f"{given.split()[0]} {first}",
                    f"{first} {second}",
                    f"{given} {first} {second}",
                    first,
                ]
            )
            kind, text = "name", fold(name)
        elif roll < 0.75:
            kind, text = "case_code", code[: rnd.randint(4, len(code))]
        else:
            kind, text = "id_number", (number or code)[: rnd.randint(4, 12)]
        queries.extend((kind, q) for q in typed_prefixes(text))
    return queries[:count]


def bench_search(ws: Workspace, queries: list[tuple[str, str]]) -> dict[str, Any]:
    ws.workers.page(WorkerQuery(text="warm"))
    times: list[tuple[str, str, float]] = []
    cpu: list[float] = []
    for kind, text in queries:
        cpu_started = time.process_time()
        times.append((kind, text, timed(partial(ws.workers.page, WorkerQuery(text=text)))))
        cpu.append(time.process_time() - cpu_started)
    all_times = [t for _k, _q, t in times]
    detail: dict[str, Any] = {}
    groups: dict[str, list[float]] = {}
    for kind, text, seconds in times:
        length = len(text.replace(" ", "").replace("-", ""))
        bucket = "1-3 chars" if length <= 3 else "4+ chars"
        groups.setdefault(kind, []).append(seconds)
        groups.setdefault(bucket, []).append(seconds)
    for name, values in sorted(groups.items()):
        detail[name] = {
            "n": len(values),
            "p50_ms": ms(percentile(values, 50)),
            "p95_ms": ms(percentile(values, 95)),
        }
    slowest = sorted(times, key=lambda x: -x[2])[:10]
    detail["slowest"] = [{"kind": k, "query": q, "ms": ms(t)} for k, q, t in slowest]
    return {
        "search_p50_ms": ms(percentile(all_times, 50)),
        "search_p95_ms": ms(percentile(all_times, 95)),
        "search_queries": len(all_times),
        # CPU time of this process only: what the figures would be on an idle machine.
        "search_cpu_p50_ms": ms(percentile(cpu, 50)),
        "search_cpu_p95_ms": ms(percentile(cpu, 95)),
        "search_detail": detail,
    }


def bench_list(ws: Workspace, repeats: int = 7) -> dict[str, Any]:
    per_sort: dict[str, float] = {}
    for sort in WorkerSort:
        for descending in (False, True):
            query = WorkerQuery(sort=sort, descending=descending)
            runs = [timed(partial(ws.workers.page, query)) for _ in range(repeats)]
            per_sort[f"{sort.value}{' desc' if descending else ''}"] = ms(statistics.median(runs))
    return {
        "list_first_page_ms": round(statistics.median(per_sort.values()), 3),
        "list_first_page_max_ms": max(per_sort.values()),
        "list_first_page_by_sort_ms": per_sort,
    }


# --- saves ---------------------------------------------------------------------------------


def new_worker(rnd: random.Random) -> dict[str, Any]:
    return {
        "given_names": rnd.choice(["José", "María", "Lucía", "Óscar"]),
        "first_family_name": rnd.choice(["Hernández", "Peña", "Núñez"]),
        "second_family_name": rnd.choice(["García", "López", "Ibáñez"]),
        "sex": "female",
        "date_of_birth": date(1990, 1 + rnd.randrange(12), 1 + rnd.randrange(28)),
        "nationality": "CO",
        "id_document_type": "cedula_co",
        "id_document_number": str(rnd.randrange(10_000_000, 1_999_999_999)),
        "mission_id": "CO",
        "community": "La Esperanza",
        "consent_date": date(2026, 1, 5),
        "consent_purposes": "case_management",
        "consent_obtained_by": "Bench",
    }


def bench_saves(ws: Workspace, count: int, rnd: random.Random) -> dict[str, Any]:
    with ws.db.write() as session:
        sync = session.connection().exec_driver_sql("PRAGMA synchronous").scalar()
    ws.workers.create(new_worker(rnd))  # warm: imports, validation tables
    creates: list[float] = []
    updates: list[float] = []
    made = []
    for _ in range(count):
        data = new_worker(rnd)
        started = time.perf_counter()
        made.append(ws.workers.create(data))
        creates.append(time.perf_counter() - started)
    for n, worker in enumerate(made):
        change = {"occupation": f"Carpenter {n}", "dependants": n % 5}
        updates.append(timed(partial(ws.workers.update, worker.id, change)))
    both = creates + updates
    return {
        "save_p50_ms": ms(percentile(both, 50)),
        "save_p95_ms": ms(percentile(both, 95)),
        "save_create_p95_ms": ms(percentile(creates, 95)),
        "save_update_p95_ms": ms(percentile(updates, 95)),
        "saves": len(both),
        "synchronous": sync,  # 2 = FULL
    }


# --- cold start ----------------------------------------------------------------------------


def bench_cold_start(data_dir: Path, runs: int) -> dict[str, Any]:
    """Spawn the app on the demo store until its main window is shown, `runs` times."""
    if runs < 1:
        return {"cold_start_s": None, "cold_start_note": "skipped (--cold-starts 0)"}
    env = {
        **os.environ,
        "PUENTE_EXIT_WHEN_SHOWN": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    # As an installed app runs: with byte-code caches (one unmeasured run writes them).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-m", "app", "--demo", "--data-dir", str(data_dir)]
    subprocess.run(command, env=env, cwd=ROOT, capture_output=True, timeout=300, check=False)
    shown: list[float] = []
    wall: list[float] = []
    peaks: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        try:
            done = subprocess.run(
                command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
            )
        except subprocess.TimeoutExpired:
            return {"cold_start_s": None, "cold_start_note": "the app did not show in 120 s"}
        wall.append(time.perf_counter() - started)
        reported = [line for line in done.stdout.splitlines() if line.startswith('{"shown_s"')]
        if done.returncode != 0 or not reported:
            tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
            return {
                "cold_start_s": None,
                "cold_start_note": f"exit {done.returncode}, no shown_s: {' | '.join(tail)}",
            }
        answer = json.loads(reported[-1])
        shown.append(float(answer["shown_s"]))
        peaks.append(float(answer.get("peak_rss_mb", 0.0)))
    return {
        "cold_start_s": round(statistics.median(shown), 3),
        "cold_start_runs_s": [round(s, 3) for s in shown],
        "cold_start_wall_s": round(statistics.median(wall), 3),
        # each start's own VmHWM (the app reports it): a child's getrusage maximum would
        # include this bench's memory shared between fork and exec
        "peak_rss_mb": max(peaks) if peaks else None,
    }


# --- main ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--data-dir", type=Path, help="keep (and reuse) the data set here")
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--saves", type=int, default=200, help="creates (and as many updates)")
    parser.add_argument("--cold-starts", type=int, default=5)
    args = parser.parse_args(argv)

    temp = None if args.data_dir else tempfile.mkdtemp(prefix="puente-bench-")
    data_dir = args.data_dir or Path(str(temp))
    data_dir.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(args.seed)
    try:
        result: dict[str, Any] = {"workers": args.workers, "seed": args.seed}
        result["generate_s"] = ensure_data(data_dir, args.workers, args.seed)
        # Cold start first, on the store exactly as generated (before the saves below).
        log("cold start ...")
        cold = bench_cold_start(data_dir, args.cold_starts)
        ws = open_workspace(data_dir / DEMO_STORE_FILE, demo=True)
        try:
            result["workers_in_store"] = ws.workers.count(include_archived=True)
            log("search ...")
            result.update(bench_search(ws, realistic_queries(ws, args.queries, rnd)))
            log("list ...")
            result.update(bench_list(ws))
            log("saves ...")
            result.update(bench_saves(ws, args.saves, rnd))
        finally:
            ws.close()
        result.update(cold)
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
