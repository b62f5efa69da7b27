"""Print actions every view shares: options, where to save, render off the GUI thread, open.

`DocumentActions.print_document(parent, kind, record_id)` serves the views'
`print_requested(kind, id)` signals (worker record, attendance sheet, certificate, plan);
`blank_forms(parent)` prints blank intake forms. Nothing here blocks: the options dialog
and the message boxes are opened window-modal, the PDF is made on a pool thread.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.services.context import ServiceError
from app.services.documents import MAX_COPIES, DocumentKind, DocumentService
from app.ui.folders import documents_folder
from app.ui.i18n import LANGUAGE_NAMES, qt_tr
from app.ui.tasks import Task, run_task

log = logging.getLogger(__name__)

CONTEXT = "DocumentActions"
BLANK_FORMS = "blank_forms"
KIND_TITLES: dict[str, str] = {
    DocumentKind.WORKER_RECORD: QT_TRANSLATE_NOOP("DocumentActions", "Worker record"),
    DocumentKind.ATTENDANCE_SHEET: QT_TRANSLATE_NOOP("DocumentActions", "Attendance sheet"),
    DocumentKind.CERTIFICATE: QT_TRANSLATE_NOOP("DocumentActions", "Certificate of completion"),
    DocumentKind.PLAN: QT_TRANSLATE_NOOP("DocumentActions", "Reintegration plan"),
    BLANK_FORMS: QT_TRANSLATE_NOOP("DocumentActions", "Blank intake forms"),
}
PAPERS: tuple[tuple[str, str], ...] = (
    ("a4", QT_TRANSLATE_NOOP("DocumentActions", "A4")),
    ("letter", QT_TRANSLATE_NOOP("DocumentActions", "Letter")),
)

SaveAsker = Callable[[QWidget | None, str, str], str]
"""ask(parent, caption, suggested path) -> the chosen path, or "" when cancelled."""
FileOpener = Callable[[Path], bool]


def ask_pdf_path(parent: QWidget | None, caption: str, suggested: str) -> str:
    """The save dialog of the platform, for a PDF."""
    pdf = QCoreApplication.translate("DocumentActions", "PDF documents (*.pdf)")
    path, _filter = QFileDialog.getSaveFileName(parent, caption, suggested, pdf)
    return path


def open_with_system(path: Path) -> bool:
    """Opens `path` in the system's PDF viewer (where it can be printed)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def error_text(exc: BaseException) -> str:
    """What went wrong, in the UI language, for a person (details go to the log)."""
    if isinstance(exc, ServiceError):
        return exc.message.render(qt_tr)
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "DocumentActions", "The file could not be written ({reason}). Choose another folder."
        ).format(reason=exc.strerror or type(exc).__name__)
    log.error("document failed: %s", type(exc).__name__)
    return QCoreApplication.translate(
        "DocumentActions", "The document could not be made. The details were written to the log."
    )


@dataclass(frozen=True)
class DocumentOptions:
    language: str
    paper: str
    copies: int = 1
    include_notes: bool = False
    second_language: str | None = None


class DocumentOptionsDialog(QDialog):
    """Language, paper, and what the kind of document offers (notes, bilingual, copies)."""

    def __init__(self, kind: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName("document_options")
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.paper = QComboBox(self)
        self.paper.setObjectName("paper")
        for code, _name in PAPERS:
            self.paper.addItem("", code)
        self.copies = QSpinBox(self)
        self.copies.setObjectName("copies")
        self.copies.setRange(1, MAX_COPIES)
        self.include_notes = QCheckBox(self)
        self.include_notes.setObjectName("include_notes")
        self.bilingual = QCheckBox(self)
        self.bilingual.setObjectName("bilingual")
        self.second_language = QComboBox(self)
        self.second_language.setObjectName("second_language")
        for code, name in LANGUAGE_NAMES.items():
            self.second_language.addItem(name, code)
        self.second_language.setEnabled(False)
        self.bilingual.toggled.connect(self.second_language.setEnabled)
        self.language.currentIndexChanged.connect(lambda _i: self._other_second_language())
        self._other_second_language()
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(self.heading)
        self.form.addRow(QLabel(self), self.language)
        self.form.addRow(QLabel(self), self.paper)
        extras: dict[str, tuple[QWidget, ...]] = {
            BLANK_FORMS: (self.copies,),
            DocumentKind.WORKER_RECORD: (self.include_notes,),
            DocumentKind.CERTIFICATE: (self.bilingual, self.second_language),
        }
        for owner, widgets in extras.items():
            for widget in widgets:
                if owner != kind:
                    widget.hide()  # not offered for this kind of document
                elif isinstance(widget, QCheckBox):
                    self.form.addRow(widget)
                else:
                    self.form.addRow(QLabel(self), widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _other_second_language(self) -> None:
        """The second language of a certificate defaults to one that is not the first."""
        first = self.language.currentData()
        if self.second_language.currentData() == first:
            other = "en" if first != "en" else "fr"
            self.second_language.setCurrentIndex(self.second_language.findData(other))

    def options(self) -> DocumentOptions:
        second = self.second_language.currentData() if self.bilingual.isChecked() else None
        return DocumentOptions(
            language=str(self.language.currentData()),
            paper=str(self.paper.currentData()),
            copies=self.copies.value(),
            include_notes=self.include_notes.isChecked(),
            second_language=second if second != self.language.currentData() else None,
        )

    def retranslate(self) -> None:
        title = QCoreApplication.translate(CONTEXT, KIND_TITLES.get(self.kind, ""))
        self.setWindowTitle(self.tr("Print: {document}").format(document=title))
        self.heading.setText(self.tr("The PDF is saved first; then open it to print it."))
        labels = {
            self.language: self.tr("Language:"),
            self.paper: self.tr("Paper:"),
            self.copies: self.tr("Copies (each with its own form code):"),
            self.second_language: self.tr("Second language:"),
        }
        for widget, text in labels.items():
            label = self.form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setText(text)
        for i, (_code, name) in enumerate(PAPERS):
            self.paper.setItemText(i, QCoreApplication.translate(CONTEXT, name))
        self.include_notes.setText(self.tr("Include the case notes"))
        self.bilingual.setText(self.tr("Bilingual (each line also in a second language)"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save as PDF…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))


class DocumentActions(QObject):
    """Prints documents for any view; dependencies come through the constructor."""

    document_written = Signal(str)  # the path of the PDF
    document_failed = Signal(str)  # what went wrong, translated

    def __init__(
        self,
        service: DocumentService,
        *,
        language: Callable[[], str],
        ask_save_path: SaveAsker = ask_pdf_path,
        open_file: FileOpener = open_with_system,
        folder: Callable[[], Path] = documents_folder,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._language = language
        self._ask = ask_save_path
        self._open = open_file
        self._folder = folder
        self._today = today
        self.options_dialog: DocumentOptionsDialog | None = None
        self.message_box: QMessageBox | None = None
        self.task: Task | None = None

    # --- what views call -------------------------------------------------------------------

    def print_document(
        self, parent: QWidget | None, kind: str, record_id: uuid.UUID
    ) -> DocumentOptionsDialog:
        """Ask the options, then where to save; make the PDF; offer to open it."""
        kind = DocumentKind(kind)
        service = self._service

        def work(options: DocumentOptions, path: Path) -> Callable[[Any], None]:
            return lambda _progress: service.print_document(
                kind,
                record_id,
                path,
                language=options.language,
                paper=options.paper,
                include_notes=options.include_notes,
                second_language=options.second_language,
            )

        return self._start(parent, kind.value, work)

    def blank_forms(self, parent: QWidget | None) -> DocumentOptionsDialog:
        """Blank intake forms: language, paper and copies (each copy its own form code)."""
        service = self._service

        def work(options: DocumentOptions, path: Path) -> Callable[[Any], list[str]]:
            return lambda _progress: service.blank_intake_forms(
                path, language=options.language, paper=options.paper, copies=options.copies
            )

        return self._start(parent, BLANK_FORMS, work)

    # --- the steps -------------------------------------------------------------------------

    def _start(
        self,
        parent: QWidget | None,
        kind: str,
        work: Callable[[DocumentOptions, Path], Callable[[Any], Any]],
    ) -> DocumentOptionsDialog:
        dialog = DocumentOptionsDialog(kind, self._ui_language(), parent)
        if kind == DocumentKind.WORKER_RECORD and not self._service.may_print_notes():
            dialog.include_notes.hide()  # case notes are for the people who work the case
        self.options_dialog = dialog

        def chosen() -> None:
            options = dialog.options()
            path = self._ask_path(parent, kind)
            if path is not None:
                self._render(parent, path, work(options, path))

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def _ask_path(self, parent: QWidget | None, kind: str) -> Path | None:
        title = QCoreApplication.translate(CONTEXT, KIND_TITLES[kind])
        suggested = self._folder() / f"{title} {self._today().isoformat()}.pdf"
        caption = self.tr("Save {document} as").format(document=title)
        chosen = self._ask(parent, caption, str(suggested))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def _render(self, parent: QWidget | None, path: Path, work: Callable[[Any], Any]) -> None:
        def done(_result: Any) -> None:
            self.task = None
            self.document_written.emit(str(path))
            self._offer_to_open(parent, path)

        def failed(exc: BaseException) -> None:
            self.task = None
            message = error_text(exc)
            self.document_failed.emit(message)
            self._show(parent, QMessageBox.Icon.Warning, message, open_button=False)

        self.task = run_task(work, on_done=done, on_error=failed)

    def _offer_to_open(self, parent: QWidget | None, path: Path) -> None:
        text = self.tr("Saved as {path}.\nOpen it now to print it?").format(path=path)
        box = self._show(parent, QMessageBox.Icon.Information, text, open_button=True)
        button = box.button(QMessageBox.StandardButton.Open)
        button.clicked.connect(lambda: self._open_or_say(parent, path))

    def _open_or_say(self, parent: QWidget | None, path: Path) -> None:
        if not self._open(path):
            message = self.tr(
                "No program to open PDF files was found. The document is saved as {path}."
            ).format(path=path)
            self._show(parent, QMessageBox.Icon.Warning, message, open_button=False)

    def _show(
        self, parent: QWidget | None, icon: QMessageBox.Icon, text: str, *, open_button: bool
    ) -> QMessageBox:
        box = QMessageBox(
            icon, self.tr("Documents"), text, QMessageBox.StandardButton.NoButton, parent
        )
        if open_button:
            box.addButton(QMessageBox.StandardButton.Open).setText(self.tr("Open"))
        box.addButton(QMessageBox.StandardButton.Close).setText(self.tr("Close"))
        self.message_box = box
        box.open()
        return box

    def _ui_language(self) -> str:
        language = self._language()
        return language if language in LANGUAGE_NAMES else "en"
