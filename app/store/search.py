"""Worker search: an FTS5 index without accents, and the folding shared with sorting."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import Connection, text

FTS_TABLE = "worker_fts"

# The index is a plain FTS5 table (its own copy of the text), kept exact by triggers on
# `worker`, so every writer (services, sync, demo bulk load) keeps it right. Prefix
# indexes for 1-3 characters make the first keystrokes cheap; remove_diacritics 2 folds
# accents and ñ so "jose pena" finds "José Peña".
_COMPACT = "replace(replace(replace({col}, '-', ''), ' ', ''), '.', '')"
_CODES = (
    "coalesce({p}.case_code, '') || ' ' || "
    + _COMPACT.format(col="coalesce({p}.case_code, '')")
    + " || ' ' || coalesce({p}.id_document_number, '') || ' ' || "
    + _COMPACT.format(col="coalesce({p}.id_document_number, '')")
    + " || ' ' || coalesce({p}.intake_form_code, '')"
)
_NAMES = "{p}.given_names || ' ' || {p}.first_family_name || ' ' || {p}.second_family_name"


def _values(prefix: str) -> str:
    return f"{prefix}.rowid, {_NAMES.format(p=prefix)}, {_CODES.format(p=prefix)}"


FTS_DDL: tuple[str, ...] = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "names, codes, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
    f"CREATE TRIGGER IF NOT EXISTS worker_fts_ai AFTER INSERT ON worker BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, names, codes) VALUES ({_values('new')}); END",
    f"CREATE TRIGGER IF NOT EXISTS worker_fts_ad AFTER DELETE ON worker BEGIN "
    f"DELETE FROM {FTS_TABLE} WHERE rowid = old.rowid; END",
    f"CREATE TRIGGER IF NOT EXISTS worker_fts_au AFTER UPDATE OF given_names, "
    f"first_family_name, second_family_name, case_code, id_document_number, "
    f"intake_form_code ON worker BEGIN "
    f"DELETE FROM {FTS_TABLE} WHERE rowid = old.rowid; "
    f"INSERT INTO {FTS_TABLE}(rowid, names, codes) VALUES ({_values('new')}); END",
)

FTS_DROP: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS worker_fts_au",
    "DROP TRIGGER IF EXISTS worker_fts_ad",
    "DROP TRIGGER IF EXISTS worker_fts_ai",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fold(value: str) -> str:
    """Lower case without accents or ñ, spaces collapsed: the form names are compared in."""
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def sort_name(given: str, first_family: str, second_family: str) -> str:
    """The key a worker sorts by: family names first, folded."""
    return fold(f"{first_family} {second_family} {given}")


def match_expression(query: str) -> str | None:
    """An FTS5 query where every typed word must start a word of the record (None if empty).

    Words are folded first and quoted, so punctuation typed by a person can never become
    FTS5 syntax. "MX-7K3-00" becomes `"mx"* AND "7k3"* AND "00"*`.
    """
    words = _TOKEN.findall(fold(query).replace("_", " "))
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


def rebuild_index(conn: Connection) -> None:
    """Rebuild the whole index from `worker` (after a bulk load with the triggers detached)."""
    conn.execute(text(f"DELETE FROM {FTS_TABLE}"))
    index_workers_after(conn, 0)
    conn.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')"))


def index_workers_after(conn: Connection, rowid: int) -> None:
    """Index every worker with a rowid above `rowid`, with the triggers' own expression."""
    conn.execute(
        text(
            f"INSERT INTO {FTS_TABLE}(rowid, names, codes) "
            f"SELECT {_values('w')} FROM worker w WHERE w.rowid > :after"
        ),
        {"after": rowid},
    )


def matching_rowids_sql(expr: str, *, cap: int) -> Any:
    """A subquery of the rowids matching the FTS5 expression `expr` (at most `cap`).

    For `worker.rowid IN (...)`: the matches never leave SQLite. No ranking, so FTS5 walks
    the doclists in rowid order and stops at the cap, however short the typed prefix.
    """
    from sqlalchemy import literal_column, select

    return (
        select(literal_column("rowid"))
        .select_from(text(FTS_TABLE))
        .where(text(f"{FTS_TABLE} MATCH :fts_q").bindparams(fts_q=expr))
        .limit(cap)
        .scalar_subquery()
    )


def count_matches_sql() -> Any:
    """How many workers match :q, counting at most :n (to tell "more than the cap")."""
    return text(
        f"SELECT count(*) FROM (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q LIMIT :n)"
    )


def drop_index_triggers(conn: Connection) -> None:
    """Detach the triggers (bulk loads call rebuild_index afterwards)."""
    for stmt in FTS_DROP[:3]:
        conn.execute(text(stmt))


def create_index(conn: Any) -> None:
    """Create the index and its triggers if missing (used by the migrations)."""
    for stmt in FTS_DDL:
        conn.execute(text(stmt))
