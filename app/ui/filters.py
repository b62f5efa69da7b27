"""A list filter shared by the sections: which mission (shown only to people with several)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from app.ui import labels

CONTEXT = "Filters"


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
        self.addItem(QCoreApplication.translate(CONTEXT, "All missions"), "")
        for mission in missions:
            self.addItem(labels.mission_label(mission), mission)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)
        self.setVisible(len(missions) > 1)

    def value(self) -> str | None:
        return self.currentData() or None
