"""What clients see of failures, through Strawberry's public extension API only.

Over HTTP against the real app, and against a small schema with the same extension, so that
the extension is shown to work on its own (``Schema.execute`` and ``Schema.stream``).
"""

from __future__ import annotations

import datetime
import logging
import traceback
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
import strawberry
from graphql import GraphQLError
from graphql.validation import ValidationRule
from starlette.applications import Starlette
from strawberry.extensions.query_depth_limiter import create_validator as depth_validator
from strawberry.relay import to_base64
from strawberry.types.graphql import OperationType

import schema.limits as limits_module
from app.services import access
from app.services.errors import DomainError, ErrorCode
from app.settings import Settings
from models import Entity
from schema import build_schema
from schema.errors import public_error
from schema.operation import OperationRunner
from schema.schema import RefundsSchema
from tests.conftest import GraphQLClient, MakeClient, token_for

SECRET = "connection to 10.0.0.7 failed"


def unexpected_logs(caplog: pytest.LogCaptureFixture) -> list[dict[str, Any]]:
    return [
        record.msg
        for record in caplog.records
        if isinstance(record.msg, dict) and record.msg.get("event") == "graphql.unexpected_error"
    ]


def logged_traceback(entry: dict[str, Any]) -> str:
    exc = entry["exc_info"]
    assert isinstance(exc, BaseException)
    return "".join(traceback.format_exception(exc))


# Over HTTP, against the real app.


async def test_resolver_failure_over_get_is_masked_with_the_request_id_and_logged(
    client: httpx.AsyncClient,
    db: None,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    token = await token_for("alice")

    def broken_menu(*_: object) -> list[access.MenuSection]:
        raise RuntimeError(SECRET)

    monkeypatch.setattr(access, "menu_for", broken_menu)
    response = await client.get(
        "/graphql",
        params={"query": "{ viewer { menu { key } } }"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200
    request_id = response.headers["x-request-id"]
    assert response.json() == {
        "data": None,
        "errors": [
            {
                "message": "Unexpected error.",
                "locations": [{"line": 1, "column": 12}],
                "path": ["viewer", "menu"],
                "extensions": {"code": "INTERNAL_SERVER_ERROR", "requestId": request_id},
            }
        ],
        "extensions": {"cost": {"requested": 5, "limit": 50_000}},
    }
    assert "10.0.0.7" not in response.text
    [entry] = unexpected_logs(caplog)
    assert entry["request_id"] == request_id
    assert entry["path"] == ["viewer", "menu"]
    logged = logged_traceback(entry)
    assert "Traceback" in logged
    assert "broken_menu" in logged
    assert f"RuntimeError: {SECRET}" in logged


async def test_domain_errors_in_queries_keep_their_message_code_and_field(
    gql: GraphQLClient, db: None, caplog: pytest.LogCaptureFixture
) -> None:
    token = await token_for("alice")
    currency = (await gql.post('{ bankAccounts(currency: "USDX") { id } }', token=token)).json()
    assert currency == {
        "data": None,
        "errors": [
            {
                "message": "'USDX' is not an ISO 4217 currency code.",
                "locations": [{"line": 1, "column": 3}],
                "path": ["bankAccounts"],
                "extensions": {"code": "UNKNOWN_CURRENCY", "field": "currency"},
            }
        ],
        "extensions": {"cost": {"requested": 100, "limit": 50_000}},
    }
    # Relay's GlobalIDValueError counts as a domain error about the id.
    query = "query($id: ID!) { node(id: $id) { id } }"
    node = (await gql.post(query, {"id": to_base64("Nope", 1)}, token=token)).json()
    assert node["errors"] == [
        {
            "message": "Cannot resolve. GlobalID requires a GraphQL type, received `Nope`.",
            "locations": [{"line": 1, "column": 19}],
            "path": ["node"],
            "extensions": {"code": "INVALID", "field": "id"},
        }
    ]
    assert unexpected_logs(caplog) == []


async def test_validation_and_variable_errors_are_not_masked(
    client: httpx.AsyncClient,
    gql: GraphQLClient,
    entities: dict[str, Entity],
    caplog: pytest.LogCaptureFixture,
) -> None:
    token = await token_for("alice")
    cannot_query = {
        "data": None,
        "errors": [
            {
                "message": "Cannot query field 'salary' on type 'Viewer'.",
                "locations": [{"line": 1, "column": 12}],
                "extensions": {"code": "GRAPHQL_VALIDATION_FAILED"},
            }
        ],
    }
    posted = await gql.post("{ viewer { salary } }", token=token)
    assert posted.json() == cannot_query
    got = await client.get(
        "/graphql",
        params={"query": "{ viewer { salary } }"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert got.json() == cannot_query

    void = 'mutation($d: Date!) { voidRefund(id: "x", voidDate: $d, reason: "r") { __typename } }'
    bad_date = (await gql.post(void, {"d": "2026-13-45"}, token=token, entity="US01")).json()
    assert bad_date["errors"] == [
        {
            "message": "Variable '$d' has invalid value: Value cannot represent a Date: "
            '"2026-13-45". month must be in 1..12',
            "locations": [{"line": 1, "column": 10}],
            "extensions": {"code": "GRAPHQL_VALIDATION_FAILED"},
        }
    ]
    allocations = (
        "mutation($a: [RefundAllocationInput!]!) "
        '{ setRefundAllocations(id: "x", version: 1, allocations: $a) { __typename } }'
    )
    number = [{"creditId": "x", "amount": 12.5}]
    amount = (await gql.post(allocations, {"a": number}, token=token, entity="US01")).json()
    assert amount["errors"] == [
        {
            "message": "Variable '$a' has invalid value at [0].amount: "
            'Amounts are decimal strings, e.g. "12.34", never numbers.',
            "locations": [{"line": 1, "column": 10}],
            "extensions": {"code": "GRAPHQL_VALIDATION_FAILED"},
        }
    ]
    assert unexpected_logs(caplog) == []


async def test_a_failure_escaping_validation_is_masked_too(
    make_client: MakeClient,
    db: None,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """An exception out of a validation rule is masked and logged like one out of a resolver."""
    token = await token_for("alice")

    def broken_callback(_: dict[str, int]) -> None:
        raise RuntimeError(SECRET)

    def broken_validator(max_depth: int, should_ignore: None) -> type[ValidationRule]:
        return depth_validator(max_depth, should_ignore, broken_callback)

    # The limit rules are built with the schema, so the app is built after the patch.
    monkeypatch.setattr(limits_module, "depth_validator", broken_validator)
    async with make_client() as client:
        # Building an app configures logging afresh, which drops pytest's capture handler.
        logging.getLogger().addHandler(caplog.handler)
        response = await client.post(
            "/graphql",
            json={"query": "{ viewer { permissions } }"},
            headers={"Authorization": f"Bearer {token}"},
        )
    request_id = response.headers["x-request-id"]
    assert response.json() == {
        "data": None,
        "errors": [
            {
                "message": "Unexpected error.",
                "extensions": {"code": "INTERNAL_SERVER_ERROR", "requestId": request_id},
            }
        ],
    }
    [entry] = unexpected_logs(caplog)
    assert entry["request_id"] == request_id
    assert "broken_callback" in logged_traceback(entry)


def test_the_schema_carries_no_extensions_every_rule_is_in_the_runner() -> None:
    """Strawberry's extension hooks are not how the API applies its rules (one place:
    schema/operation.py); an extension added here would run only for ``schema.execute``."""
    assert not build_schema(Settings()).extensions


# The runner on its own, on a small schema: no HTTP view to fall back on.


@strawberry.type
class _Query:
    @strawberry.field
    def broken(self) -> str | None:
        raise RuntimeError(SECRET)

    @strawberry.field
    def refused(self) -> str | None:
        raise DomainError("No such thing.", field="thing", code=ErrorCode.NOT_FOUND)

    @strawberry.field
    def at(self, when: datetime.datetime) -> str:
        return when.isoformat()


REQUEST_ID = "req-0123456789"
MASKED = {"code": "INTERNAL_SERVER_ERROR", "requestId": REQUEST_ID}


@pytest.fixture
def small_runner(app: Starlette) -> OperationRunner:
    """Built per test (the app fixture configures logging like the server's)."""
    return OperationRunner(RefundsSchema(query=_Query), Settings())


async def _run(runner: OperationRunner, query: str, variables: dict[str, Any] | None = None) -> Any:
    return await runner.run(
        query,
        variables=variables,
        operation_name=None,
        extensions=None,
        context=SimpleNamespace(request_id=REQUEST_ID),
        allowed={OperationType.QUERY},
    )


async def test_the_runner_alone_masks_and_labels_executed_errors(
    small_runner: OperationRunner, caplog: pytest.LogCaptureFixture
) -> None:
    result = await _run(small_runner, "{ broken refused }")
    assert result.data == {"broken": None, "refused": None}
    assert result.errors is not None
    assert [error.formatted for error in result.errors] == [
        {
            "message": "Unexpected error.",
            "locations": [{"line": 1, "column": 3}],
            "path": ["broken"],
            "extensions": MASKED,
        },
        {
            "message": "No such thing.",
            "locations": [{"line": 1, "column": 10}],
            "path": ["refused"],
            "extensions": {"code": "NOT_FOUND", "field": "thing"},
        },
    ]
    [entry] = unexpected_logs(caplog)
    assert f"RuntimeError: {SECRET}" in logged_traceback(entry)


@pytest.mark.parametrize(
    ("query", "variables"),
    [
        ("query($when: DateTime!) { at(when: $when) }", {"when": "9999-12-31T24:00:00"}),
        ('{ at(when: "9999-12-31T24:00:00") }', None),
    ],
    ids=["variable", "literal"],
)
async def test_an_unexpected_exception_parsing_an_input_value_is_masked(
    small_runner: OperationRunner,
    caplog: pytest.LogCaptureFixture,
    query: str,
    variables: dict[str, Any] | None,
) -> None:
    # Strawberry's DateTime scalar lets dateutil's OverflowError through; graphql-core
    # quotes it in a validation-style message, wrapped once more for a variable.
    result = await _run(small_runner, query, variables)
    assert result.data is None
    assert result.errors is not None
    [error] = [error.formatted for error in result.errors]
    assert error["message"] == "Unexpected error."
    assert error["extensions"] == MASKED
    assert "out of range" not in str(error)
    [entry] = unexpected_logs(caplog)
    assert "OverflowError: date value out of range" in logged_traceback(entry)


async def test_syntax_and_validation_errors_are_labelled_and_parse_is_cached(
    small_runner: OperationRunner,
) -> None:
    syntax = await _run(small_runner, "{ broken")
    assert syntax.errors is not None
    assert [e.extensions for e in syntax.errors] == [{"code": "GRAPHQL_PARSE_FAILED"}]
    for _ in range(2):
        invalid = await _run(small_runner, "{ nothing }")
        assert invalid.data is None
        assert invalid.errors is not None
        assert [e.extensions for e in invalid.errors] == [{"code": "GRAPHQL_VALIDATION_FAILED"}]
    # The second time came from the cache, errors and all.
    assert small_runner.validations == 1


def test_the_rules_are_idempotent_so_the_view_may_apply_them_again() -> None:
    wrapped = GraphQLError("outer", original_error=GraphQLError("inner", original_error=KeyError()))
    domain = GraphQLError("x", original_error=DomainError("Nope.", field="f"))
    plain = GraphQLError("Cannot query field 'x' on type 'Query'.")
    for error in (wrapped, domain, plain):
        once = public_error(error, REQUEST_ID)
        assert public_error(once, REQUEST_ID).formatted == once.formatted
    assert public_error(wrapped, REQUEST_ID).formatted == {
        "message": "Unexpected error.",
        "extensions": MASKED,
    }
    assert public_error(domain, REQUEST_ID).formatted == {
        "message": "Nope.",
        "extensions": {"code": "INVALID", "field": "f"},
    }
    assert public_error(plain, REQUEST_ID) is plain
