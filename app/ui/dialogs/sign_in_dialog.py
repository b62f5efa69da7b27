"""Sign-in: server address, username and password, a connection test; work off the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.sync.client import (
    Forbidden,
    Offline,
    SyncError,
    Throttled,
    Unauthorized,
    UpgradeRequired,
)
from app.sync.credentials import SignedIn, SignInService
from app.ui.tasks import run_task


class SignInDialog(QDialog):
    """Asks for the server and the person's credentials; on success `signed_in` carries
    the SignedIn (its `actor` is who works from now on). The password is never kept."""

    signed_in = Signal(object)

    def __init__(self, service: SignInService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.result_value: SignedIn | None = None
        self.server = QLineEdit(self)
        self.server.setObjectName("server_url")
        self.server.setText(service.server_url() or "https://")
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self)
        self.test_button.setObjectName("test_connection")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("sign_in_message")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._form = QFormLayout()
        self._labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(
            self._labels, (self.server, self.username, self.password), strict=True
        ):
            self._form.addRow(label, field)
        self._form.addRow("", self.test_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.test_button.clicked.connect(self.test_connection)
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def test_connection(self) -> None:
        """Ask the server for /health (in the background) and say what came back."""
        url = self.server.text().strip()
        self._busy(True, self.tr("Testing the connection…"))
        run_task(
            lambda _p: self._service.test_connection(url),
            on_done=lambda _db: self._busy(False, self.tr("The server answers.")),
            on_error=lambda exc: self._busy(False, self.error_text(exc)),
        )

    def sign_in(self) -> None:
        """Sign in (in the background); the dialog closes when the server says yes."""
        url, user, password = (
            self.server.text().strip(),
            self.username.text().strip(),
            self.password.text(),
        )
        if not url or not user or not password:
            self.message.setText(self.tr("Fill in the server, your username and your password."))
            return
        self._busy(True, self.tr("Signing in…"))
        run_task(
            lambda _p: self._service.sign_in(url, user, password),
            on_done=self._signed_in,
            on_error=lambda exc: self._busy(False, self.error_text(exc)),
        )

    def _signed_in(self, result: Any) -> None:
        self.password.clear()
        self._busy(False, "")
        self.result_value = result
        self.signed_in.emit(result)
        self.accept()

    def _busy(self, busy: bool, text: str) -> None:
        self.message.setText(text)
        for widget in (self.server, self.username, self.password, self.test_button, self.buttons):
            widget.setEnabled(not busy)

    def error_text(self, exc: BaseException) -> str:
        """A sentence for people about a failed test or sign-in."""
        if isinstance(exc, Throttled):
            return self.tr(
                "Too many failed attempts. Wait {seconds} seconds and try again."
            ).format(seconds=exc.retry_after)
        if isinstance(exc, Unauthorized):
            return self.tr("The username or password is not right.")
        if isinstance(exc, Forbidden):
            return self.tr("This device was blocked by an administrator. Contact support.")
        if isinstance(exc, UpgradeRequired):
            return self.tr("This version of Puente is too old for the server. Install the update.")
        if isinstance(exc, Offline):
            return self.tr("The server cannot be reached. Check the address and the connection.")
        if isinstance(exc, SyncError):
            return self.tr("The server had a problem. Try again later.")
        return self.tr("The address is not valid. It looks like https://puente.example.org")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in to the Puente server"))
        for label, text in zip(
            self._labels,
            (self.tr("Server address:"), self.tr("Username:"), self.tr("Password:")),
            strict=True,
        ):
            label.setText(text)
        self.test_button.setText(self.tr("Test connection"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
