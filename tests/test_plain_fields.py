"""The executor's short path for plain fields (schema/execution.py) answers exactly what
graphql-core's full path answers: data, errors and their paths, for the app's own queries on
both databases and for a schema made to fail in every way a plain field can."""

from __future__ import annotations

import asyncio
import enum
from collections.abc import Callable
from datetime import date
from typing import Any

import httpx
import pytest
import strawberry
from graphql import GraphQLResolveInfo, Undefined
from starlette.applications import Starlette
from starlette.routing import Route
from strawberry import relay
from strawberry.extensions import SchemaExtension
from strawberry.permission import BasePermission
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.name_converter import NameConverter
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from app.services import credits, refunds
from models import Refund
from models.enums import CreditKind
from schema.ar.types import CreditType
from schema.execution import (
    _NEVER_AWAITED,
    PlainFieldsExecutionContext,
    _awaitable,
    plain_fields_context,
    plain_resolver,
)
from schema.view import GraphQLApp
from tests.conftest import MakeClient, token_for
from tests.factories import World, adjustment, advance, enable_refunds, gid, invoice, payment

# --- a schema of every kind of plain and not-plain field ---------------------------------


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


@strawberry.type
class Amount:
    value: str
    currency: str


class Deny(BasePermission):
    message = "not for you"

    def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        return False


@strawberry.interface
class Named:
    name: str


@strawberry.type
class Maker(Named):
    """A type with an interface: Strawberry gives it an ``is_type_of``."""

    country: str


@strawberry.type
class Shop(Named):
    """Another type of the interface."""

    city: str


class Workshop(Maker):
    """A subclass Strawberry does not know as a type of its own."""


@strawberry.type
class Thing(relay.Node):
    id: relay.NodeID[int]
    name: str
    note: str | None
    count: int
    day: date
    colour: Colour
    price: Amount
    discount: Amount | None
    tags: list[str]
    parts: list[Amount]
    maybe_parts: list[Amount | None] | None
    maker: Maker
    named: Named
    secret: str = strawberry.field(permission_classes=[Deny], default="hidden")

    @strawberry.field
    def shout(self) -> str:
        return self.name.upper()

    @strawberry.field
    async def later(self) -> Amount:
        return self.price

    @strawberry.field
    @plain_resolver
    def first_parts(self, first: int = 1) -> list[Amount]:
        if first < 0:
            raise ValueError("first must not be negative")
        return self.parts[:first]

    @strawberry.field
    @plain_resolver
    def kept_parts(self, keep: bool) -> list[Amount] | None:
        return self.parts if keep else None

    @strawberry.field
    @plain_resolver
    def up_to(self, at_most: int = 1) -> list[Amount]:
        """An argument whose schema name (atMost) is not its Python name."""
        return self.parts[:at_most]

    @strawberry.field
    @plain_resolver
    def priced(self, currency: str = "USD") -> Amount | None:
        return self.price if self.price.currency == currency else None


def _things(count: int) -> list[Thing]:
    return [
        Thing(
            id=n,
            name=f"thing {n}",
            note=None if n % 2 else f"note {n}",
            count=n * 3,
            day=date(2026, 1, 1 + n % 28),
            colour=Colour.RED if n % 3 else Colour.BLUE,
            price=Amount(value=f"{n}.50", currency="USD"),
            discount=None if n % 2 else Amount(value="1.00", currency="EUR"),
            tags=[f"tag {n}", "all"][: 1 + n % 2],
            parts=[Amount(value=f"0.{n}", currency="USD")] * (n % 3),
            maybe_parts=None if n % 4 == 1 else [None, Amount(value="2.00", currency="GBP")],
            maker=Maker(name=f"maker {n}", country="NL"),
            named=Maker(name=f"m {n}", country="BE") if n % 2 else Shop(name=f"s {n}", city="Gent"),
        )
        for n in range(count)
    ]


class Exploding:
    """An object whose every attribute fails (a broken proxy), even ``__await__``."""

    def __getattr__(self, name: str) -> Any:
        raise RuntimeError(f"exploded on {name}")


async def _later(value: Any) -> Any:
    return value


def _ready(value: Any) -> asyncio.Future[Any]:
    future = asyncio.get_running_loop().create_future()
    future.set_result(value)
    return future


def _broken_thing(kind: str) -> Thing:
    """A thing whose plain fields hold what their types refuse (or what graphql-core
    awaits: values the short path must leave to it)."""
    good = _things(1)[0]
    table: dict[str, dict[str, Any] | Callable[[], dict[str, Any]]] = {
        "null_name": {"name": None},
        "number_name": {"name": {"not": "a string"}},
        "bad_count": {"count": "three"},
        "bad_day": {"day": "yesterday"},
        "bad_colour": {"colour": "green"},
        "null_price": {"price": None},
        "bad_price": {"price": "1.00"},
        "error_value": {"name": ValueError("held an error")},
        "null_tag": {"tags": ["a", None]},
        "bad_tag": {"tags": ["a", {"not": "a string"}]},
        "tags_not_a_list": {"tags": 7},
        "null_part": {"parts": [Amount(value="1.00", currency="USD"), None]},
        "bad_part": {"parts": [Amount(value="1.00", currency="USD"), "1.00"]},
        "part_without_value": {"parts": [Amount(value=None, currency="USD")]},  # type: ignore[arg-type]
        "error_part": {"parts": [ValueError("held an error")]},
        "null_maker": {"maker": None},
        "maker_of_another_type": {"maker": Amount(value="1.00", currency="USD")},
        "maybe_parts_of_another_type": {"maybe_parts": [Maker(name="m", country="NL")]},
        "awaited_tag": lambda: {"tags": ["a", _ready("b")]},
        "awaited_part": lambda: {"parts": [_later(Amount(value="3.00", currency="USD"))]},
        "awaited_name": lambda: {"name": _ready("later")},
        "awaited_maker": lambda: {"maker": _ready(Maker(name="later", country="BE"))},
        "undefined_tag": {"tags": ["a", Undefined]},
        "undefined_note": {"note": Undefined},
        "exploding_maker": {"maker": Exploding()},
        "exploding_part": {"parts": [Exploding()]},
        "null_named": {"named": None},
        "named_of_no_type_of_it": {"named": Amount(value="1.00", currency="USD")},
        "named_subclass": {"named": Workshop(name="w", country="DE")},
        "named_cast": {"named": strawberry.cast(Shop, Maker(name="c", country="FR"))},
        "exploding_named": {"named": Exploding()},
        "awaited_named": lambda: {"named": _ready(Shop(name="later", city="Lier"))},
    }
    # Awaitables are made only for their own case: one never awaited would be reported.
    changes = table[kind]
    for name, value in (changes() if callable(changes) else changes).items():
        setattr(good, name, value)
    return good


@strawberry.type
class Query:
    @strawberry.field
    def things(self, count: int = 3) -> list[Thing]:
        return _things(count)

    @strawberry.field
    def broken(self, kind: str) -> list[Thing]:
        """Things whose plain fields hold what their types refuse."""
        return [_broken_thing(kind)]

    @strawberry.field
    def later_broken(self, kind: str) -> list[Thing | None]:
        """Good things, then one that is not (a list completed in one loop falls back to
        item by item at the first item that needs more)."""
        things: list[Thing | None] = list(_things(3))
        if kind == "none":
            things.insert(2, None)
        else:
            things.append(_broken_thing(kind))
        return things

    @strawberry.field
    def missing(self, attribute: str) -> list[Thing]:
        """A thing without an attribute its type declares."""
        thing = _things(1)[0]
        delattr(thing, attribute)
        return [thing]


def _schema(context: type[StrawberryGraphQLCoreExecutionContext], **kwargs: Any) -> Any:
    # Shop is reached only through the interface: named here.
    return strawberry.Schema(query=Query, execution_context_class=context, types=[Shop], **kwargs)


QUERIES = [
    "{ things { id name note count day colour price { value currency } discount { value } } }",
    "{ things(count: 5) { a: name b: name id ...F __typename price { __typename value } } }"
    " fragment F on Thing { count price { currency } discount { currency value } }",
    "query($skip: Boolean!) { things { name @skip(if: $skip) note @include(if: $skip) } }",
    "{ things { name shout later { value } secret } }",
    "{ things { price { value } price { currency } } }",
    *(
        f'{{ broken(kind: "{kind}") {{ id name note count day colour price {{ value }} }} }}'
        for kind in (
            "null_name",
            "number_name",
            "bad_count",
            "bad_day",
            "bad_colour",
            "null_price",
            "bad_price",
            "error_value",
        )
    ),
    *(
        f'{{ laterBroken(kind: "{kind}") {{ id name count price {{ value }} }} }}'
        for kind in ("none", "null_name", "bad_count", "null_price", "error_value")
    ),
    '{ missing(attribute: "name") { name } }',
    '{ missing(attribute: "note") { note } }',
    '{ missing(attribute: "price") { price { value } } }',
    '{ missing(attribute: "discount") { discount { value } } }',
    '{ missing(attribute: "id") { id } }',
    "{ things(count: 6) { tags parts { value currency } maybeParts { value } maker { name"
    " __typename } } }",
    "{ things(count: 6) { maker { ... on Named { name } country } parts { __typename } } }",
    *(
        f'{{ broken(kind: "{kind}") {{ id tags parts {{ value }} maybeParts {{ currency }}'
        " maker { name } } }"
        for kind in (
            "null_tag",
            "bad_tag",
            "tags_not_a_list",
            "null_part",
            "bad_part",
            "part_without_value",
            "error_part",
            "null_maker",
            "maker_of_another_type",
            "maybe_parts_of_another_type",
            "awaited_tag",
            "awaited_part",
            "awaited_name",
            "awaited_maker",
            "undefined_tag",
            "undefined_note",
            "exploding_maker",
            "exploding_part",
        )
    ),
    "{ things(count: 6) { named { name __typename ... on Maker { country } ... on Shop { city"
    " } } } }",
    "{ things(count: 4) { named { ... on Shop { city } } } }",
    *(
        f'{{ broken(kind: "{kind}") {{ id named {{ name __typename ... on Maker {{ country }}'
        " } } }"
        for kind in (
            "null_named",
            "named_of_no_type_of_it",
            "named_subclass",
            "named_cast",
            "exploding_named",
            "awaited_named",
        )
    ),
    "{ things(count: 6) { firstParts { value } two: firstParts(first: 2) { currency }"
    ' priced { value } euro: priced(currency: "EUR") { value } } }',
    "query($skip: Boolean!) { things(count: 4) { keptParts(keep: $skip) { value }"
    " none: keptParts(keep: false) { value } } }",
    "{ things(count: 3) { name firstParts(first: -1) { value } } }",
    "{ things(count: 6) { upTo(atMost: 2) { value } one: upTo { value } } }",
    '{ broken(kind: "bad_part") { firstParts(first: 2) { value } } }',
    '{ broken(kind: "awaited_part") { parts { __typename } } }',
    '{ broken(kind: "undefined_note") { note name } }',
    '{ missing(attribute: "tags") { tags } }',
    '{ missing(attribute: "maker") { maker { name } } }',
]


async def _result(schema: Any, query: str) -> dict[str, Any]:
    result = await schema.execute(query, variable_values={"skip": True})
    errors = [
        {"message": error.message, "path": error.path, "locations": error.locations}
        for error in result.errors or []
    ]
    return {"data": result.data, "errors": errors}


@pytest.mark.parametrize("query", QUERIES)
async def test_the_short_path_answers_what_graphql_core_answers(query: str) -> None:
    full = await _result(_schema(StrawberryGraphQLCoreExecutionContext), query)
    short = await _result(_schema(plain_fields_context()), query)
    assert short == full
    # The cases are real: something was asked, and the failing ones fail in a field of
    # the answer, not in the resolver of the list.
    assert full["data"] is not None or full["errors"]
    assert all(len(error["path"]) > 1 for error in full["errors"]), full["errors"]


async def test_failing_plain_fields_are_reported_as_errors_at_their_path() -> None:
    schema = _schema(plain_fields_context())
    null_name = await _result(schema, '{ broken(kind: "null_name") { name } }')
    assert null_name["data"] is None  # null in a non-null item of a non-null list
    assert null_name["errors"][0]["path"] == ["broken", 0, "name"]
    assert (
        "Cannot return null for non-nullable field Thing.name"
        in (null_name["errors"][0]["message"])
    )
    bad_count = await _result(schema, '{ broken(kind: "bad_count") { count } }')
    assert bad_count["errors"][0]["path"] == ["broken", 0, "count"]
    assert "Int cannot represent" in bad_count["errors"][0]["message"]


class InfoCounting(PlainFieldsExecutionContext):
    """Counts the resolve infos graphql-core builds: one per field on the full path."""

    built = 0
    _plans: dict[Any, Any] = {}
    _completer_plans: dict[Any, Any] = {}

    def build_resolve_info(self, *args: Any, **kwargs: Any) -> GraphQLResolveInfo[Any]:
        type(self).built += 1
        return super().build_resolve_info(*args, **kwargs)


class FullPathCounting(StrawberryGraphQLCoreExecutionContext):
    built = 0

    def build_resolve_info(self, *args: Any, **kwargs: Any) -> GraphQLResolveInfo[Any]:
        type(self).built += 1
        return super().build_resolve_info(*args, **kwargs)


@pytest.mark.parametrize("count", [10, 200])
async def test_plain_fields_take_the_short_path_whatever_the_number_of_rows(count: int) -> None:
    query = f"{{ things(count: {count}) {{ id name note count day colour price {{ value }} }} }}"
    InfoCounting.built = FullPathCounting.built = 0
    short = await _result(_schema(InfoCounting), query)
    assert short == await _result(_schema(FullPathCounting), query)
    assert len(short["data"]["things"]) == count
    # graphql-core's path: one info per field of every row; the short path: the list only.
    assert FullPathCounting.built == 1 + count * 8
    assert InfoCounting.built == 1


class SubfieldsCounting(PlainFieldsExecutionContext):
    """Counts the objects whose sub-selection goes through graphql-core's collection."""

    collected = 0
    _plans: dict[Any, Any] = {}
    _completer_plans: dict[Any, Any] = {}

    def collect_and_execute_subfields(self, *args: Any, **kwargs: Any) -> Any:
        type(self).collected += 1
        return super().collect_and_execute_subfields(*args, **kwargs)


@pytest.mark.parametrize(
    ("selection", "collected"),
    [
        # All plain, to the leaves of nested objects and the type's name: each row at once.
        ("id name note __typename price { value currency } discount { value }", 0),
        # A resolver in the selection: every row the long way (its plain objects at once).
        ("name shout price { value }", 50),
        # A nullable plain object that is null in every other row: still each row at once.
        ("discount { currency } note", 0),
        # Lists of leaves and of plain objects (with null items where the type allows
        # them), and an object whose type checks what it is given: each row at once.
        ("tags parts { value } maybeParts { currency } maker { name country }", 0),
        # An interface: the selection of each value's own type, at once.
        ("named { name __typename ... on Maker { country } ... on Shop { city } }", 0),
        # Resolvers declared plain, with their arguments: each row at once.
        ("firstParts(first: 2) { value } keptParts(keep: true) { currency } priced { value }", 0),
    ],
)
async def test_rows_of_plain_fields_are_completed_at_once(selection: str, collected: int) -> None:
    SubfieldsCounting.collected = 0
    query = f"{{ things(count: 50) {{ {selection} }} }}"
    short = await _result(_schema(SubfieldsCounting), query)
    assert short == await _result(_schema(StrawberryGraphQLCoreExecutionContext), query)
    assert len(short["data"]["things"]) == 50
    assert SubfieldsCounting.collected == collected
    SubfieldsCounting.collected = 0
    broken = await _result(
        _schema(SubfieldsCounting), '{ broken(kind: "bad_price") { price { value } } }'
    )
    assert broken["errors"][0]["path"] == ["broken", 0, "price", "value"]
    assert SubfieldsCounting.collected == 2  # the failing row and its price, the long way


class SeesEveryField(SchemaExtension):
    seen: list[str] = []

    def resolve(
        self, _next: Any, root: Any, info: GraphQLResolveInfo[Any], *args: Any, **kwargs: Any
    ) -> Any:
        type(self).seen.append(info.field_name)
        return _next(root, info, *args, **kwargs)


async def test_an_extension_resolving_fields_still_sees_every_field() -> None:
    query = "{ things(count: 2) { name price { value } } }"
    SeesEveryField.seen = []
    schema = _schema(plain_fields_context(), extensions=[SeesEveryField])
    assert (await _result(schema, query))["data"] == {
        "things": [
            {"name": "thing 0", "price": {"value": "0.50"}},
            {"name": "thing 1", "price": {"value": "1.50"}},
        ]
    }
    assert SeesEveryField.seen == ["things", *(["name", "price", "value"] * 2)]


# --- the app's own queries, on the database ------------------------------------------------

CUSTOMER = """
query($id: ID!) {
  customer(id: $id) {
    id code name status
    balance { total { amount currency } unavailable reason byCurrency { amount currency } }
    eligibleCredits(first: 50) {
      id kind documentNumber documentDate currency refundable
      originalAmount { amount currency } openAmount { amount } heldByDrafts { amount }
      available { amount currency }
      document { __typename number documentDate ... on Invoice { total { amount } } }
    }
    documents(first: 50) {
      __typename id number documentDate currency
      ... on Invoice { dueDate memo total { amount currency } balanceDue { amount } }
      ... on ReceivedPayment { amount { amount } }
    }
  }
}
"""

CUSTOMERS = """
{ customers(first: 10) {
    totalCount
    edges { cursor node { id code name status balance { total { amount } } } }
    pageInfo { hasNextPage endCursor }
} }
"""

REFUNDS = """
{ refunds(first: 10) {
    edges { node {
      id number state currency paymentMethod paymentDate reference memo version
      total { amount currency } voidDate voidReason postedAt
      allocations { amount { amount } credit { id documentNumber openAmount { amount } } }
    } }
} }
"""

# Report pages: an interface field per line (invoice), a plain resolver with its argument
# (refunds, aliased with another), objects made with the page (refund, cleared credits).
RECONCILIATION = """
{ customerReconciliation { rows {
    customer { code } balances { currency subledger { amount } difference { amount } }
    refunds { number state total { amount } refund { id number state }
      clearedCredits { matchReference amount { amount } credit { documentNumber } } }
    one: refunds(first: 1) { number }
  } totals { subledger { amount } } } }
"""

INVOICE_ANALYSIS = """
{ invoiceAnalysis(dateFrom: "2000-01-01", dateTo: "2100-12-31") {
    invoices { invoice { __typename id number ... on Invoice { dueDate total { amount } } }
      balance { amount } status customer { code } }
    totals { balance { amount } } } }
"""


def _graphql_app(application: Starlette) -> GraphQLApp:
    for route in application.routes:
        if isinstance(route, Route) and isinstance(route.endpoint, GraphQLApp):
            return route.endpoint
    raise AssertionError("no GraphQL route")


async def _books(world: World) -> None:
    first = await invoice(world, "C-US", "INV-1", "100.00", "-20.00")
    await payment(world, "C-US", "PAY-1", "150.00", applications={first: "80.00"})
    await adjustment(world, "C-US", "CM-1", "-35.10")
    await advance(world, "C-US", "ADV-1", "60.00")
    await advance(world, "C-US", "ADV-EUR", "12.00", bank="US-EUR", currency="EUR")
    await invoice(world, "C-US", "INV-2", "99.99")
    await enable_refunds(world)


@pytest.fixture
def apps(make_client: MakeClient) -> tuple[httpx.AsyncClient, httpx.AsyncClient]:
    short, full = make_client(), make_client()
    transport = full._transport
    assert isinstance(transport, httpx.ASGITransport)
    app = transport.app
    assert isinstance(app, Starlette)
    schema = _graphql_app(app).schema
    assert isinstance(schema, strawberry.Schema)
    schema.execution_context_class = StrawberryGraphQLCoreExecutionContext
    return short, full


async def test_the_apps_queries_answer_the_same_bytes_on_either_path(
    world: World, apps: tuple[httpx.AsyncClient, httpx.AsyncClient]
) -> None:
    await _books(world)
    scope = world.scope("US01")
    customer = world.customers["C-US"]
    found = (await credits.refundable_credits(world.actor, scope, [customer.id], "USD"))[
        customer.id
    ]

    async def draft(on: date, takes: dict[int, str]) -> Refund:
        return await refunds.create_draft(
            world.actor,
            scope,
            refunds.RefundInput(
                customer_id=customer.id,
                bank_account_id=world.banks["US-OPER"].id,
                currency="USD",
                payment_date=on,
                reference=f"refund of {on}",
            ),
            [refunds.AllocationInput(credit_id=c, amount=a) for c, a in takes.items()],
        )

    posted = await draft(date(2026, 3, 1), {c.id: "1.00" for c in found[:2]})
    await refunds.post(world.actor, scope, posted.id, expected_version=posted.version)
    await draft(date(2026, 3, 2), {found[0].id: "2.00"})  # stays a draft: holds 2.00
    token = await token_for("clerk", roles=("ar_clerk",))
    controller = await token_for("controller", roles=("controller",))
    headers = {"Authorization": f"Bearer {token}", "X-Entity": "US01"}
    reader = {"Authorization": f"Bearer {controller}", "X-Entity": "US01"}
    short, full = apps
    bodies = [
        ({"query": CUSTOMER, "variables": {"id": gid("Customer", customer.id)}}, headers),
        ({"query": CUSTOMERS}, headers),
        ({"query": REFUNDS}, headers),
        ({"query": RECONCILIATION}, reader),
        ({"query": INVOICE_ANALYSIS}, reader),
    ]
    answered: list[dict[str, Any]] = []
    async with short, full:
        for body, sent in bodies:
            answers = [
                await http.post("/graphql", json=body, headers=sent) for http in (short, full)
            ]
            assert answers[0].status_code == answers[1].status_code == 200, answers[1].text
            assert "errors" not in answers[1].json(), answers[1].text
            assert answers[0].content == answers[1].content
            answered.append(answers[0].json()["data"])
    # What was compared is the real thing: credits held in part, documents, a posted refund.
    eligible = answered[0]["customer"]["eligibleCredits"]
    assert {c["heldByDrafts"]["amount"] for c in eligible} >= {"0.00", "2.00"}
    assert {d["__typename"] for d in answered[0]["customer"]["documents"]} >= {
        "Invoice",
        "ReceivedPayment",
    }
    states = {edge["node"]["state"] for edge in answered[2]["refunds"]["edges"]}
    assert states == {"POSTED", "DRAFT"}
    matches = [m for row in answered[3]["customerReconciliation"]["rows"] for m in row["refunds"]]
    assert [m["refund"]["state"] for m in matches] == ["POSTED"]
    assert len(matches[0]["clearedCredits"]) == 2
    lines = answered[4]["invoiceAnalysis"]["invoices"]
    assert {line["invoice"]["number"] for line in lines} == {"INV-1", "INV-2"}


def test_a_credit_built_from_its_row_has_every_field_of_its_type() -> None:
    """``CreditType.from_model`` sets attributes without the dataclass ``__init__``: a field
    added to the type and not set there would fail here, not in an answer."""
    row = credits.CreditRow(
        id=7,
        kind=CreditKind.ADVANCE,
        entity_id=1,
        customer_id=2,
        currency="JPY",
        document_number="ADV-7",
        document_date=date(2026, 3, 1),
        original_minor=1500,
        open_minor=1200,
        has_positive_line=False,
        invoice_id=None,
        adjustment_id=None,
        payment_id=None,
        advance_id=7,
        held_by_drafts_minor=200,
    )
    made = CreditType.from_model(row)
    read_off_the_row = {
        field.python_name
        for field in CreditType.__strawberry_definition__.fields  # type: ignore[attr-defined]
        if field.base_resolver is None
    }
    assert "open_amount" in read_off_the_row
    assert read_off_the_row <= set(vars(made))
    assert (made.id, made.document_number, made.refundable) == (7, "ADV-7", True)
    assert [
        (money.amount, money.currency)
        for money in (made.original_amount, made.open_amount, made.held_by_drafts, made.available)
    ] == [("1500", "JPY"), ("1200", "JPY"), ("200", "JPY"), ("1000", "JPY")]


def test_the_types_never_awaited_are_learnt_for_enums_and_not_for_dynamic_objects() -> None:
    """An enum member is a plain value, though its class (EnumType) has a ``__getattr__``
    of its own; an object answering any attribute (``__await__`` too) is checked each
    time, as graphql-core checks it."""

    class Stage(enum.Enum):
        OPEN = "open"

    class Dynamic:
        def __getattr__(self, name: str) -> Any:
            raise AttributeError(name)  # today; another instance may answer

    assert not _awaitable(Stage.OPEN)
    assert Stage in _NEVER_AWAITED
    assert not _awaitable(Dynamic())
    assert Dynamic not in _NEVER_AWAITED


class Prefixing(NameConverter):
    """Renames two object types: Strawberry's interface resolution then names a type the
    schema does not have, an error the short path must leave to the full path."""

    def from_object(self, object_type: Any) -> str:
        name = super().from_object(object_type)
        return f"P{name}" if name in ("Maker", "Shop") else name


async def test_an_interface_whose_types_are_renamed_answers_as_graphql_core() -> None:
    query = "{ things(count: 4) { named { name __typename ... on Named { name } } } }"
    config = StrawberryConfig(name_converter=Prefixing())
    full = await _result(_schema(StrawberryGraphQLCoreExecutionContext, config=config), query)
    short = await _result(_schema(plain_fields_context(), config=config), query)
    assert short == full
    assert full["errors"]  # resolved to a type the schema does not have
