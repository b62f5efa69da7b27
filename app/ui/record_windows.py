"""The windows a person opens on records: the worker editor (intake), the worker's file,
a reintegration plan, the paper-form code, exports; one window per record."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.ui.crash_dialog import open_log_folder

if TYPE_CHECKING:
    from app.services.workspace import Workspace
    from app.ui.dialogs.plan_editor import PlanEditor
    from app.ui.dialogs.worker_editor import WorkerEditor
    from app.ui.documents import DocumentActions
    from app.ui.i18n import LanguageSwitcher
    from app.ui.sections import LazyPage
    from app.ui.worker_file.window import WorkerFileWindow


class RecordWindowsMixin:
    """Opens (or brings forward) the window of a record and keeps the lists current."""

    workspace: Workspace
    switcher: LanguageSwitcher
    editors: dict[uuid.UUID | None, WorkerEditor]
    worker_files: dict[uuid.UUID, WorkerFileWindow]
    plan_editors: dict[uuid.UUID | None, PlanEditor]
    pages: dict[int, LazyPage]
    log_folder: Any
    workers_view: Any
    documents: DocumentActions
    refresh_count: Callable[[], None]
    refresh_sync_status: Callable[[], None]

    def _open_from_list(self, worker_id: uuid.UUID | None) -> None:
        if worker_id is None:
            self.open_editor(None)
        else:
            self.open_worker_file(worker_id)

    def open_editor(
        self, worker_id: uuid.UUID | None, *, form_code: str | None = None
    ) -> WorkerEditor:
        """Open (or bring forward) the editor of `worker_id`; None starts a new intake,
        bound to the paper form `form_code` when one is given."""
        existing = self.editors.get(worker_id)
        if existing is not None:
            if form_code is not None and not existing.bind_form_code(form_code):
                # one new intake at a time: the open one may hold typing not yet saved
                QMessageBox.information(
                    existing,
                    QCoreApplication.translate("MainWindow", "Type in a paper form"),
                    QCoreApplication.translate(
                        "MainWindow", "Finish or close the intake that is open first."
                    ),
                )
            existing.raise_()
            existing.activateWindow()
            return existing
        from app.ui.dialogs.worker_editor import WorkerEditor

        actor = self.workspace.actor()
        editor = WorkerEditor(
            self.workspace.workers,
            worker_id=worker_id,
            missions=actor.missions,
            officer_name=actor.display_name,
            duplicates=self.workspace.duplicates,
            intake=self.workspace.intake,
            form_code=form_code,
            parent=self,
        )
        editor.setWindowFlag(Qt.WindowType.Window, True)
        key: list[uuid.UUID | None] = [worker_id]

        def saved(saved_id: uuid.UUID) -> None:
            if key[0] is None:  # a new worker now has an id
                self.editors.pop(None, None)
                key[0] = saved_id
                self.editors[saved_id] = editor
            self.workers_view.refresh(keep=saved_id)
            self._records_changed()

        editor.worker_saved.connect(saved)
        editor.open_existing.connect(self.open_worker_file)
        editor.destroyed.connect(lambda *_: self.editors.pop(key[0], None))
        editor.finished.connect(lambda *_: self.editors.pop(key[0], None))
        self.editors[worker_id] = editor
        editor.show()
        return editor

    def open_paper_form(self) -> QWidget:
        """Ask for the code of a filled paper form, then open an intake bound to it."""
        from app.ui.dialogs.form_code_dialog import FormCodeDialog

        dialog = FormCodeDialog(self.workspace.intake.form_code_holder, parent=self)
        dialog.code_accepted.connect(lambda code: self.open_editor(None, form_code=code))
        dialog.open_existing.connect(self.open_worker_file)
        dialog.open()
        return dialog

    def open_worker_file(self, worker_id: uuid.UUID) -> WorkerFileWindow:
        """Open (or bring forward) the file of one worker: profile, journey, training…"""
        existing = self.worker_files.get(worker_id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        from app.ui.worker_file.window import WorkerFileWindow

        window = WorkerFileWindow(
            self.workspace,
            worker_id,
            open_editor=lambda wid: self.open_editor(wid),  # a save reloads the open files
            open_plan=self.open_plan,
            parent=self,
        )
        window.worker_changed.connect(lambda wid, w=window: self._worker_changed(wid, w))
        window.print_requested.connect(
            lambda kind, record_id, w=window: self.documents.print_document(w, kind, record_id)
        )
        window.destroyed.connect(lambda *_: self.worker_files.pop(worker_id, None))
        self.worker_files[worker_id] = window
        window.resize(1000, 720)
        window.show()
        return window

    def _worker_changed(self, worker_id: uuid.UUID, source: WorkerFileWindow) -> None:
        """A worker file changed a record (it reads itself again): the rest follows."""
        self.workers_view.refresh(keep=worker_id)
        self._records_changed(reloaded=source)

    def open_plan(self, plan_id: uuid.UUID | None, worker_id: uuid.UUID | None) -> PlanEditor:
        """Open a reintegration plan (None: a new plan for `worker_id`)."""
        existing = self.plan_editors.get(plan_id) if plan_id is not None else None
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        from app.ui.dialogs.plan_editor import PlanEditor

        ws = self.workspace
        editor = PlanEditor(
            ws.plans,
            ws.workers,
            ws.actor,
            plan_id=plan_id,
            worker_id=worker_id,
            history=ws.plans.history,
            parent=self,
        )
        editor.setWindowFlag(Qt.WindowType.Window, True)
        editor.plan_saved.connect(lambda _id: self._records_changed())
        editor.print_requested.connect(
            lambda kind, record_id, e=editor: self.documents.print_document(e, kind, record_id)
        )
        if plan_id is not None:
            self.plan_editors[plan_id] = editor
            editor.destroyed.connect(lambda *_: self.plan_editors.pop(plan_id, None))
        editor.show()
        return editor

    def open_export(self) -> QWidget:
        from app.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.workspace.documents, language=lambda: self.switcher.language, parent=self
        )
        dialog.open()
        return dialog

    def open_log_folder(self) -> None:
        if self.log_folder is not None:
            open_log_folder(self.log_folder)

    def _records_changed(self, *, reloaded: QWidget | None = None) -> None:
        """Something was saved: counts, open worker files (but `reloaded`, which already
        read itself again) and the built lists are read again."""
        self.refresh_count()
        self.refresh_sync_status()
        for window in list(self.worker_files.values()):
            if window is not reloaded:
                window.reload()
        for page in self.pages.values():
            refresh = getattr(page.view, "refresh", None)
            if page.view is not None and page.view.isVisible() and refresh is not None:
                refresh()

    def close_purged_records(self, report: Any) -> None:
        """After a sync: windows open on records removed under retention close, with a
        message saying why, and the lists are read again (connected to sync_finished)."""
        gone: set[uuid.UUID] = set(getattr(report, "purged_ids", None) or ())
        if not gone:
            return
        closed = 0
        for worker_id, window in list(self.worker_files.items()):
            if worker_id in gone:
                self.worker_files.pop(worker_id, None)
                window.close()
                closed += 1
        dialogs: list[tuple[dict[Any, Any], Any, QDialog]] = [
            *((self.editors, k, e) for k, e in self.editors.items() if k in gone),
            *((self.plan_editors, k, e) for k, e in self.plan_editors.items() if k in gone),
        ]
        for owner, key, dialog in dialogs:
            owner.pop(key, None)
            dialog.done(QDialog.DialogCode.Rejected)  # nothing to save: the record is gone
            dialog.deleteLater()
            closed += 1
        self.workers_view.refresh()
        self._records_changed()
        if closed:
            self._say_records_purged(closed)

    def _say_records_purged(self, closed: int) -> None:
        box = QMessageBox(cast(QWidget, self))
        box.setObjectName("records_purged")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("RecordWindows", "Records removed"))
        box.setText(
            QCoreApplication.translate(
                "RecordWindows",
                "%n open window(s) closed: the record was removed from this laptop under "
                "its mission's retention period.",
                "",
                closed,
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "RecordWindows",
                "Workers closed longer than the period are anonymised on the server and "
                "removed from laptops at their next sync. Nothing needs to be done.",
            )
        )
        box.open()
