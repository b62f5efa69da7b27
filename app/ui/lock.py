"""The idle lock: after some minutes without input every window is covered until the password.

Nothing is closed or hidden: each visible window gets an opaque cover on top, titles are
replaced, and every key, click and shortcut is swallowed except those for the password
panel. Unlocking removes the covers, so the same screens come back with their unsaved
input (an open editor keeps its text) and the focus where it was. The password is checked
by unwrapping the store key (off the GUI thread), with the same growing waits as sign-in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.security.throttle import TooSoon
from app.ui.dialogs.unlock_dialog import password_error_text, wait_text
from app.ui.tasks import run_task

CONTEXT = "IdleLock"
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.DragEnter,
        QEvent.Type.Drop,
    }
)

Verify = Callable[[str], object]  # raises WrongPassword, TooSoon… when the password is wrong


class Cover(QFrame):
    """An opaque sheet over one window; the one over the active window holds the panel."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lock_cover")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lock_cover { background: #22303c; } QLabel { color: white; }")
        self.note = QLabel(self)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.note)
        self.layout_.addStretch(1)
        self.note.setText(
            QCoreApplication.translate(
                "IdleLock", "Puente is locked. Unlock it in the Puente window."
            )
        )
        self.fit()

    def fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()


class LockPanel(QFrame):
    """The password form on the cover of the window that has the focus."""

    def __init__(self, cover: Cover, person: str) -> None:
        super().__init__(cover)
        self.setObjectName("lock_panel")
        self.setFixedWidth(440)
        self.setStyleSheet("#lock_panel { background: white; border-radius: 6px; }")
        self.title = QLabel(self)
        self.title.setObjectName("lock_title")
        self.title.setStyleSheet("color: black; font-weight: bold;")
        self.title.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("lock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.button = QPushButton(self)
        self.button.setObjectName("unlock_button")
        self.message = QLabel(self)
        self.message.setObjectName("lock_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.password)
        layout.addWidget(self.button)
        layout.addWidget(self.message)
        self.title.setText(
            QCoreApplication.translate(
                "IdleLock",
                "Puente was locked after a time without use. {name}, type your password to go on.",
            ).format(name=person)
        )
        self.title.setMinimumHeight(self.title.heightForWidth(440 - 36))  # wrapped, uncut
        self.password.setPlaceholderText(QCoreApplication.translate("IdleLock", "Password"))
        self.button.setText(QCoreApplication.translate("IdleLock", "Unlock"))
        cover.note.hide()
        cover.layout_.insertWidget(2, self, 0, Qt.AlignmentFlag.AlignCenter)


class IdleLock(QObject):
    """Locks every window after `minutes` without input; `verify(password)` unlocks."""

    locked_changed = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        *,
        verify: Verify,
        seconds_left: Callable[[], float],
        person: str,
        minutes: float,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or window)
        self.window = window
        self._verify = verify
        self._seconds_left = seconds_left
        self._person = person
        self.covers: dict[QWidget, Cover] = {}
        self.panel: LockPanel | None = None
        self._titles: dict[QWidget, str] = {}
        self._focus: QWidget | None = None
        self._checking = False
        self._last_error = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.set_minutes(minutes)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return bool(self.covers)

    def set_minutes(self, minutes: float) -> None:
        """Lock after `minutes` without input from now on."""
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        if not self.locked:
            self.timer.start()

    # --- locking ------------------------------------------------------------------------

    def lock(self) -> None:
        """Cover every visible window now (does nothing when already locked)."""
        if self.locked:
            return
        self.timer.stop()
        self._focus = QApplication.focusWidget()
        host = QApplication.activeModalWidget() or self.window
        for window in QApplication.topLevelWidgets():
            if (window.isVisible() and _is_screen(window)) or window is self.window:
                self._cover(window)
        cover = self.covers.get(host) or self._cover(host)
        self.panel = LockPanel(cover, self._person)
        self.panel.button.clicked.connect(self.submit)
        self.panel.password.returnPressed.connect(self.submit)
        self.panel.show()
        self.panel.password.setFocus()
        self._tick()
        self.locked_changed.emit(True)

    def _cover(self, window: QWidget) -> Cover:
        cover = Cover(window)
        cover.show()
        self.covers[window] = cover
        self._titles[window] = window.windowTitle()
        window.setWindowTitle("Puente – " + QCoreApplication.translate("IdleLock", "locked"))
        return cover

    def unlock(self) -> None:
        """Take the covers away: the windows are as they were, focus included."""
        for window, cover in self.covers.items():
            cover.hide()
            cover.deleteLater()
            window.setWindowTitle(self._titles.get(window, window.windowTitle()))
        self.covers.clear()
        self._titles.clear()
        self.panel = None
        self._last_error = ""
        self._countdown.stop()
        if self._focus is not None:
            self._focus.activateWindow()
            self._focus.setFocus()
        self.timer.start()
        self.locked_changed.emit(False)

    # --- the password -------------------------------------------------------------------

    def submit(self) -> None:
        panel = self.panel
        if panel is None or self._checking or not panel.password.text():
            return
        password = panel.password.text()
        panel.password.clear()
        self._checking = True
        panel.button.setEnabled(False)
        panel.message.setText(QCoreApplication.translate("IdleLock", "Checking the password…"))
        run_task(lambda _p: self._verify(password), on_done=self._right, on_error=self._wrong)

    def _right(self, _result: object) -> None:
        self._checking = False
        self.unlock()

    def _wrong(self, exc: BaseException) -> None:
        self._checking = False
        if self.panel is None:
            return
        self.panel.button.setEnabled(True)
        self._last_error = "" if isinstance(exc, TooSoon) else password_error_text(exc)
        self.panel.message.setText(password_error_text(exc))
        self.panel.password.setFocus()
        if isinstance(exc, TooSoon) or self._seconds_left() > 0:
            self._tick()

    def _tick(self) -> None:
        if self.panel is None:
            self._countdown.stop()
            return
        left = self._seconds_left()
        self.panel.button.setEnabled(left <= 0 and not self._checking)
        if left > 0:
            texts = (self._last_error, wait_text(left))
            self.panel.message.setText("\n".join(t for t in texts if t))
            self._countdown.start()
        elif self._countdown.isActive():
            self._countdown.stop()
            self.panel.message.clear()

    # --- input --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.covers:
            if kind in INPUT_EVENTS:
                self.timer.start()  # any input restarts the idle time
            return False
        if kind == QEvent.Type.Shortcut:
            return True  # no menu shortcut works while locked
        if isinstance(watched, QWidget):
            if kind == QEvent.Type.Resize and watched in self.covers:
                self.covers[watched].fit()
            elif kind == QEvent.Type.Show and _is_screen(watched) and watched not in self.covers:
                self._cover(watched)  # a window that opens while locked is covered too
            elif kind in INPUT_EVENTS and kind != QEvent.Type.MouseMove:
                return not self._in_panel(watched)
        return False

    def _in_panel(self, widget: QWidget) -> bool:
        panel = self.panel
        return panel is not None and (widget is panel or panel.isAncestorOf(widget))

    def stop(self) -> None:
        """Stop watching (the app is closing)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def _is_screen(widget: QWidget) -> bool:
    """A window people read (main window, dialog, editor): not a menu, tooltip or popup."""
    return widget.isWindow() and widget.windowType() in (
        Qt.WindowType.Window,
        Qt.WindowType.Dialog,
    )


def add_lock_actions(
    lock: IdleLock,
    *,
    file_menu: QMenu,
    settings_menu: QMenu,
    save_minutes: Callable[[int], None],
    minutes: Callable[[], int],
    change_password: Callable[[], None] | None = None,
) -> list[QAction]:
    """'Lock now' (Ctrl+L) in File; 'Lock after…' (and 'Change my password…') in Settings."""
    parent = lock.window
    lock_now = QAction(parent)
    lock_now.setObjectName("lock_now")
    lock_now.setShortcut(QKeySequence("Ctrl+L"))
    lock_now.triggered.connect(lock.lock)
    lock_after = QAction(parent)
    lock_after.setObjectName("lock_after")

    def ask() -> None:
        value, ok = QInputDialog.getInt(
            parent,
            QCoreApplication.translate("IdleLock", "Idle lock"),
            QCoreApplication.translate(
                "IdleLock", "Lock Puente after this many minutes without use:"
            ),
            minutes(),
            1,
            240,
        )
        if ok:
            save_minutes(value)
            lock.set_minutes(value)

    lock_after.triggered.connect(ask)
    existing = file_menu.actions()
    if existing:  # just above Quit
        file_menu.insertAction(existing[-1], lock_now)
    else:
        file_menu.addAction(lock_now)
    settings_menu.addAction(lock_after)
    actions = [lock_now, lock_after]
    if change_password is not None:
        change = QAction(parent)
        change.setObjectName("change_password")
        change.triggered.connect(change_password)
        settings_menu.addAction(change)
        actions.append(change)

    def retranslate() -> None:
        lock_now.setText(QCoreApplication.translate("IdleLock", "&Lock now"))
        lock_after.setText(QCoreApplication.translate("IdleLock", "Lock after idle time…"))
        if len(actions) > 2:
            actions[2].setText(QCoreApplication.translate("IdleLock", "Change my password…"))

    retranslate()
    _on_language_change(parent, retranslate)
    return actions


class UnencryptedNotice(QLabel):
    """The status-bar mark of the demo store: synthetic data kept without encryption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unencrypted_notice")
        self.setStyleSheet("color: #8a4b00; padding: 0 6px;")
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("IdleLock", "Not encrypted"))
        self.setToolTip(
            QCoreApplication.translate(
                "IdleLock",
                "The demo case file holds synthetic data and is stored without encryption. "
                "Real case files are always encrypted.",
            )
        )


class _LanguageWatch(QObject):
    def __init__(self, parent: QObject, callback: Callable[[], None]) -> None:
        super().__init__(parent)
        self._callback = callback
        parent.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._callback()
        return False


def _on_language_change(widget: QWidget, callback: Callable[[], None]) -> None:
    _LanguageWatch(widget, callback)
