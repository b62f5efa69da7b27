#!/usr/bin/env bash
# CI step for the installer: build the Linux bundle, run `puente --self-test` from the
# bundle (not from the source tree: another folder, no venv, no PYTHONPATH), compile the
# Windows installer script against the real bundle layout, and check the size budget.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
installer/build.sh
bundle=$(ls -d dist/puente-*-linux-x86_64 | tail -1)
echo "::: self-test of $bundle"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
(cd "$scratch" && env -i HOME="$scratch" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen \
    "$root/$bundle/puente" --self-test)
echo "::: sizes and frozen cold start"
.venv/bin/python bench/bundle_bench.py --bundle "$bundle" --runs 3 | tee "$scratch/bench.json"
.venv/bin/python - "$scratch/bench.json" <<'PY'
import json, sys
result = json.load(open(sys.argv[1]))
budget = {"bundle_mb": 150, "packed_mb": 60}
over = {k: result[k] for k, limit in budget.items() if result[k] is None or result[k] > limit}
if over:
    sys.exit(f"over the size budget {budget}: {over}")
print("size budget kept:", {k: result[k] for k in budget})
PY
echo "::: upgrade: a data folder of the previous schema opens in this build"
data="$scratch/upgrade"
.venv/bin/python installer/upgrade_check.py make "$data"
(cd "$scratch" && printf 'ana\nupgrade check password 2026\n' | env -i HOME="$scratch" \
    PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen PUENTE_SIGN_IN_STDIN=1 \
    PUENTE_EXIT_WHEN_SHOWN=1 "$root/$bundle/puente" --data-dir "$data")
.venv/bin/python installer/upgrade_check.py verify "$data"
