"""The ASGI application: routes, middleware and the database lifespan."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp
from tortoise.contrib.starlette import RegisterTortoise

from app.collector import settle_after_startup
from app.db import connection, ensure_sqlite_folder, server_tortoise_config
from app.db_replica import READ_AFTER_LSN_HEADER, WRITE_LSN_HEADER, ReplicaRouting
from app.graphiql import STATIC_DIRECTORY, STATIC_PATH
from app.log import configure_logging, error_summary, get_logger
from app.middleware import (
    AuthMiddleware,
    DeadlineMiddleware,
    RequestBodyMiddleware,
    RequestContextMiddleware,
    UploadLimits,
)
from app.rate_limits import RateLimits
from app.read_routing import RestReadRouting
from app.rest import PREFIX as REST_PREFIX
from app.rest import PUBLIC_PATHS as REST_PUBLIC_PATHS
from app.rest import PUBLIC_PREFIXES as REST_PUBLIC_PREFIXES
from app.rest import create_rest_app
from app.rest.guard import RestGuard
from app.rest.imports import is_import_upload
from app.rest.problems import problem_response
from app.services.errors import ErrorCode
from app.settings import Settings, get_settings
from app.workbench import WORKBENCH_PATH, workbench_page
from schema.view import GraphQLApp

log = get_logger("app.main")

GRAPHQL_PATH = "/graphql"
HEALTH_PATH = "/health"

# CORS: what a single-page app on an allowed origin may send, and which response headers
# of ours it may read (the request id, REST's validators, locations, replays, back-offs).
CORS_ALLOW_HEADERS = [
    "Authorization",
    "Content-Type",
    "X-Entity",
    "Idempotency-Key",
    "If-Match",
    "If-None-Match",
    "X-Request-ID",
    READ_AFTER_LSN_HEADER,
]
CORS_EXPOSE_HEADERS = [
    "X-Request-ID",
    "ETag",
    "Location",
    "Retry-After",
    "Idempotent-Replayed",
    "Link",
    "Content-Disposition",
    "X-Replica-Used",
    "X-Replica-Lag-Seconds",
    "X-Replica-Reason",
    WRITE_LSN_HEADER,
]
CORS_ALLOW_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


def _retrieve(probe: asyncio.Task[None]) -> None:
    if not probe.cancelled():
        probe.exception()


def health_endpoint(
    timeout: float, retry_after: int
) -> Callable[[Request], Awaitable[JSONResponse]]:
    """Liveness and database reachability; the only anonymous endpoint.

    Answers within ``timeout``: a database that does not answer by then is as unavailable
    as one that refuses connections. The probe is not waited for once given up on."""

    def unavailable(reason: str) -> JSONResponse:
        error = {"code": ErrorCode.SERVICE_UNAVAILABLE.value, "field": None, "message": reason}
        return JSONResponse(
            {"status": "unavailable", "errors": [error]},
            status_code=503,
            headers={"Retry-After": str(retry_after)},
        )

    async def select_one() -> None:
        await connection().execute_query("SELECT 1")

    async def health(_: Request) -> JSONResponse:
        probe = asyncio.ensure_future(select_one())
        done, _pending = await asyncio.wait({probe}, timeout=timeout)
        if not done:
            probe.cancel()
            probe.add_done_callback(_retrieve)
            log.warning("health.database_timeout", timeout_seconds=timeout)
            return unavailable(f"The database did not answer within {timeout:g} s.")
        error = probe.exception()
        if error is not None:
            log.warning("health.database_unreachable", error=error_summary(error))
            return unavailable("The database is not available.")
        return JSONResponse({"status": "ok"})

    return health


async def no_such_api(request: Request) -> Response:
    return problem_response(
        ErrorCode.NOT_FOUND,
        f"No such resource; the REST API is under {REST_PREFIX}.",
        request_id=request.scope.get("state", {}).get("request_id"),
    )


def create_app(
    settings: Settings | None = None,
    *,
    manage_database: bool = True,
    settle_collector: bool = False,
) -> Starlette:
    """Build the app. ``manage_database=False`` leaves Tortoise to the caller (tests);
    ``settle_collector`` sets the garbage collector for a server process once started
    (``app.collector``; what ``serve`` runs, not tests, which build many apps)."""
    settings = settings or get_settings()
    configure_logging(settings)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if not manage_database:
            if settle_collector:
                settle_after_startup()
            yield
            return
        ensure_sqlite_folder(settings.database_url)
        config = server_tortoise_config(settings)
        async with RegisterTortoise(app, config=config):
            if settle_collector:
                settle_after_startup()
            yield

    health = health_endpoint(settings.health_timeout_seconds, settings.retry_after_seconds)
    rate_limits = RateLimits.from_settings(settings)
    # With a read replica: one routing per app (per process), shared by GraphQL and REST.
    replica = ReplicaRouting.from_settings(settings)
    rest: ASGIApp = RestGuard(create_rest_app(settings, rate_limits))
    # CSV imports take files: a larger body, and more time, than the JSON routes.
    uploads = UploadLimits(
        applies=is_import_upload,
        max_bytes=settings.max_import_body_bytes,
        body_timeout=settings.import_body_timeout_seconds,
        request_timeout=settings.import_request_timeout_seconds,
    )
    if replica is not None:
        rest = RestReadRouting(rest, replica)
    return Starlette(
        routes=[
            Route(HEALTH_PATH, health, methods=["GET"]),
            Route(
                GRAPHQL_PATH, GraphQLApp(settings, rate_limits, replica), methods=["GET", "POST"]
            ),
            Mount(STATIC_PATH, StaticFiles(directory=STATIC_DIRECTORY), name="static"),
            Mount(REST_PREFIX, app=rest),
            # Any other path under /api/ (another version, a typo): a problem, not text.
            Route("/api", no_such_api),
            Route("/api/{rest:path}", no_such_api),
            # The refund workbench's page; its scripts come from /static/workbench/.
            Route(WORKBENCH_PATH, workbench_page, methods=["GET"]),
            Route(f"{WORKBENCH_PATH}/", workbench_page, methods=["GET"]),
        ],
        middleware=[
            # Outermost: a preflight is answered before any token is asked for, and every
            # answer (errors and 503s included) carries the CORS headers a browser needs
            # to let the page read it. Credentials (cookies) are never part of it: the API
            # takes bearer tokens only.
            Middleware(
                CORSMiddleware,
                allow_origins=settings.cors_origins,
                allow_methods=CORS_ALLOW_METHODS,
                allow_headers=CORS_ALLOW_HEADERS,
                expose_headers=CORS_EXPOSE_HEADERS,
                allow_credentials=False,
                max_age=600,
            ),
            Middleware(RequestContextMiddleware, retry_after=settings.retry_after_seconds),
            Middleware(
                DeadlineMiddleware,
                timeout=settings.request_timeout_seconds,
                retry_after=settings.retry_after_seconds,
                upload=uploads,
            ),
            Middleware(
                RequestBodyMiddleware,
                max_bytes=settings.max_request_body_bytes,
                timeout=settings.request_body_timeout_seconds,
                upload=uploads,
            ),
            Middleware(
                AuthMiddleware,
                # The workbench page holds no data (like GraphiQL's): its queries need a token.
                public_paths={
                    HEALTH_PATH,
                    *REST_PUBLIC_PATHS,
                    WORKBENCH_PATH,
                    f"{WORKBENCH_PATH}/",
                },
                public_prefixes=(f"{STATIC_PATH}/", *REST_PUBLIC_PREFIXES),
                ide_path=GRAPHQL_PATH if settings.graphiql else None,
                rate_limits=rate_limits,
            ),
        ],
        lifespan=lifespan,
    )


def app() -> Starlette:
    """Factory for ``uvicorn --factory app.main:app`` (what ``serve`` runs)."""
    return create_app(settle_collector=True)
