"""List filters shared by the sections: mission (for people with several), stage, date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.models.enums import MigrationStage
from app.ui import labels
from app.ui.widgets import DateField


class ChoiceFilter(QComboBox):
    """ "All …" or one value; the choices are read again in the current language."""

    def __init__(
        self,
        name: str,
        everything: Callable[[], str],
        choices: Callable[[], list[tuple[str, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._everything = everything
        self._choices = choices
        self.refill()

    def refill(self) -> None:
        """The choices in the current language (for the person acting now), keeping the
        one chosen; no change signal while they are put back."""
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._everything(), "")
        for value, label in self._choices():
            self.addItem(label, value)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)

    def value(self) -> str | None:
        return self.currentData() or None


class MissionFilter(ChoiceFilter):
    """ "All missions" or one of the person's missions; hidden when there is one only."""

    def __init__(
        self, missions: Callable[[], tuple[str, ...]], parent: QWidget | None = None
    ) -> None:
        self._missions = missions
        super().__init__(
            "mission_filter",
            lambda: QCoreApplication.translate("Filters", "All missions"),
            lambda: [(m, labels.mission_label(m)) for m in self._missions()],
            parent,
        )

    def refill(self) -> None:
        super().refill()
        self.setVisible(self.count() > 2)


class StageFilter(ChoiceFilter):
    """ "All stages" or one stage of the migration journey."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "stage_filter",
            lambda: QCoreApplication.translate("Filters", "All stages"),
            lambda: labels.choices("migration_stage"),
            parent,
        )

    def value(self) -> MigrationStage | None:  # type: ignore[override]
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
