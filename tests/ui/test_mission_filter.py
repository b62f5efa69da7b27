"""People with several missions filter the section lists by mission; others see no filter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services.context import Actor
from app.services.workspace import Workspace, open_workspace
from app.ui.i18n import LanguageSwitcher
from app.ui.views.courses_view import CoursesView
from app.ui.views.plans_view import PlansView
from app.ui.views.projects_view import ProjectsView

SUPERVISOR = Actor("sofia", "Sofía", Role.SUPERVISOR, ("MX", "SV", "HN"), "HQ1")


def test_lists_filter_by_mission_for_people_with_several(
    qtbot: QtBot, tmp_path: Path, switcher: LanguageSwitcher
) -> None:
    ws: Workspace = open_workspace(tmp_path / "store.sqlite")
    ws.set_actor(SUPERVISOR)
    try:
        views = [
            PlansView(ws.plans, ws.workers, ws.actor),
            ProjectsView(ws.projects, ws.workers, ws.remittances, ws.actor),
            CoursesView(ws.training, ws.workers, ws.actor),
        ]
        for view in views:
            qtbot.addWidget(view)
            view.show()
            combo = view.mission_filter
            assert combo.isVisible() and combo.count() == 4  # all, MX, SV, HN
            combo.setCurrentIndex(combo.findData("SV"))
            assert view.model.query.mission == "SV"
            combo.setCurrentIndex(0)
            assert view.model.query.mission is None
            view.since_filter.date.set_value(date(2026, 3, 1))
            view.since_filter.date.edited.emit()
            since = getattr(view.model.query, "updated_from", None) or view.model.query.starts_from
            assert since == date(2026, 3, 1)
            stage = getattr(view, "stage_filter", None)
            if stage is not None:
                stage.setCurrentIndex(stage.findData("abroad"))
                assert view.model.query.stage == "abroad"
        officer = Actor("ana", "Ana", Role.FIELD_OFFICER, ("MX",), "7K3")
        ws.set_actor(officer)
        single = PlansView(ws.plans, ws.workers, ws.actor)
        qtbot.addWidget(single)
        single.show()
        assert not single.mission_filter.isVisible()
    finally:
        ws.close()
