"""No unusable character reaches the database: NUL, control characters and half a
surrogate pair in any text input are refused with INVALID_TEXT (or the field's own code),
never stored, never an internal error. Each case is a request that succeeds as written and
is sent again with one text spoiled."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from app.services import refunds
from models import ArCredit
from tests.conftest import GraphQLClient, token_for
from tests.factories import D, World, advance, gid

SPOILERS = {"nul": "A\x00B", "bell": "A\x07B", "surrogate": "A\ud800B"}
# The field's own refusal where the text names something (an unknown code is not known).
OWN_CODES = {
    "INVALID_TEXT",
    "UNKNOWN_CURRENCY",
    "INVALID",
    "VOID_REASON_REQUIRED",
    "ENTITY_NOT_FOUND",
}


@dataclass(frozen=True)
class Case:
    query: str
    variables: Callable[[dict[str, str]], dict[str, Any]]
    path: str  # the text to spoil, e.g. "input.lines.0.description"
    entity: str | None = "US01"


def _fixed(variables: dict[str, Any]) -> Callable[[dict[str, str]], dict[str, Any]]:
    return lambda ids: copy.deepcopy(variables)


def _lines() -> list[dict[str, str]]:
    return [{"amount": "10.00", "glAccountNumber": "4000", "description": "Goods"}]


INVOICE = """mutation($input: InvoiceInput!) { createInvoice(input: $input) {
  invoice { id } errors { code field } } }"""
ADJUSTMENT = """mutation($input: ArAdjustmentInput!) { createArAdjustment(input: $input) {
  adjustment { id } errors { code field } } }"""
PAYMENT = """mutation($input: ReceivedPaymentInput!) { recordReceivedPayment(input: $input) {
  payment { id } errors { code field } } }"""
DRAFT = """mutation($input: RefundDraftInput!, $key: String) {
  createRefundDraft(input: $input, idempotencyKey: $key) {
    refund { id } errors { code field } } }"""
UPDATE = """mutation($id: ID!, $input: RefundUpdateInput!) { updateRefund(id: $id, version: 1,
  input: $input) { refund { id } errors { code field } } }"""
VOID = """mutation($id: ID!, $reason: String!, $key: String) { voidRefund(id: $id,
  voidDate: "2026-03-20", reason: $reason, idempotencyKey: $key) { refund { id }
  errors { code field } } }"""
CONFIGURE = """mutation($input: ArConfigurationInput!) { updateArConfiguration(input: $input) {
  configuration { refundsEnabled } errors { code field } } }"""


def _document(ids: dict[str, str], **more: Any) -> dict[str, Any]:
    return {
        "input": {
            "customerId": ids["customer"],
            "number": "DOC-1",
            "documentDate": "2026-03-02",
            "currency": "USD",
            "memo": "Memo",
            **more,
        }
    }


def _receipt(ids: dict[str, str]) -> dict[str, Any]:
    return _document(ids, amount="5.00", bankAccountId=ids["bank"], reference="R-1")


def _draft(ids: dict[str, str]) -> dict[str, Any]:
    return {
        "input": {
            "customerId": ids["customer"],
            "bankAccountId": ids["bank"],
            "currency": "USD",
            "paymentDate": "2026-03-10",
            "reference": "WIRE",
            "memo": "Memo",
            "allocations": [{"creditId": ids["credit"], "amount": "1.00"}],
        },
        "key": "key-1",
    }


CASES: dict[str, Case] = {
    **{
        f"invoice {path}": Case(INVOICE, lambda ids: _document(ids, lines=_lines()), path)
        for path in (
            "input.number",
            "input.memo",
            "input.currency",
            "input.lines.0.glAccountNumber",
            "input.lines.0.description",
        )
    },
    "adjustment description": Case(
        ADJUSTMENT,
        lambda ids: _document(ids, lines=_lines()),
        "input.lines.0.description",
    ),
    **{
        f"payment {path}": Case(PAYMENT, _receipt, path)
        for path in ("input.number", "input.reference", "input.memo")
    },
    **{
        f"refund draft {path}": Case(DRAFT, _draft, path)
        for path in ("input.reference", "input.memo", "input.currency", "key")
    },
    **{
        f"refund update {path}": Case(
            UPDATE, lambda ids: {"id": ids["draft"], "input": {"reference": "R", "memo": "M"}}, path
        )
        for path in ("input.reference", "input.memo")
    },
    **{
        f"void {path}": Case(
            VOID, lambda ids: {"id": ids["posted"], "reason": "Wrong", "key": "v"}, path
        )
        for path in ("reason", "key")
    },
    **{
        f"configuration {path}": Case(
            CONFIGURE,
            lambda ids: {
                "input": {
                    "refundsEnabled": True,
                    "refundJournalSymbol": "RFJ",
                    "arJournalSymbol": "ARJ",
                    "arControlAccountNumber": "1200",
                    "refundSequence": {"prefix": "RFEU-", "nextNumber": 1, "padding": 6},
                }
            },
            path,
            entity="EU01",  # not yet configured: its numbering is free to set
        )
        for path in (
            "input.refundJournalSymbol",
            "input.arJournalSymbol",
            "input.arControlAccountNumber",
            "input.refundSequence.prefix",
        )
    },
    "customer search": Case(
        "query($s: String) { customers(search: $s) { totalCount } }", lambda ids: {"s": "Acme"}, "s"
    ),
    "account search": Case(
        "query($s: String) { glAccounts(search: $s) { totalCount } }",
        lambda ids: {"s": "Cash"},
        "s",
    ),
    "bank currency": Case(
        "query($c: String) { bankAccounts(currency: $c) { code } }", lambda ids: {"c": "USD"}, "c"
    ),
    "list cursor": Case(
        "query($a: String) { refunds(after: $a) { totalCount } }", lambda ids: {"a": None}, "a"
    ),
    **{
        f"setup {name} {path}": Case(
            f"mutation($input: {input_type}!) {{ {name}(input: $input) {{ errors {{ code }} }} }}",
            _fixed({"input": fields}),
            path,
            entity=None,
        )
        for name, input_type, fields, paths in (
            (
                "createEntity",
                "EntityInput",
                {"code": "CA01", "name": "Canada", "baseCurrency": "CAD"},
                ("input.code", "input.name", "input.baseCurrency"),
            ),
            (
                "createGlAccount",
                "GLAccountInput",
                {"number": "6100", "title": "Fees", "kind": "EXPENSE"},
                ("input.number", "input.title"),
            ),
            (
                "createJournal",
                "JournalInput",
                {"symbol": "GJ", "title": "General"},
                ("input.symbol", "input.title"),
            ),
            (
                "createBankAccount",
                "BankAccountInput",
                {"code": "B2", "name": "B", "currency": "USD", "glAccountNumber": "1000"},
                ("input.code", "input.name", "input.glAccountNumber"),
            ),
            (
                "createCustomer",
                "CustomerInput",
                {"code": "C-9", "name": "Nine", "entityCode": "US01"},
                ("input.code", "input.name", "input.entityCode"),
            ),
        )
        for path in paths
    },
}


def _spoil(variables: dict[str, Any], path: str, value: str) -> dict[str, Any]:
    spoiled = copy.deepcopy(variables)
    *parents, last = path.split(".")
    target: Any = spoiled
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    target[last] = value
    return spoiled


def _codes(body: dict[str, Any]) -> list[str]:
    codes = [e.get("extensions", {}).get("code") for e in body.get("errors") or []]
    for payload in (body.get("data") or {}).values():
        if isinstance(payload, dict):
            codes += [e["code"] for e in payload.get("errors") or []]
    return [str(code) for code in codes]


@pytest.fixture
async def ids(world: World, refunds_enabled: None) -> dict[str, str]:
    await advance(world, "C-US", "ADV-1", "50.00")
    credit = await ArCredit.get(document_number="ADV-1")
    scope = world.scope("US01")
    header = refunds.RefundInput(
        customer_id=world.customers["C-US"].id,
        bank_account_id=world.banks["US-OPER"].id,
        currency="USD",
        payment_date=D,
    )
    draft = await refunds.create_draft(
        world.actor, scope, header, [refunds.AllocationInput(credit.id, "5.00")]
    )
    posted = await refunds.record(
        world.actor, scope, header, [refunds.AllocationInput(credit.id, "5.00")]
    )
    return {
        "customer": gid("Customer", world.customers["C-US"].id),
        "bank": gid("BankAccount", world.banks["US-OPER"].id),
        "credit": gid("Credit", credit.id),
        "draft": gid("Refund", draft.id),
        "posted": gid("Refund", posted.id),
    }


async def _post(
    gql: GraphQLClient, case: Case, variables: dict[str, Any], token: str
) -> httpx.Response:
    """As a client sends it: JSON with every non-ASCII character escaped, so that half a
    surrogate pair travels as the \\ud800 escape JSON allows."""
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    if case.entity:
        headers["X-Entity"] = case.entity
    body = json.dumps({"query": case.query, "variables": variables}, ensure_ascii=True)
    return await gql.http.post("/graphql", content=body, headers=headers)


@pytest.mark.parametrize("name", list(CASES))
async def test_an_unusable_character_in_any_text_is_refused(
    gql: GraphQLClient, ids: dict[str, str], name: str
) -> None:
    case = CASES[name]
    token = await token_for("boss", roles=("admin",))
    variables = case.variables(ids)
    for label, spoiler in SPOILERS.items():
        response = await _post(gql, case, _spoil(variables, case.path, spoiler), token)
        assert response.status_code == 200, response.text
        codes = _codes(response.json())
        assert codes, (label, response.json())  # refused, not stored
        assert set(codes) <= OWN_CODES, (label, response.json())
    # As written, the request is fine: the spoiled character alone was refused.
    response = await _post(gql, case, variables, token)
    assert _codes(response.json()) == [], response.json()
