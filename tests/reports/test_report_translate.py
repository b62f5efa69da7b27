"""Translators for reports: .qm through QtCore with English fallback, and JSON catalogues."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from app.i18n_marks import identity_tr
from app.reports.translate import catalog_translator, load_translator

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>IntakeForm</name>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
</context>
</TS>
"""


def test_missing_qm_falls_back_to_english(tmp_path: Path) -> None:
    tr = load_translator("fr", directory=tmp_path)
    assert tr is identity_tr
    assert tr("IntakeForm", "Identity") == "Identity"


def test_unreadable_qm_falls_back_to_english(tmp_path: Path) -> None:
    (tmp_path / "puente_es.qm").write_bytes(b"not a qm file")
    assert load_translator("es", directory=tmp_path)("IntakeForm", "Identity") == "Identity"


def test_qm_is_used_through_qtcore_only(tmp_path: Path, tool: Callable[[str, str], str]) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        lrelease = Path(tool("pyside6-lrelease", "PySide6-Essentials (pip)"))
    (tmp_path / "puente_es.ts").write_text(TS, encoding="utf-8")
    subprocess.run(
        [str(lrelease), str(tmp_path / "puente_es.ts"), "-qm", str(tmp_path / "puente_es.qm")],
        check=True,
        capture_output=True,
    )
    code = (
        "import sys; from pathlib import Path; from app.reports.translate import load_translator;"
        f"tr = load_translator('es', directory=Path({str(tmp_path)!r}));"
        "print(tr('IntakeForm', 'Identity'));"
        "print(tr('IntakeForm', 'Page {page} of {pages}'));"
        "print(tr('IntakeForm', 'Not in the catalogue'));"
        "print(tr('OtherContext', 'Identity'));"
        "print(any(m.startswith('PySide6.QtWidgets') for m in sys.modules))"
    )
    lines = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[2],
    ).stdout.splitlines()
    assert lines == [
        "Identidad",
        "Página {page} de {pages}",
        "Not in the catalogue",
        "Identity",
        "False",
    ]


def test_catalog_translator(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text(
        json.dumps({"Ctx": {"Yes": {"es": "Sí", "fr": "Oui"}, "No": {"es": "No", "fr": ""}}}),
        encoding="utf-8",
    )
    es, fr = catalog_translator("es", path), catalog_translator("fr", path)
    assert (es("Ctx", "Yes"), fr("Ctx", "Yes")) == ("Sí", "Oui")
    assert fr("Ctx", "No") == "No"  # empty translation: the source text
    assert es("Other", "Yes") == "Yes"
