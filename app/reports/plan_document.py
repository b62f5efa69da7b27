"""The reintegration plan as a PDF: the plan, its funding table, milestones and signatures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.i18n_marks import QT_TRANSLATE_NOOP, Translate
from app.reports import formatting as fmt
from app.reports import pdf_common as pc
from app.reports.data import PlanDocumentData, PlanRow

C = "Reports"
TITLE = QT_TRANSLATE_NOOP("Reports", "Reintegration plan")
L_PLAN_TITLE = QT_TRANSLATE_NOOP("Reports", "Plan")
L_KIND = QT_TRANSLATE_NOOP("Reports", "Kind of plan")
L_STATUS = QT_TRANSLATE_NOOP("Reports", "Status")
L_SECTOR = QT_TRANSLATE_NOOP("Reports", "Sector")
L_COMMUNITY = QT_TRANSLATE_NOOP("Reports", "Community")
L_BUSINESS_STARTED = QT_TRANSLATE_NOOP("Reports", "Business started on")
L_SUBMITTED = QT_TRANSLATE_NOOP("Reports", "Submitted on")
L_APPROVED = QT_TRANSLATE_NOOP("Reports", "Approved")
L_APPROVED_BY = QT_TRANSLATE_NOOP("Reports", "{date} by {name}")
L_GOALS = QT_TRANSLATE_NOOP("Reports", "Goals")
L_FUNDING = QT_TRANSLATE_NOOP("Reports", "Funding")
L_ITEM = QT_TRANSLATE_NOOP("Reports", "Item")
L_AMOUNT = QT_TRANSLATE_NOOP("Reports", "Amount")
L_SHARE = QT_TRANSLATE_NOOP("Reports", "Share of budget")
L_BUDGET = QT_TRANSLATE_NOOP("Reports", "Budget")
L_OWN_SAVINGS = QT_TRANSLATE_NOOP("Reports", "Own savings")
L_OWN_REMITTANCES = QT_TRANSLATE_NOOP("Reports", "Own remittances")
L_OTHER_FUNDING = QT_TRANSLATE_NOOP("Reports", "Other funding")
L_OTHER_FROM = QT_TRANSLATE_NOOP("Reports", "Other funding ({source})")
L_TOTAL_FUNDING = QT_TRANSLATE_NOOP("Reports", "Total funding")
L_GAP = QT_TRANSLATE_NOOP("Reports", "Still to find")
L_MILESTONES = QT_TRANSLATE_NOOP("Reports", "Milestones")
L_MILESTONE = QT_TRANSLATE_NOOP("Reports", "Milestone")
L_DUE = QT_TRANSLATE_NOOP("Reports", "Due")
L_PROGRESS = QT_TRANSLATE_NOOP("Reports", "Progress")
L_DONE_ON = QT_TRANSLATE_NOOP("Reports", "Done on {date}")
L_OVERDUE = QT_TRANSLATE_NOOP("Reports", "Overdue")
L_PENDING = QT_TRANSLATE_NOOP("Reports", "Pending")
NO_MILESTONES = QT_TRANSLATE_NOOP("Reports", "No milestones yet.")
SIGN_WORKER = QT_TRANSLATE_NOOP("Reports", "Signature of the worker")
SIGN_OFFICER = QT_TRANSLATE_NOOP("Reports", "Name and signature of the IOM officer")
SIGN_SUPERVISOR = QT_TRANSLATE_NOOP("Reports", "Approved by the supervisor (name, signature, date)")


def render_plan_document(
    data: PlanDocumentData,
    *,
    out: BinaryIO | Path,
    tr: Translate,
    language: str,
    paper: str = "a4",
    made_on: date | None = None,
) -> None:
    """Writes the reintegration plan of `data` with milestones, funding and signatures."""
    st = pc.styles()
    width = pc.page_size(paper)[0] - 2 * pc.MARGIN_X
    today = made_on or date.today()
    plan = data.plan
    who = data.worker_name or data.case_code
    story: list[Flowable] = [
        Paragraph(pc.text(tr(C, TITLE)), st.title),
        Paragraph(pc.text(f"{who} · {data.case_code}"), st.subtitle),
    ]
    story += plan_flowables(
        plan,
        tr=tr,
        language=language,
        country=data.mission.country,
        width=width,
        st=st,
        today=today,
    )
    story.append(
        pc.signature_block(
            [tr(C, SIGN_WORKER), tr(C, SIGN_OFFICER), tr(C, SIGN_SUPERVISOR)], width, st
        )
    )
    frame = pc.Frame(
        title=f"{tr(C, TITLE)} · {data.case_code}",
        mission=fmt.mission_name(tr, data.mission.code),
        made_on=fmt.format_date(today, language),
        confidential=bool(data.worker_name),
    )
    pc.build_pdf(out, story, tr=tr, language=language, paper=paper, frame=frame)


def plan_flowables(
    plan: PlanRow,
    *,
    tr: Translate,
    language: str,
    country: str,
    width: float,
    st: pc.Styles,
    today: date,
) -> list[Flowable]:
    """The plan's fields, goals, funding table and milestones (also used by the record)."""
    approved = ""
    if plan.approved_at:
        approved = tr(C, L_APPROVED_BY).format(
            date=fmt.format_date(plan.approved_at, language), name=plan.approved_by
        )
    pairs = [
        (tr(C, L_PLAN_TITLE), plan.title),
        (tr(C, L_KIND), fmt.label(tr, fmt.PLAN_KIND, plan.kind)),
        (tr(C, L_STATUS), fmt.label(tr, fmt.PLAN_STATUS, plan.status)),
        (tr(C, L_SECTOR), fmt.label(tr, fmt.SECTOR, plan.sector)),
        (tr(C, L_COMMUNITY), plan.community),
        (tr(C, L_BUSINESS_STARTED), fmt.format_date(plan.business_started_on, language)),
        (tr(C, L_SUBMITTED), fmt.format_date(plan.submitted_at, language)),
        (tr(C, L_APPROVED), approved),
    ]
    out: list[Flowable] = [pc.field_grid(pairs, width, st)]
    if plan.goals:
        out += [
            Spacer(1, 3 * mm),
            Paragraph(pc.text(tr(C, L_GOALS)), st.cell_bold),
            Paragraph(pc.text(plan.goals), st.body),
        ]
    out.append(
        KeepTogether(
            [
                Spacer(1, 3 * mm),
                Paragraph(pc.text(tr(C, L_FUNDING)), st.cell_bold),
                Spacer(1, 1 * mm),
                funding_table(plan, tr=tr, language=language, country=country, width=width, st=st),
            ]
        )
    )
    out.append(
        KeepTogether(
            [
                Spacer(1, 3 * mm),
                Paragraph(pc.text(tr(C, L_MILESTONES)), st.cell_bold),
                Spacer(1, 1 * mm),
                _milestones(plan, tr, language, width, st, today),
            ]
        )
    )
    return out


def funding_table(
    plan: PlanRow, *, tr: Translate, language: str, country: str, width: float, st: pc.Styles
) -> Flowable:
    """Budget, each source of funding with its share of the budget, total and gap."""

    def money(value: Decimal) -> str:
        return fmt.format_money(value, plan.currency, language, country)

    def share(value: Decimal) -> str:
        if plan.budget <= 0:
            return ""
        return fmt.format_percent(value / plan.budget, language, country)

    other = tr(C, L_OTHER_FUNDING)
    if plan.other_funding_source:
        other = tr(C, L_OTHER_FROM).format(source=plan.other_funding_source)
    total = plan.own_savings + plan.own_remittances + plan.other_funding
    rows = [
        [tr(C, L_BUDGET), money(plan.budget), share(plan.budget)],
        [tr(C, L_OWN_SAVINGS), money(plan.own_savings), share(plan.own_savings)],
        [tr(C, L_OWN_REMITTANCES), money(plan.own_remittances), share(plan.own_remittances)],
        [other, money(plan.other_funding), share(plan.other_funding)],
        [tr(C, L_TOTAL_FUNDING), money(total), share(total)],
        [tr(C, L_GAP), money(plan.funding_gap), share(plan.funding_gap)],
    ]
    header = [tr(C, L_ITEM), tr(C, L_AMOUNT), tr(C, L_SHARE)]
    widths = [width * 0.5, width * 0.3, width * 0.2]
    return pc.data_table(header, rows, widths, st, right=(1, 2), bold_last=True)


def _milestones(
    plan: PlanRow, tr: Translate, language: str, width: float, st: pc.Styles, today: date
) -> Flowable:
    if not plan.milestones:
        return pc.empty_note(tr(C, NO_MILESTONES), st)
    rows = []
    for m in plan.milestones:
        if m.done_on:
            progress = tr(C, L_DONE_ON).format(date=fmt.format_date(m.done_on, language))
        elif m.due_date and m.due_date < today:
            progress = tr(C, L_OVERDUE)
        else:
            progress = tr(C, L_PENDING)
        rows.append([m.title, fmt.format_date(m.due_date, language), progress])
    header = [tr(C, L_MILESTONE), tr(C, L_DUE), tr(C, L_PROGRESS)]
    return pc.data_table(header, rows, [width * 0.56, width * 0.17, width * 0.27], st)
