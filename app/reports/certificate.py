"""A course completion certificate as a PDF, in one language or two (e.g. Spanish and English)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.i18n_marks import QT_TRANSLATE_NOOP, Translate
from app.reports import formatting as fmt
from app.reports import pdf_common as pc
from app.reports.data import CertificateData
from app.reports.pdf_kit import BOLD, REGULAR

C = "Reports"
TITLE = QT_TRANSLATE_NOOP("Reports", "Certificate of completion")
CERTIFIES = QT_TRANSLATE_NOOP("Reports", "This certifies that")
COMPLETED = QT_TRANSLATE_NOOP("Reports", "has completed the course")
HOURS_BY = QT_TRANSLATE_NOOP("Reports", "{hours} hours of training given by {provider}")
HOURS_ONLY = QT_TRANSLATE_NOOP("Reports", "{hours} hours of training")
RESULT_LINE = QT_TRANSLATE_NOOP("Reports", "Result: {result}")
COMPLETED_ON = QT_TRANSLATE_NOOP("Reports", "Completed on {date}")
NUMBER = QT_TRANSLATE_NOOP("Reports", "Certificate No. {number}")
CASE_CODE = QT_TRANSLATE_NOOP("Reports", "Case code {code}")
SIGN_IOM = QT_TRANSLATE_NOOP("Reports", "For IOM {mission}")
SIGN_FACILITATOR = QT_TRANSLATE_NOOP("Reports", "Facilitator")

BORDER = pc.ACCENT
GOLD = colors.HexColor("#B8860B")


def render_certificate(
    data: CertificateData,
    *,
    out: BinaryIO | Path,
    tr: Translate,
    language: str,
    paper: str = "a4",
    made_on: date | None = None,
    second_language: str | None = None,
    second_tr: Translate | None = None,
) -> None:
    """Writes the certificate of `data` (landscape). With `second_language` and its
    `second_tr`, every line is followed by its translation in smaller grey type."""
    st = pc.styles(10)
    second = None
    if second_language and second_tr and second_language != language:
        second = (second_language, second_tr)
    lines = _lines(data, language, tr)
    seconds = _lines(data, second[0], second[1]) if second else None
    story: list[Flowable] = [Spacer(1, 8 * mm if second else 16 * mm)]
    for key, style_name in _LAYOUT:
        story.append(Paragraph(pc.text(lines[key]), _style(style_name, st, main=True)))
        if seconds is not None and key not in ("name", "course", "number", "case_code"):
            story.append(Paragraph(pc.text(seconds[key]), _style(style_name, st, main=False)))
        story.append(Spacer(1, _GAP[style_name] * (0.6 if second else 1.0)))
    story.append(_signatures(data, tr, second, st))
    frame = pc.Frame(
        title=f"{tr(C, TITLE)} · {data.certificate_number or data.case_code}",
        mission=fmt.mission_name(tr, data.mission.code),
        made_on=fmt.format_date(made_on or date.today(), language),
    )
    pc.build_pdf(
        out,
        story,
        tr=tr,
        language=language,
        paper=paper,
        frame=frame,
        landscape=True,
        margins=(30 * mm, 30 * mm, 24 * mm),
        decorate=_border,
    )


_LAYOUT: tuple[tuple[str, str], ...] = (
    ("title", "title"),
    ("certifies", "line"),
    ("name", "name"),
    ("case_code", "small"),
    ("completed", "line"),
    ("course", "course"),
    ("hours", "line"),
    ("result", "line"),
    ("completed_on", "line"),
    ("number", "small"),
)
_GAP = {"title": 6 * mm, "line": 2.5 * mm, "name": 1 * mm, "course": 2.5 * mm, "small": 3 * mm}


def _lines(data: CertificateData, language: str, tr: Translate) -> dict[str, str]:
    course = data.course
    country = data.mission.country
    hours = fmt.format_decimal(course.hours, language, country)
    hours_line = (
        tr(C, HOURS_BY).format(hours=hours, provider=course.provider)
        if course.provider
        else tr(C, HOURS_ONLY).format(hours=hours)
    )
    result = fmt.label(tr, fmt.RESULT, data.result)
    return {
        "title": tr(C, TITLE),
        "certifies": tr(C, CERTIFIES),
        "name": data.worker_name,
        "case_code": tr(C, CASE_CODE).format(code=data.case_code),
        "completed": tr(C, COMPLETED),
        "course": course.title,
        "hours": hours_line,
        "result": tr(C, RESULT_LINE).format(result=result) if result else "",
        "completed_on": tr(C, COMPLETED_ON).format(
            date=fmt.format_date_long(data.completion_date, language)
        ),
        "number": tr(C, NUMBER).format(number=data.certificate_number)
        if data.certificate_number
        else "",
    }


def _style(name: str, st: pc.Styles, *, main: bool) -> ParagraphStyle:
    size = {"title": 26.0, "line": 12.0, "name": 22.0, "course": 16.0, "small": 9.0}[name]
    font = BOLD if name in ("title", "name", "course") else REGULAR
    if not main:
        size, font = size * 0.62 if name == "title" else size * 0.8, REGULAR
    color = pc.ACCENT if name == "title" else colors.black if main else pc.GREY
    if name == "small":
        color = pc.GREY
    return ParagraphStyle(
        f"cert-{name}-{main}",
        parent=st.body,
        fontName=font,
        fontSize=size,
        leading=size * 1.2,
        alignment=TA_CENTER,
        textColor=color,
    )


def _signatures(
    data: CertificateData, tr: Translate, second: tuple[str, Translate] | None, st: pc.Styles
) -> Flowable:
    mission = fmt.mission_name(tr, data.mission.code)
    iom = tr(C, SIGN_IOM).format(mission=mission)
    facilitator = tr(C, SIGN_FACILITATOR)
    if second is not None:
        other = second[1]
        iom += f" / {other(C, SIGN_IOM).format(mission=fmt.mission_name(other, data.mission.code))}"
        facilitator += f" / {other(C, SIGN_FACILITATOR)}"
    return pc.signature_block([iom, facilitator], 200 * mm, st)


def _border(c: Canvas, width: float, height: float) -> None:
    c.saveState()
    c.setStrokeColor(BORDER)
    c.setLineWidth(2.2)
    c.rect(18 * mm, 18 * mm, width - 36 * mm, height - 36 * mm)
    c.setStrokeColor(GOLD)
    c.setLineWidth(0.8)
    c.rect(21 * mm, 21 * mm, width - 42 * mm, height - 42 * mm)
    c.restoreState()
