"""Demo rows in storage form (UUID hex, ISO dates, enum values, as SQLAlchemy writes them)."""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection
from sqlmodel import SQLModel

from app.models import (
    DEFAULT_MISSIONS,
)
from app.models.enums import (
    ConsentPurpose,
    CourseResult,
    Education,
    EnrolmentStatus,
    IdDocumentType,
    MigrationStage,
    NoteKind,
    PlacementStatus,
    PlanKind,
    PlanStatus,
    ProgrammeStream,
    ProjectStatus,
    RemittancePurpose,
    Sector,
    Sex,
    WorkerStatus,
)
from app.services import demo_names as N  # noqa: N812 - short names for data tables
from app.services import demo_people as P  # noqa: N812

try:  # the store's own folding, so demo rows sort exactly like rows the services write
    from app.store.search import fold
except ImportError:  # pragma: no cover - only before the store exists
    import unicodedata

    def fold(value: str) -> str:
        text = unicodedata.normalize("NFKD", value)
        return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


_folded = functools.lru_cache(maxsize=4096)(fold)


def sort_name(given: str, first_family: str, second_family: str) -> str:
    """fold("first second given"), the store's sort key, folding each (repeated) part once."""
    return " ".join(p for p in (_folded(first_family), _folded(second_family), _folded(given)) if p)


DEMO_TODAY = date(2026, 11, 1)
DEMO_ACTOR = "demo"
REMITTANCE_MONTHS = 3  # the most recent months of remittances kept per worker abroad
MISSION_WEIGHTS = {"MX": 30, "SV": 18, "CO": 16, "EC": 16, "HN": 20}
W = P.Weighted
MISSIONS = W(list(MISSION_WEIGHTS.items()))
STAGES = W(
    [(MigrationStage.PRE_DEPARTURE, 40), (MigrationStage.ABROAD, 35), (MigrationStage.RETURNED, 25)]
)
EDUCATION = W(
    [
        (e.value, w)
        for e, w in (
            (Education.NONE, 3),
            (Education.PRIMARY_INCOMPLETE, 12),
            (Education.PRIMARY, 30),
            (Education.LOWER_SECONDARY, 25),
            (Education.UPPER_SECONDARY, 20),
            (Education.TECHNICAL, 7),
            (Education.UNIVERSITY, 3),
        )
    ]
)
SECTORS = W(list(N.SECTOR_WEIGHTS.items()))
DEPENDANTS = W([(0, 15), (1, 20), (2, 25), (3, 20), (4, 12), (5, 5), (6, 3)])
PROJECT_STATUS = W(
    [
        (ProjectStatus.FUNDRAISING, 4),
        (ProjectStatus.IN_PROGRESS, 4),
        (ProjectStatus.COMPLETED, 2),
        (ProjectStatus.PROPOSED, 1),
    ]
)
REMITTANCE_PURPOSE = W(
    [
        (RemittancePurpose.HOUSEHOLD.value, 60),
        (RemittancePurpose.SAVINGS.value, 20),
        (RemittancePurpose.EDUCATION.value, 9),
        (RemittancePurpose.BUSINESS.value, 6),
        (RemittancePurpose.COMMUNITY_PROJECT.value, 5),
    ]
)
OPEN_ENROLMENT = W(
    [(EnrolmentStatus.ENROLLED, 5), (EnrolmentStatus.ATTENDING, 4), (EnrolmentStatus.WITHDRAWN, 1)]
)
PLAN_KIND = W(
    [
        (PlanKind.BUSINESS, 50),
        (PlanKind.EMPLOYMENT, 25),
        (PlanKind.EDUCATION, 15),
        (PlanKind.COMMUNITY_INVESTMENT, 10),
    ]
)
PLAN_STATUS = W(
    [
        (PlanStatus.DRAFT, 20),
        (PlanStatus.SUBMITTED, 15),
        (PlanStatus.APPROVED, 15),
        (PlanStatus.IN_PROGRESS, 25),
        (PlanStatus.COMPLETED, 15),
        (PlanStatus.ABANDONED, 10),
    ]
)
CURRENCY = {m.code: m.currency for m in DEFAULT_MISSIONS}
# Rough budget ranges of a reintegration plan, in each mission's currency.
PLAN_BUDGET = {
    "MXN": (20_000, 150_000),
    "USD": (1_000, 8_000),
    "COP": (4_000_000, 30_000_000),
    "HNL": (25_000, 200_000),
}
BASE_PURPOSES = ",".join(
    p.value
    for p in (ConsentPurpose.CASE_MANAGEMENT, ConsentPurpose.TRAINING, ConsentPurpose.STATISTICS)
)
COURSE_YEARS = range(2021, DEMO_TODAY.year + 1)


# --- storage form -----------------------------------------------------------------------


_UUID_KEEP = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_UUID_SET = (0x4000 << 64) | (0x8000 << 48)  # version 4, RFC 4122 variant


def _uid(rng: random.Random) -> str:
    """A version-4 UUID from the seeded generator, as SQLAlchemy stores it (32 hex digits)."""
    return "%032x" % (rng.getrandbits(128) & _UUID_KEEP | _UUID_SET)


_ISO: dict[date, str] = {}  # a few thousand days at most: formatting each once pays
_CLOCK = tuple(f" {13 + m // 60:02d}:{m % 60:02d}:00.000000" for m in range(600))


def _iso(day: date) -> str:
    text = _ISO.get(day)
    if text is None:
        text = _ISO[day] = day.isoformat()
    return text


def _d(day: date | None) -> str | None:
    return None if day is None else _iso(day)


def _ts(day: date, minute: int) -> str:
    """A UTC timestamp on `day`, `minute` minutes after 13:00 (office hours in the missions)."""
    return _iso(day) + _CLOCK[minute]


SYNC = ("id", "mission_id", "version", "created_at", "updated_at", "updated_by", "archived_at")
# The columns of each table in the order the generator builds its tuples.
_SPEC = {
    "worker": "case_code sort_name given_names first_family_name second_family_name sex "
    "date_of_birth nationality id_document_type id_document_number phone phone_alt email state "
    "municipality community address_line education languages occupation skills dependants "
    "migration_stage consent_date consent_purposes consent_obtained_by consent_withdrawn_at "
    "status intake_form_code",
    "placement": "worker_id employer city province sector occupation noc_code programme_stream "
    "permit_number start_date planned_end_date actual_return_date status",
    "course": "code title provider kind stage skill_area language hours start_date end_date "
    "place capacity",
    "enrolment": "worker_id course_id status enrolled_on completion_date certificate_number "
    "result score",
    "attendance": "enrolment_id session_date present hours",
    "community_project": "title description state municipality community currency goal_amount "
    "status start_date end_date",
    "project_participant": "project_id worker_id",
    "reintegration_plan": "worker_id kind title goals sector community currency budget "
    "own_savings own_remittances other_funding other_funding_source business_started_on status "
    "submitted_by submitted_at approved_by approved_at started_at closed_at",
    "milestone": "plan_id title due_date done_on",
    "remittance": "worker_id month amount currency purpose community_project_id",
    "case_note": "worker_id author stage kind text follow_up_date follow_up_done_on revision_of "
    "superseded",
}
COLUMNS: dict[str, tuple[str, ...]] = {t: (*SYNC, *cols.split()) for t, cols in _SPEC.items()}
# Parents before children, so every foreign key finds its row.
TABLE_ORDER = (
    "course",
    "community_project",
    "worker",
    "placement",
    "enrolment",
    "attendance",
    "reintegration_plan",
    "milestone",
    "project_participant",
    "remittance",
    "case_note",
)


def insert_sql(name: str) -> str:
    cols = COLUMNS[name]
    missing = set(SQLModel.metadata.tables[name].columns.keys()) ^ set(cols)
    if missing:  # the model changed: this module must learn the new columns
        raise RuntimeError(f"demo columns of {name} differ from the model: {sorted(missing)}")
    return f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


Rows = dict[str, list[tuple[Any, ...]]]

# --- the generator ----------------------------------------------------------------------


@dataclass
class _Ref:
    """Reference rows made before the workers: courses and projects, by mission."""

    courses: dict[tuple[str, str, int], tuple[str, date, date]] = field(default_factory=dict)
    projects: dict[str, list[str]] = field(default_factory=dict)


class RowMaker:
    """Builds the rows of the demo tables, worker by worker, from one seeded generator."""

    def __init__(self, rng: random.Random, today: date, workers: int) -> None:
        self.rng = rng
        self.today = today
        self.total = workers
        self.phones = P.PhoneBook(rng)
        self.counters = dict.fromkeys(MISSION_WEIGHTS, 0)
        self.ref = _Ref()
        self.rows: Rows = {name: [] for name in COLUMNS}
        self.jobs_by_sector = {s: [j for j in N.JOBS if j.sector == s] for s in Sector}
        self.employers_by_sector = {s: [e for e in N.EMPLOYERS if e.sector == s] for s in Sector}

    def count_existing(self, conn: Connection) -> None:
        """Continue each demo device's case-code counter after the codes already there."""
        for mission, tag in N.DEMO_DEVICE_TAGS.items():
            self.counters[mission] = conn.exec_driver_sql(
                "SELECT count(*) FROM worker WHERE case_code LIKE ?", (f"{mission}-{tag}-%",)
            ).scalar_one()

    def take(self) -> Rows:
        """The rows made so far (and start a fresh set)."""
        rows, self.rows = self.rows, {name: [] for name in COLUMNS}
        return rows

    def _sync(
        self, mission: str, created: date, updated: date | None = None, minute: int = 0
    ) -> tuple[Any, ...]:
        # the hottest path of the generator (once per row): inlined on purpose
        if updated is None or updated <= created:
            updated = created
        elif updated > self.today:
            updated = self.today
        day = _ISO.get(created) or _iso(created)
        later = day if updated is created else (_ISO.get(updated) or _iso(updated))
        return (
            "%032x" % (self.rng.getrandbits(128) & _UUID_KEEP | _UUID_SET),
            mission,
            0,
            day + _CLOCK[minute],
            later + _CLOCK[minute + 7],
            DEMO_ACTOR,
            None,
        )

    # reference data -------------------------------------------------------------------
    def make_courses(self, existing: dict[tuple[str, str], str]) -> None:
        """The course catalogue; courses already in the store (same code) are reused."""
        for mission in [*MISSION_WEIGHTS, "HQ"]:
            specs = N.HQ_COURSES if mission == "HQ" else N.MISSION_COURSES
            for year in COURSE_YEARS:
                for spec in specs:
                    start, end = date(year, 1, 12), date(year, 12, 12)
                    code = f"{mission}-{spec.code}-{year}"
                    if (mission, code) in existing:
                        self.ref.courses[(mission, spec.code, year)] = (
                            existing[(mission, code)],
                            start,
                            end,
                        )
                        continue
                    row = (
                        *self._sync(mission, start - timedelta(days=30), start),
                        code,
                        f"{spec.title} {year}",
                        N.PROVIDERS[mission],
                        spec.kind.value,
                        spec.stage.value,
                        spec.skill_area,
                        spec.language,
                        float(spec.hours),
                        _iso(start),
                        _iso(end),
                        N.COURSE_PLACES[mission],
                        400 if mission == "HQ" else 60,
                    )
                    self.rows["course"].append(row)
                    self.ref.courses[(mission, spec.code, year)] = (row[0], start, end)

    def make_projects(self) -> None:
        per_mission = max(3, min(40, self.total // 5000))
        rng = self.rng
        for mission in MISSION_WEIGHTS:
            ids = self.ref.projects.setdefault(mission, [])
            for _ in range(per_mission):
                place = rng.choice(N.PLACES[mission])
                community = rng.choice(place.communities)
                low, high = PLAN_BUDGET[CURRENCY[mission]]
                start = self.today - timedelta(days=rng.randint(60, 1500))
                status = PROJECT_STATUS.pick(rng)
                end = start + timedelta(days=rng.randint(200, 700))
                title = rng.choice(N.PROJECT_TITLES)
                row = (
                    *self._sync(mission, start - timedelta(days=30), start),
                    f"{title} — {community}",
                    f"{title} financiado con aportes de trabajadores en Canadá y la comunidad.",
                    place.state,
                    place.municipality,
                    community,
                    CURRENCY[mission],
                    float(rng.randint(low * 2, high * 4)),
                    status.value,
                    _iso(start),
                    _iso(end) if status == ProjectStatus.COMPLETED else None,
                )
                self.rows["community_project"].append(row)
                ids.append(row[0])

    # one worker -------------------------------------------------------------------------
    def make_worker(self) -> None:
        rng, today = self.rng, self.today
        mission = MISSIONS.pick(rng)
        stage = STAGES.pick(rng)
        sector = SECTORS.pick(rng)
        job = rng.choice(self.jobs_by_sector[sector])
        female = rng.random() < job.women
        intake = self._intake_date(stage)
        age = 18 + int(37 * rng.random() ** 1.7)
        born = intake - timedelta(days=365 * age + rng.randint(10, 355) + age // 4)
        place = rng.choice(N.PLACES[mission])
        nationality = mission
        if mission == "CO" and rng.random() < 0.04:
            nationality = "VE"  # Venezuelans living in Colombia, with a passport
        given = P.given_names(rng, female)
        fam1 = P.family_name(rng, mission)
        fam2 = P.family_name(rng, mission) if rng.random() < 0.97 else ""
        doc_type, doc_number = self._document(
            mission, nationality, place, given, fam1, fam2, born, female, intake
        )
        sex = Sex.FEMALE if female else Sex.MALE
        if rng.random() < 0.005:
            sex = Sex.UNDISCLOSED
        self.counters[mission] += 1
        case_code = f"{mission}-{N.DEMO_DEVICE_TAGS[mission]}-{self.counters[mission]:04d}"
        phone = self._phone(mission, place) if rng.random() < 0.95 else ""
        phone_alt = ""
        if stage == MigrationStage.ABROAD and rng.random() < 0.5:
            phone_alt = self.phones.number("CA", rng.choice(list(N.CANADA_AREA_CODES.values())))
        elif rng.random() < 0.25:
            phone_alt = self._phone(mission, place)
        email = ""
        if rng.random() < 0.15:
            handle = _folded(given.split()[0])
            surname = _folded(fam1).replace(" ", "").replace("'", "")
            email = f"{handle}.{surname}{rng.randint(1, 99)}@{rng.choice(N.EMAIL_DOMAINS)}"
        languages = "es"
        roll = rng.random()
        if roll < 0.12:
            languages = "es,en"
        elif roll < 0.14:
            languages = "es,fr"
        elif mission == "EC" and roll < 0.3:
            languages = "es,qu"
        purposes = BASE_PURPOSES
        if stage != MigrationStage.PRE_DEPARTURE or rng.random() < 0.5:
            purposes += "," + ConsentPurpose.REINTEGRATION
        if rng.random() < 0.4:
            purposes += "," + ConsentPurpose.CONTACT_BY_EMPLOYER
        officer = rng.choice(N.OFFICERS[mission])
        status, withdrawn = WorkerStatus.ACTIVE, None
        if stage == MigrationStage.RETURNED and rng.random() < 0.08:
            status = WorkerStatus.CLOSED
            if rng.random() < 0.15:
                withdrawn = min(today, intake + timedelta(days=rng.randint(400, 1500)))
        trade = job.trade.split("|")[1 if female and "|" in job.trade else 0]
        minute = rng.randrange(240)
        community = rng.choice(place.communities)
        row = self._sync(mission, intake, intake + timedelta(days=rng.randint(0, 60)), minute)
        worker_id = row[0]
        self.rows["worker"].append(
            (
                *row,
                case_code,
                sort_name(given, fam1, fam2),
                given,
                fam1,
                fam2,
                sex.value,
                _iso(born),
                nationality,
                doc_type.value,
                doc_number,
                phone,
                phone_alt,
                email,
                place.state,
                place.municipality,
                community,
                f"{rng.choice(N.STREETS)} {rng.randint(1, 250)}" if rng.random() < 0.6 else "",
                EDUCATION.pick(rng),
                languages,
                trade,
                job.skills,
                DEPENDANTS.pick(rng),
                stage.value,
                _iso(intake),
                purposes,
                officer,
                _d(withdrawn),
                status.value,
                None,
            )
        )
        ctx = _WorkerCtx(worker_id, mission, stage, intake, job, officer, trade, community)
        self._placements(ctx)
        self._enrolments(ctx)
        self._notes(ctx)
        if stage == MigrationStage.RETURNED and rng.random() < 0.35:
            self._plan(ctx)
        if stage != MigrationStage.PRE_DEPARTURE and rng.random() < 0.05:
            project = rng.choice(self.ref.projects[mission])
            self.rows["project_participant"].append(
                (*self._sync(mission, ctx.intake + timedelta(days=90)), project, worker_id)
            )

    def _intake_date(self, stage: MigrationStage) -> date:
        low, high = {
            MigrationStage.PRE_DEPARTURE: (10, 400),
            MigrationStage.ABROAD: (150, 900),
            MigrationStage.RETURNED: (420, 1800),
        }[stage]
        return self.today - timedelta(days=self.rng.randint(low, high))

    def _phone(self, mission: str, place: N.Place) -> str:
        return self.phones.number(mission, self.rng.choice(place.phone_prefixes))

    def _document(
        self,
        mission: str,
        nationality: str,
        place: N.Place,
        given: str,
        fam1: str,
        fam2: str,
        born: date,
        female: bool,
        intake: date,
    ) -> tuple[IdDocumentType, str]:
        rng = self.rng
        if nationality != mission or rng.random() < 0.04:
            return IdDocumentType.PASSPORT, P.make_passport(rng, nationality)
        if mission == "MX":
            return IdDocumentType.CURP, P.make_curp(
                rng,
                given=given,
                first_family=fam1,
                second_family=fam2,
                born=born,
                female=female,
                state_code=place.id_code,
            )
        if mission == "SV":
            return IdDocumentType.DUI, P.make_dui(rng)
        if mission == "EC":
            return IdDocumentType.CEDULA_EC, P.make_ec_cedula(rng, place.id_code)
        if mission == "HN":
            return IdDocumentType.DNI_HN, P.make_hn_dni(rng, place.id_code, born, intake)
        return IdDocumentType.CEDULA_CO, P.make_co_cedula(rng, born)

    # a worker's children ---------------------------------------------------------------
    def _placements(self, ctx: _WorkerCtx) -> None:
        rng, today = self.rng, self.today
        if ctx.stage == MigrationStage.PRE_DEPARTURE:
            if rng.random() < 0.4:
                start = today + timedelta(days=rng.randint(20, 150))
                self._placement(ctx, start, PlacementStatus.PLANNED)
            return
        if ctx.stage == MigrationStage.ABROAD:
            earliest = ctx.intake + timedelta(days=60)
            start = max(earliest, today - timedelta(days=rng.randint(20, 300)))
            start = min(start, today - timedelta(days=5))
            ctx.abroad_since = start
            self._placement(ctx, start, PlacementStatus.ACTIVE)
        else:
            start = ctx.intake + timedelta(days=rng.randint(60, 150))
            self._placement(ctx, start, PlacementStatus.COMPLETED)

    def _placement(self, ctx: _WorkerCtx, start: date, status: PlacementStatus) -> None:
        rng, today = self.rng, self.today
        employer = rng.choice(self.employers_by_sector[ctx.job.sector])
        stream = ProgrammeStream.LOW_WAGE
        if ctx.job.sector == Sector.AGRICULTURE:
            stream = ProgrammeStream.SAWP if ctx.mission == "MX" else ProgrammeStream.AGRICULTURAL
        elif ctx.job.noc in ("72310", "72320") and rng.random() < 0.3:
            stream = ProgrammeStream.HIGH_WAGE
        months = rng.randint(4, 8) if stream == ProgrammeStream.SAWP else rng.randint(12, 24)
        if status == PlacementStatus.COMPLETED:  # over before today
            months = max(4, min(months, (today - start).days // 30 - 1))
        planned_end = start + timedelta(days=30 * months)
        actual = None
        if status == PlacementStatus.COMPLETED:
            if rng.random() < 0.07:
                status = PlacementStatus.ENDED_EARLY
                actual = start + timedelta(days=rng.randint(20, 30 * months - 10))
            else:
                actual = planned_end + timedelta(days=rng.randint(-6, 4))
            actual = min(actual, today - timedelta(days=1))
            ctx.returned_on = actual
        elif status == PlacementStatus.ACTIVE and planned_end <= today:
            planned_end = today + timedelta(days=rng.randint(15, 120))
        permit = "" if status == PlacementStatus.PLANNED else f"U{rng.randrange(10**9, 10**10)}"
        created = min(start - timedelta(days=rng.randint(20, 60)), today)
        created = max(created, ctx.intake)
        self.rows["placement"].append(
            (
                *self._sync(ctx.mission, created, actual or start),
                ctx.worker_id,
                employer.name,
                employer.city,
                employer.province,
                ctx.job.sector.value,
                ctx.job.noc_title,
                ctx.job.noc,
                stream.value,
                permit,
                _iso(start),
                _iso(planned_end),
                _d(actual),
                status.value,
            )
        )
        if status == PlacementStatus.ACTIVE:
            self._remittances(ctx, start)

    def _remittances(self, ctx: _WorkerCtx, start: date) -> None:
        rng, today = self.rng, self.today
        month = date(start.year, start.month, 1)
        last = date(today.year, today.month, 1) - timedelta(days=1)
        months = []
        while True:
            month = (month + timedelta(days=32)).replace(day=1)
            if month > last:
                break
            months.append(month)
        projects = self.ref.projects[ctx.mission]
        for m in months[-REMITTANCE_MONTHS:]:
            purpose = REMITTANCE_PURPOSE.pick(rng)
            project = rng.choice(projects) if purpose == "community_project" else None
            sent = m + timedelta(days=rng.randint(0, 25))
            self.rows["remittance"].append(
                (
                    *self._sync(ctx.mission, min(sent, today)),
                    ctx.worker_id,
                    _iso(m),
                    rng.randint(25000, 140000) / 100,
                    "CAD",
                    purpose,
                    project,
                )
            )

    def _enrolments(self, ctx: _WorkerCtx) -> None:
        rng, today = self.rng, self.today
        picks = [(ctx.mission, "ORI")]
        if rng.random() < 0.15:
            picks.append((ctx.mission, rng.choice(("SST", "FIN"))))
        if rng.random() < 0.06:
            picks.append(("HQ", rng.choice(("ENG-A1", "FRA-A1"))))
        if ctx.stage == MigrationStage.RETURNED and rng.random() < 0.3:
            picks.append((ctx.mission, rng.choice(("EMP", "CER"))))
        for owner, code in picks:
            later = code in ("EMP", "CER")
            base = (ctx.returned_on or ctx.intake) if later else ctx.intake
            enrolled = min(today, base + timedelta(days=rng.randint(3, 30)))
            when = enrolled.year
            course_id, _start, _end = self.ref.courses[(owner, code, when)]
            done = enrolled + timedelta(days=rng.randint(14, 60))
            finished = ctx.stage != MigrationStage.PRE_DEPARTURE and done < today
            if code in ("EMP", "CER", "ENG-A1", "FRA-A1"):
                finished = done < today and rng.random() < 0.7
            status = EnrolmentStatus.COMPLETED if finished else OPEN_ENROLMENT.pick(rng)
            result, score, certificate = None, None, ""
            if finished:
                score = float(rng.randint(60, 100))
                result = (
                    CourseResult.PASSED_WITH_DISTINCTION if score >= 95 else CourseResult.PASSED
                ).value
                certificate = f"{owner}-{code}-{when}-{rng.randrange(10**5):05d}"
            row = (
                *self._sync(ctx.mission, enrolled, done if finished else enrolled),
                ctx.worker_id,
                course_id,
                status.value,
                _iso(enrolled),
                _d(done) if finished else None,
                certificate,
                result,
                score,
            )
            self.rows["enrolment"].append(row)
            if status != EnrolmentStatus.ENROLLED and rng.random() < 0.08:
                for week in range(3):
                    day = enrolled + timedelta(days=7 * week + 2)
                    if day > today:
                        break
                    self.rows["attendance"].append(
                        (
                            *self._sync(ctx.mission, day),
                            row[0],
                            _iso(day),
                            int(rng.random() < 0.9),
                            4.0,
                        )
                    )

    def _notes(self, ctx: _WorkerCtx) -> None:
        rng, today = self.rng, self.today
        text = rng.choice(N.NOTE_TEXTS["interview"]).format(trade=ctx.trade.lower())
        self._note(ctx, ctx.intake, MigrationStage.PRE_DEPARTURE, NoteKind.INTERVIEW, text, None)
        if rng.random() < 0.5:
            kind = {
                MigrationStage.PRE_DEPARTURE: NoteKind.FOLLOW_UP,
                MigrationStage.ABROAD: NoteKind.CALL,
                MigrationStage.RETURNED: NoteKind.VISIT,
            }[ctx.stage]
            if rng.random() < 0.15:
                kind = NoteKind.REFERRAL
            day = today - timedelta(days=rng.randint(1, max(2, (today - ctx.intake).days // 3)))
            follow = day + timedelta(days=rng.randint(7, 60)) if rng.random() < 0.8 else None
            self._note(ctx, day, ctx.stage, kind, rng.choice(N.NOTE_TEXTS[kind.value]), follow)

    def _note(
        self,
        ctx: _WorkerCtx,
        day: date,
        stage: MigrationStage,
        kind: NoteKind,
        text: str,
        follow: date | None,
    ) -> None:
        done = None
        if follow and follow <= self.today and self.rng.random() < 0.7:
            done = min(self.today, follow + timedelta(days=self.rng.randint(0, 5)))
        self.rows["case_note"].append(
            (
                *self._sync(ctx.mission, day, done),
                ctx.worker_id,
                ctx.officer,
                stage.value,
                kind.value,
                text,
                _d(follow),
                _d(done),
                None,
                0,
            )
        )

    def _plan(self, ctx: _WorkerCtx) -> None:
        rng, today = self.rng, self.today
        kind = PLAN_KIND.pick(rng)
        status = PLAN_STATUS.pick(rng)
        currency = CURRENCY[ctx.mission]
        low, high = PLAN_BUDGET[currency]
        budget = rng.randint(low, high)
        savings = round(budget * rng.uniform(0.1, 0.4))
        remit = round(budget * rng.uniform(0.0, 0.3))
        other = max(0, budget - savings - remit) if rng.random() < 0.5 else 0
        base = ctx.returned_on or ctx.intake
        created = min(today, base + timedelta(days=rng.randint(10, 90)))
        steps = [PlanStatus.SUBMITTED, PlanStatus.APPROVED, PlanStatus.IN_PROGRESS]
        reached = {
            s: min(today, created + timedelta(days=10 * (i + 1))) for i, s in enumerate(steps)
        }
        order = [PlanStatus.DRAFT, *steps, PlanStatus.COMPLETED]
        level = order.index(status) if status in order else 2

        def at(step: PlanStatus) -> str | None:
            return _ts(reached[step], 30) if level >= order.index(step) else None

        closed = None
        if status in (PlanStatus.COMPLETED, PlanStatus.ABANDONED):
            closed = _ts(min(today, created + timedelta(days=rng.randint(60, 300))), 45)
        sector = ctx.job.sector if kind == PlanKind.EMPLOYMENT else Sector.OTHER
        title = rng.choice(N.PLAN_TITLES[kind.value])
        supervisor = N.OFFICERS[ctx.mission][0]
        row = (
            *self._sync(ctx.mission, created, created + timedelta(days=30)),
            ctx.worker_id,
            kind.value,
            title,
            f"{title}: objetivos acordados con la familia.",
            sector.value,
            ctx.community,
            currency,
            float(budget),
            float(savings),
            float(remit),
            float(other),
            "Fondo semilla OIM" if other else "",
            _d(min(today, created + timedelta(days=45)))
            if kind == PlanKind.BUSINESS and level >= 3
            else None,
            status.value,
            ctx.officer if at(PlanStatus.SUBMITTED) else "",
            at(PlanStatus.SUBMITTED),
            supervisor if at(PlanStatus.APPROVED) else "",
            at(PlanStatus.APPROVED),
            at(PlanStatus.IN_PROGRESS),
            closed,
        )
        self.rows["reintegration_plan"].append(row)
        for i in range(rng.randint(2, 3)):
            due = created + timedelta(days=30 * (i + 1))
            done = due - timedelta(days=rng.randint(0, 10)) if level >= 3 and due < today else None
            self.rows["milestone"].append(
                (
                    *self._sync(ctx.mission, created, done),
                    row[0],
                    N.MILESTONES[(i + rng.randrange(2)) % len(N.MILESTONES)],
                    _iso(due),
                    _d(done),
                )
            )


@dataclass
class _WorkerCtx:
    worker_id: str
    mission: str
    stage: MigrationStage
    intake: date
    job: N.Job
    officer: str
    trade: str
    community: str
    abroad_since: date | None = None
    returned_on: date | None = None
