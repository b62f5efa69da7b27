"""Loop harness: the three-laptop scenario over many seeds, logs and a dump for each loss.

    nice -n 15 .venv/bin/python -m tests.sync.converge_loop --seeds 1-200 --out /tmp/loop

One process, one server at a time; every run keeps its server log and client log, and a
run that loses a value writes `lost-<seed>.json` with the outbox, ledger, conflicts and
audit of each lost edit.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

from tests.sync import conftest
from tests.sync.converge_scenario import Outcome, Written, play, settle


def _seeds(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        out.extend(range(int(lo), int(hi or lo) + 1))
    return out


def _dump(server: conftest.RunningServer, devices: list[conftest.Device], lost: Written) -> Any:
    name, worker, field, _value = lost
    device = next(d for d in devices if d.name == name)
    with device.db.read() as session:
        conn = session.connection()
        outbox = [
            list(map(str, r))
            for r in conn.exec_driver_sql(
                "SELECT seq, mutation_id, op, base_version, changes, state, last_error "
                "FROM outbox WHERE entity_id = ? ORDER BY seq",
                (worker,),
            )
        ]
        conflicts = [
            list(map(str, r))
            for r in conn.exec_driver_sql(
                "SELECT * FROM sync_conflict WHERE entity_id = ?", (worker,)
            )
        ]
        history = [
            list(map(str, r))
            for r in conn.exec_driver_sql(
                "SELECT * FROM history WHERE entity_id = ? AND field = ? ORDER BY id",
                (worker, field),
            )
        ]
    srv = {
        "ledger": [
            list(map(str, r))
            for r in server.sql(
                "SELECT mutation_id, op, status, result FROM srv_mutation WHERE "
                "replace(CAST(entity_id AS TEXT), '-', '') = :w ORDER BY received_at",
                w=worker,
            )
        ],
        "audit": [
            list(map(str, r))
            for r in server.sql(
                "SELECT * FROM srv_audit WHERE replace(CAST(entity_id AS TEXT), '-', '') = :w "
                "ORDER BY id",
                w=worker,
            )
        ],
        "conflicts": [
            list(map(str, r))
            for r in server.sql(
                "SELECT * FROM srv_conflict WHERE replace(CAST(entity_id AS TEXT), '-', '') = :w",
                w=worker,
            )
        ],
        "meta": [
            list(map(str, r))
            for r in server.sql(
                "SELECT * FROM srv_row_meta WHERE replace(CAST(entity_id AS TEXT), '-', '') = :w",
                w=worker,
            )
        ],
    }
    return {
        "lost": lost,
        "outbox": outbox,
        "conflicts": conflicts,
        "history": history,
        "server": srv,
        "reports": [r.summary() for r in device.reports],
    }


def run(seed: int, out: Path) -> tuple[Outcome | None, str]:
    work = Path(tempfile.mkdtemp(prefix=f"conv{seed}-"))
    log_file = out / f"client-{seed}.log"
    handler = logging.FileHandler(log_file)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    devices: list[conftest.Device] = []
    server = None
    try:
        for attempt in range(3):  # a loaded machine can miss the start-up deadline
            try:
                server = conftest.start_server(
                    work / f"server{attempt}.sqlite", log_path=out / f"server-{seed}.log"
                )
                break
            except RuntimeError:
                if attempt == 2:
                    raise
        assert server is not None
        for name in ("ana", "beto", "carla"):
            server.add_user(name)
            devices.append(conftest.sign_in_device(server.url, work / f"{name}.sqlite", name))
        written = play(devices, seed)
        outcome = settle(server, devices, written)
        totals = {
            k: sum(getattr(r, k) for d in devices for r in d.reports)
            for k in ("rejected", "conflicts", "duplicates", "sent")
        }
        outcome.stats = totals
        if outcome.refused or outcome.unqueued:
            bad = {"refused": list(outcome.refused.items()), "unqueued": outcome.unqueued}
            (out / f"refused-{seed}.json").write_text(json.dumps(bad, indent=1, default=str))
            return outcome, "REFUSED"
        if outcome.lost:
            dump = [_dump(server, devices, w) for w in outcome.lost]
            (out / f"lost-{seed}.json").write_text(json.dumps(dump, indent=1, default=str))
            return outcome, "LOST"
        return outcome, "ok"
    except Exception:
        (out / f"error-{seed}.txt").write_text(traceback.format_exc())
        return None, "ERROR"
    finally:
        for device in devices:
            device.close()
        if server is not None:
            server.stop()
        root.removeHandler(handler)
        handler.close()
        if (out / f"lost-{seed}.json").exists() and server is not None:
            shutil.copy(
                server.database_url.removeprefix("sqlite:///"), out / f"server-{seed}.sqlite"
            )
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", default="1-200")
    parser.add_argument("--out", type=Path, default=Path("/tmp/converge-loop"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for seed in _seeds(args.seeds):
        started = time.perf_counter()
        outcome, verdict = run(seed, args.out)
        bad += verdict != "ok"
        lost = len(outcome.lost) if outcome else "-"
        stats = outcome.stats if outcome else {}
        print(
            f"seed {seed}: {verdict} lost={lost} {stats} {time.perf_counter() - started:.1f}s",
            flush=True,
        )
    print(f"{bad} bad runs", flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
