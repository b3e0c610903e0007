"""Configuration, read from the environment once. Nothing else reads ``os.environ``."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

import limits
from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# Installed from a wheel, the app carries its migrations and has no source tree around it:
# the SQLite file then goes to ./data of wherever the service is started, not site-packages.
_BUNDLED_MIGRATIONS = Path(__file__).resolve().parent / "bundled_migrations"
_FROM_SOURCE = not _BUNDLED_MIGRATIONS.is_dir()
DEFAULT_MIGRATIONS_DIR = PROJECT_ROOT / "migrations" if _FROM_SOURCE else _BUNDLED_MIGRATIONS
_ORIGIN = re.compile(
    r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$|^https?://\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$"
)
DEFAULT_SQLITE_PATH = (PROJECT_ROOT if _FROM_SOURCE else Path.cwd()) / "data" / "refunds.sqlite3"


class Settings(BaseSettings):
    """Every setting, its environment variable and its default (see the README table)."""

    model_config = SettingsConfigDict(env_prefix="", case_sensitive=False, extra="ignore")

    database_url: str = Field(
        default=f"sqlite://{DEFAULT_SQLITE_PATH}",
        description="Tortoise database URL: sqlite://<path> or postgres://user@host:port/db",
    )
    graphiql: bool = Field(default=True, description="Serve the GraphiQL explorer at /graphql")
    graphql_max_depth: int = Field(default=12, ge=1, description="Deepest selection allowed")
    graphql_max_aliases: int = Field(default=15, ge=0, description="Aliases allowed per document")
    graphql_max_tokens: int = Field(default=2000, ge=10, description="Lexer tokens per document")
    graphql_max_cost: int = Field(
        default=50_000,
        ge=1,
        description="Most list items one GraphQL operation may return, computed before it runs "
        "from its lists' first arguments and nesting (QUERY_TOO_COSTLY above it)",
    )
    graphql_introspection: bool = Field(
        default=True,
        description="Answer introspection (__schema, __type) to authenticated users; off, "
        "it is refused with INTROSPECTION_DISABLED",
    )
    graphql_field_suggestions: bool = Field(
        default=False,
        description='Suggest similar field names in validation errors ("Did you mean"); '
        "off by default, as the names tell what the schema holds",
    )
    graphql_persisted_documents_file: Path | None = Field(
        default=None,
        description="Trusted documents: a JSON manifest of SHA-256 hash -> document (GraphQL "
        "Codegen/Relay map or Apollo's persisted-query manifest), read at start",
    )
    graphql_trusted_documents_only: bool = Field(
        default=False,
        description="Run only the documents of GRAPHQL_PERSISTED_DOCUMENTS_FILE (by hash or "
        "text); anything else is refused with PERSISTED_QUERY_NOT_IN_LIST",
    )
    graphql_persisted_cache_characters: int = Field(
        default=4_000_000,
        ge=0,
        description="Automatic persisted queries: how many characters of registered "
        "documents each process remembers (least recently used go first; 0 remembers none)",
    )
    idempotency_retention_hours: int = Field(
        default=24,
        ge=1,
        description="How long an idempotency key answers retries with its first answer",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["json", "console"] = "json"
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    migrations_dir: Path = Field(
        default=DEFAULT_MIGRATIONS_DIR,
        description="Folder holding one aerich migration set per SQL dialect",
    )
    # Outages: a database that is down or does not answer is a quick 503, never a hang.
    database_connect_timeout_seconds: float = Field(
        default=5.0,
        gt=0,
        description="PostgreSQL: give up opening a connection after this long",
    )
    database_acquire_timeout_seconds: float = Field(
        default=5.0,
        gt=0,
        description="Give up waiting for a pooled PostgreSQL connection (or, on SQLite, for "
        "the database lock) after this long",
    )
    database_statement_timeout_seconds: float = Field(
        default=10.0,
        gt=0,
        description="PostgreSQL statement_timeout of the server's sessions; the client gives "
        "up one second later (a frozen server cannot report its own timeout)",
    )
    # More than one process and more than one database server (README: Deployment).
    database_pool_min: int = Field(
        default=1,
        ge=0,
        description="PostgreSQL: connections each process keeps open (per database server)",
    )
    database_pool_max: int = Field(
        default=5,
        ge=1,
        description="PostgreSQL: most connections one process opens (per database server)",
    )
    database_pgbouncer: bool = Field(
        default=False,
        description="PostgreSQL is reached through PgBouncer in transaction mode: no prepared "
        "statements kept across transactions, no session state, statement_timeout set by "
        "the server (role or PgBouncer connect_query) instead of at connect",
    )
    database_jit: bool = Field(
        default=False,
        description="PostgreSQL JIT compilation for the service's sessions. Off: on report "
        "queries its compile time costs more than it saves (the sales register: 586 ms "
        "with it, 119 ms without). Behind PgBouncer set it on the server instead "
        "(ALTER ROLE ... SET jit = off)",
    )
    database_replica_url: str = Field(
        default="",
        description="postgres:// URL of a streaming read replica for reports and read-only "
        "queries; empty: everything reads from DATABASE_URL",
    )
    database_replica_max_lag_seconds: float = Field(
        default=30.0,
        ge=0,
        description="A replica further behind than this is not read from (the primary is)",
    )
    database_replica_retry_seconds: float = Field(
        default=10.0,
        gt=0,
        description="After the replica failed to answer, read from the primary this long "
        "before trying it again",
    )
    health_timeout_seconds: float = Field(
        default=2.0, gt=0, description="/health answers 503 when the database takes longer"
    )
    request_timeout_seconds: float = Field(
        default=20.0,
        gt=0,
        description="Server-side time limit of one request; past it the answer is 503 "
        "DEADLINE_EXCEEDED",
    )
    retry_after_seconds: int = Field(
        default=5, ge=1, description="Retry-After sent with 503 answers"
    )
    # The HTTP edge: what a client may send and how long it may take.
    max_request_body_bytes: int = Field(
        default=1024 * 1024,
        ge=1024,
        description="Largest request body; a larger one is refused with 413 before or while "
        "it is read",
    )
    request_body_timeout_seconds: float = Field(
        default=15.0,
        gt=0,
        description="The whole request body must arrive within this long (408 otherwise)",
    )
    # CSV imports over HTTP (POST /api/v1/imports/{kind}) take files: their own limits.
    max_import_body_bytes: int = Field(
        default=64 * 1024 * 1024,
        ge=1024,
        description="Largest body of a CSV import (POST /api/v1/imports/{kind}); a larger one "
        "is refused with 413 and nothing is imported. The upload is spooled to a temporary "
        "file, not held in memory",
    )
    import_body_timeout_seconds: float = Field(
        default=300.0,
        gt=0,
        description="The whole body of a CSV import must arrive within this long (408 otherwise)",
    )
    import_request_timeout_seconds: float = Field(
        default=900.0,
        gt=0,
        description="Server-side time limit of one CSV import request (upload and import); "
        "past it the answer is 503 DEADLINE_EXCEEDED",
    )
    http_header_timeout_seconds: float = Field(
        default=10.0,
        gt=0,
        description="serve: a connection's next request headers must be complete this long "
        "after it opened or after its previous response, or it is closed",
    )
    http_keep_alive_timeout_seconds: int = Field(
        default=5, ge=1, description="serve: idle keep-alive connections close after this long"
    )
    graphql_max_variables_depth: int = Field(
        default=10,
        ge=2,
        description="Deepest nesting of objects and lists in a request's variables or "
        "extensions (the variables object itself is depth 1)",
    )

    # Rate limits, in the `limits` notation: "20/minute", "5/second", "1000/day".
    rate_limit_storage_uri: str = Field(
        default="memory://",
        description="Where rate-limit state lives: memory:// (this process) or "
        "redis://host:port/db (shared by every process; needs the redis extra)",
    )
    rate_limit_auth_failures: str = Field(
        default="20/minute",
        description="Failed authentications (a presented token refused) per client address; "
        "past it the address gets 429 for any token until the window frees",
    )
    rate_limit_mutations: str = Field(default="120/minute", description="Mutation fields per token")
    rate_limit_reports: str = Field(default="30/minute", description="Report fields per token")

    # Browsers: single-page apps on other origins.
    cors_allowed_origins: str = Field(
        default="",
        description="Comma-separated origins (scheme://host[:port]) whose browser pages may "
        "call the API; empty: none",
    )

    @field_validator("cors_allowed_origins")
    @classmethod
    def _origins(cls, value: str) -> str:
        for origin in (item.strip() for item in value.split(",") if item.strip()):
            if not _ORIGIN.match(origin):
                raise ValueError(
                    f"CORS_ALLOWED_ORIGINS: {origin!r} is no origin; write scheme://host[:port], "
                    "without a path or a trailing slash"
                )
        return value

    @property
    def cors_origins(self) -> list[str]:
        return [item.strip() for item in self.cors_allowed_origins.split(",") if item.strip()]

    @field_validator("rate_limit_auth_failures", "rate_limit_mutations", "rate_limit_reports")
    @classmethod
    def _rate_limit(cls, value: str) -> str:
        limits.parse(value)  # raises ValueError on what it cannot read
        return value

    @field_validator("rate_limit_storage_uri")
    @classmethod
    def _storage_scheme(cls, value: str) -> str:
        if value.split("://", 1)[0] not in {"memory", "redis", "rediss"}:
            raise ValueError(
                "RATE_LIMIT_STORAGE_URI must start with memory://, redis:// or rediss://"
            )
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_log_level(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("database_url")
    @classmethod
    def _known_scheme(cls, value: str) -> str:
        scheme = value.split("://", 1)[0]
        if scheme not in {"sqlite", "postgres", "asyncpg"}:
            raise ValueError("DATABASE_URL must start with sqlite:// or postgres://")
        return value

    @field_validator("database_replica_url")
    @classmethod
    def _replica_scheme(cls, value: str) -> str:
        if value and value.split("://", 1)[0] not in {"postgres", "asyncpg"}:
            raise ValueError("DATABASE_REPLICA_URL must start with postgres:// (or be empty)")
        return value

    @model_validator(mode="after")
    def _pool_bounds(self) -> Settings:
        if self.database_pool_min > self.database_pool_max:
            raise ValueError("DATABASE_POOL_MIN must not be above DATABASE_POOL_MAX")
        if self.database_replica_url and self.dialect != "postgres":
            raise ValueError("DATABASE_REPLICA_URL needs a PostgreSQL DATABASE_URL")
        return self

    @staticmethod
    def local_url(host: str, port: int) -> str:
        """Where a person on this machine reaches a server bound to ``host``."""
        shown = "127.0.0.1" if host in {"0.0.0.0", "::", ""} else host  # noqa: S104
        return f"http://{shown}:{port}"

    @property
    def dialect(self) -> Literal["sqlite", "postgres"]:
        return "sqlite" if self.database_url.startswith("sqlite://") else "postgres"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
