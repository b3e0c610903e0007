"""A property-based fuzz run of the whole GraphQL API: thousands of operations generated
from the committed schema (hypothesis-graphql, the engine of schemathesis' GraphQL mode),
every Query and Mutation field, with random arguments that include NUL, lone surrogates,
control characters, huge texts and numbers, and deeply nested variables, sent over HTTP to
the real server (`python -m app serve`) on a fresh database with the demo company, as an
admin, at the top level and inside each entity.

No answer may be an internal error: an HTTP 5xx, or a GraphQL error masked as
"Unexpected error." / INTERNAL_SERVER_ERROR. A refusal is fine (a validation error, a
field error with its code). Afterwards the integrity check must find the books sound.

An internal error found here is a real bug: fix the rule where it lives (app/services/)
and add a regression test beside that rule's other tests; never loosen this check.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import graphql
import httpx
from hypothesis import HealthCheck, Phase, given, seed
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis_graphql import mutations, nodes, queries

from app.settings import PROJECT_ROOT
from tests.conftest import ScratchDatabases, run_cli
from tests.served import demo_database, served

# At least this many operations in one run (the issue asks for 3,000).
MIN_OPERATIONS = 3000
# The same operations every run, so a failure in CI reproduces; set REFUNDS_FUZZ_SEED to
# another number to explore others.
FUZZ_SEED = int(os.environ.get("REFUNDS_FUZZ_SEED", "0"))
# The server's limits stay as configured by default, except those that would turn most of
# the run into 429s: rate limits are proven in test_rate_limits.py.
SERVER_SETTINGS = {
    "rate_limit_auth_failures": "1000000/minute",
    "rate_limit_mutations": "1000000/minute",
    "rate_limit_reports": "1000000/minute",
    "log_level": "WARNING",
}
ENTITIES = [None, "US01", "EU01"]
INTERNAL_MESSAGE = "Unexpected error."
INTERNAL_CODE = "INTERNAL_SERVER_ERROR"

# --- Values ------------------------------------------------------------------------------

# What a text may hold: anything at all, the unusable characters made likely.
UNUSABLE = st.sampled_from(["\x00", "\ud800", "\udfff", "\x07", "\x1b", "\x7f", "\u2028"])
ANY_CHARACTER = st.characters(codec=None, categories=None) | st.characters(
    min_codepoint=0xD800, max_codepoint=0xDFFF
)
NEAR_VALID = st.sampled_from(
    [
        "",
        " ",
        "USD",
        "usd",
        " EUR ",
        "JPY",
        "XXX",
        "US01",
        "EU01",
        "C-0001",
        "C-0002",
        "1000",
        "1200",
        "4000",
        "ARJ",
        "RFJ",
        "US-OPER",
        "EU-OPER",
        "12.34",
        "0",
        "-1",
        "2026-03-01",
        "2026-02-30",
        "NaN",
        "Infinity",
        "1e400",
        "RF-",
    ]
)


def _huge(draw_char: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda char, size, tail: char * size + tail,
        draw_char,
        # The largest is over the 1 MiB body limit once escaped (413); the others reach the
        # server's text rules.
        st.sampled_from([65, 257, 1025, 20_000, 100_000, 100_000, 100_000, 300_000]),
        st.text(alphabet=ANY_CHARACTER, max_size=3),
    )


TEXTS = st.one_of(
    NEAR_VALID,
    NEAR_VALID,
    st.text(alphabet=ANY_CHARACTER, max_size=40),
    st.builds(lambda a, bad, b: a + bad + b, NEAR_VALID, UNUSABLE, NEAR_VALID),
    _huge(st.sampled_from(["A", "9", "\x00", "\ud800", "é", "😀"])),
)
NUMERIC_TEXTS = st.one_of(
    st.decimals(allow_nan=False, allow_infinity=False, places=2).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["9" * 5000, "0." + "0" * 5000 + "1", "1e99999", "-0", "+1", "1_000", "٣"]),
    TEXTS,
)
DATE_TEXTS = st.one_of(
    *[st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)).map(str)] * 4,
    st.dates().map(str),
    st.sampled_from(["0000-01-01", "9999-12-31", "2026-13-01", "20260301", "2026-03-01T00:00"]),
    TEXTS,
)


def _string_node(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[graphql.ValueNode]:
    return strategy.map(nodes.String)


INTS = st.one_of(
    st.integers(min_value=-(2**31), max_value=2**31 - 1),
    st.sampled_from([0, 1, 2, 200, 201, 500, 501, -1, 2**31 - 1]),
)
# Beyond GraphQL's Int: a validation refusal, kept rare so most operations reach resolvers.
HUGE_INTS = st.integers(min_value=2**31, max_value=10**40)


@dataclass
class Ids:
    """Global ids of what the demo company holds, harvested before the run, so generated
    operations touch real rows as well as made-up ones."""

    values: list[str] = field(default_factory=list)

    def strategy(self) -> st.SearchStrategy[graphql.ValueNode]:
        made_up = st.one_of(
            TEXTS,
            st.builds(
                _global_id,
                st.sampled_from(["Customer", "Refund", "ArCredit", "Invoice", "BankAccount", "X"]),
                st.one_of(st.integers(min_value=-5, max_value=10**20).map(str), TEXTS),
            ),
        )
        real = st.sampled_from(self.values) if self.values else made_up
        return st.one_of(real, real, real, made_up).map(nodes.String)


def _global_id(kind: str, pk: str) -> str:
    raw = f"{kind}:{pk}".encode("utf-8", "surrogatepass")
    return base64.b64encode(raw).decode()


def custom_scalars(ids: Ids) -> dict[str, st.SearchStrategy[graphql.ValueNode]]:
    amount = st.one_of(
        *[_string_node(NUMERIC_TEXTS)] * 8,
        st.floats(allow_nan=False, allow_infinity=False).map(nodes.Float),
        INTS.map(nodes.Int),
    )
    ints = st.one_of(*[INTS] * 15, HUGE_INTS).map(nodes.Int)
    return {
        "String": _string_node(TEXTS),
        "ID": ids.strategy(),
        "Int": ints,
        "Amount": amount,
        "Date": _string_node(DATE_TEXTS),
        "DateTime": _string_node(DATE_TEXTS),
        "JSON": _string_node(TEXTS) | INTS.map(nodes.Int),
    }


# Variables beside the document: deep or huge values a client may send whatever the query
# declares (undeclared variables are ignored by GraphQL, but still read by the server).
def _nested(depth: int, leaf: object) -> str:
    """JSON text of ``leaf`` inside ``depth`` objects and lists (too deep for json.dumps)."""
    text = json.dumps(leaf)
    for level in range(depth):
        text = f"[{text}]" if level % 2 else f'{{"a": {text}}}'
    return text


# Drawn as a recipe and built only when sent (Hypothesis would print a 5,000-deep value).
VARIABLES = st.one_of(
    st.none(),
    st.none(),
    st.none(),
    st.tuples(
        st.just("deep"),
        st.sampled_from([3, 9, 10, 11, 50, 1000, 5000]),
        st.one_of(TEXTS, st.integers(), st.none()),
    ),
    st.tuples(st.just("big"), st.just(1), _huge(st.sampled_from(["x", "\x00", "\ud800"]))),
)


def build_variables(declared: dict[str, Any], recipe: tuple[str, int, object] | None) -> str | None:
    """The ``variables`` of a request as JSON text (lone surrogates escaped, as any JSON
    client sends them), with the extra value of ``recipe``."""
    if recipe is None:
        return json.dumps(declared) if declared else None
    name, depth, leaf = recipe
    value = _nested(depth, leaf) if name == "deep" else json.dumps(leaf)
    return f'{{{json.dumps(declared)[1:-1]}{", " if declared else ""}"{name}": {value}}}'


# --- The run -----------------------------------------------------------------------------


@dataclass
class Tally:
    operations: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    messages: Counter[str] = field(default_factory=Counter)

    def record(self, document: str, entity: str | None, response: httpx.Response) -> None:
        self.operations += 1
        self.statuses[response.status_code] += 1
        problem = None
        try:
            body = response.json()
        except ValueError:
            body = None
            problem = "the answer is not JSON"
        if response.status_code >= 500:
            problem = f"HTTP {response.status_code}"
        errors = (body or {}).get("errors") or [] if isinstance(body, dict) else []
        for error in errors:
            code = (error.get("extensions") or {}).get("code") or "(validation)"
            if code == "(validation)":
                self.messages[re.sub(r'"[^"]*"', '""', str(error.get("message")))[:70]] += 1
            self.codes[code] += 1
            if error.get("message") == INTERNAL_MESSAGE or code == INTERNAL_CODE:
                problem = f"internal error {error}"
        for payload in _payload_errors(body):
            self.codes[str(payload.get("code"))] += 1
        if problem is not None:
            shown = document if len(document) < 2000 else document[:2000] + "…"
            self.failures.append(
                f"{problem} (X-Entity {entity}): {shown!a}\n  -> {response.text[:500]!a}"
            )


def _payload_errors(body: object) -> list[dict[str, Any]]:
    """The `errors` lists of mutation payloads (user errors with a code)."""
    found: list[dict[str, Any]] = []
    data = body.get("data") if isinstance(body, dict) else None
    if isinstance(data, dict):
        for payload in data.values():
            if isinstance(payload, dict) and isinstance(payload.get("errors"), list):
                found.extend(item for item in payload["errors"] if isinstance(item, dict))
    return found


def _print(document: graphql.DocumentNode) -> graphql.DocumentNode:
    return document


def with_variables(
    schema: graphql.GraphQLSchema, document: graphql.DocumentNode
) -> tuple[graphql.DocumentNode, dict[str, Any]]:
    """The same operation with each root field's arguments passed as variables.

    GraphQL's lexer refuses a lone surrogate inside a string literal (a syntax error), but
    JSON carries one (``"\\ud800"``) into a variable's value, and from there to the
    resolvers: this is how such a text reaches the services."""
    operation = document.definitions[0]
    assert isinstance(operation, graphql.OperationDefinitionNode)
    root = schema.get_root_type(operation.operation)
    assert root is not None
    definitions: list[graphql.VariableDefinitionNode] = []
    variables: dict[str, Any] = {}
    selections: list[graphql.SelectionNode] = []
    for selection in operation.selection_set.selections:
        assert isinstance(selection, graphql.FieldNode)
        arguments = []
        for argument in selection.arguments or ():
            name = f"v{len(variables)}"
            type_ = root.fields[selection.name.value].args[argument.name.value].type
            variables[name] = graphql.value_from_ast_untyped(argument.value)
            definitions.append(
                graphql.VariableDefinitionNode(
                    variable=graphql.VariableNode(name=graphql.NameNode(value=name)),
                    type=graphql.parse_type(str(type_)),
                )
            )
            arguments.append(
                graphql.ArgumentNode(
                    name=argument.name,
                    value=graphql.VariableNode(name=graphql.NameNode(value=name)),
                )
            )
        selections.append(
            graphql.FieldNode(
                alias=selection.alias,
                name=selection.name,
                arguments=tuple(arguments),
                directives=selection.directives,
                selection_set=selection.selection_set,
            )
        )
    rewritten = graphql.OperationDefinitionNode(
        operation=operation.operation,
        variable_definitions=tuple(definitions),
        directives=(),
        selection_set=graphql.SelectionSetNode(selections=tuple(selections)),
    )
    return graphql.DocumentNode(definitions=(rewritten,)), variables


def _send(
    http: httpx.Client,
    tally: Tally,
    document: str,
    entity: str | None,
    variables: str | None,
) -> None:
    headers = {"Content-Type": "application/json"}
    if entity is not None:
        headers["X-Entity"] = entity
    # json.dumps escapes lone surrogates (\ud800), as any JSON client would send them.
    content = f'{{"query": {json.dumps(document)}'
    if variables is not None:
        content += f', "variables": {variables}'
    content += "}"
    tally.record(document, entity, http.post("/graphql", content=content.encode(), headers=headers))


def fuzz(base: str, token: str, ids: Ids, per_field: int, tally: Tally) -> None:
    schema = graphql.build_schema((PROJECT_ROOT / "schema.graphql").read_text())
    assert schema.query_type is not None
    assert schema.mutation_type is not None
    scalars = custom_scalars(ids)
    roots = [
        *((name, queries) for name in schema.query_type.fields),
        *((name, mutations) for name in schema.mutation_type.fields),
    ]
    run_settings = hypothesis_settings(
        max_examples=per_field,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=False,
    )
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, headers=headers, timeout=60) as http:
        for number, (name, kind) in enumerate(roots):
            strategy = kind(schema, fields=[name], custom_scalars=scalars, print_ast=_print)

            @seed(FUZZ_SEED * 1000 + number)
            @run_settings
            @given(
                document=strategy,
                entity=st.sampled_from(ENTITIES),
                extra=VARIABLES,
                as_variables=st.booleans(),
            )
            def run(
                document: graphql.DocumentNode,
                entity: str | None,
                extra: tuple[str, int, object] | None,
                as_variables: bool,
            ) -> None:
                declared: dict[str, Any] = {}
                if as_variables:
                    document, declared = with_variables(schema, document)
                text = graphql.print_ast(document)
                _send(http, tally, text, entity, build_variables(declared, extra))

            run()


# --- Set-up ------------------------------------------------------------------------------

HARVEST = """{ customers(first: 200) { edges { node { id
    eligibleCredits { id document { __typename ... on Invoice { id } } }
    documents { __typename ... on Invoice { id } ... on ArAdjustment { id }
                ... on ReceivedPayment { id } ... on Advance { id } } } } }
  refunds(first: 200) { edges { node { id } } }
  bankAccounts { id } }"""


def _ids_in(value: object, found: set[str]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "id" and isinstance(item, str):
                found.add(item)
            else:
                _ids_in(item, found)
    elif isinstance(value, list):
        for item in value:
            _ids_in(item, found)


async def harvest_ids(base: str, token: str) -> Ids:
    found: set[str] = set()
    async with httpx.AsyncClient(
        base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=60
    ) as http:
        for entity in ENTITIES:
            headers = {"X-Entity": entity} if entity else {}
            answer = (await http.post("/graphql", json={"query": HARVEST}, headers=headers)).json()
            _ids_in(answer.get("data"), found)
    return Ids(sorted(found))


async def test_fuzzed_operations_never_meet_an_internal_error(
    scratch_databases: ScratchDatabases, tmp_path: Path
) -> None:
    url = await scratch_databases.create("fuzz")
    token = (await demo_database(url))["admin"]
    async with served(url, tmp_path, **SERVER_SETTINGS) as server:
        ids = await harvest_ids(server.base, token)
        assert len(ids.values) > 10, "the demo company should hold rows to aim at"
        schema = graphql.build_schema((PROJECT_ROOT / "schema.graphql").read_text())
        assert schema.query_type is not None
        assert schema.mutation_type is not None
        roots = len(schema.query_type.fields) + len(schema.mutation_type.fields)
        per_field = -(-MIN_OPERATIONS // roots)  # ceiling
        tally = Tally()
        await asyncio.to_thread(fuzz, server.base, token, ids, per_field, tally)
        log = server.log()

    print(  # noqa: T201 - the count is the point of the run
        f"\nGraphQL fuzz (seed {FUZZ_SEED}): {tally.operations} operations over {roots} root "
        "fields, "
        f"{len(tally.failures)} internal errors; HTTP statuses {dict(tally.statuses)}; "
        f"codes {dict(tally.codes.most_common(15))}; {tally.messages.most_common(12)}"
    )
    assert tally.operations >= MIN_OPERATIONS
    assert not tally.failures, (
        f"{len(tally.failures)} internal errors, the first ones:\n"
        + "\n".join(tally.failures[:10])
        + f"\n\nserver log (end):\n{log[-6000:]}"
    )
    checked = await asyncio.to_thread(run_cli, "check", database_url=url, check=False)
    assert checked.returncode == 0, f"check after the fuzz run:\n{checked.stdout}{checked.stderr}"
