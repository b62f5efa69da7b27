"""ASGI middleware: gzip request bodies, body size limit, version headers on every answer."""

from __future__ import annotations

import json
import zlib
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.sync.protocol import (
    HEADER_PROTOCOL,
    HEADER_SCHEMA,
    PROTOCOL_VERSION,
    SCHEMA_VERSION,
)


class GzipRequestMiddleware:
    """Refuse oversized bodies; inflate `Content-Encoding: gzip` ones (bounded) for the app."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        encoding = headers.get("content-encoding", "").strip().lower()
        if encoding not in ("gzip", ""):
            await _reject(send, 415, "unsupported_encoding", "Send the body plain or gzip.")
            return
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await _reject(send, 413, "too_large", "The request body is too large.")
            return
        if not encoding:
            await self.app(scope, receive, send)
            return
        raw = bytearray()
        more = True
        while more:
            message = await receive()
            raw.extend(message.get("body", b""))
            more = message.get("more_body", False)
            if len(raw) > self.max_bytes:
                await _reject(send, 413, "too_large", "The request body is too large.")
                return
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            body = inflater.decompress(bytes(raw), self.max_bytes + 1)
        except zlib.error:
            await _reject(send, 400, "bad_gzip", "The gzip body could not be read.")
            return
        if len(body) > self.max_bytes or inflater.unconsumed_tail:
            await _reject(send, 413, "too_large", "The request body is too large once inflated.")
            return
        new_headers = [
            (k, v)
            for k, v in scope["headers"]
            if k.lower() not in (b"content-encoding", b"content-length")
        ]
        new_headers.append((b"content-length", str(len(body)).encode()))
        scope = dict(scope, headers=new_headers)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


class VersionHeadersMiddleware:
    """Put the server's protocol and schema versions on every answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers: list[Any] = list(message.get("headers", []))
                headers.append((HEADER_PROTOCOL.lower().encode(), str(PROTOCOL_VERSION).encode()))
                headers.append((HEADER_SCHEMA.lower().encode(), str(SCHEMA_VERSION).encode()))
                message = dict(message, headers=headers)
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _reject(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps({"code": code, "message": message, "detail": None}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
