"""Benchmark: CPU instructions per request of the app and of the raw handler, by callgrind.

    make bench-graphql-instructions
    make bench-graphql-instructions ARGS="--cases credits20,viewer --requests 50"

``make bench-graphql`` measures throughput under wrk, which swings with whatever else the
machine runs: on a shared 2-core machine the raw handler alone ranged 985-2,029 req/s
within one run. Callgrind counts the instructions the server process executes, which do
not swing: the same code, data and requests give the same count whatever else runs.

Both servers are the ones ``bench.graphql_hot`` serves (``python -m app serve --workers 1``
and ``bench.graphql_raw`` under uvicorn, on the same scratch database, checked to answer
the same bytes), each under ``valgrind --tool=callgrind`` with counting off. Per case and
side: warm-up requests, counters zeroed, counting on, N requests one after another on one
keep-alive connection, counting off, a dump; instructions per request is the dump's total
over N. It prints both and their ratio, app over raw: the CPU ratio the throughput ratio
tends to when the server is the bottleneck. Under callgrind the servers run some 50 times
slower, so the default N is small for the large cases. ``--keep-db`` keeps the database;
``--reuse-db`` uses one kept before (and the token of its ``partner``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

from app.db import asyncpg_dsn
from bench import graphql_data, scratch
from bench.graphql_cases import Case
from bench.graphql_hot import (
    DATABASE,
    Server,
    _cases,
    _free_port,
    _headers,
    _spawn,
    _wait_until_serving,
    build_database,
    check_same,
    json_style,
    stopping,
)

# Requests counted per case (the large ones are slow under callgrind); warm-up: a fifth.
REQUESTS = {"credits20": 100, "credits2000": 4, "list50": 10, "viewer": 100}
START_SECONDS = 600  # a server under callgrind imports everything some 50 times slower


@dataclass
class Count:
    case: str
    side: str
    requests: int
    instructions: int

    @property
    def per_request(self) -> float:
        return self.instructions / self.requests


def _callgrind(name: str, folder: Path) -> list[str]:
    return [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        f"--callgrind-out-file={folder / name}.callgrind",
    ]


async def start_app(database_url: str, folder: Path) -> Server:
    port = _free_port()
    env = {**os.environ, "DATABASE_URL": database_url, "REQUEST_TIMEOUT_SECONDS": "600"}
    command = [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port)]
    server = _spawn(
        "app",
        [*_callgrind("app", folder), *command, "--workers", "1"],
        env,
        folder / "app.log",
        port,
    )
    await _wait_until_serving(server, "/health", within=START_SECONDS)
    return server


async def start_raw(database_url: str, folder: Path, style: str) -> Server:
    port = _free_port()
    env = {**os.environ, "RAW_DSN": asyncpg_dsn(database_url), "RAW_JSON_STYLE": style}
    command = [sys.executable, "-m", "uvicorn", "bench.graphql_raw:create_app", "--factory"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--workers", "1"]
    command += ["--no-access-log", "--log-level", "warning"]
    server = _spawn("raw", [*_callgrind("raw", folder), *command], env, folder / "raw.log", port)
    await _wait_until_serving(server, "/", within=START_SECONDS)
    return server


def _control(server: Server, *flags: str) -> None:
    subprocess.run(  # noqa: S603 - valgrind's own tool, our server's pid
        ["callgrind_control", *flags, str(server.process.pid)],  # noqa: S607
        check=True,
        capture_output=True,
        timeout=120,
    )


def _dumps(folder: Path, side: str) -> set[Path]:
    return set(folder.glob(f"{side}.callgrind*"))


def _dumped_total(folder: Path, side: str, before: set[Path]) -> int:
    """The instruction total of the dump callgrind_control --dump just wrote (its
    ``totals:`` line; ``summary:`` is not kept up to date with counting toggled)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        for dump in sorted(_dumps(folder, side) - before):
            for line in dump.read_text(errors="replace").splitlines():
                if line.startswith("totals:"):
                    return int(line.split()[1])
        time.sleep(0.2)
    raise SystemExit(f"callgrind wrote no dump for {side} in {folder}")


async def count(
    server: Server, case: Case, data: graphql_data.Dataset, requests: int, folder: Path
) -> Count:
    body = json.dumps(case.body()).encode()
    async with httpx.AsyncClient(timeout=600) as http:

        async def send() -> None:
            response = await http.post(server.url, headers=_headers(data), content=body)
            if response.status_code != 200 or b'"errors"' in response.content:
                raise SystemExit(f"{server.name} answered {case.key} with {response.text[:300]}")

        for _ in range(max(2, requests // 5)):
            await send()
        before = _dumps(folder, server.name)
        _control(server, "--zero")
        _control(server, "--instr=on")
        for _ in range(requests):
            await send()
        _control(server, "--instr=off")
        _control(server, "--dump")
    return Count(case.key, server.name, requests, _dumped_total(folder, server.name, before))


def report(counts: list[Count]) -> None:
    print("\ncase          requests    app M instr/req    raw M instr/req    app/raw")
    by_case: dict[str, dict[str, Count]] = {}
    for item in counts:
        by_case.setdefault(item.case, {})[item.side] = item
    for key, sides in by_case.items():
        app, raw = sides["app"], sides["raw"]
        print(
            f"{key:<14}{app.requests:>8}{app.per_request / 1e6:>19.3f}"
            f"{raw.per_request / 1e6:>19.3f}{app.per_request / raw.per_request:>11.2f}x"
        )


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--cases",
        default="credits20,credits2000,list50,viewer",
        help="comma-separated: credits20, credits2000, list50, viewer",
    )
    parser.add_argument(
        "--requests", type=int, help="requests counted per case (default: per case)"
    )
    parser.add_argument("--keep-db", action="store_true", help="keep the scratch database")
    parser.add_argument("--reuse-db", action="store_true", help="use the database kept before")
    return parser.parse_args(argv)


async def _dataset(url: str, admin_url: str, reuse: bool) -> graphql_data.Dataset:
    if reuse:
        return await graphql_data.reopen(url)
    await scratch.reset_database(admin_url, DATABASE, create=True)
    return await build_database(url)


async def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    admin_url = os.environ.get(
        "REFUNDS_BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test"
    )
    url = scratch.database_url(admin_url, DATABASE)
    folder = Path(tempfile.mkdtemp(prefix="bench-instructions-"))
    try:
        data = await _dataset(url, admin_url, args.reuse_db)
        every = _cases(data)
        unknown = set(args.cases.split(",")) - set(every)
        if unknown:
            raise SystemExit(f"unknown cases: {', '.join(sorted(unknown))}")
        cases = [every[key] for key in args.cases.split(",")]
        print("Starting the app and the raw handler under callgrind (a minute or more)...")
        app = await start_app(url, folder)
        with stopping(app):
            async with httpx.AsyncClient(timeout=600) as http:
                viewer = every["viewer"]
                first = await http.post(
                    app.url, headers=_headers(data), content=json.dumps(viewer.body()).encode()
                )
            raw = await start_raw(url, folder, json_style(first.content))
            with stopping(raw):
                counts: list[Count] = []
                for case in cases:
                    answers = []
                    for server in (app, raw):
                        async with httpx.AsyncClient(timeout=600) as http:
                            response = await http.post(
                                server.url,
                                headers=_headers(data),
                                content=json.dumps(case.body()).encode(),
                            )
                        answers.append((response.status_code, response.content))
                    check_same(case, answers[0], answers[1])
                    requests = args.requests or REQUESTS[case.key]
                    for server in (app, raw):
                        counts.append(await count(server, case, data, requests, folder))
                        print(
                            f"  {case.key} {server.name}: "
                            f"{counts[-1].per_request / 1e6:.3f} M instructions per request",
                            flush=True,
                        )
        report(counts)
    finally:
        if args.keep_db or args.reuse_db:
            print(f"\nKept database {url}")
        else:
            await scratch.reset_database(admin_url, DATABASE, create=False)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    asyncio.run(main())
