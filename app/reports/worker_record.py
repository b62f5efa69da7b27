"""The worker record summary as a PDF: profile, journey abroad, training, plans, notes."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.i18n_marks import QT_TRANSLATE_NOOP, Translate
from app.reports import formatting as fmt
from app.reports import pdf_common as pc
from app.reports.data import EnrolmentRow, NoteRow, PlacementRow, WorkerRecord

C = "Reports"
TITLE = QT_TRANSLATE_NOOP("Reports", "Worker record")
PSEUDONYMOUS = QT_TRANSLATE_NOOP(
    "Reports",
    "Pseudonymous copy: names, contact details and ID numbers are not shown for your role.",
)
S_PROFILE = QT_TRANSLATE_NOOP("Reports", "1. Profile")
S_JOURNEY = QT_TRANSLATE_NOOP("Reports", "2. Journey: work abroad")
S_TRAINING = QT_TRANSLATE_NOOP("Reports", "3. Training")
S_PLANS = QT_TRANSLATE_NOOP("Reports", "4. Reintegration plan")
S_NOTES = QT_TRANSLATE_NOOP("Reports", "5. Case notes")
L_CASE_CODE = QT_TRANSLATE_NOOP("Reports", "Case code")
L_NAME = QT_TRANSLATE_NOOP("Reports", "Name")
L_SEX = QT_TRANSLATE_NOOP("Reports", "Sex")
L_BORN = QT_TRANSLATE_NOOP("Reports", "Date of birth")
L_AGE = QT_TRANSLATE_NOOP("Reports", "{age} years")
L_NATIONALITY = QT_TRANSLATE_NOOP("Reports", "Nationality")
L_ID = QT_TRANSLATE_NOOP("Reports", "ID document")
L_PHONE = QT_TRANSLATE_NOOP("Reports", "Phone")
L_EMAIL = QT_TRANSLATE_NOOP("Reports", "Email")
L_ADDRESS = QT_TRANSLATE_NOOP("Reports", "Address")
L_EDUCATION = QT_TRANSLATE_NOOP("Reports", "Education")
L_LANGUAGES = QT_TRANSLATE_NOOP("Reports", "Languages")
L_OCCUPATION = QT_TRANSLATE_NOOP("Reports", "Occupation")
L_SKILLS = QT_TRANSLATE_NOOP("Reports", "Skills")
L_DEPENDANTS = QT_TRANSLATE_NOOP("Reports", "Dependants")
L_STAGE = QT_TRANSLATE_NOOP("Reports", "Stage")
L_STATUS = QT_TRANSLATE_NOOP("Reports", "Status")
L_CONSENT = QT_TRANSLATE_NOOP("Reports", "Consent")
L_CONSENT_GIVEN = QT_TRANSLATE_NOOP("Reports", "Given on {date}: {purposes}")
L_FORM_CODE = QT_TRANSLATE_NOOP("Reports", "Intake form code")
L_EMPLOYER = QT_TRANSLATE_NOOP("Reports", "Employer")
L_PLACE = QT_TRANSLATE_NOOP("Reports", "Place")
L_SECTOR = QT_TRANSLATE_NOOP("Reports", "Sector")
L_STREAM = QT_TRANSLATE_NOOP("Reports", "Programme stream")
L_START = QT_TRANSLATE_NOOP("Reports", "Start")
L_PLANNED_END = QT_TRANSLATE_NOOP("Reports", "Planned end")
L_RETURNED = QT_TRANSLATE_NOOP("Reports", "Returned on")
L_COURSE = QT_TRANSLATE_NOOP("Reports", "Course")
L_KIND = QT_TRANSLATE_NOOP("Reports", "Kind")
L_HOURS = QT_TRANSLATE_NOOP("Reports", "Hours")
L_COMPLETED_ON = QT_TRANSLATE_NOOP("Reports", "Completed on")
L_CERTIFICATE = QT_TRANSLATE_NOOP("Reports", "Certificate")
L_RESULT = QT_TRANSLATE_NOOP("Reports", "Result")
L_ATTENDED = QT_TRANSLATE_NOOP("Reports", "Attended")
L_SESSIONS = QT_TRANSLATE_NOOP("Reports", "{sessions} sessions, {hours} h")
L_DATE = QT_TRANSLATE_NOOP("Reports", "Date")
L_AUTHOR = QT_TRANSLATE_NOOP("Reports", "Author")
L_NOTE = QT_TRANSLATE_NOOP("Reports", "Note")
L_FOLLOW_UP = QT_TRANSLATE_NOOP("Reports", "Follow-up on {date}")
NO_PLACEMENTS = QT_TRANSLATE_NOOP("Reports", "No placement abroad recorded.")
NO_TRAINING = QT_TRANSLATE_NOOP("Reports", "No course recorded.")
NO_PLAN = QT_TRANSLATE_NOOP("Reports", "No reintegration plan recorded.")
NO_NOTES = QT_TRANSLATE_NOOP("Reports", "No case notes.")


def render_worker_record(
    record: WorkerRecord,
    *,
    out: BinaryIO | Path,
    tr: Translate,
    language: str,
    paper: str = "a4",
    made_on: date | None = None,
) -> None:
    """Writes the worker record summary of `record` (notes only when it carries them)."""
    from app.reports.plan_document import plan_flowables

    st = pc.styles()
    width = pc.page_size(paper)[0] - 2 * pc.MARGIN_X
    country = record.mission.country
    p = record.profile
    today = made_on or date.today()
    name = p.full_name if not p.pseudonymous else p.case_code
    story: list[Flowable] = [
        Paragraph(pc.text(tr(C, TITLE)), st.title),
        Paragraph(pc.text(f"{name} · {p.case_code}"), st.subtitle),
    ]
    if p.pseudonymous:
        story += [pc.empty_note(tr(C, PSEUDONYMOUS), st), Spacer(1, 2 * mm)]
    story += pc.heading(tr(C, S_PROFILE), st)
    story.append(pc.field_grid(_profile_pairs(record, tr, language, today), width, st))
    story += pc.heading(tr(C, S_JOURNEY), st)
    story.append(_placements(record.placements, tr, language, width, st))
    story += pc.heading(tr(C, S_TRAINING), st)
    story.append(_training(record.enrolments, tr, language, country, width, st))
    story += pc.heading(tr(C, S_PLANS), st)
    if not record.plans:
        story.append(pc.empty_note(tr(C, NO_PLAN), st))
    for plan in record.plans:
        story += plan_flowables(
            plan, tr=tr, language=language, country=country, width=width, st=st, today=today
        )
        story.append(Spacer(1, 4 * mm))
    if record.notes is not None:
        story += pc.heading(tr(C, S_NOTES), st)
        story.append(_notes(record.notes, tr, language, width, st))
    frame = pc.Frame(
        title=f"{tr(C, TITLE)} · {p.case_code}",
        mission=fmt.mission_name(tr, record.mission.code),
        made_on=fmt.format_date(today, language),
        confidential=not p.pseudonymous,
    )
    pc.build_pdf(out, story, tr=tr, language=language, paper=paper, frame=frame)


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _profile_pairs(
    record: WorkerRecord, tr: Translate, language: str, today: date
) -> list[tuple[str, str]]:
    p = record.profile
    born = fmt.format_date(p.date_of_birth, language)
    age = tr(C, L_AGE).format(age=_age(p.date_of_birth, today))
    ident = fmt.label(tr, fmt.ID_DOCUMENT, p.id_document_type)
    if p.id_document_number:
        ident = f"{ident}: {p.id_document_number}"
    address = ", ".join(x for x in (p.address_line, p.community, p.municipality, p.state) if x)
    consent = ""
    if p.consent_date:
        consent = tr(C, L_CONSENT_GIVEN).format(
            date=fmt.format_date(p.consent_date, language),
            purposes=fmt.code_list(tr, fmt.CONSENT_PURPOSE, p.consent_purposes),
        )
    pairs = [
        (tr(C, L_CASE_CODE), p.case_code),
        (tr(C, L_NAME), p.full_name if not p.pseudonymous else "—"),
        (tr(C, L_SEX), fmt.label(tr, fmt.SEX, p.sex)),
        (tr(C, L_BORN), f"{born} ({age})" if not p.pseudonymous else str(p.date_of_birth.year)),
        (tr(C, L_NATIONALITY), fmt.label(tr, fmt.MISSIONS, p.nationality)),
        (tr(C, L_ID), ident),
        (tr(C, L_PHONE), " · ".join(x for x in (p.phone, p.phone_alt) if x)),
        (tr(C, L_EMAIL), p.email),
        (tr(C, L_ADDRESS), address),
        (tr(C, L_EDUCATION), fmt.label(tr, fmt.EDUCATION, p.education)),
        (tr(C, L_LANGUAGES), p.languages),
        (tr(C, L_OCCUPATION), p.occupation),
        (tr(C, L_SKILLS), p.skills),
        (tr(C, L_DEPENDANTS), str(p.dependants)),
        (tr(C, L_STAGE), fmt.label(tr, fmt.STAGE, p.migration_stage)),
        (tr(C, L_STATUS), fmt.label(tr, fmt.WORKER_STATUS, p.status)),
        (tr(C, L_CONSENT), consent),
        (tr(C, L_FORM_CODE), p.intake_form_code),
    ]
    return pairs


def _placements(
    rows: tuple[PlacementRow, ...], tr: Translate, language: str, width: float, st: pc.Styles
) -> Flowable:
    if not rows:
        return pc.empty_note(tr(C, NO_PLACEMENTS), st)
    header = [
        tr(C, h)
        for h in (
            L_EMPLOYER,
            L_PLACE,
            L_SECTOR,
            L_STREAM,
            L_START,
            L_PLANNED_END,
            L_RETURNED,
            L_STATUS,
        )
    ]
    body = [
        [
            r.employer + (f"\n{r.occupation}" if r.occupation else ""),
            ", ".join(x for x in (r.city, r.province.removeprefix("CA-")) if x),
            fmt.label(tr, fmt.SECTOR, r.sector),
            fmt.label(tr, fmt.STREAM, r.programme_stream),
            fmt.format_date(r.start_date, language),
            fmt.format_date(r.planned_end_date, language),
            fmt.format_date(r.actual_return_date, language),
            fmt.label(tr, fmt.PLACEMENT_STATUS, r.status),
        ]
        for r in rows
    ]
    return pc.data_table(header, body, None, st, width=width)


def _training(
    rows: tuple[EnrolmentRow, ...],
    tr: Translate,
    language: str,
    country: str,
    width: float,
    st: pc.Styles,
) -> Flowable:
    if not rows:
        return pc.empty_note(tr(C, NO_TRAINING), st)
    header = [
        tr(C, h)
        for h in (
            L_COURSE,
            L_KIND,
            L_HOURS,
            L_STATUS,
            L_COMPLETED_ON,
            L_CERTIFICATE,
            L_RESULT,
            L_ATTENDED,
        )
    ]
    body = []
    for r in rows:
        attended = ""
        if r.sessions_attended:
            attended = tr(C, L_SESSIONS).format(
                sessions=r.sessions_attended,
                hours=fmt.format_decimal(r.hours_attended, language, country),
            )
        body.append(
            [
                f"{r.course_title}\n{r.course_code}",
                fmt.label(tr, fmt.COURSE_KIND, r.course_kind),
                fmt.format_decimal(r.hours, language, country),
                fmt.label(tr, fmt.ENROLMENT_STATUS, r.status),
                fmt.format_date(r.completion_date, language),
                r.certificate_number,
                fmt.label(tr, fmt.RESULT, r.result),
                attended,
            ]
        )
    return pc.data_table(header, body, None, st, width=width, right=(2,))


def _notes(
    rows: tuple[NoteRow, ...], tr: Translate, language: str, width: float, st: pc.Styles
) -> Flowable:
    if not rows:
        return pc.empty_note(tr(C, NO_NOTES), st)
    header = [tr(C, h) for h in (L_DATE, L_KIND, L_AUTHOR, L_NOTE)]
    body = []
    for n in rows:
        note = n.text
        if n.follow_up_date:
            note += "\n" + tr(C, L_FOLLOW_UP).format(
                date=fmt.format_date(n.follow_up_date, language)
            )
        body.append(
            [
                fmt.format_date(n.written_on, language),
                fmt.label(tr, fmt.NOTE_KIND, n.kind),
                n.author,
                note,
            ]
        )
    shares = (0.12, 0.13, 0.14, 0.61)
    return pc.data_table(header, body, [width * s for s in shares], st)
