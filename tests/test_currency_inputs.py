"""Every input that takes a currency reads it the same way: "usd", " USD " and "USD" are
one currency, and a code ISO 4217 does not know is UNKNOWN_CURRENCY, never another code."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest

from models import ArCredit
from tests.conftest import GraphQLClient, token_for
from tests.factories import World, advance, gid, invoice

SPELLINGS = ("USD", "usd", " USD ")


@dataclass
class Case:
    gql: GraphQLClient
    world: World
    token: str
    credit: str

    @property
    def customer(self) -> str:
        return gid("Customer", self.world.customers["C-US"].id)

    @property
    def bank(self) -> str:
        return gid("BankAccount", self.world.banks["US-OPER"].id)

    async def run(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        response = await self.gql.post(query, variables, token=self.token, entity="US01")
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body


def _errors(body: dict[str, Any], payload: str | None = None) -> list[tuple[str, str | None]]:
    """(code, field) of the errors, whether GraphQL errors or a mutation payload's."""
    if payload is not None and body.get("data"):
        return [(e["code"], e["field"]) for e in body["data"][payload]["errors"]]
    return [(e["extensions"]["code"], e["extensions"]["field"]) for e in body.get("errors", [])]


Ask = Callable[[Case, str, int], Awaitable[tuple[Any, list[tuple[str, str | None]]]]]


def _lined(mutation: str, input_type: str, field: str) -> Ask:
    async def ask(case: Case, currency: str, n: int) -> tuple[Any, list[tuple[str, str | None]]]:
        body = await case.run(
            f"""mutation($input: {input_type}!) {{ {mutation}(input: $input) {{
                {field} {{ currency total {{ amount currency }} }} errors {{ code field }} }} }}""",
            {
                "input": {
                    "customerId": case.customer,
                    "number": f"DOC-{n}",
                    "documentDate": "2026-03-05",
                    "currency": currency,
                    "lines": [{"amount": "-12.50", "glAccountNumber": "4000"}],
                }
            },
        )
        data = body.get("data") or {}
        return (data.get(mutation) or {}).get(field), _errors(body, mutation)

    return ask


def _receipt(mutation: str, input_type: str, field: str) -> Ask:
    async def ask(case: Case, currency: str, n: int) -> tuple[Any, list[tuple[str, str | None]]]:
        body = await case.run(
            f"""mutation($input: {input_type}!) {{ {mutation}(input: $input) {{
                {field} {{ currency amount {{ amount currency }} }}
                errors {{ code field }} }} }}""",
            {
                "input": {
                    "customerId": case.customer,
                    "number": f"REC-{n}",
                    "documentDate": "2026-03-05",
                    "currency": currency,
                    "amount": "20.00",
                    "bankAccountId": case.bank,
                }
            },
        )
        data = body.get("data") or {}
        return (data.get(mutation) or {}).get(field), _errors(body, mutation)

    return ask


def _refund(mutation: str) -> Ask:
    async def ask(case: Case, currency: str, n: int) -> tuple[Any, list[tuple[str, str | None]]]:
        body = await case.run(
            f"""mutation($input: RefundDraftInput!) {{ {mutation}(input: $input) {{
                refund {{ currency state total {{ amount currency }} }}
                errors {{ code field }} }} }}""",
            {
                "input": {
                    "customerId": case.customer,
                    "bankAccountId": case.bank,
                    "currency": currency,
                    "paymentDate": "2026-03-10",
                    "reference": f"WIRE-{n}",
                    "allocations": [{"creditId": case.credit, "amount": "1.00"}],
                }
            },
        )
        data = body.get("data") or {}
        return (data.get(mutation) or {}).get("refund"), _errors(body, mutation)

    return ask


def _query(query: str, pick: Callable[[dict[str, Any]], Any]) -> Ask:
    async def ask(case: Case, currency: str, n: int) -> tuple[Any, list[tuple[str, str | None]]]:
        body = await case.run(query, {"customer": case.customer, "currency": currency})
        return (pick(body["data"]) if body.get("data") else None), _errors(body)

    return ask


PERIOD = 'dateFrom: "2026-01-01", dateTo: "2026-12-31"'
INPUTS: dict[str, Ask] = {
    "createInvoice": _lined("createInvoice", "InvoiceInput", "invoice"),
    "createArAdjustment": _lined("createArAdjustment", "ArAdjustmentInput", "adjustment"),
    "recordReceivedPayment": _receipt("recordReceivedPayment", "ReceivedPaymentInput", "payment"),
    "recordAdvance": _receipt("recordAdvance", "AdvanceInput", "advance"),
    "createRefundDraft": _refund("createRefundDraft"),
    "recordRefund": _refund("recordRefund"),
    "eligibleCredits": _query(
        """query($customer: ID!, $currency: String) { customer(id: $customer) {
            eligibleCredits(currency: $currency) { documentNumber currency openAmount { amount } }
        } }""",
        lambda d: d["customer"]["eligibleCredits"],
    ),
    "bankAccounts": _query(
        "query($currency: String) { bankAccounts(currency: $currency) { code currency } }",
        lambda d: d["bankAccounts"],
    ),
    "arLedger": _query(
        f"""query($customer: ID!, $currency: String) {{
            arLedger(customerId: $customer, {PERIOD}, currency: $currency) {{
              currency closingBalance {{ amount currency }} }} }}""",
        lambda d: d["arLedger"],
    ),
    "arStatement": _query(
        f"""query($customer: ID!, $currency: String) {{
            arStatement(customerId: $customer, {PERIOD}, currency: $currency) {{
              ledger {{ currency }} aging {{ net {{ amount currency }} }} }} }}""",
        lambda d: d["arStatement"],
    ),
    "salesRegister": _query(
        f"""query($currency: String) {{ salesRegister({PERIOD}, currency: $currency) {{
              lines {{ number total {{ amount currency }} }} totals {{ currency }} }} }}""",
        lambda d: d["salesRegister"],
    ),
}


@pytest.fixture
async def case(gql: GraphQLClient, world: World, refunds_enabled: None) -> Case:
    await advance(world, "C-US", "ADV-1", "100.00")
    await invoice(world, "C-US", "INV-1", "30.00")
    credit = await ArCredit.get(document_number="ADV-1")
    token = await token_for("admin")
    return Case(gql, world, token, gid("Credit", credit.id))


@pytest.mark.parametrize("name", list(INPUTS))
async def test_a_currency_code_reads_the_same_on_every_input(case: Case, name: str) -> None:
    ask = INPUTS[name]
    answers = []
    for n, spelling in enumerate(SPELLINGS):
        result, errors = await ask(case, spelling, n)
        assert errors == [], (spelling, errors)
        assert result, (spelling, result)
        answers.append(result)
    assert answers == [answers[0]] * len(SPELLINGS)
    assert "USD" in str(answers[0])

    result, errors = await ask(case, "XYZ", len(SPELLINGS))
    assert errors == [("UNKNOWN_CURRENCY", "currency")]
    assert not result
