"""Every report over real HTTP against a known history, each figure checked to the cent
against numbers worked out by hand below; the AR ledger, the reconciliation's GL side and
the integrity check must agree. Query counts do not grow with the number of rows."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.services import integrity, refunds
from app.services.bank import BankItemKind
from app.services.reports import bank as bank_reports
from models import ArCredit, AuditEvent, Customer, Refund
from tests.conftest import GraphQLClient, token_for
from tests.factories import (
    World,
    adjustment,
    advance,
    count_queries,
    gid,
    invoice,
    payment,
)


def usd(amount: str) -> dict[str, str]:
    return {"amount": amount, "currency": "USD"}


# The history of customer C-US (US01, USD), worked out by hand:
#   2025-11-01 INV-OLD   +55.55 due 2025-11-15 (unpaid: over 90 days at 2026-02-28)
#   2026-01-02 INV-MID   +10.00 due 2026-01-15 (unpaid: 44 days late)
#   2026-01-05 INV-1    +100.00
#   2026-01-10 INV-2    +200.00
#   2026-01-15 PAY-1    -350.00 pays INV-1 and INV-2, leaves a 50.00 overpayment
#   2026-01-20 CM-1      -30.00 credit memo
#   2026-01-25 ADV-1     -80.00 advance
#   2026-02-01 INV-NEG   -40.00 negative invoice
#   2026-02-03 INV-3    +120.00 due 2026-02-28
#   2026-02-05 RFUS-000001 +30.00: 20.00 of PAY-1 and 10.00 of CM-1 (partial)
#   2026-02-10 RFUS-000002 +80.00: all of ADV-1 (full)
#   2026-02-12 RFUS-000003 +40.00: all of INV-NEG, voided on 2026-02-20 (-40.00)
# Opening at 2026-02-01: 55.55 + 10 + 100 + 200 - 350 - 30 - 80 = -94.45
# Closing at 2026-02-28: -94.45 - 40 + 120 + 30 + 80 + 40 - 40 = 95.55
# Open now: INV-OLD 55.55 + INV-MID 10 + INV-3 120 = 185.55, less credits
#   PAY-1 30 + CM-1 20 + ADV-1 0 + INV-NEG 40 = 90.00: 95.55, the closing balance.


@pytest.fixture
async def history(world: World, refunds_enabled: None) -> World:
    await invoice(world, "C-US", "INV-OLD", "55.55", on=date(2025, 11, 1), due=date(2025, 11, 15))
    await invoice(world, "C-US", "INV-MID", "10.00", on=date(2026, 1, 2), due=date(2026, 1, 15))
    inv1 = await invoice(world, "C-US", "INV-1", "100.00", on=date(2026, 1, 5))
    inv2 = await invoice(world, "C-US", "INV-2", "150.00", "50.00", on=date(2026, 1, 10))
    await payment(
        world,
        "C-US",
        "PAY-1",
        "350.00",
        on=date(2026, 1, 15),
        applications={inv1: "100.00", inv2: "200.00"},
    )
    await adjustment(world, "C-US", "CM-1", "-30.00", on=date(2026, 1, 20))
    await advance(world, "C-US", "ADV-1", "80.00", on=date(2026, 1, 25))
    await invoice(world, "C-US", "INV-NEG", "-25.00", "-15.00", on=date(2026, 2, 1))
    await invoice(world, "C-US", "INV-3", "120.00", on=date(2026, 2, 3), due=date(2026, 2, 28))
    await invoice(
        world, "C-EU", "INV-EU", "70.00", currency="EUR", entity="EU01", on=date(2026, 1, 7)
    )
    credit = {c.document_number: c.id for c in await ArCredit.all()}
    scope = world.scope("US01")

    async def refund(day: int, **amounts: str) -> Refund:
        return await refunds.record(
            world.actor,
            scope,
            refunds.RefundInput(
                customer_id=world.customers["C-US"].id,
                bank_account_id=world.banks["US-OPER"].id,
                currency="USD",
                payment_date=date(2026, 2, day),
                reference=f"W{day}",
            ),
            [refunds.AllocationInput(credit[k.replace("_", "-")], v) for k, v in amounts.items()],
        )

    await refund(5, PAY_1="20.00", CM_1="10.00")
    await refund(10, ADV_1="80.00")
    voided = await refund(12, INV_NEG="40.00")
    await refunds.void(
        world.actor, scope, voided.id, void_date=date(2026, 2, 20), reason="Bank returned it"
    )
    return world


LEDGER = """
query($customer: ID!, $from: Date!, $to: Date!, $first: Int, $after: String) {
  arLedger(customerId: $customer, dateFrom: $from, dateTo: $to, first: $first, after: $after) {
    currency openingBalance { amount currency } debits { amount } credits { amount }
    closingBalance { amount }
    lines { date kind number amount { amount } runningBalance { amount } }
    pageInfo { hasNextPage endCursor }
    customer { code }
  }
}
"""

FEBRUARY = [
    ("2026-02-01", "INVOICE", "INV-NEG", "-40.00", "-134.45"),
    ("2026-02-03", "INVOICE", "INV-3", "120.00", "-14.45"),
    ("2026-02-05", "REFUND", "RFUS-000001", "30.00", "15.55"),
    ("2026-02-10", "REFUND", "RFUS-000002", "80.00", "95.55"),
    ("2026-02-12", "REFUND", "RFUS-000003", "40.00", "135.55"),
    ("2026-02-20", "REFUND_VOID", "RFUS-000003", "-40.00", "95.55"),
]


def _lines(report: dict[str, Any]) -> list[tuple[str, ...]]:
    return [
        (
            line["date"],
            line["kind"],
            line["number"],
            line["amount"]["amount"],
            line["runningBalance"]["amount"],
        )
        for line in report["lines"]
    ]


async def test_ar_ledger_to_the_cent_and_across_pages(gql: GraphQLClient, history: World) -> None:
    token = await token_for("reader", roles=("auditor",))
    variables = {
        "customer": gid("Customer", history.customers["C-US"].id),
        "from": "2026-02-01",
        "to": "2026-02-28",
    }
    report = (await gql.data(LEDGER, variables, token=token, entity="US01"))["arLedger"]
    assert report["openingBalance"] == usd("-94.45")
    assert (report["debits"]["amount"], report["credits"]["amount"]) == ("270.00", "80.00")
    assert report["closingBalance"] == {"amount": "95.55"}
    assert _lines(report) == FEBRUARY
    assert report["customer"] == {"code": "C-US"}
    # Page by page, the running balance carries on from the history before the page.
    first = (await gql.data(LEDGER, {**variables, "first": 4}, token=token, entity="US01"))[
        "arLedger"
    ]
    rest = (
        await gql.data(
            LEDGER,
            {**variables, "first": 4, "after": first["pageInfo"]["endCursor"]},
            token=token,
            entity="US01",
        )
    )["arLedger"]
    assert first["pageInfo"]["hasNextPage"] is True
    assert rest["pageInfo"]["hasNextPage"] is False
    assert _lines(first) + _lines(rest) == FEBRUARY
    # Every page size: each page's running balances carry on from the lines before it.
    for size in (1, 2, 3, 5):
        read: list[tuple[str, ...]] = []
        after = None
        while True:
            page = (
                await gql.data(
                    LEDGER,
                    {**variables, "first": size, "after": after},
                    token=token,
                    entity="US01",
                )
            )["arLedger"]
            read += _lines(page)
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]
        assert read == FEBRUARY, size


async def test_ar_statement_with_aging(gql: GraphQLClient, history: World) -> None:
    token = await token_for("reader", roles=("auditor",))
    query = """query($customer: ID!) { arStatement(customerId: $customer,
        dateFrom: "2026-02-01", dateTo: "2026-02-28") {
      ledger { openingBalance { amount } closingBalance { amount } lines { number } }
      aging { current { amount } days1To30 { amount } days31To60 { amount }
              days61To90 { amount } over90 { amount } openCredits { amount } net { amount } }
    } }"""
    statement = (
        await gql.data(
            query,
            {"customer": gid("Customer", history.customers["C-US"].id)},
            token=token,
            entity="US01",
        )
    )["arStatement"]
    assert statement["ledger"]["openingBalance"] == {"amount": "-94.45"}
    assert statement["ledger"]["closingBalance"] == {"amount": "95.55"}
    assert [line["number"] for line in statement["ledger"]["lines"]] == [
        number for _, _, number, _, _ in FEBRUARY
    ]
    assert statement["aging"] == {
        "current": {"amount": "120.00"},
        "days1To30": {"amount": "0.00"},
        "days31To60": {"amount": "10.00"},
        "days61To90": {"amount": "0.00"},
        "over90": {"amount": "55.55"},
        "openCredits": {"amount": "90.00"},
        "net": {"amount": "95.55"},
    }


RECONCILIATION = """
query { customerReconciliation {
  rows { customer { code } balances { currency subledger { amount } generalLedger { amount }
                                      difference { amount } }
         refunds { refund { number state }
                   clearedCredits { amount { amount } matchReference
                                    credit { documentNumber } } } }
  totals { currency subledger { amount } generalLedger { amount } difference { amount } }
} }
"""


async def test_customer_reconciliation_and_the_ledger_and_the_check_agree(
    gql: GraphQLClient, history: World
) -> None:
    token = await token_for("boss", roles=("admin",))
    report = (await gql.data(RECONCILIATION, token=token))["customerReconciliation"]
    rows = {row["customer"]["code"]: row for row in report["rows"]}
    assert rows["C-US"]["balances"] == [
        {
            "currency": "USD",
            "subledger": {"amount": "95.55"},
            "generalLedger": {"amount": "95.55"},
            "difference": {"amount": "0.00"},
        }
    ]
    assert [
        (
            r["refund"]["number"],
            r["refund"]["state"],
            [(c["matchReference"], c["amount"]["amount"]) for c in r["clearedCredits"]],
        )
        for r in rows["C-US"]["refunds"]
    ] == [
        ("RFUS-000001", "POSTED", [("RFUS-000001/PAY-1", "20.00"), ("RFUS-000001/CM-1", "10.00")]),
        ("RFUS-000002", "POSTED", [("RFUS-000002/ADV-1", "80.00")]),
        ("RFUS-000003", "VOIDED", [("RFUS-000003/INV-NEG", "40.00")]),
    ]
    # Per currency, never summed across: the EU customer's euros stand apart.
    assert [
        (t["currency"], t["subledger"]["amount"], t["difference"]["amount"])
        for t in report["totals"]
    ] == [("EUR", "70.00", "0.00"), ("USD", "95.55", "0.00")]
    # The AR ledger's closing balance over all time is the reconciliation's GL side.
    whole = (
        await gql.data(
            LEDGER,
            {
                "customer": gid("Customer", history.customers["C-US"].id),
                "from": "2000-01-01",
                "to": "2099-12-31",
            },
            token=token,
            entity="US01",
        )
    )["arLedger"]
    assert whole["openingBalance"] == usd("0.00")
    assert (
        whole["closingBalance"]["amount"] == rows["C-US"]["balances"][0]["generalLedger"]["amount"]
    )
    assert len(whole["lines"]) == 13
    assert await integrity.find_problems() == []


# Every field of a refund, and what its resolvers reach through the row's ids.
REFUND_FIELDS = """id number state currency paymentMethod paymentDate reference memo
    total { amount currency } version voidDate voidReason clearedOn voidClearedOn createdAt
    postedAt voidedAt customer { code } entity { code } bankAccount { code }
    journalEntry { id } voidJournalEntry { id } createdBy { username } postedBy { username }
    voidedBy { username } allocations { amount { amount } credit { documentNumber } }"""


async def test_a_refund_from_the_reconciliation_is_the_refund_read_by_its_id(
    gql: GraphQLClient, history: World
) -> None:
    """The reconciliation reads its refunds as plain rows, not ORM objects: each field (dates
    and timestamps as the ORM reads them on either database, enums, what lies behind the
    ids) must be what the refund shows when read by id."""
    token = await token_for("boss", roles=("admin",))
    report = await gql.data(
        f"{{ customerReconciliation {{ rows {{ customer {{ code }}"
        f" refunds {{ refund {{ {REFUND_FIELDS} }} }} }} }} }}",
        token=token,
    )
    rows = {row["customer"]["code"]: row for row in report["customerReconciliation"]["rows"]}
    listed = [match["refund"] for match in rows["C-US"]["refunds"]]
    assert [(r["number"], r["state"]) for r in listed] == [
        ("RFUS-000001", "POSTED"),
        ("RFUS-000002", "POSTED"),
        ("RFUS-000003", "VOIDED"),
    ]
    voided = listed[2]
    assert voided["voidDate"] == "2026-02-20"
    assert voided["voidedAt"] is not None
    assert voided["voidJournalEntry"] is not None
    assert voided["voidedBy"] is not None
    for refund in listed:
        by_id = await gql.data(
            f"query($id: ID!) {{ node(id: $id) {{ ... on Refund {{ {REFUND_FIELDS} }} }} }}",
            {"id": refund["id"]},
            token=token,
            entity="US01",
        )
        assert by_id["node"] == refund


BANK_REGISTER = """
query($bank: ID!) { bankRegister(bankAccountId: $bank, dateFrom: "2026-01-01",
                                  dateTo: "2026-02-28") {
  bankAccount { code } openingBalance { amount } deposits { amount } withdrawals { amount }
  closingBalance { amount }
  items { date kind number amount { amount } runningBalance { amount } reconciliationStatus }
} }
"""


async def test_bank_register(gql: GraphQLClient, history: World) -> None:
    token = await token_for("reader", roles=("auditor",))
    report = (
        await gql.data(
            BANK_REGISTER,
            {"bank": gid("BankAccount", history.banks["US-OPER"].id)},
            token=token,
            entity="US01",
        )
    )["bankRegister"]
    assert (
        report["openingBalance"],
        report["deposits"],
        report["withdrawals"],
        report["closingBalance"],
    ) == ({"amount": "0.00"}, {"amount": "470.00"}, {"amount": "150.00"}, {"amount": "320.00"})
    assert [
        (i["date"], i["kind"], i["number"], i["amount"]["amount"], i["runningBalance"]["amount"])
        for i in report["items"]
    ] == [
        ("2026-01-15", "RECEIVED_PAYMENT", "PAY-1", "350.00", "350.00"),
        ("2026-01-25", "ADVANCE", "ADV-1", "80.00", "430.00"),
        ("2026-02-05", "REFUND", "RFUS-000001", "-30.00", "400.00"),
        ("2026-02-10", "REFUND", "RFUS-000002", "-80.00", "320.00"),
        ("2026-02-12", "REFUND", "RFUS-000003", "-40.00", "280.00"),
        ("2026-02-20", "REFUND_VOID", "RFUS-000003", "40.00", "320.00"),
    ]
    assert {i["reconciliationStatus"] for i in report["items"]} == {"UNCLEARED"}


async def test_bank_reconciliation_after_clearing(gql: GraphQLClient, history: World) -> None:
    controller = await token_for("controller", roles=("controller",))
    clerk = await token_for("clerk", roles=("ar_clerk",))
    first_refund = await Refund.get(number="RFUS-000001")
    pay = await _pk("received_payment", "PAY-1")
    adv = await _pk("advance", "ADV-1")
    clear = """mutation($items: [BankItemInput!]!, $on: Date) {
        setBankItemsCleared(items: $items, clearedOn: $on) { changed errors { code field } } }"""
    denied = await gql.data(
        clear,
        {"items": [{"kind": "REFUND", "id": gid("Refund", first_refund.id)}], "on": "2026-02-06"},
        token=clerk,
        entity="US01",
    )
    assert denied["setBankItemsCleared"]["errors"] == [{"code": "PERMISSION_DENIED", "field": None}]
    too_early = await gql.data(
        clear,
        {"items": [{"kind": "REFUND", "id": gid("Refund", first_refund.id)}], "on": "2026-02-04"},
        token=controller,
        entity="US01",
    )
    assert too_early["setBankItemsCleared"]["errors"] == [{"code": "INVALID", "field": "clearedOn"}]
    wrong_ids = await gql.data(
        clear,
        {
            "items": [
                {"kind": "REFUND", "id": gid("Refund", first_refund.id)},
                {"kind": "ADVANCE", "id": gid("ReceivedPayment", pay)},
                {"kind": "REFUND_VOID", "id": "junk"},
            ],
            "on": "2026-02-06",
        },
        token=controller,
        entity="US01",
    )
    assert wrong_ids["setBankItemsCleared"] == {
        "changed": 0,
        "errors": [
            {"code": "INVALID_ID", "field": "items.1.id"},
            {"code": "INVALID_ID", "field": "items.2.id"},
        ],
    }
    assert (await Refund.get(id=first_refund.id)).cleared_on is None
    for kind, type_name, pk, day in (
        ("RECEIVED_PAYMENT", "ReceivedPayment", pay, "2026-01-16"),
        ("ADVANCE", "Advance", adv, "2026-01-26"),
        ("REFUND", "Refund", first_refund.id, "2026-02-06"),
    ):
        done = await gql.data(
            clear,
            {"items": [{"kind": kind, "id": gid(type_name, pk)}], "on": day},
            token=controller,
            entity="US01",
        )
        assert done["setBankItemsCleared"] == {"changed": 1, "errors": []}
    query = """query($bank: ID!, $status: ClearedStatus) { bankReconciliation(
        bankAccountId: $bank, statementDate: "2026-02-15", statementBalance: "400.00",
        status: $status) {
      statementBalance { amount } bookBalance { amount } clearedBalance { amount }
      unclearedDeposits { amount } unclearedWithdrawals { amount } difference { amount }
      items { number amount { amount } clearedOn reconciliationStatus } } }"""
    bank = gid("BankAccount", history.banks["US-OPER"].id)
    unclear = (await gql.data(query, {"bank": bank}, token=controller, entity="US01"))[
        "bankReconciliation"
    ]
    assert (
        unclear["bookBalance"],
        unclear["clearedBalance"],
        unclear["unclearedDeposits"],
        unclear["unclearedWithdrawals"],
        unclear["difference"],
    ) == (
        {"amount": "280.00"},
        {"amount": "400.00"},
        {"amount": "0.00"},
        {"amount": "120.00"},
        {"amount": "0.00"},
    )
    assert [
        (i["number"], i["amount"]["amount"], i["reconciliationStatus"]) for i in unclear["items"]
    ] == [("RFUS-000002", "-80.00", "UNCLEARED"), ("RFUS-000003", "-40.00", "UNCLEARED")]
    cleared = (
        await gql.data(query, {"bank": bank, "status": "CLEARED"}, token=controller, entity="US01")
    )["bankReconciliation"]
    assert [(i["number"], i["clearedOn"]) for i in cleared["items"]] == [
        ("PAY-1", "2026-01-16"),
        ("ADV-1", "2026-01-26"),
        ("RFUS-000001", "2026-02-06"),
    ]
    refund = await gql.data(
        "query($id: ID!) { refund(id: $id) { clearedOn } }",
        {"id": gid("Refund", first_refund.id)},
        token=controller,
        entity="US01",
    )
    assert refund == {"refund": {"clearedOn": "2026-02-06"}}


async def _pk(table: str, number: str) -> int:
    from models import Advance, ReceivedPayment  # noqa: PLC0415

    model = ReceivedPayment if table == "received_payment" else Advance
    return int((await model.get(number=number)).id)


async def test_clearing_many_bank_items_costs_the_same_statements_as_one(
    gql: GraphQLClient, history: World
) -> None:
    controller = await token_for("controller", roles=("controller",))
    first, second, third = await Refund.filter(number__isnull=False).order_by("number")
    clear = """mutation($items: [BankItemInput!]!) {
        setBankItemsCleared(items: $items, clearedOn: "2026-02-28") {
            changed errors { code field } } }"""
    counts = {}
    for batch in ([first], [second, third, third]):
        items = [{"kind": "REFUND", "id": gid("Refund", refund.id)} for refund in batch]
        with count_queries() as counter:
            data = await gql.data(clear, {"items": items}, token=controller, entity="US01")
        # The same item twice changes it once.
        assert data["setBankItemsCleared"] == {"changed": len(set(batch)), "errors": []}
        counts[len(batch)] = counter.count
    assert counts[1] == counts[3], counts
    cleared = await Refund.filter(number__isnull=False).order_by("number")
    assert [
        (r.cleared_on, r.version - old.version)
        for r, old in zip(cleared, [first, second, third], strict=True)
    ] == [(date(2026, 2, 28), 1)] * 3
    void = [{"kind": "REFUND_VOID", "id": gid("Refund", third.id)}]
    data = await gql.data(clear, {"items": void}, token=controller, entity="US01")
    assert data["setBankItemsCleared"] == {"changed": 1, "errors": []}
    events = await AuditEvent.filter(action="bank_item.cleared").order_by("id")
    assert [(e.object_type, e.object_id, e.details) for e in events] == [
        ("refund", r.id, {"bank_item": kind, "cleared_on": "2026-02-28"})
        for r, kind in (
            (first, "refund"),
            (second, "refund"),
            (third, "refund"),
            (third, "refund_void"),
        )
    ]
    trail = await gql.data(
        "query($id: ID!) { refund(id: $id) { auditTrail { action } } }",
        {"id": gid("Refund", third.id)},
        token=controller,
        entity="US01",
    )
    assert [e["action"] for e in trail["refund"]["auditTrail"]][-2:] == ["bank_item.cleared"] * 2


async def test_sales_register(gql: GraphQLClient, history: World) -> None:
    token = await token_for("reader", roles=("auditor",))
    query = """query($currency: String) { salesRegister(dateFrom: "2026-01-01",
        dateTo: "2026-02-28", currency: $currency) {
      lines { date kind number total { amount currency } refunded { amount }
              refunds { refundNumber amount { amount } } customer { code } }
      totals { currency total { amount } refunded { amount } documents } } }"""
    report = (await gql.data(query, token=token, entity="US01"))["salesRegister"]
    assert [
        (
            line["date"],
            line["number"],
            line["total"]["amount"],
            line["refunded"]["amount"],
            [(r["refundNumber"], r["amount"]["amount"]) for r in line["refunds"]],
        )
        for line in report["lines"]
    ] == [
        ("2026-01-02", "INV-MID", "10.00", "0.00", []),
        ("2026-01-05", "INV-1", "100.00", "0.00", []),
        ("2026-01-10", "INV-2", "200.00", "0.00", []),
        ("2026-01-20", "CM-1", "-30.00", "10.00", [("RFUS-000001", "10.00")]),
        ("2026-02-01", "INV-NEG", "-40.00", "0.00", []),
        ("2026-02-03", "INV-3", "120.00", "0.00", []),
    ]
    assert report["totals"] == [
        {
            "currency": "USD",
            "total": {"amount": "360.00"},
            "refunded": {"amount": "10.00"},
            "documents": 6,
        }
    ]
    top = await gql.data(query, token=await token_for("boss", roles=("admin",)))
    assert [(t["currency"], t["total"]["amount"]) for t in top["salesRegister"]["totals"]] == [
        ("EUR", "70.00"),
        ("USD", "360.00"),
    ]


async def test_invoice_analysis(gql: GraphQLClient, history: World) -> None:
    token = await token_for("reader", roles=("auditor",))
    query = """{ invoiceAnalysis(dateFrom: "2026-01-01", dateTo: "2026-02-28") {
      invoices { invoice { number } total { amount } paid { amount } credited { amount }
                 refunded { amount } balance { amount } status }
      totals { currency total { amount } paid { amount } credited { amount }
               refunded { amount } balance { amount } } } }"""
    report = (await gql.data(query, token=token, entity="US01"))["invoiceAnalysis"]
    assert [
        (
            i["invoice"]["number"],
            i["total"]["amount"],
            i["paid"]["amount"],
            i["credited"]["amount"],
            i["refunded"]["amount"],
            i["balance"]["amount"],
            i["status"],
        )
        for i in report["invoices"]
    ] == [
        ("INV-MID", "10.00", "0.00", "0.00", "0.00", "10.00", "OPEN"),
        ("INV-1", "100.00", "100.00", "0.00", "0.00", "0.00", "PAID"),
        ("INV-2", "200.00", "200.00", "0.00", "0.00", "0.00", "PAID"),
        ("INV-NEG", "-40.00", "0.00", "0.00", "0.00", "-40.00", "CREDIT_OPEN"),
        ("INV-3", "120.00", "0.00", "0.00", "0.00", "120.00", "OPEN"),
    ]
    assert report["totals"] == [
        {
            "currency": "USD",
            "total": {"amount": "390.00"},
            "paid": {"amount": "300.00"},
            "credited": {"amount": "0.00"},
            "refunded": {"amount": "0.00"},
            "balance": {"amount": "90.00"},
        }
    ]


async def test_reports_need_the_permission_and_respect_scope(
    gql: GraphQLClient, history: World
) -> None:
    clerk = await token_for("clerk", roles=("ar_clerk",))
    body = (
        await gql.post(
            LEDGER,
            {
                "customer": gid("Customer", history.customers["C-US"].id),
                "from": "2026-02-01",
                "to": "2026-02-28",
            },
            token=clerk,
            entity="US01",
        )
    ).json()
    assert body["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"
    eu_reader = await token_for("eu-reader", roles=("auditor",), entity_codes=("EU01",))
    body = (
        await gql.post(
            LEDGER,
            {
                "customer": gid("Customer", history.customers["C-US"].id),
                "from": "2026-02-01",
                "to": "2026-02-28",
            },
            token=eu_reader,
            entity="EU01",
        )
    ).json()
    assert body["errors"][0]["extensions"]["code"] == "CUSTOMER_NOT_FOUND"
    top = (
        await gql.post(
            LEDGER,
            {
                "customer": gid("Customer", history.customers["C-US"].id),
                "from": "2026-02-01",
                "to": "2026-02-28",
            },
            token=await token_for("boss", roles=("admin",)),
        )
    ).json()
    assert top["errors"][0]["extensions"]["code"] == "CURRENCY_REQUIRED"
    bank = (
        await gql.post(
            BANK_REGISTER,
            {"bank": gid("BankAccount", history.banks["US-OPER"].id)},
            token=eu_reader,
            entity="EU01",
        )
    ).json()
    assert bank["errors"][0]["extensions"]["code"] == "BANK_ACCOUNT_NOT_FOUND"


# --- Query counts: the same SQL for 1 row and for 50. ---


@pytest.fixture
async def fifty(world: World, refunds_enabled: None) -> World:
    """50 customers with an invoice, an advance and a partial refund each; Z-BUSY has 50
    advances in January and 50 refunds in February, so a page of 1 and a page of 50 hold
    the same kinds of lines."""
    world.customers["Z-BUSY"] = await Customer.create(code="Z-BUSY", name="Busy", entity=world.us)
    scope = world.scope("US01")

    async def refund(code: str, credit_number: str, day: date) -> None:
        credit = await ArCredit.get(document_number=credit_number)
        await refunds.record(
            world.actor,
            scope,
            refunds.RefundInput(
                customer_id=world.customers[code].id,
                bank_account_id=world.banks["US-OPER"].id,
                currency="USD",
                payment_date=day,
            ),
            [refunds.AllocationInput(credit.id, "1.00")],
        )

    for n in range(50):
        code = f"K-{n:03d}"
        world.customers[code] = await Customer.create(code=code, name=f"K {n}", entity=world.us)
        await invoice(world, code, f"INV-{n}", "10.00", on=date(2026, 1, 1 + n % 28))
        await advance(world, code, f"ADV-{n}", "5.00", on=date(2026, 1, 1 + n % 28))
        await refund(code, f"ADV-{n}", date(2026, 3, 1))
        await advance(world, "Z-BUSY", f"Z-ADV-{n}", "2.00", on=date(2026, 1, 1 + n % 28))
        await refund("Z-BUSY", f"Z-ADV-{n}", date(2026, 2, 1 + n % 28))
    return world


REPORTS = {
    "arLedger (documents)": """query($first: Int!, $customer: ID!) { arLedger(
        customerId: $customer, dateFrom: "2026-01-01", dateTo: "2026-01-31", first: $first) {
        lines { number document { customer { code } } refund { number } } } }""",
    "arLedger (refunds)": """query($first: Int!, $customer: ID!) { arLedger(
        customerId: $customer, dateFrom: "2026-02-01", dateTo: "2026-02-28", first: $first) {
        lines { number refund { number bankAccount { code }
                                allocations { credit { documentNumber } } } } } }""",
    "arStatement": """query($first: Int!, $customer: ID!) { arStatement(customerId: $customer,
        dateFrom: "2026-01-01", dateTo: "2026-12-31", first: $first) {
        ledger { lines { number document { number } } } aging { net { amount } } } }""",
    "customerReconciliation": """query($first: Int!) { customerReconciliation(first: $first) {
        rows { customer { code entity { code } } balances { difference { amount } }
               refunds { refund { number } clearedCredits { matchReference
                                                            credit { documentNumber } } } } } }""",
    "bankRegister (deposits)": """query($first: Int!, $bank: ID!) { bankRegister(
        bankAccountId: $bank, dateFrom: "2026-01-01", dateTo: "2026-01-31", first: $first) {
        items { number document { customer { code } } refund { customer { code } } } } }""",
    "bankRegister (refunds)": """query($first: Int!, $bank: ID!) { bankRegister(
        bankAccountId: $bank, dateFrom: "2026-02-01", dateTo: "2026-02-28", first: $first) {
        items { number refund { customer { code } } } } }""",
    "bankReconciliation": """query($first: Int!, $bank: ID!, $after: String) {
        bankReconciliation(bankAccountId: $bank, statementDate: "2026-02-28",
        statementBalance: "0", first: $first, after: $after) {
        items { number refund { allocations { credit { documentNumber } } } } } }""",
    "salesRegister": """query($first: Int!) { salesRegister(dateFrom: "2026-01-01",
        dateTo: "2026-12-31", first: $first) { lines { number customer { code }
        refunds { refundNumber } } } }""",
    "invoiceAnalysis": """query($first: Int!) { invoiceAnalysis(dateFrom: "2026-01-01",
        dateTo: "2026-12-31", first: $first) { invoices { invoice { number customer { code } }
        status } } }""",
}


@pytest.mark.parametrize("report", sorted(REPORTS))
async def test_each_report_costs_the_same_queries_for_1_and_50_rows(
    gql: GraphQLClient, fifty: World, report: str
) -> None:
    token = await token_for("boss", roles=("admin",))
    variables = {
        "customer": gid("Customer", fifty.customers["Z-BUSY"].id),
        "bank": gid("BankAccount", fifty.banks["US-OPER"].id),
        # The reconciliation's first 100 items are January's deposits: start at February's
        # refunds (the cursor of the last deposit of January 31).
        "after": bank_reports.cursor_after(
            date(2026, 1, 28), BankItemKind.ADVANCE, await _last_january_deposit()
        ),
    }
    query = REPORTS[report]
    used = {name: value for name, value in variables.items() if f"${name}" in query}
    counts, statements = {}, {}
    for first in (1, 50):
        with count_queries() as counter:
            data = await gql.data(query, {**used, "first": first}, token=token, entity="US01")
        counts[first], statements[first] = counter.count, counter.statements
        assert str(data).count("'number'") + str(data).count("'code'") >= first, data
    assert counts[1] == counts[50], statements


async def _last_january_deposit() -> int:
    from models import Advance  # noqa: PLC0415

    last = await Advance.filter(document_date=date(2026, 1, 28)).order_by("-id").first()
    return int(last.id) if last else 0
