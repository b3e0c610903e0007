"""Report pages: keyset pages concatenate to the whole list (ties in the sort key included),
and a page costs the same number of statements whatever its number of lines."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.services import bank as bank_service
from app.services import refunds
from app.services.bank import BankItemKind, BankItemRef
from app.services.reports import bank as bank_reports
from app.services.reports import ledger, sales
from app.services.reports.bank import ClearedStatus
from app.services.sql import fetch
from tests.conftest import GraphQLClient, token_for
from tests.factories import World, adjustment, advance, count_queries, gid, invoice, payment

pytestmark = pytest.mark.usefixtures("refunds_enabled")

DAY1, DAY2 = date(2026, 1, 5), date(2026, 1, 6)


async def _documents(world: World, n: int) -> None:
    """Invoices and adjustments, several on one day (ties on the date and across kinds)."""
    for i in range(n):
        on = DAY1 if i % 3 else DAY2
        await invoice(world, "C-US", f"I-{i}", f"{10 + i}.00", on=on)
        if i % 2:
            await adjustment(world, "C-US", f"ADJ-{i}", f"{-1 - i}.00", on=on)


async def _pages(fetch_page: Any, first: int) -> list[Any]:
    """Every page, following end cursors; the lines in order."""
    lines: list[Any] = []
    after = None
    while True:
        page = await fetch_page(first, after)
        lines.extend(page[0])
        if not page[1]:
            return lines
        after = page[2]


async def test_keyset_pages_concatenate_to_the_whole_list(world: World) -> None:
    await _documents(world, 9)
    actor, scope = world.actor, world.scope("US01")
    start, end = date(2026, 1, 1), date(2026, 1, 31)

    async def register(first: int, after: str | None) -> Any:
        page = await sales.sales_register(
            actor, scope, first=first, after=after, date_from=start, date_to=end
        )
        return (
            [(x.kind, x.document_id, x.number) for x in page.lines],
            page.has_next_page,
            (page.end_cursor),
        )

    async def analysis(first: int, after: str | None) -> Any:
        page = await sales.invoice_analysis(
            actor, scope, first=first, after=after, date_from=start, date_to=end
        )
        return (
            [(x.invoice_id, x.balance_minor) for x in page.invoices],
            page.has_next_page,
            (page.end_cursor),
        )

    async def ar_ledger(first: int, after: str | None) -> Any:
        page = await ledger.ar_ledger(
            actor,
            scope,
            world.customers["C-US"].id,
            first=first,
            after=after,
            date_from=start,
            date_to=end,
        )
        return (
            [(x.line_id, x.number, x.running_minor) for x in page.lines],
            page.has_next_page,
            (page.end_cursor),
        )

    for fetch_page, expected in ((register, 13), (analysis, 9), (ar_ledger, 13)):
        whole = (await fetch_page(100, None))[0]
        assert len(whole) == expected
        for first in (1, 2, 4):
            paged = await _pages(fetch_page, first)
            assert paged == whole, (fetch_page.__name__, first)
    # The register: by date, then kind, then id; numbers are the documents' own.
    whole = (await register(100, None))[0]
    assert [n for _, _, n in whole][:3] == ["ADJ-1", "ADJ-5", "ADJ-7"]
    assert all(n.startswith("ADJ-" if k == "ar_adjustment" else "I-") for k, _, n in whole)


async def test_bank_register_pages_carry_the_running_balance_from_before_the_period(
    world: World,
) -> None:
    """Items before the period make the opening balance; every page, of any size, shows the
    running balance the whole list shows, and the last one ends on the closing balance."""
    for i in range(3):  # before the period
        await advance(world, "C-US", f"OLD-{i}", f"{100 + i}.00", on=date(2025, 12, 20 + i))
    for i in range(7):  # ties on the day and across kinds
        on = DAY1 if i % 3 else DAY2
        await advance(world, "C-US", f"AD-{i}", f"{5 + i}.25", on=on)
        if i % 2:
            await payment(world, "C-US", f"PAY-{i}", f"{20 + i}.50", on=on)
    actor, scope = world.actor, world.scope("US01")
    bank = world.banks["US-OPER"].id

    async def register(first: int, after: str | None) -> Any:
        page = await bank_reports.bank_register(
            actor,
            scope,
            bank,
            first=first,
            after=after,
            date_from=date(2026, 1, 1),
            date_to=date(2026, 1, 31),
        )
        return (
            [(x.kind, x.document_id, x.amount_minor, x.running_minor) for x in page.items],
            page.has_next_page,
            page.end_cursor,
            page,
        )

    whole_page = (await register(100, None))[3]
    whole = (await register(100, None))[0]
    assert whole_page.opening_minor == 10_000 + 10_100 + 10_200
    assert len(whole) == 10
    balance = whole_page.opening_minor
    for _, _, amount, running in whole:
        balance += amount
        assert running == balance
    assert balance == whole_page.closing_minor
    for first in (1, 2, 3, 4):
        assert await _pages(register, first) == whole, first


async def test_bank_reconciliation_pages_carry_the_running_balance_across_gaps(
    world: World,
) -> None:
    """A status filter leaves gaps (cleared items between uncleared ones, days with none):
    every page, of any size, shows each item with the balance of every item of the account
    up to it, as the whole history adds up."""
    cleared: list[BankItemRef] = []
    for i in range(9):
        on = date(2026, 1, 3 + (i % 4) * 2)  # four days, two days apart
        await advance(world, "C-US", f"AD-{i}", f"{5 + i}.25", on=on)
        if i % 2:
            pay = await payment(world, "C-US", f"PAY-{i}", f"{20 + i}.50", on=on)
            if i % 3:
                cleared.append(BankItemRef(BankItemKind.RECEIVED_PAYMENT, pay))
    for number in ("AD-0", "AD-4", "AD-5"):
        cleared.append(BankItemRef(BankItemKind.ADVANCE, await _pk("advance", number)))
    actor, scope = world.actor, world.scope("US01")
    await bank_service.set_cleared(actor, scope, cleared, date(2026, 1, 12))
    bank = world.banks["US-OPER"].id
    everything = await bank_reports.bank_register(
        actor, scope, bank, first=100, date_from=date(2026, 1, 1), date_to=date(2026, 1, 31)
    )
    assert len(everything.items) == 13
    assert not everything.has_next_page
    running = {(x.kind, x.document_id): x.running_minor for x in everything.items}
    balance = everything.opening_minor
    for item in everything.items:
        balance += item.amount_minor
        assert item.running_minor == balance
    for status, expected in ((ClearedStatus.UNCLEARED, 13 - 6), (ClearedStatus.CLEARED, 6)):

        async def reconciliation(first: int, after: str | None, status: Any = status) -> Any:
            page = await bank_reports.bank_reconciliation(
                actor,
                scope.__class__(entity=None),
                bank,
                statement_date=date(2026, 1, 31),
                statement_balance="0",
                status=status,
                first=first,
                after=after,
            )
            return (
                [(x.kind, x.document_id, x.running_minor) for x in page.items],
                page.has_next_page,
                page.end_cursor,
            )

        whole = (await reconciliation(100, None))[0]
        assert len(whole) == expected
        assert all(running[(kind, doc)] == balance for kind, doc, balance in whole), whole
        for first in (1, 2, 3):
            assert await _pages(reconciliation, first) == whole, (status, first)


_REPORTS = """query($c: ID!) {
  arLedger(customerId: $c, dateFrom: "2026-01-01", dateTo: "2026-01-31") {
    lines { number kind amount { amount } } }
  salesRegister(dateFrom: "2026-01-01", dateTo: "2026-01-31") {
    lines { number kind customer { code } refunds { refundNumber } } }
  invoiceAnalysis(dateFrom: "2026-01-01", dateTo: "2026-01-31") {
    invoices { invoice { number } balance { amount } } }
}"""


async def _statements(gql: GraphQLClient, world: World, token: str) -> tuple[int, dict[str, Any]]:
    with count_queries() as counter:
        data = await gql.data(
            _REPORTS,
            {"c": gid("Customer", world.customers["C-US"].id)},
            token=token,
            entity="US01",
        )
    return len(counter.statements), data


async def test_a_page_costs_the_same_statements_whatever_its_lines(
    gql: GraphQLClient, world: World
) -> None:
    token = await token_for("boss", roles=("admin",))
    await _documents(world, 2)
    await _statements(gql, world, token)  # the token and the settings are cached after the first
    few, data = await _statements(gql, world, token)
    assert len(data["salesRegister"]["lines"]) == 3
    await _documents_more(world)
    many, data = await _statements(gql, world, token)
    assert len(data["salesRegister"]["lines"]) == 15
    assert len(data["arLedger"]["lines"]) == 15
    assert {line["number"] for line in data["arLedger"]["lines"]} == {
        line["number"] for line in data["salesRegister"]["lines"]
    }
    assert many == few


async def _documents_more(world: World) -> None:
    for i in range(2, 10):
        await invoice(world, "C-US", f"I-{i}", f"{10 + i}.00", on=DAY1)
        if i % 2:
            await adjustment(world, "C-US", f"ADJ-{i}", f"{-1 - i}.00", on=DAY2)


async def test_line_numbers_come_with_the_report_rows(gql: GraphQLClient, world: World) -> None:
    """Asking for the lines' numbers adds no statement: they are columns of the report query."""
    token = await token_for("boss", roles=("admin",))
    await _documents(world, 4)
    customer = {"c": gid("Customer", world.customers["C-US"].id)}
    counts = []
    for fields in ("kind", "kind number"):
        query = f"""query($c: ID!) {{
          arLedger(customerId: $c, dateFrom: "2026-01-01", dateTo: "2026-01-31") {{
            lines {{ {fields} }} }}
          salesRegister(dateFrom: "2026-01-01", dateTo: "2026-01-31") {{ lines {{ {fields} }} }}
        }}"""
        await gql.data(query, customer, token=token, entity="US01")  # warm the caches
        with count_queries() as counter:
            data = await gql.data(query, customer, token=token, entity="US01")
        counts.append(counter.count)
    assert [line["number"] for line in data["salesRegister"]["lines"]] == [
        "ADJ-1",
        "I-1",
        "I-2",
        "ADJ-3",
        "I-0",
        "I-3",
    ]
    assert counts[0] == counts[1]


async def _pk(table: str, number: str) -> int:
    rows = await fetch(f"SELECT id FROM {table} WHERE number = ?", [number])
    return int(rows[0]["id"])


_SALES_WITH = """query {{ salesRegister(dateFrom: "2026-01-01", dateTo: "2026-01-31") {{
    lines {{ number {fields} }} }}
  invoiceAnalysis(dateFrom: "2026-01-01", dateTo: "2026-01-31") {{
    invoices {{ status {invoice_fields} }} }} }}
{fragments}"""


async def test_report_rows_get_what_the_query_asks_however_it_asks(
    gql: GraphQLClient, world: World
) -> None:
    """Report rows' nested fields are fetched for the whole page, only when the query asks
    for them: asked directly, under an alias, in a named or an inline fragment, they are
    the same; not asked, they cost no statement."""
    token = await token_for("boss", roles=("admin",))
    await _documents(world, 4)
    credit = await fetch("SELECT id FROM ar_credit WHERE document_number = 'ADJ-1'")
    draft = await refunds.create_draft(
        world.actor,
        world.scope("US01"),
        refunds.RefundInput(
            customer_id=world.customers["C-US"].id,
            bank_account_id=world.banks["US-OPER"].id,
            currency="USD",
            payment_date=DAY2,
        ),
        [refunds.AllocationInput(credit_id=int(credit[0]["id"]), amount="1.50")],
    )
    posted = await refunds.post(world.actor, world.scope("US01"), draft.id)

    async def ask(fields: str, invoice_fields: str, fragments: str = "") -> tuple[int, Any]:
        query = _SALES_WITH.format(
            fields=fields, invoice_fields=invoice_fields, fragments=fragments
        )
        with count_queries() as counter:
            data = await gql.data(query, token=token, entity="US01")
        return counter.count, data

    await ask("", "")  # the token and the settings are cached after the first
    bare, plain = await ask("", "")
    direct, asked = await ask(
        "customer { code } refunds { refundNumber amount { amount } }",
        "invoice { number } customer { code }",
    )
    lines = asked["salesRegister"]["lines"]
    assert {line["customer"]["code"] for line in lines} == {"C-US"}
    assert [line["refunds"] for line in lines if line["number"] == "ADJ-1"] == [
        [{"refundNumber": posted.number, "amount": {"amount": "1.50"}}]
    ]
    assert all(line["refunds"] == [] for line in lines if line["number"] != "ADJ-1")
    invoices = asked["invoiceAnalysis"]["invoices"]
    assert sorted(i["invoice"]["number"] for i in invoices) == ["I-0", "I-1", "I-2", "I-3"]
    assert {i["customer"]["code"] for i in invoices} == {"C-US"}
    assert direct > bare
    for fields, invoice_fields, fragments in (
        (
            "who: customer { code } refunds { refundNumber amount { amount } }",
            "invoice { number } customer { code }",
            "",
        ),
        (
            "...Line",
            "...Figures",
            "fragment Line on SalesRegisterLine { customer { code }"
            " refunds { refundNumber amount { amount } } }"
            " fragment Figures on InvoiceAnalysisLine { invoice { number } customer { code } }",
        ),
        (
            "... on SalesRegisterLine { customer { code } refunds { refundNumber"
            " amount { amount } } }",
            "... on InvoiceAnalysisLine { invoice { number } customer { code } }",
            "",
        ),
    ):
        statements, data = await ask(fields, invoice_fields, fragments)
        assert statements == direct, fields
        got = data["salesRegister"]["lines"]
        if fields.startswith("who"):
            got = [
                {"number": x["number"], "customer": x["who"], "refunds": x["refunds"]} for x in got
            ]
        assert got == lines
        assert data["invoiceAnalysis"]["invoices"] == invoices
    assert [line["number"] for line in plain["salesRegister"]["lines"]] == [
        line["number"] for line in lines
    ]


_RECONCILIATION = """{ customerReconciliation(first: 50) { rows { customer { code }
    balances { currency difference { amount } }
    one: refunds(first: 1) { number }
    refunds { number state total { amount } refund { number }
      clearedCredits { matchReference amount { amount } credit { documentNumber } } } }
  totals { currency subledger { amount } generalLedger { amount } } } }"""


async def test_reconciliation_rows_carry_their_refunds_and_what_each_cleared(
    gql: GraphQLClient, world: World
) -> None:
    """The rows' refunds and cleared credits, fetched for the page at once: each under its
    own ``first``, each credit matched to its refund, totals from the balances."""
    token = await token_for("boss", roles=("admin",))
    scope = world.scope("US01")
    for index in range(3):
        await advance(world, "C-US", f"ADV-{index}", "10.00")
    credit_ids = [int(r["id"]) for r in await fetch("SELECT id FROM ar_credit ORDER BY id")]
    numbers = []
    for index, amounts in enumerate((("1.00", "2.00"), ("3.00",))):
        draft = await refunds.create_draft(
            world.actor,
            scope,
            refunds.RefundInput(
                customer_id=world.customers["C-US"].id,
                bank_account_id=world.banks["US-OPER"].id,
                currency="USD",
                payment_date=DAY2,
            ),
            [
                refunds.AllocationInput(credit_id=credit_ids[index + n], amount=amount)
                for n, amount in enumerate(amounts)
            ],
        )
        numbers.append((await refunds.post(world.actor, scope, draft.id)).number)
    await advance(world, "C-EU", "ADV-EU", "5.00", bank="EU-OPER", currency="EUR", entity="EU01")
    data = await gql.data(_RECONCILIATION, token=token)
    rows = {row["customer"]["code"]: row for row in data["customerReconciliation"]["rows"]}
    assert set(rows) == {"C-US", "C-EU"}
    us = rows["C-US"]
    assert us["one"] == [{"number": numbers[0]}]
    assert [r["number"] for r in us["refunds"]] == numbers
    assert [r["refund"]["number"] for r in us["refunds"]] == numbers
    assert [r["total"]["amount"] for r in us["refunds"]] == ["3.00", "3.00"]
    assert [
        [(c["matchReference"], c["amount"]["amount"]) for c in r["clearedCredits"]]
        for r in us["refunds"]
    ] == [
        [(f"{numbers[0]}/ADV-0", "1.00"), (f"{numbers[0]}/ADV-1", "2.00")],
        [(f"{numbers[1]}/ADV-1", "3.00")],
    ]
    assert us["balances"] == [{"currency": "USD", "difference": {"amount": "0.00"}}]
    assert rows["C-EU"]["refunds"] == []
    assert data["customerReconciliation"]["totals"] == [
        {"currency": "EUR", "subledger": {"amount": "-5.00"}, "generalLedger": {"amount": "-5.00"}},
        {
            "currency": "USD",
            "subledger": {"amount": "-24.00"},
            "generalLedger": {"amount": "-24.00"},
        },
    ]
