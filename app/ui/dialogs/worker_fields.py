"""The editor's input widgets, one per Worker field: how each is read, filled and labelled."""

from __future__ import annotations

import gettext
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import FIELD_MISSIONS, ConsentPurpose
from app.ui import labels
from app.ui.widgets import CheckList, DateField

CONTEXT = "WorkerEditor"
HOME_COUNTRIES: tuple[str, ...] = tuple(m.value for m in FIELD_MISSIONS)
SPOKEN: tuple[str, ...] = ("es", "en", "fr")
ERROR_STYLE = "color: #b00020;"


@dataclass
class Binding:
    """One Worker field on screen: its widget, how to read and fill it, its error line."""

    name: str
    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]
    container: QWidget = field(init=False)
    error: QLabel = field(init=False)
    retranslate: Callable[[], None] = lambda: None
    focus: list[QWidget] = field(default_factory=list)  # what Tab stops at, in order

    def __post_init__(self) -> None:
        if not self.focus:
            self.focus = [self.widget]
        self.container = QWidget()
        box = QVBoxLayout(self.container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.widget)
        self.error = QLabel(self.container)
        self.error.setObjectName(f"error_{self.name}")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        box.addWidget(self.error)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()


class FieldFactory(QObject):
    """Makes the Binding of each field; `edited` fires whenever a person changes one."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bindings: dict[str, Binding] = {}
        self.state_countries: tuple[str, ...] = ()
        self.allowed: dict[str, tuple[str, ...]] = {}  # choice fields limited to these values

    def make(self, name: str) -> Binding:
        maker = _MAKERS.get(name, _line)
        binding = maker(self, name)
        binding.widget.setObjectName(name)
        self.bindings[name] = binding
        return binding

    def values(self) -> dict[str, Any]:
        return {name: b.get() for name, b in self.bindings.items()}

    def allow_only(self, name: str, values: tuple[str, ...]) -> None:
        """Offer only `values` in the choice field `name` (e.g. the stages of a new intake)."""
        self.allowed[name] = values
        self.bindings[name].retranslate()

    def focus_order(self) -> list[QWidget]:
        """Every widget Tab and Enter stop at, field after field in the order made."""
        return [w for b in self.bindings.values() for w in b.focus]


# --- makers -----------------------------------------------------------------------------


def _line(f: FieldFactory, name: str) -> Binding:
    edit = QLineEdit()
    edit.textEdited.connect(f.edited)
    return Binding(name, edit, edit.text, lambda v: edit.setText(v or ""))


def _optional_code(f: FieldFactory, name: str) -> Binding:
    """A code that is unique when given, so "not given" is stored as None, never ""."""
    binding = _line(f, name)
    edit = binding.widget
    assert isinstance(edit, QLineEdit)
    binding.get = lambda: edit.text().strip() or None
    return binding


class FormText(QPlainTextEdit):
    """Free text of a few lines where Enter moves on, as everywhere in the form;
    Shift+Enter starts a new line."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
                return
            event.ignore()  # the editor moves to the next field (or saves with Ctrl)
            return
        super().keyPressEvent(event)


def _long(f: FieldFactory, name: str) -> Binding:
    edit = FormText()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
    edit.textChanged.connect(f.edited)

    def retranslate() -> None:
        edit.setPlaceholderText(
            QCoreApplication.translate("WorkerEditor", "Shift+Enter starts a new line.")
        )

    retranslate()
    return Binding(name, edit, edit.toPlainText, lambda v: edit.setPlainText(v or ""), retranslate)


def _date(f: FieldFactory, name: str) -> Binding:
    edit = DateField()
    edit.edited.connect(f.edited)
    return Binding(name, edit, edit.value, edit.set_value)


def _combo_of(f: FieldFactory, name: str, items: Callable[[], list[tuple[str, str]]]) -> Binding:
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def fill() -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, label in items():
            if value == "-":
                combo.insertSeparator(combo.count())
            else:
                combo.addItem(label, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def set_value(value: Any) -> None:
        _select(combo, "" if value is None else str(getattr(value, "value", value)))

    fill()
    combo.activated.connect(lambda _i: f.edited.emit())
    return Binding(name, combo, lambda: combo.currentData() or "", set_value, retranslate=fill)


def _choice(f: FieldFactory, name: str) -> Binding:
    def items() -> list[tuple[str, str]]:
        allowed = f.allowed.get(name)
        return [(v, t) for v, t in labels.choices(name) if allowed is None or v in allowed]

    return _combo_of(f, name, items)


def _nationality(f: FieldFactory, name: str) -> Binding:
    return _combo_of(f, name, country_items)


def _state(f: FieldFactory, name: str) -> Binding:
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.activated.connect(lambda _i: f.edited.emit())
    binding = Binding(name, combo, lambda: combo.currentData() or "", lambda v: None)

    def set_value(value: Any) -> None:
        _select(combo, str(value or ""))

    binding.set = set_value
    binding.retranslate = lambda: set_state_countries(binding, f.state_countries)
    return binding


def _select(combo: QComboBox, value: str) -> None:
    found = combo.findData(value)
    if found < 0 and value:
        combo.addItem(value, value)
        found = combo.count() - 1
    combo.setCurrentIndex(max(found, 0))


def _dependants(f: FieldFactory, name: str) -> Binding:
    spin = QSpinBox()
    spin.setRange(0, 30)
    spin.valueChanged.connect(lambda _v: f.edited.emit())
    return Binding(name, spin, spin.value, lambda v: spin.setValue(int(v or 0)))


def _languages(f: FieldFactory, name: str) -> Binding:
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    checks = CheckList(list(SPOKEN), columns=3)
    other = QLineEdit()
    other.setObjectName("languages_other")
    checks.edited.connect(f.edited)
    other.textEdited.connect(f.edited)
    box.addWidget(checks)
    box.addWidget(other)
    focus: list[QWidget] = [*checks.boxes.values(), other]

    def get() -> str:
        extra = [c.strip().lower() for c in other.text().replace(";", ",").split(",")]
        return ",".join(checks.selected() + [c for c in extra if c and c not in SPOKEN])

    def set_value(value: Any) -> None:
        codes = [c for c in str(value or "").split(",") if c]
        checks.set_selected(codes)
        other.setText(", ".join(c for c in codes if c not in SPOKEN))

    def retranslate() -> None:
        checks.set_labels(dict(labels.choices("languages")))
        other.setPlaceholderText(
            QCoreApplication.translate(
                "WorkerEditor", "Other languages: two-letter codes, e.g. qu, nah"
            )
        )

    retranslate()
    return Binding(name, holder, get, set_value, retranslate=retranslate, focus=focus)


def _purposes(f: FieldFactory, name: str) -> Binding:
    checks = CheckList([p.value for p in ConsentPurpose], columns=1)
    checks.edited.connect(f.edited)

    def set_value(value: Any) -> None:
        checks.set_selected([c for c in str(value or "").split(",") if c])

    def retranslate() -> None:
        checks.set_labels(dict(labels.choices(name)))

    retranslate()

    def get() -> str:
        return ",".join(checks.selected())

    return Binding(name, checks, get, set_value, retranslate, focus=list(checks.boxes.values()))


_MAKERS: dict[str, Callable[[FieldFactory, str], Binding]] = {
    "intake_form_code": _optional_code,
    "address_line": _long,
    "skills": _long,
    "intentions": _long,  # 6.2: the first interview case note, not a Worker column
    "date_of_birth": _date,
    "consent_date": _date,
    "consent_withdrawn_at": _date,
    "sex": _choice,
    "id_document_type": _choice,
    "education": _choice,
    "migration_stage": _choice,
    "status": _choice,
    "mission_id": _choice,
    "nationality": _nationality,
    "state": _state,
    "dependants": _dependants,
    "languages": _languages,
    "consent_purposes": _purposes,
}


# --- countries and their subdivisions (pycountry, names in the UI language) -------------


def _ui_language() -> str:
    return QLocale().name()[:2]


def _gettext(domain: str) -> Callable[[str], str]:
    import pycountry

    return gettext.translation(
        domain, pycountry.LOCALES_DIR, languages=[_ui_language()], fallback=True
    ).gettext


def country_items() -> list[tuple[str, str]]:
    """The five mission countries first, then every other country by name."""
    import pycountry

    name = _gettext("iso3166-1")
    home = [(code, labels.mission_label(code)) for code in HOME_COUNTRIES]
    others = [
        (c.alpha_2, name(c.name)) for c in pycountry.countries if c.alpha_2 not in HOME_COUNTRIES
    ]
    locale = QLocale()
    others.sort(key=lambda item: _sort_key(item[1], locale))
    return [*home, ("-", ""), *others]


def subdivision_items(countries: tuple[str, ...]) -> list[tuple[str, str]]:
    """First-level subdivisions (states, departments, provinces) of `countries`."""
    import pycountry

    name = _gettext("iso3166-2")
    items: list[tuple[str, str]] = [("", QCoreApplication.translate("WorkerEditor", "(not given)"))]
    for country in dict.fromkeys(countries):
        subs = pycountry.subdivisions.get(country_code=country) or []
        top = sorted(
            (s for s in subs if s.parent_code is None), key=lambda s: _sort_key(name(s.name))
        )
        items.extend((s.code, name(s.name)) for s in top)
    return items


def _sort_key(text: str, _locale: QLocale | None = None) -> str:
    """Accent- and case-free, so "Éire" sorts among the E's."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def set_state_countries(binding: Binding, countries: tuple[str, ...]) -> None:
    """Offer the subdivisions of `countries` in the state list (keeping the choice if valid)."""
    combo = binding.widget
    assert isinstance(combo, QComboBox)
    current = combo.currentData() or ""
    combo.blockSignals(True)
    combo.clear()
    for code, label in subdivision_items(countries):
        combo.addItem(label, code)
    _select(combo, current)
    combo.blockSignals(False)
