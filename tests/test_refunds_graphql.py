"""The refund workflow over real HTTP, as a clerk, a controller and a partner would use it."""

from __future__ import annotations

import asyncio
import base64
import re
from typing import Any

import pytest

from app.services import users
from models import ArCredit, Refund
from models.enums import Permission
from tests.conftest import GraphQLClient, run_cli, token_for
from tests.factories import (
    World,
    advance,
    count_queries,
    gid,
    invoice,
    payment,
)

CREDITS = """
query($id: ID!) { customer(id: $id) {
  eligibleCredits { id documentNumber openAmount { amount } available { amount } }
} }
"""

CREATE = """
mutation($input: RefundDraftInput!, $key: String) {
  createRefundDraft(input: $input, idempotencyKey: $key) {
    refund { id state version total { amount currency } number
             allocations { amount { amount } credit { documentNumber } } }
    errors { code field message }
  }
}
"""

POST = """
mutation($id: ID!, $version: Int, $key: String) {
  postRefund(id: $id, version: $version, idempotencyKey: $key) {
    refund { id state number version total { amount }
      journalEntry { journalSymbol entryDate
        lines { lineNo glAccount { number } customerCode debit { amount } credit { amount } } }
      auditTrail { action actor { username } } }
    errors { code field message }
  }
}
"""


@pytest.fixture
async def world(world: World, refunds_enabled: None) -> World:
    """The shared world with refunds on in US01, and C-US holding a 100.00 advance (ADV-1)
    and a 50.00 overpayment (PAY-1 after paying INV-1)."""
    await advance(world, "C-US", "ADV-1", "100.00")
    invoice_id = await invoice(world, "C-US", "INV-1", "30.00")
    await payment(world, "C-US", "PAY-1", "80.00", applications={invoice_id: "30.00"})
    return world


async def _credits(gql: GraphQLClient, world: World, token: str) -> dict[str, dict[str, Any]]:
    data = await gql.data(
        CREDITS, {"id": gid("Customer", world.customers["C-US"].id)}, token=token, entity="US01"
    )
    return {c["documentNumber"]: c for c in data["customer"]["eligibleCredits"]}


def _draft(world: World, allocations: list[tuple[str, str]], **changes: Any) -> dict[str, Any]:
    return {
        "customerId": gid("Customer", world.customers["C-US"].id),
        "bankAccountId": gid("BankAccount", world.banks["US-OPER"].id),
        "currency": "USD",
        "paymentDate": "2026-03-10",
        "reference": "WIRE-77",
        "allocations": [{"creditId": credit, "amount": amount} for credit, amount in allocations],
        **changes,
    }


async def test_clerk_records_a_partial_refund_against_two_credits(
    gql: GraphQLClient, world: World
) -> None:
    clerk = await token_for("clerk", roles=("ar_clerk",))
    credits = await _credits(gql, world, clerk)
    assert {k: v["available"]["amount"] for k, v in credits.items()} == {
        "ADV-1": "100.00",
        "PAY-1": "50.00",
    }
    draft_input = _draft(
        world, [(credits["ADV-1"]["id"], "40.00"), (credits["PAY-1"]["id"], "12.50")]
    )
    created = (await gql.data(CREATE, {"input": draft_input}, token=clerk, entity="US01"))[
        "createRefundDraft"
    ]
    assert created["errors"] == []
    draft = created["refund"]
    assert (draft["state"], draft["version"], draft["number"]) == ("DRAFT", 1, None)
    assert draft["total"] == {"amount": "52.50", "currency": "USD"}
    # Saved as a draft: the credits are held, not yet reduced.
    held = await _credits(gql, world, clerk)
    assert (held["ADV-1"]["openAmount"], held["ADV-1"]["available"]) == (
        {"amount": "100.00"},
        {"amount": "60.00"},
    )

    posted = (await gql.data(POST, {"id": draft["id"], "version": 1}, token=clerk, entity="US01"))[
        "postRefund"
    ]
    assert posted["errors"] == []
    refund = posted["refund"]
    assert (refund["state"], refund["number"], refund["version"]) == ("POSTED", "RFUS-000001", 2)
    assert refund["journalEntry"]["journalSymbol"] == "RFJ"
    assert refund["journalEntry"]["lines"] == [
        {
            "lineNo": 1,
            "glAccount": {"number": "1200"},
            "customerCode": "C-US",
            "debit": {"amount": "52.50"},
            "credit": {"amount": "0.00"},
        },
        {
            "lineNo": 2,
            "glAccount": {"number": "1000"},
            "customerCode": None,
            "debit": {"amount": "0.00"},
            "credit": {"amount": "52.50"},
        },
    ]
    assert [e["action"] for e in refund["auditTrail"]] == ["refund.draft_created", "refund.posted"]
    reduced = await _credits(gql, world, clerk)
    assert {
        k: (v["openAmount"]["amount"], v["available"]["amount"]) for k, v in reduced.items()
    } == {"ADV-1": ("60.00", "60.00"), "PAY-1": ("37.50", "37.50")}


async def test_user_without_post_permission_is_refused(gql: GraphQLClient, world: World) -> None:
    await users.create_role(
        "drafter", "", [Permission.REFUNDS_EDIT, Permission.REFUNDS_VIEW, Permission.REFUNDS_LIST]
    )
    drafter = await token_for("drafter", roles=("drafter",))
    credit = await ArCredit.get(document_number="ADV-1")
    created = (
        await gql.data(
            CREATE,
            {"input": _draft(world, [(gid("Credit", credit.id), "5.00")])},
            token=drafter,
            entity="US01",
        )
    )["createRefundDraft"]
    refused = (await gql.data(POST, {"id": created["refund"]["id"]}, token=drafter, entity="US01"))[
        "postRefund"
    ]
    assert refused == {
        "refund": None,
        "errors": [
            {
                "code": "PERMISSION_DENIED",
                "field": None,
                "message": "You need the refunds.post permission to do this.",
            }
        ],
    }
    only = await Refund.get()
    assert (only.state.value, only.number) == ("draft", None)


async def test_bad_refund_input_is_refused_as_data(gql: GraphQLClient, world: World) -> None:
    clerk = await token_for("clerk", roles=("ar_clerk",))
    credit = gid("Credit", (await ArCredit.get(document_number="ADV-1")).id)
    cases = [
        (
            _draft(world, [(credit, "100.01")]),
            [("AMOUNT_EXCEEDS_AVAILABLE", "allocations.0.amount")],
        ),
        (_draft(world, [(credit, "1.001")]), [("TOO_MANY_DECIMALS", "allocations.0.amount")]),
        (_draft(world, [(gid("Invoice", 1), "1.00")]), [("INVALID_ID", "allocations.0.creditId")]),
        (
            _draft(world, [], currency="EUR"),
            [("CURRENCY_MISMATCH", "currency"), ("CURRENCY_MISMATCH", "bankAccountId")],
        ),
        (
            _draft(
                world,
                [(credit, "1.00"), ("junk", "1.00")],
                customerId=gid("BankAccount", 1),
                bankAccountId="junk",
            ),
            [
                ("INVALID_ID", "customerId"),
                ("INVALID_ID", "bankAccountId"),
                ("INVALID_ID", "allocations.1.creditId"),
            ],
        ),
    ]
    for draft_input, expected in cases:
        payload = (await gql.data(CREATE, {"input": draft_input}, token=clerk, entity="US01"))[
            "createRefundDraft"
        ]
        assert payload["refund"] is None
        assert [(e["code"], e["field"]) for e in payload["errors"]] == expected
    assert not await Refund.exists()
    update = """mutation($id: ID!, $input: RefundUpdateInput!) {
        updateRefund(id: $id, version: 1, input: $input) {
            refund { id } errors { code field } } }"""
    both_bad = await gql.data(
        update,
        {"id": gid("Customer", 1), "input": {"bankAccountId": gid("Refund", 1)}},
        token=clerk,
        entity="US01",
    )
    assert both_bad["updateRefund"] == {
        "refund": None,
        "errors": [
            {"code": "INVALID_ID", "field": "id"},
            {"code": "INVALID_ID", "field": "bankAccountId"},
        ],
    }
    other_method = _draft(world, [], paymentMethod="CHECK")
    body = (await gql.post(CREATE, {"input": other_method}, token=clerk, entity="US01")).json()
    assert "CHECK" in body["errors"][0]["message"]


async def test_controller_configures_refunds_and_a_clerk_cannot(
    gql: GraphQLClient, world: World
) -> None:
    mutation = """mutation($input: ArConfigurationInput!) { updateArConfiguration(input: $input) {
        configuration { refundsEnabled refundJournalSymbol entity { code }
                        refundSequence { prefix nextNumber padding } arControlAccount { number } }
        errors { code field } } }"""
    controller = await token_for("controller", roles=("controller",))
    clerk = await token_for("clerk", roles=("ar_clerk",))
    incomplete = await gql.data(
        mutation, {"input": {"refundsEnabled": True}}, token=controller, entity="EU01"
    )
    assert incomplete["updateArConfiguration"]["errors"] == [
        {"code": "REFUNDS_CONFIG_INCOMPLETE", "field": "refundJournalSymbol"}
    ]
    complete = {
        "refundsEnabled": True,
        "refundJournalSymbol": "RFJ",
        "refundSequence": {"prefix": "RFEU-", "nextNumber": 100, "padding": 5},
    }
    done = await gql.data(mutation, {"input": complete}, token=controller, entity="EU01")
    assert done["updateArConfiguration"] == {
        "configuration": {
            "refundsEnabled": True,
            "refundJournalSymbol": "RFJ",
            "entity": {"code": "EU01"},
            "refundSequence": {"prefix": "RFEU-", "nextNumber": 100, "padding": 5},
            "arControlAccount": {"number": "1200"},
        },
        "errors": [],
    }
    denied = await gql.data(mutation, {"input": complete}, token=clerk, entity="EU01")
    assert denied["updateArConfiguration"]["errors"][0]["code"] == "PERMISSION_DENIED"


async def test_void_over_graphql_returns_the_credits(gql: GraphQLClient, world: World) -> None:
    clerk = await token_for("clerk", roles=("ar_clerk",))
    controller = await token_for("controller", roles=("controller",))
    credit = gid("Credit", (await ArCredit.get(document_number="ADV-1")).id)
    recorded = await gql.data(
        """mutation($input: RefundDraftInput!) { recordRefund(input: $input) {
             refund { id version number } errors { code } } }""",
        {"input": _draft(world, [(credit, "99.99")])},
        token=clerk,
        entity="US01",
    )
    refund = recorded["recordRefund"]["refund"]
    void = """mutation($id: ID!, $version: Int) { voidRefund(id: $id, version: $version,
                voidDate: "2026-03-31", reason: "Wire bounced") {
                refund { state voidDate voidReason number
                         voidJournalEntry { entryDate reverses { entryDate } } }
                errors { code field } } }"""
    stale = await gql.data(
        void, {"id": refund["id"], "version": 1}, token=controller, entity="US01"
    )
    assert stale["voidRefund"]["errors"] == [{"code": "STALE_VERSION", "field": "version"}]
    by_clerk = await gql.data(void, {"id": refund["id"]}, token=clerk, entity="US01")
    assert by_clerk["voidRefund"]["errors"][0]["code"] == "PERMISSION_DENIED"
    voided = await gql.data(
        void, {"id": refund["id"], "version": refund["version"]}, token=controller, entity="US01"
    )
    assert voided["voidRefund"]["refund"] == {
        "state": "VOIDED",
        "voidDate": "2026-03-31",
        "voidReason": "Wire bounced",
        "number": refund["number"],
        "voidJournalEntry": {"entryDate": "2026-03-31", "reverses": {"entryDate": "2026-03-10"}},
    }
    back = await _credits(gql, world, clerk)
    assert back["ADV-1"]["available"] == {"amount": "100.00"}


async def test_the_same_post_sent_ten_times_over_http_posts_once(
    gql: GraphQLClient, world: World
) -> None:
    clerk = await token_for("clerk", roles=("ar_clerk",))
    credit = gid("Credit", (await ArCredit.get(document_number="PAY-1")).id)
    created = (
        await gql.data(
            CREATE, {"input": _draft(world, [(credit, "50.00")])}, token=clerk, entity="US01"
        )
    )["createRefundDraft"]
    responses = await asyncio.gather(
        *(
            gql.data(
                POST,
                {"id": created["refund"]["id"], "key": "partner-retry-1"},
                token=clerk,
                entity="US01",
            )
            for _ in range(10)
        )
    )
    outcomes = {
        (r["postRefund"]["refund"]["id"], r["postRefund"]["refund"]["number"]) for r in responses
    }
    assert outcomes == {(created["refund"]["id"], "RFUS-000001")}
    assert all(r["postRefund"]["errors"] == [] for r in responses)
    assert await Refund.filter(number__isnull=False).count() == 1
    assert (await ArCredit.get(document_number="PAY-1")).open_minor == 0


async def test_refund_list_filters_pages_and_scope(gql: GraphQLClient, world: World) -> None:
    clerk = await token_for("clerk", roles=("ar_clerk",))
    credit = gid("Credit", (await ArCredit.get(document_number="ADV-1")).id)
    for n in range(3):
        await gql.data(
            CREATE,
            {"input": _draft(world, [(credit, "1.00")], reference=f"R{n}")},
            token=clerk,
            entity="US01",
        )
    query = """query($first: Int!, $after: String, $state: RefundState) {
        refunds(first: $first, after: $after, state: $state) {
          totalCount edges { node { reference state } } pageInfo { hasNextPage endCursor } } }"""
    first = await gql.data(query, {"first": 2}, token=clerk, entity="US01")
    assert [e["node"]["reference"] for e in first["refunds"]["edges"]] == ["R2", "R1"]
    assert first["refunds"]["totalCount"] == 3
    rest = await gql.data(
        query,
        {"first": 2, "after": first["refunds"]["pageInfo"]["endCursor"]},
        token=clerk,
        entity="US01",
    )
    assert [e["node"]["reference"] for e in rest["refunds"]["edges"]] == ["R0"]
    posted_only = await gql.data(
        query, {"first": 10, "state": "POSTED"}, token=clerk, entity="US01"
    )
    assert posted_only["refunds"]["totalCount"] == 0
    eu_clerk = await token_for("eu-clerk", roles=("ar_clerk",), entity_codes=("EU01",))
    assert (await gql.data(query, {"first": 10}, token=eu_clerk, entity="EU01"))["refunds"][
        "totalCount"
    ] == 0
    some_refund = await Refund.first()
    assert some_refund is not None
    hidden = await gql.data(
        "query($id: ID!) { refund(id: $id) { id } }",
        {"id": gid("Refund", some_refund.id)},
        token=eu_clerk,
        entity="EU01",
    )
    assert hidden == {"refund": None}


REFUNDS_WITH_EVERYTHING = """
query($first: Int!) { refunds(first: $first) { edges { node {
  number state total { amount } customer { code } bankAccount { code } entity { code }
  createdBy { username } postedBy { username }
  allocations { amount { amount } credit { documentNumber customer { code }
                                           document { number } } }
  journalEntry { journalSymbol lines { gLAccount: glAccount { number } debit { amount } } }
  auditTrail { action actor { username } }
} } } }
"""


@pytest.mark.parametrize(
    ("list_field", "cursor"),
    [
        ("refunds", "not base64!"),
        ("refunds", base64.urlsafe_b64encode(b"customer:C-US").decode()),
        ("refunds", base64.urlsafe_b64encode(b"refund:99999999999999999999").decode()),
        ("refunds", base64.urlsafe_b64encode(b"refund:-1").decode()),
        ("customers", base64.urlsafe_b64encode(b"refund:1").decode()),
        ("customers", base64.urlsafe_b64encode(b"customer:" + b"C" * 41).decode()),
        ("customers", base64.urlsafe_b64encode(b"\xff\xfe").decode()),
    ],
)
async def test_a_cursor_of_another_list_or_made_up_is_invalid(
    gql: GraphQLClient, world: World, list_field: str, cursor: str
) -> None:
    clerk = await token_for("clerk", roles=("ar_clerk",))
    response = await gql.post(
        f"query($after: String) {{ {list_field}(first: 5, after: $after) {{ totalCount }} }}",
        {"after": cursor},
        token=clerk,
        entity="US01",
    )
    assert response.json()["errors"][0]["extensions"] == {"code": "INVALID", "field": "after"}


@pytest.mark.parametrize(
    ("selection", "maximum"),
    [
        ("customers(first: $first) { totalCount }", 200),
        ("refunds(first: $first) { totalCount }", 200),
        ("customerReconciliation(first: $first) { pageInfo { hasNextPage } }", 500),
    ],
)
async def test_page_sizes_are_bounded(
    gql: GraphQLClient, world: World, selection: str, maximum: int
) -> None:
    controller = await token_for("controller", roles=("controller",))
    query = f"query($first: Int!) {{ {selection} }}"
    for first, allowed in ((0, False), (1, True), (maximum, True), (maximum + 1, False)):
        body = (await gql.post(query, {"first": first}, token=controller, entity="US01")).json()
        if allowed:
            assert "errors" not in body, body
        else:
            assert body["errors"][0]["extensions"] == {"code": "INVALID", "field": "first"}


async def test_listing_50_refunds_costs_the_same_queries_as_listing_1(
    gql: GraphQLClient, world: World
) -> None:
    clerk = await token_for("clerk", roles=("ar_clerk",))
    credit = gid("Credit", (await ArCredit.get(document_number="ADV-1")).id)
    for _ in range(50):
        await gql.data(
            """mutation($input: RefundDraftInput!) { recordRefund(input: $input) {
                            errors { code } } }""",
            {"input": _draft(world, [(credit, "1.00")])},
            token=clerk,
            entity="US01",
        )
    counts, statements = {}, {}
    for first in (1, 50):
        with count_queries() as counter:
            data = await gql.data(
                REFUNDS_WITH_EVERYTHING, {"first": first}, token=clerk, entity="US01"
            )
        assert len(data["refunds"]["edges"]) == first
        counts[first] = counter.count
        statements[first] = counter.statements
    assert counts[1] == counts[50], statements


async def test_demo_clerk_drafts_and_posts_a_partial_refund_against_two_credits(
    gql: GraphQLClient, db: None, database_url: str
) -> None:
    """The walk-through of the README, on the demo data, as GraphiQL would send it."""
    seeded = run_cli("seed-demo", database_url=database_url).stdout
    tokens = dict(
        re.findall(r"^\s+(\S+)\s+\{\"Authorization\": \"Bearer (rfd_\S+)\"\}", seeded, re.MULTILINE)
    )
    clerk = tokens["clerk"]
    found = await gql.data(
        """{ customers(search: "Acme") { edges { node { id
             eligibleCredits { id documentNumber available { amount } } } } } }""",
        token=clerk,
        entity="US01",
    )
    acme = found["customers"]["edges"][0]["node"]
    credits = {c["documentNumber"]: c for c in acme["eligibleCredits"]}
    assert set(credits) == {"PAY-1001", "CM-1001", "ADV-1001", "INV-1002"}
    banks = await gql.data(
        '{ bankAccounts(currency: "USD") { id code } }', token=clerk, entity="US01"
    )
    assert banks == await gql.data(
        '{ bankAccounts(currency: "usd") { id code } }', token=clerk, entity="US01"
    )
    unknown = await gql.post('{ bankAccounts(currency: "USDX") { id } }', token=clerk)
    assert unknown.json()["errors"][0]["extensions"] == {
        "code": "UNKNOWN_CURRENCY",
        "field": "currency",
    }
    draft = {
        "customerId": acme["id"],
        "bankAccountId": banks["bankAccounts"][0]["id"],
        "currency": "USD",
        "paymentDate": "2026-10-25",
        "reference": "WIRE-DEMO",
        "allocations": [
            {"creditId": credits["PAY-1001"]["id"], "amount": "120.00"},
            {"creditId": credits["CM-1001"]["id"], "amount": "30.05"},
        ],
    }
    created = (await gql.data(CREATE, {"input": draft}, token=clerk, entity="US01"))[
        "createRefundDraft"
    ]
    assert created["errors"] == []
    posted = (
        await gql.data(
            POST, {"id": created["refund"]["id"], "version": 1}, token=clerk, entity="US01"
        )
    )["postRefund"]
    assert posted["refund"]["number"] == "RFUS-000001"
    assert [line["debit"]["amount"] for line in posted["refund"]["journalEntry"]["lines"]] == [
        "150.05",
        "0.00",
    ]
    after = await gql.data(CREDITS, {"id": acme["id"]}, token=clerk, entity="US01")
    left = {
        c["documentNumber"]: c["available"]["amount"] for c in after["customer"]["eligibleCredits"]
    }
    assert (left["PAY-1001"], left["CM-1001"]) == ("180.00", "219.95")
    # The controller may void but not post, even a fresh draft; the books stay sound.
    fresh = (
        await gql.data(CREATE, {"input": {**draft, "allocations": []}}, token=clerk, entity="US01")
    )["createRefundDraft"]["refund"]
    controller_post = await gql.data(
        POST, {"id": fresh["id"]}, token=tokens["controller"], entity="US01"
    )
    assert controller_post["postRefund"]["errors"][0]["code"] == "PERMISSION_DENIED"
    assert run_cli("check", database_url=database_url).returncode == 0


async def test_an_amount_typed_into_the_query_as_a_number_gets_a_readable_error(
    gql: GraphQLClient, world: World
) -> None:
    clerk = await token_for("clerk", roles=("ar_clerk",))
    credit = gid("Credit", (await ArCredit.get(document_number="ADV-1")).id)
    customer = gid("Customer", world.customers["C-US"].id)
    bank = gid("BankAccount", world.banks["US-OPER"].id)
    for amount in ("12.5", "100"):
        query = (
            f'mutation {{ createRefundDraft(input: {{ customerId: "{customer}", '
            f'bankAccountId: "{bank}", currency: "USD", paymentDate: "2026-03-10", '
            f'allocations: [{{ creditId: "{credit}", amount: {amount} }}] }}) '
            "{ errors { code } } }"
        )
        body = (await gql.post(query, token=clerk, entity="US01")).json()
        assert "decimal strings" in body["errors"][0]["message"], body
    assert not await Refund.exists()
