"""Benchmark: CSV import of refunds against posting the same refunds one by one through the
services, on SQLite and PostgreSQL, with the import's peak memory at two file sizes.

    REFUNDS_BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test make bench-import
    (BENCH_IMPORT_REFUNDS=10000 by default; the large file has ten times as many rows)

For each database: a scratch database (PostgreSQL: ``refunds_bench_import``, dropped at the
end; SQLite: a temporary file), migrated; a company with refunds enabled; three advance
credits per refund, bulk-inserted. Then, alternating twice, (a) a CSV file of N refunds of
3 rows each imported through ``app.csv.importing`` and (b) N other refunds of 3 credits
each posted one by one through ``refunds.record`` (what a script calling the services
would do). Rows per second for each, and the import's peak rise in resident memory;
finally the 10x file, whose peak must stay within 1.2x of the small one's (rows are
streamed, only keys are kept).
"""

from __future__ import annotations

import asyncio
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from tortoise import Tortoise

from app import migrations, setup_file
from app.csv import importing
from app.db import init_orm
from app.services import refunds, users
from app.services.access import Principal, Scope
from app.settings import Settings
from bench.reports import _database, _reset_database
from models import Advance, ArCredit, BankAccount, Customer, Entity
from models.enums import CreditKind

CUSTOMERS = 500
ROWS_PER_REFUND = 3
PLAN: dict[str, Any] = {
    "company": {"name": "Bench Co"},
    "entities": [{"code": "US01", "name": "US", "base_currency": "USD"}],
    "gl_accounts": [
        {"number": "1000", "title": "Cash", "kind": "asset"},
        {"number": "1200", "title": "AR", "kind": "asset"},
    ],
    "journals": [{"symbol": "ARJ", "title": "AR"}, {"symbol": "RFJ", "title": "Refunds"}],
    "bank_accounts": [
        {
            "code": "US-OPER",
            "name": "Operating",
            "currency": "USD",
            "gl_account": "1000",
            "entity": "US01",
        }
    ],
    "ar_configuration": [
        {"ar_journal": "ARJ", "ar_control_account": "1200"},
        {
            "entity": "US01",
            "refund_journal": "RFJ",
            "refund_sequence": {"prefix": "RF-", "next_number": 1, "padding": 8},
            "refunds_enabled": True,
        },
    ],
}


async def _world() -> tuple[Principal, Scope]:
    await users.ensure_builtin_roles()
    user = await users.create_user("bench", roles=("admin",))
    actor = await users.principal_of(user)
    outcome = await setup_file.apply(actor, PLAN)
    if outcome.refused:
        raise RuntimeError(f"setup refused: {outcome.refused}")
    entity = await Entity.get(code="US01")
    await Customer.bulk_create(
        [Customer(code=f"C-{n:04d}", name=f"Customer {n}", entity=entity) for n in range(CUSTOMERS)]
    )
    return actor, Scope(entity=entity)


async def _credits(prefix: str, refunds_count: int) -> dict[int, list[tuple[int, str]]]:
    """Three 10.00 advance credits per refund, bulk-inserted: refund -> (credit id, number)."""
    entity = await Entity.get(code="US01")
    bank = await BankAccount.get(code="US-OPER")
    customers = [c.id for c in await Customer.all().order_by("id")]
    day = date(2026, 9, 1)
    made: dict[int, list[tuple[int, str]]] = {}
    batch = 3000
    numbers = [
        (n, k, f"{prefix}-{n}-{k}") for n in range(refunds_count) for k in range(ROWS_PER_REFUND)
    ]
    for start in range(0, len(numbers), batch):
        part = numbers[start : start + batch]
        await Advance.bulk_create(
            [
                Advance(
                    number=number,
                    entity_id=entity.id,
                    customer_id=customers[n % CUSTOMERS],
                    bank_account_id=bank.id,
                    document_date=day,
                    currency="USD",
                    amount_minor=1000,
                )
                for n, _, number in part
            ]
        )
        wanted = [p[2] for p in part]
        ids = dict(await Advance.filter(number__in=wanted).values_list("number", "id"))
        await ArCredit.bulk_create(
            [
                ArCredit(
                    kind=CreditKind.ADVANCE,
                    entity_id=entity.id,
                    customer_id=customers[n % CUSTOMERS],
                    currency="USD",
                    document_number=number,
                    document_date=day,
                    original_minor=1000,
                    open_minor=1000,
                    advance_id=ids[number],
                )
                for n, _, number in part
            ]
        )
        found = dict(
            await ArCredit.filter(document_number__in=[p[2] for p in part]).values_list(
                "document_number", "id"
            )
        )
        for n, _, number in part:
            made.setdefault(n, []).append((found[number], number))
    return made


def _file(prefix: str, count: int) -> bytes:
    lines = [
        "refund_key,state,customer,bank_account,currency,payment_date,reference,memo,"
        "credit_document,credit_type,amount"
    ]
    for n in range(count):
        for k in range(ROWS_PER_REFUND):
            lines.append(
                f"{prefix}-R{n},posted,C-{n % CUSTOMERS:04d},US-OPER,USD,2026-10-01,"
                f"REF-{prefix}-{n},,{prefix}-{n}-{k},advance,7.00"
            )
    return ("\n".join(lines) + "\n").encode()


def _rss() -> int:
    """Resident memory of this process, in bytes (Linux)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


async def _import(actor: Principal, scope: Scope, content: bytes) -> tuple[float, int]:
    """Rows per second, and how far resident memory rose above where it started (sampled
    every 20 ms; tracemalloc would slow the import it measures several times over)."""
    start, peak = _rss(), 0
    done = asyncio.Event()

    async def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _rss() - start)
            await asyncio.sleep(0.02)

    sampler = asyncio.create_task(sample())
    started = time.perf_counter()
    summary = await importing.import_file(
        actor, scope, "customer-refunds", io.BytesIO(content), file_name="bench.csv"
    )
    elapsed = time.perf_counter() - started
    done.set()
    await sampler
    if summary.refused_groups or summary.posted * ROWS_PER_REFUND != summary.rows_read:
        raise RuntimeError(f"the benchmark file was not imported whole: {summary}")
    return summary.rows_read / elapsed, max(peak, 1)


async def _one_by_one(
    actor: Principal, scope: Scope, credits: dict[int, list[tuple[int, str]]]
) -> float:
    customers = dict(await Customer.all().values_list("code", "id"))
    bank = await BankAccount.get(code="US-OPER")
    started = time.perf_counter()
    for n, taken in credits.items():
        await refunds.record(
            actor,
            scope,
            refunds.RefundInput(
                customer_id=customers[f"C-{n % CUSTOMERS:04d}"],
                bank_account_id=bank.id,
                currency="USD",
                payment_date=date(2026, 10, 1),
                reference=f"ONE-{n}",
            ),
            [refunds.AllocationInput(credit_id=credit_id, amount="7.00") for credit_id, _ in taken],
        )
    return len(credits) * ROWS_PER_REFUND / (time.perf_counter() - started)


async def _bench(label: str, url: str, count: int) -> None:
    settings = Settings(database_url=url, log_level="WARNING")
    await migrations.upgrade(settings)
    await init_orm(settings)
    try:
        actor, scope = await _world()
        imported, posted, peaks = [], [], []
        for rep in range(2):
            for prefix in (f"I{rep}", f"S{rep}"):
                credits = await _credits(prefix, count)
                if prefix.startswith("I"):
                    rate, peak = await _import(actor, scope, _file(prefix, count))
                    imported.append(rate)
                    peaks.append(peak)
                else:
                    posted.append(await _one_by_one(actor, scope, credits))
        await _credits("L", count * 10)
        large_rate, large_peak = await _import(actor, scope, _file("L", count * 10))
        small_peak = max(peaks)
        print(
            f"{label:<11} import {statistics.median(imported):>8,.0f} rows/s "
            f"({', '.join(f'{r:,.0f}' for r in imported)}); one by one through the services "
            f"{statistics.median(posted):>8,.0f} rows/s "
            f"({', '.join(f'{r:,.0f}' for r in posted)}); "
            f"ratio {statistics.median(imported) / statistics.median(posted):.2f}x"
        )
        print(
            f"{'':<11} peak memory: {count * ROWS_PER_REFUND:,} rows {small_peak / 2**20:.1f} MiB, "
            f"{count * ROWS_PER_REFUND * 10:,} rows {large_peak / 2**20:.1f} MiB "
            f"({large_peak / small_peak:.2f}x; must be <= 1.2x) at {large_rate:,.0f} rows/s"
        )
    finally:
        await Tortoise.close_connections()


async def main(backend: str) -> None:
    count = int(os.environ.get("BENCH_IMPORT_REFUNDS", "10000"))
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            await _bench("SQLite", f"sqlite://{Path(folder) / 'bench.sqlite3'}", count)
        return
    admin_url = os.environ.get(
        "REFUNDS_BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test"
    )
    name = "refunds_bench_import"
    await _reset_database(admin_url, name, create=True)
    try:
        await _bench("PostgreSQL", _database(admin_url, name), count)
    finally:
        await _reset_database(admin_url, name, create=False)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        asyncio.run(main(sys.argv[1]))
    else:
        # aerich keeps its state in class attributes: one process per database.
        refunds_count = int(os.environ.get("BENCH_IMPORT_REFUNDS", "10000"))
        print(
            f"{refunds_count:,} refunds of {ROWS_PER_REFUND} rows per file, twice, and a 10x file"
        )
        for each in ("sqlite", "postgres"):
            subprocess.run([sys.executable, "-m", "bench.imports", each], check=True)  # noqa: S603
