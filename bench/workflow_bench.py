"""Field-workflow benchmark: duplicate check, worker file, follow-ups and lists (JSON out).

    python bench/workflow_bench.py --workers 200000 [--data-dir DIR] [--seed 7]

Builds the demo data set with the demo generator (in a temporary folder, or in DIR where
it is kept and reused), then measures through the workspace services as the UI calls
them, acting as a supervisor of every field mission (the widest scope on one laptop).
Prints one JSON object on stdout; progress goes to stderr. Targets (issue 3):
duplicate check p95 <= 50 ms, worker file p95 <= 100 ms. A measurement, never a test.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.bootstrap import build_demo_store  # noqa: E402
from app.config import DEMO_STORE_FILE  # noqa: E402
from app.models.enums import Sex  # noqa: E402
from app.services.db import Database  # noqa: E402
from app.services.demo import DEMO_TODAY  # noqa: E402
from app.services.duplicates import PersonProbe  # noqa: E402
from app.services.followups import OPEN_FOLLOW_UP_INDEX, FollowUpFilter  # noqa: E402
from app.services.lists import (  # noqa: E402
    ENROLMENT_COUNT_INDEX,
    CourseQuery,
    FollowUpBucket,
    FollowUpQuery,
    PlanQuery,
    ProjectQuery,
)
from app.services.workspace import Workspace  # noqa: E402
from app.store.migrate import prepare_store  # noqa: E402


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def summary(times: list[float]) -> dict[str, float]:
    return {
        "p50_ms": ms(statistics.median(times)),
        "p95_ms": ms(percentile(times, 95)),
        "max_ms": ms(max(times)),
    }


# --- data -------------------------------------------------------------------------------


def ensure_data(data_dir: Path, workers: int, seed: int) -> float | None:
    path = data_dir / DEMO_STORE_FILE
    if path.exists():
        log(f"reusing {path}")
        return None
    log(f"making {workers:,} demo workers in {path} ...")
    started = time.perf_counter()
    build_demo_store(path, workers=workers, seed=seed)
    return round(time.perf_counter() - started, 2)


def sample_workers(ws: Workspace, count: int) -> list[tuple[Any, ...]]:
    with ws.db.read() as s:
        return list(
            s.connection()
            .exec_driver_sql(
                "SELECT id, given_names, first_family_name, second_family_name, date_of_birth,"
                " sex, id_document_number FROM worker WHERE archived_at IS NULL"
                " ORDER BY random() LIMIT ?",
                (count,),
            )
            .fetchall()
        )


# --- duplicate check --------------------------------------------------------------------


def _typo(word: str, rnd: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rnd.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1 :]  # one letter dropped


def probes(rows: list[tuple[Any, ...]], rnd: random.Random) -> list[tuple[str, Any, PersonProbe]]:
    """(kind, source id or None, probe): the ways an intake re-types a known person, and
    new people who are not in the store."""
    out: list[tuple[str, Any, PersonProbe]] = []
    given_pool = [(r[1], r[5]) for r in rows]
    for wid, given, first, second, born, sex, number in rows:
        dob = date.fromisoformat(str(born))
        base = PersonProbe(given, first, second, dob, "", Sex(sex))
        kinds = ["exact", "typo", "swapped", "missing", "near_date", "id", "new", "sibling"]
        kind = rnd.choice(kinds)
        if kind == "typo":
            probe = replace(base, given_names=_typo(given, rnd))
        elif kind == "swapped":
            probe = replace(base, first_family_name=second or first, second_family_name=first)
        elif kind == "missing":
            probe = replace(base, second_family_name="")
        elif kind == "near_date":
            probe = replace(base, date_of_birth=dob + timedelta(days=rnd.choice([-3, 2, 5])))
        elif kind == "id":
            probe = replace(base, given_names="X", date_of_birth=None, id_document_number=number)
        elif kind == "sibling":  # same family names and sex, born 1-2 years apart
            other = rnd.choice([g for g, x in given_pool if x == sex and g != given] or ["Zoe"])
            gap = timedelta(days=rnd.choice([-700, -400, 400, 700]))
            probe = replace(base, given_names=other, date_of_birth=dob + gap)
        elif kind == "new":
            probe = replace(base, given_names="Zacarías Eleuterio", first_family_name="Quispe")
        else:
            probe = base
        out.append((kind, None if kind == "new" else uuid.UUID(str(wid)), probe))
    return out


def bench_duplicates(ws: Workspace, cases: list[tuple[str, Any, PersonProbe]]) -> dict[str, Any]:
    ws.duplicates.check(cases[0][2])  # warm
    times: list[float] = []
    found = expected = siblings = false_alarms = 0
    for kind, source, probe in cases:
        seconds, matches = timed(lambda p=probe: ws.duplicates.check(p))
        times.append(seconds)
        hit = any(m.worker_id == source for m in matches)
        if kind == "sibling":
            siblings += 1
            false_alarms += hit
        elif source is not None and not (kind == "id" and not probe.id_document_number):
            expected += 1
            found += hit
    return {
        **summary(times),
        "checks": len(times),
        "recall_on_retyped_records": round(found / expected, 3) if expected else None,
        "sibling_false_alarm_rate": round(false_alarms / siblings, 3) if siblings else None,
    }


# --- worker file, follow-ups, lists -----------------------------------------------------


def bench_worker_file(ws: Workspace, rows: list[tuple[Any, ...]]) -> dict[str, Any]:
    ids = [uuid.UUID(str(r[0])) for r in rows]
    ws.worker_file.open(ids[0])
    times = [timed(lambda w=w: ws.worker_file.open(w))[0] for w in ids]
    sizes = ws.worker_file.open(ids[-1])
    return {
        **summary(times),
        "opened": len(times),
        "example_history_lines": len(sizes.history),
    }


def bench_followups(ws: Workspace, runs: int) -> dict[str, Any]:
    ws.followups.view()
    times = []
    view = None
    for _ in range(runs):
        seconds, view = timed(ws.followups.view)
        times.append(seconds)
    assert view is not None
    author = view.by_author[0].author if view.by_author else None
    one = [timed(lambda: ws.followups.view(FollowUpFilter(author=author)))[0] for _ in range(runs)]
    mission = [
        timed(lambda: ws.followups.view(FollowUpFilter(mission="HN")))[0] for _ in range(runs)
    ]
    query = FollowUpQuery(today=DEMO_TODAY, bucket=FollowUpBucket.OVERDUE)
    first_page = [timed(lambda: ws.followups.page(query))[0] for _ in range(runs)]
    return {
        "all_missions_ms": ms(statistics.median(times)),
        "one_officer_ms": ms(statistics.median(one)),
        "one_mission_ms": ms(statistics.median(mission)),
        "overdue_first_page_ms": ms(statistics.median(first_page)),
        "counts": {
            "overdue": view.overdue_count,
            "this_week": view.this_week_count,
            "later": view.later_count,
            "officers": len(view.by_author),
        },
    }


def bench_lists(ws: Workspace, runs: int) -> dict[str, float]:
    calls: dict[str, Callable[[], Any]] = {
        "courses_first_page_ms": lambda: ws.training.courses(CourseQuery()),
        "plans_first_page_ms": lambda: ws.plans.page(PlanQuery()),
        "projects_first_page_ms": lambda: ws.projects.page(ProjectQuery()),
    }
    out: dict[str, float] = {}
    for name, call in calls.items():
        call()
        out[name] = ms(statistics.median(timed(call)[0] for _ in range(runs)))
    return out


def extra_indexes(db: Database) -> list[str]:
    """Which of the proposed indexes the store has (the figures depend on them)."""
    with db.read() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN "
            "('ix_case_note_open_follow_up', 'ix_enrolment_course_status')"
        )
        return sorted(r[0] for r in rows)


# --- main -------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=200_000)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--samples", type=int, default=400)
    parser.add_argument(
        "--proposed-indexes",
        action="store_true",
        help="first add the indexes proposed for the next store migration (kept in DIR)",
    )
    args = parser.parse_args()

    tmp = None
    data_dir = args.data_dir
    if data_dir is None:
        tmp = tempfile.mkdtemp(prefix="puente-workflow-bench-")
        data_dir = Path(tmp)
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        built = ensure_data(data_dir, args.workers, args.seed)
        db = Database(prepare_store(data_dir / DEMO_STORE_FILE))
        if args.proposed_indexes:
            with db.write() as s:
                for ddl in (OPEN_FOLLOW_UP_INDEX, ENROLMENT_COUNT_INDEX):
                    s.connection().exec_driver_sql(ddl)
        extra = extra_indexes(db)
        ws = Workspace(db, demo=True, today=lambda: DEMO_TODAY)
        rnd = random.Random(args.seed)
        rows = sample_workers(ws, args.samples)
        log("duplicate check ...")
        dup = bench_duplicates(ws, probes(rows, rnd))
        log("worker file ...")
        wf = bench_worker_file(ws, rows)
        log("follow-ups ...")
        fu = bench_followups(ws, 15)
        log("lists ...")
        lists = bench_lists(ws, 15)
        result = {
            "workers": ws.workers.count(include_archived=True),
            "demo_build_s": built,
            "proposed_indexes_present": extra,
            "duplicate_check_p95_ms": dup["p95_ms"],
            "open_worker_file_p95_ms": wf["p95_ms"],
            "followups_view_ms": fu["all_missions_ms"],
            "duplicate_check": dup,
            "open_worker_file": wf,
            "followups": fu,
            "lists": lists,
        }
        ws.close()
        print(json.dumps(result, indent=2))
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
