"""Sync benchmark: initial pull, wire bytes, no-op and incremental syncs, shaped link (JSON).

    python bench/sync_bench.py --workers 50000

Builds a server database with the server's own demo data set (workers with enrolments,
notes, placements, plans) written straight into its tables, runs the real server on
loopback, and syncs a fresh desktop store through a counting TCP proxy.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402
from sqlmodel import Session, select  # noqa: E402

from app.models import SYNCED_ENTITIES, Worker, utcnow  # noqa: E402
from app.models.codec import row_to_wire  # noqa: E402
from app.models.enums import MutationOp, Role  # noqa: E402
from app.services.history import record_mutation, stamp  # noqa: E402
from app.sync.client import SyncClient  # noqa: E402
from app.sync.protocol import Mutation  # noqa: E402
from tests.sync.conftest import PASSWORD, RunningServer, sign_in_device, start_server  # noqa: E402
from tests.sync.tcp_proxy import TcpProxy  # noqa: E402

MISSIONS = ("MX", "SV", "CO", "EC", "HN")


def build_server_db(path: Path, workers: int) -> dict[str, int]:
    """The demo data set for `workers` workers, inserted in bulk with its feed metadata."""
    from server.db import SEQ_COUNTER, make_engine, migrate
    from server.demo import demo_mutations
    from server.models import RowMeta, ServerCounter
    from server.sync import rows as server_rows
    from server.sync.push import _worker_sort_name

    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    mutations = demo_mutations(max(1, workers // len(MISSIONS)), 7)
    now = utcnow()
    per_entity: dict[str, list[dict[str, Any]]] = {}
    metas: list[dict[str, Any]] = []
    for seq, m in enumerate(mutations, start=1):
        values = server_rows.decode(m.entity, dict(m.changes))
        if m.entity == "worker":  # the server computes it from the names (push._create)
            values["sort_name"] = _worker_sort_name(values)
        model = SYNCED_ENTITIES[m.entity]
        row = model(
            **values,
            id=m.entity_id,
            mission_id=m.mission_id,
            version=1,
            created_at=now,
            updated_at=now,
            updated_by="demo",
        )
        per_entity.setdefault(m.entity, []).append(row.model_dump())
        metas.append(
            {
                "entity": m.entity,
                "entity_id": m.entity_id,
                "mission_id": m.mission_id,
                "version": 1,
                "server_seq": seq,
                "field_versions": '{"*":[1,"DEMO"]}',
                "archived_at": None,
                "archived_version": 0,
            }
        )
    with engine.begin() as conn:
        for entity in SYNCED_ENTITIES:
            rows = per_entity.get(entity)
            if rows:
                table = SYNCED_ENTITIES[entity].__table__  # type: ignore[attr-defined]
                for start in range(0, len(rows), 5000):
                    conn.execute(insert(table), rows[start : start + 5000])
        table = RowMeta.__table__  # type: ignore[attr-defined]
        for start in range(0, len(metas), 5000):
            conn.execute(insert(table), metas[start : start + 5000])
    with Session(engine) as session:
        counter = session.get(ServerCounter, SEQ_COUNTER)
        assert counter is not None
        counter.value = len(mutations)
        session.add(counter)
        session.commit()
    engine.dispose()
    return {e: len(r) for e, r in per_entity.items()}


def gzip_ndjson_bytes(server: RunningServer) -> int:
    """The rows the client received, as NDJSON (one JSON object a line), gzip -6."""
    lines = []
    for entity in SYNCED_ENTITIES:
        for row in server.rows(entity).values():
            lines.append(json.dumps({"entity": entity, **row}, ensure_ascii=False))
    return len(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=6))


def edit_locally(device: Any, count: int, tag: str) -> None:
    """`count` edits of different workers on the desktop (row + history + outbox each)."""
    with device.db.read() as session:
        ids = list(session.exec(select(Worker.id).order_by(Worker.case_code).limit(count)))
    for n, worker_id in enumerate(ids):
        with device.db.write() as session:
            worker = session.get(Worker, worker_id)
            assert worker is not None
            before = row_to_wire(worker, fields=("occupation",))
            worker.occupation = f"{tag} {n}"
            stamp(worker, device.actor, utcnow())
            session.add(worker)
            changes = row_to_wire(worker, fields=("occupation", "updated_at", "updated_by"))
            record_mutation(
                session,
                entity="worker",
                row=worker,
                op=MutationOp.UPDATE,
                changes=changes,
                before=before,
                actor=device.actor,
            )


def edit_on_server(server: RunningServer, count: int, tag: str) -> None:
    """`count` edits by another laptop, pushed straight to the server."""
    client = SyncClient(server.url)
    client.login("other", PASSWORD, device_id=uuid.uuid4())
    rows = sorted(server.rows("worker").values(), key=lambda r: str(r["case_code"]))[-count:]
    client.push(
        [
            Mutation(
                mutation_id=uuid.uuid4(),
                entity="worker",
                entity_id=uuid.UUID(str(r["id"])),
                mission_id=str(r["mission_id"]),
                op=MutationOp.UPDATE,
                base_version=int(r["version"] or 0),
                changes={"skills": f"{tag} {i}"},
            )
            for i, r in enumerate(rows)
        ]
    )
    client.close()


def incremental(device: Any, server: RunningServer, proxy: TcpProxy, tag: str) -> dict[str, Any]:
    edit_locally(device, 50, tag)
    edit_on_server(server, 50, tag)
    proxy.drop_connections()
    proxy.reset_counters()
    started = time.perf_counter()
    report = device.sync()
    elapsed = time.perf_counter() - started
    assert report.ok, report.detail
    assert report.sent == 50, report.summary()
    return {
        "s": elapsed,
        "requests": report.requests,
        "bytes": proxy.total_bytes,
        "pulled_rows": report.pulled_rows,
    }


def run(
    workers: int,
    pull_limit: int,
    shaped_rate: float,
    shaped_delay: float,
    reuse: bool,
    profile: Path | None = None,
) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="puente-sync-bench-"))
    t0 = time.perf_counter()
    kept = Path(tempfile.gettempdir()) / f"puente-sync-bench-server-{workers}.sqlite"
    if kept.exists() and reuse:
        shutil.copy(kept, folder / "server.sqlite")
        counts = json.loads(kept.with_suffix(".json").read_text())
    else:
        counts = build_server_db(folder / "server.sqlite", workers)
        shutil.copy(folder / "server.sqlite", kept)
        kept.with_suffix(".json").write_text(json.dumps(counts))
    build_s = time.perf_counter() - t0
    server = start_server(folder / "server.sqlite")
    proxy = TcpProxy(server.port)
    try:
        server.add_user("sup", role=Role.SUPERVISOR, missions=MISSIONS)
        server.add_user("other", role=Role.SUPERVISOR, missions=MISSIONS)
        device = sign_in_device(
            server.url, folder / "desktop.sqlite", "sup", base_url=proxy.url, pull_limit=pull_limit
        )
        proxy.drop_connections()
        proxy.reset_counters()
        started = time.perf_counter()
        if profile is not None:
            import cProfile

            with cProfile.Profile() as prof:
                first = device.sync()
            prof.dump_stats(profile)
        else:
            first = device.sync()
        initial_s = time.perf_counter() - started
        assert first.ok, first.detail
        wire = proxy.total_bytes
        ndjson = gzip_ndjson_bytes(server)

        noop_requests, noop_bytes, noop_s = [], [], []
        for _ in range(5):
            proxy.reset_counters()
            started = time.perf_counter()
            report = device.sync()
            noop_s.append(time.perf_counter() - started)
            noop_requests.append(report.requests)
            noop_bytes.append(proxy.total_bytes)

        loopback = incremental(device, server, proxy, "Loopback")
        proxy.shape(rate=shaped_rate, delay=shaped_delay)
        shaped = incremental(device, server, proxy, "Shaped")
        proxy.shape(rate=None, delay=0.0)
        with device.db.read() as session:
            local_rows = sum(
                session.connection().exec_driver_sql(f"SELECT count(*) FROM {e}").scalar_one()
                for e in SYNCED_ENTITIES
            )
        device.close()
    finally:
        proxy.close()
        server.stop()
    return {
        "workers": counts.get("worker", 0),
        "rows": sum(counts.values()),
        "rows_per_entity": counts,
        "local_rows_after_pull": local_rows,
        "server_build_s": round(build_s, 2),
        "pull_limit": pull_limit,
        "initial_pull_s": round(initial_s, 3),
        "initial_pull_pages": first.pulled_pages,
        "initial_pull_client_apply_s": round(first.apply_s, 3),
        "initial_pull_server_and_network_s": round(initial_s - first.apply_s, 3),
        "wire_bytes": wire,
        "gzip_ndjson_bytes": ndjson,
        "wire_to_gzip_ndjson": round(wire / ndjson, 3),
        "noop_requests": statistics.median(noop_requests),
        "noop_bytes": statistics.median(noop_bytes),
        "noop_s": round(statistics.median(noop_s), 4),
        "incremental_100_requests": loopback["requests"],
        "incremental_100_s": round(loopback["s"], 3),
        "incremental_100_bytes": loopback["bytes"],
        "shaped_rate_bytes_s": shaped_rate,
        "shaped_delay_s": shaped_delay,
        "shaped_incremental_50_s": round(shaped["s"], 3),
        "shaped_incremental_50_requests": shaped["requests"],
        "shaped_incremental_50_bytes": shaped["bytes"],
        "targets": {
            "initial_pull_s": 5.0,
            "wire_to_gzip_ndjson": 1.0,
            "noop_requests": 1,
            "noop_bytes": 1024,
            "shaped_incremental_50_s": 3.0,
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=50000)
    parser.add_argument("--pull-limit", type=int, default=5000)
    parser.add_argument("--rate", type=float, default=32 * 1024, help="shaped link, bytes/s")
    parser.add_argument("--delay", type=float, default=0.150, help="shaped link, s each way")
    parser.add_argument(
        "--reuse", action="store_true", help="reuse the server database of an earlier run"
    )
    parser.add_argument(
        "--profile", type=Path, help="write a cProfile of the initial sync (main thread) here"
    )
    args = parser.parse_args()
    result = run(args.workers, args.pull_limit, args.rate, args.delay, args.reuse, args.profile)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
