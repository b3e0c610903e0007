"""Test fixtures: a real database (SQLite by default, PostgreSQL when
``REFUNDS_TEST_POSTGRES_URL`` is set), migrated with the real migrations through the CLI,
the real ASGI app reached over HTTP, and the test world of factories.py.

The database is created once per session and emptied before every test that uses it
(the ``db`` fixture); after such a test the integrity check must find the books sound,
unless the test is marked ``breaks_books``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx
import pytest
from asgi_lifespan import LifespanManager
from starlette.applications import Starlette

from app.db import asyncpg_dsn, connection, model_tables
from app.main import create_app
from app.services import integrity, users
from app.settings import PROJECT_ROOT, Settings
from models import ApiToken, Company, Entity
from tests.factories import World, build_world, enable_refunds

POSTGRES_URL_VARIABLE = "REFUNDS_TEST_POSTGRES_URL"
POSTGRES_URL = os.environ.get(POSTGRES_URL_VARIABLE, "").strip()
BACKEND: Literal["sqlite", "postgres"] = "postgres" if POSTGRES_URL else "sqlite"


def pytest_report_header() -> str:
    where = f"PostgreSQL ({POSTGRES_URL_VARIABLE})" if POSTGRES_URL else "SQLite"
    return f"database backend: {where}"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if BACKEND == "postgres":
        return
    skip = pytest.mark.skip(reason=f"needs PostgreSQL: set {POSTGRES_URL_VARIABLE}")
    for item in items:
        if "postgres_only" in item.keywords:
            item.add_marker(skip)


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


class ScratchDatabases:
    """Creates empty databases of the session's backend and drops them at the end."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.created: list[str] = []

    async def create(self, label: str) -> str:
        name = f"refunds_{label}_{uuid.uuid4().hex[:10]}"
        if BACKEND == "sqlite":
            return f"sqlite://{self.tmp / name}.sqlite3"
        admin = await asyncpg.connect(asyncpg_dsn(POSTGRES_URL))
        try:
            await admin.execute(f'CREATE DATABASE "{name}"')
        finally:
            await admin.close()
        self.created.append(name)
        return _with_database(POSTGRES_URL, name)

    async def drop_all(self) -> None:
        if not self.created:
            return
        admin = await asyncpg.connect(asyncpg_dsn(POSTGRES_URL))
        try:
            for name in self.created:
                await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()


@pytest.fixture(scope="session")
async def scratch_databases(
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[ScratchDatabases]:
    databases = ScratchDatabases(tmp_path_factory.mktemp("databases"))
    yield databases
    await databases.drop_all()


def run_cli(
    *args: str, database_url: str, check: bool = True, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m app`` as a user would, against the given database."""
    env = {**os.environ, "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING", **(extra_env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"python -m app {' '.join(args)} exited {result.returncode}\n"
            f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
        )
    return result


@pytest.fixture(scope="session")
async def database_url(scratch_databases: ScratchDatabases) -> str:
    """The session's database, migrated by the real ``migrate`` command."""
    url = await scratch_databases.create("session")
    run_cli("migrate", database_url=url)
    return url


@pytest.fixture(scope="session")
def settings(database_url: str) -> Settings:
    return Settings(
        database_url=database_url,
        log_level="WARNING",
        log_format="json",
        # The suite's own traffic is not what rate limits are for; test_rate_limits.py
        # proves them on apps of their own.
        rate_limit_auth_failures="100000/minute",
        rate_limit_mutations="100000/minute",
        rate_limit_reports="100000/minute",
    )


@pytest.fixture(scope="session")
async def app(settings: Settings) -> AsyncIterator[Starlette]:
    application = create_app(settings)
    async with LifespanManager(application):
        yield application


async def empty_database() -> None:
    tables = model_tables()
    conn = connection()
    if BACKEND == "postgres":
        quoted = ", ".join(f'"{table}"' for table in tables)
        await conn.execute_script(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE")
    else:
        # Row guards refuse deleting posted records and maintained totals would count the
        # deletes; SQLite has no TRUNCATE to skip triggers, so they are set aside while the
        # tables are emptied.
        _, guards = await conn.execute_query(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        )
        statements = [
            *(f'DROP TRIGGER "{guard["name"]}"' for guard in guards),
            *(f'DELETE FROM "{table}"' for table in tables),
            "DELETE FROM sqlite_sequence",
            *(guard["sql"] for guard in guards),
        ]
        await conn.execute_script(
            "PRAGMA foreign_keys = OFF; " + "; ".join(statements) + "; PRAGMA foreign_keys = ON;"
        )


BREAKS_BOOKS = "breaks_books"


@pytest.fixture
async def db(app: Starlette, request: pytest.FixtureRequest) -> AsyncIterator[None]:
    """An empty, migrated database with the built-in roles; the app is running.

    Whatever the test wrote, the books must be sound after it: the integrity check runs
    then, still connected, unless the test is marked ``breaks_books``."""
    await empty_database()
    await users.ensure_builtin_roles()
    yield
    if request.node.get_closest_marker(BREAKS_BOOKS) is None:
        problems = await integrity.find_problems()
        assert problems == [], f"the test left the books broken: {problems}"


@pytest.fixture
async def client(app: Starlette, db: None) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


MakeClient = Callable[..., httpx.AsyncClient]


@pytest.fixture
def make_client(settings: Settings, db: None) -> MakeClient:
    """A client of another app on the session's database, with these settings changed
    (``make_client(max_request_body_bytes=4096)``), from ``client_address``."""

    def make(client_address: str = "127.0.0.1", **changes: Any) -> httpx.AsyncClient:
        application = create_app(settings.model_copy(update=changes), manage_database=False)
        transport = httpx.ASGITransport(app=application, client=(client_address, 50000))
        return httpx.AsyncClient(transport=transport, base_url="http://testserver", timeout=30)

    return make


@pytest.fixture
async def company(db: None) -> Company:
    return await Company.create(name="Test Co")


@pytest.fixture
async def entities(company: Company) -> dict[str, Entity]:
    return {
        "US01": await Entity.create(company=company, code="US01", name="US", base_currency="USD"),
        "EU01": await Entity.create(company=company, code="EU01", name="EU", base_currency="EUR"),
    }


@pytest.fixture
async def world(db: None) -> World:
    """The company of ``factories.build_world``, acting as "poster", an admin."""
    return await build_world()


@pytest.fixture
async def refunds_enabled(world: World) -> None:
    """Refunds configured in US01: journal RFJ, numbers from RFUS-000001."""
    await enable_refunds(world)


@pytest.fixture
async def clerk(db: None) -> str:
    """A token of "clerk", an AR clerk in every entity."""
    return await token_for("clerk", roles=("ar_clerk",))


async def token_for(
    username: str,
    *,
    roles: tuple[str, ...] = ("admin",),
    entity_codes: tuple[str, ...] | None = None,
    never_used: bool = False,
) -> str:
    """Create a user with these roles (and entity restriction) and return a live token.

    The token counts as used a moment ago, as a client's token usually is: its last-used
    time is written at most once a minute, so the statements a request sends do not depend
    on whether it is the token's first (``never_used`` for a token never seen)."""
    await users.create_user(username, roles=roles, entity_codes=entity_codes)
    issued = await users.issue_token(username, "test")
    if not never_used:
        await ApiToken.filter(id=issued.record.id).update(last_used_at=datetime.now(UTC))
    return issued.secret


class GraphQLClient:
    """Posts GraphQL over real HTTP to the ASGI app."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http

    async def post(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        token: str | None,
        entity: str | None = None,
    ) -> httpx.Response:
        headers = {}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        if entity is not None:
            headers["X-Entity"] = entity
        return await self.http.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )

    async def data(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        token: str,
        entity: str | None = None,
    ) -> dict[str, Any]:
        """The ``data`` of a query that must succeed."""
        response = await self.post(query, variables, token=token, entity=entity)
        assert response.status_code == 200, response.text
        body = response.json()
        assert "errors" not in body, body
        return body["data"]  # type: ignore[no-any-return]


@pytest.fixture
def gql(client: httpx.AsyncClient) -> GraphQLClient:
    return GraphQLClient(client)


@pytest.fixture(scope="session")
def project_root() -> Path:
    return PROJECT_ROOT
