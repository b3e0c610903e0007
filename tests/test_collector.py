"""A request's objects go when its answer is out, by reference counting, not at the cyclic
collector's next pass; a server process keeps what it loaded at startup out of every
collection (``app/collector.py``)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from asgi_lifespan import LifespanManager

from app import collector
from app.main import create_app
from app.settings import Settings
from schema.execution import PlainFieldsExecutionContext
from tests.conftest import MakeClient, token_for
from tests.factories import World, advance, enable_refunds, gid, invoice, payment

CREDITS = """
query($id: ID!) { customer(id: $id) {
  id name
  eligibleCredits { id documentNumber documentDate openAmount { amount currency }
                    heldByDrafts { amount } available { amount } }
  documents(first: 10) { __typename number ... on Invoice { balanceDue { amount } } }
} }
"""

CREATE = """
mutation($input: RefundDraftInput!) {
  createRefundDraft(input: $input) {
    refund { id state total { amount } allocations { amount { amount } } }
    errors { code field message }
  }
}
"""


@pytest.fixture
def collector_off() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        # What piled up meanwhile is collected here, not in the middle of a later test.
        gc.collect()


async def test_a_graphql_request_leaves_nothing_for_the_collector(
    world: World, make_client: MakeClient, monkeypatch: pytest.MonkeyPatch, collector_off: None
) -> None:
    await enable_refunds(world)
    await advance(world, "C-US", "ADV-1", "100.00")
    owed = await invoice(world, "C-US", "INV-1", "30.00")
    await payment(world, "C-US", "PAY-1", "80.00", applications={owed: "30.00"})
    token = await token_for("clerk", roles=("ar_clerk",))
    headers = {"Authorization": f"Bearer {token}", "X-Entity": "US01"}
    customer = gid("Customer", world.customers["C-US"].id)

    # Every execution context of the requests below, and the loaders of its request.
    alive: list[weakref.ref[Any]] = []
    original = PlainFieldsExecutionContext.__init__

    def tracked(self: PlainFieldsExecutionContext, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        alive.extend([weakref.ref(self), weakref.ref(self.context_value.loaders)])

    monkeypatch.setattr(PlainFieldsExecutionContext, "__init__", tracked)
    async with make_client() as http:
        read = await http.post(
            "/graphql", json={"query": CREDITS, "variables": {"id": customer}}, headers=headers
        )
        found = read.json()["data"]["customer"]["eligibleCredits"]
        draft = {
            "customerId": customer,
            "bankAccountId": gid("BankAccount", world.banks["US-OPER"].id),
            "currency": "USD",
            "paymentDate": "2026-03-01",
            "reference": "cheque 1",
            "allocations": [{"creditId": found[0]["id"], "amount": "10.00"}],
        }
        written = await http.post(
            "/graphql", json={"query": CREATE, "variables": {"input": draft}}, headers=headers
        )
    assert {c["documentNumber"] for c in found} == {"ADV-1", "PAY-1"}
    refund = written.json()["data"]["createRefundDraft"]
    assert refund["errors"] == [], written.text
    assert refund["refund"]["state"] == "DRAFT"
    assert len(alive) == 4  # two operations, each with its context and loaders
    # With the collector off, only reference counting frees them: a cycle keeps them.
    assert [ref() for ref in alive] == [None] * 4


@pytest.fixture
def restored_collector() -> Iterator[None]:
    threshold = gc.get_threshold()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
        gc.collect()


async def test_a_served_app_keeps_what_startup_loaded_out_of_collections(
    settings: Settings, restored_collector: None
) -> None:
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    async with LifespanManager(create_app(settings, manage_database=False)):
        assert gc.get_freeze_count() == 0  # tests' apps leave the collector alone
    async with LifespanManager(create_app(settings, manage_database=False, settle_collector=True)):
        assert gc.get_freeze_count() > 10_000  # the modules, the schema, the models...
        assert gc.get_threshold()[0] == collector.YOUNGEST_THRESHOLD
