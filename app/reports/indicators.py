"""The programme's ALERT indicators for one mission or all, over a date range (SQL aggregates).

ALERT: Access to training, Leveraging remittances, Engaging communities, Reciprocity
(reintegration plans and businesses at home), Transparency (who the programme reaches).

Definitions (the same in the app, the PDF report and the spreadsheets):

- Population: workers in the actor's scope (and the chosen mission), not archived, who
  have not withdrawn consent, and whose record was made on or before the end of the
  range. Stage and status are the current ones; age is the age on the last day of the
  range. Every other figure counts only rows of workers in this population and leaves
  archived rows (enrolments, courses, remittances, projects, plans) out. Related rows
  are scoped by their own mission, which is their worker's (the services write them so).
- Training (A): enrolled = enrolments made in the range (enrolment date, or the day the
  record was made when no date was typed); completed = enrolments completed in the range;
  hours = the course hours of those completions; workers = distinct workers with a
  completion in the range.
- Remittances (L): remittances whose month falls in the range (the month of the start
  date counts whole), totals per purpose and currency, never summed across currencies.
- Communities (E): projects of the scope running during the range (start on or before its
  end, not ended before its start); participants = their participating workers;
  contributions = remittances linked to the project, in the range and up to its end, one
  row per currency sent (workers abroad often send CAD to a goal in pesos); progress =
  contributed up to the end / goal, only where the currencies are the same (there are
  no exchange rates in the data; never converted, never mixed).
- Reintegration (R): plans open at some time in the range (made on or before its end and
  not closed before its start), by kind and current status; businesses started = plans of
  kind business whose business_started_on falls in the range.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from app.i18n_marks import QT_TRANSLATE_NOOP
from app.models.enums import (
    CourseKind,
    MigrationStage,
    PlanKind,
    PlanStatus,
    Sex,
)
from app.reports import formatting as fmt
from app.services.context import NOT_ALLOWED, Actor, Message, PermissionDenied

Row = tuple[Any, ...]

FRAMES: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("Reports", "Summary"),
    "A": QT_TRANSLATE_NOOP("Reports", "Access to training"),
    "L": QT_TRANSLATE_NOOP("Reports", "Leveraging remittances"),
    "E": QT_TRANSLATE_NOOP("Reports", "Engaging communities"),
    "R": QT_TRANSLATE_NOOP("Reports", "Reciprocity: reintegration at home"),
    "T": QT_TRANSLATE_NOOP("Reports", "Transparency: who the programme reaches"),
}
"""ALERT frame letters and their titles ("" = the headline figures)."""

AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("under_18", 0, 17),
    ("18_24", 18, 24),
    ("25_34", 25, 34),
    ("35_44", 35, 44),
    ("45_54", 45, 54),
    ("55_plus", 55, 200),
)
SEXES: tuple[str, ...] = tuple(s.value for s in Sex)
TOTAL = "total"

HEADLINE_LABELS: dict[str, str] = {
    "workers": QT_TRANSLATE_NOOP("Reports", "Workers followed"),
    "women": QT_TRANSLATE_NOOP("Reports", "Women"),
    "enrolments": QT_TRANSLATE_NOOP("Reports", "Enrolments in the period"),
    "workers_trained": QT_TRANSLATE_NOOP("Reports", "Workers who completed a course"),
    "training_hours": QT_TRANSLATE_NOOP("Reports", "Training hours completed"),
    "remittances": QT_TRANSLATE_NOOP("Reports", "Remittances recorded"),
    "communities": QT_TRANSLATE_NOOP("Reports", "Communities with projects"),
    "projects": QT_TRANSLATE_NOOP("Reports", "Community projects"),
    "participants": QT_TRANSLATE_NOOP("Reports", "Workers in community projects"),
    "plans": QT_TRANSLATE_NOOP("Reports", "Reintegration plans"),
    "businesses": QT_TRANSLATE_NOOP("Reports", "Businesses started"),
}


@dataclass(frozen=True)
class Column:
    """A column: its key, its English header (marked) and how its values are written.

    kind: "category" (a stored code, shown through `labels`), "text", "count", "amount"
    (money, currency in another column or the row), "hours", "percent" (a fraction),
    "currency" (an ISO code).
    """

    key: str
    label: str
    kind: str
    labels: Mapping[str, str] | None = None
    currency_column: str = "currency"  # for "amount": the column holding its currency


@dataclass(frozen=True)
class IndicatorTable:
    """One table of figures; the first column names the row (its code, or "total")."""

    key: str
    frame: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    chart: tuple[str, str] | None = None  # (label column, value column) for a bar chart
    note: str = ""

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def row(self, first: Any) -> Row:
        """The row whose first cell is `first` (KeyError when there is none)."""
        for row in self.rows:
            if row[0] == first:
                return row
        raise KeyError(first)

    def value(self, first: Any, column: str) -> Any:
        return self.row(first)[self.column_index(column)]

    def as_dicts(self) -> list[dict[str, Any]]:
        keys = [c.key for c in self.columns]
        return [dict(zip(keys, row, strict=True)) for row in self.rows]


@dataclass(frozen=True)
class Indicators:
    """Every indicator table of one mission (None = all in scope) over [start, end]."""

    mission: str | None
    start: date
    end: date
    made_at: datetime
    tables: tuple[IndicatorTable, ...] = field(default=())

    def table(self, key: str) -> IndicatorTable:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)


# --- column helpers -----------------------------------------------------------------------

_SEX_COLUMNS = tuple(Column(s, fmt.SEX[s], "count") for s in SEXES)
_TOTAL_COLUMN = Column("total", fmt.TOTAL, "count")


def _with_total(labels: Mapping[str, str]) -> dict[str, str]:
    return {**labels, TOTAL: fmt.TOTAL}


@dataclass(frozen=True)
class _Scope:
    """SQL conditions: `missions` on any row's mission_id ("{a}" is the table alias),
    `population` on the worker table `w`, and their parameters."""

    missions: str
    population: str
    params: dict[str, Any]

    def on(self, alias: str) -> str:
        return self.missions.format(a=alias)

    def kept(self, alias: str) -> str:
        """Rows of `alias` in scope, belonging to a worker of the population."""
        return f"{self.on(alias)} AND {alias}.worker_id NOT IN (SELECT id FROM temp.{_EXCLUDED})"


_EXCLUDED = "report_excluded_workers"


def _scope(actor: Actor, mission: str | None, start: date, end: date) -> _Scope:
    params: dict[str, Any] = {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "end_next": (end + timedelta(days=1)).isoformat(),
        "start_month": start.replace(day=1).isoformat(),
    }
    if mission:
        if not actor.may_read(mission):
            raise PermissionDenied(Message(NOT_ALLOWED))
        missions = "{a}.mission_id = :mission"
        params["mission"] = mission
    elif actor.may_read("*"):
        missions = "1 = 1"
    elif actor.missions:
        missions = (
            f"{{a}}.mission_id IN ({', '.join(f':m{i}' for i in range(len(actor.missions)))})"
        )
        params.update({f"m{i}": m for i, m in enumerate(actor.missions)})
    else:
        missions = "0 = 1"
    population = (
        "w.archived_at IS NULL AND w.consent_withdrawn_at IS NULL AND w.created_at < :end_next"
    )
    return _Scope(missions, population, params)


def _query(session: Session, sql: str, scope: _Scope, **extra: Any) -> Sequence[Row]:
    result = session.connection().execute(text(sql), {**scope.params, **extra})
    return [tuple(r) for r in result.all()]


def _scan(session: Session, sql: str, scope: _Scope) -> Any:
    """A plain DB-API cursor over `sql` (big scans: no per-row wrapping, no sorting in
    SQLite; the caller counts in Python, which is faster than GROUP BY's sorter here)."""
    raw = session.connection().connection.driver_connection
    assert raw is not None
    return raw.execute(sql, scope.params)


def _exclude_outsiders(session: Session, scope: _Scope) -> None:
    """Fills a temporary table with the workers of the scope left out of the population
    (archived, consent withdrawn, registered after the range): usually few, so every
    other query scans its own table once and checks this small set, instead of looking
    up each row's worker in a large table. The table lives and dies with this
    transaction (the session is only read, so it is rolled back)."""
    conn = session.connection()
    conn.exec_driver_sql(
        f"CREATE TEMP TABLE IF NOT EXISTS {_EXCLUDED} (id PRIMARY KEY) WITHOUT ROWID"
    )
    conn.exec_driver_sql(f"DELETE FROM temp.{_EXCLUDED}")
    conn.execute(
        text(
            f"INSERT INTO temp.{_EXCLUDED} SELECT w.id FROM worker w NOT INDEXED "
            f"WHERE {scope.on('w')} AND NOT ({scope.population})"
        ),
        scope.params,
    )


def _cents(value: Any) -> Decimal:
    return (Decimal(int(value or 0)) / 100).quantize(Decimal("0.01"))


def _hours(value: Any) -> Decimal:
    return Decimal(str(round(float(value or 0), 1)))


# --- the indicators ---------------------------------------------------------------------


def compute_indicators(
    session: Session,
    *,
    actor: Actor,
    start: date,
    end: date,
    mission: str | None = None,
    now: datetime | None = None,
) -> Indicators:
    """All ALERT indicator tables for `mission` (None: every mission the actor reads).

    Raises PermissionDenied for a mission outside the actor's scope, ValueError when
    `end` is before `start`.
    """
    if end < start:
        raise ValueError("the end of the range is before its start")
    scope = _scope(actor, mission, start, end)
    _exclude_outsiders(session, scope)
    population = _population(session, scope, end)
    training = _training(session, scope)
    remittances = _remittances(session, scope)
    projects, community_summary = _projects(session, scope)
    plans = _plans(session, scope)
    businesses = _businesses(session, scope)
    tables = [
        _headline(population, training, remittances, community_summary, plans, businesses),
        *training,
        *remittances,
        projects,
        plans,
        businesses,
        *population,
    ]
    return Indicators(mission, start, end, now or datetime.now(UTC), tuple(tables))


# --- T: population ----------------------------------------------------------------------


def _age_band_sql(end: date) -> str:
    """The age band on `end` from the stored ISO birth date: someone is at least N years
    old on `end` when born on or before `end` minus N years (29 Feb: the 28th)."""
    cases = []
    for key, low, _high in reversed(AGE_BANDS):
        if low == 0:
            continue
        cutoff = _years_before(end, low).isoformat()
        cases.append(f"WHEN w.date_of_birth <= '{cutoff}' THEN '{key}'")
    return f"CASE {' '.join(cases)} ELSE 'under_18' END"


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def _population(session: Session, scope: _Scope, end: date) -> list[IndicatorTable]:
    groups = Counter(
        _scan(
            session,
            f"SELECT w.mission_id, w.migration_stage, w.sex, {_age_band_sql(end)} "
            f"FROM worker w NOT INDEXED WHERE {scope.on('w')} AND {scope.population}",
            scope,
        )
    )
    rows = [(*key, count) for key, count in groups.items()]
    by_stage: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_band: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_mission: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for mission, stage, sex, band, count in rows:
        for table, key, col in (
            (by_stage, stage, sex),
            (by_band, band, sex),
            (by_mission, mission, stage),
        ):
            table[key][col] += count
            table[TOTAL][col] += count
    stages = [s.value for s in MigrationStage]
    bands = [b for b, _lo, _hi in AGE_BANDS if b != "under_18" or by_band.get("under_18")]
    return [
        _sex_table(
            "workers_by_stage",
            QT_TRANSLATE_NOOP("Reports", "Workers by migration stage and sex"),
            QT_TRANSLATE_NOOP("Reports", "Stage"),
            fmt.STAGE,
            stages,
            by_stage,
        ),
        _sex_table(
            "workers_by_age",
            QT_TRANSLATE_NOOP(
                "Reports", "Workers by age band and sex (age at the end of the period)"
            ),
            QT_TRANSLATE_NOOP("Reports", "Age"),
            fmt.AGE_BAND,
            bands,
            by_band,
        ),
        _mission_table(by_mission),
    ]


def _sex_table(
    key: str,
    title: str,
    first: str,
    labels: Mapping[str, str],
    order: Sequence[str],
    counts: Mapping[str, Mapping[str, int]],
    frame: str = "T",
) -> IndicatorTable:
    rows = [
        (k, *(counts.get(k, {}).get(s, 0) for s in SEXES), sum(counts.get(k, {}).values()))
        for k in [*order, TOTAL]
    ]
    return IndicatorTable(
        key,
        frame,
        title,
        (Column("category", first, "category", _with_total(labels)), *_SEX_COLUMNS, _TOTAL_COLUMN),
        tuple(rows),
        chart=("category", "total"),
    )


def _mission_table(counts: Mapping[str, Mapping[str, int]]) -> IndicatorTable:
    stages = [s.value for s in MigrationStage]
    missions = sorted(k for k in counts if k != TOTAL)
    rows = [
        (m, *(counts.get(m, {}).get(s, 0) for s in stages), sum(counts.get(m, {}).values()))
        for m in [*missions, TOTAL]
    ]
    return IndicatorTable(
        "workers_by_mission",
        "T",
        QT_TRANSLATE_NOOP("Reports", "Workers by mission and migration stage"),
        (
            Column(
                "category",
                QT_TRANSLATE_NOOP("Reports", "Mission"),
                "category",
                _with_total(fmt.MISSIONS),
            ),
            *(Column(s, fmt.STAGE[s], "count") for s in stages),
            _TOTAL_COLUMN,
        ),
        tuple(rows),
        chart=("category", "total"),
    )


# --- A: training ------------------------------------------------------------------------


def _training(session: Session, scope: _Scope) -> list[IndicatorTable]:
    courses = {
        cid: (kind, float(hours or 0))
        for cid, kind, hours in _scan(
            session, "SELECT id, kind, hours FROM course WHERE archived_at IS NULL", scope
        )
    }
    enrolled: Counter[str] = Counter()
    completed: Counter[str] = Counter()
    hours: dict[str, float] = defaultdict(float)
    workers: dict[str, set[str]] = defaultdict(set)
    cursor = _scan(
        session,
        "SELECT e.course_id, "
        "COALESCE(e.enrolled_on, substr(e.created_at, 1, 10)) BETWEEN :start AND :end, "
        "e.status = 'completed' AND e.completion_date BETWEEN :start AND :end, e.worker_id "
        f"FROM enrolment e NOT INDEXED WHERE {scope.kept('e')} AND e.archived_at IS NULL "
        "AND (COALESCE(e.enrolled_on, substr(e.created_at, 1, 10)) BETWEEN :start AND :end "
        "OR (e.status = 'completed' AND e.completion_date BETWEEN :start AND :end))",
        scope,
    )
    for course_id, is_enrolled, is_completed, worker_id in cursor:
        course = courses.get(course_id)
        if course is None:  # an archived course
            continue
        kind = course[0]
        if is_enrolled:
            enrolled[kind] += 1
        if is_completed:
            completed[kind] += 1
            hours[kind] += course[1]
            workers[kind].add(worker_id)
    kinds = [k.value for k in CourseKind]
    everyone = set().union(*workers.values()) if workers else set()
    rows = [(k, enrolled[k], completed[k], _hours(hours[k]), len(workers[k])) for k in kinds]
    rows.append(
        (
            TOTAL,
            sum(enrolled.values()),
            sum(completed.values()),
            _hours(sum(hours.values())),
            len(everyone),
        )
    )
    return [
        IndicatorTable(
            "training_by_kind",
            "A",
            QT_TRANSLATE_NOOP("Reports", "Training by kind of course"),
            (
                Column(
                    "category",
                    QT_TRANSLATE_NOOP("Reports", "Kind of course"),
                    "category",
                    _with_total(fmt.COURSE_KIND),
                ),
                Column("enrolled", QT_TRANSLATE_NOOP("Reports", "Enrolments"), "count"),
                Column("completed", QT_TRANSLATE_NOOP("Reports", "Completions"), "count"),
                Column("hours", QT_TRANSLATE_NOOP("Reports", "Hours completed"), "hours"),
                Column("workers", QT_TRANSLATE_NOOP("Reports", "Workers who completed"), "count"),
            ),
            tuple(rows),
            chart=("category", "completed"),
        )
    ]


# --- L: remittances ---------------------------------------------------------------------


def _remittances(session: Session, scope: _Scope) -> list[IndicatorTable]:
    counts: Counter[tuple[str, str]] = Counter()
    cents: Counter[tuple[str, str]] = Counter()
    senders: dict[tuple[str, str], set[str]] = defaultdict(set)
    for purpose, currency, amount, worker_id in _scan(
        session,
        "SELECT r.purpose, r.currency, CAST(ROUND(r.amount * 100) AS INTEGER), r.worker_id "
        f"FROM remittance r NOT INDEXED WHERE {scope.kept('r')} AND r.archived_at IS NULL "
        "AND r.month BETWEEN :start_month AND :end",
        scope,
    ):
        key = (purpose, currency)
        counts[key] += 1
        cents[key] += amount
        senders[key].add(worker_id)
    rows = [(p, cur, n, cents[(p, cur)], len(senders[(p, cur)])) for (p, cur), n in counts.items()]
    order = {p: i for i, p in enumerate(fmt.PURPOSE)}
    by_purpose = sorted(
        ((p, cur, int(n), _cents(cents), int(w)) for p, cur, n, cents, w in rows),
        key=lambda r: (order.get(r[0], 99), r[1]),
    )
    per_currency: dict[str, list[Any]] = {}
    for _p, cur, n, amount, _w in by_purpose:
        slot = per_currency.setdefault(cur, [0, Decimal("0.00")])
        slot[0] += n
        slot[1] += amount
    totals = tuple(
        (TOTAL, cur, n, amount, None) for cur, (n, amount) in sorted(per_currency.items())
    )
    community = tuple(r for r in by_purpose if r[0] == "community_project")
    columns = (
        Column(
            "category",
            QT_TRANSLATE_NOOP("Reports", "Purpose"),
            "category",
            _with_total(fmt.PURPOSE),
        ),
        Column("currency", QT_TRANSLATE_NOOP("Reports", "Currency"), "currency"),
        Column("count", QT_TRANSLATE_NOOP("Reports", "Remittances"), "count"),
        Column("amount", QT_TRANSLATE_NOOP("Reports", "Amount"), "amount"),
        Column("workers", QT_TRANSLATE_NOOP("Reports", "Workers"), "count"),
    )
    return [
        IndicatorTable(
            "remittances_by_purpose",
            "L",
            QT_TRANSLATE_NOOP("Reports", "Remittances by purpose and currency"),
            columns,
            (*by_purpose, *totals),
            chart=("category", "count"),
            note=QT_TRANSLATE_NOOP(
                "Reports", "Amounts in different currencies are never added together."
            ),
        ),
        IndicatorTable(
            "remittances_to_projects",
            "L",
            QT_TRANSLATE_NOOP("Reports", "Remittances to community projects"),
            columns,
            community,
        ),
    ]


# --- E: communities ---------------------------------------------------------------------

_PROJECT_SQL = """
WITH part AS (
  SELECT pp.project_id, COUNT(*) AS n FROM project_participant pp
  WHERE pp.archived_at IS NULL AND {participants}
  GROUP BY pp.project_id
),
money AS (
  SELECT r.community_project_id AS project_id, r.currency,
    SUM(CASE WHEN r.month >= :start_month THEN CAST(ROUND(r.amount * 100) AS INTEGER) ELSE 0 END)
      AS in_range,
    SUM(CAST(ROUND(r.amount * 100) AS INTEGER)) AS to_date
  FROM remittance r NOT INDEXED
  WHERE r.archived_at IS NULL AND r.community_project_id IS NOT NULL AND r.month <= :end
    AND {remittances}
  GROUP BY 1, 2
)
SELECT p.id, p.title, p.community, p.mission_id, p.status, COALESCE(part.n, 0),
  COALESCE(money.currency, p.currency), COALESCE(money.in_range, 0),
  COALESCE(money.to_date, 0), p.currency, CAST(ROUND(p.goal_amount * 100) AS INTEGER)
FROM community_project p
LEFT JOIN part ON part.project_id = p.id
LEFT JOIN money ON money.project_id = p.id
WHERE p.archived_at IS NULL AND {mission}
  AND (p.start_date IS NULL OR p.start_date <= :end)
  AND (p.end_date IS NULL OR p.end_date >= :start)
  AND substr(p.created_at, 1, 10) <= :end
ORDER BY p.mission_id, p.community, p.title, money.currency <> p.currency, money.currency
"""


def _projects(session: Session, scope: _Scope) -> tuple[IndicatorTable, dict[str, int]]:
    rows = _query(
        session,
        _PROJECT_SQL.format(
            participants=scope.kept("pp"), remittances=scope.kept("r"), mission=scope.on("p")
        ),
        scope,
    )
    out: list[Row] = []
    for row in rows:
        _id, title, community, mission, status, n, currency, in_range, to_date = row[:9]
        goal_currency, goal = row[9:]
        goal_amount = _cents(goal)
        contributed = _cents(to_date)
        same = currency == goal_currency
        share = float(contributed / goal_amount) if same and goal_amount > 0 else None
        out.append(
            (
                title,
                community,
                mission,
                status,
                int(n),
                currency,
                _cents(in_range),
                contributed,
                goal_currency,
                goal_amount,
                share,
            )
        )
    participants = _query(
        session,
        "SELECT COUNT(DISTINCT pp.worker_id) FROM project_participant pp "
        "JOIN community_project p ON p.id = pp.project_id "
        f"WHERE {scope.kept('pp')} AND {scope.on('p')} "
        "AND pp.archived_at IS NULL AND p.archived_at IS NULL "
        "AND (p.start_date IS NULL OR p.start_date <= :end) "
        "AND (p.end_date IS NULL OR p.end_date >= :start)",
        scope,
    )
    summary = {
        "projects": len({row[0] for row in rows}),
        "communities": len({(r[2], r[1]) for r in out}),
        "participants": int(participants[0][0]) if participants else 0,
    }
    table = IndicatorTable(
        "community_projects",
        "E",
        QT_TRANSLATE_NOOP("Reports", "Community projects: participants and progress to goal"),
        (
            Column("title", QT_TRANSLATE_NOOP("Reports", "Project"), "text"),
            Column("community", QT_TRANSLATE_NOOP("Reports", "Community"), "text"),
            Column("mission", QT_TRANSLATE_NOOP("Reports", "Mission"), "category", fmt.MISSIONS),
            Column(
                "status", QT_TRANSLATE_NOOP("Reports", "Status"), "category", fmt.PROJECT_STATUS
            ),
            Column("participants", QT_TRANSLATE_NOOP("Reports", "Participants"), "count"),
            Column("currency", QT_TRANSLATE_NOOP("Reports", "Currency"), "currency"),
            Column("in_range", QT_TRANSLATE_NOOP("Reports", "Contributed in the period"), "amount"),
            Column("to_date", QT_TRANSLATE_NOOP("Reports", "Contributed to date"), "amount"),
            Column("goal_currency", QT_TRANSLATE_NOOP("Reports", "Goal currency"), "currency"),
            Column(
                "goal",
                QT_TRANSLATE_NOOP("Reports", "Goal"),
                "amount",
                currency_column="goal_currency",
            ),
            Column("progress", QT_TRANSLATE_NOOP("Reports", "Progress to goal"), "percent"),
        ),
        tuple(out),
        chart=("title", "progress"),
    )
    return table, summary


# --- R: plans and businesses --------------------------------------------------------------


def _plans(session: Session, scope: _Scope) -> IndicatorTable:
    rows = _query(
        session,
        "SELECT p.kind, p.status, COUNT(*) FROM reintegration_plan p NOT INDEXED "
        f"WHERE {scope.kept('p')} AND p.archived_at IS NULL "
        "AND p.created_at < :end_next AND (p.closed_at IS NULL OR p.closed_at >= :start) "
        "GROUP BY 1, 2",
        scope,
    )
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for kind, status, n in rows:
        counts[kind][status] += n
        counts[TOTAL][status] += n
    statuses = [s.value for s in PlanStatus]
    out = [
        (k, *(counts[k][s] for s in statuses), sum(counts[k].values()))
        for k in [*(p.value for p in PlanKind), TOTAL]
    ]
    return IndicatorTable(
        "plans_by_kind_status",
        "R",
        QT_TRANSLATE_NOOP("Reports", "Reintegration plans by kind and status"),
        (
            Column(
                "category",
                QT_TRANSLATE_NOOP("Reports", "Kind of plan"),
                "category",
                _with_total(fmt.PLAN_KIND),
            ),
            *(Column(s, fmt.PLAN_STATUS[s], "count") for s in statuses),
            _TOTAL_COLUMN,
        ),
        tuple(out),
        chart=("category", "total"),
    )


def _businesses(session: Session, scope: _Scope) -> IndicatorTable:
    rows = _query(
        session,
        "SELECT p.sector, w.sex, COUNT(*) FROM reintegration_plan p NOT INDEXED "
        f"CROSS JOIN worker w ON w.id = p.worker_id WHERE {scope.kept('p')} "
        "AND p.archived_at IS NULL "
        "AND p.kind = 'business' AND p.business_started_on BETWEEN :start AND :end "
        "GROUP BY 1, 2",
        scope,
    )
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for sector, sex, n in rows:
        counts[sector][sex] += n
        counts[TOTAL][sex] += n
    sectors = [s for s in fmt.SECTOR if s in counts]
    return _sex_table(
        "businesses_started",
        QT_TRANSLATE_NOOP("Reports", "Businesses started by sector and sex of the owner"),
        QT_TRANSLATE_NOOP("Reports", "Sector"),
        fmt.SECTOR,
        sectors,
        counts,
        frame="R",
    )


# --- summary ------------------------------------------------------------------------------


def _headline(
    population: list[IndicatorTable],
    training: list[IndicatorTable],
    remittances: list[IndicatorTable],
    community: Mapping[str, int],
    plans: IndicatorTable,
    businesses: IndicatorTable,
) -> IndicatorTable:
    stage = population[0]
    train = training[0]
    values: dict[str, Any] = {
        "workers": stage.value(TOTAL, "total"),
        "women": stage.value(TOTAL, "female"),
        "enrolments": train.value(TOTAL, "enrolled"),
        "workers_trained": train.value(TOTAL, "workers"),
        "training_hours": train.value(TOTAL, "hours"),
        "remittances": sum(r[2] for r in remittances[0].rows if r[0] == TOTAL),
        "communities": community["communities"],
        "projects": community["projects"],
        "participants": community["participants"],
        "plans": plans.value(TOTAL, "total"),
        "businesses": businesses.value(TOTAL, "total"),
    }
    return IndicatorTable(
        "headline",
        "",
        QT_TRANSLATE_NOOP("Reports", "Key figures"),
        (
            Column(
                "category", QT_TRANSLATE_NOOP("Reports", "Indicator"), "category", HEADLINE_LABELS
            ),
            Column("value", QT_TRANSLATE_NOOP("Reports", "Value"), "number"),
        ),
        tuple((k, v) for k, v in values.items()),
    )
