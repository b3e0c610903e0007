"""GraphQL limits, error handling and the committed SDL."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette

from app.main import create_app
from app.services import access
from app.settings import Settings
from schema import build_schema
from tests.conftest import GraphQLClient, token_for


@pytest.fixture
async def strict_gql(settings: Settings, db: None) -> AsyncIterator[GraphQLClient]:
    """An app whose GraphQL limits come from settings lower than the defaults."""
    strict = settings.model_copy(
        update={"graphql_max_depth": 1, "graphql_max_aliases": 2, "graphql_max_tokens": 40}
    )
    app: Starlette = create_app(strict, manage_database=False)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as http:
        yield GraphQLClient(http)


async def test_depth_limit_from_settings_refuses_an_over_deep_query(
    strict_gql: GraphQLClient,
) -> None:
    token = await token_for("alice")
    await strict_gql.data("{ viewer { permissions } }", token=token)
    response = await strict_gql.post("{ viewer { user { username } } }", token=token)
    body = response.json()
    assert body.get("data") is None
    assert "exceeds maximum operation depth of 1" in body["errors"][0]["message"]
    assert body["errors"][0]["extensions"] == {"code": "QUERY_TOO_DEEP"}


async def test_alias_limit_refuses_an_over_wide_query(gql: GraphQLClient, db: None) -> None:
    token = await token_for("alice")
    limit = Settings().graphql_max_aliases
    wide = "{ " + " ".join(f"a{i}: viewer {{ permissions }}" for i in range(limit + 1)) + " }"
    body = (await gql.post(wide, token=token)).json()
    assert body.get("data") is None
    assert f"{limit + 1} aliases found. Allowed: {limit}" in body["errors"][0]["message"]
    assert body["errors"][0]["extensions"] == {"code": "TOO_MANY_ALIASES"}
    at_limit = "{ " + " ".join(f"a{i}: viewer {{ permissions }}" for i in range(limit)) + " }"
    assert len(await gql.data(at_limit, token=token)) == limit


async def test_token_limit_refuses_an_oversized_document(strict_gql: GraphQLClient) -> None:
    token = await token_for("alice")
    padded = "{ viewer { " + " ".join(["permissions"] * 60) + " } }"
    body = (await strict_gql.post(padded, token=token)).json()
    assert body.get("data") is None
    assert "more than 40 tokens" in body["errors"][0]["message"]
    assert body["errors"][0]["extensions"] == {"code": "TOO_MANY_TOKENS"}


async def test_malformed_query_gets_a_readable_error(gql: GraphQLClient, db: None) -> None:
    token = await token_for("alice")
    syntax = (await gql.post("{ viewer { user ", token=token)).json()
    assert syntax["errors"][0]["message"].startswith("Syntax Error")
    assert syntax["errors"][0]["extensions"] == {"code": "GRAPHQL_PARSE_FAILED"}
    unknown = (await gql.post("{ viewer { salary } }", token=token)).json()
    assert unknown["errors"][0]["message"] == "Cannot query field 'salary' on type 'Viewer'."
    assert unknown["errors"][0]["extensions"] == {"code": "GRAPHQL_VALIDATION_FAILED"}


async def test_internal_error_is_masked_and_logged_with_the_request_id(
    gql: GraphQLClient,
    db: None,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    token = await token_for("alice")

    def broken_menu(*_: object) -> list[access.MenuSection]:
        raise RuntimeError("connection to 10.0.0.7 failed: SELECT * FROM app_user")

    monkeypatch.setattr(access, "menu_for", broken_menu)
    response = await gql.post("{ viewer { user { username } menu { key } } }", token=token)
    assert response.status_code == 200
    body = response.json()
    error = body["errors"][0]
    assert error["message"] == "Unexpected error."
    assert error["extensions"] == {
        "code": "INTERNAL_SERVER_ERROR",
        "requestId": response.headers["x-request-id"],
    }
    assert "SELECT" not in response.text
    assert "10.0.0.7" not in response.text
    assert "Traceback" not in response.text
    # The rest of the query still answers; the server log keeps the real cause.
    assert body["data"] is None or body["data"]["viewer"] is None
    logged = [
        record.msg
        for record in caplog.records
        if isinstance(record.msg, dict) and record.msg.get("event") == "graphql.unexpected_error"
    ]
    assert len(logged) == 1
    assert logged[0]["request_id"] == response.headers["x-request-id"]
    assert "10.0.0.7" in str(logged[0]["exc_info"])


async def test_batched_requests_are_refused(client: httpx.AsyncClient, db: None) -> None:
    token = await token_for("alice")
    response = await client.post(
        "/graphql",
        json=[{"query": "{ viewer { permissions } }"}, {"query": "{ viewer { permissions } }"}],
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 400
    assert "data" not in response.text


async def test_graphiql_page_is_served_to_browsers(client: httpx.AsyncClient) -> None:
    response = await client.get("/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert "graphiql" in response.text.lower()


async def test_graphiql_can_be_turned_off(settings: Settings, db: None) -> None:
    app = create_app(settings.model_copy(update={"graphiql": False}), manage_database=False)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as http:
        response = await http.get("/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 401


def test_committed_sdl_matches_the_schema(project_root: Path) -> None:
    committed = (project_root / "schema.graphql").read_text(encoding="utf-8")
    current = build_schema(Settings()).as_str()
    assert committed.strip() == current.strip(), (
        "schema.graphql is out of date: run `python -m app schema > schema.graphql` "
        "and review the change"
    )


async def test_a_document_of_several_operations_runs_the_named_or_the_first(
    client: httpx.AsyncClient, db: None
) -> None:
    """As Strawberry does: without operationName the first operation runs; with it, that
    one; an unknown name is a 400."""
    token = await token_for("alice")
    headers = {"Authorization": f"Bearer {token}"}
    document = "query Who { viewer { user { username } } } query Kind { __typename }"

    async def ask(body: dict[str, str]) -> httpx.Response:
        return await client.post("/graphql", json=body, headers=headers)

    first = await ask({"query": document})
    assert first.json() == {
        "data": {"viewer": {"user": {"username": "alice"}}},
        "extensions": first.json()["extensions"],
    }
    second = await ask({"query": document, "operationName": "Kind"})
    assert second.json()["data"] == {"__typename": "Query"}
    unknown = await ask({"query": document, "operationName": "Nope"})
    assert unknown.status_code == 400
    assert unknown.json()["errors"][0]["extensions"]["code"] == "MALFORMED_REQUEST"
