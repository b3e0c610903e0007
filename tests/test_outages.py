"""A database that is down, frozen or locked: quick 503s with Retry-After, never a hang.

PostgreSQL is reached through a TCP proxy that can freeze (a server stopped with SIGSTOP,
or a network partition: connections are accepted, nothing is answered) or close (a server
that is down), with the app served by uvicorn in its own process. SQLite's outage is
another writer holding the database lock. Time bounds are generous upper bounds on the
timeouts these tests configure.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import time
from collections.abc import AsyncIterator, Awaitable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx
import pytest
from tortoise.context import TortoiseContext
from tortoise.exceptions import IntegrityError, OperationalError

from app.db import DatabaseTimeouts, asyncpg_dsn, is_database_unavailable, tortoise_config
from tests.conftest import ScratchDatabases
from tests.served import FreezableProxy, prepare_database, served

VIEWER = {"query": "{ viewer { user { username } } }"}
SET_COMPANY = {
    "query": 'mutation { setCompany(name: "Locked Co") { company { name } errors { code } } }'
}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def timed(request: Awaitable[httpx.Response]) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    response = await request
    return response, time.monotonic() - started


def assert_unavailable(response: httpx.Response, code: str = "SERVICE_UNAVAILABLE") -> None:
    """503, Retry-After, the stable code and the request id, in the GraphQL error shape."""
    assert response.status_code == 503, response.text
    assert int(response.headers["retry-after"]) >= 1
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == code, error
    assert error["extensions"]["requestId"] == response.headers["x-request-id"]
    assert "Unexpected error" not in error["message"]


def assert_health_unavailable(response: httpx.Response) -> None:
    assert response.status_code == 503, response.text
    assert int(response.headers["retry-after"]) >= 1
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["errors"][0]["code"] == "SERVICE_UNAVAILABLE"


# PostgreSQL: the timeouts reach the driver and the server; what counts as unavailable.


@pytest.mark.postgres_only
async def test_sessions_carry_the_statement_timeout_and_a_cancelled_statement_is_an_outage(
    scratch_databases: ScratchDatabases,
) -> None:
    url = await scratch_databases.create("timeouts")
    timeouts = DatabaseTimeouts(connect=2, acquire=2, statement=0.3)
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(url, timeouts))
        conn = ctx.connections.get("default")
        _, rows = await conn.execute_query("SHOW statement_timeout")
        assert rows[0]["statement_timeout"] == "300ms"

        started = time.monotonic()
        with pytest.raises(asyncpg.QueryCanceledError) as cancelled:
            await conn.execute_query("SELECT pg_sleep(5)")
        assert time.monotonic() - started < 3
        assert is_database_unavailable(cancelled.value)

        # What the database refuses is the request's fault, not an outage.
        await conn.execute_script("CREATE TEMPORARY TABLE once (id int PRIMARY KEY)")
        async with conn._in_transaction() as tx:
            await tx.execute_query("INSERT INTO once VALUES (1)")
            with pytest.raises(IntegrityError) as duplicate:
                await tx.execute_query("INSERT INTO once VALUES (1)")
        assert not is_database_unavailable(duplicate.value)
        with pytest.raises(OperationalError) as division:
            await conn.execute_query("SELECT 1 / 0")
        assert not is_database_unavailable(division.value)


@pytest.mark.postgres_only
async def test_waiting_for_a_pooled_connection_is_bounded_by_the_acquire_timeout(
    scratch_databases: ScratchDatabases,
) -> None:
    url = await scratch_databases.create("pool") + "?minsize=1&maxsize=1"
    timeouts = DatabaseTimeouts(connect=2, acquire=0.5, statement=10)
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(url, timeouts))
        conn = ctx.connections.get("default")
        holder = asyncio.ensure_future(conn.execute_query("SELECT pg_sleep(3)"))
        admin = await asyncpg.connect(asyncpg_dsn(url))
        try:
            for _ in range(100):  # until the sleep holds the pool's only connection
                if await admin.fetchval(
                    "SELECT count(*) FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(3)'"
                ):
                    break
                await asyncio.sleep(0.05)
        finally:
            await admin.close()

        started = time.monotonic()
        with pytest.raises(TimeoutError) as waited:
            await conn.execute_query("SELECT 1")
        # Without the acquire timeout it would have waited for the only connection (3 s).
        assert time.monotonic() - started < 2.5
        assert is_database_unavailable(waited.value)
        await holder


@pytest.mark.postgres_only
async def test_a_released_connection_costs_no_reset_round_trip(
    scratch_databases: ScratchDatabases,
) -> None:
    """Tortoise takes a pooled connection per statement outside transactions; releasing it
    sends nothing (asyncpg's default sends pg_advisory_unlock_all, CLOSE ALL, UNLISTEN,
    RESET ALL each time). The session keeps what it was opened with."""
    url = await scratch_databases.create("noreset") + "?minsize=1&maxsize=1"
    timeouts = DatabaseTimeouts(connect=2, acquire=2, statement=7)
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(url, timeouts))
        conn = ctx.connections.get("default")
        _, rows = await conn.execute_query("SELECT pg_backend_pid() AS pid")
        pid = rows[0]["pid"]
        admin = await asyncpg.connect(asyncpg_dsn(url))
        try:
            last = await admin.fetchval("SELECT query FROM pg_stat_activity WHERE pid = $1", pid)
        finally:
            await admin.close()
        assert last == "SELECT pg_backend_pid() AS pid"
        _, rows = await conn.execute_query("SHOW statement_timeout")
        assert rows[0]["statement_timeout"] == "7s"


# PostgreSQL frozen or down, behind a proxy, with the app served by uvicorn.


def _through(url: str, port: int) -> str:
    parts = urlsplit(url)
    userinfo = parts.netloc.rpartition("@")[0]
    return urlunsplit(parts._replace(netloc=f"{userinfo}@127.0.0.1:{port}"))


@pytest.fixture
async def proxied(
    scratch_databases: ScratchDatabases,
) -> AsyncIterator[tuple[FreezableProxy, str, str]]:
    """A migrated database reached through a proxy: (proxy, URL through it, admin token)."""
    url = await scratch_databases.create("proxied")
    [token] = await prepare_database(url)
    parts = urlsplit(url)
    proxy = FreezableProxy(parts.hostname or "127.0.0.1", parts.port or 5432)
    await proxy.start()
    try:
        yield proxy, _through(url, proxy.port), token
    finally:
        await proxy.close()


FAST_FAILURE: dict[str, Any] = {
    "health_timeout_seconds": 1,
    "database_connect_timeout_seconds": 1,
    "database_acquire_timeout_seconds": 1,
    "database_statement_timeout_seconds": 1,
    "request_timeout_seconds": 5,
}


async def _until_healthy(http: httpx.AsyncClient, within: float) -> None:
    deadline = time.monotonic() + within
    while (await http.get("/health")).status_code != 200:
        assert time.monotonic() < deadline, "the service did not recover"
        await asyncio.sleep(0.2)


@pytest.mark.postgres_only
async def test_a_frozen_database_answers_503_in_bounded_time_and_the_service_recovers(
    proxied: tuple[FreezableProxy, str, str], tmp_path: Path
) -> None:
    proxy, url, token = proxied
    async with (
        served(url, tmp_path, **FAST_FAILURE) as server,
        httpx.AsyncClient(base_url=server.base, timeout=60) as http,
    ):
        assert (await http.post("/graphql", json=VIEWER, headers=bearer(token))).status_code == 200

        proxy.freeze()
        health, health_took = await timed(http.get("/health"))
        assert_health_unavailable(health)
        assert health_took < 3  # its own timeout is 1 s

        graphql, graphql_took = await timed(
            http.post("/graphql", json=VIEWER, headers=bearer(token))
        )
        assert_unavailable(graphql)
        assert graphql_took < 7  # the request's time limit is 5 s

        # Several at once: none waits on another's stuck connection past the limits.
        many = await asyncio.gather(
            *(timed(http.post("/graphql", json=VIEWER, headers=bearer(token))) for _ in range(8))
        )
        for response, took in many:
            assert response.status_code == 503, response.text
            assert took < 7

        proxy.thaw()
        await _until_healthy(http, within=15)
        assert (await http.post("/graphql", json=VIEWER, headers=bearer(token))).status_code == 200

    log = server.log()
    assert "health.database_timeout" in log
    assert "Traceback" not in log, log


@pytest.mark.postgres_only
async def test_the_request_time_limit_answers_503_deadline_exceeded(
    proxied: tuple[FreezableProxy, str, str], tmp_path: Path
) -> None:
    proxy, url, token = proxied
    settings = {
        **FAST_FAILURE,
        "database_statement_timeout_seconds": 30,
        "database_acquire_timeout_seconds": 30,
        "database_connect_timeout_seconds": 30,
        "request_timeout_seconds": 1,
    }
    async with (
        served(url, tmp_path, **settings) as server,
        httpx.AsyncClient(base_url=server.base, timeout=60) as http,
    ):
        assert (await http.post("/graphql", json=VIEWER, headers=bearer(token))).status_code == 200
        proxy.freeze()
        response, took = await timed(http.post("/graphql", json=VIEWER, headers=bearer(token)))
        assert_unavailable(response, code="DEADLINE_EXCEEDED")
        assert took < 3  # the database timeouts are 30 s; the request's limit is 1 s
        proxy.thaw()
    assert '"event": "request.deadline_exceeded"' in server.log()


@pytest.mark.postgres_only
async def test_a_database_that_is_down_answers_503_with_retry_after(
    proxied: tuple[FreezableProxy, str, str], tmp_path: Path
) -> None:
    proxy, url, token = proxied
    async with (
        served(url, tmp_path, **FAST_FAILURE) as server,
        httpx.AsyncClient(base_url=server.base, timeout=60) as http,
    ):
        assert (await http.post("/graphql", json=VIEWER, headers=bearer(token))).status_code == 200
        await proxy.close()
        for _ in range(3):  # the pooled connection is lost, then new ones are refused
            response, took = await timed(http.post("/graphql", json=VIEWER, headers=bearer(token)))
            assert_unavailable(response)
            assert took < 3
        health, took = await timed(http.get("/health"))
        assert_health_unavailable(health)
        assert took < 3
    log = server.log()
    assert '"event": "request.database_unavailable"' in log
    assert "Traceback" not in log, log


@pytest.mark.postgres_only
async def test_a_statement_timeout_in_a_resolver_is_the_graphql_answer_with_503(
    scratch_databases: ScratchDatabases, tmp_path: Path
) -> None:
    url = await scratch_databases.create("statement")
    [token] = await prepare_database(url)
    async with (
        served(url, tmp_path, database_statement_timeout_seconds=1) as server,
        httpx.AsyncClient(base_url=server.base, timeout=60) as http,
    ):
        admin = await asyncpg.connect(asyncpg_dsn(url))
        try:
            # Writers of the company wait; readers (authentication) do not.
            async with admin.transaction():
                await admin.execute("LOCK TABLE company IN EXCLUSIVE MODE")
                response, took = await timed(
                    http.post("/graphql", json=SET_COMPANY, headers=bearer(token))
                )
        finally:
            await admin.close()
        assert_unavailable(response)
        assert response.json()["data"] is None  # setCompany is non-null
        assert response.json()["errors"][0]["path"] == ["setCompany"]
        assert took < 4  # statement_timeout is 1 s
        done = await http.post("/graphql", json=SET_COMPANY, headers=bearer(token))
        assert done.json()["data"]["setCompany"]["company"] == {"name": "Locked Co"}
    log = server.log()
    assert '"event": "graphql.database_unavailable"' in log
    assert "QueryCanceledError" in log
    assert "Traceback" not in log, log


# SQLite: another writer holds the lock longer than the service waits for it.


@contextlib.contextmanager
def write_lock(path: Path) -> Iterator[None]:
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


async def test_a_locked_sqlite_database_answers_503_within_the_acquire_timeout(
    tmp_path: Path,
) -> None:
    path = tmp_path / "locked.sqlite3"
    url = f"sqlite://{path}"
    [token, unused] = await prepare_database(url, tokens=2)
    async with (
        served(url, tmp_path, database_acquire_timeout_seconds=0.5) as server,
        httpx.AsyncClient(base_url=server.base, timeout=60) as http,
    ):
        assert (await http.post("/graphql", json=VIEWER, headers=bearer(token))).status_code == 200
        with write_lock(path):
            # A token's first use records it: a write, so it waits for the lock; so does a
            # mutation. A read by a token used within the minute writes nothing and is served.
            for body, who in ((VIEWER, unused), (SET_COMPANY, token)):
                response, took = await timed(http.post("/graphql", json=body, headers=bearer(who)))
                assert_unavailable(response)
                assert took < 3  # SQLite's own default wait is 5 s
            read = await http.post("/graphql", json=VIEWER, headers=bearer(token))
            assert read.status_code == 200, read.text
        done = await http.post("/graphql", json=SET_COMPANY, headers=bearer(token))
        assert done.json()["data"]["setCompany"]["company"] == {"name": "Locked Co"}
    log = server.log()
    assert '"event": "request.database_unavailable"' in log
    assert "Traceback" not in log, log


async def test_a_request_waiting_past_its_time_limit_answers_503_deadline_exceeded(
    tmp_path: Path,
) -> None:
    path = tmp_path / "slow.sqlite3"
    url = f"sqlite://{path}"
    [token, unused] = await prepare_database(url, tokens=2)
    async with (
        served(
            url, tmp_path, database_acquire_timeout_seconds=10, request_timeout_seconds=1
        ) as server,
        httpx.AsyncClient(base_url=server.base, timeout=60) as http,
    ):
        assert (await http.post("/graphql", json=VIEWER, headers=bearer(token))).status_code == 200
        with write_lock(path):
            # The unused token's first use is a write that waits for the lock (10 s allowed),
            # so the request's own limit of 1 s ends it.
            response, took = await timed(
                http.post("/graphql", json=SET_COMPANY, headers=bearer(unused))
            )
            assert_unavailable(response, code="DEADLINE_EXCEEDED")
            assert took < 3  # the lock would be waited for 10 s
        # The abandoned request unwinds on its own; the service goes on.
        done = await http.post("/graphql", json=SET_COMPANY, headers=bearer(token))
        assert done.status_code == 200, done.text
    assert '"event": "request.deadline_exceeded"' in server.log()
