"""Search as you type: names without accents or case, case-code and ID-number prefixes."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.workers import WorkerQuery
from app.services.workspace import Workspace
from app.store.search import fold, match_expression
from tests.conftest import valid_worker

HONDURAN = valid_worker(
    given_names="María Fernanda",
    first_family_name="García",
    second_family_name="Núñez",
    sex="female",
    date_of_birth=date(1990, 3, 2),
    nationality="HN",
    id_document_type="dni_hn",
    id_document_number="0801-1990-12345",
    mission_id="HN",
)


@pytest.fixture
def two_workers(workspace: Workspace) -> tuple[str, str]:
    jose = workspace.workers.create(valid_worker())
    maria = workspace.workers.create(HONDURAN)
    return jose.case_code, maria.case_code


def _found(workspace: Workspace, typed: str) -> list[str]:
    return [r.case_code for r in workspace.workers.page(WorkerQuery(text=typed)).rows]


@pytest.mark.parametrize(
    "typed",
    ["jose hernandez", "José Hernández", "PEÑA", "pena", "hernan", "peña jose", "j h p"],
)
def test_names_are_found_without_accents_or_case(
    workspace: Workspace, two_workers: tuple[str, str], typed: str
) -> None:
    jose, _maria = two_workers
    assert _found(workspace, typed) == [jose]


def test_a_word_that_starts_nothing_finds_nothing(
    workspace: Workspace, two_workers: tuple[str, str]
) -> None:
    assert _found(workspace, "ernandez") == []  # words match by prefix, not infix
    assert _found(workspace, "jose garcia") == []  # every typed word must match


def test_case_code_prefix(workspace: Workspace, two_workers: tuple[str, str]) -> None:
    jose, maria = two_workers
    mission, tag, _counter = jose.split("-")
    assert _found(workspace, f"{mission}-{tag}-00") == [jose]
    assert _found(workspace, f"{mission}-{tag}") == [jose]
    assert _found(workspace, jose) == [jose]
    assert _found(workspace, jose.lower()) == [jose]
    assert _found(workspace, jose.replace("-", "")) == [jose]
    assert sorted(_found(workspace, tag)) == sorted([jose, maria])


@pytest.mark.parametrize(
    "typed", ["0801-1990", "0801-1990-123", "08011990", "0801199012", "0801 1990 12345"]
)
def test_id_number_prefix_with_and_without_dashes(
    workspace: Workspace, two_workers: tuple[str, str], typed: str
) -> None:
    _jose, maria = two_workers
    assert _found(workspace, typed) == [maria]


def test_curp_prefix(workspace: Workspace, two_workers: tuple[str, str]) -> None:
    jose, _maria = two_workers
    assert _found(workspace, "hegj9005") == [jose]
    assert _found(workspace, "HEGJ900512HJCRNS06") == [jose]
    assert _found(workspace, "HEGJ900512HJCRNS07") == []


def test_index_follows_renames(workspace: Workspace, two_workers: tuple[str, str]) -> None:
    jose, _maria = two_workers
    row = workspace.workers.page(WorkerQuery(text=jose)).rows[0]
    workspace.workers.update(row.id, {"given_names": "Joaquín"})
    assert _found(workspace, "joaquin hernandez") == [jose]
    assert _found(workspace, "jose hernandez") == []


def test_archived_workers_leave_list_and_search_but_can_be_restored(
    workspace: Workspace, two_workers: tuple[str, str]
) -> None:
    jose, maria = two_workers
    row = workspace.workers.page(WorkerQuery(text=jose)).rows[0]
    workspace.workers.archive(row.id)
    assert _found(workspace, "jose") == []
    assert _found(workspace, jose) == []
    assert [r.case_code for r in workspace.workers.page(WorkerQuery()).rows] == [maria]
    assert workspace.workers.count() == 1
    with_archived = workspace.workers.page(WorkerQuery(text="jose", include_archived=True))
    assert [(r.case_code, r.archived) for r in with_archived.rows] == [(jose, True)]
    assert workspace.workers.get(row.id).archived_at is not None

    workspace.workers.restore(row.id)
    assert _found(workspace, "jose") == [jose]
    assert workspace.workers.count() == 2
    assert workspace.workers.get(row.id).archived_at is None


@pytest.mark.parametrize("typed", ['"', "*", 'jose" OR "', "NEAR(a b)", "-", "^j", "a:b", "(("])
def test_typed_punctuation_never_becomes_query_syntax(
    workspace: Workspace, two_workers: tuple[str, str], typed: str
) -> None:
    workspace.workers.page(WorkerQuery(text=typed))  # no exception is the test


def test_match_expression_quotes_every_word() -> None:
    assert match_expression("MX-7K3-00") == '"mx"* AND "7k3"* AND "00"*'
    assert match_expression("  José  PEÑA ") == '"jose"* AND "pena"*'
    assert match_expression(" - ") is None


def test_fold() -> None:
    assert fold("  José   HERNÁNDEZ Peña ") == "jose hernandez pena"
    assert fold("Ñandú Çà") == "nandu ca"


def test_a_search_with_too_many_matches_says_so(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import workers

    for n in range(4):
        workspace.workers.create(valid_worker(given_names=f"José {'I' * (n + 1)}"))
    monkeypatch.setattr(workers, "SEARCH_CAP", 3)
    page = workspace.workers.page(WorkerQuery(text="jose"))
    assert page.capped and len(page.rows) == 3
    monkeypatch.setattr(workers, "SEARCH_CAP", 4)
    page = workspace.workers.page(WorkerQuery(text="jose"))
    assert not page.capped and len(page.rows) == 4
