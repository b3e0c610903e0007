"""How the app talks to its database: the Tortoise configuration built from the settings."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
from tortoise import Tortoise, connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.backends.base.config_generator import expand_db_url
from tortoise.exceptions import DBConnectionError
from tortoise.fields.relational import ManyToManyFieldInstance

from app.db_postgres import never_ran
from app.settings import Settings

MODELS_APP = "models"
# The connection names: the primary (every write, every transaction) and the read replica.
DEFAULT = "default"
REPLICA = "replica"
REPLICA_ROUTER = "app.db_replica.ReadReplicaRouter"
MODEL_MODULES = ["models", "aerich.models"]


# The engine module of PostgreSQL connections with timeouts (app/db_postgres.py).
POSTGRES_ENGINE = "app.db_postgres"
# How much longer than the server's statement_timeout the client waits for an answer: the
# server reports its own timeout first, unless it stopped answering altogether.
CLIENT_TIMEOUT_MARGIN_SECONDS = 1.0


@dataclass(frozen=True, slots=True)
class DatabaseTimeouts:
    """How long the service waits for its database; see ``Settings``."""

    connect: float
    acquire: float
    statement: float

    @classmethod
    def from_settings(cls, settings: Settings) -> DatabaseTimeouts:
        return cls(
            connect=settings.database_connect_timeout_seconds,
            acquire=settings.database_acquire_timeout_seconds,
            statement=settings.database_statement_timeout_seconds,
        )


@dataclass(frozen=True, slots=True)
class PoolOptions:
    """How PostgreSQL connections are pooled and reached; see ``Settings``.

    ``pgbouncer``: the server is reached through PgBouncer in transaction mode, where each
    transaction may run on another server connection. asyncpg then keeps no prepared
    statement between statements (``statement_cache_size=0``: unnamed statements, parsed
    and run in one go), and no session setting is sent at connect: PgBouncer refuses
    startup parameters it does not know (``statement_timeout`` is one), so the timeout is
    the server's (``ALTER ROLE/DATABASE ... SET statement_timeout``), see the README."""

    min_size: int | None = None
    max_size: int | None = None
    pgbouncer: bool = False
    jit: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> PoolOptions:
        return cls(
            min_size=settings.database_pool_min,
            max_size=settings.database_pool_max,
            pgbouncer=settings.database_pgbouncer,
            jit=settings.database_jit,
        )


def _connection_config(
    database_url: str, timeouts: DatabaseTimeouts | None, pool: PoolOptions | None = None
) -> str | dict[str, Any]:
    if timeouts is None and pool is None:
        return database_url
    expanded = expand_db_url(database_url)
    credentials: dict[str, Any] = expanded["credentials"]
    if database_url.startswith("sqlite://"):
        # SQLite has no server to lose; what can keep a request waiting is another
        # writer's lock. PRAGMA busy_timeout bounds that wait (milliseconds).
        if timeouts is not None:
            credentials["busy_timeout"] = round(timeouts.acquire * 1000)
        return expanded
    if pool is not None:
        # A size written in the URL (?maxsize=) wins over the settings.
        if pool.min_size is not None:
            credentials.setdefault("minsize", pool.min_size)
        if pool.max_size is not None:
            credentials.setdefault("maxsize", pool.max_size)
        if pool.pgbouncer:
            credentials["statement_cache_size"] = 0
    if timeouts is not None:
        credentials.update(
            # asyncpg: opening a connection, then every statement without its own timeout.
            timeout=timeouts.connect,
            command_timeout=timeouts.statement + CLIENT_TIMEOUT_MARGIN_SECONDS,
            acquire_timeout=timeouts.acquire,
        )
        if pool is None or not pool.pgbouncer:
            credentials["server_settings"] = {
                **(credentials.get("server_settings") or {}),
                "statement_timeout": str(round(timeouts.statement * 1000)),
                # The planner's JIT thresholds misfire on report queries: compiling took
                # longer than running (see Settings.database_jit).
                **({} if pool is None or pool.jit else {"jit": "off"}),
            }
    return {"engine": POSTGRES_ENGINE, "credentials": credentials}


def tortoise_config(
    database_url: str,
    timeouts: DatabaseTimeouts | None = None,
    pool: PoolOptions | None = None,
    *,
    replica_url: str | None = None,
) -> dict[str, Any]:
    """The Tortoise configuration. The server passes ``timeouts``; the CLI does not, so a
    long migration or integrity check is never cut off by a limit meant for requests.

    With ``replica_url`` a second connection, ``replica``, reaches a read replica, and a
    router (``app.db_replica``) sends a request's reads there when the request allows it."""
    config: dict[str, Any] = {
        "connections": {"default": _connection_config(database_url, timeouts, pool)},
        "apps": {MODELS_APP: {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }
    if replica_url:
        config["connections"][REPLICA] = _connection_config(
            replica_url, timeouts, pool or PoolOptions()
        )
        config["routers"] = [REPLICA_ROUTER]
    return config


def server_tortoise_config(settings: Settings) -> dict[str, Any]:
    """The configuration of the web app: timeouts, pool sizes, PgBouncer, the replica."""
    return tortoise_config(
        settings.database_url,
        DatabaseTimeouts.from_settings(settings),
        PoolOptions.from_settings(settings),
        replica_url=settings.database_replica_url or None,
    )


def asyncpg_dsn(database_url: str) -> str:
    """A Tortoise PostgreSQL URL as asyncpg takes it (Tortoise's own options removed)."""
    return "postgresql://" + database_url.split("://", 1)[1].split("?", 1)[0]


def ensure_sqlite_folder(database_url: str) -> None:
    """Create the folder of a SQLite file so a fresh clone needs nothing prepared."""
    if not database_url.startswith("sqlite://"):
        return
    path = database_url.removeprefix("sqlite://").split("?", 1)[0]
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)


async def init_orm(settings: Settings) -> None:
    """Start Tortoise outside the web app (CLI commands)."""
    ensure_sqlite_folder(settings.database_url)
    await Tortoise.init(config=tortoise_config(settings.database_url))


def connection() -> BaseDBAsyncClient:
    """The primary (inside a transaction: the transaction's connection)."""
    client: BaseDBAsyncClient = connections.get(DEFAULT)
    return client


def model_tables() -> list[str]:
    """Every table the models own, the aerich bookkeeping table excluded."""
    tables: set[str] = set()
    for model in Tortoise.apps[MODELS_APP].values():
        if model.__module__.startswith("aerich"):
            continue
        tables.add(model._meta.db_table)
        tables.update(
            field.through
            for field in model._meta.fields_map.values()
            if isinstance(field, ManyToManyFieldInstance)
        )
    return sorted(tables)


# SQLSTATEs (prefixes) of a server that cannot serve now, as opposed to a statement it
# refuses: connection exceptions (08), insufficient resources (53: too many connections,
# out of memory, disk full), operator intervention (57: shutting down, starting up, and
# 57014, a statement cancelled by statement_timeout) and lock_not_available (55P03).
_UNAVAILABLE_SQLSTATES = ("08", "53", "57", "55P03")
_SQLITE_UNAVAILABLE = ("database is locked", "database table is locked", "unable to open")


def is_database_unavailable(error: BaseException | None) -> bool:
    """Whether a failure means the database is unavailable (answer 503, retry later).

    Refused or lost connections (also one found dead as a statement starts, which asyncpg
    reports as its own internal error), timeouts (connect, pool acquire, statement), a server
    shutting down or out of connections, SQLite's lock: yes. A constraint violation, a
    syntax error, any other bug: no. Follows the chain of causes, because the ORM wraps
    driver errors and a failed cleanup (a rollback on a dead connection) hides the first.
    The service does no file or socket I/O of its own while serving a request, so an
    ``OSError`` there is a database connection failing.
    """
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(
            error,
            TimeoutError | OSError | DBConnectionError | asyncpg.ConnectionDoesNotExistError,
        ) or never_ran(error):
            return True
        if isinstance(error, asyncpg.PostgresError) and str(
            getattr(error, "sqlstate", "") or ""
        ).startswith(_UNAVAILABLE_SQLSTATES):
            return True
        if isinstance(error, sqlite3.OperationalError) and str(error).lower().startswith(
            _SQLITE_UNAVAILABLE
        ):
            return True
        error = error.__cause__ or error.__context__
    return False
