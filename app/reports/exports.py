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
and ISO dates; XLSX holds real dates and numbers. Stored codes (stage, sector...) are
written as their stable codes, the same in every language; headers are translated.

Rows are read in chunks by rowid (keyset) inside one read transaction, written to a
temporary file next to the target and renamed at the end: a cancelled or failed export
leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
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
    return (
        f"CASE WHEN substr({expr}, 1, 1) IN ('=', '+', '-', '@', char(9), char(13)) "
        f"THEN '''' || {expr} ELSE {expr} END"
    )


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
    ExportKind.WORKERS: ("worker w", "w"),
    ExportKind.PLACEMENTS: ("placement p JOIN worker w ON w.id = p.worker_id", "p"),
    ExportKind.ENROLMENTS: (
        "enrolment e JOIN worker w ON w.id = e.worker_id JOIN course c ON c.id = e.course_id",
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
    sql = text(
        f"SELECT {alias}.rowid, {select_list} FROM {table} WHERE {where} "
        f"AND {alias}.rowid > :after ORDER BY {alias}.rowid LIMIT :limit"
    )

    def chunks() -> Any:
        after, done = 0, 0
        while True:
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            rows = conn.execute(sql, {**params, "after": after, "limit": chunk_rows}).all()
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
    import xlsxwriter

    book = xlsxwriter.Workbook(
        str(tmp),
        {
            "constant_memory": True,
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
        },
    )
    try:
        sheet = book.add_worksheet(kind.value)
        bold = book.add_format({"bold": True})
        date_format = book.add_format({"num_format": "yyyy-mm-dd"})
        for i, (header, column) in enumerate(zip(headers, columns, strict=True)):
            sheet.set_column(i, i, _width(column, header))
            sheet.write_string(0, i, header, bold)
        sheet.freeze_panes(1, 0)
        writers = _cell_writers(sheet, columns, date_format)
        row_no = 0
        for rows in chunks:
            for row in rows:
                row_no += 1
                for col_no, (value, write) in enumerate(zip(row, writers, strict=True)):
                    if value is not None and value != "":
                        write(row_no, col_no, value)
        sheet.autofilter(0, 0, max(row_no, 1), len(columns) - 1)
    except BaseException:
        _discard(book)
        raise
    book.close()
    return row_no


def _cell_writers(sheet: Any, columns: Sequence[ExportColumn], date_format: Any) -> list[Any]:
    def write_date(r: int, c: int, v: str) -> None:
        sheet.write_datetime(r, c, date.fromisoformat(v), date_format)

    writers: list[Any] = []
    for column in columns:
        if column.kind == "date":
            writers.append(write_date)
        elif column.kind in ("int", "number"):
            writers.append(sheet.write_number)
        else:
            writers.append(sheet.write_string)
    return writers


def _discard(book: Any) -> None:
    """Drops an unfinished workbook without writing it (its temp files are closed)."""
    for sheet in book.worksheets():
        fh = getattr(sheet, "row_data_fh", None)
        if fh is not None:
            with contextlib.suppress(Exception):
                fh.close()
    book.fileclosed = True


def _width(column: ExportColumn, header: str) -> float:
    typical = {"date": 11, "int": 8, "number": 8, "code": 14}.get(column.kind, 18)
    return float(max(typical, min(len(header) + 2, 30)))
