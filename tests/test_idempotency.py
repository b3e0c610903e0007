"""Idempotency keys compare what a request means, answer a retry with the first answer,
and are kept for the retention setting."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import asyncpg
import pytest

from app.services import credit_applications, idempotency, refunds
from app.services.errors import DomainError, ErrorCode
from models import ArCredit, IdempotencyRecord, Refund
from models.enums import RefundState
from tests.conftest import run_cli
from tests.factories import D, World, advance, invoice


@pytest.fixture
async def credit(world: World, refunds_enabled: None) -> ArCredit:
    await advance(world, "C-US", "ADV-1", "50.00")
    return await ArCredit.get(document_number="ADV-1")


def _header(world: World, currency: str = "USD", reference: str = "W") -> refunds.RefundInput:
    return refunds.RefundInput(
        customer_id=world.customers["C-US"].id,
        bank_account_id=world.banks["US-OPER"].id,
        currency=currency,
        payment_date=D,
        reference=reference,
    )


async def test_a_retry_is_told_apart_by_meaning_not_spelling(
    world: World, credit: ArCredit
) -> None:
    scope = world.scope("US01")
    first = await refunds.record(
        world.actor,
        scope,
        _header(world),
        [refunds.AllocationInput(credit.id, "2.00")],
        idempotency_key="k",
    )
    again = await refunds.record(
        world.actor,
        scope,
        _header(world, currency=" usd ", reference=" W "),
        [refunds.AllocationInput(credit.id, "2.0")],
        idempotency_key="k",
    )
    assert again.id == first.id
    assert await Refund.all().count() == 1
    with pytest.raises(DomainError) as reused:
        await refunds.record(
            world.actor,
            scope,
            _header(world),
            [refunds.AllocationInput(credit.id, "2.01")],
            idempotency_key="k",
        )
    assert reused.value.code == ErrorCode.IDEMPOTENCY_KEY_REUSED


async def test_a_retry_gets_the_first_answer_not_todays_state(
    world: World, credit: ArCredit
) -> None:
    scope = world.scope("US01")
    draft = await refunds.create_draft(
        world.actor, scope, _header(world), [refunds.AllocationInput(credit.id, "5.00")]
    )
    posted = await refunds.post(world.actor, scope, draft.id, idempotency_key="post")
    await refunds.void(world.actor, scope, draft.id, void_date=D, reason="Twice")
    replayed = await refunds.post(world.actor, scope, draft.id, idempotency_key="post")
    assert (replayed.state, replayed.version, replayed.number) == (
        RefundState.POSTED,
        posted.version,
        posted.number,
    )
    assert replayed.posted_at == posted.posted_at
    assert (await Refund.get(id=draft.id)).state == RefundState.VOIDED


async def test_an_application_retry_gets_the_first_answer(world: World, credit: ArCredit) -> None:
    target = await invoice(world, "C-US", "INV-1", "30.00")
    data = credit_applications.ApplicationInput(credit.id, target, "10", date(2026, 3, 3))
    scope = world.scope("US01")
    first = await credit_applications.apply_credit(world.actor, scope, data, idempotency_key="a")
    same = credit_applications.ApplicationInput(credit.id, target, "10.00", date(2026, 3, 3))
    again = await credit_applications.apply_credit(world.actor, scope, same, idempotency_key="a")
    assert (again.id, again.amount_minor) == (first.id, 1000)


async def test_a_key_is_kept_for_the_retention_then_free_again(
    world: World, credit: ArCredit, database_url: str
) -> None:
    scope = world.scope("US01")
    first = await refunds.create_draft(world.actor, scope, _header(world), idempotency_key="old")
    # A day and a bit later (the default retention is 24 hours) the key is a new one.
    aged = datetime.now(UTC) - timedelta(hours=25)
    await IdempotencyRecord.filter(key="old").update(created_at=aged)
    second = await refunds.create_draft(
        world.actor, scope, _header(world, reference="other"), idempotency_key="old"
    )
    assert second.id != first.id
    # Pruning forgets only expired keys.
    await refunds.create_draft(world.actor, scope, _header(world), idempotency_key="young")
    await IdempotencyRecord.filter(key="old").update(created_at=aged)
    assert await idempotency.prune_expired() == 1
    assert await IdempotencyRecord.filter(key="young").exists()
    await IdempotencyRecord.filter(key="young").update(created_at=aged)
    pruned = run_cli("prune-idempotency-keys", database_url=database_url)
    assert "Forgot 1 expired" in pruned.stderr
    assert not await IdempotencyRecord.exists()


@pytest.mark.parametrize("key", [None, "record-1"])
async def test_a_committed_refund_is_answered_without_reading_it_after_commit(
    world: World, credit: ArCredit, monkeypatch: pytest.MonkeyPatch, key: str | None
) -> None:
    """Right after a COMMIT the pooled connection may be dead (a failover, a terminated
    backend): the answer is what the committing transaction saw, read before COMMIT, so a
    failing read afterwards cannot turn a committed refund into an error."""

    async def dead_connection(refund_id: int) -> Refund:
        raise asyncpg.exceptions.ConnectionDoesNotExistError("connection was closed")

    monkeypatch.setattr(refunds, "_reloaded", dead_connection)
    recorded = await refunds.record(
        world.actor,
        world.scope("US01"),
        _header(world),
        [refunds.AllocationInput(credit.id, "3.00")],
        idempotency_key=key,
    )
    assert (recorded.state, recorded.number, recorded.total_minor) == (
        RefundState.POSTED,
        "RFUS-000001",
        300,
    )
