"""The worker editor: every Worker field in the numbered sections of the paper intake form."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from itertools import pairwise
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.forms.intake_layout import CONTEXT as FORM_CONTEXT
from app.forms.intake_layout import FORM_CODE_FIELD, INTAKE_SECTIONS, FormField
from app.models import WorkerRead
from app.models.worker import WORKER_EDITABLE_FIELDS, WorkerBase
from app.services.context import NotFound, PermissionDenied, StaleRecord, ValidationFailed
from app.services.intake import CONTEXT as INTAKE_CONTEXT
from app.services.intake import (
    INTAKE_STAGES,
    INTENTIONS,
    STAGE_AT_INTAKE,
    STAGE_IS_A_JOURNEY_ACTION,
    problem_message,
    read_form_code,
)
from app.services.validation import display_id_format
from app.services.workspace import HistoryRow
from app.ui import labels
from app.ui.dialogs.duplicate_dialog import (
    DuplicateChecking,
    DuplicateDialog,
    DuplicateGate,
    probe_of,
)
from app.ui.dialogs.worker_fields import ERROR_STYLE, Binding, FieldFactory, set_state_countries
from app.ui.dialogs.worker_history import WorkerHistoryTable
from app.ui.i18n import qt_tr

# Fields set later in the app, never from paper: the last, unnumbered section.
CASE_FIELDS: tuple[str, ...] = ("status", "consent_withdrawn_at")
SAVE_KEYS: tuple[str, ...] = ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter")  # Enter alone moves on


class WorkerEditing(Protocol):
    """The use cases the editor calls (WorkerService, or a fake in tests)."""

    def create(self, data: Mapping[str, Any]) -> WorkerRead: ...
    def update(
        self, worker_id: uuid.UUID, changes: Mapping[str, Any], *, expected_updated_at: Any = None
    ) -> WorkerRead: ...
    def get(self, worker_id: uuid.UUID) -> WorkerRead: ...
    def history(self, worker_id: uuid.UUID) -> list[HistoryRow]: ...


class IntakeCreating(Protocol):
    """Creates and changes workers under the intake rules (services.intake.IntakeService)."""

    def create(self, data: Mapping[str, Any]) -> WorkerRead: ...
    def update(
        self, worker_id: uuid.UUID, changes: Mapping[str, Any], *, expected_updated_at: Any = None
    ) -> WorkerRead: ...


class WorkerEditor(QDialog):
    """Create or edit one worker; nothing is stored until Save succeeds."""

    worker_saved = Signal(object)  # uuid.UUID
    open_existing = Signal(object)  # uuid.UUID: the officer opens a stored match instead

    def __init__(
        self,
        service: WorkerEditing,
        *,
        worker_id: uuid.UUID | None = None,
        missions: tuple[str, ...] = (),
        officer_name: str = "",
        duplicates: DuplicateChecking | None = None,
        intake: IntakeCreating | None = None,
        form_code: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._service = service
        self._gate = DuplicateGate(duplicates, self) if duplicates is not None else None
        if self._gate is not None:
            self._gate.busy_changed.connect(self._set_busy)
            self._gate.cleared.connect(self._create_checked)
            self._gate.open_requested.connect(self._open_match)
            self._gate.cancelled.connect(self._back_to_form)
            self._gate.failed.connect(self._duplicates_failed)
        self._intake = intake
        self._missions = missions
        self._officer = officer_name
        self._form_code = form_code
        self._close_when_saved = False
        self._focus_before: QWidget | None = None
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
        self._set_tab_order()
        self.retranslate()
        self.resize(780, 760)
        self.fields.bindings["given_names"].widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.form_code_banner = QLabel(self)
        self.form_code_banner.setObjectName("form_code_banner")
        self.form_code_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.form_code_banner.setStyleSheet(
            "background: palette(alternate-base); border: 1px solid palette(mid);"
            " padding: 4px 8px; font-weight: bold;"
        )
        self.form_code_banner.hide()
        self.busy = QLabel(self)
        self.busy.setObjectName("busy")
        self.busy.hide()
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
            fields = [f for f in section.fields if f.worker_field is not None or f.to_case_note]
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
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")
        self.close_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.form_code_banner, self.general_error, self.tabs):
            layout.addWidget(widget)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.shortcuts = [QShortcut(QKeySequence(k), self) for k in SAVE_KEYS]
        for shortcut in self.shortcuts:
            shortcut.activated.connect(self.save)
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
            name = item.worker_field or INTENTIONS
            self._add_row(form, name, item.number, FORM_CONTEXT, item.label)
            if name == INTENTIONS:
                self._intentions_row = (form, form.rowCount() - 1)
            if item.worker_field == "id_document_number":
                self.id_hint = self._hint_row(form, "id_hint")
            if item.worker_field == "migration_stage":
                self.stage_hint = self._hint_row(form, "stage_hint")

    def _hint_row(self, form: QFormLayout, name: str) -> QLabel:
        hint = QLabel()
        hint.setObjectName(name)
        hint.setWordWrap(True)
        hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", hint)
        return hint

    def _set_tab_order(self) -> None:
        """Tab and Enter go down the paper form: record, 1.1 ... 7.3, case status, Save."""
        chain: list[QWidget] = [*self.fields.focus_order(), self.save_button, self.close_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

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
        self.fields.allow_only("migration_stage", tuple(s.value for s in INTAKE_STAGES))
        # 6.2 becomes the first interview case note: only the intake service writes it.
        form, row = self._intentions_row
        form.setRowVisible(row, self._intake is not None)
        if self._form_code:
            self.fields.bindings["intake_form_code"].set(self._form_code)
        self._lock_form_code(bool(self._form_code))
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
        form, row = self._intentions_row
        form.setRowVisible(row, False)  # written once, as a case note, at intake
        self.fields.allowed.pop("migration_stage", None)
        stage = self.fields.bindings["migration_stage"]
        stage.retranslate()
        stage.set(worker.migration_stage)
        stage.widget.setEnabled(False)  # the journey actions of the worker file change it
        self._update_stage_hint()
        self._lock_form_code(bool(worker.intake_form_code))
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

    def bind_form_code(self, code: str) -> bool:
        """Bind this new intake to a paper form (as printed); False if it cannot be."""
        current = self.fields.bindings["intake_form_code"].get()
        if self._worker is not None or (current and current != code):
            return False
        self._form_code = code
        self.fields.bindings["intake_form_code"].set(code)
        self._lock_form_code(True)
        return True

    def _lock_form_code(self, bound: bool) -> None:
        """A form code that came from the paper form (or is stored) is shown, not typed."""
        edit = self.fields.bindings["intake_form_code"].widget
        assert isinstance(edit, QLineEdit)
        edit.setReadOnly(bound)
        edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus if bound else Qt.FocusPolicy.StrongFocus)
        self._update_banner()

    def _update_banner(self) -> None:
        code = self.fields.bindings["intake_form_code"].get()
        edit = self.fields.bindings["intake_form_code"].widget
        assert isinstance(edit, QLineEdit)
        shown = bool(code) and edit.isReadOnly()
        text = self.tr("Paper form {code}").format(code=code) if shown else ""
        self.form_code_banner.setText(text)
        self.form_code_banner.setVisible(shown)

    def _update_stage_hint(self) -> None:
        text = STAGE_AT_INTAKE if self._worker is None else STAGE_IS_A_JOURNEY_ACTION
        self.stage_hint.setText(QCoreApplication.translate(INTAKE_CONTEXT, text))

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
        """Store the record (create or changed fields only); False if nothing was saved.

        A new worker is first looked for among the stored ones, off the GUI thread; then
        False is returned at once and the worker is created (or not) when the check ends.
        """
        if self._gate is not None and self._gate.busy:
            return False
        self._clear_errors()
        values = self.fields.values()
        if not self._form_code_ok(values):
            return False
        if self._worker is None and self._gate is not None:
            probe = probe_of(values)
            if probe is not None:
                self._gate.start(probe)
                return False
        return self._store(values)

    def _store(self, values: dict[str, Any]) -> bool:
        try:
            if self._worker is None:
                saved = (self._intake or self._service).create(values)
            else:
                changes = {
                    k: v
                    for k, v in values.items()
                    if k in WORKER_EDITABLE_FIELDS
                    and k != "migration_stage"  # a journey action, never typed over
                    and v != self._saved_values.get(k)
                }
                if not changes:
                    return True
                saved = (self._intake or self._service).update(
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
        if self._close_when_saved:
            super().reject()
        return True

    def _form_code_ok(self, values: dict[str, Any]) -> bool:
        """The typed form code in its printed form, or its mistake shown beside it."""
        typed = values.get("intake_form_code")
        if not typed:
            return True
        code, problem = read_form_code(typed)
        if problem is not None:
            self._show_errors({"intake_form_code": problem_message(problem)})
            return False
        values["intake_form_code"] = code
        return True

    # --- the duplicate check -----------------------------------------------------------

    @property
    def duplicate_dialog(self) -> DuplicateDialog | None:
        """The likely matches of the new worker, while the officer looks at them."""
        return self._gate.dialog if self._gate is not None else None

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self._focus_before = self.focusWidget()
        self.busy.setText(self.tr("Looking for this person among the stored workers…"))
        self.busy.setVisible(busy)
        self.save_button.setEnabled(not busy)
        self.tabs.setEnabled(not busy)
        if not busy and self._focus_before is not None:
            self._focus_before.setFocus(Qt.FocusReason.OtherFocusReason)  # where typing was

    def _create_checked(self) -> None:
        values = self.fields.values()
        if self._form_code_ok(values):
            self._store(values)

    def _duplicates_failed(self, _exc: BaseException) -> None:
        text = self.tr("The check for workers already registered failed, so nothing was saved.")
        QMessageBox.warning(self, self.tr("Not saved"), text)

    def _open_match(self, worker_id: uuid.UUID) -> None:
        """Leave this intake unsaved (nothing was written) and open the stored worker."""
        self._saved_values = self.fields.values()  # nothing to ask about: it is set aside
        self.open_existing.emit(worker_id)
        super().reject()

    def _back_to_form(self) -> None:
        self._close_when_saved = False
        self.fields.bindings["given_names"].widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- keyboard -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves to the next field, as Tab does; it never saves (Ctrl+S does)."""
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            focus = self.focusWidget()
            if isinstance(focus, QPushButton):
                focus.click()
            elif not (isinstance(focus, QComboBox) and focus.view().isVisible()):
                self.focusNextChild()
                moved = self.focusWidget()
                if moved is not None and self.scroll.isAncestorOf(moved):
                    self.scroll.ensureWidgetVisible(moved)
            event.accept()
            return
        super().keyPressEvent(event)

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
        if self._gate is not None and self._gate.busy:
            return
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
            self._close_when_saved = True  # a new worker may be saved after the check
            saved = self.save()
            self._close_when_saved = self._gate is not None and self._gate.busy
            return saved
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
        self.save_button.setToolTip(self.tr("Save (Ctrl+S or Ctrl+Enter)"))
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
        self._update_stage_hint()
        self._update_banner()
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
