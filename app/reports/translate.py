"""Translators for reports outside the GUI: Qt .qm catalogues through QtCore, no widgets."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from app.i18n_marks import Translate, identity_tr

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "translations"
"""Where `puente_<lang>.qm` (built) and `catalog/*.json` (sources) live."""

log = logging.getLogger(__name__)


def load_translator(language: str, directory: Path | None = None) -> Translate:
    """A `tr(context, text)` for `language` from `puente_<language>.qm`.

    Uses `PySide6.QtCore.QTranslator` (no QApplication needed). When the .qm file does not
    exist or cannot be loaded, or a string is missing from it, the English source text is
    returned, so a report is always complete, if untranslated.
    """
    path = (directory or TRANSLATIONS_DIR) / f"puente_{language}.qm"
    if not path.is_file():
        log.info("no catalogue %s: reports fall back to English", path.name)
        return identity_tr
    from PySide6.QtCore import QTranslator  # QtCore only: reports stay widget-free

    translator = QTranslator()
    if not translator.load(str(path)):
        log.warning("catalogue %s could not be loaded: reports fall back to English", path.name)
        return identity_tr

    def tr(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return tr  # the closure keeps the QTranslator alive as long as tr


def catalog_translator(language: str, *paths: Path) -> Translate:
    """A `tr` from JSON catalogues (`{"Context": {"source": {"es": ..., "fr": ...}}}`).

    For tests and previews before the .qm files are built; missing strings stay English.
    """
    table: dict[tuple[str, str], str] = {}
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        for context, entries in data.items():
            for source, translations in entries.items():
                if translations.get(language):
                    table[(context, source)] = translations[language]

    def tr(context: str, text: str) -> str:
        return table.get((context, text), text)

    return tr
