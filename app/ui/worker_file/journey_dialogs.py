"""Dialogs of the Journey tab: add or edit a placement, and the dated stage actions."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import Any

import pycountry
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from app.models import Placement
from app.models.enums import PlacementStatus
from app.services.workspace import PlacementService
from app.ui.i18n import format_date
from app.ui.widgets import DateField
from app.ui.worker_file import texts
from app.ui.worker_file.common import FormDialog, chosen_id, fill_combo

# Sent when no planned placement exists to pick: the service then refuses with its reason.
NO_PLACEMENT = uuid.UUID(int=0)
PLACEMENT_FIELDS = (
    "employer",
    "city",
    "province",
    "sector",
    "occupation",
    "noc_code",
    "programme_stream",
    "permit_number",
    "start_date",
    "planned_end_date",
)


def provinces() -> list[tuple[str, str]]:
    """(code, "ON · Ontario") of Canada's provinces and territories, by code."""
    found = pycountry.subdivisions.get(country_code="CA")  # type: ignore[no-untyped-call]
    rows = sorted(found or [], key=lambda s: s.code)
    return [(s.code, f"{s.code[3:]} · {s.name}") for s in rows]


class PlacementDialog(FormDialog):
    """Add a planned placement abroad, or change the details of an open one."""

    def __init__(
        self,
        service: PlacementService,
        *,
        worker_id: uuid.UUID,
        placement: Placement | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("placement_dialog")
        self._service = service
        self._worker_id = worker_id
        self._placement = placement
        self.saved: Placement | None = None
        self.employer = self.add_field("employer", QLineEdit(self))
        self.city = self.add_field("city", QLineEdit(self))
        self.province = self.add_field("province", QComboBox(self))
        self.sector = self.add_field("sector", QComboBox(self))
        self.occupation = self.add_field("occupation", QLineEdit(self))
        self.noc_code = self.add_field("noc_code", QLineEdit(self))
        self.noc_code.setMaxLength(5)
        self.programme_stream = self.add_field("programme_stream", QComboBox(self))
        self.permit_number = self.add_field("permit_number", QLineEdit(self))
        self.start_date = self.add_field("start_date", DateField(self))
        self.planned_end_date = self.add_field("planned_end_date", DateField(self))
        self.retranslate()
        if placement is not None:
            self._fill(placement)
        else:  # the usual case: a seasonal farm job
            self.sector.setCurrentIndex(self.sector.findData("agriculture"))
            self.programme_stream.setCurrentIndex(self.programme_stream.findData("sawp"))
        self.resize(560, self.sizeHint().height())

    def _fill(self, p: Placement) -> None:
        self.employer.setText(p.employer)
        self.city.setText(p.city)
        self.province.setCurrentIndex(max(0, self.province.findData(p.province)))
        self.sector.setCurrentIndex(max(0, self.sector.findData(str(p.sector))))
        self.occupation.setText(p.occupation)
        self.noc_code.setText(p.noc_code)
        stream = self.programme_stream.findData(str(p.programme_stream))
        self.programme_stream.setCurrentIndex(max(0, stream))
        self.permit_number.setText(p.permit_number)
        self.start_date.set_value(p.start_date)
        self.planned_end_date.set_value(p.planned_end_date)

    def values(self) -> dict[str, Any]:
        return {
            "employer": self.employer.text(),
            "city": self.city.text(),
            "province": self.province.currentData() or "",
            "sector": self.sector.currentData(),
            "occupation": self.occupation.text(),
            "noc_code": self.noc_code.text(),
            "programme_stream": self.programme_stream.currentData(),
            "permit_number": self.permit_number.text(),
            "start_date": self.start_date.value(),
            "planned_end_date": self.planned_end_date.value(),
        }

    def submit(self) -> bool:
        values = self.values()
        placement = self._placement
        if placement is None:
            data = {**values, "worker_id": self._worker_id}
            self.saved = self.attempt(lambda: self._service.add(data))
        else:
            changes = {k: v for k, v in values.items() if v != _stored(placement, k)}
            if not changes:
                return True
            self.saved = self.attempt(lambda: self._service.update(placement.id, changes))
        return self.saved is not None

    def retranslate(self) -> None:
        adding = self._placement is None
        self.setWindowTitle(self.tr("New placement abroad") if adding else self.tr("Placement"))
        names = {
            "employer": self.tr("&Employer"),
            "city": self.tr("&City"),
            "province": self.tr("&Province"),
            "sector": self.tr("&Sector"),
            "occupation": self.tr("&Occupation"),
            "noc_code": self.tr("&NOC code (5 digits)"),
            "programme_stream": self.tr("Programme st&ream"),
            "permit_number": self.tr("Work &permit number"),
            "start_date": self.tr("S&tart"),
            "planned_end_date": self.tr("Planned en&d"),
        }
        for name, text in names.items():
            self.set_label(name, text)
        fill_combo(self.province, [("", self.tr("Not known yet")), *provinces()])
        fill_combo(self.sector, texts.choices("sector"))
        fill_combo(self.programme_stream, texts.choices("programme_stream"))
        self.noc_code.setPlaceholderText(self.tr("e.g. 85100"))


def _stored(placement: Placement, name: str) -> Any:
    value = getattr(placement, name)
    return str(value) if name in ("sector", "programme_stream") else value


class StageDialog(FormDialog):
    """One dated stage action: depart (with the placement it starts), return, or cancel."""

    def __init__(
        self,
        action: str,
        run: Callable[[dt.date | None, uuid.UUID | None, bool], object],
        *,
        placements: Sequence[Placement] = (),
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{action}_dialog")
        self.action = action
        self._run = run
        self._placements = [p for p in placements if p.status == PlacementStatus.PLANNED]
        self.done_ok = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form.insertRow(0, self.intro)
        self.placement = self.add_field("placement_id", QComboBox(self))
        self.on = self.add_field("on", DateField(self))
        self.on.set_value(today or dt.date.today())
        self.keep = self.add_field("keep_placement", QCheckBox(self))
        self.show_row("placement_id", action == "depart")
        self.show_row("on", action != "cancel")
        self.show_row("keep_placement", action == "cancel")
        self.retranslate()
        self.resize(520, self.sizeHint().height())

    def submit(self) -> bool:
        chosen = chosen_id(self.placement) or NO_PLACEMENT
        on = self.on.value()
        if self.action != "cancel" and on is None:
            self.clear_errors()
            self.errors["on"].setText(self.tr("Enter the date."))
            self.errors["on"].show()
            return False
        result = self.attempt(
            lambda: self._run(on, chosen, self.keep.isChecked()) or True,
            aliases={"worker_id": "placement_id"},
        )
        self.done_ok = result is not None
        return self.done_ok

    def retranslate(self) -> None:
        titles = {
            "depart": self.tr("Depart abroad"),
            "return": self.tr("Return home"),
            "cancel": self.tr("Cancel departure"),
        }
        intros = {
            "depart": self.tr(
                "The worker leaves for the placement chosen below: it becomes active and "
                "the worker is recorded as working abroad."
            ),
            "return": self.tr(
                "The worker came back: the active placement closes on this date (ended "
                "early when before its planned end) and the worker is recorded as back home."
            ),
            "cancel": self.tr(
                "The departure did not happen: the worker is again preparing to leave and the "
                "active placement is cancelled, unless you keep it planned."
            ),
        }
        self.setWindowTitle(titles[self.action])
        self.intro.setText(intros[self.action])
        self.set_label("placement_id", self.tr("&Placement"))
        self.set_label("on", self.tr("&Date"))
        self.set_label("keep_placement", "")
        self.keep.setText(self.tr("&Keep the placement planned for a later departure"))
        items = [(p.id, _placement_text(p)) for p in self._placements]
        if not items:
            items = [(NO_PLACEMENT, self.tr("No planned placement: add one first"))]
        fill_combo(self.placement, items)
        self.ok_button.setText(titles[self.action])


def _placement_text(p: Placement) -> str:
    where = ", ".join(part for part in (p.city, p.province[3:]) if part)
    dates = " – ".join(format_date(d) for d in (p.start_date, p.planned_end_date) if d)
    return " · ".join(part for part in (p.employer, where, dates) if part)
