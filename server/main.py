"""The FastAPI application: routes, JSON errors, gzip both ways, versions on every answer."""

from __future__ import annotations

import logging

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware

import app as puente_app
from server.auth import LoginThrottle
from server.config import Settings
from server.db import make_engine, migrate
from server.deps import ServerState
from server.errors import install_error_handlers
from server.middleware import GzipRequestMiddleware, VersionHeadersMiddleware
from server.routes import admin, audit, auth, health, sync

log = logging.getLogger("puente.server")

DESCRIPTION = """Central server of Puente (IOM labour-mobility case management).

Sign in with `POST /auth/login`, then send `Authorization: Bearer <token>`. Sync routes
need the `X-Puente-Protocol` and `X-Puente-Schema` headers. Every error is JSON:
`{"code": ..., "message": ..., "detail": ...}`. Bodies may be gzip both ways.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app for `settings`: engine, migrations (unless disabled), routes."""
    settings = settings or Settings()
    engine = make_engine(settings.database_url, echo=settings.echo_sql)
    if settings.run_migrations:
        migrate(engine)
    state = ServerState(
        settings=settings,
        engine=engine,
        user_throttle=LoginThrottle(
            max_failures=settings.login_max_failures,
            window_s=settings.login_window_s,
            lock_s=settings.login_lock_s,
            lock_max_s=settings.login_lock_max_s,
        ),
        address_throttle=LoginThrottle(
            max_failures=settings.login_max_failures * 4,
            window_s=settings.login_window_s,
            lock_s=settings.login_lock_s,
            lock_max_s=settings.login_lock_max_s,
        ),
    )
    api = FastAPI(
        title="Puente server",
        version=puente_app.__version__,
        description=DESCRIPTION,
    )
    api.state.puente = state
    install_error_handlers(api)
    for router in (auth.router, sync.router, admin.router, audit.router, health.router):
        api.include_router(router)
    api.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    api.add_middleware(GzipRequestMiddleware, max_bytes=settings.max_body_bytes)
    api.add_middleware(VersionHeadersMiddleware)
    return api
