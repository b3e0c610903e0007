"""Benchmark: a CSV import of refunds over HTTP (POST /api/v1/imports/customer-refunds, as a
text/csv body and as a multipart upload, through the ASGI app) against the same importer
called in-process with the same size of file (what the CLI does): what the HTTP adapter
costs (auth, spooling the upload, storing nothing but the run: the files import whole).

    make bench-http-import    (BENCH_HTTP_IMPORT_REFUNDS=2000 refunds of 3 rows per file,
                               BENCH_HTTP_IMPORT_REPS=3; REFUNDS_BENCH_POSTGRES_URL for
                               PostgreSQL, which runs after SQLite)

Each repetition imports one fresh file in each of the three ways, in a rotating order (the
machine is shared and noisy); rows per second of each, and the ratio HTTP / in-process as
the median with the range over the repetitions.
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
from pathlib import Path

import httpx
from tortoise import Tortoise

from app import migrations
from app.csv import importing
from app.db import init_orm
from app.main import create_app
from app.services import users
from app.services.access import Principal, Scope
from app.settings import Settings
from bench import scratch
from bench.imports import ROWS_PER_REFUND, _credits, _world, _write_file

MODES = ("in-process", "text/csv", "multipart")


def _file(prefix: str, count: int) -> bytes:
    """The refunds file of bench.imports, as the bytes an upload sends."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "refunds.csv"
        _write_file(path, prefix, count)
        return path.read_bytes()


async def _direct(actor: Principal, scope: Scope, content: bytes) -> importing.Summary:
    return await importing.import_file(
        actor, scope, "customer-refunds", io.BytesIO(content), file_name="bench.csv"
    )


async def _over_http(http: httpx.AsyncClient, token: str, mode: str, content: bytes) -> int:
    headers = {"Authorization": f"Bearer {token}", "X-Entity": "US01"}
    path = "/api/v1/imports/customer-refunds"
    if mode == "multipart":
        answer = await http.post(
            path, files={"file": ("bench.csv", content, "text/csv")}, headers=headers
        )
    else:
        answer = await http.post(
            path, content=content, headers=headers | {"Content-Type": "text/csv"}
        )
    if answer.status_code != 201:
        raise RuntimeError(f"HTTP import refused: {answer.status_code} {answer.text[:300]}")
    summary = answer.json()
    if summary["refusedRows"]:
        raise RuntimeError(f"the benchmark file was not imported whole: {summary}")
    return int(summary["rowsRead"])


async def _bench(label: str, url: str, count: int, reps: int) -> None:
    settings = Settings(database_url=url, log_level="WARNING")
    await migrations.upgrade(settings)
    await init_orm(settings)
    try:
        actor, scope = await _world()
        token = (await users.issue_token("bench", "bench")).secret
        app = create_app(settings, manage_database=False)
        rates: dict[str, list[float]] = {mode: [] for mode in MODES}
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://bench", timeout=600
        ) as http:
            for rep in range(reps):
                order = MODES[rep % 3 :] + MODES[: rep % 3]
                for mode in order:
                    prefix = f"{mode[0].upper()}{rep}"
                    await _credits(prefix, count)
                    content = _file(prefix, count)
                    started = time.perf_counter()
                    if mode == "in-process":
                        rows = (await _direct(actor, scope, content)).rows_read
                    else:
                        rows = await _over_http(http, token, mode, content)
                    rates[mode].append(rows / (time.perf_counter() - started))
        base = rates["in-process"]
        print(f"{label:<11} rows/s, {count * ROWS_PER_REFUND:,} rows per file, {reps} reps:")
        for mode in MODES:
            ratios = [r / b for r, b in zip(rates[mode], base, strict=True)]
            print(
                f"  {mode:<11} {statistics.median(rates[mode]):>8,.0f} "
                f"({', '.join(f'{r:,.0f}' for r in rates[mode])})  "
                f"/ in-process {statistics.median(ratios):.2f}x "
                f"[{min(ratios):.2f}-{max(ratios):.2f}]"
            )
    finally:
        await Tortoise.close_connections()


async def main(backend: str) -> None:
    count = int(os.environ.get("BENCH_HTTP_IMPORT_REFUNDS", "2000"))
    reps = int(os.environ.get("BENCH_HTTP_IMPORT_REPS", "3"))
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            await _bench("SQLite", f"sqlite://{Path(folder) / 'bench.sqlite3'}", count, reps)
        return
    admin_url = os.environ.get(
        "REFUNDS_BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test"
    )
    name = "refunds_bench_http_import"
    await scratch.reset_database(admin_url, name, create=True)
    try:
        await _bench("PostgreSQL", scratch.database_url(admin_url, name), count, reps)
    finally:
        await scratch.reset_database(admin_url, name, create=False)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        asyncio.run(main(sys.argv[1]))
    else:
        # aerich keeps its state in class attributes: one process per database.
        for each in ("sqlite", "postgres"):
            subprocess.run([sys.executable, "-m", "bench.http_imports", each], check=True)  # noqa: S603
