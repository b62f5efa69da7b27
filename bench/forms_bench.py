"""Benchmark of printed documents: prints JSON with medians and p95 (no timed asserts).

    python bench/forms_bench.py [--workers 200000] [--runs 50]

It measures the blank intake form (target <= 150 ms: warm renders after a warm-up, and a
cold render in a fresh process), then, on a demo store of `--workers` workers (made once,
or `--store`), the filled worker record, the exports (CSV <= 5 s, XLSX <= 30 s at 200k)
and the indicators (<= 2 s at 200k), with bench/reports_bench.py's measurements.
`--workers 0` measures the blank form only.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

COLD_SCRIPT = """
import io, json, time
t0 = time.perf_counter()
from app.reports.intake_form import render_blank_intake_form
from app.reports.translate import TRANSLATIONS_DIR, catalog_translator
tr = catalog_translator("es", TRANSLATIONS_DIR / "catalog" / "reports.json")
t1 = time.perf_counter()
render_blank_intake_form(out=io.BytesIO(), tr=tr, language="es", paper="a4")
t2 = time.perf_counter()
print(json.dumps({"import_ms": (t1 - t0) * 1000, "first_render_ms": (t2 - t1) * 1000}))
"""


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def blank_form(runs: int, warmup: int) -> dict[str, float | int]:
    """Warm timings of one blank form (Spanish, A4, one copy) rendered into memory."""
    from app.reports.intake_form import render_blank_intake_form
    from app.reports.translate import TRANSLATIONS_DIR, catalog_translator

    tr = catalog_translator("es", TRANSLATIONS_DIR / "catalog" / "reports.json")
    size = 0
    timings: list[float] = []
    for i in range(warmup + runs):
        buffer = io.BytesIO()
        start = time.perf_counter()
        render_blank_intake_form(out=buffer, tr=tr, language="es", paper="a4")
        elapsed = (time.perf_counter() - start) * 1000
        if i >= warmup:
            timings.append(elapsed)
        size = len(buffer.getvalue())
    start = time.perf_counter()
    render_blank_intake_form(out=io.BytesIO(), tr=tr, language="es", paper="a4", copies=10)
    ten = (time.perf_counter() - start) * 1000
    return {
        "blank_form_ms": round(statistics.median(timings), 1),
        "blank_form_p95_ms": round(_percentile(timings, 0.95), 1),
        "blank_form_bytes": size,
        "blank_form_10_copies_ms": round(ten, 1),
    }


def blank_form_cold() -> dict[str, float]:
    """A first render in a fresh interpreter (imports and font registration included)."""
    result = subprocess.run(
        [sys.executable, "-c", COLD_SCRIPT], cwd=ROOT, check=True, capture_output=True, text=True
    )
    cold = json.loads(result.stdout)
    return {
        "blank_form_cold_ms": round(cold["first_render_ms"], 1),
        "blank_form_cold_import_ms": round(cold["import_ms"], 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=200_000, help="data set size (0: none)")
    parser.add_argument("--store", type=Path, default=None, help="reuse this demo store")
    parser.add_argument("--runs", type=int, default=50, help="timed renders")
    parser.add_argument("--warmup", type=int, default=5, help="untimed renders first")
    args = parser.parse_args(argv)
    report: dict[str, object] = {"target_blank_form_ms": 150}
    report.update(blank_form_cold())
    report.update(blank_form(args.runs, args.warmup))
    report["workers"] = args.workers
    if args.workers > 0:
        import tempfile

        from bench import reports_bench

        store = args.store or Path(tempfile.gettempdir()) / (
            f"puente-reports-bench-{args.workers}.sqlite"
        )
        if not store.exists():
            report["demo_build_s"] = round(reports_bench.build_store(store, args.workers), 1)
        report.update(reports_bench.measure(store, args.workers, runs=3))
        report["targets"] = {
            "blank_form_ms": 150,
            "export_csv_200k_s": 5,
            "export_xlsx_200k_s": 30,
            "indicators_200k_s": 2,
        }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
