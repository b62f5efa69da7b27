"""The Notes tab: case notes and follow-ups; add, revise (a new revision), follow-up done."""

from __future__ import annotations

import datetime as dt
import html
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models import CaseNote
from app.services.context import ServiceError
from app.services.worker_file import WorkerFile
from app.services.workspace import NoteService
from app.ui.i18n import format_date, format_datetime
from app.ui.tasks import run_task
from app.ui.widgets import DateField
from app.ui.worker_file import texts
from app.ui.worker_file.common import (
    FormDialog,
    RecordTable,
    Retranslating,
    fill_combo,
    refusal_text,
    while_alive,
)

WIDTHS = (130, 100, 110, 320, 100, 100, 100)
PREVIEW = 80


class CaseNoteDialog(FormDialog):
    """Write a new note, or a new revision of one (the old text stays in the record)."""

    def __init__(
        self,
        service: NoteService,
        *,
        worker_id: uuid.UUID,
        stage: str,
        note: CaseNote | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("note_dialog")
        self._service = service
        self._worker_id = worker_id
        self._note = note
        self.kind = self.add_field("kind", QComboBox(self))
        self.stage = self.add_field("stage", QComboBox(self))
        self.text = self.add_field("text", QPlainTextEdit(self))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(140)
        self.follow_up = self.add_field("follow_up_date", DateField(self))
        self.retranslate()
        if note is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(str(note.kind))))
            self.stage.setCurrentIndex(max(0, self.stage.findData(str(note.stage))))
            self.text.setPlainText(note.text)
            self.follow_up.set_value(note.follow_up_date)
        else:
            self.stage.setCurrentIndex(max(0, self.stage.findData(stage)))
            self.kind.setCurrentIndex(max(0, self.kind.findData("follow_up")))
        self.resize(600, self.sizeHint().height())

    def submit(self) -> bool:
        kind, stage = self.kind.currentData(), self.stage.currentData()
        text, follow_up = self.text.toPlainText(), self.follow_up.value()
        note = self._note
        if note is None:
            data = {
                "worker_id": self._worker_id,
                "kind": kind,
                "stage": stage,
                "text": text,
                "follow_up_date": follow_up,
            }
            return self.attempt(lambda: self._service.add(data)) is not None
        done = self.attempt(
            lambda: self._service.revise(
                note.id, text, kind=kind, stage=stage, follow_up_date=follow_up
            )
        )
        return done is not None

    def retranslate(self) -> None:
        adding = self._note is None
        self.setWindowTitle(self.tr("New case note") if adding else self.tr("Revise case note"))
        self.set_label("kind", self.tr("&Kind"))
        self.set_label("stage", self.tr("&Stage"))
        self.set_label("text", self.tr("&Text"))
        self.set_label("follow_up_date", self.tr("&Follow up on"))
        fill_combo(self.kind, texts.choices("note_kind"))
        fill_combo(self.stage, texts.choices("stage"))
        if not adding:
            self.ok_button.setText(self.tr("Save as a new &revision"))


class NotesTab(Retranslating):
    """Latest revision of each note, newest first; the selected one's revisions below."""

    changed = Signal()
    revisions_shown = Signal()

    def __init__(self, service: NoteService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._file: WorkerFile | None = None
        self._revisions: list[CaseNote] = []
        self.dialog: CaseNoteDialog | None = None
        self.table = RecordTable(WIDTHS, self)
        self.table.setObjectName("notes")
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("note_detail")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([300, 200])
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_note")
        self.revise_button = QPushButton(self)
        self.revise_button.setObjectName("revise_note")
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("follow_up_done")
        bar = QHBoxLayout()
        for button in (self.add_button, self.revise_button, self.done_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.add_button.clicked.connect(lambda: self.open_note(None))
        self.revise_button.clicked.connect(lambda: self.open_note(self._selected()))
        self.done_button.clicked.connect(lambda: self.mark_done())
        self.table.open_requested.connect(lambda _row: self.open_note(self._selected()))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.retranslate()

    @property
    def notes(self) -> list[CaseNote]:
        return [] if self._file is None else self._file.notes

    def set_file(self, file: WorkerFile) -> None:
        self._file = file
        self._show()
        self._selection_changed()

    def _show(self) -> None:
        cells = []
        for n in self.notes:
            first = n.text.strip().splitlines()[0] if n.text.strip() else ""
            preview = first if len(first) <= PREVIEW else first[: PREVIEW - 1] + "…"
            cells.append(
                (
                    format_datetime(n.created_at),
                    texts.label("note_kind", n.kind),
                    texts.label("stage", n.stage),
                    preview,
                    format_date(n.follow_up_date),
                    format_date(n.follow_up_done_on),
                    n.author,
                )
            )
        self.table.set_cells(cells)
        self._update_buttons()

    def _selected(self) -> CaseNote | None:
        i = self.table.selected_row()
        return self.notes[i] if 0 <= i < len(self.notes) else None

    def _update_buttons(self) -> None:
        archived = self._file is None or not self.editable
        chosen = self._selected()
        self.add_button.setEnabled(not archived)
        self.revise_button.setEnabled(not archived and chosen is not None)
        pending = chosen is not None and chosen.follow_up_date and not chosen.follow_up_done_on
        self.done_button.setEnabled(bool(not archived and pending))

    def _selection_changed(self) -> None:
        self._update_buttons()
        chosen = self._selected()
        self._revisions = []
        self._render_detail(chosen)
        if chosen is None:
            return
        note_id = chosen.id
        run_task(
            lambda _p: self._service.revisions(note_id),
            on_done=while_alive(self, lambda rows: self._show_revisions(note_id, rows)),
        )

    def _show_revisions(self, note_id: uuid.UUID, rows: list[CaseNote]) -> None:
        chosen = self._selected()
        if chosen is None or chosen.id != note_id:
            return
        self._revisions = rows
        self._render_detail(chosen)
        self.revisions_shown.emit()

    def _render_detail(self, note: CaseNote | None) -> None:
        if note is None:
            self.detail.setHtml(
                f"<p><i>{html.escape(self.tr('Select a note to read it.'))}</i></p>"
            )
            return
        parts = [self._note_html(note, heading=True)]
        older = [r for r in self._revisions if r.id != note.id]
        if older:
            earlier = self.tr("Earlier revisions")
            parts.append(f"<h4>{html.escape(earlier)}</h4>")
            parts += [self._note_html(r, heading=False) for r in older]
        self.detail.setHtml("".join(parts))

    def _note_html(self, note: CaseNote, *, heading: bool) -> str:
        meta = self.tr("{kind} · {stage} · written {when} by {author}").format(
            kind=texts.label("note_kind", note.kind),
            stage=texts.label("stage", note.stage),
            when=format_datetime(note.created_at),
            author=note.author,
        )
        if note.updated_by and note.revision_of is not None and note.updated_by != note.author:
            meta += " · " + self.tr("revised by {name}").format(name=note.updated_by)
        body = html.escape(note.text).replace("\n", "<br>")
        tag = "b" if heading else "i"
        return f"<p><{tag}>{html.escape(meta)}</{tag}></p><p>{body}</p><hr>"

    def open_note(self, note: CaseNote | None) -> CaseNoteDialog | None:
        """A new note (None) or a new revision of `note`."""
        if self._file is None:
            return None
        worker = self._file.worker
        dialog = CaseNoteDialog(
            self._service,
            worker_id=worker.id,
            stage=str(worker.migration_stage),
            note=note,
            parent=self,
        )
        dialog.accepted.connect(self.changed.emit)
        self.dialog = dialog
        dialog.open()
        return dialog

    def mark_done(self, on: dt.date | None = None) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        try:
            self._service.mark_done(chosen.id, on)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), refusal_text(exc))
            return
        self.changed.emit()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add note…"))
        self.revise_button.setText(self.tr("&Revise…"))
        self.done_button.setText(self.tr("Follow-up &done"))
        self.table.set_headers(
            [
                self.tr("Written"),
                self.tr("Kind"),
                self.tr("Stage"),
                self.tr("Note"),
                self.tr("Follow up on"),
                self.tr("Done on"),
                self.tr("Author"),
            ]
        )
        self._show()
        self._render_detail(self._selected())
