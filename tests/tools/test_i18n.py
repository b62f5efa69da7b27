"""tools/i18n.py on a tiny project: update fills from catalogues, build, and every check."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "i18n.py"

SOURCE = """
from PySide6.QtCore import QCoreApplication, QObject
from app.i18n_marks import QT_TRANSLATE_NOOP

SAVED = QT_TRANSLATE_NOOP("Services", "Saved {name} ({code}).")


class Window(QObject):
    def labels(self, n: int) -> list[str]:
        return [
            self.tr("Open"),
            self.tr("%n worker(s)", "", n),
            QCoreApplication.translate("Dialog", "Hello {who}"),
        ]
"""

CATALOGUE = {
    "Services": {
        "Saved {name} ({code}).": {"es": "Guardado {name} ({code}).", "fr": "{name} ({code})."}
    },
    "Window": {
        "Open": {"es": "Abrir", "fr": "Ouvrir"},
        "%n worker(s)": {
            "es": ["%n trabajador", "%n trabajadores"],
            "fr": ["%n travailleur", "%n travailleurs"],
            "en": ["%n worker", "%n workers"],
        },
    },
}
DIALOG = {"Dialog": {"Hello {who}": {"es": "Hola {who}", "fr": "Bonjour {who}"}}}


def tool(root: Path, command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), command, "--root", str(root)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def write_catalogue(root: Path, name: str, data: object) -> None:
    path = root / "translations" / "catalog" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "window.py").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "server").mkdir()
    (tmp_path / "server" / "empty.py").write_text("", encoding="utf-8")
    write_catalogue(tmp_path, "ui.json", CATALOGUE)
    write_catalogue(tmp_path, "dialogs.json", DIALOG)
    return tmp_path


@pytest.fixture(scope="module")
def built_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("built")
    (root / "app").mkdir()
    (root / "app" / "window.py").write_text(SOURCE, encoding="utf-8")
    write_catalogue(root, "ui.json", CATALOGUE)
    write_catalogue(root, "dialogs.json", DIALOG)
    ready(root)
    return root


@pytest.fixture
def built(built_once: Path, tmp_path: Path) -> Path:
    """The tiny project after update and build (a copy of one made once per module)."""
    import shutil

    return Path(shutil.copytree(built_once, tmp_path / "project"))


def ready(root: Path) -> None:
    for command in ("update", "build"):
        done = tool(root, command)
        assert done.returncode == 0, done.stdout + done.stderr


def ts(root: Path, lang: str) -> str:
    return (root / "translations" / f"puente_{lang}.ts").read_text(encoding="utf-8")


def test_update_build_check_on_a_complete_built(built: Path) -> None:
    es, fr, en = ts(built, "es"), ts(built, "fr"), ts(built, "en")
    assert "<translation>Hola {who}</translation>" in es
    assert "<numerusform>%n travailleurs</numerusform>" in fr
    assert "<translation>Open</translation>" in en  # English: the source itself
    assert "<numerusform>%n worker</numerusform>" in en
    assert 'type="unfinished"' not in es + fr + en
    for lang in ("es", "fr", "en"):
        assert (built / "translations" / f"puente_{lang}.qm").stat().st_size > 0
    done = tool(built, "check")
    assert done.returncode == 0, done.stderr
    assert "4 messages" in done.stdout


def test_qm_files_translate_through_qt(built: Path) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(built / "translations" / "puente_fr.qm"))
    assert translator.translate("Dialog", "Hello {who}") == "Bonjour {who}"
    assert translator.translate("Window", "%n worker(s)", "", 2) == "%n travailleurs"
    assert translator.translate("Window", "%n worker(s)", "", 1) == "%n travailleur"


def test_update_keeps_translations_and_is_repeatable(built: Path) -> None:
    first = ts(built, "es")
    (built / "translations" / "catalog" / "dialogs.json").unlink()
    again = tool(built, "update")
    assert again.returncode == 0
    assert ts(built, "es") == first  # kept, although the catalogue is gone


def test_check_lists_a_message_without_translation(project: Path) -> None:
    write_catalogue(project, "dialogs.json", {"Dialog": {"Hello {who}": {"es": "Hola {who}"}}})
    ready(project)
    assert "without a fr translation" in tool(project, "update").stdout
    done = tool(project, "check")
    assert done.returncode == 1
    assert "puente_fr.ts: Dialog / 'Hello {who}': unfinished" in done.stderr
    assert "puente_es.ts: Dialog" not in done.stderr


def test_check_finds_placeholders_that_differ(project: Path) -> None:
    write_catalogue(
        project,
        "dialogs.json",
        {"Dialog": {"Hello {who}": {"es": "Hola {quien}", "fr": "Bonjour"}}},
    )
    ready(project)
    done = tool(project, "check")
    assert done.returncode == 1
    assert "puente_es.ts: Dialog / 'Hello {who}': placeholders ['{quien}']" in done.stderr
    assert "puente_fr.ts: Dialog / 'Hello {who}': placeholders []" in done.stderr


def test_check_finds_a_plural_form_without_n(project: Path) -> None:
    bad = json.loads(json.dumps(CATALOGUE))
    bad["Window"]["%n worker(s)"]["es"] = ["un trabajador", "%n trabajadores"]
    write_catalogue(project, "ui.json", bad)
    ready(project)
    done = tool(project, "check")
    assert done.returncode == 1 and "'un trabajador'" in done.stderr


def test_check_finds_strings_missing_from_the_ts_files(built: Path) -> None:
    source = built / "app" / "window.py"
    source.write_text(source.read_text() + '\nNEW = QT_TRANSLATE_NOOP("Services", "Archived.")\n')
    done = tool(built, "check")
    assert done.returncode == 1
    assert "puente_es.ts: missing Services / 'Archived.'" in done.stderr


def test_check_finds_strings_that_left_the_code(built: Path) -> None:
    source = built / "app" / "window.py"
    source.write_text(source.read_text().replace('self.tr("Open"),', ""))
    done = tool(built, "check")
    assert done.returncode == 1
    assert "Window / 'Open' is no longer in the code" in done.stderr
    tool(built, "update")  # lupdate -no-obsolete drops it: nothing left marked
    assert "<source>Open</source>" not in ts(built, "es")


def test_check_finds_obsolete_marks(built: Path) -> None:
    path = built / "translations" / "puente_es.ts"
    path.write_text(
        ts(built, "es").replace("<translation>Abrir", '<translation type="vanished">Abrir')
    )
    done = tool(built, "check")
    assert done.returncode == 1
    assert "puente_es.ts: Window / 'Open': left marked vanished" in done.stderr


def test_check_finds_qm_files_out_of_date(built: Path) -> None:
    path = built / "translations" / "puente_es.ts"
    path.write_text(ts(built, "es").replace("Abrir", "Abre"))
    done = tool(built, "check")
    assert done.returncode == 1
    assert "translations/puente_es.qm is out of date" in done.stderr
    (built / "translations" / "puente_fr.qm").unlink()
    assert "translations/puente_fr.qm is missing" in tool(built, "check").stderr


def test_check_fails_without_ts_files(project: Path) -> None:
    done = tool(project, "check")
    assert done.returncode == 1 and "puente_es.ts is missing" in done.stderr


def test_conflicting_catalogues_are_reported(project: Path) -> None:
    write_catalogue(project, "zz.json", {"Window": {"Open": {"es": "Abra", "fr": "Ouvrir"}}})
    ready(project)
    done = tool(project, "check")
    assert done.returncode == 1
    assert "zz.json: Window / 'Open' translated differently in ui.json" in done.stderr
