"""First run (until sign-in exists): the officer's name and mission for this device."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import FIELD_MISSIONS
from app.ui import labels


class FirstRunDialog(QDialog):
    """Asks who works on this device; OK stays disabled until a name is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("officer_name")
        self.mission = QComboBox(self)
        self.mission.setObjectName("mission")
        for code in FIELD_MISSIONS:
            self.mission.addItem(code.value, code.value)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        self.mission_label = QLabel(self)
        self.mission_label.setBuddy(self.mission)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.mission_label, self.mission)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._update_ok()
        self.setMinimumWidth(460)

    def officer_name(self) -> str:
        return " ".join(self.name.text().split())

    def mission_code(self) -> str:
        return str(self.mission.currentData())

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.officer_name()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Puente"))
        self.intro.setText(
            self.tr(
                "Before you start, tell Puente who works on this computer. Your name and "
                "mission go into the history of every record you change and into the case "
                "codes of the workers you register."
            )
        )
        self.name_label.setText(self.tr("Your full name"))
        self.mission_label.setText(self.tr("Your mission"))
        for i in range(self.mission.count()):
            code = str(self.mission.itemData(i))
            self.mission.setItemText(i, f"{code} – {labels.mission_label(code)}")
