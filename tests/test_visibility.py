"""One visibility rule per object kind, whichever way the object is reached.

For every permission set and every kind of object, the object is visible through the list,
the single read, ``node``, the report fields and the mutation payloads alike, or through
none of them. A path whose surrounding operation needs another permission (a report needs
reports.read, a mutation its own permission) is not asked of users without it. Inside
another entity nothing of these objects is visible at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from app.services import refunds, users
from models import ArCredit
from models.enums import Permission
from tests.conftest import GraphQLClient
from tests.factories import World, advance, gid, invoice, payment

P = Permission
PERMISSION_SETS: dict[str, frozenset[Permission]] = {
    "none": frozenset(),
    "list": frozenset({P.REFUNDS_LIST}),
    "view": frozenset({P.REFUNDS_VIEW}),
    "edit": frozenset({P.REFUNDS_EDIT}),
    "post": frozenset({P.REFUNDS_POST}),
    "void": frozenset({P.REFUNDS_VOID}),
    "reports": frozenset({P.REPORTS_READ}),
    "setup": frozenset({P.SETUP_MANAGE}),
    # With a read permission too, so that the mutation payloads show what they may.
    "edit+list": frozenset({P.REFUNDS_EDIT, P.REFUNDS_LIST}),
    "post+view": frozenset({P.REFUNDS_POST, P.REFUNDS_VIEW}),
    "void+view": frozenset({P.REFUNDS_VOID, P.REFUNDS_VIEW}),
}

# Who sees what (SPEC 5), written out here rather than read from the code under test:
# customers and their AR to whoever works with refunds, AR documents or reports; a refund's
# header to whoever may list or view refunds; what lies behind it to viewers only.
AR_READERS = frozenset(
    {P.REFUNDS_LIST, P.REFUNDS_VIEW, P.REFUNDS_EDIT, P.REPORTS_READ, P.AR_DOCUMENTS_MANAGE}
)
REFUND_READERS = frozenset({P.REFUNDS_LIST, P.REFUNDS_VIEW})
# Master data is seen by those who set it up too; what a customer owes is not.
MASTER_READERS = AR_READERS | {P.SETUP_MANAGE}
READERS: dict[str, frozenset[Permission]] = {
    "customer": MASTER_READERS,
    "bank account": MASTER_READERS,
    "invoice": AR_READERS,
    "credit": AR_READERS,
    "refund": REFUND_READERS,
    "refund details": frozenset({P.REFUNDS_VIEW}),
}

# Codes a hidden object may be answered with; anything else is a broken query.
HIDDEN_CODES = {"PERMISSION_DENIED", "CUSTOMER_NOT_FOUND", "BANK_ACCOUNT_NOT_FOUND"}
PERIOD = {"from": "2026-01-01", "to": "2026-12-31"}


@dataclass(frozen=True)
class Objects:
    customer: str
    bank: str
    invoice: str
    credit: str
    posted: str
    draft: str


@dataclass(frozen=True)
class Path:
    """One way to reach an object: a query, and how to tell whether the object came back."""

    name: str
    query: str
    found: Callable[[dict[str, Any], Objects], bool]
    # Permissions one of which the surrounding operation needs (empty: the object's own read).
    needs: frozenset[Permission] = frozenset()
    mutation: str | None = None  # the payload field, for mutation paths


def _ids(items: list[dict[str, Any]] | None) -> set[str]:
    return {item["id"] for item in items or [] if item}


def _ledger_refunds(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [line["refund"] for line in data["arLedger"]["lines"] if line["refund"]]


def _matches(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [match for row in data["customerReconciliation"]["rows"] for match in row["refunds"]]


def _payload_refund(field: str) -> Callable[[dict[str, Any], Objects], bool]:
    return lambda data, objects: bool(data[field]["refund"])


LEDGER = """query($customer: ID!, $from: Date!, $to: Date!) {
  arLedger(customerId: $customer, dateFrom: $from, dateTo: $to) {
    customer { id } lines { document { id } refund { id allocations { amount { amount } } } } } }"""
RECONCILIATION = """{ customerReconciliation { rows { customer { id }
  refunds { refund { id } clearedCredits { credit { id } } } } } }"""
PAYLOAD = "refund { id allocations { amount { amount } } } errors { code }"

PATHS: dict[str, list[Path]] = {
    "customer": [
        Path(
            "list",
            "{ customers(first: 200) { edges { node { id } } } }",
            lambda d, o: o.customer in _ids([e["node"] for e in d["customers"]["edges"]]),
        ),
        Path(
            "single read",
            "query($customer: ID!) { customer(id: $customer) { id } }",
            lambda d, o: d["customer"] is not None,
        ),
        Path(
            "node",
            "query($customer: ID!) { node(id: $customer) { id } }",
            lambda d, o: d["node"] is not None,
        ),
        Path(
            "report: AR ledger",
            LEDGER,
            lambda d, o: d["arLedger"]["customer"]["id"] == o.customer,
            frozenset({P.REPORTS_READ}),
        ),
        Path(
            "report: reconciliation",
            RECONCILIATION,
            lambda d, o: (
                o.customer in _ids([r["customer"] for r in d["customerReconciliation"]["rows"]])
            ),
            frozenset({P.REPORTS_READ}),
        ),
    ],
    "bank account": [
        Path(
            "list",
            "{ bankAccounts { id } }",
            lambda d, o: o.bank in _ids(d["bankAccounts"]),
        ),
        Path("node", "query($bank: ID!) { node(id: $bank) { id } }", lambda d, o: bool(d["node"])),
        Path(
            "report: bank register",
            """query($bank: ID!, $from: Date!, $to: Date!) {
              bankRegister(bankAccountId: $bank, dateFrom: $from, dateTo: $to) {
                bankAccount { id } } }""",
            lambda d, o: d["bankRegister"]["bankAccount"]["id"] == o.bank,
            frozenset({P.REPORTS_READ}),
        ),
        Path(
            "refund's bank account",
            "query($posted: ID!) { refund(id: $posted) { bankAccount { id } } }",
            lambda d, o: bool(d["refund"]) and d["refund"]["bankAccount"]["id"] == o.bank,
            REFUND_READERS,
        ),
    ],
    "invoice": [
        Path(
            "list: customer documents",
            "query($customer: ID!) { customer(id: $customer) { documents { id } } }",
            lambda d, o: o.invoice in _ids((d["customer"] or {}).get("documents")),
        ),
        Path(
            "node",
            "query($invoice: ID!) { node(id: $invoice) { id } }",
            lambda d, o: bool(d["node"]),
        ),
        Path(
            "report: AR ledger",
            LEDGER,
            lambda d, o: o.invoice in _ids([line["document"] for line in d["arLedger"]["lines"]]),
            frozenset({P.REPORTS_READ}),
        ),
        Path(
            "report: invoice analysis",
            """query($from: Date!, $to: Date!) {
              invoiceAnalysis(dateFrom: $from, dateTo: $to) { invoices { invoice { id } } } }""",
            lambda d, o: (
                o.invoice in _ids([i["invoice"] for i in d["invoiceAnalysis"]["invoices"]])
            ),
            frozenset({P.REPORTS_READ}),
        ),
    ],
    "credit": [
        Path(
            "list: eligible credits",
            "query($customer: ID!) { customer(id: $customer) { eligibleCredits { id } } }",
            lambda d, o: o.credit in _ids((d["customer"] or {}).get("eligibleCredits")),
        ),
        Path(
            "node", "query($credit: ID!) { node(id: $credit) { id } }", lambda d, o: bool(d["node"])
        ),
        Path(
            "report: reconciliation",
            RECONCILIATION,
            lambda d, o: (
                o.credit in _ids([c["credit"] for m in _matches(d) for c in m["clearedCredits"]])
            ),
            frozenset({P.REPORTS_READ}),
        ),
    ],
    "refund": [
        Path(
            "list",
            "{ refunds(first: 200) { edges { node { id } } } }",
            lambda d, o: o.posted in _ids([e["node"] for e in d["refunds"]["edges"]]),
        ),
        Path(
            "single read",
            "query($posted: ID!) { refund(id: $posted) { id } }",
            lambda d, o: d["refund"] is not None,
        ),
        Path(
            "node", "query($posted: ID!) { node(id: $posted) { id } }", lambda d, o: bool(d["node"])
        ),
        Path(
            "report: AR ledger",
            LEDGER,
            lambda d, o: o.posted in _ids(_ledger_refunds(d)),
            frozenset({P.REPORTS_READ}),
        ),
        Path(
            "report: reconciliation",
            RECONCILIATION,
            lambda d, o: o.posted in _ids([m["refund"] for m in _matches(d)]),
            frozenset({P.REPORTS_READ}),
        ),
        *(
            Path(f"payload: {field}", query, _payload_refund(field), needs, field)
            for field, query, needs in (
                (
                    "createRefundDraft",
                    f"""mutation($input: RefundDraftInput!) {{
                      createRefundDraft(input: $input, idempotencyKey: "vis-create") {{
                        {PAYLOAD} }} }}""",
                    frozenset({P.REFUNDS_EDIT}),
                ),
                (
                    "postRefund",
                    f"""mutation($draft: ID!) {{
                      postRefund(id: $draft, idempotencyKey: "vis-post") {{ {PAYLOAD} }} }}""",
                    frozenset({P.REFUNDS_POST}),
                ),
                (
                    "voidRefund",
                    f"""mutation($posted: ID!) {{ voidRefund(id: $posted, voidDate: "2026-03-20",
                      reason: "test", idempotencyKey: "vis-void") {{ {PAYLOAD} }} }}""",
                    frozenset({P.REFUNDS_VOID}),
                ),
            )
        ),
    ],
}


def _details(path: Path) -> Path:
    """The same path, asking what lies behind the refund (its allocations)."""

    def found(data: dict[str, Any], objects: Objects) -> bool:
        if path.mutation:
            refund = data[path.mutation]["refund"]
            return bool(refund) and refund["allocations"] is not None
        if path.name == "list":
            nodes = [
                e["node"] for e in data["refunds"]["edges"] if e["node"]["id"] == objects.posted
            ]
            return any(n["allocations"] is not None for n in nodes)
        if path.name == "report: AR ledger":
            return any(r["allocations"] is not None for r in _ledger_refunds(data))
        found_refund: dict[str, Any] | None = data.get("refund") or data.get("node")
        return found_refund is not None and found_refund["allocations"] is not None

    query = path.query
    if not path.mutation:
        query = (
            query.replace(
                "node { id }", "node { id ... on Refund { allocations { amount { amount } } } }"
            )
            .replace(
                "refund(id: $posted) { id }",
                "refund(id: $posted) { id allocations { amount { amount } } }",
            )
            .replace(
                "node(id: $posted) { id }",
                "node(id: $posted) { id ... on Refund { allocations { amount { amount } } } }",
            )
        )
    return Path(path.name, query, found, path.needs, path.mutation)


PATHS["refund details"] = [
    _details(path) for path in PATHS["refund"] if path.name != "report: reconciliation"
]


@pytest.fixture
async def objects(world: World, refunds_enabled: None) -> Objects:
    built = world
    await advance(built, "C-US", "ADV-1", "100.00")
    invoice_id = await invoice(built, "C-US", "INV-1", "30.00")
    await payment(built, "C-US", "PAY-1", "80.00", applications={invoice_id: "30.00"})
    credits = {c.document_number: c.id for c in await ArCredit.all()}
    scope = built.scope("US01")
    header = refunds.RefundInput(
        customer_id=built.customers["C-US"].id,
        bank_account_id=built.banks["US-OPER"].id,
        currency="USD",
        payment_date=date(2026, 3, 10),
    )
    posted = await refunds.record(
        built.actor, scope, header, [refunds.AllocationInput(credits["ADV-1"], "10.00")]
    )
    draft = await refunds.create_draft(
        built.actor, scope, header, [refunds.AllocationInput(credits["PAY-1"], "5.00")]
    )
    return Objects(
        customer=gid("Customer", built.customers["C-US"].id),
        bank=gid("BankAccount", built.banks["US-OPER"].id),
        invoice=gid("Invoice", invoice_id),
        credit=gid("Credit", credits["ADV-1"]),
        posted=gid("Refund", posted.id),
        draft=gid("Refund", draft.id),
    )


async def _token(name: str, permissions: frozenset[Permission]) -> str:
    await users.create_role(f"only_{name}", f"{name} only", permissions)
    await users.create_user(f"user_{name}", roles=(f"only_{name}",))
    return (await users.issue_token(f"user_{name}", "test")).secret


def _variables(objects: Objects) -> dict[str, Any]:
    return {
        "customer": objects.customer,
        "bank": objects.bank,
        "invoice": objects.invoice,
        "credit": objects.credit,
        "posted": objects.posted,
        "draft": objects.draft,
        "input": {
            "customerId": objects.customer,
            "bankAccountId": objects.bank,
            "currency": "USD",
            "paymentDate": "2026-03-11",
            "allocations": [{"creditId": objects.credit, "amount": "1.00"}],
        },
        **PERIOD,
    }


async def _observe(
    gql: GraphQLClient,
    path: Path,
    *,
    objects: Objects,
    token: str,
    entity: str,
    held: frozenset[Permission],
) -> bool | None:
    """Whether the object came back through ``path``; None when the surrounding operation
    needs a permission the user lacks (the path is not theirs to ask)."""
    used = {name for name in _variables(objects) if f"${name}" in path.query}
    variables = {k: v for k, v in _variables(objects).items() if k in used}
    response = await gql.post(path.query, variables, token=token, entity=entity)
    assert response.status_code == 200, response.text
    body = response.json()
    unavailable = bool(path.needs) and not path.needs & held
    errors = body.get("errors") or []
    if path.mutation and body.get("data"):
        errors = errors + [
            {"extensions": {"code": e["code"]}} for e in body["data"][path.mutation]["errors"]
        ]
    if errors:
        codes = {e.get("extensions", {}).get("code") for e in errors}
        assert codes <= HIDDEN_CODES | {"REFUND_NOT_FOUND"}, (path.name, body)
        if unavailable and "PERMISSION_DENIED" in codes:
            return None
        return False
    return path.found(body["data"], objects)


@pytest.mark.parametrize("permission_set", list(PERMISSION_SETS))
async def test_each_kind_is_equally_visible_through_every_path(
    gql: GraphQLClient, objects: Objects, permission_set: str
) -> None:
    held = PERMISSION_SETS[permission_set]
    token = await _token(permission_set, held)
    seen: dict[tuple[str, str], bool | None] = {}
    # Reads first, in the request's entity and in another one; the mutations change things.
    for entity in ("US01", "EU01"):
        for kind, paths in PATHS.items():
            for path in paths:
                if path.mutation is None:
                    seen[(f"{kind} in {entity}", path.name)] = await _observe(
                        gql, path, objects=objects, token=token, entity=entity, held=held
                    )
    for kind, paths in PATHS.items():
        for path in paths:
            if path.mutation is not None:
                seen[(f"{kind} in US01", path.name)] = await _observe(
                    gql, path, objects=objects, token=token, entity="US01", held=held
                )

    expected = {
        (f"{kind} in {entity}", path.name): None
        if path.needs and not path.needs & held
        else entity == "US01" and bool(held & READERS[kind])
        for kind, paths in PATHS.items()
        for path in paths
        for entity in ("US01", "EU01")
        if entity == "US01" or path.mutation is None
    }
    assert seen == expected
    # Every kind was reached through at least one path the user may take.
    reachable = {key[0] for key, answer in seen.items() if answer is not None}
    if held & AR_READERS:
        assert {f"{kind} in US01" for kind in ("customer", "invoice", "credit")} <= reachable
