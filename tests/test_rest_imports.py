"""CSV import and export over HTTP (issue 12), through the ASGI app: the CLI's importer and
exporter behind POST /imports/{kind}, the error file served from the database, dry runs,
permissions and scope, the upload limit, undo, and a round trip into an empty database."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from app import setup_file
from app.csv import importing
from app.rest.imports import _MultipartFile
from app.services import users
from app.services.access import Scope
from models import (
    ArCredit,
    Entity,
    GLAccount,
    ImportErrorChunk,
    ImportRun,
    JournalLine,
    Refund,
)
from models.enums import RefundState
from tests.conftest import MakeClient, token_for
from tests.factories import World, advance, count_queries, invoice
from tests.test_csv_export import MOVED_AR_SETUP, _position, books_to_move, empty_company
from tests.test_csv_import import HEADER, MIXED, _credits, _row
from tests.test_rest import assert_problem, auth

pytestmark = pytest.mark.usefixtures("refunds_enabled")

API = "/api/v1"
REFUNDS = f"{API}/imports/customer-refunds"
CSV = {"Content-Type": "text/csv"}


@pytest.fixture
async def admin(world: World) -> str:
    return (await users.issue_token("poster", "rest")).secret


async def _books() -> tuple[list[tuple[str | None, str, int]], dict[str, int]]:
    found = [(r.number, r.state.value, r.total_minor) for r in await Refund.all().order_by("id")]
    return found, {c.document_number: c.open_minor for c in await ArCredit.all()}


def _codes(text: str) -> dict[int, set[str]]:
    return {
        int(row["error_line"]): set(row["error_code"].split("; "))
        for row in csv.DictReader(io.StringIO(text))
    }


async def test_a_refunds_file_goes_in_over_http_with_its_error_file_and_a_fixed_retry(
    world: World, client: httpx.AsyncClient, admin: str, tmp_path: Path
) -> None:
    await _credits(world)
    # What the CLI writes for this file (its importer with an error path), computed by a
    # dry run beforehand: it writes nothing.
    cli_errors = tmp_path / "cli.errors.csv"
    await importing.import_file(
        world.actor,
        world.scope("US01"),
        "customer-refunds",
        io.BytesIO(MIXED.encode()),
        file_name="october.csv",
        dry_run=True,
        error_path=cli_errors,
    )
    answer = await client.post(
        REFUNDS, content=MIXED.encode(), headers=auth(admin, **CSV), params={"fileName": "oct.csv"}
    )
    assert answer.status_code == 201, answer.text
    summary = answer.json()
    run = summary["runId"]
    assert answer.headers["location"] == f"{API}/imports/{run}"
    assert {k: summary[k] for k in ("rowsRead", "created", "posted", "updated", "skipped")} == {
        "rowsRead": 13,
        "created": 3,
        "posted": 2,
        "updated": 0,
        "skipped": 0,
    }
    assert (summary["refusedRows"], summary["refusedGroups"]) == (9, 9)
    assert summary["errorFile"] == f"{API}/imports/{run}/errors"
    assert "errors" not in summary

    errors = await client.get(summary["errorFile"], headers=auth(admin))
    assert errors.status_code == 200, errors.text
    assert errors.headers["content-type"].startswith("text/csv")
    assert errors.content == cli_errors.read_bytes()
    assert _codes(errors.text)[5] == {"CUSTOMER_NOT_FOUND"}

    # The same file again: every good refund skipped as imported, the books unchanged.
    before = await _books()
    again = await client.post(REFUNDS, content=MIXED.encode(), headers=auth(admin, **CSV))
    assert again.status_code == 201, again.text
    assert (again.json()["created"], again.json()["skipped"]) == (0, 3)
    assert await _books() == before

    # The error file, fixed, posted again as a multipart upload: the rest goes in.
    fixed = errors.text.replace(",NOPE,", ",C-US,").replace(",CM-S,", ",CM-1,")
    fixed = fixed.replace(",NEG-1,", ",CM-1,").replace("500.00", "5.00")
    fixed = fixed.replace(",ADV-2,,30.00,10,", ",ADV-2,,20.00,10,")
    fixed = fixed.replace(",JPY,", ",USD,").replace(",1.5,", ",1.50,")
    fixed = fixed.replace("2026-02-30", "2026-02-28")
    fixed = fixed.replace(
        "R-SHORT,posted,C-US,US-OPER,USD,2026-10-25,,,,,",
        "R-SHORT,posted,C-US,US-OPER,USD,2026-10-25,,,ADV-1,,1.00",
    )
    fixed = "\n".join(line for line in fixed.splitlines() if not line.startswith("R-GOOD-1,"))
    upload = await client.post(
        REFUNDS,
        files={"file": ("october.fixed.csv", fixed.encode(), "text/csv")},
        headers=auth(admin),
    )
    assert upload.status_code == 201, upload.text
    done = upload.json()
    assert (done["created"], done["refusedRows"]) == (8, 0), done
    assert "errorFile" not in done
    assert await Refund.filter(state=RefundState.POSTED).count() == 10

    listed = await client.get(f"{API}/imports", headers=auth(admin))
    assert listed.status_code == 200, listed.text
    items = listed.json()["items"]
    assert [(i["fileName"], i["kind"], i["created"], i["refused"]) for i in items] == [
        ("october.fixed.csv", "customer-refunds", 8, 0),
        ("customer-refunds.csv", "customer-refunds", 0, 9),
        ("oct.csv", "customer-refunds", 3, 9),
    ]
    assert items[2]["createdBy"] == "poster"
    assert items[2]["entity"] == "US01"
    assert items[2]["errorFile"] == summary["errorFile"]
    assert items[0]["errorFile"] is None
    assert items[0]["undone"] is False


async def test_a_dry_run_writes_nothing_and_answers_its_refused_rows_inline(
    world: World, client: httpx.AsyncClient, admin: str
) -> None:
    await _credits(world)
    before = await _books()
    answer = await client.post(
        REFUNDS, content=MIXED.encode(), headers=auth(admin, **CSV), params={"dryRun": "true"}
    )
    assert answer.status_code == 200, answer.text
    summary = answer.json()
    assert summary["dryRun"] is True
    assert "runId" not in summary
    assert "errorFile" not in summary
    assert (summary["created"], summary["posted"], summary["refusedGroups"]) == (3, 2, 9)
    by_line = {e["line"]: e for e in summary["errors"]}
    # Alone R-TOGETHER-B fits ADV-2; after R-TOGETHER-A of the same file it does not.
    assert by_line[10]["code"] == "AMOUNT_EXCEEDS_AVAILABLE"
    assert by_line[5] == {
        "line": 5,
        "column": "customer",
        "code": "CUSTOMER_NOT_FOUND",
        "message": by_line[5]["message"],
    }
    assert summary["errorsTruncated"] is False
    assert await _books() == before
    assert await ImportRun.all().count() == 0
    assert await ImportErrorChunk.all().count() == 0


async def test_importing_needs_the_import_permission_and_runs_stay_in_their_entity(
    world: World, client: httpx.AsyncClient, admin: str
) -> None:
    await _credits(world)
    no_import = await users.create_role(
        "no-import", "", [p for p in users.BUILTIN_ROLES["ar_clerk"][1] if p.value != "data.import"]
    )
    await users.create_user("noimport", roles=(no_import.name,))
    clerk = (await users.issue_token("noimport", "t")).secret
    refused = await client.post(REFUNDS, content=MIXED.encode(), headers=auth(clerk, **CSV))
    assert_problem(refused, 403, "PERMISSION_DENIED")
    assert await Refund.all().count() == 0
    assert await ImportRun.all().count() == 0
    assert_problem(
        await client.get(f"{API}/imports", headers=auth(clerk)), 403, "PERMISSION_DENIED"
    )

    done = await client.post(REFUNDS, content=MIXED.encode(), headers=auth(admin, **CSV))
    run = done.json()["runId"]
    # Another entity's user (and the admin working in EU01) does not see the US01 run.
    eu_only = await token_for("eu-importer", roles=("ar_clerk",), entity_codes=("EU01",))
    for token, entity in ((eu_only, "EU01"), (admin, "EU01")):
        assert_problem(
            await client.get(f"{API}/imports/{run}/errors", headers=auth(token, entity)),
            404,
            "NOT_FOUND",
        )
        assert_problem(
            await client.get(f"{API}/imports/{run}", headers=auth(token, entity)), 404, "NOT_FOUND"
        )
        listed = await client.get(f"{API}/imports", headers=auth(token, entity))
        assert listed.json()["items"] == []
        undo = await client.post(
            f"{API}/imports/{run}/undo",
            json={"voidDate": "2026-11-01", "reason": "no"},
            headers=auth(token, entity),
        )
        assert_problem(undo, 404, "NOT_FOUND")
    # Nor may the EU user reach US01 by naming it.
    assert_problem(
        await client.get(f"{API}/imports/{run}/errors", headers=auth(eu_only, "US01")),
        403,
        "ENTITY_FORBIDDEN",
    )
    # The top level (an unrestricted user) sees every entity's runs.
    top = await client.get(f"{API}/imports/{run}/errors", headers=auth(admin, None))
    assert top.status_code == 200, top.text


async def test_an_upload_over_the_import_limit_is_413_and_writes_nothing(
    world: World, make_client: MakeClient, admin: str
) -> None:
    await _credits(world)
    big = (MIXED + "#" + "x" * 5000 + "\n").encode()

    async def chunked() -> AsyncIterator[bytes]:
        for at in range(0, len(big), 1000):
            yield big[at : at + 1000]

    async with make_client(max_request_body_bytes=2048, max_import_body_bytes=4096) as http:
        declared = await http.post(REFUNDS, content=big, headers=auth(admin, **CSV))
        assert_problem(declared, 413, "BODY_TOO_LARGE")
        streamed = await http.post(REFUNDS, content=chunked(), headers=auth(admin, **CSV))
        assert_problem(streamed, 413, "BODY_TOO_LARGE")
        multipart = await http.post(
            REFUNDS, files={"file": ("big.csv", big, "text/csv")}, headers=auth(admin)
        )
        assert_problem(multipart, 413, "BODY_TOO_LARGE")
        assert await Refund.all().count() == 0
        assert await ImportRun.all().count() == 0
        # Over the JSON routes' limit, under the import limit: imported.
        fits = (MIXED + "#" + "x" * 1500 + "\n").encode()
        assert 2048 < len(fits) < 4096
        answer = await http.post(REFUNDS, content=fits, headers=auth(admin, **CSV))
        assert answer.status_code == 201, answer.text
        # The JSON routes keep theirs.
        assert_problem(
            await http.post(
                f"{API}/imports/1/undo",
                content=b'{"voidDate": "2026-11-01", "reason": "' + b"x" * 3000 + b'"}',
                headers=auth(admin, **{"Content-Type": "application/json"}),
            ),
            413,
            "BODY_TOO_LARGE",
        )


async def test_what_an_import_upload_must_be(
    world: World, client: httpx.AsyncClient, admin: str
) -> None:
    json_body = await client.post(REFUNDS, json={"rows": []}, headers=auth(admin))
    assert_problem(json_body, 415, "UNSUPPORTED_MEDIA_TYPE")
    no_file = await client.post(
        REFUNDS, files={"other": ("x.csv", b"a", "text/csv")}, headers=auth(admin)
    )
    assert_problem(no_file, 422, "VALUE_REQUIRED")
    multipart = {"Content-Type": "multipart/form-data"}
    no_boundary = await client.post(REFUNDS, content=b"x", headers=auth(admin, **multipart))
    assert_problem(no_boundary, 400, "MALFORMED_REQUEST")
    cut = await client.post(
        REFUNDS,
        content=b'--b\r\nContent-Disposition: form-data; name="file"\r\n\r\n' + MIXED.encode(),
        headers=auth(admin, **{"Content-Type": "multipart/form-data; boundary=b"}),
    )
    assert_problem(cut, 400, "MALFORMED_REQUEST")
    wrong_header = await client.post(
        REFUNDS, content=b"what,ever\n1,2\n", headers=auth(admin, **CSV)
    )
    body = assert_problem(wrong_header, 422, "MISSING_COLUMN")
    assert body["errors"][0]["field"] == "file"
    unknown = await client.post(
        f"{API}/imports/invoices", content=b"a\n", headers=auth(admin, **CSV)
    )
    assert_problem(unknown, 404, "NOT_FOUND")
    no_opening = await client.post(
        f"{API}/imports/ar-open-items", content=b"a\n", headers=auth(admin, **CSV)
    )
    assert_problem(no_opening, 422, "VALUE_REQUIRED")
    assert await ImportRun.all().count() == 0


async def test_an_import_is_undone_over_http(
    world: World, client: httpx.AsyncClient, admin: str
) -> None:
    rows = [HEADER]
    for n in range(3):
        await advance(world, "C-US", f"ADV-{n}", "10.00")
        rows.append(_row(f"R-{n}", f"ADV-{n}", "7.00"))
    opened = {c.document_number: c.open_minor for c in await ArCredit.all()}
    done = await client.post(
        REFUNDS, content=("\n".join(rows) + "\n").encode(), headers=auth(admin, **CSV)
    )
    run = done.json()["runId"]
    assert done.json()["posted"] == 3
    missing = await client.post(f"{API}/imports/{run}/undo", json={}, headers=auth(admin))
    assert_problem(missing, 422, "INVALID")
    undo = await client.post(
        f"{API}/imports/{run}/undo",
        json={"voidDate": "2026-11-01", "reason": "Wrong month"},
        headers=auth(admin),
    )
    assert undo.status_code == 200, undo.text
    assert undo.json() == {"runId": run, "voided": 3, "deleted": 0, "alreadyVoided": 0}
    assert {c.document_number: c.open_minor for c in await ArCredit.all()} == opened
    assert {r.void_date for r in await Refund.all()} == {date(2026, 11, 1)}
    shown = (await client.get(f"{API}/imports/{run}", headers=auth(admin))).json()
    assert (shown["undone"], shown["undoVoidDate"]) == (True, "2026-11-01")


async def test_templates_and_exports_are_csv_streams_with_the_cli_rules(
    world: World, client: httpx.AsyncClient, admin: str
) -> None:
    await invoice(world, "C-US", "INV-1", "120.00")
    template = await client.get(f"{API}/imports/customers/template", headers=auth(admin))
    assert template.status_code == 200, template.text
    assert template.headers["content-type"].startswith("text/csv")
    assert template.text.splitlines()[0] == "code,name,entity,status"

    journal = await client.get(
        f"{API}/exports/journal-entries",
        params={"dateFrom": "2026-01-01", "dateTo": "2026-12-31"},
        headers=auth(admin, Accept="text/csv"),
    )
    assert journal.status_code == 200, journal.text
    lines = list(csv.DictReader(io.StringIO(journal.text)))
    assert lines
    assert {line["entity"] for line in lines} == {"US01"}
    debit = sum(Decimal(x["debit"] or "0") for x in lines)
    assert debit == Decimal("120.00")
    assert sum(Decimal(x["credit"] or "0") for x in lines) == debit

    no_period = await client.get(f"{API}/exports/journal-entries", headers=auth(admin))
    assert_problem(no_period, 422, "VALUE_REQUIRED")
    as_json = await client.get(
        f"{API}/exports/customers", headers=auth(admin, Accept="application/json")
    )
    assert_problem(as_json, 406, "NOT_ACCEPTABLE")
    # Who may not read the chart of accounts is refused before a row is sent.
    await users.create_role("nothing", "", [])
    await users.create_user("nobody", roles=("nothing",))
    nobody = (await users.issue_token("nobody", "t")).secret
    assert_problem(
        await client.get(f"{API}/exports/gl-accounts", headers=auth(nobody, None)),
        403,
        "PERMISSION_DENIED",
    )
    assert_problem(
        await client.get(f"{API}/exports/nothing", headers=auth(admin)), 404, "NOT_FOUND"
    )


async def _upload(
    http: httpx.AsyncClient, token: str, kind: str, text: str, x_entity: str | None, **params: Any
) -> dict[str, Any]:
    """Import ``text`` (``entity`` as a parameter, like the CLI, or the X-Entity header)."""
    answer = await http.post(
        f"{API}/imports/{kind}",
        content=text.encode(),
        headers=auth(token, x_entity, **CSV),
        params=params,
    )
    assert answer.status_code == 201, answer.text
    summary: dict[str, Any] = answer.json()
    assert summary["refusedRows"] == 0, (kind, summary)
    assert summary["created"] == text.count("\n") - 1, kind
    return summary


async def test_export_then_import_over_http_into_an_empty_database_keeps_the_balances(
    world: World, client: httpx.AsyncClient, admin: str
) -> None:
    us = await books_to_move(world)
    before = await _position(world.actor, us)
    files = {}
    for kind, entity in (
        ("gl-accounts", None),
        ("customers", None),
        ("bank-accounts", None),
        ("ar-open-items", "US01"),
    ):
        answer = await client.get(f"{API}/exports/{kind}", headers=auth(admin, entity))
        assert answer.status_code == 200, answer.text
        files[kind] = answer.text

    await empty_company()
    mover = await users.create_user("mover", roles=("admin",))
    token = (await users.issue_token("mover", "t")).secret
    await _upload(client, token, "gl-accounts", files["gl-accounts"], None)
    admin_actor = await users.principal_of(mover)
    assert (await setup_file.apply(admin_actor, MOVED_AR_SETUP)).refused == []
    for kind in ("customers", "bank-accounts"):
        await _upload(client, token, kind, files[kind], None)
    await _upload(
        client,
        token,
        "ar-open-items",
        files["ar-open-items"],
        None,
        entity="US01",
        openingAccount="3900",
    )
    new_us = Scope(entity=await Entity.get(code="US01"))
    assert await _position(admin_actor, new_us) == before
    opening = await GLAccount.get(number="3900")
    lines = await JournalLine.filter(gl_account_id=opening.id)
    total = sum(line.credit_minor - line.debit_minor for line in lines)
    assert total == sum(b for b, _ in before.values() if b is not None)


def test_a_multipart_upload_split_anywhere_gives_the_file_byte_for_byte() -> None:
    """The streaming multipart reader, fed one byte at a time and in uneven chunks: the
    file part exactly (CRLFs and a boundary-like line inside it included), other parts
    dropped, the file name kept."""
    content = MIXED.replace("\n", "\r\n").encode() + b"--not-the-boundary\r\n\r\n"
    request = httpx.Request(
        "POST",
        "http://x/",
        data={"note": "ignored"},
        files={"file": ("oct.csv", content, "text/csv")},
    )
    body = request.read()
    boundary = request.headers["content-type"].split("boundary=", 1)[1]
    for size in (1, 7, 64, len(body)):
        into = io.BytesIO()
        parser = _MultipartFile(boundary, into)
        for at in range(0, len(body), size):
            parser.feed(body[at : at + size])
        assert parser.state == "done", size
        assert (parser.file_name, into.getvalue()) == ("oct.csv", content), size


async def test_listing_runs_costs_the_same_statements_for_1_and_4_runs(
    world: World, client: httpx.AsyncClient, admin: str
) -> None:
    await _credits(world)
    counts = []
    for runs in (1, 4):
        while await ImportRun.all().count() < runs:
            answer = await client.post(REFUNDS, content=MIXED.encode(), headers=auth(admin, **CSV))
            assert answer.status_code == 201, answer.text
        with count_queries() as counter:
            listed = await client.get(f"{API}/imports", headers=auth(admin))
        assert len(listed.json()["items"]) == runs
        counts.append(counter.count)
    assert counts[0] == counts[1], counts
