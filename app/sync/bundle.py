"""Sync bundle files: the push/pull payloads in an encrypted, integrity-checked file (USB sync).

Layout of a ``.puente`` file::

    b"PUENTEB1" | header length (4 bytes, big-endian) | header JSON | AES-256-GCM ciphertext

The header (format, kind, bundle id, scrypt parameters and salt, nonce) is authenticated as
associated data, so changing any byte of the file makes it unreadable rather than wrong.
The plaintext is the gzip of the payload JSON: a :class:`PushBundle` (desktop -> server: the
same mutations as ``POST /sync/v1/push``) or a :class:`PullBundle` (server -> desktop: the
same pages as ``GET /sync/v1/pull`` plus the server's answers to mutations already imported,
so the desktop can settle its outbox). Importing a file twice changes nothing: mutations
carry their ids (the server's ledger answers ``duplicate``) and pull rows carry versions.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import struct
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.models.base import utcnow
from app.sync.protocol import Mutation, MutationResult, PullPage

MAGIC = b"PUENTEB1"
FORMAT = 1
MIN_PASSPHRASE = 10
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
MAX_HEADER = 4096

BundleKind = Literal["push", "pull"]


class BundleError(ValueError):
    """A bundle that cannot be read: wrong passphrase, damaged or not a bundle at all."""


class BundleHeader(BaseModel):
    """Clear-text (but authenticated) facts needed to decrypt a bundle."""

    model_config = ConfigDict(extra="forbid")

    format: int = FORMAT
    kind: BundleKind
    bundle_id: uuid.UUID
    created_at: datetime
    kdf: Literal["scrypt"] = "scrypt"
    salt: str
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P
    nonce: str


class PushBundle(BaseModel):
    """Desktop -> server: pending outbox mutations of one signed-in device."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["push"] = "push"
    bundle_id: uuid.UUID = Field(default_factory=uuid.uuid4)
    created_at: datetime = Field(default_factory=utcnow)
    username: str
    device_id: uuid.UUID
    device_tag: str = ""
    mutations: list[Mutation]


class PullBundle(BaseModel):
    """Server -> desktop: feed pages of some missions, and answers to imported mutations."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["pull"] = "pull"
    bundle_id: uuid.UUID = Field(default_factory=uuid.uuid4)
    created_at: datetime = Field(default_factory=utcnow)
    missions: list[str]
    server_epoch: str
    pages: list[PullPage]
    results: list[MutationResult] = Field(default_factory=list)


Bundle = PushBundle | PullBundle


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    if not 2**10 <= n <= 2**20 or not 1 <= r <= 32 or not 1 <= p <= 16:
        raise BundleError("The file asks for unusual key settings; it is not a Puente bundle.")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def encrypt_bundle(bundle: Bundle, passphrase: str) -> bytes:
    """The bytes of a bundle file for `bundle`, sealed with a key made from `passphrase`."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise BundleError(f"Use a passphrase of at least {MIN_PASSPHRASE} characters.")
    salt, nonce = os.urandom(16), os.urandom(12)
    header = BundleHeader(
        kind=bundle.kind,
        bundle_id=bundle.bundle_id,
        created_at=bundle.created_at,
        salt=base64.b64encode(salt).decode(),
        nonce=base64.b64encode(nonce).decode(),
    )
    header_bytes = header.model_dump_json().encode("utf-8")
    prefix = MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes
    plain = gzip.compress(bundle.model_dump_json().encode("utf-8"), compresslevel=6, mtime=0)
    key = _key(passphrase, salt, header.n, header.r, header.p)
    return prefix + AESGCM(key).encrypt(nonce, plain, prefix)


def decrypt_bundle(data: bytes, passphrase: str) -> Bundle:
    """The bundle in `data`; BundleError if the passphrase is wrong or the file was changed."""
    header, prefix = read_header(data)
    key = _key(passphrase, base64.b64decode(header.salt), header.n, header.r, header.p)
    try:
        plain = AESGCM(key).decrypt(base64.b64decode(header.nonce), data[len(prefix) :], prefix)
    except InvalidTag:
        raise BundleError("Wrong passphrase, or the file was damaged or changed.") from None
    try:
        payload: dict[str, Any] = json.loads(gzip.decompress(plain))
        bundle: Bundle = (PushBundle if header.kind == "push" else PullBundle).model_validate(
            payload
        )
    except (OSError, ValueError, ValidationError):
        raise BundleError("The file opens but its content is not a valid bundle.") from None
    if bundle.bundle_id != header.bundle_id or bundle.kind != header.kind:
        raise BundleError("The file's content does not match its header.")
    return bundle


def read_header(data: bytes) -> tuple[BundleHeader, bytes]:
    """The header of a bundle file and the exact prefix bytes it was sealed with."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise BundleError("This is not a Puente sync file.")
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    if length > MAX_HEADER or len(data) < len(MAGIC) + 4 + length:
        raise BundleError("This Puente sync file is damaged.")
    prefix = data[: len(MAGIC) + 4 + length]
    try:
        header = BundleHeader.model_validate_json(prefix[len(MAGIC) + 4 :])
    except ValidationError:
        raise BundleError("This Puente sync file is damaged.") from None
    if header.format != FORMAT:
        raise BundleError("This sync file was made by another version of Puente.")
    return header, prefix


def write_bundle(path: Path, bundle: Bundle, passphrase: str) -> None:
    """Write a bundle file atomically (a half-written file is never left under `path`)."""
    data = encrypt_bundle(bundle, passphrase)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def read_bundle(path: Path, passphrase: str) -> Bundle:
    """Read and check a bundle file."""
    return decrypt_bundle(Path(path).read_bytes(), passphrase)
