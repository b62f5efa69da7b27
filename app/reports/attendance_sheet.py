"""A course attendance sheet as a PDF: participants down, one signature column per session."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from app.i18n_marks import QT_TRANSLATE_NOOP, Translate
from app.reports import formatting as fmt
from app.reports import pdf_common as pc
from app.reports.data import CourseRoster

C = "Reports"
TITLE = QT_TRANSLATE_NOOP("Reports", "Attendance sheet")
L_CODE = QT_TRANSLATE_NOOP("Reports", "Course code")
L_KIND = QT_TRANSLATE_NOOP("Reports", "Kind")
L_PROVIDER = QT_TRANSLATE_NOOP("Reports", "Provider")
L_PLACE = QT_TRANSLATE_NOOP("Reports", "Place")
L_DATES = QT_TRANSLATE_NOOP("Reports", "Dates")
L_HOURS = QT_TRANSLATE_NOOP("Reports", "Hours")
L_PARTICIPANTS = QT_TRANSLATE_NOOP("Reports", "Participants")
L_NUMBER = QT_TRANSLATE_NOOP("Reports", "No.")
L_CASE_CODE = QT_TRANSLATE_NOOP("Reports", "Case code")
L_NAME = QT_TRANSLATE_NOOP("Reports", "Name")
L_SESSION_DATE = QT_TRANSLATE_NOOP("Reports", "Date: ____/____")
L_SESSIONS = QT_TRANSLATE_NOOP("Reports", "Sessions {first}–{last} of {count}")
L_INSTRUCTIONS = QT_TRANSLATE_NOOP(
    "Reports",
    "Each participant signs (or leaves a thumbprint) under the date of every session "
    "attended. Do not sign for someone else.",
)
SIGN_FACILITATOR = QT_TRANSLATE_NOOP("Reports", "Name and signature of the facilitator")
SIGN_OFFICER = QT_TRANSLATE_NOOP("Reports", "Name and signature of the IOM officer")
NO_PARTICIPANTS = QT_TRANSLATE_NOOP("Reports", "Nobody is enrolled in this course yet.")

BLANK_SESSIONS = 5
ROW_H = 10 * mm
FIXED_W = (9 * mm, 27 * mm, 62 * mm)
MIN_SESSION_W = 27 * mm
MAX_SESSIONS = 8
MAX_SESSION_W = 45 * mm
EXTRA_ROWS = 2  # blank lines for a late enrolment, added afterwards in the app


def render_attendance_sheet(
    roster: CourseRoster,
    *,
    out: BinaryIO | Path,
    tr: Translate,
    language: str,
    paper: str = "a4",
    made_on: date | None = None,
) -> None:
    """Writes the sheet of `roster` (landscape); sessions that do not fit one page width
    continue on the next pages, each with the full participant list."""
    st = pc.styles()
    width = pc.page_size(paper, landscape=True)[0] - 2 * pc.MARGIN_X
    course = roster.course
    country = roster.mission.country
    sessions: list[date | None] = list(roster.session_dates) or [None] * BLANK_SESSIONS
    per_page = max(1, min(MAX_SESSIONS, int((width - sum(FIXED_W)) // MIN_SESSION_W)))
    groups = [sessions[i : i + per_page] for i in range(0, len(sessions), per_page)]
    head = _course_block(roster, tr, language, country, width, st)
    story: list[Flowable] = []
    for n, group in enumerate(groups):
        if n:
            story.append(PageBreak())
        story += head
        if len(groups) > 1:
            first = n * per_page + 1
            story.append(
                Paragraph(
                    pc.text(
                        tr(C, L_SESSIONS).format(
                            first=first, last=first + len(group) - 1, count=len(sessions)
                        )
                    ),
                    st.cell_bold,
                )
            )
            story.append(Spacer(1, 1.5 * mm))
        story.append(_sheet(roster, group, tr, language, width, st))
        story.append(
            pc.signature_block([tr(C, SIGN_FACILITATOR), tr(C, SIGN_OFFICER)], width * 0.7, st)
        )
    frame = pc.Frame(
        title=f"{tr(C, TITLE)} · {course.code}",
        mission=fmt.mission_name(tr, roster.mission.code),
        made_on=fmt.format_date(made_on or date.today(), language),
        confidential=any(p.full_name for p in roster.participants),
    )
    pc.build_pdf(out, story, tr=tr, language=language, paper=paper, frame=frame, landscape=True)


def _course_block(
    roster: CourseRoster, tr: Translate, language: str, country: str, width: float, st: pc.Styles
) -> list[Flowable]:
    course = roster.course
    dates = " – ".join(
        fmt.format_date(d, language) for d in (course.start_date, course.end_date) if d
    )
    pairs = [
        (tr(C, L_CODE), course.code),
        (tr(C, L_KIND), fmt.label(tr, fmt.COURSE_KIND, course.kind)),
        (tr(C, L_PROVIDER), course.provider),
        (tr(C, L_PLACE), course.place),
        (tr(C, L_DATES), dates),
        (tr(C, L_HOURS), fmt.format_decimal(course.hours, language, country)),
        (tr(C, L_PARTICIPANTS), str(len(roster.participants))),
    ]
    return [
        Paragraph(pc.text(tr(C, TITLE)), st.title),
        Paragraph(pc.text(course.title), st.subtitle),
        pc.field_grid(pairs, width, st, columns=4),
        Spacer(1, 2 * mm),
        Paragraph(pc.text(tr(C, L_INSTRUCTIONS)), st.small),
        Spacer(1, 2 * mm),
    ]


def _sheet(
    roster: CourseRoster,
    group: Sequence[date | None],
    tr: Translate,
    language: str,
    width: float,
    st: pc.Styles,
) -> Flowable:
    if not roster.participants:
        return pc.empty_note(tr(C, NO_PARTICIPANTS), st)
    session_w = min(MAX_SESSION_W, (width - sum(FIXED_W)) / len(group))
    header = [tr(C, L_NUMBER), tr(C, L_CASE_CODE), tr(C, L_NAME)] + [
        fmt.format_date(d, language) if d else tr(C, L_SESSION_DATE) for d in group
    ]
    rows: list[list[str]] = [
        [str(i), p.case_code, p.full_name] + [""] * len(group)
        for i, p in enumerate(roster.participants, start=1)
    ]
    start = len(rows) + 1
    rows += [[str(start + i), "", ""] + [""] * len(group) for i in range(EXTRA_ROWS)]
    widths = [*FIXED_W, *([session_w] * len(group))]
    return pc.data_table(header, rows, widths, st, row_height=ROW_H, grid=True)
