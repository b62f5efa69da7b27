"""Benchmark of filled documents, exports and indicators: prints JSON (no timed asserts).

    python bench/reports_bench.py [--workers 200000] [--store FILE] [--runs 5]

Builds a store with `app.services.demo.generate_demo` (or reuses `--store`, made by an
earlier run with the same number of workers), then measures:

- worker_record_ms: read one worker's record (plain rows) and render its PDF, median
  and p95 over different workers;
- export_csv_200k_s / export_xlsx_200k_s: every worker a supervisor of the five missions
  may see (the widest column set), to a file;
- indicators_200k_s: the ALERT indicators of all missions over one year, as HQ;
- indicator_pdf_ms: the indicator report PDF from those figures.

Wall-clock figures depend on what else the machine runs (the load average is printed);
the *_cpu_s figures are this process's CPU time (SQLite runs in-process, so they include
the queries) and are what an idle machine would show.

`measure(store, workers, runs)` returns the same dict, for bench/forms_bench.py to merge.
Targets (DESIGN.md section 10): CSV <= 5 s, XLSX <= 30 s, indicators <= 2 s.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def build_store(path: Path, workers: int, seed: int = 7) -> float:
    """A fresh store at `path` with `workers` demo workers; returns the seconds taken."""
    from app.services.demo import generate_demo
    from app.store.migrate import prepare_store

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    engine = prepare_store(path)
    started = time.perf_counter()
    generate_demo(engine, workers=workers, seed=seed)
    engine.dispose()
    return time.perf_counter() - started


def measure(store: Path, workers: int, runs: int = 5) -> dict[str, Any]:
    """Times documents, exports and indicators on the store at `store`."""
    from sqlmodel import Session

    from app.models.enums import FIELD_MISSIONS, Role
    from app.reports.translate import TRANSLATIONS_DIR, catalog_translator
    from app.services.context import Actor
    from app.store.engine import create_store_engine

    engine = create_store_engine(store)
    missions = tuple(m.value for m in FIELD_MISSIONS)
    supervisor = Actor("bench", "Bench", Role.SUPERVISOR, missions, "BEN")
    analyst = Actor("hq", "HQ", Role.HQ_ANALYST, (), "HQ0")
    tr = catalog_translator("es", TRANSLATIONS_DIR / "catalog" / "reports_docs.json")
    result: dict[str, Any] = {"workers": workers}
    with Session(engine) as session:
        result.update(_worker_records(session, supervisor, tr, max(20, runs * 4), workers))
        result.update(_indicators(session, analyst, tr, runs))
    result.update(_exports(engine, supervisor, runs=max(1, runs // 3)))
    result["load_average_1min"] = os.getloadavg()[0]
    result["cpus"] = os.cpu_count()
    engine.dispose()
    return result


def _worker_records(session: Any, actor: Any, tr: Any, runs: int, workers: int) -> dict[str, Any]:
    from sqlalchemy import text

    from app.reports.data import read_worker_record
    from app.reports.worker_record import render_worker_record

    ids = session.connection().execute(
        text(
            "SELECT w.id FROM worker w WHERE w.consent_withdrawn_at IS NULL "
            "AND w.archived_at IS NULL AND w.rowid % :step = 0 LIMIT :n"
        ),
        {"n": runs + 3, "step": max(1, workers // (runs + 3) // 2)},
    )
    import uuid

    worker_ids = [uuid.UUID(str(r[0])) for r in ids]
    read_ms: list[float] = []
    total_ms: list[float] = []
    for i, worker_id in enumerate(worker_ids):
        started = time.perf_counter()
        record = read_worker_record(session, worker_id=worker_id, actor=actor, include_notes=True)
        read = time.perf_counter()
        buffer = io.BytesIO()
        render_worker_record(record, out=buffer, tr=tr, language="es")
        done = time.perf_counter()
        if i >= 3:  # warm-up: imports, fonts
            read_ms.append((read - started) * 1000)
            total_ms.append((done - started) * 1000)
    return {
        "worker_record_ms": round(statistics.median(total_ms), 1),
        "worker_record_p95_ms": round(_p95(total_ms), 1),
        "worker_record_read_ms": round(statistics.median(read_ms), 1),
        "worker_record_runs": len(total_ms),
    }


def _indicators(session: Any, actor: Any, tr: Any, runs: int) -> dict[str, Any]:
    from app.reports.indicator_report import render_indicator_pdf
    from app.reports.indicators import compute_indicators
    from app.services.demo import DEMO_TODAY

    end = DEMO_TODAY
    start = end - timedelta(days=364)
    timings: list[float] = []
    cpu: list[float] = []
    figures = None
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        figures = compute_indicators(session, actor=actor, start=start, end=end)
        timings.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    assert figures is not None
    one = []
    for _ in range(runs):
        started = time.perf_counter()
        compute_indicators(session, actor=actor, start=start, end=end, mission="MX")
        one.append(time.perf_counter() - started)
    pdf_ms = []
    for _ in range(3):
        started = time.perf_counter()
        render_indicator_pdf(figures, out=io.BytesIO(), tr=tr, language="es", made_on=date.today())
        pdf_ms.append((time.perf_counter() - started) * 1000)
    headline = dict(figures.table("headline").rows)
    return {
        "indicators_200k_s": round(statistics.median(timings), 2),
        "indicators_200k_min_s": round(min(timings), 2),
        "indicators_200k_cpu_s": round(statistics.median(cpu), 2),
        "indicators_one_mission_s": round(statistics.median(one), 2),
        "indicator_pdf_ms": round(statistics.median(pdf_ms), 1),
        "indicators_workers_counted": headline["workers"],
    }


def _exports(engine: Any, actor: Any, runs: int) -> dict[str, Any]:
    from sqlmodel import Session

    from app.reports.exports import export_table

    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        for fmt in ("csv", "xlsx"):
            timings: list[float] = []
            cpu: list[float] = []
            rows = 0
            path = Path(folder) / f"workers.{fmt}"
            for _ in range(runs):
                with Session(engine) as session:
                    started, cpu_started = time.perf_counter(), time.process_time()
                    result = export_table(session, kind="workers", fmt=fmt, path=path, actor=actor)
                    timings.append(time.perf_counter() - started)
                    cpu.append(time.process_time() - cpu_started)
                rows = result.rows
            out[f"export_{fmt}_200k_s"] = round(statistics.median(timings), 2)
            out[f"export_{fmt}_200k_cpu_s"] = round(statistics.median(cpu), 2)
            out[f"export_{fmt}_rows"] = rows
            out[f"export_{fmt}_mb"] = round(path.stat().st_size / 1e6, 1)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=200_000)
    parser.add_argument(
        "--store",
        type=Path,
        default=None,
        help="reuse this store (made by generate_demo) instead of a new one",
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    report: dict[str, Any] = {}
    store = args.store
    if store is None or not store.exists():
        store = store or Path(tempfile.gettempdir()) / f"puente-reports-bench-{args.workers}.sqlite"
        report["demo_build_s"] = round(build_store(store, args.workers), 1)
    report.update(measure(store, args.workers, args.runs))
    report["targets"] = {"export_csv_200k_s": 5, "export_xlsx_200k_s": 30, "indicators_200k_s": 2}
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
