"""Likely duplicates of a new worker: the check off the GUI thread, and the dialog where the
officer opens the stored record instead or creates a new worker anyway."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.duplicates import REASONS, DuplicateMatch, PersonProbe
from app.ui import labels
from app.ui.i18n import format_date
from app.ui.tasks import Task, run_task

REASON_CONTEXT = "Workflows"  # where services/duplicates.py marks its reasons
COLUMNS = 6
COL_NAME, COL_CASE, COL_BORN, COL_ID, COL_MISSION, COL_WHY = range(COLUMNS)


def reasons_text(match: DuplicateMatch) -> str:
    """Why a record matched, in the UI language ("Same date of birth; ...")."""
    words = [QCoreApplication.translate(REASON_CONTEXT, REASONS[r]) for r in match.reasons]
    return "; ".join(words)


class DuplicateDialog(QDialog):
    """Lists stored workers who may be the new person; the officer opens one or goes on."""

    open_requested = Signal(object)  # uuid.UUID of the stored worker to open
    create_requested = Signal()

    def __init__(self, matches: Sequence[DuplicateMatch], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.matches = list(matches)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(self.matches), COLUMNS, self)
        self.table.setObjectName("matches")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.table.installEventFilter(self)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_existing")
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("create_anyway")
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("back")
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open)
        self.create_button.clicked.connect(self._create)
        self.back_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        if self.matches:
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(940, 200 + 34 * min(len(self.matches), 6))

    def selected_match(self) -> DuplicateMatch | None:
        rows = self.table.selectionModel().selectedRows()
        return self.matches[rows[0].row()] if rows else None

    def _open(self) -> None:
        match = self.selected_match()
        if match is None:
            return
        worker_id: uuid.UUID = match.worker_id
        self.accept()
        self.open_requested.emit(worker_id)

    def _create(self) -> None:
        self.accept()
        self.create_requested.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open()  # Enter on a row opens it, as in the workers list
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Already registered?") + " – Puente")
        count = self.tr("%n stored worker(s) may be this person.", "", len(self.matches))
        advice = self.tr("Open the stored record rather than registering the person twice.")
        other = self.tr("If this is someone else, create a new worker.")
        self.intro.setText(f"<b>{count}</b><br>{advice} {other}")
        self.open_button.setText(self.tr("&Open this worker"))
        self.create_button.setText(self.tr("&Create a new worker anyway"))
        self.back_button.setText(self.tr("&Back to the form"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Case code"),
                self.tr("Date of birth"),
                self.tr("ID number"),
                self.tr("Mission"),
                self.tr("Why it may be the same person"),
            ]
        )
        for row, match in enumerate(self.matches):
            name = match.full_name
            if match.archived:
                name = self.tr("{name} (archived)").format(name=name)
            cells = (
                name,
                match.case_code,
                format_date(match.date_of_birth),
                match.id_document_number,
                labels.mission_label(match.mission_id),
                reasons_text(match),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        for col in range(COL_WHY):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHY, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()


# --- the check before a new worker is created -------------------------------------------


class DuplicateChecking(Protocol):
    """The intake duplicate check (Workspace.duplicates, or a fake in tests)."""

    def check(self, probe: PersonProbe) -> list[DuplicateMatch]: ...


def probe_of(values: Mapping[str, Any]) -> PersonProbe | None:
    """What the check compares of the typed values; None when there is too little yet."""
    given = str(values.get("given_names") or "").strip()
    first = str(values.get("first_family_name") or "").strip()
    second = str(values.get("second_family_name") or "").strip()
    number = str(values.get("id_document_number") or "").strip()
    if not (given and (first or second)) and not number:
        return None
    return PersonProbe(
        given_names=given,
        first_family_name=first or second,
        second_family_name=second if first else "",
        date_of_birth=values.get("date_of_birth"),
        id_document_number=number,
        sex=values.get("sex") or None,
    )


class DuplicateGate(QObject):
    """Runs the check off the GUI thread; with likely matches, asks the officer (window-modal).

    Ends in exactly one of: `cleared` (no match, or "create anyway"), `open_requested(id)`,
    `cancelled` (back to the form) or `failed(exc)`.
    """

    busy_changed = Signal(bool)  # True while the check runs
    cleared = Signal()
    open_requested = Signal(object)  # uuid.UUID
    cancelled = Signal()
    failed = Signal(object)

    def __init__(self, checker: DuplicateChecking, parent: QWidget) -> None:
        super().__init__(parent)
        self._checker = checker
        self._window = parent
        self.task: Task | None = None
        self.dialog: DuplicateDialog | None = None

    @property
    def busy(self) -> bool:
        """A check is running or its dialog is open."""
        return self.task is not None or self.dialog is not None

    def start(self, probe: PersonProbe) -> None:
        checker = self._checker
        self.busy_changed.emit(True)
        self.task = run_task(
            lambda _progress: checker.check(probe), on_done=self._checked, on_error=self._failed
        )

    def _checked(self, matches: list[DuplicateMatch]) -> None:
        self.task = None
        self.busy_changed.emit(False)
        if not matches:
            self.cleared.emit()
            return
        dialog = DuplicateDialog(matches, parent=self._window)
        dialog.open_requested.connect(lambda worker_id: self._end(self.open_requested, worker_id))
        dialog.create_requested.connect(lambda: self._end(self.cleared))
        dialog.rejected.connect(lambda: self._end(self.cancelled))
        self.dialog = dialog
        dialog.open()

    def _end(self, signal: Any, *args: Any) -> None:
        if self.dialog is None:  # accept() and then a second signal: answer once
            return
        self.dialog = None
        signal.emit(*args)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.busy_changed.emit(False)
        self.failed.emit(exc)
