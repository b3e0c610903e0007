"""Soak: drafts, posts, voids and report reads against the served app for a fixed time.

    make bench-soak                                   # 10 minutes, 8 clients
    make bench-soak ARGS="--minutes 2 --clients 4"

Issue 15 asks that the service stay as fast in its last minute as in its first while the
books grow. This runs the real server (``python -m app serve``, one worker) on a scratch
PostgreSQL database (``REFUNDS_BENCH_POSTGRES_URL``; dropped afterwards unless
``--keep-db``), set up through the services, and drives it over HTTP with ``--clients``
concurrent clients, each looping over a weighted mix of GraphQL operations:

- ``draft``: save a refund draft of two small allocations from a customer's credits;
- ``post``: post one of the client's own drafts (so no two clients race on one refund);
- ``void``: void one of the client's posted refunds (about one in five);
- ``ledger``, ``statement``: the AR ledger and statement of a customer for the year;
- ``reconciliation``: the first page of the customer reconciliation;
- ``register``: the first page of the bank register for the year.

Four customers of ``--customers`` take 80% of the traffic, so their history grows fastest,
as a busy customer's does. Every answer is checked: an HTTP error, a GraphQL error or a
refused mutation is counted and printed. Each minute it prints operations per second and
p50/p99 per operation; at the end, the last minute against the first (the target: the
last minute's throughput at least the first's / 1.5 and its p99 at most 1.5x), the rows
written, and ``python -m app check`` on the database. Exit status 1 when any operation
failed or the check found a problem; the speed verdict is printed, not enforced.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

import asyncpg
import httpx
from strawberry.relay import to_base64
from tortoise import Tortoise

from app import migrations
from app.db import asyncpg_dsn, init_orm
from app.services import imports, users
from app.settings import Settings
from bench import scratch
from bench.graphql_hot import Server, _free_port, _spawn, _wait_until_serving, stopping
from models import ArCredit, Customer
from tests import factories

ROOT = Path(__file__).resolve().parent.parent
YEAR_START = date(2026, 1, 1)
HOT_CUSTOMERS = 4
# Credits (advances) per customer, used in turn: each is refunded a few times over a run,
# as a real credit is, while the customer's history (refunds, ledger lines) keeps growing.
HOT_CREDITS, OTHER_CREDITS = 300, 20
# Operation weights of one client's loop.
MIX = {
    "draft": 30,
    "post": 25,
    "void": 5,
    "ledger": 15,
    "statement": 10,
    "reconciliation": 5,
    "register": 10,
}

DRAFT = """mutation($input: RefundDraftInput!) { createRefundDraft(input: $input) {
  refund { id version } errors { code field message } } }"""
POST = """mutation($id: ID!, $version: Int) { postRefund(id: $id, version: $version) {
  refund { id version number } errors { code field message } } }"""
VOID = """mutation($id: ID!, $version: Int, $on: Date!) {
  voidRefund(id: $id, version: $version, voidDate: $on, reason: "soak") {
  refund { id state } errors { code field message } } }"""
LEDGER = """query($c: ID!, $from: Date!, $to: Date!) { arLedger(customerId: $c,
  dateFrom: $from, dateTo: $to) { openingBalance { amount } closingBalance { amount }
  lines { date number amount { amount } runningBalance { amount } } } }"""
STATEMENT = """query($c: ID!, $from: Date!, $to: Date!) { arStatement(customerId: $c,
  dateFrom: $from, dateTo: $to) { ledger { lines { number } } aging { net { amount } } } }"""
RECONCILIATION = """{ customerReconciliation { rows { customer { code }
  balances { difference { amount } } } totals { subledger { amount } } } }"""
REGISTER = """query($b: ID!, $from: Date!, $to: Date!) { bankRegister(bankAccountId: $b,
  dateFrom: $from, dateTo: $to) { closingBalance { amount }
  items { date number amount { amount } runningBalance { amount } } } }"""


@dataclass
class Books:
    token: str
    customers: list[int]  # hot ones first
    credits: dict[int, list[int]]  # per customer
    bank: int


@dataclass
class Rotation:
    """Each customer's credits, handed out in turn."""

    credits: dict[int, list[int]]
    next: dict[int, int] = field(default_factory=dict)

    def take(self, customer: int, count: int) -> list[int]:
        pool, start = self.credits[customer], self.next.get(customer, 0)
        self.next[customer] = start + count
        return [pool[(start + k) % len(pool)] for k in range(count)]


@dataclass
class Sample:
    at: float
    kind: str
    ms: float
    ok: bool


@dataclass
class Client:
    number: int
    rng: random.Random
    drafts: list[tuple[str, int]] = field(default_factory=list)
    posted: list[tuple[str, int]] = field(default_factory=list)


async def set_up(url: str, customers: int) -> Books:
    """A company through the services: customers with large advances to refund from."""
    await migrations.upgrade(Settings(database_url=url, log_level="WARNING"))
    await init_orm(Settings(database_url=url, log_level="WARNING"))
    try:
        world = await factories.build_world()
        await factories.enable_refunds(world)
        ids, credits = [], {}
        for n in range(customers):
            code = f"S-{n:03d}"
            world.customers[code] = await Customer.create(
                code=code, name=f"Soak {n}", entity=world.us
            )
            count = HOT_CREDITS if n < HOT_CUSTOMERS else OTHER_CREDITS
            credits[world.customers[code].id] = [
                await factories.advance(
                    world, code, f"AD{code}-{k}", "5000.00", on=YEAR_START + timedelta(k % 28)
                )
                for k in range(count)
            ]
            ids.append(world.customers[code].id)
        # As after any bulk load (and as a large import does): statistics for the planner now.
        await imports.refresh_statistics()
        await users.create_user("soak", roles=("admin",), entity_codes=["US01"])
        token = (await users.issue_token("soak", "soak")).secret
        by_document = {
            row.advance_id: row.id for row in await ArCredit.filter(advance_id__isnull=False)
        }
        return Books(
            token=token,
            customers=ids,
            credits={c: [by_document[a] for a in advances] for c, advances in credits.items()},
            bank=world.banks["US-OPER"].id,
        )
    finally:
        await Tortoise.close_connections()


async def start_app(database_url: str, log: Path) -> Server:
    port = _free_port()
    env = {**os.environ, "DATABASE_URL": database_url, "RATE_LIMIT_MUTATIONS": "1000000/minute"}
    env["RATE_LIMIT_REPORTS"] = "1000000/minute"
    command = [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port)]
    server = _spawn("app", [*command, "--workers", "1"], env, log, port)
    await _wait_until_serving(server, "/health")
    return server


class Soak:
    def __init__(self, http: httpx.AsyncClient, books: Books, seconds: float) -> None:
        self.http = http
        self.books = books
        self.deadline = time.monotonic() + seconds
        self.started = time.monotonic()
        self.samples: list[Sample] = []
        self.failures: list[str] = []
        self.headers = {"Authorization": f"Bearer {books.token}", "X-Entity": "US01"}
        self.rotation = Rotation(books.credits)

    def customer(self, client: Client) -> int:
        hot = client.rng.random() < 0.8
        pool = self.books.customers[:HOT_CUSTOMERS] if hot else self.books.customers
        return client.rng.choice(pool)

    async def call(self, kind: str, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        started = time.monotonic()
        ok, data = False, cast("dict[str, Any]", {})
        try:
            response = await self.http.post(
                "/graphql", json={"query": query, "variables": variables}, headers=self.headers
            )
            body = response.json()
            data = body.get("data") or {}
            payload = next(iter(data.values()), None) if data else None
            refused = isinstance(payload, dict) and payload.get("errors")
            ok = response.status_code == 200 and "errors" not in body and not refused
            if not ok:
                self.failures.append(f"{kind}: {response.status_code} {response.text[:300]}")
        except httpx.HTTPError as error:
            self.failures.append(f"{kind}: {type(error).__name__}: {error}")
        self.samples.append(Sample(started, kind, (time.monotonic() - started) * 1000, ok))
        return data

    async def step(self, client: Client) -> None:
        kind = client.rng.choices(list(MIX), weights=list(MIX.values()))[0]
        if kind == "post" and not client.drafts:
            kind = "draft"
        if kind == "void" and not client.posted:
            kind = "ledger"
        year = {"from": YEAR_START.isoformat(), "to": (YEAR_START + timedelta(364)).isoformat()}
        if kind == "draft":
            customer = self.customer(client)
            credits = self.rotation.take(customer, 2)
            amounts = [
                f"{client.rng.randint(1, 20)}.{client.rng.randint(0, 99):02d}" for _ in credits
            ]
            data = await self.call(
                kind,
                DRAFT,
                {
                    "input": {
                        "customerId": to_base64("Customer", customer),
                        "bankAccountId": to_base64("BankAccount", self.books.bank),
                        "currency": "USD",
                        "paymentDate": (
                            YEAR_START + timedelta(client.rng.randint(10, 300))
                        ).isoformat(),
                        "reference": f"soak {client.number}",
                        "allocations": [
                            {"creditId": to_base64("Credit", c), "amount": a}
                            for c, a in zip(credits, amounts, strict=True)
                        ],
                    }
                },
            )
            refund = (data.get("createRefundDraft") or {}).get("refund")
            if refund:
                client.drafts.append((refund["id"], refund["version"]))
        elif kind == "post":
            refund_id, version = client.drafts.pop(0)
            data = await self.call(kind, POST, {"id": refund_id, "version": version})
            refund = (data.get("postRefund") or {}).get("refund")
            if refund and client.rng.random() < 0.2:
                client.posted.append((refund["id"], refund["version"]))
        elif kind == "void":
            refund_id, version = client.posted.pop(0)
            on = (YEAR_START + timedelta(330)).isoformat()
            await self.call(kind, VOID, {"id": refund_id, "version": version, "on": on})
        elif kind in ("ledger", "statement"):
            whose = to_base64("Customer", self.customer(client))
            await self.call(kind, LEDGER if kind == "ledger" else STATEMENT, {"c": whose, **year})
        elif kind == "reconciliation":
            await self.call(kind, RECONCILIATION, {})
        else:
            await self.call(
                kind, REGISTER, {"b": to_base64("BankAccount", self.books.bank), **year}
            )

    async def client(self, number: int, seed: int) -> None:
        client = Client(number, random.Random(seed * 1000 + number))
        while time.monotonic() < self.deadline:
            await self.step(client)


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


@dataclass
class Minute:
    number: int
    ops: float
    p99: float
    errors: int
    by_kind: dict[str, list[float]]


def minutes(soak: Soak, length: float) -> list[Minute]:
    buckets: dict[int, list[Sample]] = defaultdict(list)
    for sample in soak.samples:
        buckets[int((sample.at - soak.started) // length)].append(sample)
    out = []
    for number in sorted(buckets):
        samples = buckets[number]
        by_kind: dict[str, list[float]] = defaultdict(list)
        for sample in samples:
            by_kind[sample.kind].append(sample.ms)
        out.append(
            Minute(
                number + 1,
                len(samples) / length,
                _percentile([s.ms for s in samples], 0.99),
                sum(not s.ok for s in samples),
                dict(by_kind),
            )
        )
    return out


def print_minute(minute: Minute) -> None:
    kinds = "  ".join(
        f"{kind} {statistics.median(ms):.0f}/{_percentile(ms, 0.99):.0f}"
        for kind, ms in sorted(minute.by_kind.items())
    )
    print(
        f"  minute {minute.number:>2}: {minute.ops:6.1f} ops/s, p99 {minute.p99:7.0f} ms, "
        f"errors {minute.errors}   p50/p99 ms: {kinds}",
        flush=True,
    )


def check_books(url: str) -> tuple[int, str]:
    done = subprocess.run(
        [sys.executable, "-m", "app", "check"],
        check=False,
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": url},
        capture_output=True,
        text=True,
        timeout=600,
    )
    return done.returncode, (done.stdout + done.stderr).strip()


async def run(args: argparse.Namespace) -> int:
    admin_url = os.environ.get(
        "REFUNDS_BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test"
    )
    name = f"refunds_bench_soak_{os.getpid()}"
    url = scratch.database_url(admin_url, name)
    await scratch.reset_database(admin_url, name, create=True)
    folder = Path(tempfile.mkdtemp(prefix="bench-soak-"))
    try:
        books = await set_up(url, args.customers)
        print(
            f"Database {name}: {args.customers} customers, {HOT_CUSTOMERS} of them taking 80% "
            f"of the traffic ({HOT_CREDITS} credits each, the others {OTHER_CREDITS}); "
            f"{args.clients} clients for {args.minutes:g} min"
        )
        server = await start_app(url, folder / "app.log")
        length = args.minute_seconds
        with stopping(server):
            limits = httpx.Limits(max_connections=args.clients)
            async with httpx.AsyncClient(
                base_url=f"http://127.0.0.1:{server.port}", timeout=120, limits=limits
            ) as http:
                soak = Soak(http, books, args.minutes * 60)
                printer = asyncio.create_task(_print_as_they_end(soak, length))
                analyzer = asyncio.create_task(_autovacuum_stand_in(url))
                await asyncio.gather(*(soak.client(n, args.seed) for n in range(args.clients)))
                printer.cancel()
                analyzer.cancel()
        every = minutes(soak, length)
        print("\nPer minute (p50/p99 ms per operation):")
        for minute in every:
            print_minute(minute)
        whole = [m for m in every if m.ops > 0][: int(args.minutes * 60 // length)]
        first, last = whole[0], whole[-1]
        slower = first.ops / last.ops if last.ops else float("inf")
        p99_ratio = last.p99 / first.p99 if first.p99 else float("inf")
        verdict = "yes" if slower <= 1.5 and p99_ratio <= 1.5 else "NO"
        print(
            f"\nLast minute against the first: throughput {last.ops:.1f} vs {first.ops:.1f} "
            f"ops/s ({slower:.2f}x slower), p99 {last.p99:.0f} vs {first.p99:.0f} ms "
            f"({p99_ratio:.2f}x); within 1.5x: {verdict}"
        )
        # The first minute also warms the server up (and, without autovacuum, plans with the
        # start's statistics until the first ANALYZE): the fastest minute is the fairer base.
        best = max(whole, key=lambda m: m.ops)
        print(
            f"Last minute against the fastest (minute {best.number}): throughput "
            f"{best.ops / last.ops if last.ops else float('inf'):.2f}x slower, p99 "
            f"{last.p99 / best.p99 if best.p99 else float('inf'):.2f}x"
        )
        counts = {k: sum(1 for s in soak.samples if s.kind == k and s.ok) for k in MIX}
        print("Operations that succeeded: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        status, output = check_books(url)
        print(f"python -m app check: exit {status}\n{output[-2000:]}")
        if soak.failures:
            print(f"\n{len(soak.failures)} operation(s) failed; the first ones:", file=sys.stderr)
            for failure in soak.failures[:10]:
                print(f"  {failure}", file=sys.stderr)
        return 1 if soak.failures or status != 0 else 0
    finally:
        if args.keep_db:
            print(f"Kept database {url}; server log in {folder}")
        else:
            await scratch.reset_database(admin_url, name, create=False)


async def _autovacuum_stand_in(url: str) -> None:
    """Where the server runs without autovacuum (these test machines do), ANALYZE as its
    daemon would, once a naptime (autovacuum_naptime, 1 min by default): otherwise the
    planner keeps planning for the tables as they were at the start, and the soak measures
    a server no deployment runs (its reconciliation took a nested loop and slowed 3-fold)."""
    connection = await asyncpg.connect(asyncpg_dsn(url))
    try:
        if await connection.fetchval("SHOW autovacuum") == "on":
            return
        naptime = await connection.fetchval(
            "SELECT setting::int FROM pg_settings WHERE name = 'autovacuum_naptime'"
        )
        print(f"(autovacuum is off on this server: the soak runs ANALYZE every {naptime} s)")
        while True:
            await asyncio.sleep(naptime)
            await connection.execute("ANALYZE")
    finally:
        await connection.close()


async def _print_as_they_end(soak: Soak, length: float) -> None:
    printed = 0
    while True:
        await asyncio.sleep(1)
        finished = int((time.monotonic() - soak.started) // length)
        while printed < finished:
            for minute in minutes(soak, length):
                if minute.number == printed + 1:
                    print_minute(minute)
            printed += 1


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--minutes", type=float, default=10, help="how long to run (10)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (8)")
    parser.add_argument("--customers", type=int, default=20, help="customers (20)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (1)")
    parser.add_argument(
        "--minute-seconds", type=float, default=60, help="length of a reported interval (60)"
    )
    parser.add_argument("--keep-db", action="store_true", help="keep the scratch database")
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(asyncio.run(run(parse_args())))
