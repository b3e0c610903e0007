"""What one GraphQL request may ask for: a cost computed before anything runs, every list
bounded, stable codes for every refusal, no field suggestions, introspection by setting."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from graphql import OperationDefinitionNode, parse, validate
from graphql.language import DocumentNode

from app.settings import Settings
from schema import build_schema, limits
from schema.limits import operation_cost
from tests.conftest import GraphQLClient, MakeClient, token_for
from tests.factories import World, advance, count_queries, gid, invoice

README = Path(__file__).resolve().parent.parent / "README.md"
LIMIT = Settings().graphql_max_cost

# The two queries of the hardening issue: within the depth, alias and token limits, yet
# nested lists multiply (one grew the server from 360 MB to 3 GB).
NESTED_DOCUMENTS = (
    "{ customers(first: 200) { edges { node { documents { customer { documents { customer "
    "{ documents { number } } } } } } } } }"
)
NESTED_CREDITS = (
    "{ customers(first: 200) { edges { node { eligibleCredits { customer { eligibleCredits "
    "{ customer { documents { number } } } } } } } } }"
)


@pytest.mark.parametrize("query", [NESTED_DOCUMENTS, NESTED_CREDITS])
async def test_a_query_that_multiplies_lists_is_refused_before_it_runs(
    gql: GraphQLClient, world: World, clerk: str, query: str
) -> None:
    for n in range(3):
        await invoice(world, "C-US", f"INV-{n}", "10.00")
    with count_queries() as counter:
        body = (await gql.post(query, token=clerk, entity="US01")).json()
    assert body["data"] is None
    [error] = body["errors"]
    assert error["extensions"]["code"] == "QUERY_TOO_COSTLY"
    assert error["extensions"]["limit"] == LIMIT
    assert error["extensions"]["cost"] > LIMIT
    assert str(error["extensions"]["cost"]) in error["message"]
    # Nothing of the books was read: only the statements that authenticate the token.
    assert not [s for s in counter.statements if re.search(r"\bar_|customer\b", s)], (
        counter.statements
    )


async def test_the_cost_is_in_every_answer_and_counts_list_items(
    gql: GraphQLClient, world: World, clerk: str
) -> None:
    query = """query($n: Int!) { customers(first: $n) { edges { node {
        documents(first: 4) { number ... on Invoice { lines { amount { amount } } } } } } } }"""
    body = (await gql.post(query, {"n": 3}, token=clerk, entity="US01")).json()
    assert "errors" not in body
    # 3 edges; per customer 4 documents, each with up to 5 lines (a part list's estimate).
    assert body["extensions"]["cost"] == {"requested": 3 + 3 * (4 + 4 * 5), "limit": LIMIT}
    single = (await gql.post("{ viewer { user { username } } }", token=clerk)).json()
    assert single["extensions"]["cost"]["requested"] == 0


async def test_the_limit_comes_from_settings(make_client: MakeClient, world: World) -> None:
    token = await token_for("alice")
    async with make_client(graphql_max_cost=10) as client:
        query = "query($n: Int!) { customers(first: $n) { edges { node { code } } } }"
        for n, refused in ((10, False), (11, True)):
            response = await client.post(
                "/graphql",
                json={"query": query, "variables": {"n": n}},
                headers={"Authorization": f"Bearer {token}", "X-Entity": "US01"},
            )
            errors = response.json().get("errors") or []
            assert [e["extensions"]["code"] for e in errors] == (
                ["QUERY_TOO_COSTLY"] if refused else []
            )


async def test_an_interface_list_costs_its_dearest_member_once(
    gql: GraphQLClient, world: World, clerk: str
) -> None:
    # An item is an invoice or a payment, never both: the dearer fragment counts.
    query = """{ customer(id: "x") { documents(first: 10) {
        ... on Invoice { lines { amount { amount } } }
        ... on ReceivedPayment { applications { invoice { lines { glAccountNumber } } } } } } }"""
    body = (await gql.post(query, token=clerk, entity="US01")).json()
    assert body["extensions"]["cost"]["requested"] == 10 + 10 * (5 + 5 * 5)


def test_repeated_fragments_are_costed_without_walking_every_copy() -> None:
    """Fragments spreading fragments twice over would take 2^30 walks if walked naively."""
    schema = build_schema(Settings())._schema
    levels = 30
    fragments = [f"fragment F{i} on Customer {{ ...F{i + 1} ...F{i + 1} }}" for i in range(levels)]
    fragments.append(f"fragment F{levels} on Customer {{ documents(first: 1) {{ number }} }}")
    document = parse('{ customer(id: "x") { ...F0 } } ' + " ".join(fragments))
    [operation] = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    assert operation_cost(schema, document, operation, {}) == 2**levels


async def test_nested_lists_take_first_with_a_maximum(
    gql: GraphQLClient, world: World, clerk: str
) -> None:
    for n in range(3):
        await advance(world, "C-US", f"ADV-{n}", "7.00")
    query = """query($id: ID!, $n: Int!) { customer(id: $id) {
        documents(first: $n) { number } eligibleCredits(first: $n) { documentNumber } } }"""
    customer = gid("Customer", world.customers["C-US"].id)
    two = await gql.data(query, {"id": customer, "n": 2}, token=clerk, entity="US01")
    assert len(two["customer"]["documents"]) == 2
    assert len(two["customer"]["eligibleCredits"]) == 2
    for bad in (0, 1001):
        body = await gql.post(query, {"id": customer, "n": bad}, token=clerk, entity="US01")
        errors = body.json()["errors"]
        assert {(e["extensions"]["code"], e["extensions"]["field"]) for e in errors} == {
            ("INVALID", "first")
        }


async def test_field_suggestions_are_off_unless_a_setting_turns_them_on(
    gql: GraphQLClient, make_client: MakeClient, db: None
) -> None:
    nobody = await token_for("nobody", roles=())
    body = (await gql.post("{ refundz { totalCount } }", token=nobody)).json()
    assert body["errors"][0]["message"] == "Cannot query field 'refundz' on type 'Query'."
    async with make_client(graphql_field_suggestions=True) as client:
        response = await client.post(
            "/graphql",
            json={"query": "{ refundz { totalCount } }"},
            headers={"Authorization": f"Bearer {nobody}"},
        )
    assert "Did you mean 'refund' or 'refunds'?" in response.json()["errors"][0]["message"]


async def test_introspection_needs_a_token_and_can_be_turned_off(
    gql: GraphQLClient, make_client: MakeClient, db: None
) -> None:
    token = await token_for("alice")
    query = "{ __schema { queryType { name } } }"
    assert (await gql.data(query, token=token))["__schema"]["queryType"]["name"] == "Query"
    anonymous = await gql.http.post("/graphql", json={"query": query})
    assert anonymous.status_code == 401
    async with make_client(graphql_introspection=False) as client:
        for document in (query, '{ __type(name: "Refund") { name } }'):
            response = await client.post(
                "/graphql", json={"query": document}, headers={"Authorization": f"Bearer {token}"}
            )
            body = response.json()
            assert body["data"] is None
            assert {e["extensions"]["code"] for e in body["errors"]} == {"INTROSPECTION_DISABLED"}
        # __typename is no introspection of the schema.
        response = await client.post(
            "/graphql",
            json={"query": "{ __typename viewer { user { username } } }"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert response.json()["data"]["__typename"] == "Query"


def _readme_operations() -> list[tuple[str, DocumentNode, OperationDefinitionNode]]:
    blocks = re.findall(r"```graphql\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    found = []
    for block in blocks:
        for operation in parse(block).definitions:
            assert isinstance(operation, OperationDefinitionNode)
            document = DocumentNode(definitions=(operation,))
            found.append((block.splitlines()[0], document, operation))
    return found


def test_every_readme_query_is_valid_and_within_the_cost_limit() -> None:
    schema = build_schema(Settings())._schema
    operations = _readme_operations()
    assert len(operations) >= 10
    for first_line, document, operation in operations:
        assert validate(schema, document) == [], first_line
        assert operation_cost(schema, document, operation, {}) <= LIMIT, first_line


def test_costs_are_kept_by_document_and_by_the_firsts_it_is_asked_with(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    schema = build_schema(Settings())._schema
    query = (
        "query($n: Int!, $m: Int, $other: String) { customers(first: $n) "
        "{ edges { node { id eligibleCredits(first: $m) { id } } } } }"
    )
    document = parse(query)
    operation = document.definitions[0]
    assert isinstance(operation, OperationDefinitionNode)
    walks: list[dict[str, object]] = []

    def walked(*args: object) -> int:
        walks.append(dict(args[3]))  # type: ignore[call-overload]
        return operation_cost(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(limits, "operation_cost", walked)
    cache = limits.CostCache(maxsize=2)

    def cost(variables: dict[str, object]) -> int:
        return cache.cost(schema, query, document, operation, variables)

    assert cost({"n": 5, "m": 3}) == operation_cost(schema, document, operation, {"n": 5, "m": 3})
    assert cost({"n": 50, "m": 3}) == operation_cost(schema, document, operation, {"n": 50, "m": 3})
    assert cost({"n": 50, "m": 3}) > cost({"n": 5, "m": 3})
    assert len(walks) == 2  # once per set of firsts; a variable the cost never reads is no key
    assert cost({"n": 5, "m": 3, "other": "x"}) == cost({"n": 5, "m": 3, "other": "y"})
    assert len(walks) == 2
    # A first that is no integer (refused later, when variables are coerced) is not kept.
    cost({"n": "5", "m": 3})
    cost({"n": "5", "m": 3})
    assert len(walks) == 4
    # Another document's text is another entry; the oldest goes past maxsize.
    cache.cost(schema, query + " ", document, operation, {"n": 5, "m": 3})
    cache.cost(schema, query + "  ", document, operation, {"n": 5, "m": 3})
    cost({"n": 5, "m": 3})
    assert len(walks) == 7
