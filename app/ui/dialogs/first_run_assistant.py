"""The first-run assistant: language, then the central server, a local account or the demo.

On a new laptop it ends with the case file keyed (an `Unlocked`, as the sign-in dialog
gives) or with the choice of the demo. Run again from Settings, it changes the language
and offers to sign in to the server or to open the demo; it never touches the case file.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.security.access import StoreAccess, Unlocked
from app.ui.dialogs.unlock_dialog import password_error_text
from app.ui.i18n import LANGUAGE_NAMES, LanguageSwitcher
from app.ui.tasks import run_task

SERVER, LOCAL, DEMO = "server", "local", "demo"
ConnectionTest = Callable[[str], Any]  # raises when the server does not answer


class _Page(QWizardPage):
    """A page that says its texts again when the language changes (the first page
    changes it while the assistant is open)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - every page has its own
        raise NotImplementedError


class LanguagePage(_Page):
    def __init__(self, switcher: LanguageSwitcher) -> None:
        super().__init__()
        self._switcher = switcher
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.buttons: dict[str, QRadioButton] = {}
        for code, name in LANGUAGE_NAMES.items():
            button = QRadioButton(name, self)
            button.setObjectName(f"language_{code}")
            button.setChecked(code == switcher.language)
            button.toggled.connect(lambda on, c=code: on and self._switcher.apply(c, remember=True))
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[code] = button
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Language"))
        self.note.setText(
            self.tr(
                "Puente speaks Spanish, English and French. You can change it later in Settings."
            )
        )


class ModePage(_Page):
    def __init__(self, *, rerun: bool) -> None:
        super().__init__()
        self.rerun = rerun
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.server = QRadioButton(self)
        self.server.setObjectName("mode_server")
        self.local = QRadioButton(self)
        self.local.setObjectName("mode_local")
        self.demo = QRadioButton(self)
        self.demo.setObjectName("mode_demo")
        self.server.setChecked(True)
        self.hints = [QLabel(self) for _ in range(3)]
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        for button, hint in zip((self.server, self.local, self.demo), self.hints, strict=True):
            hint.setWordWrap(True)
            hint.setIndent(24)
            hint.setStyleSheet("color: palette(placeholder-text);")
            layout.addWidget(button)
            layout.addWidget(hint)
        layout.addStretch(1)
        self.local.setVisible(not rerun)  # the case file exists already
        self.hints[1].setVisible(not rerun)
        self.retranslate()

    def mode(self) -> str:
        return SERVER if self.server.isChecked() else LOCAL if self.local.isChecked() else DEMO

    def nextId(self) -> int:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunAssistant)
        return wizard.page_after_mode(self.mode())

    def retranslate(self) -> None:
        self.setTitle(self.tr("How will you work?"))
        self.note.setText(self.tr("Workers' records stay encrypted on this laptop in every case."))
        self.server.setText(self.tr("Connect to the central server"))
        self.hints[0].setText(
            self.tr(
                "Sign in once with the server; after that you can sign in and work without "
                "a connection, and changes are exchanged when the server can be reached."
            )
        )
        self.local.setText(self.tr("Work offline on this laptop"))
        self.hints[1].setText(
            self.tr(
                "For a mission with no server yet: make a local account with a password of "
                "your choice. You can connect to a server later from the File menu."
            )
        )
        self.demo.setText(self.tr("Open the demo"))
        self.hints[2].setText(
            self.tr("Synthetic workers to try Puente; kept apart and never sent to a server.")
        )


class AccountPage(_Page):
    """Server address (with a connection test) and sign-in, or a new local account."""

    def __init__(self, *, local: bool, test_connection: ConnectionTest, server_url: str) -> None:
        super().__init__()
        self.local = local
        self._test = test_connection
        self.server = QLineEdit(self)
        self.server.setObjectName("server_url")
        self.server.setText(server_url or "https://")
        self.test_button = QPushButton(self)
        self.test_button.setObjectName("test_connection")
        self.test_button.clicked.connect(self.test_server)
        self.test_result = QLabel(self)
        self.test_result.setObjectName("test_result")
        self.test_result.setWordWrap(True)
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeat_password")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("account_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.labels = [QLabel(self) for _ in range(4)]
        server_row = QHBoxLayout()
        server_row.addWidget(self.server, 1)
        server_row.addWidget(self.test_button)
        form = QFormLayout()
        form.addRow(self.labels[0], server_row)
        form.addRow("", self.test_result)
        form.addRow(self.labels[1], self.username)
        form.addRow(self.labels[2], self.password)
        form.addRow(self.labels[3], self.repeat)
        form.setRowVisible(0, not local)
        form.setRowVisible(1, not local)
        form.setRowVisible(4, local)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        for field in (self.server, self.username, self.password, self.repeat):
            field.textChanged.connect(self.completeChanged)
        self.retranslate()

    def nextId(self) -> int:
        return -1  # the last page: Finish makes the account

    def isComplete(self) -> bool:
        filled = bool(self.username.text().strip() and self.password.text())
        if self.local:
            return filled and bool(self.repeat.text())
        return filled and self.server.text().strip() not in ("", "https://", "http://")

    def test_server(self) -> None:
        url = self.server.text().strip()
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Testing…"))

        def answered(_kind: Any) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText(self.tr("The server answered. You can sign in."))

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText(password_error_text(exc))

        run_task(lambda _p: self._test(url), on_done=answered, on_error=failed)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Make a local account") if self.local else self.tr("Sign in"))
        for label, text in zip(
            self.labels,
            (
                self.tr("Server address:"),
                self.tr("Username:"),
                self.tr("Password:"),
                self.tr("Repeat the password:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.test_button.setText(self.tr("Test the connection"))


class DemoPage(_Page):
    """What the demo is, before it opens."""

    def __init__(self) -> None:
        super().__init__()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.retranslate()

    def nextId(self) -> int:
        return -1

    def retranslate(self) -> None:
        self.setTitle(self.tr("The demo"))
        self.note.setText(
            self.tr(
                "Puente opens a separate case file with synthetic workers, marked DEMO. "
                "Nothing in it is real and nothing is sent to a server. To work with real "
                "records later, start Puente again and choose the server or a local account."
            )
        )


class FirstRunAssistant(QWizard):
    """Language, then how to work; `choice` says what was chosen, `unlocked` the key."""

    LANGUAGE, MODE, SERVER_PAGE, LOCAL_PAGE, DEMO_PAGE = range(5)

    def __init__(
        self,
        switcher: LanguageSwitcher,
        *,
        access: StoreAccess | None,
        device_id: uuid.UUID | None,
        test_connection: ConnectionTest,
        server_url: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_assistant")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self._access = access
        self._device_id = device_id
        self.rerun = access is None
        self.choice = ""
        self.unlocked: Unlocked | None = None
        self._busy = False
        self.language_page = LanguagePage(switcher)
        self.mode_page = ModePage(rerun=self.rerun)
        self.server_page = AccountPage(
            local=False, test_connection=test_connection, server_url=server_url
        )
        self.local_page = AccountPage(
            local=True, test_connection=test_connection, server_url=server_url
        )
        self.setPage(self.LANGUAGE, self.language_page)
        self.setPage(self.MODE, self.mode_page)
        self.setPage(self.SERVER_PAGE, self.server_page)
        self.setPage(self.LOCAL_PAGE, self.local_page)
        self.demo_page = DemoPage()
        self.setPage(self.DEMO_PAGE, self.demo_page)
        self.setMinimumSize(620, 440)
        self.retranslate()

    def page_after_mode(self, mode: str) -> int:
        if self.rerun:
            return -1  # nothing more to ask: Finish (sign-in or demo follow)
        return {SERVER: self.SERVER_PAGE, LOCAL: self.LOCAL_PAGE}.get(mode, self.DEMO_PAGE)

    def accept(self) -> None:
        """Finish: on a new laptop the account is made (in the background) before closing."""
        mode = self.mode_page.mode()
        self.choice = mode
        if self.rerun or mode == DEMO:
            super().accept()
            return
        if self._busy:
            return
        page = self.server_page if mode == SERVER else self.local_page
        access, device = self._access, self._device_id
        assert access is not None and device is not None
        user, password = page.username.text().strip(), page.password.text()
        if mode == SERVER:
            url = page.server.text().strip()
            work: Any = lambda _p: access.first_sign_in(url, user, password, device_id=device)  # noqa: E731
        else:
            repeated = page.repeat.text()
            work = lambda _p: access.create_local_account(user, password, repeated)  # noqa: E731
        self._busy = True
        page.message.setText(self.tr("Preparing the encrypted case file…"))
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)

        def done(result: Unlocked) -> None:
            self._busy = False
            page.password.clear()
            page.repeat.clear()
            self.unlocked = result
            QWizard.accept(self)

        def failed(exc: BaseException) -> None:
            self._busy = False
            page.password.clear()
            page.message.setText(password_error_text(exc))
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

        run_task(work, on_done=done, on_error=failed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Puente"))
