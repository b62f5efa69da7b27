"""JSON errors: one exception type for the routes and handlers that answer every error as JSON."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.sync.protocol import ErrorBody

log = logging.getLogger("puente.server")


class ApiError(Exception):
    """An error answer: HTTP status, stable code, a sentence for people, optional headers."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        headers: dict[str, str] | None = None,
        body: ErrorBody | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}
        self.body = body


_STATUS_CODES = {
    400: ("bad_request", "The request could not be read."),
    401: ("unauthorized", "Sign in first."),
    403: ("forbidden", "You are not allowed to do this."),
    404: ("not_found", "There is nothing at this address."),
    405: ("method_not_allowed", "This address does not accept this method."),
    413: ("too_large", "The request is too large."),
    415: ("unsupported_media_type", "Send JSON."),
}


def error_response(
    status: int,
    code: str,
    message: str,
    *,
    detail: Any = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """A JSON error answer in the protocol's ErrorBody shape."""
    body = ErrorBody(code=code, message=message, detail=detail)
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers)


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    if exc.body is not None:
        return JSONResponse(exc.body.model_dump(mode="json"), exc.status, headers=exc.headers)
    return error_response(exc.status, exc.code, exc.message, headers=exc.headers)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code, message = _STATUS_CODES.get(exc.status_code, ("error", "The request failed."))
    if isinstance(exc.detail, str) and exc.detail and exc.status_code not in (404, 405):
        message = exc.detail
    return error_response(exc.status_code, code, message, headers=dict(exc.headers or {}))


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
        for e in exc.errors()
    ]
    return error_response(
        422,
        "invalid_request",
        "The request does not have the expected shape; see detail for each problem.",
        detail=jsonable_encoder(errors),
    )


async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected server error", exc_info=exc)
    return error_response(
        500, "server_error", "The server failed unexpectedly; try again later or tell support."
    )


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error, including 404, 405, 422 and 500, as an ErrorBody."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)
