"""List filters shared by the sections: mission (for people with several), stage, date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.models.enums import MigrationStage
from app.ui import labels
from app.ui.widgets import DateField


class MissionFilter(QComboBox):
    """ "All missions" or one of the person's missions; hidden when there is one only."""

    def __init__(
        self, missions: Callable[[], tuple[str, ...]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mission_filter")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._missions = missions
        self.refill()

    def refill(self) -> None:
        """The choices in the current language, for the person acting now."""
        chosen = self.currentData()
        missions = self._missions()
        self.blockSignals(True)
        self.clear()
        self.addItem(QCoreApplication.translate("Filters", "All missions"), "")
        for mission in missions:
            self.addItem(labels.mission_label(mission), mission)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)
        self.setVisible(len(missions) > 1)

    def value(self) -> str | None:
        return self.currentData() or None


class StageFilter(QComboBox):
    """ "All stages" or one stage of the migration journey."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stage_filter")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.refill()

    def refill(self) -> None:
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(QCoreApplication.translate("Filters", "All stages"), "")
        for value, label in labels.choices("migration_stage"):
            self.addItem(label, value)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)

    def value(self) -> MigrationStage | None:
        chosen = self.currentData()
        return MigrationStage(chosen) if chosen else None


class SinceFilter(QWidget):
    """A labelled date ("from this day on"), empty by default."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("since_filter")
        self.label = QLabel(self)
        self.date = DateField(self)
        self.label.setBuddy(self.date.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.date)
        self.date.edited.connect(self.changed)

    def retranslate(self, text: str) -> None:
        self.label.setText(text)

    def value(self) -> date | None:
        return self.date.value()
