"""A company starts from an empty, migrated database and uses the product through its own
interfaces only: the command line and the HTTP API. No demo data, no database writes.

It sets itself up (two entities in different base currencies, accounts, journals, bank
accounts, AR configuration, customers), records invoices, an overpayment, an advance and a
credit memo, applies a credit to an invoice, posts and voids a refund, and ends with the
integrity check clean and the reports agreeing with the customer's balance."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import GraphQLClient, run_cli

SETUP_FILE = """
[company]
name = "Northwind Holdings"

[[entities]]
code = "US01"
name = "Northwind US"
base_currency = "USD"

[[entities]]
code = "EU01"
name = "Northwind Europe"
base_currency = "eur"

[[gl_accounts]]
number = "1000"
title = "Cash US"
kind = "asset"

[[gl_accounts]]
number = "1010"
title = "Cash EU"
kind = "asset"

[[gl_accounts]]
number = "1200"
title = "Accounts receivable"
kind = "asset"

[[gl_accounts]]
number = "4000"
title = "Sales"
kind = "revenue"

[[journals]]
symbol = "ARJ"
title = "AR journal"

[[ar_configuration]]
ar_journal = "ARJ"
ar_control_account = "1200"
"""


async def _ok(
    gql: GraphQLClient,
    token: str,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    entity: str | None = None,
) -> dict[str, Any]:
    """The payload of a mutation (its only field), which must have no errors."""
    data = await gql.data(query, variables, token=token, entity=entity)
    (payload,) = data.values()
    assert payload.get("errors", []) == [], payload
    return dict(payload)


async def test_a_company_sets_up_and_works_from_an_empty_database(
    gql: GraphQLClient, db: None, database_url: str, tmp_path: Path
) -> None:
    # The command line: an administrator, a token, and the company from a file.
    run_cli("users", "create", "ada", "--role", "admin", database_url=database_url)
    token = run_cli("tokens", "create", "ada", "--name", "setup", database_url=database_url)
    admin = token.stdout.strip()
    setup_file = tmp_path / "company.toml"
    setup_file.write_text(SETUP_FILE, encoding="utf-8")
    first = run_cli("setup", str(setup_file), "--as", "ada", database_url=database_url)
    assert "created entity EU01" in first.stdout
    again = run_cli("setup", str(setup_file), "--as", "ada", database_url=database_url)
    assert all(line.startswith("unchanged") for line in again.stdout.splitlines()), again.stdout

    # The rest of the setup over GraphQL.
    await _ok(
        gql,
        admin,
        """mutation { createGlAccount(input: {number: "4900", title: "Returns", kind: REVENUE})
           { glAccount { number kind } errors { code field message } } }""",
    )
    await _ok(
        gql,
        admin,
        """mutation { createJournal(input: {symbol: "RFJ", title: "Refunds"})
           { journal { symbol } errors { code field message } } }""",
    )
    banks = {}
    for code, currency, account, entity in (
        ("US-OPER", "USD", "1000", "US01"),
        ("EU-OPER", "EUR", "1010", "EU01"),
    ):
        created = await _ok(
            gql,
            admin,
            """mutation($input: BankAccountInput!) { createBankAccount(input: $input) {
                 bankAccount { id code currency glAccount { number } entity { code } }
                 errors { code field message } } }""",
            {
                "input": {
                    "code": code,
                    "name": code,
                    "currency": currency,
                    "glAccountNumber": account,
                    "entityCode": entity,
                }
            },
        )
        assert created["bankAccount"]["entity"] == {"code": entity}
        banks[code] = created["bankAccount"]["id"]
    customers = {}
    for code, entity in (("C-US", "US01"), ("C-EU", "EU01")):
        created = await _ok(
            gql,
            admin,
            """mutation($input: CustomerInput!) { createCustomer(input: $input) {
                 customer { id code status } errors { code field message } } }""",
            {"input": {"code": code, "name": f"Customer {code}", "entityCode": entity}},
        )
        customers[code] = created["customer"]["id"]
    for entity, prefix in (("US01", "RFUS-"), ("EU01", "RFEU-")):
        configured = await _ok(
            gql,
            admin,
            """mutation($input: ArConfigurationInput!) { updateArConfiguration(input: $input) {
                 configuration { refundsEnabled arJournalSymbol refundJournalSymbol
                                 arControlAccount { number } }
                 errors { code field message } } }""",
            {
                "input": {
                    "refundsEnabled": True,
                    "refundJournalSymbol": "RFJ",
                    "arJournalSymbol": "ARJ",
                    "arControlAccountNumber": "1200",
                    "refundSequence": {"prefix": prefix, "nextNumber": 1, "padding": 6},
                }
            },
            entity=entity,
        )
        assert configured["configuration"] == {
            "refundsEnabled": True,
            "arJournalSymbol": "ARJ",
            "refundJournalSymbol": "RFJ",
            "arControlAccount": {"number": "1200"},
        }

    # A user restricted to an entity can now exist: the entity does.
    run_cli(
        "users",
        "create",
        "eve",
        "--role",
        "ar_clerk",
        "--entity",
        "EU01",
        database_url=database_url,
    )

    # AR documents in US01: invoices, an overpayment, an advance, a credit memo.
    def document(mutation: str, input_type: str, field: str) -> str:
        return f"""mutation($input: {input_type}!) {{ {mutation}(input: $input) {{
                     {field} {{ id number }} errors {{ code field message }} }} }}"""

    ids: dict[str, str] = {}
    for number, amount in (("INV-1", "100.00"), ("INV-2", "60.00")):
        posted = await _ok(
            gql,
            admin,
            document("createInvoice", "InvoiceInput", "invoice"),
            {
                "input": {
                    "customerId": customers["C-US"],
                    "number": number,
                    "documentDate": "2026-03-01",
                    "currency": "USD",
                    "lines": [{"amount": amount, "glAccountNumber": "4000"}],
                }
            },
            entity="US01",
        )
        ids[number] = posted["invoice"]["id"]
    await _ok(
        gql,
        admin,
        document("recordReceivedPayment", "ReceivedPaymentInput", "payment"),
        {
            "input": {
                "customerId": customers["C-US"],
                "number": "PAY-1",
                "documentDate": "2026-03-05",
                "currency": "USD",
                "amount": "150.00",
                "bankAccountId": banks["US-OPER"],
                "applications": [{"invoiceId": ids["INV-1"], "amount": "100.00"}],
            }
        },
        entity="US01",
    )
    await _ok(
        gql,
        admin,
        document("recordAdvance", "AdvanceInput", "advance"),
        {
            "input": {
                "customerId": customers["C-US"],
                "number": "ADV-1",
                "documentDate": "2026-03-06",
                "currency": "USD",
                "amount": "80.00",
                "bankAccountId": banks["US-OPER"],
            }
        },
        entity="US01",
    )
    await _ok(
        gql,
        admin,
        document("createArAdjustment", "ArAdjustmentInput", "adjustment"),
        {
            "input": {
                "customerId": customers["C-US"],
                "number": "CM-1",
                "documentDate": "2026-03-07",
                "currency": "USD",
                "lines": [{"amount": "-30.00", "glAccountNumber": "4900"}],
            }
        },
        entity="US01",
    )
    await _ok(
        gql,
        admin,
        document("createInvoice", "InvoiceInput", "invoice"),
        {
            "input": {
                "customerId": customers["C-EU"],
                "number": "INV-EU-1",
                "documentDate": "2026-03-02",
                "currency": "EUR",
                "lines": [{"amount": "45.00", "glAccountNumber": "4000"}],
            }
        },
        entity="EU01",
    )
    credits = {
        c["documentNumber"]: c
        for c in (
            await gql.data(
                """query($id: ID!) { customer(id: $id) { eligibleCredits {
                     id documentNumber available { amount } } } }""",
                {"id": customers["C-US"]},
                token=admin,
                entity="US01",
            )
        )["customer"]["eligibleCredits"]
    }
    assert {k: v["available"]["amount"] for k, v in credits.items()} == {
        "PAY-1": "50.00",
        "ADV-1": "80.00",
        "CM-1": "30.00",
    }

    # The credit memo pays half of INV-2.
    applied = await _ok(
        gql,
        admin,
        """mutation($input: CreditApplicationInput!) { applyCredit(input: $input) {
             application { amount { amount } invoice { number balanceDue { amount } }
                           credit { documentNumber openAmount { amount } } }
             errors { code field message } } }""",
        {
            "input": {
                "creditId": credits["CM-1"]["id"],
                "invoiceId": ids["INV-2"],
                "amount": "30.00",
                "appliedOn": "2026-03-08",
            }
        },
        entity="US01",
    )
    assert applied["application"] == {
        "amount": {"amount": "30.00"},
        "invoice": {"number": "INV-2", "balanceDue": {"amount": "30.00"}},
        "credit": {"documentNumber": "CM-1", "openAmount": {"amount": "0.00"}},
    }

    # A refund posted and voided, and one that stands.
    async def record(credit: str, amount: str, reference: str) -> dict[str, Any]:
        recorded = await _ok(
            gql,
            admin,
            """mutation($input: RefundDraftInput!) { recordRefund(input: $input) {
                 refund { id number version } errors { code field message } } }""",
            {
                "input": {
                    "customerId": customers["C-US"],
                    "bankAccountId": banks["US-OPER"],
                    "currency": "USD",
                    "paymentDate": "2026-03-10",
                    "reference": reference,
                    "allocations": [{"creditId": credits[credit]["id"], "amount": amount}],
                }
            },
            entity="US01",
        )
        return dict(recorded["refund"])

    mistaken = await record("ADV-1", "20.00", "WIRE-1")
    assert mistaken["number"] == "RFUS-000001"
    await _ok(
        gql,
        admin,
        """mutation($id: ID!, $version: Int!) { voidRefund(id: $id, version: $version,
             voidDate: "2026-03-11", reason: "Paid to the wrong account") {
             refund { state } errors { code field message } } }""",
        {"id": mistaken["id"], "version": mistaken["version"]},
        entity="US01",
    )
    standing = await record("PAY-1", "50.00", "WIRE-2")
    assert standing["number"] == "RFUS-000002"

    # The books: the integrity check is clean, and the reports agree with the balance.
    assert "No problems found" in run_cli("check", database_url=database_url).stderr
    books = await gql.data(
        """query($id: ID!) {
             customer(id: $id) { balance { total { amount currency } } }
             arLedger(customerId: $id, dateFrom: "2026-01-01", dateTo: "2026-12-31") {
               closingBalance { amount currency } }
             customerReconciliation { rows { customer { code }
               balances { currency subledger { amount } generalLedger { amount }
                          difference { amount } } } } }""",
        {"id": customers["C-US"]},
        token=admin,
        entity="US01",
    )
    # 100 + 60 invoiced, 150 paid, 80 in advance, 30 credited; 50 refunded (20 voided).
    expected = {"amount": "-50.00", "currency": "USD"}
    assert books["customer"]["balance"]["total"] == expected
    assert books["arLedger"]["closingBalance"] == expected
    (row,) = [r for r in books["customerReconciliation"]["rows"] if r["customer"]["code"] == "C-US"]
    assert row["balances"] == [
        {
            "currency": "USD",
            "subledger": {"amount": "-50.00"},
            "generalLedger": {"amount": "-50.00"},
            "difference": {"amount": "0.00"},
        }
    ]
    # At the top level the two base currencies cannot be summed: no balance, with a reason.
    top = await gql.data(
        """query($id: ID!) { customer(id: $id) { balance { total { amount } unavailable } } }""",
        {"id": customers["C-US"]},
        token=admin,
    )
    assert top["customer"]["balance"] == {"total": None, "unavailable": "MULTIPLE_BASE_CURRENCIES"}
