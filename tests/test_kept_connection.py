"""A GraphQL operation's statements reuse one pooled connection (app/db_postgres.py:
``holding_connection``): taken at the first statement, returned when the operation ends, never
waited for (a concurrent statement takes a connection of its own), and given up at once when
a statement leaves it unusable. PostgreSQL only: SQLite has one connection and no pool.

Each test bounds its waits (``asyncio.wait_for``), so a regression that makes a statement wait
on its own request fails instead of hanging the suite."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import asyncpg
import pytest
from tortoise import connections
from tortoise.transactions import in_transaction

from app.db import DEFAULT
from app.db_postgres import _KEPT, _reusable, holding_connection
from tests.conftest import GraphQLClient
from tests.factories import World, advance, gid

pytestmark = pytest.mark.postgres_only

BOUND = 20.0  # seconds: far beyond what any of these statements needs


class _CountingPool:
    """The real asyncpg pool, with its acquires counted (what the app takes from it)."""

    def __init__(self, pool: Any) -> None:
        self.pool = pool
        self.acquired = 0

    def acquire(self, **kwargs: Any) -> Any:
        self.acquired += 1
        return self.pool.acquire(**kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pool, name)


@contextmanager
def counting_acquires() -> Iterator[_CountingPool]:
    wrapper = connections.get(DEFAULT)._pool
    counting = _CountingPool(wrapper._pool)
    wrapper._pool = counting
    try:
        yield counting
    finally:
        wrapper._pool = counting.pool


def _in_use() -> int:
    """Open pooled connections lent out (not idle in the pool)."""
    pool = connections.get(DEFAULT)._pool
    return int(pool.get_size() - pool.get_idle_size())


async def _pid() -> int:
    _, rows = await connections.get(DEFAULT).execute_query("SELECT pg_backend_pid() AS pid")
    return int(rows[0]["pid"])


CREDITS = """query($id: ID!) {
  customer(id: $id) { id name eligibleCredits(first: 10) { id openAmount { amount } } }
}"""

ADVANCE = """mutation($input: AdvanceInput!) {
  recordAdvance(input: $input) { advance { number amount { amount } } errors { code } }
}"""


async def test_a_graphql_operation_takes_one_connection_for_all_its_statements(
    gql: GraphQLClient, world: World, clerk: str
) -> None:
    customer = world.customers["C-US"]
    await advance(world, customer.code, "ADV-1", "40.00")
    await gql.data(CREDITS, {"id": gid("Customer", customer.id)}, token=clerk, entity="US01")
    in_use = _in_use()
    with counting_acquires() as pool:
        # The token (authentication, before the operation), then the customer and its
        # credits on one connection.
        data = await gql.data(
            CREDITS, {"id": gid("Customer", customer.id)}, token=clerk, entity="US01"
        )
        assert [c["openAmount"] for c in data["customer"]["eligibleCredits"]] == [
            {"amount": "40.00"}
        ]
        assert pool.acquired == 2
        # A mutation: the token, then its transaction on the kept connection, which goes
        # back after COMMIT (a connection that died there must not serve the answer); the
        # payload's reads on one more.
        payload = await gql.data(
            ADVANCE,
            {
                "input": {
                    "customerId": gid("Customer", customer.id),
                    "number": "ADV-2",
                    "documentDate": "2026-03-02",
                    "currency": "USD",
                    "amount": "15.00",
                    "bankAccountId": gid("BankAccount", world.banks["US-OPER"].id),
                }
            },
            token=clerk,
            entity="US01",
        )
        assert payload["recordAdvance"] == {
            "advance": {"number": "ADV-2", "amount": {"amount": "15.00"}},
            "errors": [],
        }
        assert pool.acquired == 5
    assert _in_use() == in_use  # every connection is back in the pool


async def test_statements_one_after_another_reuse_the_kept_connection(db: None) -> None:
    in_use = _in_use()
    with counting_acquires() as pool:
        async with holding_connection(DEFAULT):
            first = await _pid()
            assert await _pid() == first
            async with in_transaction(DEFAULT) as connection:
                _, rows = await connection.execute_query("SELECT pg_backend_pid() AS pid")
            # The transaction ran on the kept connection, and handed it back.
            assert int(rows[0]["pid"]) == first
            assert _in_use() == in_use
            after = await _pid()
            assert await _pid() == after
            assert _in_use() == in_use + 1
        assert pool.acquired == 2
    assert _in_use() == in_use
    # After the scope, each statement takes a connection from the pool again.
    with counting_acquires() as pool:
        await _pid()
        await _pid()
        assert pool.acquired == 2


async def test_concurrent_statements_never_wait_for_the_kept_connection(db: None) -> None:
    client = connections.get(DEFAULT)
    in_use = _in_use()
    async with holding_connection(DEFAULT):
        answers = await asyncio.wait_for(
            asyncio.gather(
                *(
                    client.execute_query("SELECT pg_backend_pid() AS pid, pg_sleep(0.2)")
                    for _ in range(4)
                )
            ),
            BOUND,
        )
        # Each ran on a connection of its own while the others slept.
        assert len({rows[0]["pid"] for _, rows in answers}) == 4
        # A task started before a transaction, awaited inside it: the transaction has the
        # kept connection, the task's statement takes another instead of waiting for it.
        go = asyncio.Event()

        async def after_go() -> int:
            await go.wait()
            return await _pid()

        task = asyncio.ensure_future(after_go())
        async with in_transaction(DEFAULT) as connection:
            _, rows = await connection.execute_query("SELECT pg_backend_pid() AS pid")
            go.set()
            other = await asyncio.wait_for(task, BOUND)
        assert other != rows[0]["pid"]
    assert _in_use() == in_use


async def test_a_statement_outliving_the_scope_returns_the_connection_when_done(
    db: None,
) -> None:
    client = connections.get(DEFAULT)
    in_use = _in_use()
    async with holding_connection(DEFAULT):
        first = await _pid()
        late = asyncio.ensure_future(
            client.execute_query("SELECT pg_backend_pid() AS pid, pg_sleep(0.3)")
        )
        await asyncio.sleep(0.05)
    # The scope ended while its connection ran the late statement: it stays out until that
    # statement is done, and a new statement does not get it meanwhile.
    assert _in_use() == in_use + 1
    assert await asyncio.wait_for(_pid(), BOUND) != first
    _, late_rows = await asyncio.wait_for(late, BOUND)
    assert late_rows[0]["pid"] == first
    assert _in_use() == in_use


async def _kill(database_url: str, pid: int) -> None:
    killer = await asyncpg.connect(database_url)
    try:
        assert await killer.fetchval("SELECT pg_terminate_backend($1)", pid)
    finally:
        await killer.close()


async def test_a_kept_connection_lost_between_statements_is_replaced(
    db: None, database_url: str
) -> None:
    """The backend dies while the connection is kept idle (a restart, a failover): the next
    statement runs on a new connection, as it would have taken one from the pool."""
    in_use = _in_use()
    async with holding_connection(DEFAULT):
        doomed = await _pid()
        kept = _KEPT.get()
        assert kept is not None
        lost = kept.connection
        await _kill(database_url, doomed)
        async with asyncio.timeout(BOUND):  # until the driver has seen the socket close
            while _reusable(lost):  # noqa: ASYNC110 - the driver has no event for it
                await asyncio.sleep(0.01)
        replacement = await asyncio.wait_for(_pid(), BOUND)
        assert replacement != doomed
        # The replacement is kept for the scope's next statement.
        assert await _pid() == replacement
    assert _in_use() == in_use


async def test_a_connection_lost_during_a_statement_is_replaced_for_the_next(
    db: None, database_url: str
) -> None:
    client = connections.get(DEFAULT)
    in_use = _in_use()
    async with holding_connection(DEFAULT):
        doomed = await _pid()
        sleeping = asyncio.ensure_future(client.execute_query("SELECT pg_sleep(30)"))
        await asyncio.sleep(0.2)
        await _kill(database_url, doomed)
        # The statement on the dying connection fails (as it would without the scope) ...
        with pytest.raises(Exception):  # noqa: B017, PT011 - whichever error the driver raises
            await asyncio.wait_for(sleeping, BOUND)
        # ... and the next one runs on a new connection from the pool.
        replacement = await asyncio.wait_for(_pid(), BOUND)
        assert replacement != doomed
        assert await _pid() == replacement
    assert _in_use() == in_use


async def test_a_cancelled_statement_leaves_no_busy_connection_behind(db: None) -> None:
    client = connections.get(DEFAULT)
    in_use = _in_use()
    async with holding_connection(DEFAULT):
        await _pid()
        # A request cancelled mid-statement (a client gone, a deadline): asyncpg cancels the
        # statement on the server; the next statement waits for that, then runs.
        sleeping = asyncio.ensure_future(client.execute_query("SELECT pg_sleep(30)"))
        await asyncio.sleep(0.2)
        sleeping.cancel()
        with pytest.raises(asyncio.CancelledError):
            await sleeping
        _, rows = await asyncio.wait_for(
            client.execute_query("SELECT pg_backend_pid() AS pid, 41 + 1 AS answer"), BOUND
        )
        assert rows[0]["answer"] == 42
    assert _in_use() == in_use


async def test_a_transaction_left_open_is_not_carried_into_the_next_statement(db: None) -> None:
    client = connections.get(DEFAULT)
    in_use = _in_use()
    async with holding_connection(DEFAULT):
        await client.execute_script("BEGIN; SET LOCAL application_name = 'left-open'")
        # Back to the pool (which rolls the transaction back): the next statement runs
        # outside it.
        _, rows = await client.execute_query("SELECT current_setting('application_name') AS name")
        assert rows[0]["name"] != "left-open"
    assert _in_use() == in_use


async def test_kept_connections_never_starve_a_full_pool(db: None) -> None:
    """As many scopes as the pool has connections, each keeping one and then running two
    statements at once: the second of each needs another connection. A kept connection
    that sat idle while the pool is out would leave all of them waiting for each other."""
    size = connections.get(DEFAULT)._pool.get_max_size()
    in_use = _in_use()

    async def scope() -> set[int]:
        async with holding_connection(DEFAULT):
            first = await _pid()
            together = await asyncio.gather(_pid(), _pid())
            return {first, *together}

    answers = await asyncio.wait_for(asyncio.gather(*(scope() for _ in range(size))), BOUND)
    assert len(answers) == size
    assert _in_use() == in_use
