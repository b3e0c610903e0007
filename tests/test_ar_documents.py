"""AR documents through the domain services: the credits they leave, their journal entries,
the eligibility rule, balances, and bad input refused with nothing written."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

import pytest

from app.services import ar_documents, credits, customers, refunds
from app.services.errors import DomainError, ErrorCode
from app.services.money import Money
from models import (
    ArCredit,
    AuditEvent,
    Invoice,
    InvoiceLine,
    JournalEntry,
    JournalLine,
    ReceivedPayment,
    Refund,
    RefundAllocation,
)
from models.enums import CreditKind, Permission
from tests.factories import (
    D,
    World,
    adjustment,
    advance,
    invoice,
    lines,
    payment,
    principal,
)


async def _lines_of(source_type: str, source_id: int) -> list[JournalLine]:
    entry = await JournalEntry.get(source_type=source_type, source_id=source_id)
    return await JournalLine.filter(entry_id=entry.id).order_by("line_no")


async def _eligible(
    world: World, customer: str, currency: str = "USD", entity: str | None = "US01"
) -> list[tuple[str, str, int, int]]:
    found = await credits.refundable_credits(
        world.actor, world.scope(entity), [world.customers[customer].id], currency
    )
    return [
        (c.kind.value, c.document_number, c.open_minor, c.available_minor)
        for c in found[world.customers[customer].id]
    ]


async def assert_every_entry_balances() -> None:
    for entry in await JournalEntry.all():
        rows = await JournalLine.filter(entry_id=entry.id)
        assert rows, entry.id
        assert sum(r.debit_minor for r in rows) == sum(r.credit_minor for r in rows), entry.id


async def test_invoice_posts_a_balanced_entry_and_leaves_no_credit(world: World) -> None:
    invoice_id = await invoice(world, "C-US", "INV-1", "100.00", "23.45")
    posted = await Invoice.get(id=invoice_id)
    assert (posted.total_minor, posted.balance_due_minor) == (12345, 12345)
    rows = await _lines_of("invoice", invoice_id)
    ar, sales = world.accounts["1200"].id, world.accounts["4000"].id
    assert [(r.gl_account_id, r.debit_minor, r.credit_minor) for r in rows] == [
        (ar, 12345, 0),
        (sales, 0, 10000),
        (sales, 0, 2345),
    ]
    assert rows[0].customer_id == world.customers["C-US"].id
    assert posted.journal_entry_id == rows[0].entry_id
    assert not await ArCredit.exists()
    assert await AuditEvent.filter(action="invoice.posted", object_id=invoice_id).exists()


async def test_inline_credit_is_applied_inside_its_document_and_never_listed(
    world: World,
) -> None:
    invoice_id = await invoice(world, "C-US", "INV-1", "100.00", "-20.00")
    assert (await Invoice.get(id=invoice_id)).balance_due_minor == 8000
    rows = await _lines_of("invoice", invoice_id)
    assert [(r.debit_minor, r.credit_minor) for r in rows] == [(8000, 0), (0, 10000), (2000, 0)]
    assert not await ArCredit.exists()
    assert await _eligible(world, "C-US") == []


async def test_every_kind_of_credit_is_eligible(world: World) -> None:
    invoice_id = await invoice(world, "C-US", "INV-1", "100.00")
    await payment(world, "C-US", "PAY-1", "150.00", applications={invoice_id: "100.00"})
    await adjustment(world, "C-US", "CM-1", "-25.50")
    await advance(world, "C-US", "ADV-1", "40.00")
    await invoice(world, "C-US", "INV-NEG", "-30.00", "-0.01")
    assert sorted(await _eligible(world, "C-US")) == [
        ("adjustment", "CM-1", 2550, 2550),
        ("advance", "ADV-1", 4000, 4000),
        ("negative_invoice", "INV-NEG", 3001, 3001),
        ("overpayment", "PAY-1", 5000, 5000),
    ]
    await assert_every_entry_balances()


async def test_negative_invoice_with_a_positive_line_is_not_eligible(world: World) -> None:
    invoice_id = await invoice(world, "C-US", "INV-MIX", "10.00", "-50.00")
    credit = await ArCredit.get(invoice_id=invoice_id)
    # A negative balance remains on it, and still it is not refundable.
    assert (credit.kind, credit.open_minor, credit.has_positive_line) == (
        CreditKind.NEGATIVE_INVOICE,
        4000,
        True,
    )
    assert await _eligible(world, "C-US") == []
    balance = await customers.balances(
        world.actor, world.scope("US01"), [world.customers["C-US"].id]
    )
    assert balance[world.customers["C-US"].id].total == Money(-4000, "USD")


async def test_credit_memo_with_a_positive_line_is_not_eligible(world: World) -> None:
    await adjustment(world, "C-US", "CM-MIX", "5.00", "-20.00")
    assert await _eligible(world, "C-US") == []


async def test_positive_adjustment_is_owed_not_a_credit(world: World) -> None:
    adjustment_id = await adjustment(world, "C-US", "DM-1", "12.00")
    assert not await ArCredit.exists()
    rows = await _lines_of("ar_adjustment", adjustment_id)
    assert [(r.debit_minor, r.credit_minor) for r in rows] == [(1200, 0), (0, 1200)]


async def test_payment_applies_to_invoices_and_the_rest_is_an_overpayment(
    world: World,
) -> None:
    first = await invoice(world, "C-US", "INV-1", "100.00")
    second = await invoice(world, "C-US", "INV-2", "50.00")
    payment_id = await payment(
        world, "C-US", "PAY-1", "170.00", applications={first: "100.00", second: "20.00"}
    )
    assert (await Invoice.get(id=first)).balance_due_minor == 0
    assert (await Invoice.get(id=second)).balance_due_minor == 3000
    credit = await ArCredit.get(payment_id=payment_id)
    assert (credit.kind, credit.original_minor, credit.open_minor) == (
        CreditKind.OVERPAYMENT,
        5000,
        5000,
    )
    rows = await _lines_of("received_payment", payment_id)
    assert [(r.gl_account_id, r.debit_minor, r.credit_minor) for r in rows] == [
        (world.accounts["1000"].id, 17000, 0),
        (world.accounts["1200"].id, 0, 17000),
    ]
    balance = await customers.balances(
        world.actor, world.scope("US01"), [world.customers["C-US"].id]
    )
    # Owed 30.00 on INV-2, less the 50.00 overpayment.
    assert balance[world.customers["C-US"].id].total == Money(-2000, "USD")


async def test_fully_applied_payment_leaves_no_credit(world: World) -> None:
    invoice_id = await invoice(world, "C-US", "INV-1", "100.00")
    await payment(world, "C-US", "PAY-1", "100.00", applications={invoice_id: "100.00"})
    assert not await ArCredit.exists()


async def test_credits_are_filtered_by_currency(world: World) -> None:
    await advance(world, "C-US", "ADV-USD", "40.00")
    await advance(world, "C-US", "ADV-EUR", "60.00", bank="US-EUR", currency="EUR")
    assert [c[1] for c in await _eligible(world, "C-US", "USD")] == ["ADV-USD"]
    assert [c[1] for c in await _eligible(world, "C-US", "EUR")] == ["ADV-EUR"]
    assert await _eligible(world, "C-US", "JPY") == []


async def test_used_up_credits_are_gone_and_partly_used_show_what_is_left(
    world: World, refunds_enabled: None
) -> None:
    used = await advance(world, "C-US", "ADV-1", "40.00")
    partly = await advance(world, "C-US", "ADV-2", "10.00")
    # Refunds use them up: all of ADV-1, 7.50 of ADV-2.
    credit_ids = {c.advance_id: c.id for c in await ArCredit.all()}
    await refunds.record(
        world.actor,
        world.scope("US01"),
        refunds.RefundInput(
            customer_id=world.customers["C-US"].id,
            bank_account_id=world.banks["US-OPER"].id,
            currency="USD",
            payment_date=D,
        ),
        [
            refunds.AllocationInput(credit_ids[used], "40.00"),
            refunds.AllocationInput(credit_ids[partly], "7.50"),
        ],
    )
    assert await _eligible(world, "C-US") == [("advance", "ADV-2", 250, 250)]


async def test_drafts_hold_part_of_a_credit(world: World) -> None:
    advance_id = await advance(world, "C-US", "ADV-1", "40.00")
    credit = await ArCredit.get(advance_id=advance_id)
    draft = await Refund.create(
        customer=world.customers["C-US"],
        entity=world.us,
        bank_account=world.banks["US-OPER"],
        currency="USD",
        payment_date=D,
        total_minor=1500,
        created_by_id=world.actor.user_id,
    )
    await RefundAllocation.create(refund=draft, credit=credit, amount_minor=1500)
    assert await _eligible(world, "C-US") == [("advance", "ADV-1", 4000, 2500)]
    # The draft being edited does not hold against itself.
    found = await credits.refundable_credits(
        world.actor,
        world.scope("US01"),
        [world.customers["C-US"].id],
        "USD",
        excluding_refund_id=draft.id,
    )
    assert found[world.customers["C-US"].id][0].available_minor == 4000
    assert (await credits.held_by_drafts([credit.id])) == {credit.id: 1500}


async def test_credits_and_documents_stay_in_their_entity(world: World) -> None:
    await advance(world, "C-SHARED", "ADV-US", "10.00", entity="US01")
    await advance(
        world, "C-SHARED", "ADV-EU", "20.00", bank="EU-OPER", currency="EUR", entity="EU01"
    )
    assert [c[1] for c in await _eligible(world, "C-SHARED", "USD", "US01")] == ["ADV-US"]
    assert await _eligible(world, "C-SHARED", "EUR", "US01") == []
    assert [c[1] for c in await _eligible(world, "C-SHARED", "EUR", "EU01")] == ["ADV-EU"]
    assert [c[1] for c in await _eligible(world, "C-SHARED", "EUR", None)] == ["ADV-EU"]


async def test_top_level_document_of_an_entity_customer_lands_in_its_entity(
    world: World,
) -> None:
    invoice_id = await invoice(world, "C-EU", "INV-EU", "10.00", currency="EUR", entity=None)
    assert (await Invoice.get(id=invoice_id)).entity_id == world.eu.id


async def test_balance_is_null_at_top_level_with_several_base_currencies(world: World) -> None:
    await invoice(world, "C-US", "INV-1", "100.00")
    await advance(world, "C-US", "ADV-EUR", "60.00", bank="US-EUR", currency="EUR")
    customer_id = world.customers["C-US"].id
    top = (await customers.balances(world.actor, world.scope(None), [customer_id]))[customer_id]
    assert top.total is None
    assert top.unavailable == customers.BalanceUnavailable.MULTIPLE_BASE_CURRENCIES
    assert "EUR, USD" in (top.reason or "")
    assert top.by_currency == [Money(-6000, "EUR"), Money(10000, "USD")]
    inside = await customers.balances(world.actor, world.scope("US01"), [customer_id])
    assert inside[customer_id].total == Money(10000, "USD")


async def test_balance_at_top_level_when_every_entity_shares_a_base_currency(
    world: World,
) -> None:
    world.eu.base_currency = "USD"
    await world.eu.save()
    await invoice(world, "C-US", "INV-1", "100.00")
    customer_id = world.customers["C-US"].id
    top = (await customers.balances(world.actor, world.scope(None), [customer_id]))[customer_id]
    assert (top.total, top.unavailable) == (Money(10000, "USD"), None)


# --- Bad input: refused with a stable code, the field, and nothing written. ---


async def _counts() -> tuple[int, ...]:
    return (
        await Invoice.all().count(),
        await ReceivedPayment.all().count(),
        await JournalEntry.all().count(),
        await JournalLine.all().count(),
        await ArCredit.all().count(),
        await AuditEvent.all().count(),
    )


async def _refused(work: Callable[[], Awaitable[Any]]) -> list[tuple[ErrorCode, str | None]]:
    before = await _counts()
    with pytest.raises(DomainError) as refused:
        await work()
    assert await _counts() == before
    return [(e.code, e.field) for e in refused.value.errors]


def _invoice(world: World, **changes: Any) -> ar_documents.InvoiceInput:
    values: dict[str, Any] = {
        "customer_id": world.customers["C-US"].id,
        "number": "INV-X",
        "document_date": D,
        "currency": "USD",
        "lines": lines("10.00"),
    }
    return ar_documents.InvoiceInput(**{**values, **changes})


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"customer_id": 999_999}, [(ErrorCode.CUSTOMER_NOT_FOUND, "customerId")]),
        ({"lines": lines("10.001")}, [(ErrorCode.TOO_MANY_DECIMALS, "lines.0.amount")]),
        ({"lines": lines("NaN")}, [(ErrorCode.INVALID_AMOUNT, "lines.0.amount")]),
        ({"lines": lines("Infinity")}, [(ErrorCode.INVALID_AMOUNT, "lines.0.amount")]),
        ({"lines": lines("0.00")}, [(ErrorCode.ZERO_AMOUNT, "lines.0.amount")]),
        ({"lines": lines("5.00", "-5.00")}, [(ErrorCode.ZERO_AMOUNT, "lines")]),
        ({"lines": []}, [(ErrorCode.EMPTY_DOCUMENT, "lines")]),
        (
            {"lines": lines("1.00", account="9999")},
            [(ErrorCode.GL_ACCOUNT_NOT_FOUND, "lines.0.glAccountNumber")],
        ),
        (
            {"lines": lines("1.00", account="9" * 21)},
            [(ErrorCode.GL_ACCOUNT_NOT_FOUND, "lines.0.glAccountNumber")],
        ),
        ({"currency": "XXX"}, [(ErrorCode.UNKNOWN_CURRENCY, "currency")]),
        ({"number": " "}, [(ErrorCode.INVALID, "number")]),
        ({"number": "N" * 41}, [(ErrorCode.INVALID, "number")]),
        ({"memo": "m" * 1001}, [(ErrorCode.INVALID, "memo")]),
        (
            {"lines": [ar_documents.LineInput("10.00", "4000", "d" * 256)]},
            [(ErrorCode.INVALID, "lines.0.description")],
        ),
    ],
)
async def test_bad_invoices_are_refused_with_their_codes(
    world: World, changes: dict[str, Any], expected: list[tuple[ErrorCode, str]]
) -> None:
    data = _invoice(world, **changes)
    assert (
        await _refused(lambda: ar_documents.post_invoice(world.actor, world.scope("US01"), data))
        == expected
    )


async def test_texts_as_long_as_their_columns_are_kept_whole(world: World) -> None:
    data = _invoice(
        world,
        number="N" * 40,
        memo="m" * 1000,
        lines=[ar_documents.LineInput("10.00", "4000", "d" * 255)],
    )
    posted = await ar_documents.post_invoice(world.actor, world.scope("US01"), data)
    stored = await Invoice.get(id=posted.id)
    line = await InvoiceLine.get(invoice_id=posted.id)
    assert (len(stored.number), len(stored.memo), len(line.description)) == (40, 1000, 255)


async def test_every_problem_is_reported_at_once(world: World) -> None:
    data = _invoice(world, customer_id=999_999, lines=lines("1.001", "NaN"))
    assert await _refused(
        lambda: ar_documents.post_invoice(world.actor, world.scope("US01"), data)
    ) == [
        (ErrorCode.CUSTOMER_NOT_FOUND, "customerId"),
        (ErrorCode.TOO_MANY_DECIMALS, "lines.0.amount"),
        (ErrorCode.INVALID_AMOUNT, "lines.1.amount"),
    ]


async def test_inactive_customer_and_other_entity_customer_are_refused(world: World) -> None:
    for customer, code in (
        ("C-OFF", ErrorCode.CUSTOMER_INACTIVE),
        ("C-EU", ErrorCode.CUSTOMER_NOT_FOUND),
    ):
        data = _invoice(world, customer_id=world.customers[customer].id)
        assert await _refused(
            partial(ar_documents.post_invoice, world.actor, world.scope("US01"), data)
        ) == [(code, "customerId")]


async def test_duplicate_number_is_refused_within_the_entity(world: World) -> None:
    await invoice(world, "C-US", "INV-X", "10.00")
    data = _invoice(world)
    assert await _refused(
        lambda: ar_documents.post_invoice(world.actor, world.scope("US01"), data)
    ) == [(ErrorCode.DUPLICATE_NUMBER, "number")]
    # The same number is free in another entity.
    await invoice(world, "C-EU", "INV-X", "10.00", currency="EUR", entity="EU01")


def _receipt(world: World, **changes: Any) -> ar_documents.ReceiptInput:
    values: dict[str, Any] = {
        "customer_id": world.customers["C-US"].id,
        "number": "PAY-X",
        "document_date": D,
        "currency": "USD",
        "amount": "10.00",
        "bank_account_id": world.banks["US-OPER"].id,
    }
    return ar_documents.ReceiptInput(**{**values, **changes})


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"amount": "-5.00"}, [(ErrorCode.AMOUNT_NOT_POSITIVE, "amount")]),
        ({"amount": "0"}, [(ErrorCode.AMOUNT_NOT_POSITIVE, "amount")]),
        ({"amount": "1e2"}, [(ErrorCode.INVALID_AMOUNT, "amount")]),
        ({"currency": "EUR"}, [(ErrorCode.CURRENCY_MISMATCH, "bankAccountId")]),
        ({"bank_account_id": 999_999}, [(ErrorCode.BANK_ACCOUNT_NOT_FOUND, "bankAccountId")]),
        ({"reference": "R" * 101}, [(ErrorCode.INVALID, "reference")]),
        ({"memo": "m" * 1001}, [(ErrorCode.INVALID, "memo")]),
    ],
)
async def test_bad_payments_are_refused_with_their_codes(
    world: World, changes: dict[str, Any], expected: list[tuple[ErrorCode, str]]
) -> None:
    data = _receipt(world, **changes)
    assert (
        await _refused(
            lambda: ar_documents.record_received_payment(world.actor, world.scope("US01"), data)
        )
        == expected
    )


async def test_bank_account_of_another_entity_is_refused(world: World) -> None:
    data = _receipt(world, currency="EUR", bank_account_id=world.banks["EU-OPER"].id)
    assert await _refused(
        lambda: ar_documents.record_advance(world.actor, world.scope("US01"), data)
    ) == [(ErrorCode.BANK_ACCOUNT_NOT_FOUND, "bankAccountId")]


async def test_applications_cannot_exceed_the_invoice_or_the_payment(world: World) -> None:
    invoice_id = await invoice(world, "C-US", "INV-1", "100.00")
    eu_invoice = await invoice(world, "C-EU", "INV-EU", "5.00", currency="EUR", entity="EU01")
    cases = [
        (
            {invoice_id: "100.01"},
            "10.00",
            [(ErrorCode.APPLICATION_EXCEEDS_BALANCE, "applications.0.amount")],
        ),
        ({invoice_id: "50.00"}, "10.00", [(ErrorCode.APPLICATIONS_EXCEED_PAYMENT, "applications")]),
        (
            {eu_invoice: "1.00"},
            "10.00",
            [(ErrorCode.INVOICE_NOT_FOUND, "applications.0.invoiceId")],
        ),
    ]
    for applications, amount, expected in cases:
        data = _receipt(
            world,
            amount=amount,
            applications=[
                ar_documents.ApplicationInput(invoice_id=i, amount=a)
                for i, a in applications.items()
            ],
        )
        assert (
            await _refused(
                partial(
                    ar_documents.record_received_payment, world.actor, world.scope("US01"), data
                )
            )
            == expected
        )
    assert (await Invoice.get(id=invoice_id)).balance_due_minor == 10000


async def test_ar_documents_need_the_permission(world: World) -> None:
    reader = principal(Permission.REFUNDS_LIST, user_id=world.actor.user_id)
    data = _invoice(world)
    assert await _refused(lambda: ar_documents.post_invoice(reader, world.scope("US01"), data)) == [
        (ErrorCode.PERMISSION_DENIED, None)
    ]


async def test_unconfigured_ar_is_refused(world: World) -> None:
    from models import ArConfiguration  # noqa: PLC0415

    await ArConfiguration.all().delete()
    data = _invoice(world)
    assert await _refused(
        lambda: ar_documents.post_invoice(world.actor, world.scope("US01"), data)
    ) == [(ErrorCode.AR_NOT_CONFIGURED, None)]
