"""The refund workbench (/app) in a real browser: Playwright driving Debian's Chromium
against ``python -m app serve`` on a demo database, with every request outside the app's
origin aborted and counted (none may happen).

- A clerk signs in with a pasted token, picks the entity, searches a customer, sees the
  balance, drafts a partial refund against two credits (an amount above what a credit has
  available is refused next to that credit's input first), reloads the page and finds the
  draft again (by the URL and in the drafts list) with its credits held, posts it and sees
  its number and journal entry. A controller (clerks may not void) voids it with a date and
  a reason, sees the reversing entry and the refund and its void in the customer's AR
  ledger; the credits are available again (checked through the API).
- A user without refund permissions sees the menu viewer.menu gives, without Refunds.

Screenshots of each step go to the pytest tmp folder (artifacts, not committed).
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from tests.conftest import run_cli
from tests.served import Server, served
from tests.test_browser import (
    CHROMIUM,
    Network,
    chromium,
    console_problems,
    demo,  # noqa: F401 - the fixture: a demo database and its users' tokens
)

try:
    from playwright.async_api import Page, Route, async_playwright, expect
except ImportError:  # pragma: no cover - the pinned dev dependencies include it
    async_playwright = None  # type: ignore[assignment]
else:
    # Generous: other suites share this machine's two cores.
    expect.set_options(timeout=30_000)

pytestmark = pytest.mark.skipif(
    async_playwright is None or not CHROMIUM.exists(),
    reason="needs Chromium at /usr/bin/chromium (make install runs scripts/install-chromium, "
    "which apt-get installs the 'chromium' package as root) and the pinned playwright",
)

# Generous: other suites share this machine's two cores.
SLOW = 30_000

CREDITS = """query($id: ID!) { customer(id: $id) {
  eligibleCredits(currency: "USD") { documentNumber openAmount { amount }
    heldByDrafts { amount } available { amount } } } }"""


async def api(server: Server, token: str, query: str, **variables: Any) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=server.base, timeout=30) as http:
        answer = await http.post(
            "/graphql",
            json={"query": query, "variables": variables},
            headers={"Authorization": f"Bearer {token}", "X-Entity": "US01"},
        )
    body: dict[str, Any] = answer.json()
    assert "errors" not in body, body
    data: dict[str, Any] = body["data"]
    return data


async def credits_of(server: Server, token: str, customer_id: str) -> dict[str, tuple[str, ...]]:
    data = await api(server, token, CREDITS, id=customer_id)
    return {
        c["documentNumber"]: (
            c["openAmount"]["amount"],
            c["heldByDrafts"]["amount"],
            c["available"]["amount"],
        )
        for c in data["customer"]["eligibleCredits"]
    }


WIDER_THAN_THE_WINDOW = """() => [...document.querySelectorAll("body *")]
  .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
    && !e.closest(".scroll"))
  .map((e) => `${e.tagName}#${e.id}.${e.className}`)"""


class LostAnswer:
    """Lets the first request of ``operation`` reach the server, then fails it in the
    browser as if the connection dropped on the way back; records every try's key."""

    def __init__(self, operation: str) -> None:
        self.operation = operation
        self.lost = 0
        self.keys: list[str] = []

    async def route(self, route: Route) -> None:
        body = route.request.post_data_json or {}
        if self.operation not in str(body.get("query", "")):
            await route.fallback()
            return
        self.keys.append(body.get("variables", {}).get("key"))
        if self.lost:
            await route.fallback()
            return
        self.lost += 1
        await route.fetch()  # the server does the work...
        await route.abort("connectionreset")  # ...and the page never hears of it


class Steps:
    """Screenshots of each step, numbered, for a reviewer."""

    def __init__(self, page: Page, folder: Path) -> None:
        self.page = page
        self.folder = folder / "workbench"
        self.folder.mkdir(exist_ok=True)
        self.count = 0

    async def shot(self, name: str) -> None:
        self.count += 1
        # Readable on a narrow screen: nothing wider than the window (wide tables scroll
        # inside their own box).
        wider = await self.page.evaluate(WIDER_THAN_THE_WINDOW)
        assert wider == [], f"{name}: wider than the window: {wider}"
        sizes = await self.page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert sizes[0] <= sizes[1], f"{name}: the page scrolls sideways: {sizes}"
        await self.page.screenshot(
            path=self.folder / f"{self.count:02d}-{name}.png", full_page=True
        )


async def sign_in(page: Page, token: str, entity: str) -> None:
    await page.get_by_label("API token").fill(token)
    await page.get_by_role("button", name="Sign in").click()
    await expect(page.get_by_role("button", name="Sign out")).to_be_visible(timeout=SLOW)
    await page.get_by_label("Entity").select_option(entity)
    await expect(page.get_by_label("Entity")).to_have_value(entity)
    await expect(page.locator("#menu")).to_be_visible(timeout=SLOW)


def allocation(page: Page, document: str) -> Any:
    return page.get_by_label(f"Amount to refund from {document}")


async def test_a_refund_from_draft_to_void_in_the_workbench(
    demo: tuple[str, dict[str, str]],  # noqa: F811 - the fixture imported above
    tmp_path: Path,
) -> None:
    url, tokens = demo
    async with served(url, tmp_path) as server, chromium() as browser:
        # A phone-sized window: the page must be usable there too.
        context = await browser.new_context(viewport={"width": 420, "height": 900})
        page = await context.new_page()
        network = Network(allowed=(f"{server.base}/",))
        await page.route("**/*", network.route)
        problems = console_problems(page)
        steps = Steps(page, tmp_path)
        page.set_default_timeout(SLOW)

        await page.goto(f"{server.base}/app")
        await steps.shot("sign-in")
        await sign_in(page, tokens["clerk"], "US01")
        menu = page.locator("#menu")
        await expect(menu.get_by_role("button", name="Refunds")).to_be_visible()

        # Search the customer, see the balance and the credits in the base currency.
        await page.get_by_role("button", name="New refund").click()
        await page.get_by_label("Customer", exact=True).fill("acme")
        await page.get_by_role("button", name="Search").click()
        await page.get_by_role("button", name=re.compile("C-0001 · Acme Retail")).click()
        await expect(page.locator("#customer-name")).to_have_text("Acme Retail")
        await expect(page.locator("#balance-total")).to_contain_text("USD")
        await expect(page.get_by_label("Currency", exact=True)).to_have_value("USD")
        credits = page.locator("#credits tbody tr")
        pay = credits.filter(has=page.get_by_role("rowheader", name="PAY-1001"))
        await expect(pay.locator("td")).to_have_text(
            ["overpayment", "2026-10-05", "300.00", "0.00", "300.00", re.compile("Full")]
        )
        await steps.shot("customer-and-credits")

        # More than the credit has available: refused next to that credit's input.
        await allocation(page, "PAY-1001").fill("999.00")
        await page.get_by_role("button", name="Save draft").click()
        field = allocation(page, "PAY-1001")
        await expect(field).to_have_attribute("aria-invalid", "true")
        error = page.locator(f"#{await field.get_attribute('aria-describedby')}")
        await expect(error).to_contain_text("PAY-1001 has")
        await expect(pay.locator(".field-error")).to_contain_text("PAY-1001 has")
        await expect(page.locator("#banner")).to_be_hidden()
        await steps.shot("field-error")

        # A partial refund against two credits: part of one, all of another.
        await allocation(page, "PAY-1001").fill("120.00")
        await page.get_by_role("button", name="Refund all of CM-1001").click()
        await expect(allocation(page, "CM-1001")).to_have_value("250.00")
        await expect(page.locator("#refund-total")).to_have_text("370.00 USD")
        await page.get_by_label("Reference", exact=True).fill("Wire 4711")
        # The first answer is lost on its way back (the server saved the draft): the page
        # tries again with the same idempotency key and gets the saved draft, not a second.
        lossy = LostAnswer("createRefundDraft")
        await page.route("**/graphql", lossy.route)
        await page.get_by_role("button", name="Save draft").click()
        await expect(page.locator("#detail-state")).to_have_text("DRAFT")
        await expect(page).to_have_url(re.compile(r"#refund="))
        draft_url = page.url
        await steps.shot("draft-saved")

        # Reload: still signed in (sessionStorage), the URL opens the draft again.
        await page.reload()
        await expect(page.locator("#detail-state")).to_have_text("DRAFT")
        allocations = page.locator("#detail-allocations tbody tr")
        await expect(allocations).to_have_count(2)
        await expect(page.locator("#detail-allocations")).to_contain_text("PAY-1001")
        await expect(page.locator("#detail-allocations")).to_contain_text("120.00")
        await expect(page.locator("#detail-allocations")).to_contain_text("CM-1001")
        # And from the drafts list, without the URL.
        await page.goto(f"{server.base}/app")
        drafts = page.locator("#refund-list tbody tr")
        await expect(drafts).to_have_count(1)
        await expect(drafts).to_contain_text("370.00 USD")
        await steps.shot("drafts-list")
        await drafts.get_by_role("button", name=re.compile("^Open")).click()
        await expect(page).to_have_url(draft_url)
        await expect(page.locator("#detail-total")).to_have_text("370.00 USD")
        # Its credits are held: the editor shows it, the API says so.
        await page.get_by_role("button", name="Edit draft").click()
        await expect(pay.locator("td").nth(3)).to_have_text("120.00")
        await expect(allocation(page, "PAY-1001")).to_have_value("120.00")
        await steps.shot("draft-credits-held")
        await page.get_by_role("button", name="Cancel").click()
        await expect(page.locator("#detail-state")).to_have_text("DRAFT")
        refund_id = unquote(draft_url.split("#refund=", 1)[1])
        refund = await api(
            server,
            tokens["clerk"],
            "query($id: ID!) { refund(id: $id) { customer { id } } }",
            id=refund_id,
        )
        customer_id = refund["refund"]["customer"]["id"]
        held = await credits_of(server, tokens["clerk"], customer_id)
        assert held["PAY-1001"] == ("300.00", "120.00", "180.00")
        assert held["CM-1001"] == ("250.00", "250.00", "0.00")

        # Post it: the number and the journal entry.
        await page.get_by_role("button", name="Post refund").click()
        await expect(page.locator("#detail-state")).to_have_text("POSTED")
        number = (await page.locator("#detail-number").inner_text()).strip()
        assert re.fullmatch(r"RFUS-\d{6}", number), number
        await expect(page.locator("#detail-title")).to_have_text(f"Refund {number}")
        journal = page.locator("#journal-lines tbody tr")
        await expect(journal).to_have_count(2)
        await expect(page.locator("#journal-lines")).to_contain_text("1200 Accounts receivable")
        await expect(page.locator("#journal-lines")).to_contain_text("1000 Cash")
        # A clerk may not void (ar_clerk has no refunds.void): no void form.
        await expect(page.locator("#void-form")).to_be_hidden()
        await steps.shot("posted")

        # A controller voids it with a date and a reason.
        await page.get_by_role("button", name="Sign out").click()
        await sign_in(page, tokens["controller"], "US01")
        await page.goto(draft_url)
        await page.reload()
        await expect(page.locator("#detail-state")).to_have_text("POSTED")
        await page.get_by_label("Void date").fill("2026-11-30")
        await page.get_by_label("Reason", exact=True).fill("Wire returned by the bank")
        await page.get_by_role("button", name="Void refund").click()
        await expect(page.locator("#detail-state")).to_have_text("VOIDED")
        await expect(page.locator("#detail-void")).to_have_text(
            "2026-11-30: Wire returned by the bank"
        )
        await expect(page.locator("#void-journal-lines tbody tr")).to_have_count(2)
        await steps.shot("voided")

        # The refund and its void in the customer's AR ledger.
        await page.get_by_role("button", name="Show in AR ledger").click()
        ledger = page.locator("#ledger-lines tbody tr").filter(has_text=number)
        await expect(ledger).to_have_count(2)
        await expect(ledger.nth(0)).to_contain_text("370.00")
        await expect(page.locator("#ledger-lines")).to_contain_text("refund void")
        await steps.shot("ar-ledger")

        again = await credits_of(server, tokens["controller"], customer_id)
        stored = await page.evaluate("() => JSON.stringify(window.localStorage)")
        await context.close()

    assert lossy.lost == 1
    assert len(lossy.keys) == 2, lossy.keys
    assert lossy.keys[0] == lossy.keys[1], "a retry sends the key of its first try"
    assert re.fullmatch(r"[0-9a-f-]{36}", lossy.keys[0])
    assert again["PAY-1001"] == ("300.00", "0.00", "300.00")
    assert again["CM-1001"] == ("250.00", "0.00", "250.00")
    assert network.aborted == []
    assert any(request.endswith("/graphql") for request in network.passed)
    assert problems == []
    assert tokens["clerk"] not in stored
    assert tokens["controller"] not in stored


async def test_without_refund_permissions_there_is_no_refunds_menu_item(
    demo: tuple[str, dict[str, str]],  # noqa: F811 - the fixture imported above
    tmp_path: Path,
) -> None:
    url, _ = demo

    def reader() -> str:
        run_cli(
            "roles", "create", "report-reader", "--permission", "reports.read", database_url=url
        )
        run_cli("users", "create", "rita", "--role", "report-reader", database_url=url)
        return run_cli("tokens", "create", "rita", database_url=url).stdout.strip()

    token = await asyncio.to_thread(reader)
    async with served(url, tmp_path) as server, chromium() as browser:
        page = await browser.new_page()
        network = Network(allowed=(f"{server.base}/",))
        await page.route("**/*", network.route)
        problems = console_problems(page)
        page.set_default_timeout(SLOW)
        await page.goto(f"{server.base}/app")
        # By keyboard alone: the token field has the focus, Enter signs in, Tab reaches
        # the entity picker.
        await expect(page.get_by_label("API token")).to_be_focused()
        await page.keyboard.type(token)
        await page.keyboard.press("Enter")
        await expect(page.get_by_role("button", name="Sign out")).to_be_visible()
        await page.get_by_label("Entity").focus()
        await page.keyboard.press("Tab")
        await expect(page.get_by_role("button", name="Sign out")).to_be_focused()
        await page.get_by_label("Entity").select_option("US01")
        menu = page.locator("#menu")
        await expect(menu.get_by_role("button", name="AR reports")).to_be_visible()
        labels = await menu.get_by_role("button").all_inner_texts()
        await page.screenshot(path=tmp_path / "workbench-no-refunds.png", full_page=True)

    assert labels == ["Customers", "AR reports"]
    assert network.aborted == []
    assert problems == []
