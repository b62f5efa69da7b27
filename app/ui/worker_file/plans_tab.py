"""The Plans tab: the worker's reintegration plans; the plan editor is opened by a callback."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.services.plans import PlanDetail
from app.services.worker_file import WorkerFile
from app.ui.i18n import format_datetime
from app.ui.worker_file import texts
from app.ui.worker_file.common import RecordTable, Retranslating

WIDTHS = (220, 160, 110, 130, 130, 90, 140)
OpenPlan = Callable[[uuid.UUID | None, uuid.UUID], None]


class PlansTab(Retranslating):
    """Kind, status, budget and milestones of each plan; New / Open hand over to `open_plan`."""

    opened = Signal()  # the plan editor was asked for (the file may change meanwhile)

    def __init__(self, open_plan: OpenPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_plan = open_plan
        self._file: WorkerFile | None = None
        self.table = RecordTable(WIDTHS, self)
        self.table.setObjectName("plans")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_plan")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_plan")
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(lambda: self._open(None))
        self.open_button.clicked.connect(lambda: self._open_row(self.table.selected_row()))
        self.table.open_requested.connect(self._open_row)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()

    @property
    def plans(self) -> list[PlanDetail]:
        return [] if self._file is None else self._file.plans

    def set_file(self, file: WorkerFile) -> None:
        self._file = file
        self._show()

    def _show(self) -> None:
        cells = []
        for detail in self.plans:
            plan = detail.plan
            done = sum(1 for m in detail.milestones if m.done_on is not None)
            cells.append(
                (
                    plan.title,
                    texts.label("plan_kind", plan.kind),
                    texts.label("plan_status", plan.status),
                    texts.format_money(plan.budget, plan.currency),
                    texts.format_money(detail.budget.gap, plan.currency),
                    self.tr("{done} of {total}").format(done=done, total=len(detail.milestones)),
                    format_datetime(plan.updated_at),
                )
            )
        self.table.set_cells(cells, right=(3, 4))
        self._update_buttons()

    def _update_buttons(self) -> None:
        archived = self._file is None or not self.editable
        self.new_button.setEnabled(not archived)
        self.open_button.setEnabled(self.table.selected_row() >= 0)

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.plans):
            self._open(self.plans[row].plan.id)

    def _open(self, plan_id: uuid.UUID | None) -> None:
        if self._file is None:
            return
        self.opened.emit()
        self._open_plan(plan_id, self._file.worker.id)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New plan…"))
        self.open_button.setText(self.tr("&Open plan…"))
        self.table.set_headers(
            [
                self.tr("Title"),
                self.tr("Kind"),
                self.tr("Status"),
                self.tr("Budget"),
                self.tr("Still to fund"),
                self.tr("Milestones done"),
                self.tr("Last changed"),
            ]
        )
        self._show()
