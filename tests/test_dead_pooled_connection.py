"""A pooled connection whose server process ended while it sat idle in the pool never fails
the next request with an internal error (app/db_postgres.py: ``never_ran``).

PostgreSQL sends a FATAL message when it terminates a backend (an administrator, a failover,
``idle_session_timeout``), then closes the socket. A statement that takes the connection
between the two finds asyncpg still consuming the message, and asyncpg refuses to start it.
The window is a scheduling accident, so these tests open it on purpose: the connection gets
the exact message PostgreSQL sends (57P01) while the socket stays open. PostgreSQL only:
SQLite has no pool.
"""

from __future__ import annotations

import struct

import asyncpg
import pytest
from tortoise import connections
from tortoise.backends.base.client import TransactionalDBClient
from tortoise.transactions import in_transaction

from app.db import DEFAULT, is_database_unavailable
from app.services.transactions import atomic
from models import Customer
from tests.conftest import GraphQLClient
from tests.factories import World, gid

pytestmark = pytest.mark.postgres_only


def _fatal_termination() -> bytes:
    """The ErrorResponse a backend sends when ``pg_terminate_backend`` ends it."""
    fields = b"SFATAL\0VFATAL\0C57P01\0Mterminating connection due to administrator command\0\0"
    return b"E" + struct.pack("!i", len(fields) + 4) + fields


async def _doom_next_pooled_connection() -> int:
    """The connection the pool hands out next (its queue is last in, first out) gets the
    server's termination message while it is idle; its server process id."""
    pool = connections.get(DEFAULT)._pool._pool
    async with pool.acquire() as connection:
        pid = int(connection.get_server_pid())
        connection._con._protocol.data_received(_fatal_termination())
    return pid


async def _pid() -> int:
    _, rows = await connections.get(DEFAULT).execute_query("SELECT pg_backend_pid() AS pid")
    return int(rows[0]["pid"])


async def test_the_statement_runs_on_another_connection(
    db: None, caplog: pytest.LogCaptureFixture
) -> None:
    doomed = await _doom_next_pooled_connection()
    assert await _pid() != doomed
    assert "database.statement_restarted" in caplog.text
    # The dead connection is gone from the pool, not handed out again.
    for _ in range(3):
        assert await _pid() != doomed


async def test_a_transaction_begins_on_another_connection(
    db: None, caplog: pytest.LogCaptureFixture
) -> None:
    doomed = await _doom_next_pooled_connection()
    async with in_transaction(DEFAULT) as connection:
        _, rows = await connection.execute_query("SELECT pg_backend_pid() AS pid")
    assert rows[0]["pid"] != doomed
    assert "database.transaction_restarted" in caplog.text


async def test_a_change_is_saved_once_through_a_restarted_transaction(world: World) -> None:
    customer = world.customers["C-US"]
    await _doom_next_pooled_connection()
    async with atomic():
        await Customer.filter(id=customer.id).update(name="Renamed once")
    assert (await Customer.get(id=customer.id)).name == "Renamed once"


async def test_a_graphql_request_is_answered(gql: GraphQLClient, world: World, clerk: str) -> None:
    customer = world.customers["C-US"]
    await _doom_next_pooled_connection()
    data = await gql.data(
        "query($id: ID!) { customer(id: $id) { name } }",
        {"id": gid("Customer", customer.id)},
        token=clerk,
    )
    assert data == {"customer": {"name": customer.name}}


async def test_two_dead_connections_at_begin_leave_neither_the_pool_nor_the_task_short(
    db: None,
) -> None:
    """After a failover every idle connection is dead: the second BEGIN fails too, and the
    error goes to the caller with the pool whole and no transaction left current."""
    pool = connections.get(DEFAULT)._pool._pool
    idle = pool.get_idle_size()
    first, second = await pool.acquire(), await pool.acquire()
    for connection in (first, second):
        connection._con._protocol.data_received(_fatal_termination())
    await pool.release(second)
    await pool.release(first)
    with pytest.raises(asyncpg.InternalClientError):
        async with in_transaction(DEFAULT):
            pass
    assert not isinstance(connections.get(DEFAULT), TransactionalDBClient)
    assert pool.get_size() - pool.get_idle_size() == 0  # nothing lent out
    assert await _pid() > 0  # and the next statement runs
    assert pool.get_idle_size() >= min(idle, 1)


def test_a_dead_connection_found_mid_transaction_is_unavailable_not_a_bug() -> None:
    """Inside a transaction nothing is run again (the transaction is lost with its
    connection): the request is answered 503, retry, like any lost connection."""
    dead = asyncpg.InternalClientError(
        "cannot switch to state 12; another operation (2) is in progress"
    )
    assert is_database_unavailable(dead)
    assert not is_database_unavailable(asyncpg.InternalClientError("unexpected row data"))
