"""The REST API under /api/v1: the refund workflow, HTTP conventions (problems, idempotency,
ETag/If-Match, media types), permissions and entity scope per resource, the OpenAPI
document and the offline docs page, and the same books as GraphQL."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_spec_validator import validate

from app.rest import openapi_text
from app.services import refunds as refund_service
from app.services import users
from app.settings import Settings
from models import ArCredit, JournalEntry, JournalLine, Refund, RefundAllocation
from models.enums import Permission
from tests.conftest import GraphQLClient, MakeClient, run_cli, token_for
from tests.factories import World, adjustment, advance, gid, invoice, payment

API = "/api/v1"
PROBLEM = "application/problem+json"


def auth(token: str, entity: str | None = "US01", **extra: str) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {token}", **extra}
    if entity is not None:
        headers["X-Entity"] = entity
    return headers


@pytest.fixture
async def admin(world: World) -> str:
    return (await users.issue_token("poster", "rest")).secret


async def _credits(world: World) -> tuple[int, int]:
    """Two credits of C-US in US01: a credit memo of 100 and an advance of 80."""
    await adjustment(world, "C-US", "CM-1", "-100.00")
    await advance(world, "C-US", "ADV-1", "80.00")
    rows = await ArCredit.filter(customer_id=world.customers["C-US"].id).order_by("id")
    return rows[0].id, rows[1].id


def draft_body(world: World, first: int, second: int) -> dict[str, Any]:
    return {
        "customerId": world.customers["C-US"].id,
        "bankAccountId": world.banks["US-OPER"].id,
        "currency": "USD",
        "paymentDate": "2026-03-10",
        "reference": "WIRE-1",
        "memo": "refund",
        "allocations": [
            {"creditId": first, "amount": "30.00"},
            {"creditId": second, "amount": "20.00"},
        ],
    }


def assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM), response.headers
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["code"] == code, body
    assert body["type"].endswith(code)
    assert body["title"]
    assert body["detail"]
    assert body["errors"]
    assert all({"code", "field", "message"} <= set(e) for e in body["errors"])
    assert "requestId" in body
    return body


# ---------------------------------------------------------------- the workflow


@pytest.mark.usefixtures("refunds_enabled")
async def test_full_refund_workflow(client: httpx.AsyncClient, world: World, admin: str) -> None:
    first, second = await _credits(world)
    eligible = await client.get(
        f"{API}/customers/{world.customers['C-US'].id}/eligible-credits",
        params={"currency": "USD"},
        headers=auth(admin),
    )
    assert eligible.status_code == 200, eligible.text
    assert [
        (c["id"], c["open"] if "open" in c else c["openAmount"]) for c in eligible.json()["items"]
    ] == [
        (first, "100.00"),
        (second, "80.00"),
    ]

    created = await client.post(
        f"{API}/customer-refunds", json=draft_body(world, first, second), headers=auth(admin)
    )
    assert created.status_code == 201, created.text
    refund = created.json()
    assert created.headers["location"] == f"{API}/customer-refunds/{refund['id']}"
    assert created.headers["etag"] == '"1"'
    assert refund["state"] == "DRAFT"
    assert refund["total"] == "50.00"
    assert [(a["creditId"], a["amount"]) for a in refund["allocations"]] == [
        (first, "30.00"),
        (second, "20.00"),
    ]
    url = created.headers["location"]

    held = await client.get(
        f"{API}/customers/{world.customers['C-US'].id}/eligible-credits", headers=auth(admin)
    )
    assert [(c["heldByDrafts"], c["available"]) for c in held.json()["items"]] == [
        ("30.00", "70.00"),
        ("20.00", "60.00"),
    ]

    changed = await client.patch(
        url,
        json={"memo": "changed", "reference": "WIRE-2"},
        headers=auth(admin, **{"If-Match": '"1"'}),
    )
    assert changed.status_code == 200, changed.text
    assert changed.headers["etag"] == '"2"'
    assert changed.json()["memo"] == "changed"

    listed = await client.get(
        f"{API}/customer-refunds", params={"state": "DRAFT"}, headers=auth(admin)
    )
    assert listed.status_code == 200
    assert [r["id"] for r in listed.json()["items"]] == [refund["id"]]
    assert listed.json()["total"] == 1
    assert listed.json()["next"] is None

    posted = await client.post(f"{url}/post", headers=auth(admin, **{"Idempotency-Key": "p-1"}))
    assert posted.status_code == 200, posted.text
    assert posted.json()["state"] == "POSTED"
    assert posted.json()["number"] == "RFUS-000001"
    assert "idempotent-replayed" not in posted.headers

    again = await client.post(f"{url}/post", headers=auth(admin, **{"Idempotency-Key": "p-1"}))
    assert again.status_code == 200
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json()["number"] == "RFUS-000001"

    voided = await client.post(
        f"{url}/void",
        json={"voidDate": "2026-03-20", "reason": "bank returned it"},
        headers=auth(admin, **{"Idempotency-Key": "v-1"}),
    )
    assert voided.status_code == 200, voided.text
    assert voided.json()["state"] == "VOIDED"
    assert voided.json()["voidDate"] == "2026-03-20"

    recorded = await client.post(
        f"{API}/customer-refunds",
        params={"post": "true"},
        json=draft_body(world, first, second),
        headers=auth(admin, **{"Idempotency-Key": "r-1"}),
    )
    assert recorded.status_code == 201, recorded.text
    assert recorded.json()["state"] == "POSTED"
    assert recorded.json()["number"] == "RFUS-000002"

    deletable = await client.post(
        f"{API}/customer-refunds",
        json={**draft_body(world, first, second), "allocations": []},
        headers=auth(admin),
    )
    gone = await client.delete(
        deletable.headers["location"], headers=auth(admin, **{"If-Match": '"1"'})
    )
    assert gone.status_code == 204
    missing = await client.get(deletable.headers["location"], headers=auth(admin))
    assert_problem(missing, 404, "REFUND_NOT_FOUND")


@pytest.mark.usefixtures("refunds_enabled")
async def test_list_pages_with_next_link_and_total(
    client: httpx.AsyncClient, world: World, admin: str
) -> None:
    for n in range(3):
        response = await client.post(
            f"{API}/customer-refunds",
            json={
                "customerId": world.customers["C-US"].id,
                "bankAccountId": world.banks["US-OPER"].id,
                "currency": "USD",
                "paymentDate": f"2026-03-1{n}",
            },
            headers=auth(admin),
        )
        assert response.status_code == 201, response.text
    seen: list[int] = []
    url: str | None = f"{API}/customer-refunds?first=2"
    while url is not None:
        page = await client.get(url, headers=auth(admin))
        assert page.status_code == 200, page.text
        assert page.json()["total"] == 3
        seen += [r["id"] for r in page.json()["items"]]
        url = page.json()["next"]
        if url is not None:
            assert page.headers["link"] == f'<{url}>; rel="next"'
    assert len(seen) == 3
    assert seen == sorted(seen, reverse=True)
    dated = await client.get(
        f"{API}/customer-refunds",
        params={"dateFrom": "2026-03-11", "dateTo": "2026-03-11"},
        headers=auth(admin),
    )
    assert dated.json()["total"] == 1


# ---------------------------------------------------------------- conventions


@pytest.mark.usefixtures("refunds_enabled")
async def test_stale_if_match_changes_nothing(
    client: httpx.AsyncClient, world: World, admin: str
) -> None:
    first, second = await _credits(world)
    created = await client.post(
        f"{API}/customer-refunds", json=draft_body(world, first, second), headers=auth(admin)
    )
    url = created.headers["location"]
    await client.patch(url, json={"memo": "v2"}, headers=auth(admin, **{"If-Match": '"1"'}))
    before = await Refund.get(id=created.json()["id"])
    stale = await client.patch(
        url,
        json={"memo": "lost update", "allocations": []},
        headers=auth(admin, **{"If-Match": '"1"'}),
    )
    body = assert_problem(stale, 412, "STALE_VERSION")
    assert body["errors"][0]["field"] == "If-Match"
    after = await Refund.get(id=before.id)
    assert (after.memo, after.version, after.total_minor) == ("v2", 2, 5000)
    assert await RefundAllocation.filter(refund_id=before.id).count() == 2
    deleted = await client.delete(url, headers=auth(admin, **{"If-Match": '"1"'}))
    assert_problem(deleted, 412, "STALE_VERSION")
    assert await Refund.exists(id=before.id)
    missing = await client.patch(url, json={"memo": "x"}, headers=auth(admin))
    assert_problem(missing, 428, "VERSION_REQUIRED")


@pytest.mark.usefixtures("refunds_enabled")
async def test_idempotency_key_required_and_reuse_refused(
    client: httpx.AsyncClient, world: World, admin: str
) -> None:
    first, second = await _credits(world)
    created = await client.post(
        f"{API}/customer-refunds", json=draft_body(world, first, second), headers=auth(admin)
    )
    url = created.headers["location"]
    no_key = await client.post(f"{url}/post", headers=auth(admin))
    body = assert_problem(no_key, 400, "IDEMPOTENCY_KEY_REQUIRED")
    assert body["errors"][0]["field"] == "Idempotency-Key"
    no_key_record = await client.post(
        f"{API}/customer-refunds?post=true",
        json=draft_body(world, first, second),
        headers=auth(admin),
    )
    assert_problem(no_key_record, 400, "IDEMPOTENCY_KEY_REQUIRED")
    assert (await Refund.get(id=created.json()["id"])).state == "draft"

    one = await client.post(
        f"{API}/customer-refunds",
        json=draft_body(world, first, second),
        headers=auth(admin, **{"Idempotency-Key": "draft-1"}),
    )
    replay = await client.post(
        f"{API}/customer-refunds",
        json=draft_body(world, first, second),
        headers=auth(admin, **{"Idempotency-Key": "draft-1"}),
    )
    assert replay.status_code == 201
    assert replay.headers["idempotent-replayed"] == "true"
    assert replay.json()["id"] == one.json()["id"]
    other = await client.post(
        f"{API}/customer-refunds",
        json={**draft_body(world, first, second), "memo": "another"},
        headers=auth(admin, **{"Idempotency-Key": "draft-1"}),
    )
    body = assert_problem(other, 422, "IDEMPOTENCY_KEY_REUSED")
    assert body["errors"][0]["field"] == "Idempotency-Key"
    assert await Refund.all().count() == 2


@pytest.mark.usefixtures("refunds_enabled")
async def test_problem_bodies_for_each_kind_of_error(
    client: httpx.AsyncClient, world: World, admin: str
) -> None:
    first, _second = await _credits(world)
    # Every field error of a request at once, with the request's field names.
    invalid = await client.post(
        f"{API}/customer-refunds",
        json={"customerId": "x", "currency": "USD", "allocations": [{"creditId": 0}], "bogus": 1},
        headers=auth(admin),
    )
    body = assert_problem(invalid, 422, "INVALID")
    fields = {e["field"] for e in body["errors"]}
    assert {
        "customerId",
        "bankAccountId",
        "paymentDate",
        "allocations.0.creditId",
        "allocations.0.amount",
        "bogus",
    } <= fields
    # The service's own rules, several at once, with their stable codes.
    refused = await client.post(
        f"{API}/customer-refunds",
        json={
            **draft_body(world, first, first),
            "allocations": [{"creditId": first, "amount": "1.001"}],
            "bankAccountId": world.banks["EU-OPER"].id,
        },
        headers=auth(admin),
    )
    body = assert_problem(refused, 422, refused.json()["code"])
    codes = {e["code"] for e in body["errors"]}
    assert {"TOO_MANY_DECIMALS", "BANK_ACCOUNT_NOT_FOUND"} <= codes
    malformed = await client.post(
        f"{API}/customer-refunds",
        content=b"{not json",
        headers=auth(admin, **{"Content-Type": "application/json"}),
    )
    assert_problem(malformed, 400, "MALFORMED_REQUEST")
    media = await client.post(
        f"{API}/customer-refunds",
        content=b"customerId=1",
        headers=auth(admin, **{"Content-Type": "application/x-www-form-urlencoded"}),
    )
    assert_problem(media, 415, "UNSUPPORTED_MEDIA_TYPE")
    accept = await client.get(
        f"{API}/customer-refunds", headers=auth(admin, Accept="application/xml")
    )
    assert_problem(accept, 406, "NOT_ACCEPTABLE")
    unknown = await client.get(f"{API}/no-such-thing", headers=auth(admin))
    assert_problem(unknown, 404, "NOT_FOUND")
    other_version = await client.get("/api/v2/customer-refunds", headers=auth(admin))
    assert_problem(other_version, 404, "NOT_FOUND")
    method = await client.put(f"{API}/customer-refunds", headers=auth(admin))
    body = assert_problem(method, 405, "METHOD_NOT_ALLOWED")
    assert "GET" in method.headers["allow"]
    bad_id = await client.get(f"{API}/customer-refunds/abc", headers=auth(admin))
    assert_problem(bad_id, 404, "NOT_FOUND")
    huge_id = await client.get(f"{API}/customer-refunds/{2**63}", headers=auth(admin))
    assert_problem(huge_id, 404, "NOT_FOUND")
    no_token = await client.get(f"{API}/customer-refunds")
    assert_problem(no_token, 401, "UNAUTHENTICATED")
    bad_entity = await client.get(f"{API}/customer-refunds", headers=auth(admin, "NOPE"))
    assert_problem(bad_entity, 403, "ENTITY_FORBIDDEN")
    bad_cursor = await client.get(
        f"{API}/customer-refunds", params={"after": "garbage"}, headers=auth(admin)
    )
    body = assert_problem(bad_cursor, 422, "INVALID")
    assert body["errors"][0]["field"] == "after"
    posted_twice = await client.post(
        f"{API}/customer-refunds?post=true",
        json={
            **draft_body(world, first, first),
            "allocations": [{"creditId": first, "amount": "5"}],
        },
        headers=auth(admin, **{"Idempotency-Key": "once"}),
    )
    again = await client.post(
        f"{posted_twice.headers['location']}/post",
        headers=auth(admin, **{"Idempotency-Key": "twice"}),
    )
    assert_problem(again, 409, "REFUND_NOT_DRAFT")


async def test_rate_limited_is_429_with_retry_after(
    make_client: MakeClient, world: World, admin: str
) -> None:
    async with make_client(rate_limit_mutations="1/minute") as http:
        first = await http.post(
            f"{API}/journals", json={"symbol": "J1", "title": "J"}, headers=auth(admin, None)
        )
        assert first.status_code == 201, first.text
        second = await http.post(
            f"{API}/journals", json={"symbol": "J2", "title": "J"}, headers=auth(admin, None)
        )
        assert_problem(second, 429, "RATE_LIMITED")
        assert int(second.headers["retry-after"]) > 0


@pytest.mark.parametrize(
    ("failure", "status", "code"),
    [
        (ConnectionRefusedError("database down"), 503, "SERVICE_UNAVAILABLE"),
        (RuntimeError("a bug with a secret in it"), 500, "INTERNAL_SERVER_ERROR"),
    ],
)
async def test_outages_and_bugs_are_problems(
    *,
    client: httpx.AsyncClient,
    world: World,
    admin: str,
    monkeypatch: pytest.MonkeyPatch,
    failure: Exception,
    status: int,
    code: str,
) -> None:
    async def broken(*_: object, **__: object) -> None:
        raise failure

    monkeypatch.setattr(refund_service, "list_refunds", broken)
    response = await client.get(f"{API}/customer-refunds", headers=auth(admin))
    body = assert_problem(response, status, code)
    assert "secret" not in response.text
    assert body["requestId"] == response.headers["x-request-id"]
    if status == 503:
        assert int(response.headers["retry-after"]) > 0


async def test_body_too_large_is_a_problem(
    make_client: MakeClient, world: World, admin: str
) -> None:
    async with make_client(max_request_body_bytes=64) as http:
        response = await http.post(
            f"{API}/journals",
            json={"symbol": "J1", "title": "x" * 200},
            headers=auth(admin, None),
        )
    assert_problem(response, 413, "BODY_TOO_LARGE")


# ---------------------------------------------------------------- the document and the docs


def test_openapi_json_is_current_and_valid(project_root: Path, settings: Settings) -> None:
    committed = (project_root / "openapi.json").read_text(encoding="utf-8")
    assert openapi_text(settings) == committed, (
        "openapi.json is out of date: run `python -m app openapi -o openapi.json` "
        "and commit the result"
    )
    document = json.loads(committed)
    validate(document)
    assert document["openapi"].startswith("3.1")
    problem = {"$ref": "#/components/responses/Problem"}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            assert operation["responses"]["4XX"] == problem, (method, path)
            assert operation["responses"]["5XX"] == problem, (method, path)


def test_openapi_command_writes_the_committed_document(
    project_root: Path, database_url: str, tmp_path: Path
) -> None:
    written = tmp_path / "openapi.json"
    run_cli("openapi", "--output", str(written), database_url=database_url)
    assert written.read_text(encoding="utf-8") == (project_root / "openapi.json").read_text(
        encoding="utf-8"
    )


async def test_docs_page_loads_offline(client: httpx.AsyncClient) -> None:
    spec = await client.get(f"{API}/openapi.json")
    assert spec.status_code == 200
    assert spec.json()["servers"] == [{"url": API}]
    page = await client.get(f"{API}/docs", headers={"Accept": "text/html"})
    assert page.status_code == 200, page.text
    html = page.text
    assert not re.search(r"https?://", html), "the docs page must not reach out of the machine"
    referenced = set(re.findall(r"""(?:src|href|url)\s*[:=]\s*['"]([^'"]+)['"]""", html))
    assert f"{API}/openapi.json" in referenced
    assets = {ref for ref in referenced if ref.startswith(f"{API}/docs-assets/")}
    assert len(assets) >= 3, referenced
    for ref in referenced:
        assert ref.startswith("/"), ref
        fetched = await client.get(ref)
        assert fetched.status_code == 200, ref
        assert fetched.content, ref


# ---------------------------------------------------------------- permissions and scope


@pytest.mark.usefixtures("refunds_enabled")
async def test_permissions_and_entity_scope_per_resource(
    client: httpx.AsyncClient, world: World, admin: str
) -> None:
    first, second = await _credits(world)
    created = await client.post(
        f"{API}/customer-refunds?post=true",
        json=draft_body(world, first, second),
        headers=auth(admin, **{"Idempotency-Key": "k"}),
    )
    refund_id = created.json()["id"]
    invoice_id = await invoice(world, "C-US", "INV-1", "70.00")
    payment_id = await payment(world, "C-US", "PAY-1", "10.00")
    adjustment_id = (await ArCredit.get(id=first)).adjustment_id
    advance_id = (await ArCredit.get(id=second)).advance_id
    us_customer = world.customers["C-US"].id
    us_bank = world.banks["US-OPER"].id
    window = {"dateFrom": "2026-01-01", "dateTo": "2026-12-31"}
    reads = [
        f"/customer-refunds/{refund_id}",
        f"/customers/{us_customer}",
        f"/customers/{us_customer}/eligible-credits",
        f"/bank-accounts/{us_bank}",
        f"/invoices/{invoice_id}",
        f"/adjustments/{adjustment_id}",
        f"/received-payments/{payment_id}",
        f"/advances/{advance_id}",
    ]
    lists = [
        "/customer-refunds",
        "/customers",
        "/bank-accounts",
        "/invoices",
        "/adjustments",
        "/received-payments",
        "/advances",
    ]
    for path in reads + lists:
        ok = await client.get(API + path, headers=auth(admin))
        assert ok.status_code == 200, (path, ok.text)

    # Outside the entity: EU01 sees none of US01's objects (404, as GraphQL's null), and
    # empty lists.
    eu = await token_for("eu-clerk", roles=("admin",), entity_codes=("EU01",))
    for path in reads:
        hidden = await client.get(API + path, headers=auth(eu, "EU01"))
        assert hidden.status_code == 404, (path, hidden.text)
        assert str(refund_id) not in hidden.json()["detail"]
    for path in lists:
        listed = await client.get(API + path, headers=auth(eu, "EU01"))
        assert listed.status_code == 200, (path, listed.text)
        items = listed.json() if isinstance(listed.json(), list) else listed.json()["items"]
        assert all(item.get("entity") in (None, "EU01") for item in items), (path, items)
        assert not any(item["id"] == refund_id for item in items) or path != "/customer-refunds"
    refused = await client.get(API + "/customer-refunds", headers=auth(eu, "US01"))
    assert_problem(refused, 403, "ENTITY_FORBIDDEN")
    top = await client.get(API + "/customer-refunds", headers=auth(eu, None))
    assert_problem(top, 403, "ENTITY_REQUIRED")
    report = await client.get(
        f"{API}/reports/ar-ledger/{us_customer}", params=window, headers=auth(eu, "EU01")
    )
    assert report.status_code in (403, 404)
    assert "rows" not in report.json()

    # Without the permission: 403 and no data.
    nobody = await token_for("nobody", roles=())
    for path in [*reads, *lists, "/journals", "/gl-accounts", "/ar-configuration"]:
        denied = await client.get(API + path, headers=auth(nobody))
        assert denied.status_code in (403, 404), (path, denied.text)
        assert set(denied.json()) == {
            "type",
            "title",
            "status",
            "detail",
            "code",
            "errors",
            "requestId",
        }
    reports = [
        (f"/reports/ar-ledger/{us_customer}", window),
        (f"/reports/ar-statement/{us_customer}", window),
        ("/reports/customer-reconciliation", {}),
        (f"/reports/bank-register/{us_bank}", window),
        (
            f"/reports/bank-reconciliation/{us_bank}",
            {"statementDate": "2026-12-31", "statementBalance": "0"},
        ),
        ("/reports/sales-register", window),
        ("/reports/invoice-analysis", window),
    ]
    for path, params in reports:
        denied = await client.get(API + path, params=params, headers=auth(nobody))
        assert_problem(denied, 403, "PERMISSION_DENIED")
        allowed = await client.get(API + path, params=params, headers=auth(admin))
        assert allowed.status_code == 200, (path, allowed.text)
    # A report's rows are its lines' columns, flattened (plain rows of named tuples too).
    analysis = await client.get(
        API + "/reports/invoice-analysis", params=window, headers=auth(admin)
    )
    lines = analysis.json()["rows"]
    assert lines, analysis.text
    assert {"invoiceId", "documentDate", "total", "paid", "refunded", "balance", "status"} <= set(
        lines[0]
    ), lines[0]
    writes = [
        ("post", "/customer-refunds", draft_body(world, first, second)),
        ("post", "/journals", {"symbol": "X", "title": "X"}),
        ("post", "/customers", {"code": "C-NEW", "name": "New"}),
        ("put", "/company", {"name": "Renamed"}),
        (
            "post",
            "/invoices",
            {
                "customerId": us_customer,
                "number": "INV-X",
                "documentDate": "2026-03-02",
                "currency": "USD",
                "lines": [{"amount": "1.00", "glAccountNumber": "4000"}],
            },
        ),
        (
            "put",
            "/ar-configuration",
            {"refundsEnabled": False},
        ),
    ]
    for method, path, body in writes:
        denied = await client.request(method, API + path, json=body, headers=auth(nobody))
        assert_problem(denied, 403, "PERMISSION_DENIED")
    void = await client.post(
        f"{API}/customer-refunds/{refund_id}/void",
        json={"voidDate": "2026-03-20", "reason": "x"},
        headers=auth(nobody, **{"Idempotency-Key": "v"}),
    )
    assert_problem(void, 403, "PERMISSION_DENIED")
    assert (await Refund.get(id=refund_id)).state == "posted"


@pytest.mark.usefixtures("refunds_enabled")
async def test_list_only_users_see_headers_without_details(
    client: httpx.AsyncClient, world: World, admin: str
) -> None:
    first, second = await _credits(world)
    created = await client.post(
        f"{API}/customer-refunds", json=draft_body(world, first, second), headers=auth(admin)
    )
    await users.create_role("list-only", "lists refunds", [Permission.REFUNDS_LIST])
    lister = await token_for("lister", roles=("list-only",))
    seen = await client.get(created.headers["location"], headers=auth(lister))
    assert seen.status_code == 200
    assert seen.json()["allocations"] is None
    assert seen.json()["journalEntryId"] is None
    assert seen.json()["total"] == "50.00"


async def test_documents_post_once_per_idempotency_key(
    client: httpx.AsyncClient, world: World, admin: str
) -> None:
    body = {
        "customerId": world.customers["C-US"].id,
        "number": "INV-77",
        "documentDate": "2026-03-02",
        "currency": "USD",
        "lines": [{"amount": "70.00", "glAccountNumber": "4000"}],
    }
    first = await client.post(
        f"{API}/invoices", json=body, headers=auth(admin, **{"Idempotency-Key": "inv-77"})
    )
    assert first.status_code == 201, first.text
    assert first.headers["location"] == f"{API}/invoices/{first.json()['id']}"
    assert first.json()["lines"][0]["amount"] == "70.00"
    again = await client.post(
        f"{API}/invoices", json=body, headers=auth(admin, **{"Idempotency-Key": "inv-77"})
    )
    assert again.status_code == 201
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]
    other = await client.post(
        f"{API}/invoices",
        json={**body, "number": "INV-78"},
        headers=auth(admin, **{"Idempotency-Key": "inv-77"}),
    )
    assert_problem(other, 422, "IDEMPOTENCY_KEY_REUSED")
    duplicate = await client.post(f"{API}/invoices", json=body, headers=auth(admin))
    assert_problem(duplicate, 409, "DUPLICATE_NUMBER")
    listed = await client.get(f"{API}/invoices", headers=auth(admin))
    assert [i["number"] for i in listed.json()["items"]] == ["INV-77"]
    credit = await adjustment(world, "C-US", "CM-9", "-20.00")
    credit_id = (await ArCredit.get(adjustment_id=credit)).id
    applied = await client.post(
        f"{API}/credit-applications",
        json={
            "creditId": credit_id,
            "invoiceId": first.json()["id"],
            "amount": "20.00",
            "appliedOn": "2026-03-03",
        },
        headers=auth(admin),
    )
    assert applied.status_code == 201, applied.text
    invoice_now = await client.get(f"{API}/invoices/{first.json()['id']}", headers=auth(admin))
    assert invoice_now.json()["balanceDue"] == "50.00"
    undone = await client.delete(applied.headers["location"], headers=auth(admin))
    assert undone.status_code == 204
    invoice_now = await client.get(f"{API}/invoices/{first.json()['id']}", headers=auth(admin))
    assert invoice_now.json()["balanceDue"] == "70.00"


# ---------------------------------------------------------------- reports


@pytest.mark.usefixtures("refunds_enabled")
async def test_reports_as_json_and_streamed_csv(
    client: httpx.AsyncClient, world: World, admin: str
) -> None:
    first, second = await _credits(world)
    await client.post(
        f"{API}/customer-refunds?post=true",
        json=draft_body(world, first, second),
        headers=auth(admin, **{"Idempotency-Key": "k"}),
    )
    bank = world.banks["US-OPER"].id
    params = {"dateFrom": "2026-01-01", "dateTo": "2026-12-31"}
    as_json = await client.get(
        f"{API}/reports/bank-register/{bank}", params=params, headers=auth(admin)
    )
    assert as_json.status_code == 200, as_json.text
    report = as_json.json()
    assert report["report"] == "bank-register"
    assert [(r["kind"], r["amount"]) for r in report["rows"]] == [
        ("advance", "80.00"),
        ("refund", "-50.00"),
    ]
    assert report["summary"]["closing"] == "30.00"
    as_csv = await client.get(
        f"{API}/reports/bank-register/{bank}",
        params=params,
        headers=auth(admin, Accept="text/csv"),
    )
    assert as_csv.status_code == 200
    assert as_csv.headers["content-type"].startswith("text/csv")
    lines = as_csv.text.strip().splitlines()
    assert lines[0].split(",") == report["columns"]
    assert len(lines) == 3
    assert "-50.00" in lines[2]
    paged = await client.get(
        f"{API}/reports/bank-register/{bank}",
        params={**params, "first": 1},
        headers=auth(admin),
    )
    assert paged.json()["nextCursor"]
    assert len(paged.json()["rows"]) == 1
    rest = await client.get(paged.json()["next"], headers=auth(admin))
    assert [r["kind"] for r in rest.json()["rows"]] == ["refund"]


# ---------------------------------------------------------------- the same books as GraphQL


async def _books() -> dict[str, Any]:
    """What the scenario leaves in the books, without ids, times and users."""
    refunds = [
        (r.number, r.state, r.currency, r.total_minor, r.payment_date, r.void_date, r.version)
        for r in await Refund.all().order_by("id")
    ]
    allocations = [
        (a.amount_minor,) for a in await RefundAllocation.all().order_by("refund_id", "credit_id")
    ]
    credits = [(c.document_number, c.open_minor) for c in await ArCredit.all().order_by("id")]
    entries = [
        (e.entry_date, e.source_type, e.currency, e.description)
        for e in await JournalEntry.all().order_by("id")
    ]
    journal_lines = [
        (x.line_no, x.gl_account_id, x.debit_minor, x.credit_minor, x.customer_id)
        for x in await JournalLine.all().order_by("entry_id", "line_no")
    ]
    return {
        "refunds": refunds,
        "allocations": allocations,
        "credits": credits,
        "entries": entries,
        "lines": journal_lines,
    }


_GQL_DRAFT = """
mutation($input: RefundDraftInput!) {
  createRefundDraft(input: $input, idempotencyKey: "d") { refund { id version } errors { code } }
}"""
_GQL_POST = """
mutation($id: ID!) { postRefund(id: $id, idempotencyKey: "p") { refund { id } errors { code } } }
"""
_GQL_VOID = """
mutation($id: ID!) {
  voidRefund(id: $id, voidDate: "2026-03-20", reason: "returned", idempotencyKey: "v") {
    refund { id } errors { code } }
}"""
_GQL_RECORD = """
mutation($input: RefundDraftInput!) {
  recordRefund(input: $input, idempotencyKey: "r") { refund { id } errors { code } }
}"""


async def _scenario_graphql(
    gql: GraphQLClient, token: str, world: World, credits: tuple[int, int]
) -> None:
    first, second = credits
    draft = {
        "customerId": gid("Customer", world.customers["C-US"].id),
        "bankAccountId": gid("BankAccount", world.banks["US-OPER"].id),
        "currency": "USD",
        "paymentDate": "2026-03-10",
        "reference": "WIRE-1",
        "memo": "refund",
        "allocations": [
            {"creditId": gid("Credit", first), "amount": "30.00"},
            {"creditId": gid("Credit", second), "amount": "20.00"},
        ],
    }
    made = await gql.data(_GQL_DRAFT, {"input": draft}, token=token, entity="US01")
    refund_id = made["createRefundDraft"]["refund"]["id"]
    posted = await gql.data(_GQL_POST, {"id": refund_id}, token=token, entity="US01")
    assert posted["postRefund"]["errors"] == []
    voided = await gql.data(_GQL_VOID, {"id": refund_id}, token=token, entity="US01")
    assert voided["voidRefund"]["errors"] == []
    again = await gql.data(_GQL_RECORD, {"input": draft}, token=token, entity="US01")
    assert again["recordRefund"]["errors"] == []


async def _scenario_rest(
    client: httpx.AsyncClient, token: str, world: World, credits: tuple[int, int]
) -> None:
    body = draft_body(world, *credits)
    made = await client.post(
        f"{API}/customer-refunds", json=body, headers=auth(token, **{"Idempotency-Key": "d"})
    )
    assert made.status_code == 201, made.text
    url = made.headers["location"]
    posted = await client.post(f"{url}/post", headers=auth(token, **{"Idempotency-Key": "p"}))
    assert posted.status_code == 200, posted.text
    voided = await client.post(
        f"{url}/void",
        json={"voidDate": "2026-03-20", "reason": "returned"},
        headers=auth(token, **{"Idempotency-Key": "v"}),
    )
    assert voided.status_code == 200, voided.text
    again = await client.post(
        f"{API}/customer-refunds?post=true",
        json=body,
        headers=auth(token, **{"Idempotency-Key": "r"}),
    )
    assert again.status_code == 201, again.text


async def test_rest_and_graphql_end_in_the_same_books(
    client: httpx.AsyncClient, gql: GraphQLClient, world: World, admin: str
) -> None:
    from tests.conftest import empty_database  # noqa: PLC0415
    from tests.factories import build_world, enable_refunds  # noqa: PLC0415

    await enable_refunds(world)
    await _scenario_graphql(gql, admin, world, await _credits(world))
    through_graphql = await _books()

    await empty_database()
    await users.ensure_builtin_roles()
    world = await build_world()
    await enable_refunds(world)
    token = (await users.issue_token("poster", "rest")).secret
    await _scenario_rest(client, token, world, await _credits(world))
    through_rest = await _books()

    assert through_rest == through_graphql
    assert through_rest["refunds"][0][1] == "voided"
    assert through_rest["refunds"][1][1] == "posted"
    assert len(through_rest["lines"]) == 10  # the two credits, the post, the void, the re-refund


# ---------------------------------------------------------------- concurrency (PostgreSQL)


@pytest.mark.postgres_only
@pytest.mark.usefixtures("refunds_enabled")
async def test_ten_concurrent_posts_with_one_key_post_once(
    client: httpx.AsyncClient, world: World, admin: str
) -> None:
    first, second = await _credits(world)
    created = await client.post(
        f"{API}/customer-refunds", json=draft_body(world, first, second), headers=auth(admin)
    )
    url = created.headers["location"]
    answers = await asyncio.gather(
        *(
            client.post(f"{url}/post", headers=auth(admin, **{"Idempotency-Key": "same"}))
            for _ in range(10)
        )
    )
    statuses = sorted(a.status_code for a in answers)
    assert all(s in (200, 409) for s in statuses), [a.text for a in answers]
    posted = [a for a in answers if a.status_code == 200]
    assert posted
    assert {a.json()["number"] for a in posted} == {"RFUS-000001"}
    for refused in (a for a in answers if a.status_code == 409):
        assert refused.json()["code"] == "IDEMPOTENCY_IN_PROGRESS"
    assert await JournalEntry.filter(source_type="refund").count() == 1
    credits = {c.id: c.open_minor for c in await ArCredit.all()}
    assert credits == {first: 7000, second: 6000}
    assert (await Refund.get(id=created.json()["id"])).version == 2
