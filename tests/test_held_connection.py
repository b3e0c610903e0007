"""A GraphQL request runs every statement on one pooled connection (app/db_postgres.py:
``holding_connection``), and the connection goes back to the pool when the request ends,
also when a task the request started still runs a statement then. PostgreSQL only: SQLite
has one connection and no pool."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from tortoise import connections

from app.db import DEFAULT
from app.db_postgres import holding_connection
from tests.conftest import GraphQLClient
from tests.factories import World, advance, gid

pytestmark = pytest.mark.postgres_only


class _CountingPool:
    """The real asyncpg pool, with its acquires counted (what a request takes from it)."""

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


def _idle() -> int:
    return int(connections.get(DEFAULT)._pool.get_idle_size())


CREDITS = """query($id: ID!) {
  customer(id: $id) { id name eligibleCredits(first: 10) { id openAmount { amount } } }
}"""

ADVANCE = """mutation($input: AdvanceInput!) {
  recordAdvance(input: $input) { advance { number amount { amount } } errors { code } }
}"""


async def test_a_graphql_request_takes_one_connection_for_all_its_statements(
    gql: GraphQLClient, world: World, clerk: str
) -> None:
    customer = world.customers["C-US"]
    await advance(world, customer.code, "ADV-1", "40.00")
    await gql.data(CREDITS, {"id": gid("Customer", customer.id)}, token=clerk, entity="US01")
    idle = _idle()
    with counting_acquires() as pool:
        # The token, the customer and its credits: three statements, one connection.
        data = await gql.data(
            CREDITS, {"id": gid("Customer", customer.id)}, token=clerk, entity="US01"
        )
        assert data["customer"]["eligibleCredits"] == [
            {"id": data["customer"]["eligibleCredits"][0]["id"], "openAmount": {"amount": "40.00"}}
        ]
        assert pool.acquired == 1
        # A mutation: its transaction runs on the same connection as the token's read.
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
        assert pool.acquired == 2
    assert _idle() == idle  # every connection is back in the pool


async def test_statements_of_one_hold_take_turns_on_its_connection(db: None) -> None:
    client = connections.get(DEFAULT)
    idle = _idle()
    with counting_acquires() as pool:
        async with holding_connection(DEFAULT):
            answers = await asyncio.gather(
                *(client.execute_query("SELECT pg_backend_pid() AS pid") for _ in range(5))
            )
            # A statement of a task that outlives the hold keeps the connection until done.
            late = asyncio.ensure_future(
                client.execute_query("SELECT pg_backend_pid() AS pid, pg_sleep(0.3)")
            )
            await asyncio.sleep(0.05)
        assert _idle() == idle - 1
        _, late_rows = await late
    assert {rows[0]["pid"] for _, rows in answers} == {late_rows[0]["pid"]}
    assert pool.acquired == 1
    assert _idle() == idle
    # After the hold, statements take connections from the pool again.
    with counting_acquires() as pool:
        await client.execute_query("SELECT 1")
        assert pool.acquired == 1
