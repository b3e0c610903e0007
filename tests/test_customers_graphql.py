"""Customers, balances, eligible credits and AR document mutations over real HTTP."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.services import refunds, users
from models import ArCredit, Customer, Entity, Invoice, JournalEntry
from models.enums import Permission
from tests.conftest import GraphQLClient, token_for
from tests.factories import (
    World,
    advance,
    count_queries,
    enable_refunds,
    gid,
    invoice,
    payment,
)

CUSTOMER = """
query($id: ID!, $currency: String) {
  customer(id: $id) {
    code
    balance { total { amount currency } unavailable reason byCurrency { amount currency } }
    eligibleCredits(currency: $currency) {
      id kind documentNumber documentDate currency refundable
      originalAmount { amount } openAmount { amount } heldByDrafts { amount }
      available { amount }
      customer { code }
      document { __typename number ... on ReceivedPayment { amount { amount } } }
    }
  }
}
"""


async def _history(world: World) -> None:
    inv = await invoice(world, "C-US", "INV-1", "100.00")
    await payment(world, "C-US", "PAY-1", "150.00", applications={inv: "100.00"})
    await invoice(world, "C-US", "INV-MIX", "10.00", "-50.00")
    await advance(world, "C-US", "ADV-EUR", "60.00", bank="US-EUR", currency="EUR")


async def test_clerk_sees_base_currency_credits_and_other_currencies_on_request(
    gql: GraphQLClient, world: World, clerk: str
) -> None:
    await _history(world)
    customer_id = gid("Customer", world.customers["C-US"].id)
    data = await gql.data(CUSTOMER, {"id": customer_id}, token=clerk, entity="US01")
    credits = data["customer"]["eligibleCredits"]
    assert [(c["kind"], c["documentNumber"], c["available"]["amount"]) for c in credits] == [
        ("OVERPAYMENT", "PAY-1", "50.00")
    ]
    assert credits[0]["document"] == {
        "__typename": "ReceivedPayment",
        "number": "PAY-1",
        "amount": {"amount": "150.00"},
    }
    assert credits[0]["customer"] == {"code": "C-US"}
    assert credits[0]["heldByDrafts"] == {"amount": "0.00"}
    assert data["customer"]["balance"]["total"] == {"amount": "-90.00", "currency": "USD"}
    assert data["customer"]["balance"]["byCurrency"] == [
        {"amount": "-60.00", "currency": "EUR"},
        {"amount": "-90.00", "currency": "USD"},
    ]

    eur = await gql.data(
        CUSTOMER, {"id": customer_id, "currency": "EUR"}, token=clerk, entity="US01"
    )
    assert [c["documentNumber"] for c in eur["customer"]["eligibleCredits"]] == ["ADV-EUR"]
    assert eur["customer"]["eligibleCredits"][0]["openAmount"] == {"amount": "60.00"}
    lower = await gql.data(
        CUSTOMER, {"id": customer_id, "currency": " eur "}, token=clerk, entity="US01"
    )
    assert lower["customer"]["eligibleCredits"] == eur["customer"]["eligibleCredits"]
    unknown = await gql.post(
        CUSTOMER, {"id": customer_id, "currency": "EUX"}, token=clerk, entity="US01"
    )
    assert unknown.json()["errors"][0]["extensions"] == {
        "code": "UNKNOWN_CURRENCY",
        "field": "currency",
    }


async def test_top_level_balance_is_null_with_the_reason_and_currency_must_be_named(
    gql: GraphQLClient, world: World
) -> None:
    await _history(world)
    token = await token_for("boss")
    customer_id = gid("Customer", world.customers["C-US"].id)
    response = await gql.post(CUSTOMER, {"id": customer_id}, token=token)
    body = response.json()
    balance = body["data"]["customer"]["balance"]
    assert balance["total"] is None
    assert balance["unavailable"] == "MULTIPLE_BASE_CURRENCIES"
    assert "EUR, USD" in balance["reason"]
    # Without a currency there is no default at this level: a clear error, not a guess.
    assert body["errors"][0]["extensions"]["code"] == "CURRENCY_REQUIRED"
    named = await gql.data(CUSTOMER, {"id": customer_id, "currency": "USD"}, token=token)
    assert [c["documentNumber"] for c in named["customer"]["eligibleCredits"]] == ["PAY-1"]


async def test_restricted_user_gets_nothing_of_another_entity(
    gql: GraphQLClient, world: World
) -> None:
    await _history(world)
    await advance(world, "C-EU", "ADV-EU", "5.00", bank="EU-OPER", currency="EUR", entity="EU01")
    eu_clerk = await token_for("eu-clerk", roles=("ar_clerk",), entity_codes=("EU01",))
    listed = await gql.data(
        "{ customers { edges { node { code } } totalCount } }", token=eu_clerk, entity="EU01"
    )
    assert [e["node"]["code"] for e in listed["customers"]["edges"]] == ["C-EU", "C-SHARED"]
    assert listed["customers"]["totalCount"] == 2

    us_customer = gid("Customer", world.customers["C-US"].id)
    by_id = await gql.data(CUSTOMER, {"id": us_customer}, token=eu_clerk, entity="EU01")
    assert by_id == {"customer": None}
    us_credit = await ArCredit.get(document_number="PAY-1")
    for type_name, pk in (
        ("Customer", world.customers["C-US"].id),
        ("Credit", us_credit.id),
        ("Invoice", (await Invoice.get(number="INV-1")).id),
        ("BankAccount", world.banks["US-OPER"].id),
    ):
        node = await gql.data(
            "query($id: ID!) { node(id: $id) { id } }",
            {"id": gid(type_name, pk)},
            token=eu_clerk,
            entity="EU01",
        )
        assert node == {"node": None}, type_name
    # Refused outright when asking for the other entity's scope.
    refused = await gql.post("{ customers { totalCount } }", token=eu_clerk, entity="US01")
    assert refused.status_code == 403


async def test_customers_page_search_and_filter(
    gql: GraphQLClient, world: World, clerk: str
) -> None:
    query = """query($first: Int!, $after: String, $search: String, $status: CustomerStatus) {
      customers(first: $first, after: $after, search: $search, status: $status) {
        totalCount edges { cursor node { code status entity { code } } }
        pageInfo { hasNextPage endCursor }
      }
    }"""
    first = await gql.data(query, {"first": 2}, token=clerk)
    page = first["customers"]
    assert [e["node"]["code"] for e in page["edges"]] == ["C-EU", "C-OFF"]
    assert page["totalCount"] == 4
    assert page["pageInfo"]["hasNextPage"] is True
    rest = await gql.data(query, {"first": 2, "after": page["pageInfo"]["endCursor"]}, token=clerk)
    assert [e["node"]["code"] for e in rest["customers"]["edges"]] == ["C-SHARED", "C-US"]
    assert rest["customers"]["pageInfo"]["hasNextPage"] is False
    found = await gql.data(query, {"first": 10, "search": "umbr"}, token=clerk)
    assert [e["node"]["code"] for e in found["customers"]["edges"]] == ["C-SHARED"]
    inactive = await gql.data(query, {"first": 10, "status": "INACTIVE"}, token=clerk)
    assert [e["node"] for e in inactive["customers"]["edges"]] == [
        {"code": "C-OFF", "status": "INACTIVE", "entity": {"code": "US01"}}
    ]
    bad = await gql.post(query, {"first": 0}, token=clerk)
    assert bad.json()["errors"][0]["extensions"]["code"] == "INVALID"


async def test_customers_need_an_ar_permission(gql: GraphQLClient, world: World) -> None:
    await users.create_role("configurer", "", [Permission.AR_CONFIGURE])
    token = await token_for("cfg", roles=("configurer",))
    body = (await gql.post("{ customers { totalCount } }", token=token)).json()
    assert body["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"
    assert body["data"] is None


LIST_WITH_EVERYTHING = """
query($first: Int!) {
  customers(first: $first, search: "Load") {
    edges { node {
      code entity { code }
      balance { total { amount } byCurrency { amount currency } }
      eligibleCredits(currency: "USD") {
        kind available { amount } heldByDrafts { amount }
        customer { code }
        document { number ... on Invoice { lines { glAccountNumber amount { amount } } } }
      }
      documents {
        __typename number customer { code } entity { code }
        ... on Invoice { balanceDue { amount } lines { glAccountNumber } }
        ... on ReceivedPayment { bankAccount { code } applications { invoice { number } } }
        ... on Advance { bankAccount { code } }
      }
    } }
  }
}
"""


async def test_listing_50_customers_costs_the_same_queries_as_listing_1(
    gql: GraphQLClient, world: World, clerk: str
) -> None:
    for n in range(50):
        customer = await Customer.create(code=f"K-{n:03d}", name=f"Load {n}", entity=world.us)
        world.customers[customer.code] = customer
        inv = await invoice(world, customer.code, f"INV-{n}", "100.00")
        await payment(world, customer.code, f"PAY-{n}", "120.00", applications={inv: "100.00"})
        await invoice(world, customer.code, f"NEG-{n}", "-5.00")
        await advance(world, customer.code, f"ADV-{n}", "7.00")
    counts, statements = {}, {}
    for first in (1, 50):
        with count_queries() as counter:
            data = await gql.data(
                LIST_WITH_EVERYTHING, {"first": first}, token=clerk, entity="US01"
            )
        assert len(data["customers"]["edges"]) == first
        counts[first] = counter.count
        statements[first] = counter.statements
    node = data["customers"]["edges"][-1]["node"]
    assert len(node["eligibleCredits"]) == 3
    assert len(node["documents"]) == 4
    assert counts[1] == counts[50], statements


# --- Mutations: the object, or errors as data with nothing written. ---

CREATE_INVOICE = """
mutation($input: InvoiceInput!) {
  createInvoice(input: $input) {
    invoice { id number total { amount currency } balanceDue { amount }
              lines { lineNo glAccountNumber amount { amount } } entity { code } }
    errors { code field message }
  }
}
"""


def _invoice_input(world: World, **changes: Any) -> dict[str, Any]:
    return {
        "customerId": gid("Customer", world.customers["C-US"].id),
        "number": "INV-9",
        "documentDate": "2026-03-02",
        "currency": "USD",
        "lines": [
            {"amount": "80.00", "glAccountNumber": "4000"},
            {"amount": "-5.25", "glAccountNumber": "4900", "description": "promo"},
        ],
        **changes,
    }


async def test_create_invoice_over_graphql(gql: GraphQLClient, world: World, clerk: str) -> None:
    data = await gql.data(
        CREATE_INVOICE, {"input": _invoice_input(world)}, token=clerk, entity="US01"
    )
    payload = data["createInvoice"]
    assert payload["errors"] == []
    assert payload["invoice"]["total"] == {"amount": "74.75", "currency": "USD"}
    assert payload["invoice"]["lines"] == [
        {"lineNo": 1, "glAccountNumber": "4000", "amount": {"amount": "80.00"}},
        {"lineNo": 2, "glAccountNumber": "4900", "amount": {"amount": "-5.25"}},
    ]
    assert payload["invoice"]["entity"] == {"code": "US01"}


@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        ({"customerId": gid("Customer", 999_999)}, [("CUSTOMER_NOT_FOUND", "customerId")]),
        ({"customerId": gid("Invoice", 1)}, [("INVALID_ID", "customerId")]),
        (
            {"lines": [{"amount": "1.001", "glAccountNumber": "4000"}]},
            [("TOO_MANY_DECIMALS", "lines.0.amount")],
        ),
        (
            {"lines": [{"amount": "NaN", "glAccountNumber": "4000"}]},
            [("INVALID_AMOUNT", "lines.0.amount")],
        ),
        # "usd" was refused here before; the issue makes every spelling of a code one currency.
        ({"currency": "XYZ"}, [("UNKNOWN_CURRENCY", "currency")]),
    ],
)
async def test_bad_invoice_input_comes_back_as_errors_and_writes_nothing(
    gql: GraphQLClient,
    world: World,
    clerk: str,
    changes: dict[str, Any],
    errors: list[tuple[str, str]],
) -> None:
    data = await gql.data(
        CREATE_INVOICE, {"input": _invoice_input(world, **changes)}, token=clerk, entity="US01"
    )
    payload = data["createInvoice"]
    assert payload["invoice"] is None
    assert [(e["code"], e["field"]) for e in payload["errors"]] == errors
    assert all(e["message"] for e in payload["errors"])
    assert not await Invoice.exists()
    assert not await JournalEntry.exists()


async def test_amounts_sent_as_json_numbers_are_refused(
    gql: GraphQLClient, world: World, clerk: str
) -> None:
    bad = _invoice_input(world, lines=[{"amount": 80.1, "glAccountNumber": "4000"}])
    body = (await gql.post(CREATE_INVOICE, {"input": bad}, token=clerk, entity="US01")).json()
    assert body.get("data") is None
    assert "decimal strings" in body["errors"][0]["message"]
    assert not await Invoice.exists()


async def test_mutation_without_permission_is_refused_as_data(
    gql: GraphQLClient, world: World
) -> None:
    auditor = await token_for("auditor", roles=("auditor",))
    data = await gql.data(
        CREATE_INVOICE, {"input": _invoice_input(world)}, token=auditor, entity="US01"
    )
    assert data["createInvoice"]["errors"][0]["code"] == "PERMISSION_DENIED"
    assert not await Invoice.exists()


async def test_payment_and_advance_over_graphql(
    gql: GraphQLClient, world: World, clerk: str
) -> None:
    invoice_id = await invoice(world, "C-US", "INV-1", "100.00")
    mutation = """
    mutation($payment: ReceivedPaymentInput!, $advance: AdvanceInput!) {
      recordReceivedPayment(input: $payment) {
        payment { number amount { amount }
                  applications { invoice { number balanceDue { amount } } amount { amount } } }
        errors { code field }
      }
      recordAdvance(input: $advance) { advance { number amount { amount } } errors { code } }
    }"""
    common = {
        "customerId": gid("Customer", world.customers["C-US"].id),
        "documentDate": "2026-03-03",
        "currency": "USD",
        "bankAccountId": gid("BankAccount", world.banks["US-OPER"].id),
    }
    data = await gql.data(
        mutation,
        {
            "payment": {
                **common,
                "number": "PAY-7",
                "amount": "130.00",
                "applications": [{"invoiceId": gid("Invoice", invoice_id), "amount": "100.00"}],
            },
            "advance": {**common, "number": "ADV-7", "amount": "9.99"},
        },
        token=clerk,
        entity="US01",
    )
    assert data["recordReceivedPayment"]["errors"] == []
    assert data["recordReceivedPayment"]["payment"]["applications"] == [
        {
            "invoice": {"number": "INV-1", "balanceDue": {"amount": "0.00"}},
            "amount": {"amount": "100.00"},
        }
    ]
    assert data["recordAdvance"]["advance"] == {"number": "ADV-7", "amount": {"amount": "9.99"}}
    kinds = sorted((c.kind.value, c.open_minor) for c in await ArCredit.all())
    assert kinds == [("advance", 999), ("overpayment", 3000)]


# --- The hot path: a customer's eligible credits, statements constant in rows. ---

ELIGIBLE_CREDITS = """
query($id: ID!) {
  customer(id: $id) {
    id name
    eligibleCredits(first: 200) {
      id documentNumber openAmount { amount currency } heldByDrafts { amount }
      available { amount }
    }
  }
}
"""


async def test_eligible_credits_cost_three_statements_for_1_20_or_200_credits(
    gql: GraphQLClient, world: World, clerk: str
) -> None:
    """Authentication, the customer, its credits with what drafts hold: three statements
    (six before: three to authenticate, and held amounts read apart from the credits),
    whatever the number of credits."""
    customer = world.customers["C-US"]
    counts, statements = {}, {}
    made = 0
    for wanted in (1, 20, 200):
        for n in range(made, wanted):
            await advance(world, "C-US", f"ADV-{n:03d}", "7.00")
        made = wanted
        with count_queries() as counter:
            data = await gql.data(
                ELIGIBLE_CREDITS, {"id": gid("Customer", customer.id)}, token=clerk, entity="US01"
            )
        assert len(data["customer"]["eligibleCredits"]) == wanted
        counts[wanted], statements[wanted] = counter.count, counter.statements
    assert counts == {1: 3, 20: 3, 200: 3}, statements


async def test_held_and_available_come_with_the_credit_row(
    gql: GraphQLClient, world: World, clerk: str
) -> None:
    """What draft refunds hold is read with the credits, in the list and by id."""
    await enable_refunds(world)
    await advance(world, "C-US", "ADV-1", "100.00")
    await advance(world, "C-US", "ADV-2", "30.00")
    credit = await ArCredit.get(document_number="ADV-1")
    await refunds.create_draft(
        world.actor,
        world.scope("US01"),
        refunds.RefundInput(
            customer_id=world.customers["C-US"].id,
            bank_account_id=world.banks["US-OPER"].id,
            currency="USD",
            payment_date=date(2026, 3, 10),
            reference="WIRE-1",
            memo="refund",
        ),
        [refunds.AllocationInput(credit.id, "60.01")],
    )
    data = await gql.data(
        ELIGIBLE_CREDITS,
        {"id": gid("Customer", world.customers["C-US"].id)},
        token=clerk,
        entity="US01",
    )
    assert [
        (c["documentNumber"], c["heldByDrafts"]["amount"], c["available"]["amount"])
        for c in data["customer"]["eligibleCredits"]
    ] == [("ADV-1", "60.01", "39.99"), ("ADV-2", "0.00", "30.00")]
    node = await gql.data(
        "query($id: ID!) { node(id: $id) { ... on Credit { heldByDrafts { amount }"
        " available { amount } } } }",
        {"id": gid("Credit", credit.id)},
        token=clerk,
        entity="US01",
    )
    assert node["node"] == {"heldByDrafts": {"amount": "60.01"}, "available": {"amount": "39.99"}}


async def test_at_the_top_level_the_base_currency_is_read_once_per_request(
    gql: GraphQLClient, world: World
) -> None:
    """eligibleCredits without a currency takes the scope's base currency: read once for a
    page of customers, not once per customer; refused per customer where there is none."""
    token = await token_for("root", roles=("admin",))
    query = "query($n: Int!) { customers(first: $n) { edges { node { eligibleCredits { id } } } } }"
    counts = {}
    for n in (1, 4):
        with count_queries() as counter:
            body = (await gql.post(query, {"n": n}, token=token)).json()
        codes = [error["extensions"]["code"] for error in body["errors"]]
        assert codes == ["CURRENCY_REQUIRED"] * n  # US01 in USD, EU01 in EUR
        counts[n] = counter.count
    await Entity.filter(code="EU01").update(base_currency="USD")
    for n in (1, 4):
        with count_queries() as counter:
            data = await gql.data(query, {"n": n}, token=token)
        assert len(data["customers"]["edges"]) == n
        counts[n + 10] = counter.count
    assert counts[1] == counts[4], counts
    assert counts[11] == counts[14], counts
