"""Refusals a client can meet have one code per situation and say no more than the caller
may know; a change that changes nothing writes nothing."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date

import pytest

from app.services import credit_applications, refunds
from app.services.errors import DomainError, ErrorCode
from models import ArCredit, AuditEvent, Refund
from tests.conftest import GraphQLClient, token_for
from tests.factories import D, World, advance, gid, invoice


def _header(world: World) -> refunds.RefundInput:
    return refunds.RefundInput(
        customer_id=world.customers["C-US"].id,
        bank_account_id=world.banks["US-OPER"].id,
        currency="USD",
        payment_date=D,
    )


@pytest.fixture
async def credit(world: World, refunds_enabled: None) -> ArCredit:
    await advance(world, "C-US", "ADV-1", "50.00")
    return await ArCredit.get(document_number="ADV-1")


async def test_a_used_up_credit_and_an_overdrawn_one_get_the_same_code(
    world: World, credit: ArCredit
) -> None:
    scope = world.scope("US01")
    await refunds.record(
        world.actor, scope, _header(world), [refunds.AllocationInput(credit.id, "50.00")]
    )
    for amount in ("0.01", "50.00"):
        with pytest.raises(DomainError) as refused:
            await refunds.create_draft(
                world.actor, scope, _header(world), [refunds.AllocationInput(credit.id, amount)]
            )
        assert [(e.code, e.field) for e in refused.value.errors] == [
            (ErrorCode.AMOUNT_EXCEEDS_AVAILABLE, "allocations.0.amount")
        ]


async def test_stale_version_does_not_tell_the_current_version(
    world: World, credit: ArCredit
) -> None:
    scope = world.scope("US01")
    draft = await refunds.create_draft(world.actor, scope, _header(world))
    await refunds.update_draft(
        world.actor, scope, draft.id, 1, refunds.RefundChanges(reference="A")
    )
    with pytest.raises(DomainError) as refused:
        await refunds.update_draft(
            world.actor, scope, draft.id, 1, refunds.RefundChanges(reference="B")
        )
    assert refused.value.code == ErrorCode.STALE_VERSION
    assert "2" not in refused.value.message


async def test_an_update_that_changes_nothing_writes_nothing(
    world: World, credit: ArCredit
) -> None:
    scope = world.scope("US01")
    draft = await refunds.create_draft(
        world.actor, scope, _header(world), [refunds.AllocationInput(credit.id, "5.00")]
    )
    events = await AuditEvent.all().count()
    no_ops: list[Callable[[], Awaitable[Refund]]] = [
        lambda: refunds.update_draft(world.actor, scope, draft.id, 1, refunds.RefundChanges()),
        lambda: refunds.update_draft(
            world.actor, scope, draft.id, 1, refunds.RefundChanges(reference=" ", memo="")
        ),
        lambda: refunds.set_allocations(
            world.actor, scope, draft.id, 1, [refunds.AllocationInput(credit.id, "5.0")]
        ),
    ]
    for change in no_ops:
        unchanged = await change()
        assert unchanged.version == 1
    assert (await Refund.get(id=draft.id)).version == 1
    assert await AuditEvent.all().count() == events
    changed = await refunds.update_draft(
        world.actor, scope, draft.id, 1, refunds.RefundChanges(reference="WIRE-1")
    )
    assert changed.version == 2


async def test_a_credit_no_refund_may_take_shows_nothing_available(
    gql: GraphQLClient, world: World, refunds_enabled: None
) -> None:
    # A negative invoice with a positive line: its credit is inline, never refunded.
    await invoice(world, "C-US", "INV-NEG", "50.00", "-200.00")
    inline = await ArCredit.get(document_number="INV-NEG")
    token = await token_for("boss", roles=("admin",))
    shown = await gql.data(
        """query($id: ID!) { node(id: $id) { ... on Credit { refundable openAmount { amount }
             available { amount } } } }""",
        {"id": gid("Credit", inline.id)},
        token=token,
        entity="US01",
    )
    assert shown["node"] == {
        "refundable": False,
        "openAmount": {"amount": "150.00"},
        "available": {"amount": "0.00"},
    }
    # Applying it to an invoice of the customer is still its everyday use.
    target = await invoice(world, "C-US", "INV-1", "80.00")
    applied = await credit_applications.apply_credit(
        world.actor,
        world.scope("US01"),
        credit_applications.ApplicationInput(inline.id, target, "80.00", date(2026, 3, 3)),
    )
    assert applied.amount_minor == 8000


async def test_bank_items_are_uncleared_when_no_date_is_sent(
    gql: GraphQLClient, world: World, credit: ArCredit
) -> None:
    token = await token_for("boss", roles=("admin",))
    data = await gql.data(
        """mutation($id: ID!) { setBankItemsCleared(items: [{kind: ADVANCE, id: $id}]) {
             changed errors { code } } }""",
        {"id": gid("Advance", credit.advance_id or 0)},
        token=token,
        entity="US01",
    )
    assert data["setBankItemsCleared"] == {"changed": 1, "errors": []}


@pytest.mark.parametrize("literal", ["NaN", "Infinity"])
async def test_a_bare_nan_is_told_it_is_no_amount(
    gql: GraphQLClient, db: None, literal: str
) -> None:
    token = await token_for("boss", roles=("admin",))
    response = await gql.post(
        f"""mutation {{ applyCredit(input: {{creditId: "x", invoiceId: "y", amount: {literal},
             appliedOn: "2026-01-01"}}) {{ errors {{ code }} }} }}""",
        token=token,
    )
    (error,) = response.json()["errors"]
    assert f"{literal} is not an amount" in error["message"]
