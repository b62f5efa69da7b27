"""The course editor: every Course field, errors beside the fields, an unsaved-changes guard."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models import Course
from app.models.enums import MissionCode
from app.services.context import ServiceError, ValidationFailed
from app.ui import labels
from app.ui.dialogs.worker_fields import ERROR_STYLE, Binding
from app.ui.i18n import qt_tr
from app.ui.qmodels.course_table_model import (
    KIND_LABELS,
    LANGUAGE_LABELS,
    label_choices,
)
from app.ui.unsaved import may_leave
from app.ui.widgets import DateField

CONTEXT = "CourseEditor"
# (field, label) in the order of the form
FIELDS: tuple[tuple[str, str], ...] = (
    ("mission_id", QT_TRANSLATE_NOOP("CourseEditor", "Mission")),
    ("code", QT_TRANSLATE_NOOP("CourseEditor", "Code")),
    ("title", QT_TRANSLATE_NOOP("CourseEditor", "Title")),
    ("provider", QT_TRANSLATE_NOOP("CourseEditor", "Provider")),
    ("kind", QT_TRANSLATE_NOOP("CourseEditor", "Kind")),
    ("stage", QT_TRANSLATE_NOOP("CourseEditor", "Stage")),
    ("skill_area", QT_TRANSLATE_NOOP("CourseEditor", "Skill area")),
    ("language", QT_TRANSLATE_NOOP("CourseEditor", "Language")),
    ("hours", QT_TRANSLATE_NOOP("CourseEditor", "Hours")),
    ("start_date", QT_TRANSLATE_NOOP("CourseEditor", "Starts on")),
    ("end_date", QT_TRANSLATE_NOOP("CourseEditor", "Ends on")),
    ("place", QT_TRANSLATE_NOOP("CourseEditor", "Place")),
    ("capacity", QT_TRANSLATE_NOOP("CourseEditor", "Places")),
)
EDITABLE = tuple(name for name, _ in FIELDS if name != "mission_id")


class CourseEditing(Protocol):
    """The use cases the editor calls (TrainingService, or a fake)."""

    def create_course(self, data: Mapping[str, Any]) -> Course: ...
    def update_course(self, course_id: uuid.UUID, changes: Mapping[str, Any]) -> Course: ...
    def course(self, course_id: uuid.UUID) -> Course: ...


class CourseEditor(QDialog):
    """Create or edit one course; nothing is stored until Save succeeds."""

    course_saved = Signal(object)  # uuid.UUID

    def __init__(
        self,
        service: CourseEditing,
        *,
        course_id: uuid.UUID | None = None,
        missions: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._missions = missions or (MissionCode.HQ.value,)
        self._course: Course | None = None
        self._saved: dict[str, Any] = {}
        self._errors: dict[str, Any] = {}
        self.bindings: dict[str, Binding] = {}
        self._labels: list[tuple[QLabel, str]] = []
        self._build()
        if course_id is None:
            self._saved = self.values()
        else:
            self._load(service.course(course_id))
        self.retranslate()
        self.resize(560, 620)

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        makers: dict[str, Callable[[str], Binding]] = {
            "mission_id": self._mission,
            "kind": lambda n: self._combo(n, lambda: label_choices(KIND_LABELS)),
            "stage": lambda n: self._combo(n, lambda: labels.choices("migration_stage")),
            "language": lambda n: self._combo(n, lambda: label_choices(LANGUAGE_LABELS)),
            "hours": self._hours,
            "capacity": self._capacity,
            "start_date": self._date,
            "end_date": self._date,
        }
        for name, text in FIELDS:
            binding = makers.get(name, self._text)(name)
            binding.widget.setObjectName(name)
            self.bindings[name] = binding
            row_label = QLabel(self)
            row_label.setBuddy(binding.widget)
            self._labels.append((row_label, text))
            form.addRow(row_label, binding.container)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self._save_and_close)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _text(self, name: str) -> Binding:
        edit = QLineEdit(self)
        limit = Course.model_fields[name].metadata
        for item in limit:
            if isinstance(getattr(item, "max_length", None), int):
                edit.setMaxLength(item.max_length)
        return Binding(name, edit, edit.text, lambda v: edit.setText(v or ""))

    def _combo(self, name: str, items: Callable[[], list[tuple[str, str]]]) -> Binding:
        combo = QComboBox(self)

        def fill() -> None:
            current = combo.currentData()
            combo.clear()
            for value, text in items():
                combo.addItem(text, value)
            if current is not None:
                combo.setCurrentIndex(max(combo.findData(current), 0))

        fill()
        binding = Binding(
            name,
            combo,
            combo.currentData,
            lambda v: combo.setCurrentIndex(max(combo.findData(str(getattr(v, "value", v))), 0)),
        )
        binding.retranslate = fill
        return binding

    def _mission(self, name: str) -> Binding:
        def items() -> list[tuple[str, str]]:
            return [(m, f"{m} · {labels.mission_label(m)}") for m in self._missions]

        binding = self._combo(name, items)
        binding.widget.setEnabled(len(self._missions) > 1)
        return binding

    def _hours(self, name: str) -> Binding:
        spin = QDoubleSpinBox(self)
        spin.setDecimals(1)
        spin.setRange(0, 99999.9)
        return Binding(
            name,
            spin,
            lambda: Decimal(str(round(spin.value(), 1))),
            lambda v: spin.setValue(float(v or 0)),
        )

    def _capacity(self, name: str) -> Binding:
        spin = QSpinBox(self)
        spin.setRange(1, 10000)
        spin.setValue(25)
        return Binding(name, spin, spin.value, lambda v: spin.setValue(int(v or 25)))

    def _date(self, name: str) -> Binding:
        field = DateField(self)
        return Binding(name, field, field.value, field.set_value)

    # --- filling and saving -------------------------------------------------------------

    @property
    def course(self) -> Course | None:
        return self._course

    def values(self) -> dict[str, Any]:
        return {name: binding.get() for name, binding in self.bindings.items()}

    def _load(self, course: Course) -> None:
        self._course = course
        for name in EDITABLE:
            self.bindings[name].set(getattr(course, name))
        mission = self.bindings["mission_id"]
        combo = mission.widget
        assert isinstance(combo, QComboBox)
        if combo.findData(course.mission_id) < 0:
            combo.addItem(f"{course.mission_id} · {labels.mission_label(course.mission_id)}")
            combo.setItemData(combo.count() - 1, course.mission_id)
        mission.set(course.mission_id)
        combo.setEnabled(False)
        self._saved = self.values()
        self._update_heading()

    def is_dirty(self) -> bool:
        return self.values() != self._saved

    def save(self) -> bool:
        """Store the course (new, or the changed fields); False when nothing was saved."""
        self._clear_errors()
        values = self.values()
        try:
            if self._course is None:
                saved = self._service.create_course(values)
            else:
                changes = {k: v for k, v in values.items() if k in EDITABLE and v != self._saved[k]}
                if not changes:
                    return True
                saved = self._service.update_course(self._course.id, changes)
        except ValidationFailed as exc:
            self._show_errors(exc.errors)
            return False
        except ServiceError as exc:
            self.general_error.setText(exc.message.render(qt_tr))
            self.general_error.show()
            return False
        self._load(saved)
        self.course_saved.emit(saved.id)
        return True

    def _save_and_close(self) -> None:
        if self.save():
            self.accept()

    def _show_errors(self, errors: Mapping[str, Any]) -> None:
        self._errors = dict(errors)
        unplaced: list[str] = []
        first: Binding | None = None
        for name, message in errors.items():
            text = message.render(qt_tr) if hasattr(message, "render") else str(message)
            binding = self.bindings.get(name)
            if binding is None:
                unplaced.append(text)
                continue
            binding.show_error(text)
        for binding in self.bindings.values():
            if binding.name in errors:
                first = binding
                break
        summary = self.tr("Nothing was saved: correct the fields marked in red.")
        self.general_error.setText("\n".join([summary, *unplaced]))
        self.general_error.show()
        if first is not None:
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_errors(self) -> None:
        self._errors = {}
        self.general_error.hide()
        for binding in self.bindings.values():
            binding.clear_error()

    def error_text(self, name: str) -> str:
        """What is shown beside field `name` ('' when nothing is wrong with it)."""
        error = self.bindings[name].error
        return error.text() if not error.isHidden() else ""

    # --- leaving ------------------------------------------------------------------------

    def reject(self) -> None:
        if self.confirm_leave():
            super().reject()

    def confirm_leave(self) -> bool:
        """True when the editor may close: nothing unsaved, saved now, or discarded."""
        text = self.tr("This course has changes that are not saved.")
        return may_leave(self, dirty=self.is_dirty(), text=text, save=self.save)

    # --- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("&Save"))
        self.close_button.setText(self.tr("Close"))
        for row_label, text in self._labels:
            row_label.setText(QCoreApplication.translate(CONTEXT, text))
        code = self.bindings["code"].widget
        assert isinstance(code, QLineEdit)
        code.setPlaceholderText(self.tr("e.g. PDO-2026-03"))
        hours = self.bindings["hours"].widget
        assert isinstance(hours, QDoubleSpinBox)
        hours.setSuffix(" " + self.tr("h"))
        for binding in self.bindings.values():
            binding.retranslate()
        self._update_heading()
        if self._errors:
            errors = self._errors
            self._clear_errors()
            self._show_errors(errors)

    def _update_heading(self) -> None:
        if self._course is None:
            text = self.tr("New course")
        else:
            text = f"{self._course.code} · {self._course.title}"
        self.heading.setText(text)
        self.setWindowTitle(text + " – Puente")
