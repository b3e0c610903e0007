"""The refund workflow through the domain services: configure, draft, allocate, post, void;
every rule and error code, each refused request changing nothing. The integrity check runs
after every test."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import date
from functools import partial
from typing import Any

import pytest
from tortoise.exceptions import IntegrityError

from app.services import configuration, credits, integrity, refunds
from app.services.errors import DomainError, ErrorCode
from models import (
    ArCredit,
    AuditEvent,
    BankAccount,
    CreditApplication,
    Customer,
    DocumentSequence,
    Invoice,
    JournalEntry,
    JournalLine,
    Refund,
    RefundAllocation,
)
from models.enums import CustomerStatus, Permission, RefundState
from tests.factories import (
    World,
    advance,
    enable_refunds,
    invoice,
    payment,
    principal,
)

PAID = date(2026, 3, 10)


@pytest.fixture
async def credit_ids(world: World, refunds_enabled: None) -> dict[str, int]:
    """C-US holds a 100.00 advance and a 50.00 overpayment; C-EU has its own credit."""
    await advance(world, "C-US", "ADV-1", "100.00")
    inv = await invoice(world, "C-US", "INV-1", "70.00")
    await payment(world, "C-US", "PAY-1", "120.00", applications={inv: "70.00"})
    await invoice(world, "C-US", "INV-MIX", "10.00", "-40.00")
    await advance(world, "C-US", "ADV-EUR", "30.00", bank="US-EUR", currency="EUR")
    await advance(world, "C-SHARED", "ADV-S", "10.00")
    return {c.document_number: c.id for c in await ArCredit.all()}


def draft_input(world: World, **changes: Any) -> refunds.RefundInput:
    values: dict[str, Any] = {
        "customer_id": world.customers["C-US"].id,
        "bank_account_id": world.banks["US-OPER"].id,
        "currency": "USD",
        "payment_date": PAID,
        "reference": "WIRE-1",
        "memo": "refund",
    }
    return refunds.RefundInput(**{**values, **changes})


def lines(**amounts: str) -> Callable[[dict[str, int]], list[refunds.AllocationInput]]:
    def build(ids: dict[str, int]) -> list[refunds.AllocationInput]:
        return [
            refunds.AllocationInput(credit_id=ids[name.replace("_", "-")], amount=amount)
            for name, amount in amounts.items()
        ]

    return build


async def books() -> tuple[Any, ...]:
    """Everything a refused request must leave as it was."""
    return (
        await Refund.all().count(),
        await RefundAllocation.all().count(),
        await JournalEntry.all().count(),
        await JournalLine.all().count(),
        await AuditEvent.all().count(),
        tuple(await ArCredit.all().order_by("id").values_list("open_minor", flat=True)),
        tuple(await DocumentSequence.all().order_by("id").values_list("next_number", flat=True)),
        tuple(await Refund.all().order_by("id").values_list("state", "version", "total_minor")),
    )


async def refused(work: Callable[[], Awaitable[Any]]) -> list[tuple[ErrorCode, str | None]]:
    before = await books()
    with pytest.raises(DomainError) as error:
        await work()
    assert await books() == before
    return [(e.code, e.field) for e in error.value.errors]


async def test_refunds_are_disabled_until_configured(world: World) -> None:
    await advance(world, "C-US", "ADV-1", "10.00")
    assert await refused(
        lambda: refunds.create_draft(world.actor, world.scope("US01"), draft_input(world))
    ) == [(ErrorCode.REFUNDS_DISABLED, None)]


async def test_enabling_needs_a_journal_and_a_sequence(world: World) -> None:
    scope = world.scope("US01")
    assert await refused(
        lambda: configuration.update_configuration(
            world.actor, scope, configuration.ArConfigurationInput(refunds_enabled=True)
        )
    ) == [(ErrorCode.REFUNDS_CONFIG_INCOMPLETE, "refundJournalSymbol")]
    assert await refused(
        lambda: configuration.update_configuration(
            world.actor,
            scope,
            configuration.ArConfigurationInput(refunds_enabled=True, refund_journal_symbol="NOPE"),
        )
    ) == [(ErrorCode.JOURNAL_NOT_FOUND, "refundJournalSymbol")]
    assert await refused(
        lambda: configuration.update_configuration(
            world.actor,
            scope,
            configuration.ArConfigurationInput(
                refunds_enabled=True,
                refund_journal_symbol="J" * 11,
                refund_sequence=configuration.SequenceInput(
                    "R" * 20 + "-", next_number=1, padding=6
                ),
            ),
        )
    ) == [
        (ErrorCode.JOURNAL_NOT_FOUND, "refundJournalSymbol"),
        (ErrorCode.INVALID, "refundSequence.prefix"),
    ]
    controllerless = principal(Permission.REFUNDS_POST, user_id=world.actor.user_id)
    assert await refused(
        lambda: configuration.update_configuration(
            controllerless, scope, configuration.ArConfigurationInput(refunds_enabled=False)
        )
    ) == [(ErrorCode.PERMISSION_DENIED, None)]
    await enable_refunds(world)
    config = await configuration.configuration_of(world.us.id)
    assert config is not None
    assert config.refunds_enabled


async def test_sequence_numbering_is_fixed_once_used_and_prefixes_differ(
    world: World, credit_ids: dict[str, int]
) -> None:
    draft = await refunds.create_draft(
        world.actor, world.scope("US01"), draft_input(world), lines(ADV_1="1.00")(credit_ids)
    )
    await refunds.post(world.actor, world.scope("US01"), draft.id)
    changed = configuration.ArConfigurationInput(
        refunds_enabled=True,
        refund_journal_symbol="RFJ",
        refund_sequence=configuration.SequenceInput(prefix="RFUS-", next_number=1, padding=4),
    )
    assert await refused(
        lambda: configuration.update_configuration(world.actor, world.scope("US01"), changed)
    ) == [(ErrorCode.SEQUENCE_IN_USE, "refundSequence")]
    clash = configuration.ArConfigurationInput(
        refunds_enabled=True,
        refund_journal_symbol="RFJ",
        refund_sequence=configuration.SequenceInput(prefix="RFUS-", next_number=1, padding=6),
    )
    assert await refused(
        lambda: configuration.update_configuration(world.actor, world.scope("EU01"), clash)
    ) == [(ErrorCode.SEQUENCE_PREFIX_TAKEN, "refundSequence.prefix")]


async def test_draft_post_and_void_to_the_cent(world: World, credit_ids: dict[str, int]) -> None:
    scope = world.scope("US01")
    draft = await refunds.create_draft(
        world.actor, scope, draft_input(world), lines(ADV_1="60.01", PAY_1="12.34")(credit_ids)
    )
    assert (draft.state, draft.total_minor, draft.version, draft.number) == (
        RefundState.DRAFT,
        7235,
        1,
        None,
    )
    # The draft holds what it selected; the credits themselves are untouched until posting.
    eligible = await credits.refundable_credits(
        world.actor, scope, [world.customers["C-US"].id], "USD"
    )
    assert {
        (c.document_number, c.open_minor, c.available_minor)
        for c in eligible[world.customers["C-US"].id]
    } == {("ADV-1", 10000, 3999), ("PAY-1", 5000, 3766)}

    posted = await refunds.post(world.actor, scope, draft.id, expected_version=1)
    assert (posted.state, posted.number, posted.sequence_number, posted.version) == (
        RefundState.POSTED,
        "RFUS-000001",
        1,
        2,
    )
    opens = dict(
        await ArCredit.filter(id__in=list(credit_ids.values())).values_list(
            "document_number", "open_minor"
        )
    )
    assert (opens["ADV-1"], opens["PAY-1"]) == (3999, 3766)
    entry_lines = await JournalLine.filter(entry_id=posted.journal_entry_id).order_by("line_no")
    assert [
        (r.gl_account_id, r.customer_id, r.debit_minor, r.credit_minor) for r in entry_lines
    ] == [
        (world.accounts["1200"].id, world.customers["C-US"].id, 7235, 0),
        (world.accounts["1000"].id, None, 0, 7235),
    ]
    entry = await JournalEntry.get(id=posted.journal_entry_id).prefetch_related("journal")
    assert (entry.journal.symbol, entry.entry_date) == ("RFJ", PAID)

    voided = await refunds.void(
        world.actor,
        scope,
        posted.id,
        void_date=date(2026, 3, 20),
        reason="Bank returned the wire",
        expected_version=2,
    )
    assert (voided.state, voided.number, voided.void_reason) == (
        RefundState.VOIDED,
        "RFUS-000001",
        "Bank returned the wire",
    )
    opens = dict(
        await ArCredit.filter(id__in=list(credit_ids.values())).values_list(
            "document_number", "open_minor"
        )
    )
    assert (opens["ADV-1"], opens["PAY-1"]) == (10000, 5000)
    reversal = await JournalEntry.get(id=voided.void_journal_entry_id)
    assert (reversal.entry_date, reversal.reverses_id) == (date(2026, 3, 20), entry.id)
    net: dict[int, int] = {}
    for row in await JournalLine.filter(entry_id__in=[entry.id, reversal.id]):
        net[row.gl_account_id] = net.get(row.gl_account_id, 0) + row.debit_minor - row.credit_minor
    assert set(net.values()) == {0}
    actions = (
        await AuditEvent.filter(object_type="refund", object_id=draft.id)
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert list(map(str, actions)) == ["refund.draft_created", "refund.posted", "refund.voided"]


async def test_numbers_follow_each_other_per_sequence(
    world: World, credit_ids: dict[str, int]
) -> None:
    numbers = []
    for scope in ("US01", "US01", "US01", None):
        # At the top level, an entity customer's refund lands in (and is numbered by) its
        # entity, like its documents.
        posted = await refunds.record(
            world.actor, world.scope(scope), draft_input(world), lines(ADV_1="1.00")(credit_ids)
        )
        numbers.append((posted.number, posted.entity_id))
    assert numbers == [
        ("RFUS-000001", world.us.id),
        ("RFUS-000002", world.us.id),
        ("RFUS-000003", world.us.id),
        ("RFUS-000004", world.us.id),
    ]


async def test_top_level_refunds_need_one_base_currency(
    world: World, credit_ids: dict[str, int]
) -> None:
    world.banks["HQ"] = await BankAccount.create(
        code="HQ", name="HQ", entity=None, currency="USD", gl_account=world.accounts["1000"]
    )
    await enable_refunds(world, None, prefix="RF-", next_number=500)
    await advance(world, "C-SHARED", "ADV-TOP", "10.00", bank="HQ", entity=None)
    top_credit = await ArCredit.get(document_number="ADV-TOP")
    assert top_credit.entity_id is None
    data = draft_input(
        world, customer_id=world.customers["C-SHARED"].id, bank_account_id=world.banks["HQ"].id
    )
    allocation = [refunds.AllocationInput(top_credit.id, "5.00")]
    # Two base currencies (USD, EUR): a shared customer's refund has no currency to be in.
    assert await refused(
        lambda: refunds.record(world.actor, world.scope(None), data, allocation)
    ) == [(ErrorCode.CURRENCY_MISMATCH, "currency")]
    world.eu.base_currency = "USD"
    await world.eu.save()
    posted = await refunds.record(world.actor, world.scope(None), data, allocation)
    assert (posted.number, posted.entity_id) == ("RF-000500", None)


async def test_edit_allocations_header_and_delete_a_draft(
    world: World, credit_ids: dict[str, int]
) -> None:
    scope = world.scope("US01")
    draft = await refunds.create_draft(world.actor, scope, draft_input(world))
    assert draft.total_minor == 0
    draft = await refunds.set_allocations(
        world.actor, scope, draft.id, 1, lines(ADV_1="100.00")(credit_ids)
    )
    assert (draft.total_minor, draft.version) == (10000, 2)
    draft = await refunds.update_draft(
        world.actor,
        scope,
        draft.id,
        2,
        refunds.RefundChanges(reference="WIRE-2", payment_date=date(2026, 3, 11)),
    )
    assert (draft.reference, draft.payment_date, draft.version) == ("WIRE-2", date(2026, 3, 11), 3)
    # Everything is held: another draft cannot take any of ADV-1.
    assert await refused(
        lambda: refunds.create_draft(
            world.actor, scope, draft_input(world), lines(ADV_1="0.01")(credit_ids)
        )
    ) == [(ErrorCode.AMOUNT_EXCEEDS_AVAILABLE, "allocations.0.amount")]
    await refunds.delete_draft(world.actor, scope, draft.id, 3)
    assert not await Refund.exists()
    again = await refunds.create_draft(
        world.actor, scope, draft_input(world), lines(ADV_1="100.00")(credit_ids)
    )
    assert again.total_minor == 10000


@pytest.mark.parametrize(
    ("changes", "make_lines", "expected"),
    [
        (
            {"currency": "EUR", "bank_account_id": "US-EUR"},
            lines(),
            [(ErrorCode.CURRENCY_MISMATCH, "currency")],
        ),
        ({"bank_account_id": "US-EUR"}, lines(), [(ErrorCode.CURRENCY_MISMATCH, "bankAccountId")]),
        (
            {"bank_account_id": "EU-OPER"},
            lines(),
            [(ErrorCode.BANK_ACCOUNT_NOT_FOUND, "bankAccountId")],
        ),
        (
            {"payment_method": "card"},
            lines(),
            [(ErrorCode.PAYMENT_METHOD_NOT_ALLOWED, "paymentMethod")],
        ),
        ({"customer_id": "C-EU"}, lines(), [(ErrorCode.CUSTOMER_NOT_FOUND, "customerId")]),
        ({"customer_id": "C-OFF"}, lines(), [(ErrorCode.CUSTOMER_INACTIVE, "customerId")]),
        ({"reference": "R" * 101}, lines(), [(ErrorCode.INVALID, "reference")]),
        ({"memo": "m" * 1001}, lines(), [(ErrorCode.INVALID, "memo")]),
        ({}, lines(ADV_S="1.00"), [(ErrorCode.CREDIT_NOT_FOUND, "allocations.0.creditId")]),
        ({}, lines(INV_MIX="1.00"), [(ErrorCode.CREDIT_NOT_ELIGIBLE, "allocations.0.creditId")]),
        ({}, lines(ADV_EUR="1.00"), [(ErrorCode.CURRENCY_MISMATCH, "allocations.0.creditId")]),
        ({}, lines(ADV_1="0"), [(ErrorCode.AMOUNT_NOT_POSITIVE, "allocations.0.amount")]),
        ({}, lines(ADV_1="-1.00"), [(ErrorCode.AMOUNT_NOT_POSITIVE, "allocations.0.amount")]),
        ({}, lines(ADV_1="1.005"), [(ErrorCode.TOO_MANY_DECIMALS, "allocations.0.amount")]),
        ({}, lines(ADV_1="NaN"), [(ErrorCode.INVALID_AMOUNT, "allocations.0.amount")]),
        ({}, lines(ADV_1="100.01"), [(ErrorCode.AMOUNT_EXCEEDS_AVAILABLE, "allocations.0.amount")]),
    ],
)
async def test_bad_drafts_are_refused_and_change_nothing(
    world: World,
    credit_ids: dict[str, int],
    changes: dict[str, Any],
    make_lines: Callable[[dict[str, int]], list[refunds.AllocationInput]],
    expected: list[tuple[ErrorCode, str]],
) -> None:
    resolved = dict(changes)
    if "bank_account_id" in resolved:
        bank = resolved["bank_account_id"] or ("US-OPER")
        resolved["bank_account_id"] = world.banks[bank].id
    if "customer_id" in resolved:
        resolved["customer_id"] = world.customers[resolved["customer_id"]].id
    data = draft_input(world, **resolved)
    assert (
        await refused(
            lambda: refunds.create_draft(
                world.actor, world.scope("US01"), data, make_lines(credit_ids)
            )
        )
        == expected
    )


async def test_a_credit_twice_in_one_refund_is_refused(
    world: World, credit_ids: dict[str, int]
) -> None:
    twice = [
        refunds.AllocationInput(credit_ids["ADV-1"], "1.00"),
        refunds.AllocationInput(credit_ids["ADV-1"], "2.00"),
    ]
    assert await refused(
        lambda: refunds.create_draft(world.actor, world.scope("US01"), draft_input(world), twice)
    ) == [(ErrorCode.DUPLICATE_CREDIT, "allocations.1.creditId")]


async def test_state_rules(world: World, credit_ids: dict[str, int]) -> None:
    scope = world.scope("US01")
    empty = await refunds.create_draft(world.actor, scope, draft_input(world))
    assert await refused(lambda: refunds.post(world.actor, scope, empty.id)) == [
        (ErrorCode.EMPTY_REFUND, "allocations")
    ]
    assert await refused(
        lambda: refunds.void(world.actor, scope, empty.id, void_date=PAID, reason="x")
    ) == [(ErrorCode.REFUND_NOT_POSTED, "id")]
    posted = await refunds.record(
        world.actor, scope, draft_input(world), lines(ADV_1="5.00")(credit_ids)
    )
    for attempt in (
        lambda: refunds.post(world.actor, scope, posted.id),
        lambda: refunds.set_allocations(world.actor, scope, posted.id, posted.version, []),
        lambda: refunds.update_draft(
            world.actor, scope, posted.id, posted.version, refunds.RefundChanges(memo="changed")
        ),
        lambda: refunds.delete_draft(world.actor, scope, posted.id, posted.version),
    ):
        assert await refused(attempt) == [(ErrorCode.REFUND_NOT_DRAFT, "id")]
    assert await refused(
        lambda: refunds.void(world.actor, scope, posted.id, void_date=PAID, reason="  ")
    ) == [(ErrorCode.VOID_REASON_REQUIRED, "reason")]
    assert await refused(
        lambda: refunds.void(world.actor, scope, posted.id, void_date=date(2026, 3, 9), reason="x")
    ) == [(ErrorCode.INVALID, "voidDate")]
    voided = await refunds.void(world.actor, scope, posted.id, void_date=PAID, reason="dup")
    assert await refused(
        lambda: refunds.void(world.actor, scope, voided.id, void_date=PAID, reason="again")
    ) == [(ErrorCode.REFUND_NOT_POSTED, "id")]
    # The database refuses too, whatever the code above it does.
    with pytest.raises(IntegrityError):
        await Refund.filter(id=voided.id).delete()
    with pytest.raises(IntegrityError):
        await Refund.filter(id=voided.id).update(total_minor=1)
    with pytest.raises(IntegrityError):
        await RefundAllocation.filter(refund_id=voided.id).delete()
    with pytest.raises(IntegrityError):
        await JournalLine.filter(entry_id=voided.journal_entry_id).delete()


async def test_stale_versions_are_refused(world: World, credit_ids: dict[str, int]) -> None:
    scope = world.scope("US01")
    draft = await refunds.create_draft(
        world.actor, scope, draft_input(world), lines(ADV_1="5.00")(credit_ids)
    )
    await refunds.update_draft(world.actor, scope, draft.id, 1, refunds.RefundChanges(memo="a"))
    for attempt in (
        lambda: refunds.set_allocations(world.actor, scope, draft.id, 1, []),
        lambda: refunds.update_draft(
            world.actor, scope, draft.id, 1, refunds.RefundChanges(memo="b")
        ),
        lambda: refunds.delete_draft(world.actor, scope, draft.id, 1),
        lambda: refunds.post(world.actor, scope, draft.id, expected_version=1),
        lambda: refunds.post(world.actor, scope, draft.id, expected_version=3),
    ):
        assert await refused(attempt) == [(ErrorCode.STALE_VERSION, "version")]


async def test_each_operation_needs_its_permission(
    world: World, credit_ids: dict[str, int]
) -> None:
    scope = world.scope("US01")
    draft = await refunds.create_draft(
        world.actor, scope, draft_input(world), lines(ADV_1="5.00")(credit_ids)
    )
    clerk_without_post = principal(
        Permission.REFUNDS_EDIT, Permission.REFUNDS_VIEW, user_id=world.actor.user_id
    )
    viewer = principal(
        Permission.REFUNDS_VIEW, Permission.REFUNDS_LIST, user_id=world.actor.user_id
    )
    denied = [(ErrorCode.PERMISSION_DENIED, None)]
    assert await refused(lambda: refunds.post(clerk_without_post, scope, draft.id)) == denied
    assert (
        await refused(lambda: refunds.record(clerk_without_post, scope, draft_input(world), []))
        == denied
    )
    assert await refused(lambda: refunds.create_draft(viewer, scope, draft_input(world))) == denied
    posted = await refunds.post(world.actor, scope, draft.id)
    assert (
        await refused(
            lambda: refunds.void(clerk_without_post, scope, posted.id, void_date=PAID, reason="x")
        )
        == denied
    )


async def test_a_credit_used_meanwhile_stops_the_post_and_no_number_is_consumed(
    world: World, credit_ids: dict[str, int]
) -> None:
    scope = world.scope("US01")
    draft = await refunds.create_draft(
        world.actor, scope, draft_input(world), lines(ADV_1="80.00")(credit_ids)
    )
    rival = await refunds.create_draft(
        world.actor, scope, draft_input(world), lines(ADV_1="20.00")(credit_ids)
    )
    await refunds.post(world.actor, scope, rival.id)
    # Meanwhile 30.00 of the credit is applied to a new invoice (as an AR clerk might).
    new_invoice = await invoice(world, "C-US", "INV-2", "30.00")
    await CreditApplication.create(
        credit_id=credit_ids["ADV-1"], invoice_id=new_invoice, applied_on=PAID, amount_minor=3000
    )
    await ArCredit.filter(id=credit_ids["ADV-1"]).update(open_minor=5000)
    await Invoice.filter(id=new_invoice).update(balance_due_minor=0)
    assert await refused(lambda: refunds.post(world.actor, scope, draft.id)) == [
        (ErrorCode.AMOUNT_EXCEEDS_AVAILABLE, "allocations.0.amount")
    ]
    await refunds.delete_draft(world.actor, scope, draft.id, 1)


async def test_idempotent_create_and_post(world: World, credit_ids: dict[str, int]) -> None:
    scope = world.scope("US01")
    allocations = lines(ADV_1="10.00")(credit_ids)
    first = await refunds.create_draft(
        world.actor, scope, draft_input(world), allocations, idempotency_key="create-1"
    )
    before = await books()
    again = await refunds.create_draft(
        world.actor, scope, draft_input(world), allocations, idempotency_key="create-1"
    )
    assert again.id == first.id
    assert await books() == before
    assert await refused(
        lambda: refunds.create_draft(
            world.actor,
            scope,
            draft_input(world, memo="other"),
            allocations,
            idempotency_key="create-1",
        )
    ) == [(ErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey")]

    posted = await refunds.post(world.actor, scope, first.id, idempotency_key="post-1")
    before = await books()
    retried = await refunds.post(world.actor, scope, first.id, idempotency_key="post-1")
    assert (retried.id, retried.number) == (posted.id, posted.number)
    assert await books() == before


async def test_failed_request_leaves_its_key_free_for_a_corrected_retry(
    world: World, credit_ids: dict[str, int]
) -> None:
    scope = world.scope("US01")
    empty = await refunds.create_draft(world.actor, scope, draft_input(world))
    assert await refused(
        lambda: refunds.post(world.actor, scope, empty.id, idempotency_key="k")
    ) == [(ErrorCode.EMPTY_REFUND, "allocations")]
    await refunds.set_allocations(world.actor, scope, empty.id, 1, lines(ADV_1="1.00")(credit_ids))
    posted = await refunds.post(world.actor, scope, empty.id, idempotency_key="k")
    assert posted.state == RefundState.POSTED


async def test_the_same_post_sent_ten_times_at_once_posts_once(
    world: World, credit_ids: dict[str, int]
) -> None:
    scope = world.scope("US01")
    draft = await refunds.create_draft(
        world.actor, scope, draft_input(world), lines(ADV_1="25.00")(credit_ids)
    )
    results = await asyncio.gather(
        *(refunds.post(world.actor, scope, draft.id, idempotency_key="retry-me") for _ in range(10))
    )
    assert {(r.id, r.number, r.state) for r in results} == {
        (draft.id, "RFUS-000001", RefundState.POSTED)
    }
    assert await JournalEntry.filter(source_type="refund").count() == 1
    assert (await ArCredit.get(id=credit_ids["ADV-1"])).open_minor == 7500
    assert (await DocumentSequence.get(prefix="RFUS-")).next_number == 2


async def test_integrity_check_finds_a_broken_credit(
    world: World, credit_ids: dict[str, int]
) -> None:
    await refunds.record(
        world.actor, world.scope("US01"), draft_input(world), lines(ADV_1="10.00")(credit_ids)
    )
    assert await integrity.find_problems() == []
    await ArCredit.filter(id=credit_ids["ADV-1"]).update(open_minor=9500)
    problems = await integrity.find_problems()
    assert any("ADV-1" in p and "9500" in p for p in problems), problems
    assert any("AR subledger" in p for p in problems), problems
    await ArCredit.filter(id=credit_ids["ADV-1"]).update(open_minor=9000)


async def test_every_refund_operation_fails_while_refunds_are_disabled(
    world: World, credit_ids: dict[str, int]
) -> None:
    scope = world.scope("US01")
    draft = await refunds.create_draft(
        world.actor, scope, draft_input(world), lines(ADV_1="5.00")(credit_ids)
    )
    posted = await refunds.record(
        world.actor, scope, draft_input(world), lines(ADV_1="1.00")(credit_ids)
    )
    await configuration.update_configuration(
        world.actor, scope, configuration.ArConfigurationInput(refunds_enabled=False)
    )
    disabled = [(ErrorCode.REFUNDS_DISABLED, None)]
    for attempt in (
        lambda: refunds.create_draft(world.actor, scope, draft_input(world)),
        lambda: refunds.record(
            world.actor, scope, draft_input(world), lines(ADV_1="1.00")(credit_ids)
        ),
        lambda: refunds.set_allocations(world.actor, scope, draft.id, 1, []),
        lambda: refunds.update_draft(
            world.actor, scope, draft.id, 1, refunds.RefundChanges(memo="x")
        ),
        lambda: refunds.delete_draft(world.actor, scope, draft.id, 1),
        lambda: refunds.post(world.actor, scope, draft.id),
        lambda: refunds.void(world.actor, scope, posted.id, void_date=PAID, reason="x"),
    ):
        assert await refused(attempt) == disabled
    # What was recorded can still be read.
    assert set(await refunds.get_refunds(world.actor, scope, [draft.id, posted.id])) == {
        draft.id,
        posted.id,
    }


async def test_posting_rechecks_the_customer_and_the_bank_account(
    world: World, credit_ids: dict[str, int]
) -> None:
    scope = world.scope("US01")
    draft = await refunds.create_draft(
        world.actor, scope, draft_input(world), lines(ADV_1="5.00")(credit_ids)
    )
    await Customer.filter(id=world.customers["C-US"].id).update(status=CustomerStatus.INACTIVE)
    assert await refused(lambda: refunds.post(world.actor, scope, draft.id)) == [
        (ErrorCode.CUSTOMER_INACTIVE, "customerId")
    ]
    await Customer.filter(id=world.customers["C-US"].id).update(status=CustomerStatus.ACTIVE)
    await BankAccount.filter(id=world.banks["US-OPER"].id).update(is_active=False)
    assert await refused(lambda: refunds.post(world.actor, scope, draft.id)) == [
        (ErrorCode.BANK_ACCOUNT_NOT_FOUND, "bankAccountId")
    ]
    await BankAccount.filter(id=world.banks["US-OPER"].id).update(is_active=True)
    assert (await refunds.post(world.actor, scope, draft.id)).state == RefundState.POSTED


async def test_prefixes_cannot_make_two_sequences_write_the_same_number(
    world: World, credit_ids: dict[str, int]
) -> None:
    """With prefix R (padding 6) and R0 (padding 5) both would write R000001."""
    await enable_refunds(world, "US01", prefix="R")

    def configure_eu(prefix: str) -> Callable[[], Awaitable[Any]]:
        return partial(
            configuration.update_configuration,
            world.actor,
            world.scope("EU01"),
            configuration.ArConfigurationInput(
                refunds_enabled=True,
                refund_journal_symbol="RFJ",
                refund_sequence=configuration.SequenceInput(
                    prefix=prefix, next_number=1, padding=5
                ),
            ),
        )

    assert await refused(configure_eu("R0")) == [(ErrorCode.INVALID, "refundSequence.prefix")]
    assert await refused(configure_eu("R")) == [
        (ErrorCode.SEQUENCE_PREFIX_TAKEN, "refundSequence.prefix")
    ]


async def test_retrying_the_creation_of_a_deleted_draft_answers_as_the_first_time(
    world: World, credit_ids: dict[str, int]
) -> None:
    # A replay answers what the first request answered (as Stripe does), and creates
    # nothing again; reading the draft afterwards says it is gone.
    scope = world.scope("US01")
    draft = await refunds.create_draft(world.actor, scope, draft_input(world), idempotency_key="k1")
    await refunds.delete_draft(world.actor, scope, draft.id, 1)
    before = await books()
    replayed = await refunds.create_draft(
        world.actor, scope, draft_input(world), idempotency_key="k1"
    )
    assert (replayed.id, replayed.state, replayed.version) == (draft.id, RefundState.DRAFT, 1)
    assert await books() == before
    assert await refunds.get_refunds(world.actor, scope, [draft.id]) == {}
