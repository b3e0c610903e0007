"""Persisted queries (Apollo's protocol and trusted documents), the document caches, and
the JSON encoder: a hash runs the document it names, with every limit of its text."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Route

from app.settings import Settings
from schema.operation import OperationRunner
from schema.persisted import read_manifest
from schema.view import GraphQLApp
from tests.conftest import MakeClient, token_for
from tests.factories import World

VIEWER = "query Who { viewer { user { username } permissions } }"


def sha(document: str) -> str:
    return hashlib.sha256(document.encode()).hexdigest()


def persisted(document: str) -> dict[str, Any]:
    return {"persistedQuery": {"version": 1, "sha256Hash": sha(document)}}


async def _post(
    http: httpx.AsyncClient, token: str, body: dict[str, Any], entity: str | None = None
) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"}
    if entity:
        headers["X-Entity"] = entity
    return await http.post("/graphql", json=body, headers=headers)


async def test_a_hash_unknown_then_registered_runs_the_document_alone(
    client: httpx.AsyncClient,
) -> None:
    token = await token_for("alice")
    unknown = await _post(client, token, {"extensions": persisted(VIEWER)})
    assert unknown.status_code == 200
    assert unknown.json()["errors"][0]["message"] == "PersistedQueryNotFound"
    assert unknown.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    assert "data" not in unknown.json()

    registered = await _post(client, token, {"query": VIEWER, "extensions": persisted(VIEWER)})
    expected = registered.json()["data"]
    assert expected["viewer"]["user"]["username"] == "alice"

    by_hash = await _post(client, token, {"extensions": persisted(VIEWER)})
    assert by_hash.status_code == 200
    assert by_hash.json()["data"] == expected
    # Over GET too, as clients send cacheable queries: extensions as URL-encoded JSON.
    by_get = await client.get(
        "/graphql",
        params={"extensions": json.dumps(persisted(VIEWER)), "operationName": "Who"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert by_get.status_code == 200, (by_get.status_code, by_get.headers, by_get.text)
    assert by_get.json()["data"] == expected


async def test_a_hash_that_is_not_its_query_is_refused_and_not_registered(
    client: httpx.AsyncClient,
) -> None:
    token = await token_for("alice")
    named = "query Mismatch { viewer { permissions } }"
    other = "{ viewer { permissions } }"
    wrong = {"query": other, "extensions": persisted(named)}
    response = await _post(client, token, wrong)
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_HASH_MISMATCH"
    # The hash still names nothing: the mismatched text was not remembered under it.
    again = await _post(client, token, {"extensions": persisted(named)})
    assert again.json()["errors"][0]["message"] == "PersistedQueryNotFound"


@pytest.mark.parametrize(
    "extension",
    [
        {"version": 2, "sha256Hash": "0" * 64},
        {"version": 1, "sha256Hash": "not-hex"},
        {"version": 1},
        "abc",
    ],
)
async def test_a_persisted_query_extension_of_another_shape_is_refused(
    client: httpx.AsyncClient, extension: object
) -> None:
    token = await token_for("alice")
    response = await _post(client, token, {"extensions": {"persistedQuery": extension}})
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_SUPPORTED"


async def test_limits_refuse_a_persisted_document_as_they_refuse_its_text(
    make_client: MakeClient, world: World
) -> None:
    token = await token_for("alice")
    cases = (
        ("{ viewer { user { username } } }", "QUERY_TOO_DEEP", {"graphql_max_depth": 1}),
        (
            "{ " + " ".join(f"a{i}: viewer {{ permissions }}" for i in range(3)) + " }",
            "TOO_MANY_ALIASES",
            {"graphql_max_aliases": 2},
        ),
        (
            "{ viewer { " + " ".join(["permissions"] * 60) + " } }",
            "TOO_MANY_TOKENS",
            {"graphql_max_tokens": 40},
        ),
        (
            "{ customers(first: 200) { edges { node { documents(first: 300) { number } } } } }",
            "QUERY_TOO_COSTLY",
            {"graphql_max_cost": 1000},
        ),
    )
    for document, code, limit in cases:
        async with make_client(**limit) as http:
            as_text = (await _post(http, token, {"query": document}, "US01")).json()
            with_hash = await _post(
                http, token, {"query": document, "extensions": persisted(document)}, "US01"
            )
            hash_only = await _post(http, token, {"extensions": persisted(document)}, "US01")
            for body in (as_text, with_hash.json(), hash_only.json()):
                assert body.get("data") is None, (code, body)
                assert body["errors"][0]["extensions"]["code"] == code, body


def _runner(app: Starlette) -> OperationRunner:
    """The app's operation runner (its GraphQL route's view)."""
    [view] = [
        route.app for route in app.routes if isinstance(route, Route) and route.path == "/graphql"
    ]
    assert isinstance(view, GraphQLApp)
    return view.operations


async def test_a_repeated_document_is_validated_once(
    app: Starlette, client: httpx.AsyncClient
) -> None:
    """The limit rules are built once per schema, so the validation cache can hit: a second
    request with the same text (or its hash) does no validation."""
    runner = _runner(app)
    token = await token_for("alice")
    document = "query Again { viewer { user { username } } }"
    before = runner.validations
    await _post(client, token, {"query": document, "extensions": persisted(document)})
    assert runner.validations == before + 1
    for _ in range(3):
        body = (await _post(client, token, {"query": document})).json()
        assert body["data"]["viewer"]["user"]["username"] == "alice"
    body = (await _post(client, token, {"extensions": persisted(document)})).json()
    assert body["data"]["viewer"]["user"]["username"] == "alice"
    assert runner.validations == before + 1
    # Another document is validated (the count moves when validation runs).
    await _post(client, token, {"query": "query Other { viewer { permissions } }"})
    assert runner.validations == before + 2


def _manifest(tmp_path: Path, *documents: str, apollo: bool = False) -> Path:
    path = tmp_path / "persisted-documents.json"
    if apollo:
        operations = [{"id": sha(d), "body": d, "name": "x", "type": "query"} for d in documents]
        content: object = {
            "format": "apollo-persisted-query-manifest",
            "version": 1,
            "operations": operations,
        }
    else:
        content = {sha(d): d for d in documents}
    path.write_text(json.dumps(content))
    return path


@pytest.mark.parametrize("apollo", [False, True])
async def test_trusted_documents_only_runs_the_manifest_and_nothing_else(
    make_client: MakeClient, tmp_path: Path, apollo: bool
) -> None:
    token = await token_for("alice")
    settings = {
        "graphql_persisted_documents_file": _manifest(tmp_path, VIEWER, apollo=apollo),
        "graphql_trusted_documents_only": True,
    }
    async with make_client(**settings) as http:
        by_hash = await _post(http, token, {"extensions": persisted(VIEWER)})
        assert by_hash.json()["data"]["viewer"]["user"]["username"] == "alice"
        # The manifest's text itself is fine (a safelist), any other text is not.
        assert "data" in (await _post(http, token, {"query": VIEWER})).json()
        other = "{ viewer { permissions } }"
        for body in ({"query": other}, {"query": other, "extensions": persisted(other)}):
            refused = await _post(http, token, body)
            assert refused.status_code == 403
            assert refused.json()["errors"][0]["extensions"]["code"] == (
                "PERSISTED_QUERY_NOT_IN_LIST"
            )
        # Nothing was registered: the other document's hash is still unknown.
        unknown = await _post(http, token, {"extensions": persisted(other)})
        assert unknown.json()["errors"][0]["message"] == "PersistedQueryNotFound"


def test_a_manifest_whose_hash_is_not_its_document_fails_at_start(tmp_path: Path) -> None:
    path = tmp_path / "stale.json"
    path.write_text(json.dumps({sha(VIEWER): VIEWER + " "}))
    with pytest.raises(ValueError, match="is not the SHA-256"):
        read_manifest(path)
    path.write_text(json.dumps({sha(VIEWER): VIEWER}))
    assert read_manifest(path) == {sha(VIEWER): VIEWER}


async def test_registered_documents_stay_within_their_budget(make_client: MakeClient) -> None:
    """Automatic registration is bounded: past the budget the least recently used go."""
    token = await token_for("alice")
    first = "query A { viewer { permissions } }"
    second = "query B { viewer { permissions } }"
    budget = len(first) + len(second) - 1  # room for one of the two
    async with make_client(graphql_persisted_cache_characters=budget) as http:
        for document in (first, second):
            body = {"query": document, "extensions": persisted(document)}
            assert "data" in (await _post(http, token, body)).json()
        gone = await _post(http, token, {"extensions": persisted(first)})
        assert gone.json()["errors"][0]["message"] == "PersistedQueryNotFound"
        kept = await _post(http, token, {"extensions": persisted(second)})
        assert "data" in kept.json()


async def test_the_response_is_compact_utf8_json(client: httpx.AsyncClient) -> None:
    token = await token_for("zoë")
    response = await _post(client, token, {"query": VIEWER})
    assert response.headers["content-type"] == "application/json"
    assert '"username":"zoë"' in response.content.decode("utf-8")
    assert json.loads(response.content)["data"]["viewer"]["user"]["username"] == "zoë"


async def test_error_answers_are_encoded_as_results_are(client: httpx.AsyncClient) -> None:
    """Answers written before GraphQL runs (a refused persisted query, a refused token) use
    the same compact encoder as results: one encoding on every path."""
    token = await token_for("alice")
    never_sent = "query NeverSent { viewer { permissions } }"
    unknown = await _post(client, token, {"extensions": persisted(never_sent)})
    assert unknown.content.startswith(b'{"errors":[{"message":"PersistedQueryNotFound",')
    refused = await client.post(
        "/graphql", json={"query": VIEWER}, headers={"Authorization": "Bearer nope"}
    )
    assert refused.status_code == 401
    assert b'"extensions":{"code":"UNAUTHENTICATED"' in refused.content
    assert refused.headers["content-length"] == str(len(refused.content))


async def test_half_a_surrogate_pair_echoed_in_an_error_is_still_json(
    client: httpx.AsyncClient,
) -> None:
    """orjson refuses lone surrogates; the answer falls back to escaped JSON, not a 500."""
    token = await token_for("alice")
    response = await client.post(
        "/graphql",
        content=b'{"query": "{ viewer { \\ud800 } }"}',
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    assert response.status_code == 200, response.text
    body = json.loads(response.content)
    assert body["errors"][0]["extensions"]["code"] == "GRAPHQL_PARSE_FAILED"


def test_settings_document_the_persisted_query_options() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    for name in Settings.model_fields:
        if name.startswith(("graphql_persisted", "graphql_trusted")):
            assert f"`{name.upper()}`" in readme, name
