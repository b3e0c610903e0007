"""GraphiQL from our own assets and CORS for single-page apps, over HTTP (the browser
itself drives them in test_browser.py)."""

from __future__ import annotations

import re

import httpx
import pytest
from pydantic import ValidationError

from app.graphiql import STATIC_DIRECTORY
from app.settings import Settings
from tests.conftest import MakeClient, token_for

SPA = "http://127.0.0.1:5173"
HTML = {"Accept": "text/html"}
VIEWER = {"query": "{ viewer { user { username } } }"}


async def test_graphiql_page_uses_our_assets_under_a_strict_policy(
    client: httpx.AsyncClient,
) -> None:
    page = await client.get("/graphql", headers=HTML)
    assert page.status_code == 200
    policy = page.headers["content-security-policy"]
    assert "script-src 'self';" in policy
    assert "style-src 'self';" in policy
    assert "unsafe" not in policy
    assert "connect-src 'self'" in policy
    assert "default-src 'none'" in policy
    assert "unpkg" not in page.text
    # No inline script: every <script> has a src on this origin.
    scripts = re.findall(r"<script([^>]*)>", page.text)
    assert scripts
    assert all(re.search(r'src="/static/', attributes) for attributes in scripts)
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text)
    for path in assets:
        served = await client.get(path)  # no token: the assets hold no data
        assert served.status_code == 200, path
        assert served.content == (STATIC_DIRECTORY / path.removeprefix("/static/")).read_bytes()


def test_the_vendored_assets_carry_their_licences_and_pins() -> None:
    folder = STATIC_DIRECTORY / "graphiql"
    versions = (folder / "VERSIONS.txt").read_text()
    for package in ("graphiql", "@graphiql/plugin-explorer", "react", "react-dom"):
        assert re.search(rf"^{re.escape(package)} \d+\.\d+\.\d+", versions, re.MULTILINE)
    for licence in ("graphiql", "plugin-explorer", "graphiql-explorer", "react", "react-dom"):
        assert "MIT" in (folder / f"LICENSE-{licence}.txt").read_text()


async def test_a_preflight_is_answered_without_a_token(make_client: MakeClient) -> None:
    async with make_client(cors_allowed_origins=f"{SPA}, https://app.example.com") as http:
        for path in ("/graphql", "/api/v1/customer-refunds"):
            answer = await http.options(
                path,
                headers={
                    "Origin": SPA,
                    "Access-Control-Request-Method": "POST",
                    "Access-Control-Request-Headers": "authorization, content-type, x-entity, "
                    "idempotency-key, if-match, x-request-id",
                },
            )
            assert answer.status_code == 200, path
            assert answer.headers["access-control-allow-origin"] == SPA
            allowed = answer.headers["access-control-allow-headers"].lower()
            for header in ("authorization", "x-entity", "idempotency-key", "if-match"):
                assert header in allowed
            assert "access-control-allow-credentials" not in answer.headers


async def test_an_allowed_origin_reads_the_answer_and_its_headers(make_client: MakeClient) -> None:
    token = await token_for("spa")
    async with make_client(cors_allowed_origins=SPA) as http:
        answer = await http.post(
            "/graphql",
            json=VIEWER,
            headers={"Origin": SPA, "Authorization": f"Bearer {token}"},
        )
    assert answer.json()["data"]["viewer"]["user"]["username"] == "spa"
    assert answer.headers["access-control-allow-origin"] == SPA
    exposed = answer.headers["access-control-expose-headers"].lower()
    for header in ("x-request-id", "etag", "location", "retry-after", "idempotent-replayed"):
        assert header in exposed
    assert "access-control-allow-credentials" not in answer.headers


@pytest.mark.parametrize("allowed", ["", "https://app.example.com"])
async def test_other_origins_get_no_cors_headers(make_client: MakeClient, allowed: str) -> None:
    token = await token_for("spa")
    async with make_client(cors_allowed_origins=allowed) as http:
        preflight = await http.options(
            "/graphql",
            headers={"Origin": SPA, "Access-Control-Request-Method": "POST"},
        )
        answer = await http.post(
            "/graphql", json=VIEWER, headers={"Origin": SPA, "Authorization": f"Bearer {token}"}
        )
    assert preflight.status_code == 400
    assert "access-control-allow-origin" not in preflight.headers
    assert "access-control-allow-origin" not in answer.headers


@pytest.mark.parametrize(
    "origins", ["*", "https://app.example.com/", "app.example.com", "https://a.example/path"]
)
def test_allowed_origins_are_origins(origins: str) -> None:
    with pytest.raises(ValidationError, match="CORS_ALLOWED_ORIGINS"):
        Settings(cors_allowed_origins=origins)


async def test_the_workbench_page_is_public_under_a_strict_policy(
    client: httpx.AsyncClient,
) -> None:
    """/app holds no data: no token for the page and its modules, which are ours alone."""
    for path in ("/app", "/app/"):
        page = await client.get(path)
        assert page.status_code == 200, path
        policy = page.headers["content-security-policy"]
        for directive in ("default-src 'none'", "script-src 'self'", "style-src 'self'"):
            assert directive in policy
        assert "connect-src 'self'" in policy
        assert "unsafe" not in policy
    # Module scripts from this origin only, no inline script or style attribute.
    scripts = re.findall(r"<script([^>]*)>", page.text)
    assert scripts
    assert all(re.search(r'type="module" src="/static/workbench/', s) for s in scripts)
    assert " style=" not in page.text
    assert "<style" not in page.text
    assets = [*re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text), "/static/workbench/api.js"]
    for path in assets:
        served = await client.get(path)
        assert served.status_code == 200, path
        assert served.content == (STATIC_DIRECTORY / path.removeprefix("/static/")).read_bytes()
        if path.endswith(".js"):
            assert "javascript" in served.headers["content-type"]
    # Everything else still needs a token.
    assert (await client.post("/graphql", json=VIEWER)).status_code == 401
    assert (await client.get("/app/anything")).status_code == 401
