"""Data retention: a period per mission; workers closed longer are anonymised with their records.

A mission without a period keeps everything. A worker counts as closed from the moment the
server stored its closing (`status` closed) or its archiving, read from the server's own
history (srv_audit) at the version that made it, or else the worker's `updated_at`: both are
times the server wrote, never earlier than the change really happened. A worker closed (or
archived) longer than its mission's period is anonymised together with every record that
belongs to it (found through the foreign keys to the worker, so a new kind of record is
covered too); courses and community projects are not the worker's and stay as they are.

Anonymising blanks names, documents, contacts, places and free text, keeps what the
indicators count (mission, sex, birth year, stage, status, sectors, amounts, dates), strips
the values the server kept about those rows elsewhere (history, conflicts, mutation
answers), marks each row purged with a new feed position, and appends one event per mission
to the hash-chained audit log. Workers go in atomic batches; a second run changes nothing.
"""

from __future__ import annotations

from server.retention.anonymise import (
    PARENT_PURGED_MESSAGE,
    PURGED_BY,
    PURGED_MESSAGE,
    SCRUB,
    anonymise,
    strip_result,
)
from server.retention.due import Stamps, closed_since, due_workers, owned_links, owned_records
from server.retention.policy import (
    DAYS_PER_MONTH,
    DAYS_PER_YEAR,
    MAX_DAYS,
    RETENTION_CLEARED,
    RETENTION_PURGE,
    RETENTION_SET,
    RetentionError,
    clear_policy,
    period_days,
    policies,
    set_policy,
)
from server.retention.purge import MissionRun, run

__all__ = [
    "DAYS_PER_MONTH",
    "DAYS_PER_YEAR",
    "MAX_DAYS",
    "PARENT_PURGED_MESSAGE",
    "PURGED_BY",
    "PURGED_MESSAGE",
    "RETENTION_CLEARED",
    "RETENTION_PURGE",
    "RETENTION_SET",
    "SCRUB",
    "MissionRun",
    "RetentionError",
    "Stamps",
    "anonymise",
    "clear_policy",
    "closed_since",
    "due_workers",
    "owned_links",
    "owned_records",
    "period_days",
    "policies",
    "run",
    "set_policy",
    "strip_result",
]
