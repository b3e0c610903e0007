"""The ASGI application: routes, middleware and the database lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from tortoise.contrib.starlette import RegisterTortoise

from app.db import connection, ensure_sqlite_folder, tortoise_config
from app.log import configure_logging, get_logger
from app.middleware import AuthMiddleware, RequestContextMiddleware
from app.settings import Settings, get_settings
from schema.view import GraphQLApp

log = get_logger("app.main")

GRAPHQL_PATH = "/graphql"
HEALTH_PATH = "/health"


async def health(_: Request) -> JSONResponse:
    """Liveness and database reachability; the only anonymous endpoint."""
    try:
        await connection().execute_query("SELECT 1")
    except Exception:
        log.exception("health.database_unreachable")
        return JSONResponse({"status": "unavailable"}, status_code=503)
    return JSONResponse({"status": "ok"})


def create_app(settings: Settings | None = None, *, manage_database: bool = True) -> Starlette:
    """Build the app. ``manage_database=False`` leaves Tortoise to the caller (tests)."""
    settings = settings or get_settings()
    configure_logging(settings)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if not manage_database:
            yield
            return
        ensure_sqlite_folder(settings.database_url)
        async with RegisterTortoise(app, config=tortoise_config(settings.database_url)):
            yield

    return Starlette(
        routes=[
            Route(HEALTH_PATH, health, methods=["GET"]),
            Route(GRAPHQL_PATH, GraphQLApp(settings), methods=["GET", "POST"]),
        ],
        middleware=[
            Middleware(RequestContextMiddleware),
            Middleware(
                AuthMiddleware,
                public_paths={HEALTH_PATH},
                ide_path=GRAPHQL_PATH if settings.graphiql else None,
            ),
        ],
        lifespan=lifespan,
    )


def app() -> Starlette:
    """Factory for ``uvicorn --factory app.main:app``."""
    return create_app()
