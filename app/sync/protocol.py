"""Sync wire protocol v1: the JSON shapes client and server exchange (no Qt, no HTTP library).

Summary (DESIGN.md section 8; the server decides, clients push changes and pull a feed):

* Every request to ``/sync/v1/*`` carries ``X-Puente-Protocol`` and ``X-Puente-Schema``
  (:func:`version_headers`). A client whose protocol or schema is older than the server
  accepts (or that sends none) gets **426** with an :class:`UpgradeRequired` body; it must
  keep its outbox and tell the person to update. Every answer carries the server's versions.
* ``POST /auth/login`` (:class:`LoginRequest`) gives an opaque bearer token
  (:class:`LoginResponse`); send ``Authorization: Bearer <token>``. 401 codes:
  ``token_missing``, ``token_invalid``, ``token_expired``, ``token_revoked``,
  ``device_revoked`` (keep the outbox, ask the person to sign in again). 429 has Retry-After.
  The server assigns each device a unique ``device_tag`` (for case codes); send the same
  ``device_id`` on every sign-in to keep it.
* ``POST /sync/v1/push`` takes a :class:`PushRequest` (at most :data:`MAX_PUSH_BATCH`
  mutations, :data:`PUSH_BATCH_SIZE` recommended; more is a 422) and answers a
  :class:`PushResponse` with one :class:`MutationResult` per mutation, in order, all in one
  server transaction. Pushing the same ``mutation_id`` again answers ``duplicate`` with the
  stored first result (``first_status``, same version and conflicts): no second effect, so
  a push whose answer was lost is simply sent again. An HQ analyst gets 403 ``read_only``.
* ``GET /sync/v1/pull?since=S&limit=N[&missions=MX,SV][&epoch=E]`` answers a
  :class:`PullPage`: rows of the caller's missions whose latest change is after cursor
  ``S``, in feed order, grouped per entity (column names once, rows as arrays, entities in
  SYNCED_ENTITIES order so parents come first). A page also carries any parent a row refers
  to that the client would otherwise only get on a later page, so each page applies with
  foreign keys on. Archived rows come in full (``archived_at`` set, so children keep their
  parent and a restore needs nothing more) and are also listed in ``tombstones``. Apply a
  page and store its ``next_cursor`` in one local transaction; pull again while ``more``.
  Nothing to do = one request with an answer under 1 KB.
* **Retention (protocol 2).** A worker closed (or archived) longer than its mission's
  retention period is anonymised on the server together with every record that belongs to
  it. Its rows then leave the feed for good: a page lists them once in ``purged``
  (:class:`PurgedRecord`, the worker and each of its records, ``entity`` + ``id``), and
  the client deletes the worker, everything that refers to it (also unsent local records),
  their history, shadows, outbox mutations and conflicts, in the same transaction as the
  page. A fresh pull (``since=0``) never carries purged rows. A push that touches a purged
  record, or creates one under a purged worker, is ``rejected`` with reason ``purged``.
  A protocol 1 client cannot read ``purged``, so the server answers it 426.
* ``server_epoch`` changes when the server database is restored (``puente-server
  new-epoch``). A pull with ``since > 0`` and a stale ``epoch`` (or a cursor beyond the
  server's feed: a restore nobody marked) answers **409** ``epoch_changed``: reset the
  cursor to 0 and pull again; keep the outbox and push as usual.
* Request and response bodies may be gzip (``Content-Encoding: gzip`` /
  ``Accept-Encoding: gzip``).
* Every error body is an :class:`ErrorBody` (``code``, ``message``, optional ``detail``):
  show people a translated text chosen by ``code`` (or ``reason``), never ``message`` raw.

Per-mutation rules the server applies (the client engine mirrors them in its outbox states):

* ``applied``: stored as sent. ``merged``: stored, and other fields (``merged_fields``) had
  changed on the server since ``base_version``; ``row`` is the merged row. Mark both sent,
  store ``version`` as the new base and refresh the local row and its shadow from ``row``.
* ``conflict``: the fields listed in ``conflicts`` (base/mine/theirs) kept the server value;
  every other field of the mutation was stored. ``row`` is the server's row. Record the
  conflicts locally for a person; their choice goes out as a new update with the current
  version as ``base_version`` (that also closes the server's record of the conflict). A
  conflict on the pseudo-field ``archived_at`` means "you edited a record someone archived":
  the edit was stored, the record stays archived until a person restores it.
* ``rejected``: nothing stored (``reason``, ``message``); a replay is judged again.
* A field conflicts when another device wrote it after ``base_version`` and the values
  differ; a device's own later edits never conflict with its earlier ones (so create +
  edits made offline apply cleanly). Identity fields (names, date of birth, ID document,
  mission, status) also conflict when ``base`` shows the server value moved from the one
  the edit started from. Notes and attendance are append-only: a create, an archive, and
  on notes only ``superseded`` / ``follow_up_done_on``; they never conflict.
* Send ``base`` (the shadow values of the changed fields) so conflicts report ``base``.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.models.codec import WireValue
from app.models.enums import MutationOp, Role

# --- versions and headers -------------------------------------------------------------------

PROTOCOL_VERSION = 2
"""The sync protocol this code speaks."""

MIN_PROTOCOL_VERSION = 2
"""The oldest client protocol the server still accepts (older: 426)."""

SCHEMA_VERSION = 1
"""Revision of the shared data model (app.models) as seen on the wire."""

MIN_SCHEMA_VERSION = 1
"""The oldest client schema revision the server still accepts (older: 426)."""

HEADER_PROTOCOL = "X-Puente-Protocol"
HEADER_SCHEMA = "X-Puente-Schema"
HEADER_EPOCH = "X-Puente-Server-Epoch"
HEADER_DEVICE = "X-Puente-Device"

SYNC_PREFIX = "/sync/v1"
LOGIN_PATH = "/auth/login"
LOGOUT_PATH = "/auth/logout"
ME_PATH = "/me"
PUSH_PATH = f"{SYNC_PREFIX}/push"
PULL_PATH = f"{SYNC_PREFIX}/pull"
HEALTH_PATH = "/health"

PUSH_BATCH_SIZE = 200
"""Mutations per push request a client should send."""

MAX_PUSH_BATCH = 1000
"""Largest push the server accepts (larger: 422)."""

DEFAULT_PULL_LIMIT = 1000
MAX_PULL_LIMIT = 5000

ALL_SCOPE = "ALL"
"""Cursor scope name when the caller pulls every mission it may read."""


def version_headers() -> dict[str, str]:
    """The protocol and schema headers a client sends with every request."""
    return {HEADER_PROTOCOL: str(PROTOCOL_VERSION), HEADER_SCHEMA: str(SCHEMA_VERSION)}


def scope_key(missions: list[str] | None) -> str:
    """The cursor scope for a pull narrowed to `missions` (sorted, comma-joined) or ALL."""
    return ",".join(sorted(set(missions))) if missions else ALL_SCOPE


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False, defer_build=True)


# --- errors ---------------------------------------------------------------------------------


class ErrorBody(_Wire):
    """Every error answer: a stable machine code and a sentence for people."""

    code: str = Field(description="stable machine code, e.g. not_found, token_expired")
    message: str = Field(description="what is wrong and what to do, in English")
    detail: Any | None = Field(default=None, description="extra facts (validation errors)")


class UpgradeRequired(ErrorBody):
    """Body of a 426: the client is older than the server accepts; keep the outbox."""

    server_protocol: int = PROTOCOL_VERSION
    min_protocol: int = MIN_PROTOCOL_VERSION
    server_schema: int = SCHEMA_VERSION
    min_schema: int = MIN_SCHEMA_VERSION


# --- sign-in --------------------------------------------------------------------------------


class LoginRequest(_Wire):
    """Username and password, plus who the device is (the server registers it)."""

    username: str = Field(min_length=1, max_length=80)
    password: str = Field(min_length=1, max_length=1024)
    device_id: uuid.UUID | None = Field(
        default=None, description="stable id made by the device; omitted = new device"
    )
    device_name: str = Field(default="", max_length=120, description="e.g. laptop name")
    device_tag: str = Field(
        default="",
        max_length=8,
        description="tag wanted for case codes; the server keeps it unique and may change it",
    )


class MissionInfo(_Wire):
    """A mission as reference data."""

    code: str
    name: str
    country: str
    currency: str
    time_zone: str


class MeResponse(_Wire):
    """Who the token belongs to and what it may do."""

    username: str
    full_name: str
    role: Role
    missions: list[str] = Field(description="missions this user may write (empty for HQ)")
    read_missions: list[str] = Field(description="missions this user may read")
    can_push: bool
    device_id: uuid.UUID
    device_tag: str
    token_expires_at: datetime
    server_epoch: str
    mission_info: list[MissionInfo] = Field(default_factory=list)


class LoginResponse(_Wire):
    """An opaque bearer token (the server stores only its hash) and who signed in."""

    token: str
    token_type: str = "bearer"
    expires_at: datetime
    me: MeResponse


# --- push -----------------------------------------------------------------------------------


class Mutation(_Wire):
    """One outbox entry: a change to one row, with the server version it was based on."""

    mutation_id: uuid.UUID
    entity: str = Field(description="wire name of the entity, a key of SYNCED_ENTITIES")
    entity_id: uuid.UUID
    mission_id: str = Field(max_length=2)
    op: MutationOp
    base_version: int = Field(default=0, ge=0, description="server version the edit saw")
    changes: dict[str, WireValue] = Field(
        default_factory=dict, description="changed fields only, wire-encoded (all for create)"
    )
    base: dict[str, WireValue] | None = Field(
        default=None,
        description="the values of the changed fields the edit started from (the shadow); "
        "used to report base/mine/theirs in conflicts",
    )
    made_at: datetime | None = Field(default=None, description="when the edit was made")


class PushRequest(_Wire):
    """A batch of mutations in outbox order (parents before children)."""

    mutations: list[Mutation] = Field(max_length=MAX_PUSH_BATCH)


class MutationStatus(StrEnum):
    """What the server did with one mutation."""

    APPLIED = "applied"  # stored as sent; the row was unchanged since base_version
    MERGED = "merged"  # stored; other fields had changed on the server meanwhile
    CONFLICT = "conflict"  # some fields kept the server value (see conflicts); rest stored
    REJECTED = "rejected"  # nothing stored (see reason); do not resend unchanged
    DUPLICATE = "duplicate"  # seen before: no second effect; first_status says what it was


class RejectReason(StrEnum):
    """Why a mutation was rejected (stable codes; `message` explains for people)."""

    UNKNOWN_ENTITY = "unknown_entity"
    UNKNOWN_FIELD = "unknown_field"
    INVALID_VALUE = "invalid_value"
    NOT_FOUND = "not_found"  # also for rows of missions outside the caller's scope
    MISSION_NOT_ALLOWED = "mission_not_allowed"
    IMMUTABLE_FIELD = "immutable_field"
    APPEND_ONLY = "append_only"
    INVALID_OP = "invalid_op"
    CONSTRAINT = "constraint"  # e.g. case code already used, missing parent
    FORBIDDEN = "forbidden"  # the role may not do this
    PURGED = "purged"  # the record was anonymised under its mission's retention period


class FieldConflict(_Wire):
    """One field changed on both sides; the server kept `theirs` until a person decides."""

    field: str
    base: WireValue = Field(description="value the client started from (null if unknown)")
    mine: WireValue = Field(description="value the client sent")
    theirs: WireValue = Field(description="value the server has and kept")


class MutationResult(_Wire):
    """The server's answer for one mutation (also what a replay gets back)."""

    mutation_id: uuid.UUID
    status: MutationStatus
    first_status: MutationStatus | None = Field(
        default=None, description="for duplicate: the status of the first delivery"
    )
    entity: str
    entity_id: uuid.UUID
    version: int = Field(default=0, description="server version of the row afterwards")
    server_seq: int = Field(default=0, description="feed position of the row afterwards")
    reason: RejectReason | None = None
    message: str = ""
    conflicts: list[FieldConflict] = Field(default_factory=list)
    merged_fields: list[str] = Field(
        default_factory=list, description="fields changed on the server since base_version"
    )
    row: dict[str, WireValue] | None = Field(
        default=None,
        description="the row as the server now has it (merged/conflict), so the client can "
        "refresh its copy and shadow without waiting for the pull",
    )


class PushResponse(_Wire):
    """One result per mutation, in request order."""

    results: list[MutationResult]
    server_epoch: str
    server_time: datetime


# --- pull -----------------------------------------------------------------------------------


class EntityRows(_Wire):
    """Rows of one entity: column names once, then each row as an array in that order."""

    columns: list[str]
    rows: list[list[WireValue]]


class Tombstone(_Wire):
    """An archived row of this page (its full row is in `entities` too, archived_at set)."""

    entity: str
    id: uuid.UUID
    mission_id: str
    version: int
    archived_at: datetime


class PurgedRecord(_Wire):
    """A record anonymised under retention: delete it (and what refers to it) locally."""

    entity: str
    id: uuid.UUID
    mission_id: str


class PullPage(_Wire):
    """A page of the change feed after cursor `since` (row order inside follows the feed)."""

    server_epoch: str
    since: int
    next_cursor: int = Field(description="store with the applied page; send as `since` next")
    more: bool = Field(description="true: pull again at once from next_cursor")
    scope: list[str] = Field(description="missions this page covers")
    entities: dict[str, EntityRows] = Field(
        default_factory=dict,
        description="rows per entity (archived ones too, archived_at set), in SYNCED_ENTITIES "
        "order (parents first); a page also carries any not-yet-sent parent a row refers to, "
        "so every page applies with foreign keys on",
    )
    tombstones: list[Tombstone] = Field(default_factory=list)
    purged: list[PurgedRecord] = Field(
        default_factory=list,
        description="records removed under retention since `since`: delete them locally, "
        "with everything that refers to them",
    )
    missions: list[MissionInfo] = Field(
        default_factory=list, description="mission reference data (on the first page)"
    )


# --- server-side reads (admin and supervisors) ----------------------------------------------


class ConflictRecord(_Wire):
    """A conflict as the server recorded it."""

    id: int
    entity: str
    entity_id: uuid.UUID
    mission_id: str
    field: str
    base: WireValue
    mine: WireValue
    theirs: WireValue
    mutation_id: uuid.UUID
    username: str
    detected_at: datetime
    resolved_at: datetime | None


class DeviceInfo(_Wire):
    """A device registered by a sign-in."""

    id: uuid.UUID
    tag: str
    name: str
    username: str
    first_seen: datetime
    last_seen: datetime
    revoked_at: datetime | None


class HealthResponse(_Wire):
    """Liveness and the versions the server speaks."""

    status: str = "ok"
    protocol: int = PROTOCOL_VERSION
    min_protocol: int = MIN_PROTOCOL_VERSION
    schema_version: int = SCHEMA_VERSION
    server_epoch: str
    database: str
