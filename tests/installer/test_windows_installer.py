"""The NSIS script compiles (Debian's makensis) against a placeholder payload, per user."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installer" / "windows" / "puente.nsi"


def _makensis() -> str:
    found = shutil.which("makensis")
    if found is None:
        if os.environ.get("PUENTE_REQUIRE_TOOLS") == "1":
            pytest.fail("makensis is missing (apt-get install nsis)")
        pytest.skip("makensis is not installed")
    return found


def test_installer_script_compiles_with_three_languages(tmp_path: Path) -> None:
    payload = tmp_path / "puente"
    (payload / "_internal").mkdir(parents=True)
    (payload / "puente.exe").write_bytes(b"MZ placeholder")
    (payload / "_internal" / "base_library.zip").write_bytes(b"placeholder")
    out = tmp_path / "puente-9.9.9-installer.exe"
    done = subprocess.run(
        [
            _makensis(),
            "-V2",
            "-DVERSION=9.9.9",
            f"-DPAYLOAD={payload}",
            f"-DOUTFILE={out}",
            str(SCRIPT),
        ],
        cwd=SCRIPT.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "warning" not in (done.stdout + done.stderr).lower()
    assert out.read_bytes()[:2] == b"MZ"


def test_installer_is_per_user_and_keeps_data_unless_asked() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in text
    assert "$LOCALAPPDATA\\Programs\\Puente" in text
    assert re.search(r"^\s*WriteReg\w+ HKLM", text, re.M) is None  # no machine-wide keys
    # the data removal section is off by default (/o) and names the data folder
    assert re.search(r'Section /o "un\.\$\(SEC_DATA\)"', text)
    # every installer text exists in Spanish, English and French
    names = set(re.findall(r"^LangString (\w+) ", text, re.M))
    for name in names:
        for lang in ("ENGLISH", "SPANISH", "FRENCH"):
            assert re.search(rf"^LangString {name} \${{LANG_{lang}}} ", text, re.M), (name, lang)
