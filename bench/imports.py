"""Benchmark: CSV import of refunds against posting the same refunds one by one through the
services, on SQLite and PostgreSQL, with the import's peak memory at two file sizes.

    make bench-import                      # 10,000 refunds x 3 rows, and a 100,000-row file
    make bench-import BENCH_IMPORT_ARGS="--refunds 300 --large-rows 9000 --repeats 3"
    python -m bench.imports --help

For each database: a scratch database (PostgreSQL: ``refunds_bench_import`` on
``REFUNDS_BENCH_POSTGRES_URL``, dropped at the end; SQLite: a temporary file), migrated; a
company with refunds enabled; three 10.00 advance credits per refund, bulk-inserted before
anything is timed. Then, ``--repeats`` times, alternately: (a) a CSV file of N refunds of 3
rows each, written to disk and streamed from it by ``app.csv.importing`` and (b) N other
refunds of the same shape posted one by one through ``refunds.record`` (what a script
calling the services would do). Each is a process of its own, so each starts from the same
state and its peak resident memory (``getrusage``'s ``ru_maxrss``) is its own; rows per
second are timed inside it, start-up excluded. It prints both rates, their ratio per repeat
(median, min and max: the machine is shared and noisy), and the import's peak memory for
that file and for the large one (``--large-rows``), which must stay within 1.2x.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable
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
from bench import scratch
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


def _write_file(path: Path, prefix: str, count: int) -> None:
    """The file of ``count`` refunds, written row by row (never whole in memory)."""
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(
            "refund_key,state,customer,bank_account,currency,payment_date,reference,memo,"
            "credit_document,credit_type,amount\n"
        )
        for n in range(count):
            for k in range(ROWS_PER_REFUND):
                out.write(
                    f"{prefix}-R{n},posted,C-{n % CUSTOMERS:04d},US-OPER,USD,2026-10-01,"
                    f"REF-{prefix}-{n},,{prefix}-{n}-{k},advance,7.00\n"
                )


def _rss() -> int:
    """Resident memory of this process now, in bytes (Linux)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _peak_rss() -> int:
    """The most resident memory this process has had, in bytes (Linux: ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


async def _connect(url: str) -> tuple[Principal, Scope]:
    await init_orm(Settings(database_url=url, log_level="WARNING"))
    actor = await users.principal_of(await users.get_user("bench"))
    return actor, Scope(entity=await Entity.get(code="US01"))


async def _work_import(url: str, path: Path) -> dict[str, Any]:
    actor, scope = await _connect(url)
    before = _rss()
    started = time.perf_counter()
    with path.open("rb") as stream:
        summary = await importing.import_file(
            actor, scope, "customer-refunds", stream, file_name=path.name
        )
    elapsed = time.perf_counter() - started
    if summary.refused_groups or summary.posted * ROWS_PER_REFUND != summary.rows_read:
        raise RuntimeError(f"the benchmark file was not imported whole: {summary}")
    return {"rows": summary.rows_read, "seconds": elapsed, "before": before, "peak": _peak_rss()}


async def _work_one_by_one(url: str, prefix: str) -> dict[str, Any]:
    actor, scope = await _connect(url)
    customers = dict(await Customer.all().values_list("code", "id"))
    bank = await BankAccount.get(code="US-OPER")
    taken: dict[int, list[int]] = {}
    for number, credit_id in await ArCredit.filter(
        document_number__startswith=f"{prefix}-"
    ).values_list("document_number", "id"):
        taken.setdefault(int(str(number).split("-")[1]), []).append(int(credit_id))
    before = _rss()
    started = time.perf_counter()
    for n in sorted(taken):
        await refunds.record(
            actor,
            scope,
            refunds.RefundInput(
                customer_id=customers[f"C-{n % CUSTOMERS:04d}"],
                bank_account_id=bank.id,
                currency="USD",
                payment_date=date(2026, 10, 1),
                reference=f"ONE-{prefix}-{n}",
            ),
            [refunds.AllocationInput(credit_id=c, amount="7.00") for c in sorted(taken[n])],
        )
    elapsed = time.perf_counter() - started
    rows = sum(len(credit_ids) for credit_ids in taken.values())
    return {"rows": rows, "seconds": elapsed, "before": before, "peak": _peak_rss()}


async def _work_setup(url: str, plan: list[tuple[str, int]]) -> dict[str, Any]:
    """Migrate, the company, and the credits every file and run of the plan will take."""
    settings = Settings(database_url=url, log_level="WARNING")
    await migrations.upgrade(settings)
    await init_orm(settings)
    await _world()
    for prefix, count in plan:
        await _credits(prefix, count)
    return {}


def _worker(argv: list[str]) -> None:
    what, url, *rest = argv
    work: Awaitable[dict[str, Any]]
    if what == "setup":
        plan = [(p, int(c)) for p, c in zip(rest[::2], rest[1::2], strict=True)]
        work = _work_setup(url, plan)
    elif what == "import":
        work = _work_import(url, Path(rest[0]))
    else:
        work = _work_one_by_one(url, rest[0])

    async def run() -> dict[str, Any]:
        try:
            return await work
        finally:
            await Tortoise.close_connections()

    print(json.dumps(asyncio.run(run())))


def _in_process(*args: str) -> dict[str, Any]:
    """One step in a process of its own (aerich keeps state in class attributes, and each
    step's peak memory is its own); its result is the last line it prints."""
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "bench.imports", "--worker", *args],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _rate(result: dict[str, Any]) -> float:
    return float(result["rows"]) / float(result["seconds"])


def _mib(value: float) -> str:
    return f"{value / 2**20:.1f} MiB"


def _bench(label: str, url: str, options: argparse.Namespace, folder: Path) -> None:
    count, repeats = options.refunds, options.repeats
    large = -(-options.large_rows // ROWS_PER_REFUND)  # refunds, rounded up
    plan = [(f"I{r}", count) for r in range(repeats)] + [(f"S{r}", count) for r in range(repeats)]
    plan += [("L", large)]
    started = time.perf_counter()
    _in_process("setup", url, *(str(x) for step in plan for x in step))
    print(f"{label}: set up in {time.perf_counter() - started:.0f} s", flush=True)
    imported: list[dict[str, Any]] = []
    posted: list[dict[str, Any]] = []
    for r in range(repeats):
        order = ("import", "one-by-one") if r % 2 == 0 else ("one-by-one", "import")
        for step in order:
            if step == "import":
                path = folder / f"I{r}.csv"
                _write_file(path, f"I{r}", count)
                imported.append(_in_process("import", url, str(path)))
                path.unlink()
            else:
                posted.append(_in_process("one-by-one", url, f"S{r}"))
        print(
            f"  repeat {r + 1}: import {_rate(imported[-1]):,.1f} rows/s, one by one "
            f"{_rate(posted[-1]):,.1f} rows/s",
            flush=True,
        )
    path = folder / "L.csv"
    _write_file(path, "L", large)
    big = _in_process("import", url, str(path))
    path.unlink()
    ratios = [_rate(i) / _rate(p) for i, p in zip(imported, posted, strict=True)]
    small_peak = max(int(i["peak"]) for i in imported)
    small_rise = max(int(i["peak"]) - int(i["before"]) for i in imported)
    big_rise = int(big["peak"]) - int(big["before"])
    print(
        f"{label:<11} {count:,} refunds x {ROWS_PER_REFUND} rows, {repeats} repeats, "
        f"interleaved:\n"
        f"  import      {statistics.median(map(_rate, imported)):>9,.1f} rows/s (median of "
        f"{', '.join(f'{_rate(i):,.1f}' for i in imported)})\n"
        f"  one by one  {statistics.median(map(_rate, posted)):>9,.1f} rows/s (median of "
        f"{', '.join(f'{_rate(p):,.1f}' for p in posted)})\n"
        f"  ratio import / one by one: median {statistics.median(ratios):.2f}x "
        f"(min {min(ratios):.2f}x, max {max(ratios):.2f}x)\n"
        f"  peak memory of the import process: {count * ROWS_PER_REFUND:,} rows "
        f"{_mib(small_peak)} (rise during the import {_mib(small_rise)}); "
        f"{int(big['rows']):,} rows {_mib(int(big['peak']))} (rise {_mib(big_rise)}) at "
        f"{_rate(big):,.1f} rows/s -> {int(big['peak']) / small_peak:.2f}x "
        f"(must be <= 1.2x)",
        flush=True,
    )


def main(argv: list[str]) -> None:
    if argv[:1] == ["--worker"]:
        _worker(argv[1:])
        return
    parser = argparse.ArgumentParser(prog="python -m bench.imports", description=__doc__)
    parser.add_argument(
        "--refunds",
        type=int,
        default=int(os.environ.get("BENCH_IMPORT_REFUNDS", "10000")),
        help="refunds per file and per one-by-one run (default 10000)",
    )
    parser.add_argument(
        "--large-rows", type=int, default=100_000, help="rows of the large file (100000)"
    )
    parser.add_argument("--repeats", type=int, default=2, help="import/one-by-one pairs (2)")
    parser.add_argument(
        "--backends", default="sqlite,postgres", help="sqlite,postgres (default both)"
    )
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for backend in options.backends.split(","):
            if backend == "sqlite":
                _bench("SQLite", f"sqlite://{folder / 'bench.sqlite3'}", options, folder)
                continue
            admin_url = os.environ.get(
                "REFUNDS_BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test"
            )
            database = "refunds_bench_import"
            asyncio.run(scratch.reset_database(admin_url, database, create=True))
            try:
                _bench("PostgreSQL", scratch.database_url(admin_url, database), options, folder)
            finally:
                asyncio.run(scratch.reset_database(admin_url, database, create=False))


if __name__ == "__main__":
    main(sys.argv[1:])
