"""Sign-in before the case file opens: offline (unwrap the key) or, the first time, online."""

from __future__ import annotations

import math
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.security.access import (
    MIN_LOCAL_PASSWORD,
    PasswordsDiffer,
    PasswordTooShort,
    StoreAccess,
    StoreError,
    StoreState,
    Unlocked,
)
from app.security.throttle import TooSoon
from app.security.vault import UnknownUser, VaultDamaged, WrongPassword
from app.sync.client import Forbidden, Offline, SyncError, Throttled, Unauthorized, UpgradeRequired
from app.ui.tasks import run_task


def wait_text(seconds: float) -> str:
    """'Try again in N seconds' after too many wrong passwords (shared with the idle lock)."""
    return QCoreApplication.translate(
        "UnlockDialog",
        "Too many wrong passwords. Try again in %n second(s).",
        None,
        max(1, math.ceil(seconds)),
    )


def password_error_text(exc: BaseException) -> str:
    """A sentence for people about a refused offline password (shared with the idle lock)."""

    if isinstance(exc, TooSoon):
        return wait_text(exc.seconds)
    if isinstance(exc, WrongPassword):
        return QCoreApplication.translate("UnlockDialog", "The username or password is not right.")
    if isinstance(exc, UnknownUser):
        return QCoreApplication.translate(
            "UnlockDialog",
            "This person has not signed in on this laptop yet. The first sign-in of each "
            "person needs the server.",
        )
    if isinstance(exc, VaultDamaged):
        return QCoreApplication.translate(
            "UnlockDialog",
            "The key file beside the case file is missing or damaged. Do not delete any "
            "file; contact support.",
        )
    if isinstance(exc, PasswordTooShort):
        return QCoreApplication.translate(
            "UnlockDialog", "Choose a password of at least {count} characters."
        ).format(count=MIN_LOCAL_PASSWORD)
    if isinstance(exc, PasswordsDiffer):
        return QCoreApplication.translate("UnlockDialog", "The two passwords are not the same.")
    if isinstance(exc, Throttled):
        return QCoreApplication.translate(
            "UnlockDialog", "Too many failed attempts. Wait {seconds} seconds and try again."
        ).format(seconds=exc.retry_after)
    if isinstance(exc, Unauthorized):
        return QCoreApplication.translate("UnlockDialog", "The username or password is not right.")
    if isinstance(exc, Forbidden):
        return QCoreApplication.translate(
            "UnlockDialog", "This device was blocked by an administrator. Contact support."
        )
    if isinstance(exc, UpgradeRequired):
        return QCoreApplication.translate(
            "UnlockDialog", "This version of Puente is too old for the server. Install the update."
        )
    if isinstance(exc, Offline):
        return QCoreApplication.translate(
            "UnlockDialog", "The server cannot be reached. Check the address and the connection."
        )
    if isinstance(exc, SyncError):
        return QCoreApplication.translate(
            "UnlockDialog", "The server had a problem. Try again later."
        )
    if isinstance(exc, StoreError):
        return QCoreApplication.translate(
            "UnlockDialog",
            "Puente could not open the case file. Nothing was deleted; contact support.",
        )
    return QCoreApplication.translate(
        "UnlockDialog", "The address is not valid. It looks like https://puente.example.org"
    )


class UnlockDialog(QDialog):
    """Asks who signs in. With a key vault: username and password, checked offline, with
    the growing wait shown. Without one (first sign-in on this laptop): the server's
    address too, or a local account for a mission with no server yet.
    On success `unlocked` carries the Unlocked (the store key and who)."""

    unlocked = Signal(object)

    def __init__(
        self,
        access: StoreAccess,
        *,
        device_id: uuid.UUID,
        server_url: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_dialog")
        self._access = access
        self._device_id = device_id
        self.result_value: Unlocked | None = None
        self.state = access.state()
        self.first = self.state is not StoreState.LOCKED
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.server = QLineEdit(self)
        self.server.setObjectName("server_url")
        self.server.setText(server_url or "https://")
        self.username = QComboBox(self)
        self.username.setObjectName("username")
        self.username.setEditable(True)
        known = access.known_usernames()
        last = access.last_username()
        for name in ([last] if last else []) + [n for n in known if n != last]:
            self.username.addItem(name)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeat_password")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.local = QCheckBox(self)
        self.local.setObjectName("local_account")
        self.message = QLabel(self)
        self.message.setObjectName("unlock_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._labels = [QLabel(self) for _ in range(4)]
        self._form = QFormLayout()
        for label, field in zip(
            self._labels, (self.server, self.username, self.password, self.repeat), strict=True
        ):
            label.setBuddy(field)
            self._form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self._form)
        layout.addWidget(self.local)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.local.toggled.connect(self._mode_changed)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._busy_now = False
        self._last_error = ""
        self.setMinimumWidth(500)
        self.retranslate()
        self._mode_changed()
        (self.password if self.username.currentText() else self.username).setFocus()
        self._tick()

    # --- modes --------------------------------------------------------------------------

    def _mode_changed(self) -> None:
        local = self.first and self.local.isChecked()
        online = self.first and not local
        self._form.setRowVisible(0, online)
        self._form.setRowVisible(3, local)
        self.local.setVisible(self.first)
        self.message.clear()

    # --- signing in ---------------------------------------------------------------------

    def submit(self) -> None:
        """Check the password in the background; the dialog closes when it is right."""
        user, password = self.username.currentText().strip(), self.password.text()
        if not user or not password:
            self.message.setText(self.tr("Fill in your username and your password."))
            return
        if not self.first:
            work: Any = lambda _p: self._access.unlock(user, password)  # noqa: E731
        elif self.local.isChecked():
            repeated = self.repeat.text()
            work = lambda _p: self._access.create_local_account(user, password, repeated)  # noqa: E731
        else:
            url, device = self.server.text().strip(), self._device_id
            work = lambda _p: self._access.first_sign_in(url, user, password, device_id=device)  # noqa: E731
        self._busy(True, self._working_text())
        run_task(work, on_done=self._done, on_error=self._failed)

    def _working_text(self) -> str:
        if self.first and self.state is StoreState.PLAIN:
            return self.tr("Signing in and encrypting the case file… this can take a minute.")
        return self.tr("Checking the password…")

    def _done(self, result: Unlocked) -> None:
        self.password.clear()
        self.repeat.clear()
        self._busy(False, "")
        self.result_value = result
        self.unlocked.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.password.clear()
        self._last_error = "" if isinstance(exc, TooSoon) else password_error_text(exc)
        self._busy(False, password_error_text(exc))
        self.password.setFocus()
        self._tick()

    def _busy(self, busy: bool, text: str) -> None:
        self._busy_now = busy
        self.message.setText(text)
        for widget in (self.server, self.username, self.password, self.repeat, self.local):
            widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _tick(self) -> None:
        """Show the wait after wrong passwords and keep the button off until it is over."""
        if self.first or self._busy_now:
            return
        left = self._access.seconds_left()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(left <= 0)
        if left > 0:
            self.message.setText("\n".join(t for t in (self._last_error, wait_text(left)) if t))
            if not self._countdown.isActive():
                self._countdown.start()
        elif self._countdown.isActive():
            self._countdown.stop()
            self.message.clear()

    # --- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in to Puente"))
        if not self.first:
            intro = self.tr(
                "The case file on this laptop is encrypted. Sign in with your Puente "
                "password to open it; no connection is needed."
            )
        elif self.state is StoreState.PLAIN:
            intro = self.tr(
                "Puente now encrypts the case file on this laptop. Sign in once with the "
                "server to choose the key; the existing records are then encrypted."
            )
        else:
            intro = self.tr(
                "Welcome. The case file on this laptop will be encrypted with a key that "
                "only your password opens. The first sign-in on this laptop needs the "
                "server; later you can sign in without a connection."
            )
        self.intro.setText(intro)
        for label, text in zip(
            self._labels,
            (
                self.tr("Server address:"),
                self.tr("Username:"),
                self.tr("Password:"),
                self.tr("Repeat the password:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.local.setText(
            self.tr("My mission has no server yet: make a local account on this laptop")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))


class ChangePasswordDialog(QDialog):
    """Changes the password that opens the case file on this laptop (re-wraps the key)."""

    def __init__(self, access: StoreAccess, username: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("change_password_dialog")
        self._access = access
        self._username = username
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.old = QLineEdit(self)
        self.new = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for name, field in (("old_password", self.old), ("new_password", self.new)):
            field.setObjectName(name)
        self.repeat.setObjectName("repeat_password")
        for field in (self.old, self.new, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("change_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self._labels, (self.old, self.new, self.repeat), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)
        self.retranslate()

    def submit(self) -> None:
        old, new, repeated = self.old.text(), self.new.text(), self.repeat.text()
        user = self._username
        self._busy(True, self.tr("Checking the password…"))
        run_task(
            lambda _p: self._access.change_password(user, old, new, repeated),
            on_done=lambda _r: self._done(),
            on_error=self._failed,
        )

    def _done(self) -> None:
        for field in (self.old, self.new, self.repeat):
            field.clear()
        self._busy(False, "")
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.old.clear()
        self._busy(False, password_error_text(exc))

    def _busy(self, busy: bool, text: str) -> None:
        self.message.setText(text)
        for widget in (self.old, self.new, self.repeat):
            widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the password of this laptop"))
        self.intro.setText(
            self.tr(
                "This password opens the case file on this laptop. The records are not "
                "encrypted again; only the key is. A server account keeps the server's "
                "password: the next online sign-in uses it again."
            )
        )
        for label, text in zip(
            self._labels,
            (
                self.tr("Current password:"),
                self.tr("New password:"),
                self.tr("Repeat the new password:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
