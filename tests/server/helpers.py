"""Helpers for server tests: a signed-in caller, mutations and valid record data."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi.testclient import TestClient

from app.sync.protocol import version_headers

PASSWORD = "correct horse battery"


def free_port() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


SYNC = version_headers()


@dataclass
class Caller:
    """A signed-in user of the test client: token headers and small helpers."""

    client: TestClient
    token: str
    me: dict[str, Any]

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", **SYNC}

    def push(self, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
        r = self.client.post(
            "/sync/v1/push", json={"mutations": list(mutations)}, headers=self.headers
        )
        assert r.status_code == 200, r.text
        results: list[dict[str, Any]] = r.json()["results"]
        return results

    def pull(self, since: int = 0, **params: Any) -> dict[str, Any]:
        r = self.client.get(
            "/sync/v1/pull", params={"since": since, **params}, headers=self.headers
        )
        assert r.status_code == 200, r.text
        page: dict[str, Any] = r.json()
        return page

    def pull_all(self, since: int = 0, **params: Any) -> tuple[dict[str, dict[str, Any]], int]:
        """Every row after `since` by entity and id (latest wins), and the final cursor."""
        rows: dict[str, dict[str, Any]] = {}
        more = True
        while more:
            page = self.pull(since, **params)
            for entity, block in page["entities"].items():
                for values in block["rows"]:
                    row = dict(zip(block["columns"], values, strict=True))
                    rows.setdefault(entity, {})[row["id"]] = row
            since, more = page["next_cursor"], page["more"]
        return rows, since


def worker_changes(mission: str = "MX", **overrides: Any) -> dict[str, Any]:
    """Wire values of a valid new worker."""
    n = uuid.uuid4().hex[:6].upper()
    data: dict[str, Any] = {
        "case_code": f"{mission}-TST-{n}",
        "given_names": "José",
        "first_family_name": "Hernández",
        "second_family_name": "Peña",
        "sex": "male",
        "date_of_birth": "1990-05-12",
        "nationality": mission,
        "id_document_type": "curp",
        "id_document_number": f"ID{n}",
        "community": "San Juan",
    }
    data.update(overrides)
    return data


def mutation(
    entity: str,
    entity_id: uuid.UUID | str,
    *,
    op: str = "update",
    mission: str = "MX",
    base_version: int = 0,
    changes: dict[str, Any] | None = None,
    base: dict[str, Any] | None = None,
    mutation_id: uuid.UUID | str | None = None,
) -> dict[str, Any]:
    """A push mutation as JSON."""
    body: dict[str, Any] = {
        "mutation_id": str(mutation_id or uuid.uuid4()),
        "entity": entity,
        "entity_id": str(entity_id),
        "mission_id": mission,
        "op": op,
        "base_version": base_version,
        "changes": changes or {},
    }
    if base is not None:
        body["base"] = base
    return body


def new_worker(
    caller: Caller, mission: str = "MX", **overrides: Any
) -> tuple[uuid.UUID, dict[str, Any]]:
    """Create a worker through push; its id and the push result."""
    worker_id = uuid.uuid4()
    (result,) = caller.push(
        mutation(
            "worker",
            worker_id,
            op="create",
            mission=mission,
            changes=worker_changes(mission, **overrides),
        )
    )
    assert result["status"] == "applied", result
    return worker_id, result


Factory = Callable[..., Caller]
