"""The posting path's plain-SQL writes (issue 15) store what the ORM stored, and the refund a
post, void or record answers without reading it again is the refund as saved. On SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import structlog

from app.services import audit, idempotency, refunds
from app.services.errors import DomainError, ErrorCode
from app.services.ledger import Line, UnbalancedEntry, post_entry
from app.services.sql import fetch, read_primary, write
from app.services.transactions import atomic
from models import AuditEvent, Journal, JournalEntry, JournalLine, Refund
from tests.factories import World, advance

PAID = date(2026, 3, 10)


async def test_a_journal_entry_is_stored_as_written_with_its_lines_in_order(
    world: World, refunds_enabled: None
) -> None:
    cash, revenue = world.accounts["1000"].id, world.accounts["4000"].id
    journal = await Journal.first()
    assert journal is not None
    before = datetime.now(UTC)
    entry_id = await post_entry(
        journal_id=journal.id,
        entity_id=world.us.id,
        entry_date=PAID,
        currency="USD",
        description="x" * 300,
        source_type="test",
        source_id=7,
        actor=world.actor,
        lines=[
            Line(cash, debit_minor=1234, memo="first"),
            Line(revenue, credit_minor=1000, customer_id=world.customers["C-US"].id),
            Line(revenue, credit_minor=234, memo="m" * 300),
        ],
    )
    entry = await JournalEntry.get(id=entry_id)
    assert (entry.journal_id, entry.entity_id, entry.entry_date, entry.currency) == (
        journal.id,
        world.us.id,
        PAID,
        "USD",
    )
    assert (entry.description, entry.source_type, entry.source_id) == ("x" * 255, "test", 7)
    assert entry.reverses_id is None
    assert entry.posted_by_id == world.actor.user_id
    assert before <= entry.posted_at <= datetime.now(UTC)
    lines = await JournalLine.filter(entry_id=entry_id).order_by("line_no")
    assert [
        (ln.line_no, ln.gl_account_id, ln.customer_id, ln.debit_minor, ln.credit_minor, ln.memo)
        for ln in lines
    ] == [
        (1, cash, None, 1234, 0, "first"),
        (2, revenue, world.customers["C-US"].id, 0, 1000, ""),
        (3, revenue, None, 0, 234, "m" * 255),
    ]


async def test_an_unbalanced_entry_writes_nothing(world: World, refunds_enabled: None) -> None:
    cash, revenue = world.accounts["1000"].id, world.accounts["4000"].id
    journal = await Journal.first()
    assert journal is not None
    entries = await JournalEntry.all().count()
    with pytest.raises(UnbalancedEntry):
        await post_entry(
            journal_id=journal.id,
            entity_id=None,
            entry_date=PAID,
            currency="USD",
            description="",
            source_type="test",
            source_id=1,
            actor=world.actor,
            lines=[Line(cash, debit_minor=100), Line(revenue, credit_minor=99)],
        )
    assert await JournalEntry.all().count() == entries


async def test_an_audit_event_keeps_actor_token_request_and_details(world: World, db: None) -> None:
    details = {"number": "RF-1", "nested": {"amounts": [1, 2]}, "text": "é ' \" \\"}
    structlog.contextvars.bind_contextvars(request_id="req-123")
    try:
        await audit.record(
            world.actor,
            action="test.plain",
            object_type="refund",
            object_id=42,
            entity_id=world.us.id,
            details=details,
        )
    finally:
        structlog.contextvars.unbind_contextvars("request_id")
    event = await AuditEvent.get(action="test.plain")
    assert (event.actor_id, event.api_token_id, event.entity_id) == (
        world.actor.user_id,
        world.actor.token_id,
        world.us.id,
    )
    assert (event.object_type, event.object_id, event.request_id) == ("refund", 42, "req-123")
    assert event.details == details


async def test_timestamps_written_plain_and_by_the_orm_compare_in_time_order(
    world: World, db: None
) -> None:
    """SQLite keeps timestamps as text: one written through plain SQL must sort and compare
    with the ORM's (same separator, same zone), or ranges over audit events go wrong."""
    first = audit.Event("test.orm", "refund", 1, None)
    await audit.record_many(world.actor, [first])
    await audit.record(
        world.actor, action="test.plain", object_type="refund", object_id=2, entity_id=None
    )
    await audit.record_many(world.actor, [audit.Event("test.orm2", "refund", 3, None)])
    ordered = await AuditEvent.filter(action__startswith="test.").order_by("occurred_at", "id")
    assert [e.action for e in ordered] == ["test.orm", "test.plain", "test.orm2"]
    plain = next(e for e in ordered if e.action == "test.plain")
    assert await AuditEvent.filter(occurred_at__gte=plain.occurred_at).count() == 2
    assert await AuditEvent.filter(occurred_at__lt=plain.occurred_at).count() == 1
    rows = await fetch(
        "SELECT occurred_at FROM audit_event WHERE action IN ('test.orm', 'test.plain') ORDER BY id"
    )
    if isinstance(rows[0]["occurred_at"], str):  # SQLite: the same text shape
        shapes = {(len(r["occurred_at"]), r["occurred_at"][10]) for r in rows}
        assert len(shapes) == 1, rows


async def test_the_refund_answered_after_post_void_and_record_is_the_refund_saved(
    world: World, refunds_enabled: None
) -> None:
    """Post, void and record answer from the row as the transaction left it, without a
    read after COMMIT: it must be exactly what a read gives, every column."""
    for index in range(2):
        await advance(world, "C-US", f"ADV-{index}", "100.00")
    credit_ids = [c["id"] for c in await fetch("SELECT id FROM ar_credit ORDER BY id")]
    scope = world.scope("US01")
    data = refunds.RefundInput(
        customer_id=world.customers["C-US"].id,
        bank_account_id=world.banks["US-OPER"].id,
        currency="USD",
        payment_date=PAID,
        reference="R-1",
    )
    draft = await refunds.create_draft(
        world.actor, scope, data, [refunds.AllocationInput(credit_id=credit_ids[0], amount="5")]
    )
    posted = await refunds.post(world.actor, scope, draft.id, expected_version=draft.version)
    saved = await Refund.get(id=draft.id)
    assert idempotency.snapshot_of(posted) == idempotency.snapshot_of(saved)
    assert (posted.version, posted.number) == (draft.version + 1, saved.number)

    voided = await refunds.void(world.actor, scope, posted.id, void_date=PAID, reason="wrong")
    assert idempotency.snapshot_of(voided) == idempotency.snapshot_of(await Refund.get(id=draft.id))

    recorded = await refunds.record(
        world.actor,
        scope,
        data,
        [refunds.AllocationInput(credit_id=credit_ids[1], amount="7.50")],
        idempotency_key="plain-record",
    )
    assert idempotency.snapshot_of(recorded) == idempotency.snapshot_of(
        await Refund.get(id=recorded.id)
    )
    replayed = await refunds.record(
        world.actor,
        scope,
        data,
        [refunds.AllocationInput(credit_id=credit_ids[1], amount="7.50")],
        idempotency_key="plain-record",
    )
    assert idempotency.replayed()
    assert idempotency.snapshot_of(replayed) == idempotency.snapshot_of(recorded)


async def test_a_stale_version_changes_nothing(world: World, refunds_enabled: None) -> None:
    await advance(world, "C-US", "ADV-1", "100.00")
    credit_id = (await fetch("SELECT id FROM ar_credit"))[0]["id"]
    scope = world.scope("US01")
    draft = await refunds.create_draft(
        world.actor,
        scope,
        refunds.RefundInput(
            customer_id=world.customers["C-US"].id,
            bank_account_id=world.banks["US-OPER"].id,
            currency="USD",
            payment_date=PAID,
        ),
        [refunds.AllocationInput(credit_id=credit_id, amount="5")],
    )
    before = idempotency.snapshot_of(await Refund.get(id=draft.id))
    entries = await JournalEntry.all().count()
    with pytest.raises(DomainError) as refused:
        await refunds.post(world.actor, scope, draft.id, expected_version=draft.version + 1)
    assert refused.value.code == ErrorCode.STALE_VERSION
    assert idempotency.snapshot_of(await Refund.get(id=draft.id)) == before
    assert await JournalEntry.all().count() == entries


async def test_a_write_answers_its_returning_rows_wherever_it_runs(world: World, db: None) -> None:
    """``sql.write`` answers what RETURNING gives outside a transaction, in one and in a
    savepoint of one: every guarded update (open amounts, balances) reads its answer so,
    and a write that answered nothing would fail every post."""
    customer = world.customers["C-US"].id
    statement = "UPDATE customer SET name = name WHERE id = ? RETURNING id, code"
    assert await write(statement, [customer]) == [{"id": customer, "code": "C-US"}]
    async with atomic():
        assert await write(statement, [customer]) == [{"id": customer, "code": "C-US"}]
        async with atomic():  # a savepoint
            assert await write(statement, [customer]) == [{"id": customer, "code": "C-US"}]
            assert await read_primary("SELECT code FROM customer WHERE id = ?", [customer]) == [
                {"code": "C-US"}
            ]
