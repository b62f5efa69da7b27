"""The Audit page (HQ): the server's hash-chained log, filtered by mission, event and dates."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import FIELD_MISSIONS, MissionCode
from app.services.audit import EVENT_LABELS, event_label
from app.services.audit_reader import (
    OFFLINE,
    REFUSED,
    SIGNED_OUT,
    AuditFilter,
    AuditPage,
    AuditReadError,
    AuditRow,
)
from app.ui.labels import field_label, mission_label
from app.ui.tasks import Task, run_task

log = logging.getLogger(__name__)

ReadEvents = Callable[[AuditFilter], AuditPage]

WHEN, WHO, ROLE, DEVICE, MISSION, EVENT, OUTCOME, ENTITY, RECORD, FIELDS = range(10)
FIELDS_WIDTH = 320  # the full list is in the cell's tooltip
COLUMNS = 10


class AuditView(QWidget):
    """A self-contained page; `read_events` reads one page of the server's log (off-thread)."""

    loaded = Signal(int)  # rows now shown, after each page arrives
    failed = Signal(str)  # the error kind (offline, signed_out, refused, failed)

    def __init__(self, read_events: ReadEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read = read_events
        self._filter = AuditFilter()
        self._rows: list[AuditRow] = []
        self._next_after = 0
        self._task: Task | None = None
        self._error_kind = ""
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)

        self.mission_caption = QLabel(self)
        self.mission = QComboBox(self)
        self.mission.setObjectName("audit_mission")
        self.event_caption = QLabel(self)
        self.event_kind = QComboBox(self)
        self.event_kind.setObjectName("audit_event")
        self.since_check = QCheckBox(self)
        self.since_check.setObjectName("audit_since_check")
        self.since = QDateEdit(self)
        self.since.setObjectName("audit_since")
        self.until_check = QCheckBox(self)
        self.until_check.setObjectName("audit_until_check")
        self.until = QDateEdit(self)
        self.until.setObjectName("audit_until")
        today = QDate.currentDate()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDate(today)
            edit.setEnabled(False)
        self.since.setDate(today.addDays(-30))
        self.since_check.toggled.connect(self.since.setEnabled)
        self.until_check.toggled.connect(self.until.setEnabled)
        self.read_button = QPushButton(self)
        self.read_button.setObjectName("audit_read")
        self.read_button.setDefault(True)
        filters = QGridLayout()
        filters.addWidget(self.mission_caption, 0, 0)
        filters.addWidget(self.mission, 0, 1)
        filters.addWidget(self.event_caption, 0, 2)
        filters.addWidget(self.event_kind, 0, 3)
        filters.addWidget(self.since_check, 1, 0)
        filters.addWidget(self.since, 1, 1)
        filters.addWidget(self.until_check, 1, 2)
        filters.addWidget(self.until, 1, 3)
        filters.addWidget(self.read_button, 1, 4)
        filters.setColumnStretch(5, 1)

        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("audit_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # one line a row; long field lists in the tooltip
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel(self)
        self.message.setObjectName("audit_message")
        self.message.setWordWrap(True)
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("audit_more")
        self.more_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.read_button.clicked.connect(self.refresh)
        self.more_button.clicked.connect(self.load_more)
        self.retranslate()

    # --- reading ------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def current_filter(self) -> AuditFilter:
        """The filter the person set (dates only when ticked, as local days)."""
        since = self.since.date().toPython() if self.since_check.isChecked() else None
        until = self.until.date().toPython() if self.until_check.isChecked() else None
        return AuditFilter(
            mission=self.mission.currentData() or None,
            event=self.event_kind.currentData() or None,
            since=since,  # type: ignore[arg-type]
            until=until,  # type: ignore[arg-type]
        )

    def refresh(self) -> None:
        """Read the first page again with the filters as they are now."""
        if self.busy:
            return
        wanted = self.current_filter()
        if wanted.since and wanted.until and wanted.since > wanted.until:
            self._error_kind = ""
            self.message.setText(self.tr("The start date is after the end date."))
            return
        self._filter = wanted
        self._start(wanted, fresh=True)

    def load_more(self) -> None:
        """Read the next page and add it under the rows shown."""
        if self.busy:
            return
        self._start(self._filter.next_page(self._next_after), fresh=False)

    def _start(self, wanted: AuditFilter, *, fresh: bool) -> None:
        self._error_kind = ""
        self.message.setText(self.tr("Reading the audit log from the server…"))
        self.read_button.setEnabled(False)
        self.more_button.setEnabled(False)
        read = self._read
        self._task = run_task(
            lambda _progress: read(wanted),
            on_done=lambda page: self._shown(page, fresh=fresh),
            on_error=self._failed,
        )

    def _shown(self, page: AuditPage, *, fresh: bool) -> None:
        self.read_button.setEnabled(True)
        if fresh:
            self._rows = []
            self.table.setRowCount(0)
        start = len(self._rows)
        self._rows.extend(page.rows)
        self._next_after = page.next_after
        self.table.setRowCount(len(self._rows))
        for i, row in enumerate(page.rows, start):
            self._fill(i, row)
        self.more_button.setEnabled(page.more)
        self._count_message(page.more)
        if fresh:
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(FIELDS, min(self.table.columnWidth(FIELDS), FIELDS_WIDTH))
        self.loaded.emit(len(self._rows))

    def _failed(self, exc: BaseException) -> None:
        self.read_button.setEnabled(True)
        self.more_button.setEnabled(False)
        kind = exc.kind if isinstance(exc, AuditReadError) else "failed"
        if not isinstance(exc, AuditReadError):
            log.error("audit read failed: %r", exc)
        self._error_kind = kind
        self.message.setText(self._error_text(kind))
        self.failed.emit(kind)

    def _error_text(self, kind: str) -> str:
        if kind == OFFLINE:
            return self.tr(
                "The server cannot be reached. The audit log is read from the server: "
                "try again when this computer is online."
            )
        if kind == SIGNED_OUT:
            return self.tr("Sign in to the server (Sync page) to read the audit log.")
        if kind == REFUSED:
            return self.tr("Only HQ analysts and administrators can read the audit log.")
        return self.tr("The server could not give the audit log. Try again later.")

    def _count_message(self, more: bool) -> None:
        count = len(self._rows)
        if count == 0:
            self.message.setText(self.tr("No events match these filters."))
        elif more:
            self.message.setText(self.tr("%n event(s) shown; more are on the server.", "", count))
        else:
            self.message.setText(self.tr("%n event(s) shown.", "", count))

    # --- showing ------------------------------------------------------------------------

    def _fill(self, i: int, row: AuditRow) -> None:
        locale = QLocale()
        local = QDateTime.fromMSecsSinceEpoch(int(row.at.timestamp() * 1000))  # this clock
        when = locale.toString(local, QLocale.FormatType.ShortFormat)
        fields = [field_label(f) if row.entity == "worker" else f for f in row.fields]
        cells = {
            WHEN: when,
            WHO: row.username or "—",
            ROLE: self._role(row.role),
            DEVICE: row.device_id[:8] if row.device_id else "—",
            MISSION: mission_label(row.mission_id) if row.mission_id else "—",
            EVENT: event_label(row.event, QCoreApplication.translate),
            ENTITY: self._entity(row.entity),
            RECORD: row.record_id[:8] if row.record_id else "",
            FIELDS: ", ".join(fields),
            OUTCOME: self._outcome(row.outcome, row.count),
        }
        tips = {DEVICE: row.device_id, RECORD: row.record_id, FIELDS: ", ".join(fields)}
        for column, text in cells.items():
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if tips.get(column):
                item.setToolTip(tips[column])
            if column == WHEN:
                item.setData(Qt.ItemDataRole.UserRole, row.seq)
            self.table.setItem(i, column, item)

    def _role(self, role: str) -> str:
        labels = {
            "field_officer": self.tr("Field officer"),
            "supervisor": self.tr("Supervisor"),
            "hq_analyst": self.tr("HQ analyst"),
            "admin": self.tr("Administrator"),
        }
        return labels.get(role, role or "—")

    def _entity(self, entity: str) -> str:
        labels = {
            "worker": self.tr("Worker"),
            "placement": self.tr("Job placement"),
            "course": self.tr("Course"),
            "enrolment": self.tr("Course enrolment"),
            "attendance": self.tr("Attendance"),
            "reintegration_plan": self.tr("Reintegration plan"),
            "milestone": self.tr("Plan milestone"),
            "community_project": self.tr("Community project"),
            "project_participant": self.tr("Project participant"),
            "remittance": self.tr("Remittance"),
            "case_note": self.tr("Case note"),
        }
        return labels.get(entity, entity)

    def _outcome(self, outcome: str, count: int) -> str:
        words = {
            "ok": self.tr("done"),
            "create": self.tr("new record"),
            "update": self.tr("change"),
            "archive": self.tr("archived"),
            "applied": self.tr("stored"),
            "merged": self.tr("merged"),
            "conflict": self.tr("conflict"),
            "rejected": self.tr("refused"),
            "duplicate": self.tr("already received"),
            "wrong_password": self.tr("wrong password"),
            "unknown_user": self.tr("unknown user"),
            "inactive_user": self.tr("inactive user"),
            "already_revoked": self.tr("already blocked"),
            "already_imported": self.tr("already imported"),
            "not_found": self.tr("record not found"),
            "mission_not_allowed": self.tr("mission not allowed"),
            "forbidden": self.tr("not allowed for this role"),
            "invalid_value": self.tr("invalid value"),
            "constraint": self.tr("breaks a rule"),
        }
        parts = []
        for part in outcome.replace(":", "/").split("/"):
            if part:
                parts.append(words.get(part, part))
        text = ", ".join(parts)
        if count > 1:
            text = self.tr("{outcome} ({count} rows)").format(outcome=text, count=count)
        return text

    # --- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Audit log"))
        self.explanation.setText(
            self.tr(
                "Who signed in, sent changes, exported or printed, on which computer and when, "
                "as the server recorded it. Only names and record numbers are kept, never "
                "personal details. Times are shown on this computer's clock."
            )
        )
        self.mission_caption.setText(self.tr("Mission"))
        self.event_caption.setText(self.tr("Event"))
        self.since_check.setText(self.tr("From"))
        self.until_check.setText(self.tr("To"))
        self.read_button.setText(self.tr("Show"))
        self.more_button.setText(self.tr("Load more"))
        self._fill_choices()
        locale = QLocale()
        for edit in (self.since, self.until):
            edit.setLocale(locale)
            edit.setDisplayFormat(locale.dateFormat(QLocale.FormatType.ShortFormat))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Role"),
                self.tr("Computer"),
                self.tr("Mission"),
                self.tr("Event"),
                self.tr("Outcome"),
                self.tr("Record type"),
                self.tr("Record"),
                self.tr("Fields"),
            ]
        )
        for i, row in enumerate(self._rows):
            self._fill(i, row)
        if self._error_kind:
            self.message.setText(self._error_text(self._error_kind))
        elif self._rows:
            self._count_message(self.more_button.isEnabled())

    def _fill_choices(self) -> None:
        mission, event = self.mission.currentData(), self.event_kind.currentData()
        self.mission.clear()
        self.mission.addItem(self.tr("All missions"), "")
        for code in (*FIELD_MISSIONS, MissionCode.HQ):
            self.mission.addItem(mission_label(code.value), code.value)
        self.event_kind.clear()
        self.event_kind.addItem(self.tr("All events"), "")
        labelled = sorted(
            (event_label(name, QCoreApplication.translate), name) for name in EVENT_LABELS
        )
        for label, name in labelled:
            self.event_kind.addItem(label, name)
        self.mission.setCurrentIndex(max(0, self.mission.findData(mission or "")))
        self.event_kind.setCurrentIndex(max(0, self.event_kind.findData(event or "")))
