"""Screenshots of the field officers' guide, made from the real app on demo data.

    python tools/guide_screenshots.py [--out docs/guide/img] [--workers 300]

For each language (es, en, fr) it opens the demo store in the real main window
(offscreen), goes through what the guide describes, and saves one PNG per step:
the workers list, the paper-form code dialog, the intake screen, a worker's file, the
sync and conflicts pages, the print options, and the first page of a blank intake form
(through pdftoppm). Run it after any UI change so the guide shows the app as it is.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.config import DEMO_STORE_FILE  # noqa: E402

LANGUAGES = ("es", "en", "fr")
SHOTS = (
    "00-first-run",
    "01-workers",
    "02-paper-form-code",
    "03-intake",
    "04-worker-file",
    "05-sync",
    "06-conflicts",
    "07-print-options",
    "08-blank-form",
)


def settle(ms: int = 400) -> None:
    """Let queued work (background reads, layouts) finish before a grab."""
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)


def wait_for(condition: Callable[[], bool], seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError("the app did not get there in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)


def grab(widget: QWidget, path: Path) -> None:
    settle()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not save {path}")


def blank_form_png(language: str, path: Path) -> None:
    from app.reports.intake_form import render_blank_intake_form
    from app.reports.translate import load_translator

    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "form.pdf"
        render_blank_intake_form(
            out=pdf, tr=load_translator(language), language=language, paper="a4", mission="MX"
        )
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(path.with_suffix("")),
            ],
            check=True,
        )


def first_run_png(switcher: object, data_dir: Path, path: Path) -> None:
    """The first-run assistant's second page (how to work), on a laptop with no case file."""
    from app.security.access import StoreAccess
    from app.ui.dialogs.first_run_assistant import FirstRunAssistant

    access = StoreAccess(data_dir / "new-laptop" / "puente.sqlite")
    assistant = FirstRunAssistant(
        switcher,  # type: ignore[arg-type]
        access=access,
        device_id=uuid.uuid4(),
        test_connection=lambda _url: "",
    )
    assistant.show()
    assistant.next()
    grab(assistant, path)
    assistant.close()


def shoot_language(language: str, data_dir: Path, out: Path) -> list[Path]:
    from app.bootstrap import build_sync
    from app.services.workers import WorkerQuery
    from app.services.workspace import open_workspace
    from app.ui.i18n import LanguageSwitcher
    from app.ui.main_window import MainWindow

    switcher = LanguageSwitcher()
    switcher.apply(language)
    workspace = open_workspace(data_dir / DEMO_STORE_FILE, demo=True)
    window = MainWindow(workspace, switcher=switcher, sync=build_sync(workspace, auto=False))
    window.resize(1280, 760)
    window.start()
    window.show()
    folder = out / language
    made: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        path = folder / f"{name}.png"
        grab(widget, path)
        made.append(path)

    try:
        first_run_png(switcher, data_dir, folder / f"{SHOTS[0]}.png")
        made.append(folder / f"{SHOTS[0]}.png")
        wait_for(lambda: window.workers_view.table.model().rowCount() > 0)
        save(window, SHOTS[1])
        dialog = window.open_paper_form()
        save(dialog, SHOTS[2])
        dialog.close()
        editor = window.open_editor(None)
        editor.resize(820, 900)
        save(editor, SHOTS[3])
        editor.reject()  # nothing typed: it closes without asking
        first = workspace.workers.page(WorkerQuery(), limit=1).rows[0]
        worker_file = window.open_worker_file(first.id)
        wait_for(lambda: worker_file.file is not None)
        tabs = getattr(worker_file, "tabs", None)
        if tabs is not None:
            tabs.setCurrentIndex(1)  # the journey
        save(worker_file, SHOTS[4])
        worker_file.close()
        window.nav.setCurrentRow(len(window.pages) + 1)  # Sync
        if window.sync_tabs is not None:
            window.sync_tabs.setCurrentIndex(0)
            save(window, SHOTS[5])
            window.sync_tabs.setCurrentIndex(1)
            save(window, SHOTS[6])
        from app.ui.documents import DocumentOptionsDialog

        options = DocumentOptionsDialog("worker_record", language, window)
        options.show()
        save(options, SHOTS[7])
        options.close()
        path = folder / f"{SHOTS[8]}.png"
        blank_form_png(language, path)
        made.append(path)
    finally:
        for editor in list(window.editors.values()):
            editor.setParent(None)
        window.hide()
        window.deleteLater()
        settle(100)
        workspace.close()
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "guide" / "img")
    parser.add_argument("--workers", type=int, default=300)
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm is needed (Debian: poppler-utils)")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from app.bootstrap import build_demo_store

    with tempfile.TemporaryDirectory(prefix="puente-guide-") as tmp:
        data_dir = Path(tmp)
        build_demo_store(data_dir / DEMO_STORE_FILE, workers=args.workers, seed=7)
        for language in LANGUAGES:
            for path in shoot_language(language, data_dir, args.out):
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
