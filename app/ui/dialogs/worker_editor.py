"""The worker editor: every Worker field in the numbered sections of the paper intake form."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.forms.intake_layout import CONTEXT as FORM_CONTEXT
from app.forms.intake_layout import FORM_CODE_FIELD, INTAKE_SECTIONS, FormField
from app.models import WorkerRead
from app.models.worker import WORKER_EDITABLE_FIELDS, WorkerBase
from app.services.context import NotFound, PermissionDenied, StaleRecord, ValidationFailed
from app.services.validation import display_id_format
from app.services.workspace import HistoryRow
from app.ui import labels
from app.ui.dialogs.worker_fields import ERROR_STYLE, Binding, FieldFactory, set_state_countries
from app.ui.dialogs.worker_history import WorkerHistoryTable
from app.ui.i18n import qt_tr

# Fields set later in the app, never from paper: the last, unnumbered section.
CASE_FIELDS: tuple[str, ...] = ("status", "consent_withdrawn_at")


class WorkerEditing(Protocol):
    """The use cases the editor calls (WorkerService, or a fake in tests)."""

    def create(self, data: Mapping[str, Any]) -> WorkerRead: ...
    def update(
        self, worker_id: uuid.UUID, changes: Mapping[str, Any], *, expected_updated_at: Any = None
    ) -> WorkerRead: ...
    def get(self, worker_id: uuid.UUID) -> WorkerRead: ...
    def history(self, worker_id: uuid.UUID) -> list[HistoryRow]: ...


class WorkerEditor(QDialog):
    """Create or edit one worker; nothing is stored until Save succeeds."""

    worker_saved = Signal(object)  # uuid.UUID

    def __init__(
        self,
        service: WorkerEditing,
        *,
        worker_id: uuid.UUID | None = None,
        missions: tuple[str, ...] = (),
        officer_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._service = service
        self._missions = missions
        self._officer = officer_name
        self._worker: WorkerRead | None = None
        self._saved_values: dict[str, Any] = {}
        self._errors: dict[str, Any] = {}
        self._row_labels: list[tuple[QLabel, str, str, str]] = []  # label, number, ctx, text
        self._sections: list[tuple[QGroupBox, int, str, str]] = []
        self.fields = FieldFactory(self)
        self._build()
        if worker_id is None:
            self._start_new()
        else:
            self._load(service.get(worker_id))
        self.retranslate()
        self.resize(780, 760)

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.general_error = QLabel(self)
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        self.tabs = QTabWidget(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        form = QWidget()
        self._form_layout = QVBoxLayout(form)
        self._add_record_section()
        for section in INTAKE_SECTIONS:
            fields = [f for f in section.fields if f.worker_field is not None]
            self._add_section(section.number, FORM_CONTEXT, section.title, fields)
        self._add_case_section()
        self._form_layout.addStretch(1)
        self.scroll.setWidget(form)
        self.history = WorkerHistoryTable()
        self.tabs.addTab(self.scroll, "")
        self.tabs.addTab(self.history, "")
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.general_error, self.tabs, self.buttons):
            layout.addWidget(widget)
        self.fields.bindings["nationality"].widget.currentIndexChanged.connect(
            lambda _i: self._update_states()
        )
        self.fields.bindings["id_document_type"].widget.currentIndexChanged.connect(
            lambda _i: self._update_id_hint()
        )

    def _add_record_section(self) -> None:
        box, form = self._group(0, "", "")
        self.case_code = QLineEdit(box)
        self.case_code.setReadOnly(True)
        self.case_code.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.case_code_label = QLabel(box)
        form.addRow(self.case_code_label, self.case_code)
        self._add_row(form, "mission_id", "", "Labels", labels.OWN_FIELDS["mission_id"])
        self._add_row(
            form,
            FORM_CODE_FIELD.worker_field or "",
            FORM_CODE_FIELD.number,
            FORM_CONTEXT,
            FORM_CODE_FIELD.label,
        )

    def _add_section(self, number: int, ctx: str, title: str, fields: list[FormField]) -> None:
        _box, form = self._group(number, ctx, title)
        for item in fields:
            self._add_row(form, item.worker_field or "", item.number, FORM_CONTEXT, item.label)
            if item.worker_field == "id_document_number":
                self.id_hint = QLabel()
                self.id_hint.setObjectName("id_hint")
                self.id_hint.setStyleSheet("color: palette(placeholder-text);")
                form.addRow("", self.id_hint)

    def _add_case_section(self) -> None:
        _box, form = self._group(-1, "", "")
        for name in CASE_FIELDS:
            self._add_row(form, name, "", "Labels", labels.OWN_FIELDS[name])

    def _group(self, number: int, ctx: str, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(self)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._form_layout.addWidget(box)
        self._sections.append((box, number, ctx, title))
        return box, form

    def _add_row(self, form: QFormLayout, name: str, number: str, ctx: str, text: str) -> None:
        binding = self.fields.make(name)
        label = QLabel()
        label.setBuddy(binding.widget)
        self._row_labels.append((label, number, ctx, text))
        form.addRow(label, binding.container)

    # --- filling ------------------------------------------------------------------------

    def _start_new(self) -> None:
        defaults = {
            name: info.default
            for name, info in WorkerBase.model_fields.items()
            if name in WORKER_EDITABLE_FIELDS and not info.is_required()
        }
        home = self._missions[0] if self._missions else ""
        defaults.update(nationality=home, consent_obtained_by=self._officer, intake_form_code=None)
        self._fill(defaults)
        self.fields.bindings["mission_id"].set(home)
        mission = self.fields.bindings["mission_id"].widget
        mission.setEnabled(len(self._missions) > 1)
        self.case_code.clear()
        self._saved_values = self.fields.values()
        self.history.set_rows([])
        self.tabs.setTabEnabled(1, False)

    def _load(self, worker: WorkerRead) -> None:
        self._worker = worker
        values = {name: getattr(worker, name) for name in WORKER_EDITABLE_FIELDS}
        self._fill(values)
        self.fields.bindings["mission_id"].set(worker.mission_id)
        self.fields.bindings["mission_id"].widget.setEnabled(False)
        self.case_code.setText(worker.case_code)
        self._saved_values = self.fields.values()
        self.history.set_rows(self._service.history(worker.id))
        self.tabs.setTabEnabled(1, True)
        self._update_heading()

    def _fill(self, values: Mapping[str, Any]) -> None:
        for name in ("nationality", *values):  # countries first: they decide the states
            if name in self.fields.bindings and name in values:
                self.fields.bindings[name].set(values[name])
        self._update_states()
        if "state" in values:
            self.fields.bindings["state"].set(values["state"])
        self._update_id_hint()

    def _update_states(self) -> None:
        countries = [self.fields.bindings["nationality"].get()]
        countries.append(self.fields.bindings["mission_id"].get())
        self.fields.state_countries = tuple(c for c in countries if c and c != "HQ")
        set_state_countries(self.fields.bindings["state"], self.fields.state_countries)

    def _update_id_hint(self) -> None:
        doc_type = self.fields.bindings["id_document_type"].get()
        example = display_id_format(doc_type) if doc_type else ""
        edit = self.fields.bindings["id_document_number"].widget
        assert isinstance(edit, QLineEdit)
        edit.setPlaceholderText(example)
        text = self.tr("Format: {example}").format(example=example) if example else ""
        self.id_hint.setText(text)
        self.id_hint.setVisible(bool(example))

    # --- saving -------------------------------------------------------------------------

    @property
    def worker(self) -> WorkerRead | None:
        return self._worker

    def is_dirty(self) -> bool:
        """Whether something on screen differs from what is stored."""
        return self.fields.values() != self._saved_values

    def save(self) -> bool:
        """Store the record (create or changed fields only); False if nothing was saved."""
        self._clear_errors()
        values = self.fields.values()
        try:
            if self._worker is None:
                saved = self._service.create(values)
            else:
                changes = {
                    k: v
                    for k, v in values.items()
                    if k in WORKER_EDITABLE_FIELDS and v != self._saved_values.get(k)
                }
                if not changes:
                    return True
                saved = self._service.update(
                    self._worker.id, changes, expected_updated_at=self._worker.updated_at
                )
        except ValidationFailed as exc:
            self._show_errors(exc.errors)
            return False
        except (StaleRecord, PermissionDenied, NotFound) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.message.render(qt_tr))
            return False
        self._load(saved)
        self.worker_saved.emit(saved.id)
        return True

    def _show_errors(self, errors: Mapping[str, Any]) -> None:
        self._errors = dict(errors)
        first: Binding | None = None
        unplaced: list[str] = []
        for name, message in errors.items():
            text = message.render(qt_tr) if hasattr(message, "render") else str(message)
            binding = self.fields.bindings.get(name)
            if binding is None:
                unplaced.append(f"{labels.field_label(name)}: {text}")
                continue
            binding.show_error(text)
        for binding in self.fields.bindings.values():  # first wrong field in form order
            if binding.name in errors:
                first = binding
                break
        summary = self.tr("Nothing was saved: correct the fields marked in red.")
        self.general_error.setText("\n".join([summary, *unplaced]))
        self.general_error.show()
        if first is not None:
            self.tabs.setCurrentIndex(0)
            self.scroll.ensureWidgetVisible(first.container)
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_errors(self) -> None:
        self._errors = {}
        self.general_error.hide()
        for binding in self.fields.bindings.values():
            binding.clear_error()

    # --- leaving ------------------------------------------------------------------------

    def reject(self) -> None:
        """Close (Esc, the window's X or Close), asking first when there are changes."""
        if self.confirm_leave():
            super().reject()

    def confirm_leave(self) -> bool:
        """True when the editor may close: nothing unsaved, saved now, or discarded."""
        if not self.is_dirty():
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("This worker has changes that are not saved."))
        box.setInformativeText(self.tr("Save them before closing?"))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # --- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Record"))
        self.tabs.setTabText(1, self.tr("History"))
        self.save_button.setText(self.tr("&Save"))
        self.close_button.setText(self.tr("Close"))
        self.case_code_label.setText(labels.field_label("case_code"))
        self.case_code.setPlaceholderText(self.tr("Given when the worker is saved"))
        for box, number, ctx, title in self._sections:
            if number == 0:
                box.setTitle(self.tr("Record"))
            elif number < 0:
                box.setTitle(self.tr("Case status (not on the paper form)"))
            else:
                box.setTitle(f"{number}. {QCoreApplication.translate(ctx, title)}")
        for label, number, ctx, text in self._row_labels:
            shown = QCoreApplication.translate(ctx, text)
            label.setText(f"{number} {shown}" if number else shown)
        self._align_labels()
        for binding in self.fields.bindings.values():
            binding.retranslate()
        self._update_id_hint()
        self._update_heading()
        if self._errors:
            errors = self._errors
            self._clear_errors()
            self._show_errors(errors)

    def _align_labels(self) -> None:
        """One label column width for every section, so the fields line up down the form."""
        labels_ = [row[0] for row in self._row_labels] + [self.case_code_label]
        for label in labels_:
            label.setMinimumWidth(0)
        width = max(label.sizeHint().width() for label in labels_)
        for label in labels_:
            label.setMinimumWidth(width)

    def _update_heading(self) -> None:
        if self._worker is None:
            self.heading.setText(self.tr("New worker"))
            self.setWindowTitle(self.tr("New worker") + " – Puente")
            return
        name = " ".join(
            p
            for p in (
                self._worker.given_names,
                self._worker.first_family_name,
                self._worker.second_family_name,
            )
            if p
        )
        self.heading.setText(f"{name} · {self._worker.case_code}")
        self.setWindowTitle(f"{name} – Puente")
