"""The sync wire schemas: round trips, limits and version headers."""

from __future__ import annotations

import uuid

import pytest
from pydantic import ValidationError

from app.models import SYNCED_ENTITIES
from app.sync import protocol as p


def test_mutation_round_trip() -> None:
    m = p.Mutation(
        mutation_id=uuid.uuid4(),
        entity="worker",
        entity_id=uuid.uuid4(),
        mission_id="MX",
        op="update",
        base_version=3,
        changes={"phone": "+525512345678", "dependants": 2},
        base={"phone": "", "dependants": 1},
    )
    again = p.Mutation.model_validate_json(m.model_dump_json())
    assert again == m
    assert again.op.value == "update"


def test_unknown_keys_are_refused() -> None:
    with pytest.raises(ValidationError):
        p.PushRequest.model_validate({"mutations": [], "extra": 1})


def test_push_batch_limit() -> None:
    one = {
        "mutation_id": str(uuid.uuid4()),
        "entity": "worker",
        "entity_id": str(uuid.uuid4()),
        "mission_id": "MX",
        "op": "create",
    }
    with pytest.raises(ValidationError):
        p.PushRequest.model_validate({"mutations": [one] * (p.MAX_PUSH_BATCH + 1)})


def test_pull_page_shape() -> None:
    page = p.PullPage(
        server_epoch="e",
        since=0,
        next_cursor=2,
        more=False,
        scope=["MX"],
        entities={"worker": p.EntityRows(columns=["id", "version"], rows=[["a", 1], ["b", 2]])},
    )
    data = page.model_dump(mode="json")
    assert data["entities"]["worker"]["rows"][1] == ["b", 2]
    assert p.PullPage.model_validate(data) == page


def test_result_statuses_are_the_documented_ones() -> None:
    assert {s.value for s in p.MutationStatus} == {
        "applied",
        "merged",
        "conflict",
        "rejected",
        "duplicate",
    }


def test_version_headers_and_scope_key() -> None:
    headers = p.version_headers()
    assert headers[p.HEADER_PROTOCOL] == str(p.PROTOCOL_VERSION)
    assert headers[p.HEADER_SCHEMA] == str(p.SCHEMA_VERSION)
    assert p.scope_key(None) == p.ALL_SCOPE
    assert p.scope_key(["SV", "MX", "MX"]) == "MX,SV"


def test_protocol_imports_no_qt_or_http() -> None:
    from pathlib import Path

    source = Path(p.__file__).read_text(encoding="utf-8")
    for banned in ("PySide6", "requests", "httpx", "fastapi"):
        assert f"import {banned}" not in source and f"from {banned}" not in source
    assert set(SYNCED_ENTITIES)  # the registry the protocol names entities by
