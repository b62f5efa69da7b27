"""The UI language: swaps Qt translators and the default locale at once, and remembers it."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QObject,
    QTime,
    QTimeZone,
    QTranslator,
    Signal,
)

log = logging.getLogger(__name__)

# The locale each UI language formats dates and numbers in.
LOCALES: dict[str, tuple[QLocale.Language, QLocale.Country]] = {
    "en": (QLocale.Language.English, QLocale.Country.Canada),
    "es": (QLocale.Language.Spanish, QLocale.Country.Mexico),
    "fr": (QLocale.Language.French, QLocale.Country.Canada),
}
# Each language names itself in the menu (endonyms are never translated).
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français"}


def translations_dir() -> Path:
    """Where puente_<lang>.qm live: $PUENTE_TRANSLATIONS, else the source tree's translations/."""
    override = os.environ.get("PUENTE_TRANSLATIONS")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "translations"


def qt_tr(context: str, text: str) -> str:
    """A `tr(context, text)` callable for services and reports (Message.render)."""
    return QCoreApplication.translate(context, text)


def tr_count(context: str, text: str, n: int) -> str:
    """A translated text with a `%n` plural form for the count `n`."""
    return QCoreApplication.translate(context, text, None, n)


def locale() -> QLocale:
    """The locale the UI formats with (follows the chosen language)."""
    return QLocale()


def format_date(value: object) -> str:
    """A date as the chosen locale writes it (short form, four-digit year)."""
    if value is None:
        return ""
    qdate = value if isinstance(value, QDate) else QDate(value)  # type: ignore[call-overload]
    return QLocale().toString(qdate, date_format())


def format_datetime(value: object) -> str:
    """A UTC timestamp in local time, as the chosen locale writes it."""
    if value is None:
        return ""
    return QLocale().toString(to_qdatetime(value).toLocalTime(), date_format() + " HH:mm")


def to_qdatetime(value: object) -> QDateTime:
    """A Python datetime (UTC when it has no zone, as the store keeps them) as a QDateTime."""
    import datetime as dt

    if isinstance(value, QDateTime):
        return value
    if not isinstance(value, dt.datetime):
        raise TypeError(f"not a datetime: {value!r}")
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC)
    return QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second, value.microsecond // 1000),
        QTimeZone.utc(),
    )


def date_format() -> str:
    """The locale's short date format with a four-digit year (dates of birth need it)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


class LanguageSwitcher(QObject):
    """Installs the translators of one language; Qt then tells every widget to retranslate."""

    language_changed = Signal(str)

    def __init__(
        self,
        *,
        folder: Path | None = None,
        remember: Callable[[str], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder or translations_dir()
        self._remember = remember
        self._installed: list[QTranslator] = []
        self.language = ""

    def apply(self, language: str, *, remember: bool = False) -> None:
        """Switch every visible window to `language` now (and save it when `remember`)."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication first")
        for old in self._installed:
            app.removeTranslator(old)
        self._installed = []
        lang, country = LOCALES.get(language, LOCALES["en"])
        QLocale.setDefault(QLocale(lang, country))
        for translator in self._load(language):
            app.installTranslator(translator)
            self._installed.append(translator)
        self.language = language
        if remember and self._remember is not None:
            self._remember(language)
        self.language_changed.emit(language)

    def has_catalogue(self, language: str) -> bool:
        """Whether the app's own translation file for `language` exists."""
        return (self._folder / f"puente_{language}.qm").is_file()

    def _load(self, language: str) -> list[QTranslator]:
        found: list[QTranslator] = []
        if language == "en":
            return found
        candidates = (
            (f"puente_{language}.qm", str(self._folder)),
            (
                f"qtbase_{language}.qm",
                QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            ),
        )
        for name, folder in candidates:
            translator = QTranslator(self)
            if translator.load(name, folder):
                found.append(translator)
            else:
                log.info("no translation file %s in %s", name, folder)
        return found
