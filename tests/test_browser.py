"""Browser clients in a real browser: Playwright driving Debian's Chromium (installed by
``make install`` / ``make test`` through scripts/install-chromium; Playwright never
downloads a browser here) against the real server (``python -m app serve``).

- GraphiQL loads with every request outside the app's origin aborted (and counted: none
  may happen), a token pasted into the Headers editor, the viewer query runs, and the docs
  list ``Query`` without "Re-fetch schema".
- A single-page app on a second origin calls /graphql (and /api/v1) with a token: allowed
  when its origin is in CORS_ALLOWED_ORIGINS, blocked by the browser when it is not.

Screenshots go to the pytest tmp folder (artifacts, not committed).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import threading
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ScratchDatabases
from tests.served import Server, demo_database, free_port, served

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

try:
    from playwright.async_api import Browser, Page, Route, async_playwright
except ImportError:  # pragma: no cover - the pinned dev dependencies include it
    async_playwright = None  # type: ignore[assignment]

pytestmark = pytest.mark.skipif(
    async_playwright is None or not CHROMIUM.exists(),
    reason="needs Chromium at /usr/bin/chromium (make install runs scripts/install-chromium, "
    "which apt-get installs the 'chromium' package as root) and the pinned playwright",
)


@contextlib.asynccontextmanager
async def chromium() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield browser
        finally:
            await browser.close()


@dataclass
class Network:
    """Lets requests to ``allowed`` origins through; aborts and keeps every other."""

    allowed: tuple[str, ...]
    passed: list[str] = field(default_factory=list)
    aborted: list[str] = field(default_factory=list)

    async def route(self, route: Route) -> None:
        url = route.request.url
        if url.startswith(self.allowed):
            self.passed.append(url)
            await route.continue_()
        else:
            self.aborted.append(url)
            await route.abort()


def console_problems(page: Page) -> list[str]:
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on(
        "console",
        lambda message: (
            problems.append(message.text)
            if "Content Security Policy" in message.text or "Refused to" in message.text
            else None
        ),
    )
    return problems


@pytest.fixture
async def demo(scratch_databases: ScratchDatabases) -> tuple[str, dict[str, str]]:
    url = await scratch_databases.create("browser")
    return url, await demo_database(url)


async def test_graphiql_works_offline_with_a_pasted_token(
    demo: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    url, tokens = demo
    async with served(url, tmp_path) as server, chromium() as browser:
        page = await browser.new_page()
        network = Network(allowed=(f"{server.base}/",))
        await page.route("**/*", network.route)
        problems = console_problems(page)

        await page.goto(f"{server.base}/graphql")
        await page.locator(".graphiql-container").wait_for()
        await page.get_by_role("button", name="Headers").click()
        headers = page.locator(".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror")
        await headers.click()
        await page.keyboard.press("Control+A")
        await page.keyboard.insert_text(
            json.dumps({"Authorization": f"Bearer {tokens['admin']}", "X-Entity": "US01"})
        )

        # The docs fill in from the schema the page loaded with the pasted token: nobody
        # pressed "Re-fetch GraphQL schema".
        await page.get_by_role("button", name="Show Documentation Explorer").click()
        docs = page.locator(".graphiql-doc-explorer")
        await docs.get_by_text("Query", exact=True).first.wait_for(timeout=30_000)
        await docs.get_by_text("Mutation", exact=True).first.wait_for()

        await page.get_by_role("button", name="Execute query (Ctrl-Enter)").click()
        result = page.locator(".result-window")
        await result.get_by_text('"admin"').wait_for(timeout=30_000)
        answer = await result.inner_text()
        await page.screenshot(path=tmp_path / "graphiql.png")

        stored = await page.evaluate("() => JSON.stringify(window.localStorage)")

    assert '"US01"' in answer
    assert network.aborted == []
    assert any(request.endswith("/graphql") for request in network.passed)
    assert problems == []
    # shouldPersistHeaders is off: the token is in no browser storage.
    assert tokens["admin"] not in stored


# --- A single-page app on another origin -------------------------------------------------

SPA_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>SPA</title></head>
<body><h1>An SPA on another origin</h1></body></html>
"""

# What the SPA's code does: call the API with a bearer token and read the answer.
CALL_API = """async ([api, token]) => {
  const headers = {"Authorization": "Bearer " + token, "X-Entity": "US01"};
  const results = {};
  try {
    const response = await fetch(api + "/graphql", {
      method: "POST",
      headers: {...headers, "Content-Type": "application/json"},
      body: JSON.stringify({query: "{ viewer { user { username } } }"}),
    });
    results.graphql = {status: response.status, requestId: response.headers.get("X-Request-ID"),
                       body: await response.json()};
  } catch (error) {
    results.graphql = {blocked: String(error)};
  }
  try {
    const response = await fetch(api + "/api/v1/customers", {headers});
    results.rest = {status: response.status};
  } catch (error) {
    results.rest = {blocked: String(error)};
  }
  return results;
}"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def static_site(folder: Path) -> Iterator[str]:
    """A plain web server for ``folder`` on a port of its own: another origin."""
    handler = functools.partial(_Quiet, directory=str(folder))
    site = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    thread = threading.Thread(target=site.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{site.server_address[1]}"
    finally:
        site.shutdown()
        site.server_close()
        thread.join()


async def _call_from(
    browser: Browser, site: str, server: Server, token: str, shot: Path
) -> dict[str, Any]:
    page = await browser.new_page()
    network = Network(allowed=(f"{site}/", f"{server.base}/"))
    await page.route("**/*", network.route)
    await page.goto(f"{site}/spa.html")
    results: dict[str, Any] = await page.evaluate(CALL_API, [server.base, token])
    await page.screenshot(path=shot)
    await page.close()
    assert network.aborted == []
    return results


async def test_an_spa_on_an_allowed_origin_calls_the_api_and_others_are_refused(
    demo: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    url, tokens = demo
    (tmp_path / "spa.html").write_text(SPA_PAGE)
    with static_site(tmp_path) as allowed, static_site(tmp_path) as other:
        async with (
            served(url, tmp_path, cors_allowed_origins=allowed) as server,
            chromium() as browser,
        ):
            welcome = await _call_from(
                browser, allowed, server, tokens["clerk"], tmp_path / "a.png"
            )
            refused = await _call_from(browser, other, server, tokens["clerk"], tmp_path / "b.png")

    graphql = welcome["graphql"]
    assert graphql["status"] == 200, welcome
    assert graphql["body"]["data"]["viewer"]["user"]["username"] == "clerk"
    assert graphql["requestId"], "X-Request-ID is exposed to the page"
    # /api/v1 is under the same CORS rules: the page reads the answer, whatever it is.
    assert "status" in welcome["rest"], welcome
    assert "blocked" in refused["graphql"], refused
    assert "blocked" in refused["rest"], refused
