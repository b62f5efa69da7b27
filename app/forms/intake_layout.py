"""The intake form's numbered sections and fields: one definition for paper and screen.

The printed form (`app.reports.intake_form`) and the intake screen both walk
`INTAKE_SECTIONS`, so field 2.5 on paper is field 2.5 on screen. Labels are English source
text marked for Qt Linguist in the context `IntakeForm`; callers translate them with a
`tr(context, text)` callable. No Qt and no reportlab here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum, StrEnum

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models.enums import ConsentPurpose, Education, IdDocumentType, MigrationStage, Sex

CONTEXT = "IntakeForm"
"""The translation context of every label of the intake form."""


class FieldKind(StrEnum):
    """How a field is written on paper (and which widget the screen uses)."""

    FORM_CODE = "form_code"  # printed on the form, typed or scanned at data entry
    TEXT = "text"  # one capital letter per character cell
    DATE = "date"  # DD/MM/YYYY boxes
    NUMBER = "number"  # digit cells
    SINGLE_CHOICE = "single_choice"  # tick one box
    MULTI_CHOICE = "multi_choice"  # tick all that apply
    LONG_TEXT = "long_text"  # ruled lines for free text


@dataclass(frozen=True)
class Choice:
    """One tick box: the stored value and its (untranslated) label."""

    value: str
    label: str
    write_in: bool = False  # "Other: ______" gets a line to write on


@dataclass(frozen=True)
class FormField:
    """One numbered field of the form and the Worker field it fills.

    `worker_field` is None only for a field whose answer is not a Worker column; then
    `to_case_note` says the screen puts the text in the first interview case note.
    """

    number: str
    label: str
    kind: FieldKind
    worker_field: str | None
    cells: int = 0  # TEXT / NUMBER: character cells
    lines: int = 0  # LONG_TEXT: ruled lines
    choices: tuple[Choice, ...] = ()
    hint: str = ""  # short help printed under the label (translatable)
    prefix: str = ""  # printed before the cells, e.g. "+" for phone numbers
    to_case_note: bool = False


@dataclass(frozen=True)
class FormSection:
    """A numbered section: its title and its fields in order."""

    number: int
    title: str
    fields: tuple[FormField, ...]


def _c(value: Enum | str, label: str, *, write_in: bool = False) -> Choice:
    return Choice(
        value=str(value.value if isinstance(value, Enum) else value), label=label, write_in=write_in
    )


FORM_CODE_FIELD = FormField(
    number="0",
    label=QT_TRANSLATE_NOOP("IntakeForm", "Intake form code"),
    kind=FieldKind.FORM_CODE,
    worker_field="intake_form_code",
    hint=QT_TRANSLATE_NOOP("IntakeForm", "Type or scan this code when you enter the form."),
)
"""Printed at the top of the form (and with its QR code on every page)."""

_IDENTITY = FormSection(
    1,
    QT_TRANSLATE_NOOP("IntakeForm", "Identity"),
    (
        FormField(
            "1.1",
            QT_TRANSLATE_NOOP("IntakeForm", "Given names"),
            FieldKind.TEXT,
            "given_names",
            cells=30,
        ),
        FormField(
            "1.2",
            QT_TRANSLATE_NOOP("IntakeForm", "First family name"),
            FieldKind.TEXT,
            "first_family_name",
            cells=30,
        ),
        FormField(
            "1.3",
            QT_TRANSLATE_NOOP("IntakeForm", "Second family name"),
            FieldKind.TEXT,
            "second_family_name",
            cells=30,
        ),
        FormField(
            "1.4", QT_TRANSLATE_NOOP("IntakeForm", "Date of birth"), FieldKind.DATE, "date_of_birth"
        ),
        FormField(
            "1.5",
            QT_TRANSLATE_NOOP("IntakeForm", "Sex"),
            FieldKind.SINGLE_CHOICE,
            "sex",
            choices=(
                _c(Sex.FEMALE, QT_TRANSLATE_NOOP("IntakeForm", "Female")),
                _c(Sex.MALE, QT_TRANSLATE_NOOP("IntakeForm", "Male")),
                _c(Sex.OTHER, QT_TRANSLATE_NOOP("IntakeForm", "Other")),
                _c(Sex.UNDISCLOSED, QT_TRANSLATE_NOOP("IntakeForm", "Prefers not to say")),
            ),
        ),
        FormField(
            "1.6",
            QT_TRANSLATE_NOOP("IntakeForm", "Nationality"),
            FieldKind.SINGLE_CHOICE,
            "nationality",
            choices=(
                _c("MX", QT_TRANSLATE_NOOP("IntakeForm", "Mexico")),
                _c("SV", QT_TRANSLATE_NOOP("IntakeForm", "El Salvador")),
                _c("CO", QT_TRANSLATE_NOOP("IntakeForm", "Colombia")),
                _c("EC", QT_TRANSLATE_NOOP("IntakeForm", "Ecuador")),
                _c("HN", QT_TRANSLATE_NOOP("IntakeForm", "Honduras")),
                _c("other", QT_TRANSLATE_NOOP("IntakeForm", "Other country:"), write_in=True),
            ),
        ),
    ),
)

_CONTACT = FormSection(
    2,
    QT_TRANSLATE_NOOP("IntakeForm", "Contact and address"),
    (
        FormField(
            "2.1",
            QT_TRANSLATE_NOOP("IntakeForm", "Mobile phone (with country code)"),
            FieldKind.NUMBER,
            "phone",
            cells=13,
            prefix="+",
        ),
        FormField(
            "2.2",
            QT_TRANSLATE_NOOP("IntakeForm", "Other phone (family or neighbour)"),
            FieldKind.NUMBER,
            "phone_alt",
            cells=13,
            prefix="+",
        ),
        FormField(
            "2.3", QT_TRANSLATE_NOOP("IntakeForm", "Email"), FieldKind.TEXT, "email", cells=30
        ),
        FormField(
            "2.4",
            QT_TRANSLATE_NOOP("IntakeForm", "State, department or province"),
            FieldKind.TEXT,
            "state",
            cells=30,
        ),
        FormField(
            "2.5",
            QT_TRANSLATE_NOOP("IntakeForm", "Municipality"),
            FieldKind.TEXT,
            "municipality",
            cells=30,
        ),
        FormField(
            "2.6",
            QT_TRANSLATE_NOOP("IntakeForm", "Community, village or neighbourhood"),
            FieldKind.TEXT,
            "community",
            cells=30,
        ),
        FormField(
            "2.7",
            QT_TRANSLATE_NOOP("IntakeForm", "Address (street, number, directions)"),
            FieldKind.LONG_TEXT,
            "address_line",
            lines=2,
        ),
    ),
)

_DOCUMENTS = FormSection(
    3,
    QT_TRANSLATE_NOOP("IntakeForm", "ID documents"),
    (
        FormField(
            "3.1",
            QT_TRANSLATE_NOOP("IntakeForm", "Type of ID document"),
            FieldKind.SINGLE_CHOICE,
            "id_document_type",
            choices=(
                _c(IdDocumentType.CURP, QT_TRANSLATE_NOOP("IntakeForm", "CURP (Mexico)")),
                _c(IdDocumentType.DUI, QT_TRANSLATE_NOOP("IntakeForm", "DUI (El Salvador)")),
                _c(
                    IdDocumentType.CEDULA_CO,
                    QT_TRANSLATE_NOOP("IntakeForm", "Citizenship card (Colombia)"),
                ),
                _c(
                    IdDocumentType.CEDULA_EC,
                    QT_TRANSLATE_NOOP("IntakeForm", "Identity card (Ecuador)"),
                ),
                _c(IdDocumentType.DNI_HN, QT_TRANSLATE_NOOP("IntakeForm", "DNI (Honduras)")),
                _c(IdDocumentType.PASSPORT, QT_TRANSLATE_NOOP("IntakeForm", "Passport")),
                _c(
                    IdDocumentType.OTHER,
                    QT_TRANSLATE_NOOP("IntakeForm", "Other document:"),
                    write_in=True,
                ),
            ),
        ),
        FormField(
            "3.2",
            QT_TRANSLATE_NOOP("IntakeForm", "ID document number"),
            FieldKind.TEXT,
            "id_document_number",
            cells=20,
        ),
    ),
)

_SKILLS = FormSection(
    4,
    QT_TRANSLATE_NOOP("IntakeForm", "Education, trades and skills"),
    (
        FormField(
            "4.1",
            QT_TRANSLATE_NOOP("IntakeForm", "Highest level of education completed"),
            FieldKind.SINGLE_CHOICE,
            "education",
            choices=(
                _c(Education.NONE, QT_TRANSLATE_NOOP("IntakeForm", "No schooling")),
                _c(
                    Education.PRIMARY_INCOMPLETE,
                    QT_TRANSLATE_NOOP("IntakeForm", "Primary, not finished"),
                ),
                _c(Education.PRIMARY, QT_TRANSLATE_NOOP("IntakeForm", "Primary")),
                _c(Education.LOWER_SECONDARY, QT_TRANSLATE_NOOP("IntakeForm", "Lower secondary")),
                _c(Education.UPPER_SECONDARY, QT_TRANSLATE_NOOP("IntakeForm", "Upper secondary")),
                _c(Education.TECHNICAL, QT_TRANSLATE_NOOP("IntakeForm", "Technical or vocational")),
                _c(Education.UNIVERSITY, QT_TRANSLATE_NOOP("IntakeForm", "University")),
            ),
        ),
        FormField(
            "4.2",
            QT_TRANSLATE_NOOP("IntakeForm", "Languages spoken"),
            FieldKind.MULTI_CHOICE,
            "languages",
            choices=(
                _c("es", QT_TRANSLATE_NOOP("IntakeForm", "Spanish")),
                _c("en", QT_TRANSLATE_NOOP("IntakeForm", "English")),
                _c("fr", QT_TRANSLATE_NOOP("IntakeForm", "French")),
                _c(
                    "other",
                    QT_TRANSLATE_NOOP("IntakeForm", "Other (e.g. an Indigenous language):"),
                    write_in=True,
                ),
            ),
        ),
        FormField(
            "4.3",
            QT_TRANSLATE_NOOP("IntakeForm", "Current or usual occupation"),
            FieldKind.TEXT,
            "occupation",
            cells=30,
        ),
        FormField(
            "4.4",
            QT_TRANSLATE_NOOP("IntakeForm", "Trades, skills and work experience"),
            FieldKind.LONG_TEXT,
            "skills",
            lines=3,
            hint=QT_TRANSLATE_NOOP(
                "IntakeForm", "For example: harvesting, driving, welding, cooking."
            ),
        ),
    ),
)

_HOUSEHOLD = FormSection(
    5,
    QT_TRANSLATE_NOOP("IntakeForm", "Household and dependants"),
    (
        FormField(
            "5.1",
            QT_TRANSLATE_NOOP("IntakeForm", "Number of dependants"),
            FieldKind.NUMBER,
            "dependants",
            cells=2,
            hint=QT_TRANSLATE_NOOP(
                "IntakeForm", "People who live on your income: children, parents, others."
            ),
        ),
    ),
)

_MIGRATION = FormSection(
    6,
    QT_TRANSLATE_NOOP("IntakeForm", "Migration stage and intentions"),
    (
        FormField(
            "6.1",
            QT_TRANSLATE_NOOP("IntakeForm", "Current stage"),
            FieldKind.SINGLE_CHOICE,
            "migration_stage",
            choices=(
                _c(
                    MigrationStage.PRE_DEPARTURE,
                    QT_TRANSLATE_NOOP("IntakeForm", "Preparing to leave"),
                ),
                _c(MigrationStage.ABROAD, QT_TRANSLATE_NOOP("IntakeForm", "Working in Canada")),
                _c(MigrationStage.RETURNED, QT_TRANSLATE_NOOP("IntakeForm", "Back home")),
            ),
        ),
        FormField(
            "6.2",
            QT_TRANSLATE_NOOP("IntakeForm", "Plans and intentions"),
            FieldKind.LONG_TEXT,
            None,
            lines=3,
            to_case_note=True,
            hint=QT_TRANSLATE_NOOP(
                "IntakeForm", "What do you hope to do in Canada and after you come back?"
            ),
        ),
    ),
)

_CONSENT = FormSection(
    7,
    QT_TRANSLATE_NOOP("IntakeForm", "Consent"),
    (
        FormField(
            "7.1",
            QT_TRANSLATE_NOOP("IntakeForm", "I agree that IOM uses my information for"),
            FieldKind.MULTI_CHOICE,
            "consent_purposes",
            choices=(
                _c(
                    ConsentPurpose.CASE_MANAGEMENT,
                    QT_TRANSLATE_NOOP("IntakeForm", "Following up my case"),
                ),
                _c(
                    ConsentPurpose.TRAINING, QT_TRANSLATE_NOOP("IntakeForm", "Training and courses")
                ),
                _c(
                    ConsentPurpose.REINTEGRATION,
                    QT_TRANSLATE_NOOP("IntakeForm", "My return and reintegration plan"),
                ),
                _c(
                    ConsentPurpose.STATISTICS,
                    QT_TRANSLATE_NOOP("IntakeForm", "Anonymous statistics"),
                ),
                _c(
                    ConsentPurpose.CONTACT_BY_EMPLOYER,
                    QT_TRANSLATE_NOOP("IntakeForm", "Letting employers in Canada contact me"),
                ),
            ),
        ),
        FormField(
            "7.2",
            QT_TRANSLATE_NOOP("IntakeForm", "Date of consent"),
            FieldKind.DATE,
            "consent_date",
        ),
        FormField(
            "7.3",
            QT_TRANSLATE_NOOP("IntakeForm", "Consent obtained by (IOM officer)"),
            FieldKind.TEXT,
            "consent_obtained_by",
            cells=30,
        ),
    ),
)

INTAKE_SECTIONS: tuple[FormSection, ...] = (
    _IDENTITY,
    _CONTACT,
    _DOCUMENTS,
    _SKILLS,
    _HOUSEHOLD,
    _MIGRATION,
    _CONSENT,
)
"""The seven sections, in the order of the paper form and the intake screen."""

NOT_ON_PAPER: frozenset[str] = frozenset({"status", "consent_withdrawn_at"})
"""Worker fields an officer sets later in the app, never from the intake form."""


def iter_fields() -> Iterator[FormField]:
    """Every field of the form in order, starting with the form code."""
    yield FORM_CODE_FIELD
    for section in INTAKE_SECTIONS:
        yield from section.fields


def field_by_number(number: str) -> FormField:
    """The field numbered `number` ("2.5"); KeyError if there is none."""
    for field in iter_fields():
        if field.number == number:
            return field
    raise KeyError(number)


def worker_fields_filled() -> tuple[str, ...]:
    """The Worker fields the form fills, in form order."""
    return tuple(f.worker_field for f in iter_fields() if f.worker_field is not None)


CONSENT_TEXT = QT_TRANSLATE_NOOP(
    "IntakeForm",
    "Please read this, or ask the officer to read it to you, before you sign. The "
    "International Organization for Migration (IOM) asks for the information on this form "
    "to support you before you leave, while you work in Canada and after you come back "
    "home. We keep your name, date of birth, ID document, contact details, education and "
    "skills, household, your stage in the programme and notes from our meetings with you. "
    "We use them only for the purposes you mark below. We keep them on protected computers "
    "and share them only with the IOM staff who follow your case, and with employers in "
    "Canada only if you mark that box. Giving this information is voluntary: you may leave "
    "any question blank, ask to see or correct your information, and withdraw your consent "
    "at any time by telling an IOM officer. After that we stop using your information, "
    "except what the law requires us to keep. For questions, complaints or to withdraw your "
    "consent, contact the IOM office written below.",
)
"""The consent paragraph read to the worker (printed before 7.1, shown by the screen)."""
