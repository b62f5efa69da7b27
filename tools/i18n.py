"""Translations: extract strings (lupdate), fill them from JSON catalogues, build and check .qm.

    python tools/i18n.py update   # lupdate app/ and server/ -> translations/puente_{es,fr,en}.ts,
                                  # then fill es/fr from translations/catalog/*.json
    python tools/i18n.py build    # lrelease -> translations/puente_{es,fr,en}.qm (committed)
    python tools/i18n.py check    # fail, listing each problem, if anything is not right

A catalogue is `{"Context": {"English source": {"es": "...", "fr": "..."}}}`; for a plural
message (`%n` in the source) a value may be a list of plural forms (Spanish and French have
two: singular, plural) or one string used for every form. `en` may be given too (e.g. the
English singular and plural of a `%n` message); otherwise English is the source text.

The .qm files are committed (a clean clone shows Spanish with no build step); `check`
rebuilds them in a temporary folder and fails if the committed ones differ.
Only the standard library and the Qt Linguist tools of PySide6-Essentials are used.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIRS = ("app", "server")
TRANSLATED = ("es", "fr")  # filled from the catalogues; must be complete
LANGUAGES = (*TRANSLATED, "en")  # en: the source text itself (or the catalogue's "en")
TS_NAME = "puente_{lang}.ts"
QM_NAME = "puente_{lang}.qm"
LUPDATE_OPTIONS = ("-extensions", "py", "-recursive", "-locations", "none", "-no-obsolete")
LRELEASE_OPTIONS = ("-nounfinished", "-silent")

_NAMED = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)(?:[!:][^{}]*)?\}(?!\})")
_PERCENT = re.compile(r"%L?(n|\d{1,2})")


# --- the Qt tools ------------------------------------------------------------------------


def qt_tool(name: str) -> str:
    """Path of pyside6-<name>: next to this Python first (the venv), then on PATH."""
    for candidate in (Path(sys.executable).parent / f"pyside6-{name}",):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials in this Python")
    return found


def run(args: list[str], *, cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result


def source_files(root: Path) -> list[str]:
    """The Python files lupdate reads (relative to root), sorted."""
    files: list[str] = []
    for folder in SOURCE_DIRS:
        files += sorted(str(p.relative_to(root)) for p in (root / folder).rglob("*.py"))
    return files


def lupdate(root: Path, ts_files: dict[str, Path]) -> None:
    """Extract every marked string of app/ and server/ into each .ts (keeping translations)."""
    sources = [d for d in SOURCE_DIRS if (root / d).is_dir()]
    for lang, ts in ts_files.items():
        ts.parent.mkdir(parents=True, exist_ok=True)
        language = ["-source-language", "en", "-target-language", lang]
        run(
            [qt_tool("lupdate"), *LUPDATE_OPTIONS, "-silent", *language, *sources, "-ts", str(ts)],
            cwd=root,
        )


def lrelease(ts: Path, qm: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [qt_tool("lrelease"), *LRELEASE_OPTIONS, *extra, str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )


# --- .ts files ----------------------------------------------------------------------------


@dataclass
class TsMessage:
    """One <message> of a .ts file, with the element to edit it in place."""

    context: str
    source: str
    comment: str
    numerus: bool
    element: ET.Element

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def translation(self) -> ET.Element:
        found = self.element.find("translation")
        if found is None:
            found = ET.SubElement(self.element, "translation")
        return found

    @property
    def state(self) -> str:
        """'' when finished, else the type attribute (unfinished, obsolete, vanished)."""
        return self.translation.get("type", "")

    def forms(self) -> list[str]:
        tr = self.translation
        if self.numerus:
            return [f.text or "" for f in tr.findall("numerusform")]
        return [tr.text or ""]

    def set_forms(self, forms: list[str]) -> None:
        tr = self.translation
        if self.numerus:
            for old in tr.findall("numerusform"):
                tr.remove(old)
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = forms[0]
        tr.attrib.pop("type", None)


def read_ts(path: Path) -> tuple[ET.ElementTree[ET.Element], list[TsMessage]]:
    tree = ET.parse(path)
    return tree, list(_messages(tree.getroot()))


def _messages(root: ET.Element) -> Iterator[TsMessage]:
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield TsMessage(
                context=name,
                source=message.findtext("source") or "",
                comment=message.findtext("comment") or "",
                numerus=message.get("numerus") == "yes",
                element=message,
            )


def write_ts(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode", short_empty_elements=False)
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


# --- catalogues ----------------------------------------------------------------------------


@dataclass
class Catalogue:
    """Every catalogue merged: (context, source) -> {lang: text or plural forms}."""

    entries: dict[tuple[str, str], dict[str, str | list[str]]] = field(default_factory=dict)
    origin: dict[tuple[str, str], str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, folder: Path) -> Catalogue:
        cat = cls()
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                cat.problems.append(f"{path.name}: not valid JSON ({exc})")
                continue
            cat._add(path.name, data)
        return cat

    def _add(self, name: str, data: object) -> None:
        if not isinstance(data, dict):
            self.problems.append(f"{name}: the top level must be an object of contexts")
            return
        for context, messages in data.items():
            if not isinstance(messages, dict):
                self.problems.append(f"{name}: context {context!r} must map sources to objects")
                continue
            for source, langs in messages.items():
                if not isinstance(langs, dict):
                    self.problems.append(f"{name}: {context} / {source!r}: not an object")
                    continue
                key = (context, source)
                known = self.entries.get(key)
                if known is not None and known != langs:
                    self.problems.append(
                        f"{name}: {context} / {source!r} translated differently in "
                        f"{self.origin[key]}"
                    )
                    continue
                self.entries[key] = langs
                self.origin[key] = name

    def forms(self, message: TsMessage, lang: str, count: int) -> list[str] | None:
        value = self.entries.get((message.context, message.source), {}).get(lang)
        if value is None or value == "" or value == []:
            return None
        if isinstance(value, list):
            if message.numerus and len(value) == count:
                return [str(v) for v in value]
            where = f"{self.origin[(message.context, message.source)]}: {message.context}"
            self.problems.append(
                f"{where} / {message.source!r} [{lang}]: {len(value)} plural forms given, "
                f"{count if message.numerus else 'no list'} expected"
            )
            return None
        return [str(value)] * (count if message.numerus else 1)


# --- update ------------------------------------------------------------------------------


def ts_paths(root: Path) -> dict[str, Path]:
    return {lang: root / "translations" / TS_NAME.format(lang=lang) for lang in LANGUAGES}


def fill(root: Path, catalogue: Catalogue) -> dict[str, list[str]]:
    """Fill every .ts from the catalogues; returns the still-untranslated messages per lang."""
    missing: dict[str, list[str]] = {}
    for lang, ts in ts_paths(root).items():
        tree, messages = read_ts(ts)
        for message in messages:
            # lupdate lays out as many (empty) plural forms as the language has.
            count = max(len(message.forms()), 1)
            forms = catalogue.forms(message, lang, count)
            if forms is None and lang == "en":
                forms = [message.source] * count
            if forms is not None:
                message.set_forms(forms)
            elif message.state == "unfinished" or not any(message.forms()):
                missing.setdefault(lang, []).append(f"{message.context} / {message.source!r}")
        write_ts(tree, ts)
    return missing


def update(root: Path) -> int:
    lupdate(root, ts_paths(root))
    catalogue = Catalogue.load(root / "translations" / "catalog")
    missing = fill(root, catalogue)
    for problem in catalogue.problems:
        print(f"catalogue: {problem}")
    for lang, items in sorted(missing.items()):
        print(f"{len(items)} message(s) without a {lang} translation:")
        for item in items:
            print(f"  {item}")
    total = len(read_ts(ts_paths(root)["es"])[1])
    print(f"updated {', '.join(TS_NAME.format(lang=x) for x in LANGUAGES)}: {total} messages")
    return 0


# --- build -------------------------------------------------------------------------------


def build(root: Path) -> int:
    for lang, ts in ts_paths(root).items():
        qm = ts.with_name(QM_NAME.format(lang=lang))
        result = lrelease(ts, qm)
        if result.returncode != 0:
            print(result.stdout + result.stderr, file=sys.stderr)
            return 1
        print(f"built {qm.relative_to(root)}")
    return 0


# --- check -------------------------------------------------------------------------------


def placeholders(text: str) -> set[str]:
    """The named {fields} and %n / %1 markers of a text."""
    return {f"{{{m}}}" for m in _NAMED.findall(text)} | {f"%{m}" for m in _PERCENT.findall(text)}


def check(root: Path) -> int:
    problems: list[str] = []
    paths = ts_paths(root)
    absent = [p for p in paths.values() if not p.exists()]
    problems += [f"{p.relative_to(root)} is missing (run tools/i18n.py update)" for p in absent]
    if not absent:
        problems += _check_against_sources(root, paths)
        for lang, ts in paths.items():
            problems += _check_messages(lang, ts)
        problems += _check_qm(root, paths)
    problems += [f"catalogue: {p}" for p in Catalogue.load(root / "translations/catalog").problems]
    if problems:
        print(f"translation check failed ({len(problems)} problem(s)):", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    count = len(read_ts(paths["es"])[1])
    print(f"translations OK: {count} messages, {', '.join(LANGUAGES)} complete and built")
    return 0


def _check_against_sources(root: Path, paths: dict[str, Path]) -> list[str]:
    """Messages in the code but not in a .ts (missing), or in a .ts but not in the code."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = {lang: Path(tmp) / ts.name for lang, ts in paths.items()}
        for lang, ts in paths.items():
            shutil.copy(ts, fresh[lang])
        lupdate(root, fresh)
        for lang, ts in paths.items():
            have = {m.key for m in read_ts(ts)[1]}
            want = {m.key for m in read_ts(fresh[lang])[1]}
            name = ts.name
            for ctx, src, _c in sorted(want - have):
                problems.append(f"{name}: missing {ctx} / {src!r} (run tools/i18n.py update)")
            for ctx, src, _c in sorted(have - want):
                problems.append(f"{name}: {ctx} / {src!r} is no longer in the code (run update)")
    return problems


def _check_messages(lang: str, ts: Path) -> list[str]:
    problems: list[str] = []
    for m in read_ts(ts)[1]:
        where = f"{ts.name}: {m.context} / {m.source!r}"
        if m.state in ("obsolete", "vanished"):
            problems.append(f"{where}: left marked {m.state} (run tools/i18n.py update)")
            continue
        forms = m.forms()
        if m.state == "unfinished" or not forms or not all(f.strip() for f in forms):
            problems.append(f"{where}: unfinished")
            continue
        expected = placeholders(m.source)
        for form in forms:
            got = placeholders(form)
            if got != expected:
                problems.append(
                    f"{where}: placeholders {sorted(got)} differ from the source's "
                    f"{sorted(expected)} in {form!r}"
                )
    return problems


def _check_qm(root: Path, paths: dict[str, Path]) -> list[str]:
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang, ts in paths.items():
            built = Path(tmp) / QM_NAME.format(lang=lang)
            strict = lrelease(ts, built, "-fail-on-unfinished")
            if strict.returncode != 0:
                problems.append(f"lrelease -fail-on-unfinished refuses {ts.name}")
                lrelease(ts, built)  # still compare what `build` would make
            committed = ts.with_name(QM_NAME.format(lang=lang))
            if not committed.exists():
                problems.append(f"{committed.relative_to(root)} is missing (run build)")
            elif committed.read_bytes() != built.read_bytes():
                problems.append(f"{committed.relative_to(root)} is out of date (run build)")
    return problems


# --- command line ------------------------------------------------------------------------


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("command", choices=("update", "build", "check"))
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="project folder (default: this repo)"
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    root = args.root.resolve()
    return {"update": update, "build": build, "check": check}[args.command](root)


if __name__ == "__main__":
    sys.exit(main())
