"""Benchmark: posting a refund with 50 allocations through GraphQL, next to the same work
written lean by hand through asyncpg (issue 15).

    REFUNDS_BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test make bench-posting

Creates (and afterwards drops) a database ``refunds_bench_posting`` on that server, migrates
it, and gives one customer 50 large advances. Each round saves three identical drafts taking
0.01 from each of the 50 credits (not timed), then times, in alternating order:

- app: the ``postRefund`` mutation through the real app (the ASGI app called in-process
  with one HTTP request: middleware, authentication, idempotency, GraphQL, the response),
  one draft. No HTTP client library: the raw line has none either;
- raw: the other draft posted by hand in one transaction with the set-based statements:
  the refund locked, the configuration read, the credits locked with the allocations, the
  open amounts taken in one guarded ``UPDATE ... FROM unnest``, the number taken, the
  journal entry and its lines, the refund's state and the audit row.

A third line times ``refunds.post`` called directly (no HTTP, GraphQL or authentication),
to tell the service's share of the gap from the request's. Prints the medians and quartiles
of each, the ratio of medians with the quartiles of the per-round app/raw ratios, and the
statements each sends. The machine may be shared and noisy: rounds interleave the three,
each going first in turn, so all see the same noise (``BENCH_POSTING_ROUNDS``, default 40).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import statistics
import time
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

import asyncpg
from asgi_lifespan import LifespanManager

from app import migrations
from app.db import asyncpg_dsn
from app.main import create_app
from app.services import integrity, refunds, users
from app.settings import Settings
from bench import scratch
from bench.asgi_call import post_json
from models import ArCredit
from tests.factories import QueryCounter, advance, build_world, enable_refunds

ALLOCATIONS = 50
WARMUP = 3
PAID = date(2026, 3, 10)

POST = """mutation($id: ID!) { postRefund(id: $id) {
    refund { number state total { amount } } errors { code field message } } }"""


class Counted:
    """An asyncpg connection that counts the statements it sends."""

    def __init__(self, connection: asyncpg.Connection) -> None:
        self.connection = connection
        self.count = 0

    async def fetch(self, sql: str, *args: Any) -> list[asyncpg.Record]:
        self.count += 1
        return list(await self.connection.fetch(sql, *args))

    async def fetchrow(self, sql: str, *args: Any) -> asyncpg.Record:
        self.count += 1
        row = await self.connection.fetchrow(sql, *args)
        if row is None:
            raise RuntimeError(f"no row: {sql}")
        return row


async def post_lean(db: Counted, refund_id: int, user_id: int) -> str:
    """Post a draft with the statements the work needs, set-based; returns its number."""
    async with db.connection.transaction():
        refund = await db.fetchrow(
            "SELECT id, entity_id, customer_id, bank_account_id, currency, payment_date,"
            " state, version, total_minor FROM refund WHERE id = $1 FOR UPDATE",
            refund_id,
        )
        if refund["state"] != "draft":
            raise RuntimeError("not a draft")
        setup = await db.fetchrow(
            "SELECT c.refund_journal_id, c.refund_sequence_id, c.refunds_enabled,"
            " COALESCE(c.ar_control_account_id, top.ar_control_account_id) AS control,"
            " b.gl_account_id AS cash FROM bank_account b"
            " LEFT JOIN ar_configuration c ON c.entity_id = $1"
            " LEFT JOIN ar_configuration top ON top.entity_id IS NULL"
            " WHERE b.id = $2",
            refund["entity_id"],
            refund["bank_account_id"],
        )
        lines = await db.fetch(
            "SELECT a.credit_id, a.amount_minor, c.open_minor, c.has_positive_line"
            " FROM refund_allocation a JOIN ar_credit c ON c.id = a.credit_id"
            " WHERE a.refund_id = $1 ORDER BY a.credit_id FOR UPDATE OF c",
            refund_id,
        )
        total = sum(line["amount_minor"] for line in lines)
        if (
            any(
                line["has_positive_line"] or line["open_minor"] < line["amount_minor"]
                for line in lines
            )
            or total != refund["total_minor"]
        ):
            raise RuntimeError("not postable")
        taken = await db.fetch(
            "UPDATE ar_credit SET open_minor = ar_credit.open_minor + v.delta"
            " FROM unnest($1::bigint[], $2::bigint[]) AS v(id, delta)"
            " WHERE ar_credit.id = v.id"
            " AND ar_credit.open_minor + v.delta BETWEEN 0 AND ar_credit.original_minor"
            " RETURNING ar_credit.id",
            [line["credit_id"] for line in lines],
            [-line["amount_minor"] for line in lines],
        )
        if len(taken) != len(lines):
            raise RuntimeError("guard refused")
        sequence = await db.fetchrow(
            "UPDATE document_sequence SET next_number = next_number + 1, updated_at = now()"
            " WHERE id = $1 RETURNING next_number - 1 AS number, prefix, padding",
            setup["refund_sequence_id"],
        )
        number = f"{sequence['prefix']}{sequence['number']:0{sequence['padding']}d}"
        entry = await db.fetchrow(
            "INSERT INTO journal_entry (journal_id, entity_id, entry_date, currency,"
            " description, source_type, source_id, posted_by_id, posted_at)"
            " VALUES ($1, $2, $3, $4, $5, 'refund', $6, $7, now()) RETURNING id",
            setup["refund_journal_id"],
            refund["entity_id"],
            refund["payment_date"],
            refund["currency"],
            f"Refund {number}",
            refund_id,
            user_id,
        )
        await db.fetch(
            "INSERT INTO journal_line (entry_id, line_no, gl_account_id, customer_id,"
            " debit_minor, credit_minor, memo)"
            " VALUES ($1, 1, $2, $3, $4, 0, ''), ($1, 2, $5, NULL, 0, $4, '')",
            entry["id"],
            setup["control"],
            refund["customer_id"],
            total,
            setup["cash"],
        )
        await db.fetch(
            "UPDATE refund SET state = 'posted', version = version + 1, updated_at = now(),"
            " sequence_id = $2, sequence_number = $3, number = $4, journal_entry_id = $5,"
            " posted_by_id = $6, posted_at = now() WHERE id = $1 AND version = $7",
            refund_id,
            setup["refund_sequence_id"],
            sequence["number"],
            number,
            entry["id"],
            user_id,
            refund["version"],
        )
        await db.fetch(
            "INSERT INTO audit_event (occurred_at, actor_id, entity_id, action, object_type,"
            " object_id, details) VALUES (now(), $1, $2, 'refund.posted', 'refund', $3, $4)",
            user_id,
            refund["entity_id"],
            refund_id,
            json.dumps({"number": number, "total_minor": total, "journal_entry_id": entry["id"]}),
        )
        return number


def _quartiles(values: list[float]) -> tuple[float, float, float]:
    q1, q2, q3 = statistics.quantiles(values, n=4)
    return q1, q2, q3


async def _timed(work: Callable[[], Awaitable[object]]) -> float:
    started = time.perf_counter()
    await work()
    return (time.perf_counter() - started) * 1000


async def main() -> None:
    admin_url = os.environ.get(
        "REFUNDS_BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test"
    )
    rounds = int(os.environ.get("BENCH_POSTING_ROUNDS", "40"))
    name = "refunds_bench_posting"
    url = scratch.database_url(admin_url, name)
    await scratch.reset_database(admin_url, name, create=True)
    settings = Settings(database_url=url + "?maxsize=5", log_level="WARNING")
    try:
        await migrations.upgrade(settings)
        app = create_app(settings, settle_collector=True)  # as `serve` runs it
        async with LifespanManager(app):
            world = await build_world()
            await enable_refunds(world)
            token = (await users.issue_token("poster", "bench")).secret
            for index in range(ALLOCATIONS):
                await advance(world, "C-US", f"ADV-{index:03}", "100000.00")
            credit_ids = [c.id for c in await ArCredit.all().order_by("id")]
            scope = world.scope("US01")
            data = refunds.RefundInput(
                customer_id=world.customers["C-US"].id,
                bank_account_id=world.banks["US-OPER"].id,
                currency="USD",
                payment_date=PAID,
            )
            allocations = [refunds.AllocationInput(credit_id=i, amount="0.01") for i in credit_ids]

            async def draft() -> int:
                return int((await refunds.create_draft(world.actor, scope, data, allocations)).id)

            raw = Counted(await asyncpg.connect(asyncpg_dsn(url)))
            headers = {"Authorization": f"Bearer {token}", "X-Entity": "US01"}
            db_log = logging.getLogger("tortoise.db_client")

            async def through_app(refund_id: int) -> None:
                from strawberry.relay import to_base64  # noqa: PLC0415

                status, body = await post_json(
                    app,
                    "/graphql",
                    {"query": POST, "variables": {"id": to_base64("Refund", refund_id)}},
                    headers,
                )
                answer = body.get("data", {}).get("postRefund") or {}
                if status != 200 or "errors" in body or answer.get("errors"):
                    raise RuntimeError(f"post failed: {body}")

            timings: dict[str, list[float]] = {"app": [], "service": [], "lean raw": []}
            statements: dict[str, int] = {}
            for number in range(WARMUP + rounds):
                drafts = {label: await draft() for label in timings}

                async def app_work(refund_id: int = drafts["app"]) -> None:
                    await through_app(refund_id)

                async def service_work(refund_id: int = drafts["service"]) -> None:
                    await refunds.post(world.actor, scope, refund_id)

                async def raw_work(refund_id: int = drafts["lean raw"]) -> None:
                    await post_lean(raw, refund_id, world.actor.user_id)

                works = [("app", app_work), ("service", service_work), ("lean raw", raw_work)]
                shift = number % len(works)  # each goes first, second, last in turn
                for label, work in works[shift:] + works[:shift]:
                    if number >= WARMUP:
                        timings[label].append(await _timed(work))
                        continue
                    # Statements are counted in the warm-up rounds only: logging every
                    # statement with its arrays of 50 ids costs more than sending it.
                    counter = QueryCounter()
                    db_log.addHandler(counter)
                    db_log.setLevel(logging.DEBUG)
                    db_log.propagate = False
                    before = raw.count
                    try:
                        await work()
                    finally:
                        db_log.removeHandler(counter)
                        db_log.setLevel(logging.WARNING)
                        db_log.propagate = True
                    statements[label] = counter.count + raw.count - before
            await raw.connection.close()
            problems = await integrity.find_problems()
            app_ms, raw_ms = timings["app"], timings["lean raw"]
            ratios = [a / r for a, r in zip(app_ms, raw_ms, strict=True)]
            print(
                f"Posting a refund with {ALLOCATIONS} allocations, {rounds} interleaved rounds "
                f"(after {WARMUP} warm-up), PostgreSQL:"
            )
            print(f"{'':<10}{'median ms':>11}{'p25':>8}{'p75':>8}{'statements':>12}")
            for label, values in timings.items():
                q1, q2, q3 = _quartiles(values)
                print(f"{label:<10}{q2:>11.2f}{q1:>8.2f}{q3:>8.2f}{statements[label]:>12}")
            q1, q2, q3 = _quartiles(ratios)
            median_ratio = statistics.median(app_ms) / statistics.median(raw_ms)
            print(
                f"app/raw: {median_ratio:.2f}x (ratio of medians); per-round ratio median "
                f"{q2:.2f}x, p25 {q1:.2f}x, p75 {q3:.2f}x; target at most 1.5x"
            )
            print(f"Integrity check: {len(problems)} problem(s)")
    finally:
        await scratch.reset_database(admin_url, name, create=False)


if __name__ == "__main__":
    asyncio.run(main())
