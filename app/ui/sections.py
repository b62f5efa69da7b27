"""The main window's sections past Workers, each built the first time it is shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.services.workspace import Workspace
    from app.ui.documents import DocumentActions
    from app.ui.i18n import LanguageSwitcher

COURSES_ROW, PLANS_ROW, PROJECTS_ROW, FOLLOWUPS_ROW, REPORTS_ROW = 1, 2, 3, 4, 5


class LazyPage(QWidget):
    """A section built the first time it is shown (start-up stays quick)."""

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self.view: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.view is None:
            self.view = self._build()
            self.layout().addWidget(self.view)
        return self.view


class SectionsMixin:
    """Builds the section views for the main window and wires their shared signals."""

    workspace: Workspace
    switcher: LanguageSwitcher
    pages: dict[int, LazyPage]
    stack: Any
    _documents: DocumentActions | None
    open_worker_file: Callable[..., Any]
    open_plan: Callable[..., Any]
    _records_changed: Callable[..., None]

    def _show_section(self, row: int) -> None:
        page = self.pages.get(row)
        if page is not None:
            page.ensure()
        self.stack.setCurrentIndex(row)

    def section_view(self, row: int) -> QWidget:
        """The view of section `row`, built now if it was not yet."""
        page = self.pages.get(row)
        return page.ensure() if page is not None else self.stack.widget(row)

    def _connect_common(self, view: QWidget) -> None:
        open_worker = getattr(view, "open_worker", None)
        if open_worker is not None:
            open_worker.connect(self.open_worker_file)
        print_requested = getattr(view, "print_requested", None)
        if print_requested is not None:
            print_requested.connect(
                lambda kind, record_id, v=view: self.documents.print_document(v, kind, record_id)
            )

    def _build_courses(self) -> QWidget:
        from app.ui.views.courses_view import CoursesView

        ws = self.workspace
        view = CoursesView(ws.training, ws.workers, ws.actor)
        self._connect_common(view)
        return view

    def _build_plans(self) -> QWidget:
        from app.ui.views.plans_view import PlansView

        ws = self.workspace
        view = PlansView(
            ws.plans, ws.workers, ws.actor, history=ws.plans.history, open_plan=self.open_plan
        )
        self._connect_common(view)
        view.plan_saved.connect(lambda _id: self._records_changed())
        view.load()
        return view

    def _build_projects(self) -> QWidget:
        from app.ui.views.projects_view import ProjectsView

        ws = self.workspace
        view = ProjectsView(ws.projects, ws.workers, ws.remittances, ws.actor)
        self._connect_common(view)
        view.load()
        return view

    def _build_followups(self) -> QWidget:
        from app.ui.views.followups_view import FollowUpsView

        ws = self.workspace
        view = FollowUpsView(ws.followups, ws.notes, ws.actor)
        self._connect_common(view)
        return view

    def _build_reports(self) -> QWidget:
        from app.ui.views.reports_view import ReportsView

        view = ReportsView(self.workspace.documents, language=lambda: self.switcher.language)
        view.compute()
        return view

    @property
    def documents(self) -> DocumentActions:
        """Printing and saving documents (built on first use)."""
        if self._documents is None:
            from app.ui.documents import DocumentActions

            self._documents = DocumentActions(
                self.workspace.documents, language=lambda: self.switcher.language, parent=self
            )
        return self._documents
