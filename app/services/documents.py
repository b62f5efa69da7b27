"""Printed documents, the indicator report and exports, each written atomically to a path.

One call per document, for the UI (through app/ui/documents.py and the Reports view) and
for anyone else who needs a file. Every call:

- reads inside the actor's scope with the rules of `app.reports.data` (a record of
  another mission looks like no record; workers who withdrew consent have no printable
  record and are left off sheets and exports; pseudonymous roles get no names, contact
  details or ID numbers) and the field policy of `app.reports.exports`;
- writes a temporary file next to the target and renames it at the end, so a failed or
  cancelled call leaves no file (and an older file of that name untouched);
- translates with `translator(language)`, the .qm catalogue of that language by default
  (the language of a document may differ from the UI's);
- tells `audit` (when given) what was printed or exported: kind, record and rows, never
  personal data.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from app.i18n_marks import QT_TRANSLATE_NOOP, Translate
from app.models.enums import FIELD_MISSIONS, Role
from app.reports import data
from app.reports.attendance_sheet import render_attendance_sheet
from app.reports.certificate import render_certificate
from app.reports.exports import (
    CHUNK_ROWS,
    CancelCheck,
    ExportFormat,
    ExportKind,
    ExportResult,
    Progress,
    export_table,
)
from app.reports.indicator_report import (
    render_indicator_pdf,
    write_indicator_csv,
    write_indicator_xlsx,
)
from app.reports.indicators import Indicators, compute_indicators
from app.reports.intake_form import render_blank_intake_form
from app.reports.plan_document import render_plan_document
from app.reports.translate import load_translator
from app.reports.worker_record import render_worker_record
from app.services.context import Actor, Message, ServiceError
from app.services.db import Database

T = TypeVar("T")
Clock = Callable[[], date]
AuditHook = Callable[[str, str, Mapping[str, str]], None]
"""audit(action, what, details): action "print" or "export"; what the kind of document."""

CONTEXT = "Documents"
LANGUAGES: tuple[str, ...] = ("es", "en", "fr")
PAPERS: tuple[str, ...] = ("a4", "letter")
MAX_COPIES = 500


class DocumentKind(StrEnum):
    """The filled documents a view can ask to print for one record."""

    WORKER_RECORD = "worker_record"
    ATTENDANCE_SHEET = "attendance_sheet"
    CERTIFICATE = "certificate"
    PLAN = "plan"


class IndicatorFormat(StrEnum):
    PDF = "pdf"
    XLSX = "xlsx"
    CSV = "csv"


BAD_LANGUAGE = QT_TRANSLATE_NOOP("Documents", "Choose Spanish, English or French.")
BAD_PAPER = QT_TRANSLATE_NOOP("Documents", "Choose A4 or Letter paper.")
BAD_COPIES = QT_TRANSLATE_NOOP("Documents", "The number of copies must be from 1 to {most}.")
BAD_RANGE = QT_TRANSLATE_NOOP("Documents", "The end of the period is before its start.")
NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "Documents",
    "The file {name} could not be written ({reason}). Choose another folder or close the "
    "program that has it open.",
)


class DocumentError(ServiceError):
    """The document was not made; the message says why, for a person."""


def _refuse(text: str, **params: str) -> DocumentError:
    return DocumentError(Message(text, params, context=CONTEXT))


def atomic_write(path: Path, write: Callable[[Path], T]) -> T:
    """Runs write(temporary path) and renames it to `path`; on any error (or a cancel)
    the temporary file is removed and `path` is left as it was.

    An OSError (no such folder, no permission, disk full) becomes a DocumentError.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise _not_written(path, exc) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        result = write(tmp)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise _not_written(path, exc) from exc
        raise
    return result


def _not_written(path: Path, exc: OSError) -> DocumentError:
    return _refuse(NOT_WRITTEN, name=path.name, reason=exc.strerror or type(exc).__name__)


class DocumentService:
    """Makes documents and exports for the acting person; each call writes one file."""

    def __init__(
        self,
        db: Database,
        actor: Actor | Callable[[], Actor],
        *,
        translator: Callable[[str], Translate] = load_translator,
        audit: AuditHook | None = None,
        today: Clock = date.today,
        export_chunk_rows: int = CHUNK_ROWS,
    ) -> None:
        self._db = db
        self._actor: Callable[[], Actor] = actor if callable(actor) else (lambda: actor)
        self._translator = translator
        self._audit = audit
        self._today = today
        self._chunk_rows = export_chunk_rows
        self._translators: dict[str, Translate] = {}

    # --- who and what --------------------------------------------------------------------

    def actor(self) -> Actor:
        return self._actor()

    def missions_in_scope(self) -> tuple[str, ...]:
        """The missions whose reports and exports the actor may ask for, one by one."""
        actor = self._actor()
        if actor.may_read("*"):
            return tuple(m.value for m in FIELD_MISSIONS)
        return tuple(m for m in actor.missions if m in {f.value for f in FIELD_MISSIONS})

    def may_print_notes(self) -> bool:
        """Whether the actor's worker records may carry case notes (officers, supervisors)."""
        return data.sees_personal_data(self._actor().role)

    def tr(self, language: str) -> Translate:
        """The translator of `language` (loaded once)."""
        _check_language(language)
        if language not in self._translators:
            self._translators[language] = self._translator(language)
        return self._translators[language]

    # --- blank forms ---------------------------------------------------------------------

    def blank_intake_forms(
        self, path: Path, *, language: str, paper: str = "a4", copies: int = 1
    ) -> list[str]:
        """`copies` blank intake forms in one PDF, each with its own form code (returned)."""
        _check_language(language)
        _check_paper(paper)
        if not 1 <= copies <= MAX_COPIES:
            raise _refuse(BAD_COPIES, most=str(MAX_COPIES))
        home = self._actor().home_mission
        mission = home if home in {m.value for m in FIELD_MISSIONS} else ""
        tr = self.tr(language)
        codes = atomic_write(
            path,
            lambda tmp: render_blank_intake_form(
                out=tmp,
                tr=tr,
                language=language,
                paper=paper,
                copies=copies,
                mission=mission,
                printed_on=self._today(),
            ),
        )
        self._record("print", "blank_intake_form", copies=str(copies))
        return codes

    # --- filled documents ----------------------------------------------------------------

    def worker_record(
        self,
        path: Path,
        *,
        worker_id: uuid.UUID,
        language: str,
        paper: str = "a4",
        include_notes: bool = False,
    ) -> None:
        """The worker record summary (case notes only when `include_notes` and the role
        works the cases: notes are free text about a person, kept from pseudonymous roles)."""
        self._check(language, paper)
        include_notes = include_notes and self.may_print_notes()
        with self._db.read() as session:
            record = data.read_worker_record(
                session, worker_id=worker_id, actor=self._actor(), include_notes=include_notes
            )
        tr = self.tr(language)
        atomic_write(
            path,
            lambda tmp: render_worker_record(
                record, out=tmp, tr=tr, language=language, paper=paper, made_on=self._today()
            ),
        )
        self._record(
            "print", DocumentKind.WORKER_RECORD, record=str(worker_id), notes=str(include_notes)
        )

    def attendance_sheet(
        self,
        path: Path,
        *,
        course_id: uuid.UUID,
        language: str,
        paper: str = "a4",
        session_dates: Sequence[date] | None = None,
    ) -> None:
        """The attendance sheet of a course (participants of the actor's missions)."""
        self._check(language, paper)
        with self._db.read() as session:
            roster = data.read_course_roster(
                session, course_id=course_id, actor=self._actor(), session_dates=session_dates
            )
        tr = self.tr(language)
        atomic_write(
            path,
            lambda tmp: render_attendance_sheet(
                roster, out=tmp, tr=tr, language=language, paper=paper, made_on=self._today()
            ),
        )
        self._record("print", DocumentKind.ATTENDANCE_SHEET, record=str(course_id))

    def certificate(
        self,
        path: Path,
        *,
        enrolment_id: uuid.UUID,
        language: str,
        paper: str = "a4",
        second_language: str | None = None,
    ) -> None:
        """The completion certificate of an enrolment; with `second_language`, bilingual."""
        self._check(language, paper)
        if second_language == language:
            second_language = None
        second_tr = self.tr(second_language) if second_language else None
        with self._db.read() as session:
            certificate = data.read_certificate(
                session, enrolment_id=enrolment_id, actor=self._actor()
            )
        tr = self.tr(language)
        atomic_write(
            path,
            lambda tmp: render_certificate(
                certificate,
                out=tmp,
                tr=tr,
                language=language,
                paper=paper,
                made_on=self._today(),
                second_language=second_language,
                second_tr=second_tr,
            ),
        )
        self._record("print", DocumentKind.CERTIFICATE, record=str(enrolment_id))

    def plan_document(
        self, path: Path, *, plan_id: uuid.UUID, language: str, paper: str = "a4"
    ) -> None:
        """The reintegration plan with its milestones, funding and signature lines."""
        self._check(language, paper)
        with self._db.read() as session:
            plan = data.read_plan_document(session, plan_id=plan_id, actor=self._actor())
        tr = self.tr(language)
        atomic_write(
            path,
            lambda tmp: render_plan_document(
                plan, out=tmp, tr=tr, language=language, paper=paper, made_on=self._today()
            ),
        )
        self._record("print", DocumentKind.PLAN, record=str(plan_id))

    def print_document(
        self,
        kind: DocumentKind | str,
        record_id: uuid.UUID,
        path: Path,
        *,
        language: str,
        paper: str = "a4",
        include_notes: bool = False,
        second_language: str | None = None,
    ) -> None:
        """One of the filled documents by kind (what the print actions of the views ask)."""
        kind = DocumentKind(kind)
        if kind is DocumentKind.WORKER_RECORD:
            self.worker_record(
                path,
                worker_id=record_id,
                language=language,
                paper=paper,
                include_notes=include_notes,
            )
        elif kind is DocumentKind.ATTENDANCE_SHEET:
            self.attendance_sheet(path, course_id=record_id, language=language, paper=paper)
        elif kind is DocumentKind.CERTIFICATE:
            self.certificate(
                path,
                enrolment_id=record_id,
                language=language,
                paper=paper,
                second_language=second_language,
            )
        else:
            self.plan_document(path, plan_id=record_id, language=language, paper=paper)

    # --- indicators ----------------------------------------------------------------------

    def indicators(self, *, start: date, end: date, mission: str | None = None) -> Indicators:
        """The ALERT indicators of `mission` (None: every mission in scope) over [start, end]."""
        if end < start:
            raise _refuse(BAD_RANGE)
        with self._db.read() as session:
            return compute_indicators(
                session, actor=self._actor(), start=start, end=end, mission=mission or None
            )

    def write_indicators(
        self,
        indicators: Indicators,
        path: Path,
        *,
        fmt: IndicatorFormat | str,
        language: str,
        paper: str = "a4",
    ) -> None:
        """Writes computed indicators as a PDF report, an XLSX workbook or a CSV."""
        self._check(language, paper)
        fmt = IndicatorFormat(fmt)
        tr = self.tr(language)

        def write(tmp: Path) -> None:
            if fmt is IndicatorFormat.PDF:
                render_indicator_pdf(
                    indicators,
                    out=tmp,
                    tr=tr,
                    language=language,
                    paper=paper,
                    made_on=self._today(),
                )
            elif fmt is IndicatorFormat.XLSX:
                write_indicator_xlsx(indicators, tmp, tr=tr, language=language)
            else:
                write_indicator_csv(indicators, tmp, tr=tr, language=language)

        atomic_write(path, write)
        self._record(
            "export",
            "indicators",
            format=fmt.value,
            mission=indicators.mission or "*",
            start=indicators.start.isoformat(),
            end=indicators.end.isoformat(),
        )

    def indicator_report(
        self,
        path: Path,
        *,
        fmt: IndicatorFormat | str,
        start: date,
        end: date,
        language: str,
        mission: str | None = None,
        paper: str = "a4",
    ) -> Indicators:
        """Computes the indicators and writes them (PDF, XLSX or CSV); returns them."""
        self._check(language, paper)
        computed = self.indicators(start=start, end=end, mission=mission)
        self.write_indicators(computed, path, fmt=fmt, language=language, paper=paper)
        return computed

    # --- exports -------------------------------------------------------------------------

    def export(
        self,
        path: Path,
        *,
        kind: ExportKind | str,
        fmt: ExportFormat | str,
        language: str,
        mission: str | None = None,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ExportResult:
        """Workers, placements or enrolments the actor may see, as CSV or XLSX.

        `progress(done, total)` is called after each chunk; when `cancelled()` turns true
        (or progress raises) the export stops and leaves no file.
        """
        _check_language(language)
        kind, fmt = ExportKind(kind), ExportFormat(fmt)
        tr = self.tr(language)
        with self._db.read() as session:
            result = atomic_write(
                path,
                lambda tmp: export_table(
                    session,
                    kind=kind,
                    fmt=fmt,
                    path=tmp,
                    actor=self._actor(),
                    mission=mission or None,
                    tr=tr,
                    progress=progress,
                    cancelled=cancelled,
                    chunk_rows=self._chunk_rows,
                ),
            )
        self._record(
            "export", kind.value, format=fmt.value, mission=mission or "*", rows=str(result.rows)
        )
        return ExportResult(Path(path), result.kind, result.format, result.rows, result.columns)

    # --- helpers -------------------------------------------------------------------------

    def _check(self, language: str, paper: str) -> None:
        _check_language(language)
        _check_paper(paper)

    def _record(self, action: str, what: str, **details: str) -> None:
        if self._audit is not None:
            self._audit(action, str(what), details)


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise _refuse(BAD_LANGUAGE)


def _check_paper(paper: str) -> None:
    if paper not in PAPERS:
        raise _refuse(BAD_PAPER)


def sees_personal_data(role: Role) -> bool:
    """True when `role` gets names, contact details and ID numbers in documents."""
    return data.sees_personal_data(role)
