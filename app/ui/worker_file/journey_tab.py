"""The Journey tab: the stage timeline, the placements abroad, and the stage actions."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import Placement
from app.models.enums import MigrationStage, PlacementStatus
from app.services.context import ServiceError
from app.services.worker_file import WorkerFile
from app.services.workspace import Workspace
from app.ui.i18n import format_date
from app.ui.worker_file import texts
from app.ui.worker_file.common import RecordTable, Retranslating, refusal_text
from app.ui.worker_file.journey_dialogs import PlacementDialog, StageDialog

STAGES = (MigrationStage.PRE_DEPARTURE, MigrationStage.ABROAD, MigrationStage.RETURNED)
STARTED = (PlacementStatus.ACTIVE, PlacementStatus.COMPLETED, PlacementStatus.ENDED_EARLY)
WIDTHS = (140, 130, 90, 130, 70, 100, 85, 85, 85, 85)


class StageStep(QFrame):
    """One stage of the timeline: its name and the date it began (or "not yet")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel(self)
        self.name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.when = QLabel(self)
        self.when.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.when)

    def show_step(self, name: str, when: str, *, current: bool, reached: bool) -> None:
        self.name.setText(name)
        self.when.setText(when)
        font = self.name.font()
        font.setBold(current)
        self.name.setFont(font)
        self.setStyleSheet(
            "StageStep { background: palette(highlight); }"
            "StageStep QLabel { color: palette(highlighted-text); }"
            if current
            else ""
        )
        self.setEnabled(reached or current)


class JourneyTab(Retranslating):
    """Timeline of stages, placements table, and the actions that move the worker on."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._file: WorkerFile | None = None
        self.dialog: PlacementDialog | StageDialog | None = None
        self.steps = [StageStep(self) for _ in STAGES]
        self.arrows = [QLabel("→", self) for _ in STAGES[1:]]
        timeline = QHBoxLayout()
        for i, step in enumerate(self.steps):
            if i:
                timeline.addWidget(self.arrows[i - 1])
            timeline.addWidget(step, 1)
        self.depart_button = QPushButton(self)
        self.depart_button.setObjectName("depart")
        self.return_button = QPushButton(self)
        self.return_button.setObjectName("return_home")
        self.cancel_departure_button = QPushButton(self)
        self.cancel_departure_button.setObjectName("cancel_departure")
        actions = QHBoxLayout()
        for button in (self.depart_button, self.return_button, self.cancel_departure_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.placements_label = QLabel(self)
        self.table = RecordTable(WIDTHS, self)
        self.table.setObjectName("placements")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_placement")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit_placement")
        self.cancel_placement_button = QPushButton(self)
        self.cancel_placement_button.setObjectName("cancel_placement")
        bar = QHBoxLayout()
        bar.addWidget(self.placements_label, 1)
        for button in (self.add_button, self.edit_button, self.cancel_placement_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(timeline)
        layout.addLayout(actions)
        layout.addSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.depart_button.clicked.connect(lambda: self.open_stage_action("depart"))
        self.return_button.clicked.connect(lambda: self.open_stage_action("return"))
        self.cancel_departure_button.clicked.connect(lambda: self.open_stage_action("cancel"))
        self.add_button.clicked.connect(lambda: self.open_placement(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.cancel_placement_button.clicked.connect(self.cancel_selected_placement)
        self.table.open_requested.connect(lambda row: self.open_placement(self._row(row)))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()

    # --- showing ------------------------------------------------------------------------

    def set_file(self, file: WorkerFile) -> None:
        self._file = file
        self._show()

    @property
    def placements(self) -> list[Placement]:
        return [] if self._file is None else self._file.placements

    def _row(self, row: int) -> Placement | None:
        return self.placements[row] if 0 <= row < len(self.placements) else None

    def _show(self) -> None:
        self._show_timeline()
        rows = [
            (
                p.employer,
                _place(p),
                texts.label("sector", p.sector),
                _occupation(p),
                texts.label("programme_stream_short", p.programme_stream),
                p.permit_number,
                format_date(p.start_date),
                format_date(p.planned_end_date),
                format_date(p.actual_return_date),
                texts.label("placement_status", p.status),
            )
            for p in self.placements
        ]
        self.table.set_cells(rows)
        self._update_buttons()

    def _show_timeline(self) -> None:
        stage = self._file.worker.migration_stage if self._file else MigrationStage.PRE_DEPARTURE
        dates = self._stage_dates()
        current = STAGES.index(stage)
        for i, (step, value) in enumerate(zip(self.steps, STAGES, strict=True)):
            when = dates.get(value)
            if when is not None:
                texts_by_stage = {
                    MigrationStage.PRE_DEPARTURE: self.tr("registered {date}"),
                    MigrationStage.ABROAD: self.tr("left on {date}"),
                    MigrationStage.RETURNED: self.tr("back on {date}"),
                }
                shown = texts_by_stage[value].format(date=format_date(when))
            elif i < current:
                shown = self.tr("done")
            else:
                shown = self.tr("not yet")
            step.show_step(
                texts.label("stage", value), shown, current=i == current, reached=i <= current
            )

    def _stage_dates(self) -> dict[MigrationStage, dt.date]:
        """When each stage began: intake, the latest departure, the latest return."""
        if self._file is None:
            return {}
        worker = self._file.worker
        stage = worker.migration_stage
        found: dict[MigrationStage, dt.date] = {
            MigrationStage.PRE_DEPARTURE: worker.created_at.date()
        }
        started = [p for p in self.placements if p.status in STARTED and p.start_date]
        if started and stage != MigrationStage.PRE_DEPARTURE:
            latest = max(started, key=lambda p: p.start_date or dt.date.min)
            if latest.start_date is not None:
                found[MigrationStage.ABROAD] = latest.start_date
            if stage == MigrationStage.RETURNED and latest.actual_return_date is not None:
                found[MigrationStage.RETURNED] = latest.actual_return_date
        return found

    def _update_buttons(self) -> None:
        stage = self._file.worker.migration_stage if self._file else None
        archived = self._file is None or not self.editable
        self.depart_button.setEnabled(not archived and stage == MigrationStage.PRE_DEPARTURE)
        self.return_button.setEnabled(not archived and stage == MigrationStage.ABROAD)
        self.cancel_departure_button.setEnabled(not archived and stage == MigrationStage.ABROAD)
        self.add_button.setEnabled(not archived)
        chosen = self._row(self.table.selected_row())
        is_open = chosen is not None and chosen.status in (
            PlacementStatus.PLANNED,
            PlacementStatus.ACTIVE,
        )
        self.edit_button.setEnabled(not archived and is_open)
        planned = chosen is not None and chosen.status == PlacementStatus.PLANNED
        self.cancel_placement_button.setEnabled(not archived and planned)

    # --- actions ------------------------------------------------------------------------

    def _worker_id(self) -> uuid.UUID:
        assert self._file is not None
        return self._file.worker.id

    def open_placement(self, placement: Placement | None) -> PlacementDialog | None:
        """Open the placement dialog (None: a new one); the file reloads after a save."""
        if self._file is None:
            return None
        dialog = PlacementDialog(
            self._ws.placements, worker_id=self._worker_id(), placement=placement, parent=self
        )
        dialog.accepted.connect(self.changed.emit)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _edit_selected(self) -> None:
        chosen = self._row(self.table.selected_row())
        if chosen is not None:
            self.open_placement(chosen)

    def open_stage_action(self, action: str) -> StageDialog | None:
        """Open the dated dialog of `action` (depart, return, cancel)."""
        if self._file is None:
            return None
        worker_id = self._worker_id()
        service = self._ws.placements

        def run(on: dt.date | None, placement_id: uuid.UUID | None, keep: bool) -> object:
            if action == "depart":
                assert on is not None and placement_id is not None
                return service.depart(worker_id, placement_id, on)
            if action == "return":
                assert on is not None
                return service.return_home(worker_id, on)
            return service.cancel_departure(worker_id, keep_placement=keep)

        dialog = StageDialog(action, run, placements=self.placements, parent=self)
        dialog.accepted.connect(self.changed.emit)
        self.dialog = dialog
        dialog.open()
        return dialog

    def cancel_selected_placement(self) -> None:
        """Cancel the selected planned placement, after asking."""
        chosen = self._row(self.table.selected_row())
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel placement"),
            self.tr("Cancel the placement with {employer}? It will not happen.").format(
                employer=chosen.employer
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._ws.placements.cancel(chosen.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), refusal_text(exc))
            return
        self.changed.emit()

    # --- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.depart_button.setText(self.tr("&Depart abroad…"))
        self.return_button.setText(self.tr("&Return home…"))
        self.cancel_departure_button.setText(self.tr("Cancel de&parture…"))
        self.placements_label.setText(self.tr("Placements abroad"))
        self.add_button.setText(self.tr("&Add placement…"))
        self.edit_button.setText(self.tr("&Edit placement…"))
        self.cancel_placement_button.setText(self.tr("Cancel placement"))
        self.table.set_headers(
            [
                self.tr("Employer"),
                self.tr("City, province"),
                self.tr("Sector"),
                self.tr("Occupation (NOC)"),
                self.tr("Stream"),
                self.tr("Work permit"),
                self.tr("Start"),
                self.tr("Planned end"),
                self.tr("Actual return"),
                self.tr("Status"),
            ]
        )
        self._show()


def _place(p: Placement) -> str:
    province = p.province[3:] if p.province.startswith("CA-") else p.province
    return ", ".join(part for part in (p.city, province) if part)


def _occupation(p: Placement) -> str:
    if p.occupation and p.noc_code:
        return f"{p.occupation} ({p.noc_code})"
    return p.occupation or p.noc_code
