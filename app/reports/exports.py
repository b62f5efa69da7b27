"""Workers, placements and enrolments to CSV or XLSX: streamed, cancellable, role-filtered.

Field policy (which columns a role gets):

- field officer, supervisor: every column of their missions' records, names, date of
  birth, ID number, phones, email, address and free-text skills included: they work
  the cases and need to reach the people.
- HQ analyst, admin: pseudonymous rows. The case code stands for the person; no names,
  date of birth (year of birth instead), ID number, phones, email, street address,
  skills (free text), intake form code or work permit number. Kept: mission, sex,
  nationality, state, municipality and community (needed for the community indicators),
  education, occupation, stage, status and consent, placement and training details.

Always: workers who withdrew consent and archived rows are left out (with their
placements and enrolments); only the actor's missions (HQ roles: all). Text cells that
start with = + - @, a tab or a carriage return get a leading single quote so that no
spreadsheet runs them as a formula. CSV is UTF-8 with a BOM (Excel shows accents right)
and ISO dates; XLSX holds real dates and numbers (streamed by a small SpreadsheetML
writer here: XlsxWriter's constant-memory mode needs about 150 s for 200,000
workers). Stored codes (stage, sector...) are written as their stable codes, the same
in every language; headers are translated.

Rows are read in chunks by rowid (keyset) inside one read transaction, written to a
temporary file next to the target and renamed at the end: a cancelled or failed export
leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from app.i18n_marks import QT_TRANSLATE_NOOP, Translate, identity_tr
from app.models.enums import Role
from app.reports.data import sees_personal_data
from app.services.context import NOT_ALLOWED, Actor, Message, PermissionDenied

Progress = Callable[[int, int], None]
"""Called as progress(rows written, rows in all) after every chunk."""
CancelCheck = Callable[[], bool]
"""Returns True when the person asked to stop."""

CONTEXT = "Reports"
DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r")
CHUNK_ROWS = 5000


class ExportKind(StrEnum):
    WORKERS = "workers"
    PLACEMENTS = "placements"
    ENROLMENTS = "enrolments"


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


class ExportCancelled(Exception):
    """The export was stopped by the person; no file was written."""


@dataclass(frozen=True)
class ExportColumn:
    """One exported column: key, English header (marked), SQL expression, value kind.

    kind: "text" (neutralised), "code" (a stored enum value), "date", "int", "number".
    audience: "all", "personal" (officers and supervisors only) or "pseudonymous" (HQ
    roles only, a coarser stand-in for a personal column).
    """

    key: str
    label: str
    sql: str
    kind: str = "text"
    audience: str = "all"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: ExportKind
    format: ExportFormat
    rows: int
    columns: tuple[str, ...]


def neutralise(value: str) -> str:
    """`value` with a leading single quote when a spreadsheet would run it as a formula."""
    return "'" + value if value.startswith(DANGEROUS_FIRST) else value


def _neutralised_sql(expr: str) -> str:
    """SQL for `expr` neutralised like `neutralise` (the character class holds a real tab
    and carriage return; "-" comes first so it is not a range)."""
    return f"iif({expr} GLOB '[-=+@\t\r]*', '''' || {expr}, {expr})"


def _c(key: str, label: str, sql: str, kind: str = "text", audience: str = "all") -> ExportColumn:
    return ExportColumn(key, label, sql, kind, audience)


_NAME = "trim(w.given_names || ' ' || w.first_family_name || ' ' || w.second_family_name)"
_CASE_CODE = _c("case_code", QT_TRANSLATE_NOOP("Reports", "Case code"), "w.case_code")
_WORKER_NAME = _c("worker_name", QT_TRANSLATE_NOOP("Reports", "Name"), _NAME, audience="personal")

COLUMNS: dict[ExportKind, tuple[ExportColumn, ...]] = {
    ExportKind.WORKERS: (
        _CASE_CODE,
        _c("mission", QT_TRANSLATE_NOOP("Reports", "Mission"), "w.mission_id", "code"),
        _c("given_names", QT_TRANSLATE_NOOP("Reports", "Given names"), "w.given_names",
           audience="personal"),
        _c("first_family_name", QT_TRANSLATE_NOOP("Reports", "First family name"),
           "w.first_family_name", audience="personal"),
        _c("second_family_name", QT_TRANSLATE_NOOP("Reports", "Second family name"),
           "w.second_family_name", audience="personal"),
        _c("sex", QT_TRANSLATE_NOOP("Reports", "Sex"), "w.sex", "code"),
        _c("date_of_birth", QT_TRANSLATE_NOOP("Reports", "Date of birth"), "w.date_of_birth",
           "date", "personal"),
        _c("year_of_birth", QT_TRANSLATE_NOOP("Reports", "Year of birth"),
           "CAST(substr(w.date_of_birth, 1, 4) AS INTEGER)", "int", "pseudonymous"),
        _c("nationality", QT_TRANSLATE_NOOP("Reports", "Nationality"), "w.nationality"),
        _c("id_document_type", QT_TRANSLATE_NOOP("Reports", "ID document"),
           "w.id_document_type", "code"),
        _c("id_document_number", QT_TRANSLATE_NOOP("Reports", "ID number"),
           "w.id_document_number", audience="personal"),
        _c("phone", QT_TRANSLATE_NOOP("Reports", "Phone"), "w.phone", audience="personal"),
        _c("phone_alt", QT_TRANSLATE_NOOP("Reports", "Other phone"), "w.phone_alt",
           audience="personal"),
        _c("email", QT_TRANSLATE_NOOP("Reports", "Email"), "w.email", audience="personal"),
        _c("state", QT_TRANSLATE_NOOP("Reports", "State or department"), "w.state"),
        _c("municipality", QT_TRANSLATE_NOOP("Reports", "Municipality"), "w.municipality"),
        _c("community", QT_TRANSLATE_NOOP("Reports", "Community"), "w.community"),
        _c("address_line", QT_TRANSLATE_NOOP("Reports", "Address"), "w.address_line",
           audience="personal"),
        _c("education", QT_TRANSLATE_NOOP("Reports", "Education"), "w.education", "code"),
        _c("languages", QT_TRANSLATE_NOOP("Reports", "Languages"), "w.languages"),
        _c("occupation", QT_TRANSLATE_NOOP("Reports", "Occupation"), "w.occupation"),
        _c("skills", QT_TRANSLATE_NOOP("Reports", "Skills"), "w.skills", audience="personal"),
        _c("dependants", QT_TRANSLATE_NOOP("Reports", "Dependants"), "w.dependants", "int"),
        _c("migration_stage", QT_TRANSLATE_NOOP("Reports", "Stage"), "w.migration_stage",
           "code"),
        _c("status", QT_TRANSLATE_NOOP("Reports", "Status"), "w.status", "code"),
        _c("consent_date", QT_TRANSLATE_NOOP("Reports", "Consent date"), "w.consent_date",
           "date"),
        _c("consent_purposes", QT_TRANSLATE_NOOP("Reports", "Consent purposes"),
           "w.consent_purposes"),
        _c("intake_form_code", QT_TRANSLATE_NOOP("Reports", "Intake form code"),
           "coalesce(w.intake_form_code, '')", audience="personal"),
        _c("registered_on", QT_TRANSLATE_NOOP("Reports", "Registered on"),
           "substr(w.created_at, 1, 10)", "date"),
        _c("updated_on", QT_TRANSLATE_NOOP("Reports", "Last changed on"),
           "substr(w.updated_at, 1, 10)", "date"),
    ),
    ExportKind.PLACEMENTS: (
        _CASE_CODE,
        _WORKER_NAME,
        _c("mission", QT_TRANSLATE_NOOP("Reports", "Mission"), "w.mission_id", "code"),
        _c("employer", QT_TRANSLATE_NOOP("Reports", "Employer"), "p.employer"),
        _c("city", QT_TRANSLATE_NOOP("Reports", "City"), "p.city"),
        _c("province", QT_TRANSLATE_NOOP("Reports", "Province"), "p.province"),
        _c("sector", QT_TRANSLATE_NOOP("Reports", "Sector"), "p.sector", "code"),
        _c("occupation", QT_TRANSLATE_NOOP("Reports", "Occupation"), "p.occupation"),
        _c("noc_code", QT_TRANSLATE_NOOP("Reports", "NOC code"), "p.noc_code"),
        _c("programme_stream", QT_TRANSLATE_NOOP("Reports", "Programme stream"),
           "p.programme_stream", "code"),
        _c("permit_number", QT_TRANSLATE_NOOP("Reports", "Work permit number"),
           "p.permit_number", audience="personal"),
        _c("start_date", QT_TRANSLATE_NOOP("Reports", "Start"), "p.start_date", "date"),
        _c("planned_end_date", QT_TRANSLATE_NOOP("Reports", "Planned end"),
           "p.planned_end_date", "date"),
        _c("actual_return_date", QT_TRANSLATE_NOOP("Reports", "Returned on"),
           "p.actual_return_date", "date"),
        _c("status", QT_TRANSLATE_NOOP("Reports", "Status"), "p.status", "code"),
    ),
    ExportKind.ENROLMENTS: (
        _CASE_CODE,
        _WORKER_NAME,
        _c("mission", QT_TRANSLATE_NOOP("Reports", "Mission"), "w.mission_id", "code"),
        _c("course_code", QT_TRANSLATE_NOOP("Reports", "Course code"), "c.code"),
        _c("course_title", QT_TRANSLATE_NOOP("Reports", "Course"), "c.title"),
        _c("course_kind", QT_TRANSLATE_NOOP("Reports", "Kind of course"), "c.kind", "code"),
        _c("hours", QT_TRANSLATE_NOOP("Reports", "Hours"), "c.hours", "number"),
        _c("status", QT_TRANSLATE_NOOP("Reports", "Status"), "e.status", "code"),
        _c("enrolled_on", QT_TRANSLATE_NOOP("Reports", "Enrolled on"), "e.enrolled_on",
           "date"),
        _c("completion_date", QT_TRANSLATE_NOOP("Reports", "Completed on"),
           "e.completion_date", "date"),
        _c("certificate_number", QT_TRANSLATE_NOOP("Reports", "Certificate number"),
           "e.certificate_number"),
        _c("result", QT_TRANSLATE_NOOP("Reports", "Result"), "coalesce(e.result, '')", "code"),
        _c("score", QT_TRANSLATE_NOOP("Reports", "Score"), "e.score", "number"),
    ),
}  # fmt: skip

_FROM: dict[ExportKind, tuple[str, str]] = {
    # NOT INDEXED and CROSS JOIN keep SQLite walking the exported table in rowid order
    # (the keyset), looking each row's worker up by id, instead of going through a
    # mission index and sorting every chunk.
    ExportKind.WORKERS: ("worker w NOT INDEXED", "w"),
    ExportKind.PLACEMENTS: (
        "placement p NOT INDEXED CROSS JOIN worker w ON w.id = p.worker_id",
        "p",
    ),
    ExportKind.ENROLMENTS: (
        "enrolment e NOT INDEXED CROSS JOIN worker w ON w.id = e.worker_id "
        "CROSS JOIN course c ON c.id = e.course_id",
        "e",
    ),
}


def export_columns(kind: ExportKind | str, role: Role) -> tuple[ExportColumn, ...]:
    """The columns `role` may export for `kind` (the field policy above)."""
    hidden = "pseudonymous" if sees_personal_data(role) else "personal"
    return tuple(c for c in COLUMNS[ExportKind(kind)] if c.audience != hidden)


def export_table(
    session: Session,
    *,
    kind: ExportKind | str,
    fmt: ExportFormat | str,
    path: Path,
    actor: Actor,
    mission: str | None = None,
    tr: Translate = identity_tr,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    chunk_rows: int = CHUNK_ROWS,
) -> ExportResult:
    """Writes the `kind` rows the actor may see to `path` as CSV or XLSX.

    Raises ExportCancelled (no file left) when `cancelled()` returns True, and
    PermissionDenied for a mission outside the actor's scope.
    """
    kind, fmt = ExportKind(kind), ExportFormat(fmt)
    columns = export_columns(kind, actor.role)
    where, params = _scope(kind, actor, mission)
    table, alias = _FROM[kind]
    conn = session.connection()
    total = int(
        conn.execute(text(f"SELECT COUNT(*) FROM {table} WHERE {where}"), params).scalar_one()
    )
    select_list = ", ".join(_select_expr(c) for c in columns)
    sql = (
        f"SELECT {alias}.rowid, {select_list} FROM {table} WHERE {where} "
        f"AND {alias}.rowid > :after ORDER BY {alias}.rowid LIMIT :limit"
    )
    raw = conn.connection.driver_connection  # plain tuples, no per-row wrapping
    assert raw is not None

    def chunks() -> Any:
        after, done = 0, 0
        while True:
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            rows = raw.execute(sql, {**params, "after": after, "limit": chunk_rows}).fetchall()
            if not rows:
                return
            after = rows[-1][0]
            done += len(rows)
            yield [r[1:] for r in rows]
            if progress is not None:
                progress(done, total)

    if progress is not None:
        progress(0, total)
    headers = [tr(CONTEXT, c.label) for c in columns]
    writer = _write_csv if fmt is ExportFormat.CSV else _write_xlsx
    written = _atomic(path, lambda tmp: writer(tmp, headers, columns, chunks(), kind))
    return ExportResult(path, kind, fmt, written, tuple(c.key for c in columns))


def _select_expr(column: ExportColumn) -> str:
    if column.kind == "text":
        return _neutralised_sql(f"coalesce({column.sql}, '')")
    return column.sql


def _scope(kind: ExportKind, actor: Actor, mission: str | None) -> tuple[str, dict[str, Any]]:
    conditions = ["w.archived_at IS NULL", "w.consent_withdrawn_at IS NULL"]
    if kind is ExportKind.PLACEMENTS:
        conditions.append("p.archived_at IS NULL")
    elif kind is ExportKind.ENROLMENTS:
        conditions.append("e.archived_at IS NULL")
    params: dict[str, Any] = {}
    if mission:
        if not actor.may_read(mission):
            raise PermissionDenied(Message(NOT_ALLOWED))
        conditions.append("w.mission_id = :mission")
        params["mission"] = mission
    elif not actor.may_read("*"):
        names = [f":m{i}" for i in range(len(actor.missions))] or ["NULL"]
        conditions.append(f"w.mission_id IN ({', '.join(names)})")
        params.update({f"m{i}": m for i, m in enumerate(actor.missions)})
    return " AND ".join(conditions), params


def _atomic(path: Path, write: Callable[[Path], int]) -> int:
    """Runs write(temp path) and renames the temp file to `path`; removes it on any error."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        written = write(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return written


def _write_csv(
    tmp: Path,
    headers: Sequence[str],
    columns: Sequence[ExportColumn],
    chunks: Any,
    kind: ExportKind,
) -> int:
    written = 0
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(headers)
        for rows in chunks:
            out.writerows(rows)
            written += len(rows)
    return written


def _write_xlsx(
    tmp: Path,
    headers: Sequence[str],
    columns: Sequence[ExportColumn],
    chunks: Any,
    kind: ExportKind,
) -> int:
    """Streams the rows into a minimal SpreadsheetML package (one sheet, inline strings,
    dates as date serials with a date format, header in bold, frozen and filtered).

    Written here rather than with XlsxWriter: its per-cell cost (about 20 microseconds)
    makes 200,000 workers take over two minutes; this writer needs a few seconds.
    """
    refs = [_column_letters(i) for i in range(len(columns))]
    kinds = [_XLSX_KIND.get(c.kind, 0) for c in columns]
    last_col = refs[-1]
    written = 0
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as book:
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(_sheet_head(columns, headers, refs).encode("utf-8"))
            for rows in chunks:
                sheet.write(_xlsx_rows(rows, written + 2, refs, kinds).encode("utf-8"))
                written += len(rows)
            end = f'</sheetData><autoFilter ref="A1:{last_col}{written + 1}"/></worksheet>'
            sheet.write(end.encode("utf-8"))
        name = kind.value
        area = f"'{name}'!$A$1:${last_col}${written + 1}"
        for path, content in _package_parts(name, area).items():
            book.writestr(path, content)
    return written


_XLSX_KIND = {"int": 1, "number": 1, "date": 2}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EXCEL_EPOCH = date(1899, 12, 30).toordinal()
_NS = (
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _xml_text(value: str) -> str:
    """`value` as an inline-string <t> element (escaped; spaces at the ends kept)."""
    if "&" in value or "<" in value or ">" in value:
        value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if value[:1].isspace() or value[-1:].isspace():
        return f'<t xml:space="preserve">{value}</t>'
    return f"<t>{value}</t>"


def _xlsx_rows(
    rows: Sequence[Sequence[Any]], first: int, refs: Sequence[str], kinds: Sequence[int]
) -> str:
    """The <row> elements of `rows`, numbered from `first` (the hot loop: kept inline)."""
    parts: list[str] = []
    add = parts.append
    number = first
    for row in rows:
        add(f'<row r="{number}">')
        for ref, kind, value in zip(refs, kinds, row, strict=True):
            if value is None or value == "":
                continue
            if kind == 0:
                if (
                    "&" in value
                    or "<" in value
                    or ">" in value
                    or value[0] == " "
                    or (value[-1] == " ")
                ):
                    add(f'<c r="{ref}{number}" t="inlineStr"><is>{_xml_text(value)}</is></c>')
                else:
                    add(f'<c r="{ref}{number}" t="inlineStr"><is><t>{value}</t></is></c>')
            elif kind == 1:
                add(f'<c r="{ref}{number}"><v>{value}</v></c>')
            else:
                serial = date.fromisoformat(value).toordinal() - _EXCEL_EPOCH
                add(f'<c r="{ref}{number}" s="1"><v>{serial}</v></c>')
        add("</row>")
        number += 1
    xml = "".join(parts)
    # characters XML 1.0 cannot hold never occur in markup: one pass per chunk
    return _NOT_XML.sub("\ufffd", xml) if _NOT_XML.search(xml) else xml


def _column_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _sheet_head(
    columns: Sequence[ExportColumn], headers: Sequence[str], refs: Sequence[str]
) -> str:
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{_width(c, h)}" customWidth="1"/>'
        for i, (c, h) in enumerate(zip(columns, headers, strict=True), start=1)
    )
    head = "".join(
        f'<c r="{ref}1" t="inlineStr" s="2"><is>{_xml_text(h)}</is></c>'
        for ref, h in zip(refs, headers, strict=True)
    )
    return (
        f'{_XML_DECL}<worksheet {_NS}><sheetViews><sheetView workbookViewId="0">'
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols>'
        f'<sheetData><row r="1">{head}</row>'
    )


def _package_parts(sheet_name: str, filter_area: str) -> dict[str, str]:
    """The fixed files of the package: content types, relationships, workbook, styles."""
    main = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    return {
        "[Content_Types].xml": (
            f'{_XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            f'ContentType="{ct}.sheet.main+xml"/><Override PartName="/xl/worksheets/'
            f'sheet1.xml" ContentType="{ct}.worksheet+xml"/><Override PartName='
            f'"/xl/styles.xml" ContentType="{ct}.styles+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'{_XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/relationships"><Relationship Id="rId1" Type="{main}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'{_XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/relationships"><Relationship Id="rId1" Type="{main}/worksheet" '
            f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{main}/styles" '
            'Target="styles.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f"{_XML_DECL}<workbook {_NS}><bookViews><workbookView/></bookViews><sheets>"
            f'<sheet name="{sheet_name}" sheetId="1" r:id="rId1"/></sheets><definedNames>'
            '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'
            f"{filter_area}</definedName></definedNames></workbook>"
        ),
        "xl/styles.xml": (
            f'{_XML_DECL}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            '2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>'
            '</numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/>'
            '<family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/>'
            '<family val="2"/></font></fonts><fills count="2"><fill><patternFill '
            'patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
            '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/>'
            '</border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" '
            'fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" '
            'fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" '
            'fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" '
            'fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
            "</cellStyles></styleSheet>"
        ),
    }


def _width(column: ExportColumn, header: str) -> float:
    typical = {"date": 11, "int": 8, "number": 8, "code": 14}.get(column.kind, 18)
    return float(max(typical, min(len(header) + 2, 30)))
