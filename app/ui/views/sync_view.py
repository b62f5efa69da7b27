"""The Sync page: Sync now and Cancel, connection, pending changes, last sync, problems, log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.sync.engine import SyncReport, SyncStatus
from app.ui.sync_worker import SyncRunner

CONTEXT = "SyncView"

PROBLEMS: dict[str, str] = {
    "offline": QT_TRANSLATE_NOOP(
        "SyncView",
        "The server cannot be reached. Your changes are kept and will be sent "
        "when the connection is back.",
    ),
    "token_expired": QT_TRANSLATE_NOOP(
        "SyncView", "Your sign-in has expired. Sign in again; your changes are kept."
    ),
    "unauthorized": QT_TRANSLATE_NOOP(
        "SyncView", "The server did not accept your sign-in. Sign in again; your changes are kept."
    ),
    "upgrade_required": QT_TRANSLATE_NOOP(
        "SyncView",
        "This version of Puente is too old for the server. Install the update; "
        "your changes are kept.",
    ),
    "forbidden": QT_TRANSLATE_NOOP(
        "SyncView",
        "The server refused to sync with this device or role. Contact your supervisor.",
    ),
    "throttled": QT_TRANSLATE_NOOP(
        "SyncView", "Too many sign-in attempts. Wait a few minutes and try again."
    ),
    "epoch_changed": QT_TRANSLATE_NOOP(
        "SyncView", "The server was restored from a backup; Puente reads it again from the start."
    ),
    "server_error": QT_TRANSLATE_NOOP(
        "SyncView", "The server had a problem. Try again later; your changes are kept."
    ),
}


def problem_text(code: str) -> str:
    """The plain-words sentence for a problem code, in the UI language ('' for none)."""
    if not code:
        return ""
    return QCoreApplication.translate(CONTEXT, PROBLEMS.get(code, PROBLEMS["server_error"]))


def retention_text(removed: int) -> str:
    """How many records the last sync removed under the retention period ('' for none)."""
    if not removed:
        return ""
    return QCoreApplication.translate(
        "SyncView",
        "%n record(s) removed from this laptop under the retention period "
        "(workers closed longer than their mission keeps them).",
        "",
        removed,
    )


class SyncView(QWidget):
    """A self-contained page; the main window only has to add it to its stack.

    `runner` does the syncing; `read_status()` returns a SyncStatus (a quick read).
    """

    def __init__(
        self,
        runner: SyncRunner,
        read_status: Callable[[], SyncStatus],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._read_status = read_status
        self._status: SyncStatus | None = None
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.sync_button = QPushButton(self)
        self.sync_button.setObjectName("sync_now")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("sync_cancel")
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.connection = QLabel(self)
        self.pending = QLabel(self)
        self.last_success = QLabel(self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("sync_problem")
        self.retention = QLabel(self)
        self.retention.setWordWrap(True)
        self.retention.setObjectName("sync_retention")
        self.retention.setVisible(False)
        self.log_list = QListWidget(self)
        self.log_list.setObjectName("sync_log")
        self._form = QFormLayout()
        self._labels = [QLabel(self) for _ in range(4)]
        for label, value in zip(
            self._labels,
            (self.connection, self.pending, self.last_success, self.problem),
            strict=True,
        ):
            self._form.addRow(label, value)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        self._log_title = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addLayout(self._form)
        layout.addWidget(self.retention)
        layout.addWidget(self._log_title)
        layout.addWidget(self.log_list, 1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.sync_button.clicked.connect(self._sync_now)
        self.cancel_button.clicked.connect(self._cancel)
        runner.sync_started.connect(self._started)
        runner.sync_progressed.connect(self._progressed)
        runner.sync_finished.connect(self._finished)
        runner.sync_failed.connect(self._failed)
        runner.online_changed.connect(lambda _online: self._show_connection())
        self.retranslate()
        self.refresh()

    # --- actions --------------------------------------------------------------------------

    def _sync_now(self) -> None:
        if not self._runner.sync_now():
            self.problem.setText(self.tr("Sign in to sync, or wait for the running sync to end."))

    def _cancel(self) -> None:
        self._runner.cancel()
        self.cancel_button.setEnabled(False)

    def _started(self) -> None:
        self.sync_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)

    def _progressed(self, stage: str, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)
        if stage == "push":
            self.progress.setFormat(self.tr("Sending changes: %v of %m"))
        else:
            self.progress.setFormat(self.tr("Receiving changes"))

    def _finished(self, _report: SyncReport) -> None:
        self._idle()
        self.refresh()

    def _failed(self, _exc: BaseException) -> None:
        self._idle()
        self.refresh()
        self.problem.setText(
            self.tr("Sync stopped because of an error in Puente. Your changes are kept.")
        )

    def _idle(self) -> None:
        self.sync_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)

    # --- showing --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the status again and show it."""
        self._status = self._read_status()
        self._show()

    def _show(self) -> None:
        status = self._status
        self._show_connection()
        if status is None:
            return
        self.pending.setText(self.tr("%n change(s) waiting to be sent", "", status.pending))
        self.last_success.setText(
            _when(status.last_success) if status.last_success else self.tr("Never")
        )
        text = problem_text(status.last_problem)
        if status.open_conflicts:
            extra = self.tr("%n conflict(s) to settle in Conflicts.", "", status.open_conflicts)
            text = f"{text} {extra}".strip()
        if status.refused:
            extra = self.tr("%n change(s) refused by the server.", "", len(status.refused))
            text = f"{text} {extra}".strip()
        self.problem.setText(text or self.tr("None"))
        removed = int(status.log[0].get("purged") or 0) if status.log else 0
        self.retention.setText(retention_text(removed))
        self.retention.setVisible(removed > 0)
        self.log_list.clear()
        for entry in status.log:
            self.log_list.addItem(self._log_line(entry))
        for refused in status.refused:
            self.log_list.addItem(
                self.tr("Refused by the server: {what} ({reason})").format(
                    what=refused.entity, reason=refused.reason
                )
            )

    def _log_line(self, entry: dict[str, Any]) -> str:
        when = (
            _when(datetime.fromisoformat(entry["finished_at"])) if entry.get("finished_at") else ""
        )
        if entry.get("problem"):
            return self.tr("{when}: stopped. {problem}").format(
                when=when, problem=problem_text(str(entry["problem"]))
            )
        if entry.get("cancelled"):
            return self.tr("{when}: cancelled; what was done is kept.").format(when=when)
        line = self.tr(
            "{when}: {sent} sent, {received} received, {conflicts} conflicts, {refused} refused"
        ).format(
            when=when,
            sent=entry.get("sent", 0),
            received=entry.get("pulled_rows", 0),
            conflicts=entry.get("conflicts", 0),
            refused=entry.get("rejected", 0),
        )
        removed = int(entry.get("purged") or 0)
        return f"{line}; {retention_text(removed)}" if removed else line

    def _show_connection(self) -> None:
        online = self._runner.online
        if online is None:
            self.connection.setText(self.tr("Checking…"))
        elif online:
            self.connection.setText(self.tr("Online"))
        else:
            self.connection.setText(self.tr("Offline"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sync"))
        self.sync_button.setText(self.tr("Sync now"))
        self.cancel_button.setText(self.tr("Cancel"))
        for label, text in zip(
            self._labels,
            (
                self.tr("Connection:"),
                self.tr("Pending changes:"),
                self.tr("Last successful sync:"),
                self.tr("Last problem:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self._log_title.setText(self.tr("Sync log"))
        self._show()


def _when(moment: datetime) -> str:
    local = moment.astimezone()
    return QLocale().toString(local.replace(tzinfo=None), QLocale.FormatType.ShortFormat)
