"""The Remittances tab: money sent home per month, towards a community project or not."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import Remittance
from app.models.enums import ProjectStatus
from app.services.context import ServiceError
from app.services.lists import ProjectQuery, ProjectRow
from app.services.worker_file import WorkerFile
from app.services.workspace import Workspace
from app.ui.tasks import run_task
from app.ui.worker_file import texts
from app.ui.worker_file.common import (
    FormDialog,
    RecordTable,
    Retranslating,
    choose_data,
    chosen_id,
    fill_combo,
    refusal_text,
    while_alive,
)

WIDTHS = (140, 130, 70, 150, 240)


def month_text(value: dt.date) -> str:
    """ "noviembre de 2026" / "novembre 2026" as the chosen locale names months."""
    return QLocale().toString(QDate(value.year, value.month, 1), "MMMM yyyy")


class RemittanceDialog(FormDialog):
    """Record one remittance: month, amount, currency, purpose, optional project."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        worker_id: uuid.UUID,
        mission: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("remittance_dialog")
        self._ws = workspace
        self._worker_id = worker_id
        self._mission = mission
        self._projects: list[ProjectRow] = []
        self.month = self.add_field("month", QDateEdit(self))
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setCalendarPopup(True)
        today = dt.date.today()
        self.month.setDate(QDate(today.year, today.month, 1))
        self.amount = self.add_field("amount", QLineEdit(self))
        self.currency = self.add_field("currency", QComboBox(self))
        self.currency.setEditable(True)
        self.currency.addItems(list(texts.COMMON_CURRENCIES))
        edit = self.currency.lineEdit()
        if edit is not None:
            edit.setMaxLength(3)
        self.purpose = self.add_field("purpose", QComboBox(self))
        self.project = self.add_field("community_project_id", QComboBox(self))
        self.project.setMinimumContentsLength(30)
        self.retranslate()
        self.resize(520, self.sizeHint().height())
        run_task(
            lambda _p: self._read_projects(),
            on_done=while_alive(self, self._show_projects),
            on_error=while_alive(self, self.read_failed),
        )

    def _read_projects(self) -> list[ProjectRow]:
        page = self._ws.projects.page(ProjectQuery(mission=self._mission), limit=500)
        return [p for p in page.rows if p.status != ProjectStatus.CANCELLED]

    def _show_projects(self, rows: list[ProjectRow]) -> None:
        self._projects = rows
        self.retranslate()

    def choose_project(self, project_id: uuid.UUID) -> bool:
        return choose_data(self.project, project_id)

    def submit(self) -> bool:
        self.clear_errors()
        amount = texts.parse_money(self.amount.text())
        if amount is None:
            self.errors["amount"].setText(self.tr("Enter the amount as a number, e.g. 250.00."))
            self.errors["amount"].show()
            return False
        qdate = self.month.date()
        data = {
            "worker_id": self._worker_id,
            "month": dt.date(qdate.year(), qdate.month(), 1),
            "amount": amount,
            "currency": self.currency.currentText().strip().upper(),
            "purpose": self.purpose.currentData(),
            "community_project_id": chosen_id(self.project),
        }
        return self.attempt(lambda: self._ws.remittances.add(data)) is not None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New remittance"))
        self.set_label("month", self.tr("&Month"))
        self.set_label("amount", self.tr("&Amount"))
        self.set_label("currency", self.tr("C&urrency"))
        self.set_label("purpose", self.tr("&Purpose"))
        self.set_label("community_project_id", self.tr("Community &project"))
        self.amount.setPlaceholderText(QLocale().toString(250.0, "f", 2))
        fill_combo(self.purpose, texts.choices("purpose"))
        items: list[tuple[uuid.UUID | None, str]] = [(None, self.tr("None"))]
        items += [(p.id, f"{p.title} · {p.community}") for p in self._projects]
        fill_combo(self.project, items)


class RemittancesTab(Retranslating):
    """Remittances newest month first, with totals per currency; add and archive."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._file: WorkerFile | None = None
        self._project_titles: dict[uuid.UUID, str] = {}
        self.dialog: RemittanceDialog | None = None
        self.table = RecordTable(WIDTHS, self)
        self.table.setObjectName("remittances")
        self.totals = QLabel(self)
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_remittance")
        self.archive_button = QPushButton(self)
        self.archive_button.setObjectName("archive_remittance")
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.archive_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        self.add_button.clicked.connect(self.open_add)
        self.archive_button.clicked.connect(self.archive_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()

    @property
    def rows(self) -> list[Remittance]:
        return [] if self._file is None else self._file.remittances

    def set_file(
        self, file: WorkerFile, project_titles: dict[uuid.UUID, str] | None = None
    ) -> None:
        self._file = file
        self._project_titles = project_titles or {}
        self._show()

    def _show(self) -> None:
        cells = [
            (
                month_text(r.month),
                texts.format_money(r.amount),
                r.currency,
                texts.label("purpose", r.purpose),
                self._project_titles.get(r.community_project_id, "")
                if r.community_project_id
                else "",
            )
            for r in self.rows
        ]
        self.table.set_cells(cells, right=(1,))
        self.totals.setText(self._totals())
        self._update_buttons()

    def _totals(self) -> str:
        sums: dict[str, Decimal] = defaultdict(Decimal)
        for r in self.rows:
            sums[r.currency] += r.amount
        if not sums:
            return self.tr("No remittance recorded yet.")
        parts = ", ".join(texts.format_money(v, k) for k, v in sorted(sums.items()))
        return self.tr("Total sent home: {amounts}").format(amounts=parts)

    def _selected(self) -> Remittance | None:
        i = self.table.selected_row()
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def _update_buttons(self) -> None:
        archived = self._file is None or not self.editable
        self.add_button.setEnabled(not archived)
        self.archive_button.setEnabled(not archived and self._selected() is not None)

    def open_add(self) -> RemittanceDialog | None:
        if self._file is None:
            return None
        worker = self._file.worker
        dialog = RemittanceDialog(
            self._ws, worker_id=worker.id, mission=worker.mission_id, parent=self
        )
        dialog.accepted.connect(self.changed.emit)
        self.dialog = dialog
        dialog.open()
        return dialog

    def archive_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Archive remittance"),
            self.tr(
                "Archive the remittance of {month} ({amount})? It leaves every total "
                "but stays in the history."
            ).format(
                month=month_text(chosen.month),
                amount=texts.format_money(chosen.amount, chosen.currency),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._ws.remittances.archive(chosen.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), refusal_text(exc))
            return
        self.changed.emit()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add remittance…"))
        self.archive_button.setText(self.tr("A&rchive"))
        self.table.set_headers(
            [
                self.tr("Month"),
                self.tr("Amount"),
                self.tr("Currency"),
                self.tr("Purpose"),
                self.tr("Community project"),
            ]
        )
        self._show()
