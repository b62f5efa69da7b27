"""A section that is not built yet: says plainly which piece of work brings it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderView(QWidget):
    """A page with the section's title and one sentence; nothing pretends to work."""

    def __init__(self, context: str, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._context, self._title, self._text = context, title, text
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setObjectName("placeholder_text")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate(self._context, self._title))
        self.body.setText(QCoreApplication.translate(self._context, self._text))
