"""Applying a credit to an invoice, the everyday alternative to refunding it: each rule, and
on every refusal nothing changed (credits, invoices, applications, the audit trail)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

import pytest

from app.services import credit_applications, refunds
from app.services.errors import DomainError, ErrorCode
from app.services.reports import sales
from models import ArCredit, AuditEvent, CreditApplication, Invoice
from models.enums import Permission
from tests.conftest import GraphQLClient, token_for
from tests.factories import D, World, advance, count_queries, gid, invoice, principal

ON = date(2026, 3, 5)


async def _books() -> dict[str, list[Any]]:
    return {
        "credits": await ArCredit.all().order_by("id").values("id", "open_minor"),
        "invoices": await Invoice.all().order_by("id").values("id", "balance_due_minor"),
        "applications": await CreditApplication.all().order_by("id").values(),
        "audit": await AuditEvent.all().order_by("id").values("id"),
    }


async def _refused(work: Callable[[], Awaitable[object]]) -> list[tuple[ErrorCode, str | None]]:
    before = await _books()
    with pytest.raises(DomainError) as refusal:
        await work()
    assert await _books() == before
    return [(e.code, e.field) for e in refusal.value.errors]


@pytest.fixture
async def documents(world: World, refunds_enabled: None) -> dict[str, int]:
    """INV-1 (100.00) and a 60.00 advance of C-US in US01; more for the other cases."""
    found = {
        "INV-1": await invoice(world, "C-US", "INV-1", "100.00"),
        "INV-EUR": await invoice(world, "C-US", "INV-EUR", "10.00", currency="EUR"),
        "INV-SHARED": await invoice(world, "C-SHARED", "INV-S", "10.00"),
        "INV-TOP": await invoice(world, "C-SHARED", "INV-T", "10.00", entity=None),
    }
    await advance(world, "C-US", "ADV-1", "60.00")
    found["ADV-1"] = (await ArCredit.get(document_number="ADV-1")).id
    return found


def _apply(world: World, credit: int, target: int, amount: str, **changes: Any) -> Any:
    data = credit_applications.ApplicationInput(credit, target, amount, changes.pop("on", ON))
    return lambda: credit_applications.apply_credit(
        changes.pop("actor", world.actor), world.scope(changes.pop("entity", "US01")), data
    )


async def test_applying_moves_the_amount_from_the_credit_to_the_invoice(
    world: World, documents: dict[str, int]
) -> None:
    application = await _apply(world, documents["ADV-1"], documents["INV-1"], "45.50")()
    assert (await ArCredit.get(id=documents["ADV-1"])).open_minor == 1450
    assert (await Invoice.get(id=documents["INV-1"])).balance_due_minor == 5450
    assert (application.amount_minor, application.applied_on) == (4550, ON)
    analysis = await sales.invoice_analysis(
        world.actor, world.scope("US01"), date_from=D, date_to=date(2026, 12, 31)
    )
    figures = {f.invoice_id: f for f in analysis.invoices}[documents["INV-1"]]
    assert (figures.credited_minor, figures.balance_minor) == (4550, 5450)
    # Undone: both amounts come back, and the application is gone.
    await credit_applications.unapply_credit(world.actor, world.scope("US01"), application.id)
    assert (await ArCredit.get(id=documents["ADV-1"])).open_minor == 6000
    assert (await Invoice.get(id=documents["INV-1"])).balance_due_minor == 10000
    assert await _refused(
        lambda: credit_applications.unapply_credit(world.actor, world.scope("US01"), application.id)
    ) == [(ErrorCode.APPLICATION_NOT_FOUND, "id")]


async def test_an_application_takes_at_most_what_is_available_and_still_owed(
    world: World, documents: dict[str, int]
) -> None:
    credit, target = documents["ADV-1"], documents["INV-1"]
    # A draft refund holds 20.00 of the 60.00: 40.00 are available.
    await refunds.create_draft(
        world.actor,
        world.scope("US01"),
        refunds.RefundInput(
            customer_id=world.customers["C-US"].id,
            bank_account_id=world.banks["US-OPER"].id,
            currency="USD",
            payment_date=ON,
        ),
        [refunds.AllocationInput(credit, "20.00")],
    )
    assert await _refused(_apply(world, credit, target, "40.01")) == [
        (ErrorCode.AMOUNT_EXCEEDS_AVAILABLE, "amount")
    ]
    await _apply(world, credit, target, "40.00")()
    # INV-1 owes 60.00 now; a second credit of 80.00 may pay no more than that.
    await advance(world, "C-US", "ADV-2", "80.00")
    second = (await ArCredit.get(document_number="ADV-2")).id
    assert await _refused(_apply(world, second, target, "60.01")) == [
        (ErrorCode.APPLICATION_EXCEEDS_BALANCE, "amount")
    ]
    await _apply(world, second, target, "60.00")()
    assert (await Invoice.get(id=target)).balance_due_minor == 0


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ({"amount": "0.00"}, [(ErrorCode.AMOUNT_NOT_POSITIVE, "amount")]),
        ({"amount": "-5.00"}, [(ErrorCode.AMOUNT_NOT_POSITIVE, "amount")]),
        ({"amount": "1.005"}, [(ErrorCode.TOO_MANY_DECIMALS, "amount")]),
        ({"amount": "1e3"}, [(ErrorCode.INVALID_AMOUNT, "amount")]),
        ({"on": date(2026, 3, 1)}, [(ErrorCode.INVALID, "appliedOn")]),
        ({"invoice": "INV-EUR"}, [(ErrorCode.CURRENCY_MISMATCH, "invoiceId")]),
        ({"invoice": "INV-SHARED"}, [(ErrorCode.CUSTOMER_MISMATCH, "invoiceId")]),
        ({"invoice": 999_999}, [(ErrorCode.INVOICE_NOT_FOUND, "invoiceId")]),
        ({"credit": 999_999}, [(ErrorCode.CREDIT_NOT_FOUND, "creditId")]),
        (
            {"entity": "EU01"},
            [
                (ErrorCode.CREDIT_NOT_FOUND, "creditId"),
                (ErrorCode.INVOICE_NOT_FOUND, "invoiceId"),
            ],
        ),
        ({"actor": "clerk without AR documents"}, [(ErrorCode.PERMISSION_DENIED, None)]),
    ],
)
async def test_bad_applications_are_refused_and_change_nothing(
    world: World,
    documents: dict[str, int],
    case: dict[str, Any],
    expected: list[tuple[ErrorCode, str | None]],
) -> None:
    credit = case.pop("credit", documents["ADV-1"])
    target = case.pop("invoice", "INV-1")
    target_id = documents[target] if isinstance(target, str) else target
    if "actor" in case:  # may record refunds, not AR documents
        case["actor"] = principal(Permission.REFUNDS_EDIT, user_id=world.actor.user_id)
    amount = case.pop("amount", "10.00")
    assert await _refused(_apply(world, credit, target_id, amount, **case)) == expected


async def test_a_credit_and_an_invoice_of_different_entities_do_not_meet(
    world: World, documents: dict[str, int]
) -> None:
    await advance(world, "C-SHARED", "ADV-S", "30.00")
    shared_credit = (await ArCredit.get(document_number="ADV-S")).id
    assert await _refused(
        _apply(world, shared_credit, documents["INV-TOP"], "5.00", entity=None)
    ) == [(ErrorCode.INVALID, "invoiceId")]


async def test_a_retried_application_with_its_key_applies_once(
    world: World, documents: dict[str, int]
) -> None:
    data = credit_applications.ApplicationInput(documents["ADV-1"], documents["INV-1"], "10.00", ON)
    scope = world.scope("US01")
    first = await credit_applications.apply_credit(world.actor, scope, data, idempotency_key="k1")
    again = await credit_applications.apply_credit(world.actor, scope, data, idempotency_key="k1")
    assert first.id == again.id
    assert await CreditApplication.all().count() == 1
    other = credit_applications.ApplicationInput(
        documents["ADV-1"], documents["INV-1"], "11.00", ON
    )
    assert await _refused(
        lambda: credit_applications.apply_credit(world.actor, scope, other, idempotency_key="k1")
    ) == [(ErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey")]


APPLY = """mutation($input: CreditApplicationInput!) { applyCredit(input: $input) {
  application { id amount { amount currency } appliedOn credit { documentNumber } }
  errors { code field } } }"""


async def test_apply_and_unapply_over_graphql(
    gql: GraphQLClient, world: World, documents: dict[str, int], clerk: str
) -> None:
    variables = {
        "input": {
            "creditId": gid("Credit", documents["ADV-1"]),
            "invoiceId": gid("Invoice", documents["INV-1"]),
            "amount": "12.34",
            "appliedOn": "2026-03-05",
        }
    }
    payload = (await gql.data(APPLY, variables, token=clerk, entity="US01"))["applyCredit"]
    assert payload["errors"] == []
    application = payload["application"]
    assert application["amount"] == {"amount": "12.34", "currency": "USD"}
    shown = await gql.data(
        """query($id: ID!) { node(id: $id) { ... on Invoice { balanceDue { amount }
             creditApplications { id amount { amount } credit { documentNumber } } } } }""",
        {"id": gid("Invoice", documents["INV-1"])},
        token=clerk,
        entity="US01",
    )
    assert shown["node"]["balanceDue"] == {"amount": "87.66"}
    assert [a["id"] for a in shown["node"]["creditApplications"]] == [application["id"]]
    wrong = {"input": {**variables["input"], "invoiceId": gid("Credit", 1)}}
    refused = (await gql.data(APPLY, wrong, token=clerk, entity="US01"))["applyCredit"]
    assert refused["errors"] == [{"code": "INVALID_ID", "field": "invoiceId"}]
    undone = await gql.data(
        """mutation($id: ID!) { unapplyCredit(id: $id) { unappliedId errors { code } } }""",
        {"id": application["id"]},
        token=clerk,
        entity="US01",
    )
    assert undone["unapplyCredit"] == {"unappliedId": application["id"], "errors": []}
    assert (await Invoice.get(id=documents["INV-1"])).balance_due_minor == 10000


async def test_listing_applications_costs_the_same_for_1_and_many(
    gql: GraphQLClient, world: World, refunds_enabled: None
) -> None:
    token = await token_for("boss", roles=("admin",))
    query = """query($id: ID!) { customer(id: $id) { eligibleCredits {
        applications { amount { amount } invoice { number customer { code } } } } } }"""
    counts, made = [], 0
    for many in (1, 12):
        while made < many:  # credits, each applied to an invoice of its own
            target = await invoice(world, "C-US", f"I-{made}", "5.00")
            await advance(world, "C-US", f"A-{made}", "5.00")
            credit = (await ArCredit.get(document_number=f"A-{made}")).id
            await _apply(world, credit, target, "2.00")()
            made += 1
        with count_queries() as counter:
            data = await gql.data(
                query,
                {"id": gid("Customer", world.customers["C-US"].id)},
                token=token,
                entity="US01",
            )
        applied = [c for c in data["customer"]["eligibleCredits"] if c["applications"]]
        assert len(applied) == many
        counts.append(counter.count)
    assert counts[0] == counts[1]
