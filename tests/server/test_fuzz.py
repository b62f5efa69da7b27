"""Fuzzing from the OpenAPI schema: never a 5xx, errors are JSON, bad pushes store nothing."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from sqlmodel import Session, func, select

from app.models import SYNCED_ENTITIES
from tests.server.helpers import Factory

EXAMPLES = 40


def _stored_rows(engine: Any) -> int:
    with Session(engine) as session:
        return sum(
            int(session.exec(select(func.count()).select_from(model)).one())
            for model in SYNCED_ENTITIES.values()
        )


@pytest.mark.parametrize("backend", ["sqlite"])
def test_fuzzed_requests_get_json_answers_and_no_server_errors(
    client: TestClient, login: Factory, engine_of: Any
) -> None:
    caller = login("officer.mx")
    schema = schemathesis.openapi.from_asgi("/openapi.json", client.app)
    applied = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.path in ("/auth/logout", "/admin/devices/{device_id}/revoke"):
            continue  # would end the caller's own sign-in; covered by the auth tests

        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        @given(case=operation.as_strategy())
        def run(case: Any) -> None:
            nonlocal applied
            headers = {**(case.headers or {}), "Authorization": f"Bearer {caller.token}"}
            response = case.call(headers=headers)
            assert response.status_code < 500, (case.method, case.path, response.text)
            if response.status_code >= 400:
                body = response.json()
                assert {"code", "message"} <= set(body), body
            elif case.path == "/sync/v1/push":
                applied += sum(
                    r["status"] in ("applied", "merged", "conflict")
                    for r in response.json()["results"]
                )

        run()
    assert _stored_rows(engine_of) == applied
