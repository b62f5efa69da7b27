"""Helpers of the security tests: a cheap Argon2 cost, sentinel strings, a file search."""

from __future__ import annotations

from pathlib import Path

from app.security.vault import KdfParams

# The real cost is 3 passes over 64 MiB (~0.5 s here); tests use a cheap one.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
PASSWORD = "correct horse battery"
SENTINELS = ("Xochiquetzal Sentinelez", "Zzyzx-CANARY-4471", "CANARYNOTE Quetzalcoatl")


def files_holding(folder: Path, needles: tuple[str, ...]) -> list[str]:
    """Files under `folder` holding any needle as UTF-8 or UTF-16-LE ("file: needle")."""
    found: list[str] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for needle in needles:
            for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le")):
                if encoded in data:
                    found.append(f"{path.name}: {needle!r}")
    return found
