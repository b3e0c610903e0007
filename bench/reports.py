"""Benchmark: every report on a large PostgreSQL dataset, next to its own SQL through asyncpg.

    REFUNDS_BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test make bench

Creates (and afterwards drops) a database ``refunds_bench_<pid>`` on that server, migrates it,
loads 10,001 customers and 213,751 AR documents (invoices, paid received payments,
advances) with their journal entries, 11,250 posted refunds, and one customer with 5,001 AR
transactions, all consistent (the integrity check passes). Then, for each report, it times
the first page through the real app (GraphQL over ASGI, authentication, loaders and all) and
replays the very SQL statements the report sent, captured from the ORM's log, straight
through asyncpg. Median of several runs each.

The app is called in-process with one plain ASGI request per page (bench/asgi_call.py):
no HTTP client library, whose own cost would count against the app and which the raw line
does not pay either.

``--keep-db`` keeps the loaded database (``refunds_bench_reports``) after the run and
reuses it on the next, skipping the load: for measuring a change to the reports again and
again. Without it, a fresh database per run, dropped at the end.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from typing import Any

import asyncpg
from asgi_lifespan import LifespanManager

from app import migrations
from app.db import asyncpg_dsn
from app.main import create_app
from app.services import integrity, users
from app.services.totals import declared_totals, fill_totals_sql
from app.settings import Settings
from bench import scratch
from bench.asgi_call import post_json

CUSTOMERS = 10_000
INVOICES_PER_CUSTOMER = 15
ADVANCES_PER_CUSTOMER = 5
WHALE_INVOICES, WHALE_ADVANCES, WHALE_REFUNDS = 2_500, 1_250, 1_250  # 5,000 transactions
RUNS = 7
YEAR = date(2025, 1, 1)


class Ids:
    def __init__(self) -> None:
        self.next: dict[str, int] = {}

    def take(self, table: str) -> int:
        self.next[table] = self.next.get(table, 0) + 1
        return self.next[table]


async def load_dataset(dsn: str) -> dict[str, int]:
    """Bulk-load a consistent dataset with COPY; returns ids the benchmark needs."""
    rng = random.Random(7)
    conn = await asyncpg.connect(dsn)
    ids = Ids()
    now = time.time()
    from datetime import UTC, datetime  # noqa: PLC0415

    stamp = datetime.fromtimestamp(now, UTC)
    try:
        company = ids.take("company")
        await conn.execute(
            "INSERT INTO company (id, name, created_at) VALUES ($1, 'Bench', $2)", company, stamp
        )
        entity = ids.take("entity")
        await conn.execute(
            "INSERT INTO entity (id, company_id, code, name, base_currency, created_at)"
            " VALUES ($1, $2, 'US01', 'US', 'USD', $3)",
            entity,
            company,
            stamp,
        )
        accounts = {}
        for number, kind in (("1000", "asset"), ("1200", "asset"), ("4000", "revenue")):
            accounts[number] = ids.take("gl_account")
            await conn.execute(
                "INSERT INTO gl_account (id, number, title, kind, is_active)"
                " VALUES ($1, $2, $2, $3, true)",
                accounts[number],
                number,
                kind,
            )
        journals = {}
        for symbol in ("ARJ", "RFJ"):
            journals[symbol] = ids.take("journal")
            await conn.execute(
                "INSERT INTO journal (id, symbol, title) VALUES ($1, $2, $2)",
                journals[symbol],
                symbol,
            )
        bank = ids.take("bank_account")
        await conn.execute(
            "INSERT INTO bank_account (id, code, name, entity_id, currency, gl_account_id,"
            " is_active, created_at) VALUES ($1, 'US-OPER', 'Operating', $2, 'USD', $3, true,"
            " $4)",
            bank,
            entity,
            accounts["1000"],
            stamp,
        )
        sequence = ids.take("document_sequence")
        await conn.execute(
            "INSERT INTO document_sequence (id, code, prefix, next_number, padding, updated_at)"
            " VALUES ($1, 'REFUND-US01', 'RFUS-', 1, 6, $2)",
            sequence,
            stamp,
        )
        user = await conn.fetchval("SELECT id FROM app_user WHERE username = 'bench'")
        for scope in (None, entity):
            await conn.execute(
                "INSERT INTO ar_configuration (id, entity_id, ar_journal_id, refunds_enabled,"
                " refund_journal_id, refund_sequence_id, ar_control_account_id, updated_at)"
                " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                ids.take("ar_configuration"),
                scope,
                journals["ARJ"],
                scope is not None,
                journals["RFJ"],
                sequence if scope is not None else None,
                accounts["1200"],
                stamp,
            )

        customers: list[tuple[Any, ...]] = []
        invoices: list[tuple[Any, ...]] = []
        lines: list[tuple[Any, ...]] = []
        credits: list[list[Any]] = []
        advances: list[tuple[Any, ...]] = []
        entries: list[tuple[Any, ...]] = []
        journal_lines: list[tuple[Any, ...]] = []
        refunds: list[tuple[Any, ...]] = []
        allocations: list[tuple[Any, ...]] = []
        payments: list[tuple[Any, ...]] = []
        applications: list[tuple[Any, ...]] = []
        refund_number = 0

        def entry(
            journal: str,
            day: date,
            source: str,
            source_id: int,
            postings: list[tuple[str, int, int, int | None]],
        ) -> int:
            entry_id = ids.take("journal_entry")
            entries.append(
                (
                    entry_id,
                    journals[journal],
                    entity,
                    day,
                    "USD",
                    "",
                    source,
                    source_id,
                    None,
                    user,
                    stamp,
                )
            )
            for line_no, (account, debit, credit, customer) in enumerate(postings, start=1):
                journal_lines.append(
                    (
                        ids.take("journal_line"),
                        entry_id,
                        line_no,
                        accounts[account],
                        customer,
                        debit,
                        credit,
                        "",
                    )
                )
            return entry_id

        def customer_history(code: str, n_invoices: int, n_advances: int, n_refunds: int) -> None:
            nonlocal refund_number
            customer = ids.take("customer")
            customers.append((customer, code, f"Customer {code}", "active", entity, stamp, stamp))
            for n in range(n_invoices):
                invoice = ids.take("invoice")
                amount = rng.randint(1_000, 99_999)
                day = YEAR + timedelta(days=rng.randrange(330))
                je = entry(
                    "ARJ",
                    day,
                    "invoice",
                    invoice,
                    [("1200", amount, 0, customer), ("4000", 0, amount, None)],
                )
                # The first invoice of each customer is paid, 10 days later.
                paid = n == 0
                invoices.append(
                    (
                        invoice,
                        f"{code}-I{n}",
                        day,
                        "USD",
                        "",
                        "posted",
                        stamp,
                        entity,
                        customer,
                        day + timedelta(days=30),
                        amount,
                        0 if paid else amount,
                        je,
                        user,
                    )
                )
                if paid:
                    receipt = ids.take("received_payment")
                    on = day + timedelta(days=10)
                    receipt_je = entry(
                        "ARJ",
                        on,
                        "received_payment",
                        receipt,
                        [("1000", amount, 0, None), ("1200", 0, amount, customer)],
                    )
                    payments.append(
                        (
                            receipt,
                            f"{code}-P{n}",
                            on,
                            "USD",
                            "",
                            "posted",
                            stamp,
                            entity,
                            customer,
                            bank,
                            amount,
                            "",
                            None,
                            receipt_je,
                            user,
                        )
                    )
                    applications.append((ids.take("payment_application"), receipt, invoice, amount))
                lines.append(
                    (ids.take("invoice_line"), invoice, 1, "Goods", accounts["4000"], amount)
                )
            advance_credits: list[list[Any]] = []
            for n in range(n_advances):
                advance = ids.take("advance")
                amount = rng.randint(5_000, 50_000)
                day = YEAR + timedelta(days=rng.randrange(330))
                je = entry(
                    "ARJ",
                    day,
                    "advance",
                    advance,
                    [("1000", amount, 0, None), ("1200", 0, amount, customer)],
                )
                advances.append(
                    (
                        advance,
                        f"{code}-A{n}",
                        day,
                        "USD",
                        "",
                        "posted",
                        stamp,
                        entity,
                        customer,
                        bank,
                        amount,
                        "",
                        None,
                        je,
                        user,
                    )
                )
                credit = ids.take("ar_credit")
                advance_credits.append([credit, amount, day])
                credits.append(
                    [
                        credit,
                        "advance",
                        entity,
                        customer,
                        "USD",
                        f"{code}-A{n}",
                        day,
                        amount,
                        amount,
                        False,
                        None,
                        None,
                        None,
                        advance,
                        stamp,
                    ]
                )
            for n in range(n_refunds):
                credit_row = credits[-len(advance_credits) + (n % len(advance_credits))]
                take = min(1_000, credit_row[8])
                credit_row[8] -= take
                refund = ids.take("refund")
                refund_number += 1
                day = credit_row[6] + timedelta(days=1 + n % 20)
                je = entry(
                    "RFJ",
                    day,
                    "refund",
                    refund,
                    [("1200", take, 0, customer), ("1000", 0, take, None)],
                )
                refunds.append(
                    (
                        refund,
                        entity,
                        customer,
                        bank,
                        "USD",
                        "record_transfer",
                        day,
                        "",
                        "",
                        "posted",
                        take,
                        2,
                        sequence,
                        refund_number,
                        f"RFUS-{refund_number:06d}",
                        je,
                        user,
                        stamp,
                        stamp,
                        user,
                        stamp,
                    )
                )
                allocations.append((ids.take("refund_allocation"), refund, credit_row[0], take))

        for n in range(CUSTOMERS):
            customer_history(f"C-{n:05d}", INVOICES_PER_CUSTOMER, ADVANCES_PER_CUSTOMER, 1)
        customer_history("C-WHALE", WHALE_INVOICES, WHALE_ADVANCES, WHALE_REFUNDS)

        copies: list[tuple[str, list[str], list[Any]]] = [
            (
                "customer",
                ["id", "code", "name", "status", "entity_id", "created_at", "updated_at"],
                customers,
            ),
            (
                "journal_entry",
                [
                    "id",
                    "journal_id",
                    "entity_id",
                    "entry_date",
                    "currency",
                    "description",
                    "source_type",
                    "source_id",
                    "reverses_id",
                    "posted_by_id",
                    "posted_at",
                ],
                entries,
            ),
            (
                "journal_line",
                [
                    "id",
                    "entry_id",
                    "line_no",
                    "gl_account_id",
                    "customer_id",
                    "debit_minor",
                    "credit_minor",
                    "memo",
                ],
                journal_lines,
            ),
            (
                "invoice",
                [
                    "id",
                    "number",
                    "document_date",
                    "currency",
                    "memo",
                    "state",
                    "created_at",
                    "entity_id",
                    "customer_id",
                    "due_date",
                    "total_minor",
                    "balance_due_minor",
                    "journal_entry_id",
                    "created_by_id",
                ],
                invoices,
            ),
            (
                "invoice_line",
                ["id", "invoice_id", "line_no", "description", "gl_account_id", "amount_minor"],
                lines,
            ),
            (
                "received_payment",
                [
                    "id",
                    "number",
                    "document_date",
                    "currency",
                    "memo",
                    "state",
                    "created_at",
                    "entity_id",
                    "customer_id",
                    "bank_account_id",
                    "amount_minor",
                    "reference",
                    "cleared_on",
                    "journal_entry_id",
                    "created_by_id",
                ],
                payments,
            ),
            (
                "payment_application",
                ["id", "payment_id", "invoice_id", "amount_minor"],
                applications,
            ),
            (
                "advance",
                [
                    "id",
                    "number",
                    "document_date",
                    "currency",
                    "memo",
                    "state",
                    "created_at",
                    "entity_id",
                    "customer_id",
                    "bank_account_id",
                    "amount_minor",
                    "reference",
                    "cleared_on",
                    "journal_entry_id",
                    "created_by_id",
                ],
                advances,
            ),
            (
                "ar_credit",
                [
                    "id",
                    "kind",
                    "entity_id",
                    "customer_id",
                    "currency",
                    "document_number",
                    "document_date",
                    "original_minor",
                    "open_minor",
                    "has_positive_line",
                    "invoice_id",
                    "adjustment_id",
                    "payment_id",
                    "advance_id",
                    "created_at",
                ],
                [tuple(c) for c in credits],
            ),
            (
                "refund",
                [
                    "id",
                    "entity_id",
                    "customer_id",
                    "bank_account_id",
                    "currency",
                    "payment_method",
                    "payment_date",
                    "reference",
                    "memo",
                    "state",
                    "total_minor",
                    "version",
                    "sequence_id",
                    "sequence_number",
                    "number",
                    "journal_entry_id",
                    "created_by_id",
                    "created_at",
                    "updated_at",
                    "posted_by_id",
                    "posted_at",
                ],
                refunds,
            ),
            ("refund_allocation", ["id", "refund_id", "credit_id", "amount_minor"], allocations),
        ]
        await conn.execute(
            "UPDATE document_sequence SET next_number = $1 WHERE id = $2",
            refund_number + 1,
            sequence,
        )
        # Triggers off while loading: the guard refuses allocations of posted refunds (the
        # loader writes them directly), and the maintained totals are filled once at the
        # end, from all the rows, rather than by a trigger per row.
        tables = sorted({table for table, _, _ in copies})
        for table in tables:
            await conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        for table, columns, rows in copies:
            await conn.copy_records_to_table(table, columns=columns, records=rows)
        for table in tables:
            await conn.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
        for total_table, totals in declared_totals():
            for statement in fill_totals_sql(total_table, totals):
                await conn.execute(statement)
        for table, last in ids.next.items():
            await conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), $1)", last)
        await conn.execute("ANALYZE")
        whale = await conn.fetchval("SELECT id FROM customer WHERE code = 'C-WHALE'")
        typical = await conn.fetchval("SELECT id FROM customer WHERE code = 'C-00042'")
        return {
            "bank": bank,
            "whale": whale,
            "typical": typical,
            "documents": len(invoices) + len(advances) + len(payments),
            "customers": len(customers),
            "refunds": len(refunds),
            "journal_lines": len(journal_lines),
        }
    finally:
        await conn.close()


class SqlCapture(logging.Handler):
    """Collects the statements (and values) the ORM sends, to replay them raw."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statements: list[tuple[str, list[Any]]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(record.args or ()) == 2 and isinstance(record.args, tuple):
            query, values = record.args
            if isinstance(query, str) and query.lstrip().upper().startswith(("SELECT", "WITH")):
                self.statements.append(
                    (query, list(values) if isinstance(values, list | tuple) else [])
                )


async def _timed(work: Callable[[], Awaitable[object]]) -> float:
    started = time.perf_counter()
    await work()
    return (time.perf_counter() - started) * 1000


async def _compare(
    app: Callable[[], Awaitable[object]], raw: Callable[[], Awaitable[object]]
) -> tuple[float, float, float, float, float]:
    """App and raw SQL interleaved (the order alternating each round, the machine being
    shared and noisy), after one warm-up each: median app ms, median raw ms, their ratio
    (what the target is judged on), and the lowest and highest per-round app/raw ratios."""
    await app()
    await raw()
    app_ms, raw_ms, ratios = [], [], []
    for round_no in range(RUNS):
        if round_no % 2:
            r = await _timed(raw)
            a = await _timed(app)
        else:
            a = await _timed(app)
            r = await _timed(raw)
        app_ms.append(a)
        raw_ms.append(r)
        ratios.append(a / r if r else float("inf"))
    app_median, raw_median = statistics.median(app_ms), statistics.median(raw_ms)
    return (app_median, raw_median, app_median / raw_median, min(ratios), max(ratios))


RAW_TARGET_MS = 20.0


def _row(
    label: str,
    result: tuple[float, float, float, float, float],
    statements: int,
    *,
    whole: bool = False,
) -> str:
    app_ms, raw_ms, ratio, low, high = result
    # The full ledger: app at most 1.5x its raw SQL; a first page: raw at most 20 ms and
    # app at most 1.5x raw + 3 ms.
    page_ok = raw_ms <= RAW_TARGET_MS and app_ms <= 1.5 * raw_ms + 3
    ok = app_ms <= 1.5 * raw_ms if whole else page_ok
    return (
        f"{label:<34}{raw_ms:>10.1f}{app_ms:>10.1f}{ratio:>9.2f}"
        f"{f'{low:.2f}-{high:.2f}':>13}{statements:>6}  {'yes' if ok else 'NO'}"
    )


def _gid(type_name: str, pk: int) -> str:
    from strawberry.relay import to_base64  # noqa: PLC0415

    return to_base64(type_name, pk)


def _queries(ids: dict[str, int]) -> dict[str, tuple[str, dict[str, Any]]]:
    customer, bank, year = (
        _gid("Customer", ids["typical"]),
        _gid("BankAccount", ids["bank"]),
        {"from": "2025-01-01", "to": "2025-12-31"},
    )
    return {
        "AR ledger": (
            """query($c: ID!, $from: Date!, $to: Date!) { arLedger(customerId: $c,
            dateFrom: $from, dateTo: $to) { openingBalance { amount } closingBalance { amount }
            lines { date number amount { amount } runningBalance { amount } } } }""",
            {"c": customer, **year},
        ),
        "AR statement": (
            """query($c: ID!, $from: Date!, $to: Date!) { arStatement(
            customerId: $c, dateFrom: $from, dateTo: $to) { ledger { lines { number } }
            aging { net { amount } over90 { amount } } } }""",
            {"c": customer, **year},
        ),
        "Customer reconciliation": (
            """{ customerReconciliation { rows { customer { code }
            balances { difference { amount } } refunds { refund { number }
            clearedCredits { matchReference } } } totals { subledger { amount } } } }""",
            {},
        ),
        "Bank register": (
            """query($b: ID!, $from: Date!, $to: Date!) { bankRegister(
            bankAccountId: $b, dateFrom: $from, dateTo: $to) { closingBalance { amount }
            items { date number amount { amount } runningBalance { amount } } } }""",
            {"b": bank, **year},
        ),
        "Bank reconciliation": (
            """query($b: ID!) { bankReconciliation(bankAccountId: $b,
            statementDate: "2025-12-31", statementBalance: "0") { difference { amount }
            items { number amount { amount } } } }""",
            {"b": bank},
        ),
        "Sales register": (
            """query($from: Date!, $to: Date!) { salesRegister(dateFrom: $from,
            dateTo: $to) { lines { number customer { code } refunds { refundNumber } }
            totals { total { amount } } } }""",
            year,
        ),
        "Invoice analysis": (
            """query($from: Date!, $to: Date!) { invoiceAnalysis(
            dateFrom: $from, dateTo: $to) { invoices { invoice { number } balance { amount }
            status } totals { balance { amount } } } }""",
            year,
        ),
    }


async def _graphql(
    app: Any, headers: dict[str, str], query: str, variables: dict[str, Any]
) -> dict[str, Any]:
    status, body = await post_json(
        app, "/graphql", {"query": query, "variables": variables}, headers
    )
    if status != 200 or not isinstance(body, dict):
        raise RuntimeError(f"HTTP {status}: {body}")
    return body


async def _whale_ledger(app: Any, headers: dict[str, str], whale: int) -> int:
    """The whole 5,000-line ledger, page after page; returns the lines read."""
    query = """query($c: ID!, $after: String) { arLedger(customerId: $c, dateFrom: "2025-01-01",
        dateTo: "2025-12-31", first: 500, after: $after) {
        lines { date number amount { amount } runningBalance { amount } }
        pageInfo { hasNextPage endCursor } } }"""
    after, read = None, 0
    while True:
        body = await _graphql(app, headers, query, {"c": _gid("Customer", whale), "after": after})
        report = body["data"]["arLedger"]
        read += len(report["lines"])
        if not report["pageInfo"]["hasNextPage"]:
            return read
        after = report["pageInfo"]["endCursor"]


async def main() -> None:
    admin_url = os.environ.get(
        "REFUNDS_BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test"
    )
    keep = "--keep-db" in sys.argv[1:]
    # Runs in parallel do not collide, unless they keep (and share) the loaded database.
    name = "refunds_bench_reports" if keep else f"refunds_bench_{os.getpid()}"
    url = scratch.database_url(admin_url, name)
    reuse = keep and await _loaded(admin_url, url)
    if not reuse:
        await scratch.reset_database(admin_url, name, create=True)
    # The benchmark sends hundreds of report queries a minute with one token.
    settings = Settings(
        database_url=url + "?maxsize=10", log_level="WARNING", rate_limit_reports="100000/minute"
    )
    try:
        await migrations.upgrade(settings)
        app = create_app(settings, settle_collector=True)  # as `serve` runs it
        async with LifespanManager(app):
            if reuse:
                ids = await _ids(asyncpg_dsn(url))
                print(f"Reusing the loaded database {name} (--keep-db)")
            else:
                await users.create_user("bench", roles=("admin",))
                started = time.perf_counter()
                ids = await load_dataset(asyncpg_dsn(url))
                print(
                    f"Loaded {ids['customers']:,} customers, {ids['documents']:,} AR "
                    f"documents, {ids['refunds']:,} refunds, {ids['journal_lines']:,} journal "
                    f"lines in {time.perf_counter() - started:.1f} s"
                )
            token = (await users.issue_token("bench", "bench")).secret
            problems = await integrity.find_problems()
            print(f"Integrity check: {len(problems)} problem(s)")
            # The same session as the app's: its JIT setting (Settings.database_jit).
            raw = await asyncpg.connect(
                asyncpg_dsn(url), server_settings={} if settings.database_jit else {"jit": "off"}
            )
            headers = {"Authorization": f"Bearer {token}", "X-Entity": "US01"}
            db_log = logging.getLogger("tortoise.db_client")
            print(
                f"\nMedians of {RUNS} interleaved rounds; targets: first page raw <= 20 ms"
                " and app <= 1.5x raw + 3 ms, full ledger app <= 1.5x raw\n"
                f"{'report (first page of 100)':<34}{'raw ms':>10}{'app ms':>10}"
                f"{'app/raw':>9}{'spread':>13}{'stmts':>6}  target"
            )
            for label, (query, variables) in _queries(ids).items():
                capture = SqlCapture()
                db_log.addHandler(capture)
                db_log.setLevel(logging.DEBUG)
                db_log.propagate = False
                body = await _graphql(app, headers, query, variables)
                db_log.removeHandler(capture)
                db_log.setLevel(logging.WARNING)
                db_log.propagate = True
                if "errors" in body:
                    print(label, body["errors"], file=sys.stderr)
                    continue

                async def through_app(
                    query: str = query, variables: dict[str, Any] = variables
                ) -> None:
                    await _graphql(app, headers, query, variables)

                async def raw_sql(
                    statements: list[tuple[str, list[Any]]] = capture.statements,
                ) -> None:
                    for sql, values in statements:
                        await raw.fetch(sql, *values)

                result = await _compare(through_app, raw_sql)
                print(_row(label, result, len(capture.statements)), flush=True)
            capture = SqlCapture()
            db_log.addHandler(capture)
            db_log.setLevel(logging.DEBUG)
            db_log.propagate = False
            lines = await _whale_ledger(app, headers, ids["whale"])
            db_log.removeHandler(capture)
            db_log.setLevel(logging.WARNING)
            db_log.propagate = True

            async def whale() -> None:
                await _whale_ledger(app, headers, ids["whale"])

            async def whale_sql() -> None:
                for sql, values in capture.statements:
                    await raw.fetch(sql, *values)

            result = await _compare(whale, whale_sql)
            label = f"Full AR ledger, {lines:,} lines"
            print(_row(label, result, len(capture.statements), whole=True), flush=True)
            await raw.close()
    finally:
        if not keep:
            await scratch.reset_database(admin_url, name, create=False)


async def _loaded(admin_url: str, url: str) -> bool:
    """Whether the kept database exists and holds the whole dataset."""
    admin = await asyncpg.connect(asyncpg_dsn(admin_url))
    try:
        exists = await admin.fetchval(
            "SELECT 1 FROM pg_database WHERE datname = 'refunds_bench_reports'"
        )
    finally:
        await admin.close()
    if not exists:
        return False
    conn = await asyncpg.connect(asyncpg_dsn(url))
    try:
        return bool(
            await conn.fetchval(
                "SELECT to_regclass('customer') IS NOT NULL"
                " AND EXISTS (SELECT 1 FROM customer WHERE code = 'C-WHALE')"
            )
        )
    finally:
        await conn.close()


async def _ids(dsn: str) -> dict[str, int]:
    """What ``load_dataset`` returned, read back from a kept database."""
    conn = await asyncpg.connect(dsn)
    try:
        row = await conn.fetchrow(
            "SELECT (SELECT id FROM bank_account ORDER BY id LIMIT 1) AS bank,"
            " (SELECT id FROM customer WHERE code = 'C-WHALE') AS whale,"
            " (SELECT id FROM customer WHERE code = 'C-00042') AS typical"
        )
        if row is None:
            raise RuntimeError("the kept database is empty")
        return {key: int(value) for key, value in row.items()}
    finally:
        await conn.close()


if __name__ == "__main__":
    asyncio.run(main())
