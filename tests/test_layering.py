"""The dependency rule of DESIGN.md section 2, checked on every module's imports (ast)."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("app", "server")
STDLIB = frozenset(sys.stdlib_module_names) | {"__future__"}


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


@dataclass(frozen=True)
class Rule:
    """Modules under `layer` may import only `allowed` (plus stdlib), and never `banned`."""

    layer: str
    why: str
    allowed: tuple[str, ...] | None = None
    banned: tuple[str, ...] = ()

    def forbidden(self, imported: str) -> bool:
        if any(_within(imported, b) for b in self.banned):
            return True
        if self.allowed is None or imported.split(".")[0] in STDLIB:
            return False
        return not any(_within(imported, a) for a in self.allowed)


def OnlyAllowed(layer: str, allowed: tuple[str, ...], why: str) -> Rule:
    return Rule(layer, why, allowed=allowed)


def Never(layer: str, banned: tuple[str, ...], why: str) -> Rule:
    return Rule(layer, why, banned=banned)


RULES: tuple[Rule, ...] = (
    OnlyAllowed(
        "app.models",
        ("sqlmodel", "pydantic", "app.models"),
        "app.models imports only sqlmodel, pydantic and the standard library",
    ),
    *(
        Never(layer, ("PySide6",), f"{layer} never imports Qt")
        for layer in ("app.store", "app.services", "app.sync", "app.models")
    ),
    *(
        Never(layer, ("PySide6.QtWidgets",), f"{layer} never imports PySide6.QtWidgets")
        for layer in ("app.reports", "app.forms")
    ),
    Never(
        "app.ui",
        ("sqlalchemy", "sqlmodel.Session", "requests", "app.store"),
        "app.ui calls services: no sqlalchemy, sqlmodel.Session, requests or app.store",
    ),
    Never("server", ("app.ui",), "server never imports app.ui"),
)


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path, root: Path) -> Iterator[tuple[int, str]]:
    """(line, dotted name) of every import in the file, relative ones resolved.

    `from x import y` yields both `x` and `x.y` (y may be a module or a name in x).
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path, root).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                source = ".".join([*base, node.module] if node.module else base)
            else:
                source = node.module or ""
            yield node.lineno, source
            for alias in node.names:
                yield node.lineno, f"{source}.{alias.name}"


def violations(root: Path, rules: tuple[Rule, ...] = RULES) -> list[str]:
    """Every broken rule as `path:line: module imports name (rule)`."""
    found: dict[tuple[str, int, str], str] = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            module = module_name(path, root)
            where = str(path.relative_to(root))
            for line, name in imports(path, root):
                for rule in rules:
                    key = (where, line, rule.why)
                    if key not in found and _within(module, rule.layer) and rule.forbidden(name):
                        found[key] = f"{where}:{line}: {module} imports {name} ({rule.why})"
    return [found[k] for k in sorted(found)]


def test_the_tree_follows_the_dependency_rule() -> None:
    problems = violations(ROOT)
    assert not problems, "layering violations:\n" + "\n".join(problems)


def test_every_package_is_checked() -> None:
    assert (ROOT / "app" / "models" / "__init__.py").exists()
    assert len(list((ROOT / "app").rglob("*.py"))) > 10


@pytest.fixture
def bad_tree(tmp_path: Path) -> Path:
    files = {
        "app/__init__.py": "",
        "app/models/__init__.py": "from sqlmodel import SQLModel\nimport json\nimport requests\n",
        "app/models/worker.py": "from . import enums\nfrom ..store import engine\n",
        "app/services/__init__.py": "def f():\n    from PySide6.QtCore import QObject\n",
        "app/reports/pdf.py": "from PySide6 import QtWidgets\nfrom PySide6.QtGui import QFont\n",
        "app/ui/view.py": "from sqlmodel import Session\nfrom sqlmodel import SQLModel\n"
        "from app.store.engine import x\nimport sqlalchemy.orm\nfrom app.services import w\n",
        "server/main.py": "from app.models import Worker\nfrom app.ui.view import y\n",
    }
    for name, body in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(body)
    return tmp_path


def test_the_checker_finds_each_kind_of_violation(bad_tree: Path) -> None:
    found = "\n".join(violations(bad_tree))
    expected = [
        "app/models/__init__.py:3: app.models imports requests",
        "app/models/worker.py:2: app.models.worker imports app.store",
        "app/services/__init__.py:2: app.services imports PySide6.QtCore",
        "app/reports/pdf.py:1: app.reports.pdf imports PySide6.QtWidgets",
        "app/ui/view.py:1: app.ui.view imports sqlmodel.Session",
        "app/ui/view.py:3: app.ui.view imports app.store.engine",
        "app/ui/view.py:4: app.ui.view imports sqlalchemy.orm",
        "server/main.py:2: server.main imports app.ui.view",
    ]
    for line in expected:
        assert line in found, line
    for allowed in ("json", "PySide6.QtGui", "sqlmodel.SQLModel", "app.services"):
        allowed = f"imports {allowed} "
        assert allowed not in found, allowed
    assert "app/models/worker.py:1" not in found  # a relative import inside the package
