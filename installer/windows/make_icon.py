"""Make installer/windows/puente.ico (16-256 px) from resources/icons/puente.svg."""

from __future__ import annotations

import io
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QGuiApplication, QIcon

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])
    icon = QIcon(str(ROOT / "resources" / "icons" / "puente.svg"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    icon.pixmap(256, 256).toImage().save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data())))
    sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    image.save(ROOT / "installer" / "windows" / "puente.ico", sizes=sizes)
    del app


if __name__ == "__main__":
    main()
