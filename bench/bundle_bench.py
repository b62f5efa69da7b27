"""Bundle benchmark: size of the Linux bundle, packed and unpacked, and its cold start (JSON).

    python bench/bundle_bench.py                    # builds with installer/build.sh first
    python bench/bundle_bench.py --bundle dist/puente-0.1.0-linux-x86_64

Cold start = process start to main window shown (offscreen), on a demo store the bundle
itself made, median of --runs after one warm-up run. Targets: bundle <= 150 MB unpacked,
<= 60 MB packed, frozen cold start <= 1.0 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"bundle_mb": 150, "packed_mb": 60, "frozen_cold_start_s": 1.0}


def folder_mb(folder: Path) -> float:
    """MiB of the files themselves (a symlink, as PyInstaller makes for Qt, counts once)."""
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1_048_576


def build() -> Path:
    done = subprocess.run(
        ["bash", str(ROOT / "installer" / "build.sh")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.exit(f"build failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    bundles = sorted((ROOT / "dist").glob("puente-*-linux-*[!z]"), key=os.path.getmtime)
    return bundles[-1]


def cold_start(bundle: Path, runs: int, workers: int) -> dict[str, Any]:
    exe = bundle / "puente"
    with tempfile.TemporaryDirectory(prefix="puente-bundle-bench-") as data:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": data}
        made = subprocess.run(
            [str(exe), "demo-data", "--workers", str(workers), "--data-dir", data],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if made.returncode != 0:
            return {"frozen_cold_start_s": None, "note": f"demo-data failed: {made.stderr[-500:]}"}
        env["PUENTE_EXIT_WHEN_SHOWN"] = "1"
        command = [str(exe), "--demo", "--data-dir", data]
        subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)
        shown: list[float] = []
        for _ in range(runs):
            done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
            lines = [line for line in done.stdout.splitlines() if line.startswith('{"shown_s"')]
            if done.returncode != 0 or not lines:
                return {"frozen_cold_start_s": None, "note": done.stderr[-500:]}
            shown.append(float(json.loads(lines[-1])["shown_s"]))
    return {
        "frozen_cold_start_s": round(statistics.median(shown), 3),
        "frozen_cold_start_runs_s": [round(s, 3) for s in shown],
        "demo_workers": workers,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="an unpacked bundle folder (else build one)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2000, help="demo workers for cold start")
    args = parser.parse_args()
    started = time.perf_counter()
    bundle = args.bundle.resolve() if args.bundle else build()
    packed = bundle.with_name(bundle.name + ".tar.gz")
    result: dict[str, Any] = {
        "bundle": str(bundle),
        "build_s": None if args.bundle else round(time.perf_counter() - started, 1),
        "bundle_mb": round(folder_mb(bundle), 1),
        "packed_mb": round(packed.stat().st_size / 1_048_576, 1) if packed.is_file() else None,
    }
    result.update(cold_start(bundle, args.runs, args.workers))
    result["ratios_to_target"] = {
        key: round(result[key] / target, 2)
        for key, target in TARGETS.items()
        if isinstance(result.get(key), (int, float))
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
