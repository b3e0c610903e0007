"""A transaction PostgreSQL cancels to break a deadlock wrote nothing, so the service runs the
whole unit again (``app.services.transactions``): the client sees one success, the books
hold the change once. After the last retry the answer is TRANSACTION_CONFLICT, retryable.

The deadlock is made for real, between the app and a second session of the test's own: the
test locks the customer's books, the app claims its idempotency key and waits for the
books, and the test then claims the same key, waiting for the app. PostgreSQL cancels the
app's transaction (the test's session waits longer before it checks for deadlocks)."""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import asyncpg
import httpx
import pytest
from tortoise import connections

from app.db import DEFAULT
from app.rest.problems import RETRY_LATER, status_of
from app.services import transactions
from app.services.errors import ErrorCode
from models import CreditApplication, IdempotencyRecord, User
from tests.conftest import GraphQLClient
from tests.factories import World, advance, gid, invoice

BOUND = 30.0  # seconds: far beyond the one-second deadlock check
KEY = "apply-1"

APPLY = """mutation($input: CreditApplicationInput!, $key: String) {
  applyCredit(input: $input, idempotencyKey: $key) {
    application { amount { amount } } errors { code field } } }"""


async def _waiting_for_a_lock(session: asyncpg.Connection, other_than: int) -> bool:
    """Whether a backend other than ``other_than`` waits for a lock now."""
    return bool(
        await session.fetchval(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND pid <> $1 AND datname = current_database()",
            other_than,
        )
    )


@dataclass
class _Application:
    """An application of a credit to an invoice, and who sends it."""

    customer_id: int
    credit_id: int
    user_id: int
    variables: dict[str, Any]


async def _application(world: World, username: str) -> _Application:
    credit_id = await advance(world, "C-US", "ADV-1", "40.00")
    invoice_id = await invoice(world, "C-US", "INV-1", "100.00")
    user = await User.get(username=username)
    variables = {
        "input": {
            "creditId": gid("Credit", credit_id),
            "invoiceId": gid("Invoice", invoice_id),
            "amount": "12.34",
            "appliedOn": "2026-03-05",
        },
        "key": KEY,
    }
    return _Application(world.customers["C-US"].id, credit_id, user.id, variables)


async def _deadlock_the_app(
    database_url: str,
    application: _Application,
    send: Callable[[], Awaitable[httpx.Response]],
    *,
    retried: bool,
) -> httpx.Response:
    """Lock the customer's books, ``send`` the request, and once the app waits for the
    books, claim the app's idempotency key: a deadlock. With ``retried``, hold the claim
    until the app's second run waits for it too. The app's answer."""
    session = await asyncpg.connect(database_url)
    try:
        # The app's session checks for deadlocks after 1 s, this one after 20: the app's
        # transaction is the one PostgreSQL cancels.
        await session.execute("SET deadlock_timeout = '20s'")
        await session.execute("BEGIN")
        await session.execute(
            "SELECT id FROM customer WHERE id = $1 FOR UPDATE", application.customer_id
        )
        me = await session.fetchval("SELECT pg_backend_pid()")
        request = asyncio.ensure_future(send())
        async with asyncio.timeout(BOUND):
            while not await _waiting_for_a_lock(session, me):
                assert not request.done(), request.result().text
                await asyncio.sleep(0.02)
            # Waits for the app's uncommitted claim of the key: a cycle. PostgreSQL cancels
            # the app's transaction and this insert goes through.
            await session.execute(
                "INSERT INTO idempotency_record (user_id, key, operation, request_fingerprint,"
                " status, created_at) VALUES ($1, $2, 'credit.apply', 'x', 'in_progress', now())",
                application.user_id,
                KEY,
            )
            if retried:
                # The app's second run claims the key again and waits for this claim.
                while not await _waiting_for_a_lock(session, me):
                    assert not request.done(), request.result().text
                    await asyncio.sleep(0.02)
            else:
                await asyncio.wait({request})
    finally:
        await session.execute("ROLLBACK")
        await session.close()
    return await asyncio.wait_for(request, BOUND)


@pytest.mark.postgres_only
async def test_a_deadlocked_change_is_run_again_and_saved_once(
    gql: GraphQLClient, world: World, clerk: str, database_url: str
) -> None:
    application = await _application(world, "clerk")
    response = await _deadlock_the_app(
        database_url,
        application,
        lambda: gql.post(APPLY, application.variables, token=clerk, entity="US01"),
        retried=True,
    )
    assert response.status_code == 200, response.text
    assert response.json()["data"]["applyCredit"] == {
        "application": {"amount": {"amount": "12.34"}},
        "errors": [],
    }
    assert await CreditApplication.filter(credit_id=application.credit_id).count() == 1
    record = await IdempotencyRecord.get(user_id=application.user_id, key=KEY)
    assert record.status == "completed"
    # The same key again: the first answer, not a second application.
    again = await gql.post(APPLY, application.variables, token=clerk, entity="US01")
    assert again.json()["data"]["applyCredit"]["errors"] == []
    assert await CreditApplication.filter(credit_id=application.credit_id).count() == 1


@pytest.mark.postgres_only
async def test_a_conflict_that_persists_is_a_retryable_answer_and_writes_nothing(
    gql: GraphQLClient,
    world: World,
    clerk: str,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every run deadlocks (one run allowed here): the client is told to retry (a payload
    error over GraphQL; over REST the code is 503 with Retry-After)."""
    assert status_of(ErrorCode.TRANSACTION_CONFLICT) == 503
    assert ErrorCode.TRANSACTION_CONFLICT in RETRY_LATER
    monkeypatch.setattr(transactions, "CONFLICT_ATTEMPTS", 1)
    application = await _application(world, "clerk")
    response = await _deadlock_the_app(
        database_url,
        application,
        lambda: gql.post(APPLY, application.variables, token=clerk, entity="US01"),
        retried=False,
    )
    assert response.json()["data"]["applyCredit"] == {
        "application": None,
        "errors": [{"code": ErrorCode.TRANSACTION_CONFLICT.value, "field": None}],
    }
    assert await CreditApplication.filter(credit_id=application.credit_id).count() == 0
    assert not await IdempotencyRecord.filter(user_id=application.user_id, key=KEY).exists()
    # Nothing left behind on the app's connections: the same request now goes through.
    monkeypatch.setattr(transactions, "CONFLICT_ATTEMPTS", 3)
    done = await gql.post(APPLY, application.variables, token=clerk, entity="US01")
    assert done.json()["data"]["applyCredit"]["errors"] == [], done.text
    _, rows = await connections.get(DEFAULT).execute_query(
        "SELECT count(*) AS n FROM credit_application WHERE credit_id = $1", [application.credit_id]
    )
    assert rows[0]["n"] == 1
    assert json.loads(done.text)["data"]["applyCredit"]["application"] == {
        "amount": {"amount": "12.34"}
    }


async def test_retrying_runs_the_work_again_until_it_goes_through_or_gives_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The rule on its own (what the CSV import's row groups and ``once`` use): a cancelled
    run is run again, at most CONFLICT_ATTEMPTS times in all; other errors are not."""
    monkeypatch.setattr(random, "uniform", lambda _a, _b: 0.0)  # no pauses
    runs: list[int] = []

    def failing(times: int) -> Callable[[], Awaitable[str]]:
        async def work() -> str:
            runs.append(1)
            if len(runs) <= times:
                raise transactions.TransactionConflict
            return "saved"

        return work

    assert await transactions.retrying(failing(2), what="test") == "saved"
    assert len(runs) == 3
    runs.clear()
    with pytest.raises(transactions.TransactionConflict):
        await transactions.retrying(failing(3), what="test")
    assert len(runs) == transactions.CONFLICT_ATTEMPTS == 3
    runs.clear()

    async def refused() -> str:
        runs.append(1)
        raise ValueError("not a conflict")

    with pytest.raises(ValueError, match="not a conflict"):
        await transactions.retrying(refused, what="test")
    assert len(runs) == 1
