"""A committed change is never reported as failed, and a change whose COMMIT may or may not
have reached the database says so with a retryable code. PostgreSQL only: the faults are
real terminations of the server process serving the request's connection."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import asyncpg
import pytest
from tortoise.backends.asyncpg.client import TransactionWrapper

from app.db import asyncpg_dsn
from app.services import integrity, refunds
from models import ArCredit, Refund
from models.enums import RefundState
from tests.conftest import GraphQLClient, token_for
from tests.factories import D, World, advance, gid

pytestmark = pytest.mark.postgres_only

POST = """mutation($id: ID!, $key: String) { postRefund(id: $id, idempotencyKey: $key) {
  refund { state number } errors { code field } } }"""


async def _terminate(database_url: str, wrapper: TransactionWrapper) -> None:
    """End the server process behind the wrapper's connection, as a failover or a cut
    network would, and wait until it is gone."""
    pid = wrapper._connection.get_server_pid()
    admin = await asyncpg.connect(asyncpg_dsn(database_url))
    try:
        await admin.execute("SELECT pg_terminate_backend($1)", pid)
        for _ in range(100):
            alive = await admin.fetchval(
                "SELECT count(*) FROM pg_stat_activity WHERE pid = $1", pid
            )
            if not alive:
                return
    finally:
        await admin.close()


@pytest.fixture
async def fault(monkeypatch: pytest.MonkeyPatch, database_url: str) -> Callable[[str], None]:
    """Arm one fault on the next COMMIT: "after" it went through, or "during" it.

    After COMMIT the server process is terminated, and handing the dead connection back to
    the pool fails the way the probe saw it fail (asyncpg raises while resetting it; when
    exactly depends on timing, so the error is raised here on cue, after the real release).
    """
    original = TransactionWrapper.commit
    original_release = asyncpg.pool.Pool.release
    armed: list[str] = []
    release_fails: list[bool] = []

    async def release(self: asyncpg.pool.Pool, connection: Any, **kwargs: Any) -> None:
        # The cue is taken before the real release, which may itself fail on the dead
        # connection (asyncpg's own "cannot switch to state 15"): either way this release
        # fails, and the next one, the test's own query, does not.
        failing = release_fails.pop() if release_fails else False
        try:
            await original_release(self, connection, **kwargs)
        finally:
            if failing:
                raise asyncpg.exceptions.ConnectionDoesNotExistError(
                    "connection was closed in the middle of operation"
                )

    async def commit(self: TransactionWrapper) -> None:
        # Savepoints commit through the same method; only the real COMMIT is faulted.
        if not armed or isinstance(self._parent, TransactionWrapper):
            return await original(self)
        when = armed.pop()
        if when == "during":
            await _terminate(database_url, self)
            return await original(self)
        await original(self)
        await _terminate(database_url, self)
        release_fails.append(True)
        return None

    monkeypatch.setattr(TransactionWrapper, "commit", commit)
    monkeypatch.setattr(asyncpg.pool.Pool, "release", release)
    return armed.append


@pytest.fixture
async def draft(world: World, refunds_enabled: None) -> Refund:
    await advance(world, "C-US", "ADV-1", "50.00")
    credit = await ArCredit.get(document_number="ADV-1")
    return await refunds.create_draft(
        world.actor,
        world.scope("US01"),
        refunds.RefundInput(
            customer_id=world.customers["C-US"].id,
            bank_account_id=world.banks["US-OPER"].id,
            currency="USD",
            payment_date=D,
        ),
        [refunds.AllocationInput(credit.id, "20.00")],
    )


async def _post(gql: GraphQLClient, token: str, draft: Refund, key: str) -> dict[str, Any]:
    data = await gql.data(
        POST, {"id": gid("Refund", draft.id), "key": key}, token=token, entity="US01"
    )
    return dict(data["postRefund"])


async def test_a_connection_lost_after_commit_still_answers_the_committed_result(
    gql: GraphQLClient, draft: Refund, fault: Callable[[str], None]
) -> None:
    token = await token_for("clerk", roles=("ar_clerk",))
    fault("after")
    payload = await _post(gql, token, draft, "post-1")
    assert payload == {"refund": {"state": "POSTED", "number": "RFUS-000001"}, "errors": []}
    assert (await Refund.get(id=draft.id)).state == RefundState.POSTED
    assert await integrity.find_problems() == []


async def test_a_connection_lost_during_commit_is_a_retryable_unknown(
    gql: GraphQLClient, draft: Refund, fault: Callable[[str], None]
) -> None:
    token = await token_for("clerk", roles=("ar_clerk",))
    fault("during")
    payload = await _post(gql, token, draft, "post-2")
    assert payload == {
        "refund": None,
        "errors": [{"code": "COMMIT_OUTCOME_UNKNOWN", "field": None}],
    }
    # The retry the code asks for, with the same key, posts exactly once.
    retried = await _post(gql, token, draft, "post-2")
    assert retried == {"refund": {"state": "POSTED", "number": "RFUS-000001"}, "errors": []}
    again = await _post(gql, token, draft, "post-2")
    assert again == retried
    assert await Refund.filter(state=RefundState.POSTED).count() == 1
    assert await integrity.find_problems() == []
