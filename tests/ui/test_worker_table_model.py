"""The workers table model without widgets: lazy pages, roles, headers, server-side sort."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt

from app.services.workspace import Workspace
from app.ui.qmodels.worker_table_model import (
    COL_BIRTH,
    COL_CASE_CODE,
    COL_NAME,
    COL_STAGE,
    SortRole,
    WorkerIdRole,
    WorkerTableModel,
)
from tests.ui.conftest import add_workers


def test_rows_arrive_one_page_at_a_time(officer_workspace: Workspace, qapp: object) -> None:
    add_workers(officer_workspace, 2500)
    model = WorkerTableModel(officer_workspace.workers, page_size=200)
    model.set_query(model.query)
    assert model.rowCount() == 200
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 2500
    ids = {model.data(model.index(r, 0), WorkerIdRole) for r in range(model.rowCount())}
    assert len(ids) == 2500 and all(isinstance(i, uuid.UUID) for i in ids)


def test_headers_and_cells_read_like_the_list(officer_workspace: Workspace, qapp: object) -> None:
    add_workers(officer_workspace, 3)
    model = WorkerTableModel(officer_workspace.workers)
    model.set_query(model.query)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Case code", "Full name", "Mission", "Stage", "Date of birth", "Community", "Last change"
    ]  # fmt: skip
    assert model.index(0, COL_STAGE).data() == "Preparing to leave"
    assert model.index(0, COL_NAME).data().startswith("Juan ")


def test_sorting_asks_the_store_again(officer_workspace: Workspace, qapp: object) -> None:
    add_workers(officer_workspace, 600)
    model = WorkerTableModel(officer_workspace.workers, page_size=100)
    model.sort(COL_CASE_CODE, Qt.SortOrder.DescendingOrder)
    codes = [model.index(r, COL_CASE_CODE).data() for r in range(model.rowCount())]
    assert model.rowCount() == 100
    assert codes == sorted(codes, reverse=True)
    assert codes[0].endswith("05599")  # the highest of all 600, not of a loaded page
    model.sort(COL_BIRTH, Qt.SortOrder.AscendingOrder)
    model.fetchMore(QModelIndex())
    born = [model.index(r, COL_BIRTH).data(SortRole) for r in range(model.rowCount())]
    assert born == sorted(born) and model.rowCount() == 200


def test_a_broad_search_is_capped(officer_workspace: Workspace, qapp: object) -> None:
    add_workers(officer_workspace, 1100, given="José")
    model = WorkerTableModel(officer_workspace.workers)
    model.set_query(model.query.__class__(text="jose"))
    assert model.capped
    model.set_query(model.query.__class__(text="jose a garcia"))
    assert not model.capped and model.rowCount() > 0
