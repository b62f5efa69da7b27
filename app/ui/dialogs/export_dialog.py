"""Export workers, placements or enrolments to CSV or XLSX, with progress and a working Cancel.

The export runs on a pool thread (`DocumentService.export`): rows are written to a
temporary file renamed at the end, so Cancel, an error or closing the dialog leaves no
partial file. Only the fields the role may see are exported; workers who withdrew consent
are left out (the service applies both rules).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.reports import formatting as fmt
from app.reports.exports import ExportCancelled, ExportFormat, ExportKind, ExportResult
from app.services.documents import DocumentService
from app.ui.documents import documents_folder, error_text
from app.ui.i18n import qt_tr
from app.ui.tasks import Task, TaskCancelled, run_task

KIND_NAMES: dict[ExportKind, str] = {
    ExportKind.WORKERS: QT_TRANSLATE_NOOP("ExportDialog", "Workers"),
    ExportKind.PLACEMENTS: QT_TRANSLATE_NOOP("ExportDialog", "Placements abroad"),
    ExportKind.ENROLMENTS: QT_TRANSLATE_NOOP("ExportDialog", "Course enrolments"),
}
FORMAT_NAMES: dict[ExportFormat, str] = {
    ExportFormat.CSV: QT_TRANSLATE_NOOP("ExportDialog", "CSV (any spreadsheet or tool)"),
    ExportFormat.XLSX: QT_TRANSLATE_NOOP("ExportDialog", "XLSX (Excel workbook)"),
}
FILE_FILTERS: dict[ExportFormat, str] = {
    ExportFormat.CSV: QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)"),
    ExportFormat.XLSX: QT_TRANSLATE_NOOP("ExportDialog", "Excel workbooks (*.xlsx)"),
}
ExportPathAsker = Callable[[QWidget | None, str, str, str], str]
"""ask(parent, caption, suggested path, filter) -> chosen path, or "" when cancelled."""


def ask_export_path(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str:
    path, _chosen = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    return path


class ExportDialog(QDialog):
    """What to export, where to, and the progress of the export running off the GUI thread."""

    export_finished = Signal(object)  # ExportResult
    export_stopped = Signal()

    def __init__(
        self,
        documents: DocumentService,
        *,
        language: Callable[[], str],
        ask_path: ExportPathAsker = ask_export_path,
        folder: Callable[[], Path] = documents_folder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self._documents = documents
        self._language = language
        self._ask = ask_path
        self.task: Task | None = None
        self._stop = threading.Event()
        self._close_when_stopped = False
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in ExportKind:
            self.kind.addItem("", kind.value)
        self.format = QComboBox(self)
        self.format.setObjectName("format")
        for form in ExportFormat:
            self.format.addItem("", form.value)
        self.mission = QComboBox(self)
        self.mission.setObjectName("mission")
        self.mission.addItem("", "")
        for code in documents.missions_in_scope():
            self.mission.addItem("", code)
        self.path = QLineEdit(self)
        self.path.setObjectName("path")
        self.path.setMinimumWidth(380)
        self.path.setText(str(folder() / "workers.csv"))
        self.browse = QPushButton(self)
        self.browse.setObjectName("browse")
        self.path_error = QLabel(self)
        self.path_error.setObjectName("path_error")
        self.path_error.setStyleSheet("color: #b00020;")
        self.path_error.setWordWrap(True)
        self.path_error.hide()
        self.policy = QLabel(self)
        self.policy.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export")
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel")
        self.kind.currentIndexChanged.connect(lambda _i: self._suggest_name())
        self.format.currentIndexChanged.connect(lambda _i: self._suggest_name())
        self.path.textEdited.connect(lambda _t: self.path_error.hide())
        self.browse.clicked.connect(self.choose_path)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        self.form = QFormLayout()
        self.form.addRow(QLabel(self), self.kind)
        self.form.addRow(QLabel(self), self.format)
        self.form.addRow(QLabel(self), self.mission)
        self.where = QHBoxLayout()
        self.where.addWidget(self.path, 1)
        self.where.addWidget(self.browse)
        self.form.addRow(QLabel(self), self.where)
        self.form.addRow(QLabel(self), self.path_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.policy)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    # --- choices ---------------------------------------------------------------------------

    def _chosen(self) -> tuple[ExportKind, ExportFormat]:
        return ExportKind(self.kind.currentData()), ExportFormat(self.format.currentData())

    def _suggest_name(self) -> None:
        """Follow the kind and format in the file name (the folder the person chose stays)."""
        kind, form = self._chosen()
        current = Path(self.path.text().strip() or ".")
        folder = current.parent if current.name else current
        known = {k.value for k in ExportKind}
        stem = current.stem if current.stem and current.stem not in known else kind.value
        self.path.setText(str(folder / f"{stem}.{form.value}"))

    def choose_path(self) -> None:
        _kind, form = self._chosen()
        chosen = self._ask(
            self, self.tr("Export to"), self.path.text(), self.tr(FILE_FILTERS[form])
        )
        if chosen:
            self.path.setText(chosen)
            self.path_error.hide()

    # --- running ---------------------------------------------------------------------------

    def start_export(self) -> Task | None:
        """Start the export in the background; the progress bar follows it."""
        kind, form = self._chosen()
        text = self.path.text().strip()
        if not text:
            self._path_problem(self.tr("Choose where to save the file."))
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != f".{form.value}":
            path = path.with_name(f"{path.name}.{form.value}")
            self.path.setText(str(path))
        if path.is_dir():
            self._path_problem(self.tr("This is a folder: add a file name."))
            return None
        mission = self.mission.currentData() or None
        language = self._ui_language()
        documents, stop = self._documents, self._stop
        stop.clear()
        self._running(True)
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self.status.setText(self.tr("Counting the rows…"))

        def work(progress: Callable[[int, int], None]) -> ExportResult:
            return documents.export(
                path,
                kind=kind,
                fmt=form,
                language=language,
                mission=mission,
                progress=progress,
                cancelled=stop.is_set,
            )

        self.task = run_task(
            work, on_done=self._finished, on_error=self._failed, on_progress=self._progressed
        )
        return self.task

    def _progressed(self, done: int, total: int) -> None:
        if self.task is None:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.status.setText(
            self.tr("{done} of {total} rows written…").format(
                done=_number(done, self._ui_language()), total=_number(total, self._ui_language())
            )
        )

    def _finished(self, result: ExportResult) -> None:
        self.task = None
        if self._close_when_stopped:  # finished before the stop was seen: keep the file
            self.export_finished.emit(result)
            self.reject()
            return
        self._running(False)
        self.progress.setRange(0, max(result.rows, 1))
        self.progress.setValue(max(result.rows, 1))
        self.status.setText(
            self.tr("%Ln row(s) saved in {path}.", "", result.rows).format(path=result.path)
        )
        self.export_finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        if self._close_when_stopped:
            self.export_stopped.emit()
            self.reject()
            return
        self._running(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(exc, (ExportCancelled, TaskCancelled)):
            self.status.setText(self.tr("Stopped: no file was written."))
            self.export_stopped.emit()
        else:
            self.status.setText(error_text(exc))
            self.status.setStyleSheet("color: #b00020;")

    def cancel_or_close(self) -> None:
        """While exporting: stop (no file is left). Otherwise: close the dialog."""
        if self.task is not None:
            self._stop.set()
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))
        else:
            self.reject()

    def _running(self, running: bool) -> None:
        for widget in (self.kind, self.format, self.mission, self.path, self.browse):
            widget.setEnabled(not running)
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(True)
        self.status.setStyleSheet("")
        self._label_cancel()

    def _path_problem(self, text: str) -> None:
        self.path_error.setText(text)
        self.path_error.show()
        self.path.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None:  # stop first (no partial file), close once stopped
            self._close_when_stopped = True
            self.cancel_or_close()
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.task is not None:
            self.cancel_or_close()
            return
        super().reject()

    # --- text ------------------------------------------------------------------------------

    def _ui_language(self) -> str:
        language = self._language()
        return language if language in fmt.LANGUAGES else "en"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _label_cancel(self) -> None:
        running = self.task is not None or not self.export_button.isEnabled()
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        for i, kind in enumerate(ExportKind):
            self.kind.setItemText(i, self.tr(KIND_NAMES[kind]))
        for i, form in enumerate(ExportFormat):
            self.format.setItemText(i, self.tr(FORMAT_NAMES[form]))
        self.mission.setItemText(0, fmt.mission_name(qt_tr, None))
        for i in range(1, self.mission.count()):
            self.mission.setItemText(i, fmt.mission_name(qt_tr, str(self.mission.itemData(i))))
        labels: list[tuple[QWidget | QHBoxLayout, str]] = [
            (self.kind, self.tr("What:")),
            (self.format, self.tr("Format:")),
            (self.mission, self.tr("Mission:")),
            (self.where, self.tr("Save as:")),
        ]
        for field, text in labels:
            label = self.form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(text)
        self.browse.setText(self.tr("Choose…"))
        self.policy.setText(
            self.tr(
                "Only the fields your role may see are exported, and workers who withdrew "
                "consent are left out. Cells that a spreadsheet would run as a formula are "
                "written as plain text."
            )
        )
        self.export_button.setText(self.tr("&Export"))
        self._label_cancel()


def _number(value: int, language: str) -> str:
    return fmt.format_number(value, language)
