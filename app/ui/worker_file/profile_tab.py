"""The Profile tab: the worker's record, read-only, in the sections of the paper intake form."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import pycountry
from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.forms.intake_layout import CONTEXT as FORM_CONTEXT
from app.forms.intake_layout import INTAKE_SECTIONS, FieldKind
from app.models import WorkerRead
from app.ui import labels
from app.ui.i18n import format_date, format_datetime
from app.ui.worker_file.common import Retranslating

RECORD_FIELDS = ("case_code", "mission_id", "migration_stage", "status", "consent_withdrawn_at")
LIST_FIELDS = ("languages", "consent_purposes")


def show_value(name: str, value: object) -> str:
    """A Worker field's stored value as a person reads it, in the chosen language."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):
        return format_date(value)
    if name in LIST_FIELDS:
        names = dict(labels.choices(name))
        return ", ".join(names.get(v, v) for v in str(value).split(",") if v)
    if name == "state":
        found = pycountry.subdivisions.get(code=str(value))  # type: ignore[no-untyped-call]
        return f"{found.name} ({value})" if found is not None else str(value)
    if name == "dependants" and isinstance(value, int):
        return QLocale().toString(value)
    if labels.choices(name):
        return labels.value_label(name, value)
    return str(value)


class ProfileTab(Retranslating):
    """Every field of the worker, read-only; "Edit profile…" hands over to `open_editor`."""

    edit_requested = Signal()

    def __init__(
        self, open_editor: Callable[[uuid.UUID], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._open_editor = open_editor
        self._worker: WorkerRead | None = None
        self.values: dict[str, QLabel] = {}
        self._rows: list[tuple[QLabel, str, str, str]] = []  # label, number, context, text
        self._boxes: list[tuple[QGroupBox, int, str]] = []
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit_profile")
        self.edit_button.clicked.connect(self.edit)
        self.updated = QLabel(self)
        self.updated.setObjectName("updated")
        bar = QHBoxLayout()
        bar.addWidget(self.updated, 1)
        bar.addWidget(self.edit_button)
        body = QWidget()
        self._body = QVBoxLayout(body)
        self._add_box(0, "", [(name, "", "", name) for name in RECORD_FIELDS])
        for section in INTAKE_SECTIONS:
            rows = [
                (f.worker_field, f.number, FORM_CONTEXT, f.label)
                for f in section.fields
                if f.worker_field is not None and f.kind != FieldKind.FORM_CODE
            ]
            self._add_box(section.number, section.title, rows)
        self._body.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def _add_box(self, number: int, title: str, rows: list[tuple[str, str, str, str]]) -> None:
        box = QGroupBox()
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name, field_number, ctx, text in rows:
            if name in self.values:
                continue
            label = QLabel()
            value = QLabel()
            value.setObjectName(f"value_{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[name] = value
            self._rows.append((label, field_number, ctx, text))
            form.addRow(label, value)
        self._boxes.append((box, number, title))
        self._body.addWidget(box)

    def set_worker(self, worker: WorkerRead) -> None:
        self._worker = worker
        self._show()

    def _show(self) -> None:
        worker = self._worker
        for name, label in self.values.items():
            value = getattr(worker, name, None) if worker is not None else None
            text = show_value(name, value)
            label.setText(text or "—")
        if worker is not None:
            self.updated.setText(
                self.tr("Last changed {when} by {who}").format(
                    when=format_datetime(worker.updated_at), who=worker.updated_by
                )
            )
        self.edit_button.setEnabled(worker is not None)

    def edit(self) -> None:
        if self._worker is not None:
            self.edit_requested.emit()
            self._open_editor(self._worker.id)

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("&Edit profile…"))
        for box, section, title in self._boxes:
            if section == 0:
                box.setTitle(self.tr("Case"))
            else:
                box.setTitle(f"{section}. {QCoreApplication.translate(FORM_CONTEXT, title)}")
        for label, number, ctx, text in self._rows:
            shown = QCoreApplication.translate(ctx, text) if ctx else labels.field_label(text)
            label.setText(f"{number} {shown}" if number else shown)
        width = max((row[0].sizeHint().width() for row in self._rows), default=0)
        for label, *_ in self._rows:
            label.setMinimumWidth(width)
        self._show()
