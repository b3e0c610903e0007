"""Benchmark: the GraphQL hot path of the served app against a raw Starlette + asyncpg handler.

    REFUNDS_BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test make bench-graphql
    make bench-graphql ARGS="--duration 5 --repeat 3 --cases credits20 --profile"

What it does (issue 14):

1. Creates a scratch PostgreSQL database (dropped at the end unless ``--keep-db``), migrates
   it with the app's migrations and fills it through the app's services and the test
   factories (``bench.graphql_data``).
2. Serves the real app (``python -m app serve --workers 1``) and the raw baseline
   (``bench.graphql_raw`` under uvicorn, one worker), each in its own process on loopback,
   first through a counting PostgreSQL proxy (``bench.pg_wire``): it checks that both answer
   every case with the same bytes (a diff, and exit 1, if not) and counts the SQL statements
   and round trips each sends per request. Then both are served again, straight on
   PostgreSQL, for the load.
3. For each case, loads each server with wrk (``-t2 -c32``, POST from a Lua script, the
   same body and headers), ``--repeat`` times each, app and raw interleaved (the order
   alternating), each run ``--duration`` seconds after one warm-up run per side; reads the
   server process's CPU time (``/proc/PID/stat``) before and after each run.
4. Prints per case and side: requests/s, p50 and p99 latency, server CPU per request
   (medians, with min-max), statements and round trips per request, and app/raw: the
   throughput ratio of each interleaved pair (median, min-max) and the CPU ratio.
5. ``--profile``: one more 20-credit run of the app under py-spy, summed by component.

The raw side serialises with the standard library's json whatever the app uses, so it
stays the same baseline before and after changes to the app.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import difflib
import io
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
from strawberry.relay import to_base64
from tortoise import Tortoise

from app import migrations
from app.db import asyncpg_dsn, init_orm
from app.services.paging import NESTED_LIST_MAX
from app.settings import Settings
from bench import graphql_data, scratch
from bench.graphql_cases import CUSTOMER_CREDITS, CUSTOMERS_LIST, LIST_NESTED, VIEWER, Case
from bench.pg_wire import CountingProxy

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "refunds_bench_graphql"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
COUNTED_REQUESTS = 5
MAX_RUN_SECONDS = 30


def _cases(data: graphql_data.Dataset) -> dict[str, Case]:
    large_first = min(graphql_data.LARGE_CREDITS, NESTED_LIST_MAX)
    return {
        "credits20": Case(
            "credits20",
            f"customer with {graphql_data.SMALL_CREDITS} eligible credits",
            CUSTOMER_CREDITS,
            {"id": to_base64("Customer", data.small_customer_id), "first": 100},
        ),
        "credits2000": Case(
            "credits2000",
            f"customer with {graphql_data.LARGE_CREDITS:,} eligible credits, first "
            f"{large_first:,}"
            + (
                f" (eligibleCredits takes at most {NESTED_LIST_MAX:,} and has no paging)"
                if large_first < graphql_data.LARGE_CREDITS
                else ""
            ),
            CUSTOMER_CREDITS,
            {"id": to_base64("Customer", data.large_customer_id), "first": large_first},
        ),
        "list50": Case(
            "list50",
            f"customers list of {graphql_data.LIST_CUSTOMERS} with balance, "
            f"{LIST_NESTED} credits and {LIST_NESTED} documents each",
            CUSTOMERS_LIST,
            {"first": graphql_data.LIST_CUSTOMERS, "nested": LIST_NESTED},
        ),
        "viewer": Case("viewer", "viewer (user, permissions, menu, entities)", VIEWER, {}),
    }


# --- the database -----------------------------------------------------------------------


async def build_database(url: str) -> graphql_data.Dataset:
    settings = Settings(database_url=url, log_level="WARNING")
    await migrations.upgrade(settings)
    await init_orm(Settings(database_url=url + "?maxsize=8", log_level="WARNING"))
    try:
        return await graphql_data.build()
    finally:
        await Tortoise.close_connections()


# --- the servers ------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Server:
    name: str
    process: subprocess.Popen[bytes]
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/graphql"

    def cpu_seconds(self) -> float:
        """User + system CPU time of the server process so far."""
        stat = Path(f"/proc/{self.process.pid}/stat").read_text()
        fields = stat.rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log_tail(self) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-30:])
        return ""


async def _wait_until_serving(server: Server, path: str, within: float = 60) -> None:
    deadline = time.monotonic() + within
    async with httpx.AsyncClient() as http:
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                break
            with contextlib.suppress(httpx.HTTPError):
                response = await http.get(f"http://127.0.0.1:{server.port}{path}", timeout=2)
                if response.status_code < 500:
                    return
            await asyncio.sleep(0.2)
    server.stop()
    raise SystemExit(f"{server.name} did not start; its log ends with:\n{server.log_tail()}")


def _spawn(name: str, command: list[str], env: dict[str, str], log: Path, port: int) -> Server:
    with log.open("wb") as errors:
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and modules
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=errors
        )
    return Server(name, process, port, log)


async def start_app(database_url: str, logs: Path, label: str) -> Server:
    """``python -m app serve`` with one worker, configured as deployed (logs included)."""
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        # Under wrk's 32 connections a slow case queues for seconds: the request deadline
        # and the wait for a pooled connection are for stuck databases, not for this
        # queue, and their 503s would void the run. Nothing else differs from a deployment.
        "REQUEST_TIMEOUT_SECONDS": "300",
        "DATABASE_ACQUIRE_TIMEOUT_SECONDS": "120",
    }
    command = [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port)]
    server = _spawn("app", [*command, "--workers", "1"], env, logs / f"app-{label}.log", port)
    await _wait_until_serving(server, "/health")
    return server


async def start_raw(database_url: str, logs: Path, label: str, json_style: str) -> Server:
    """The raw handler under uvicorn (one worker, its default loop and HTTP parser)."""
    port = _free_port()
    env = {**os.environ, "RAW_DSN": asyncpg_dsn(database_url), "RAW_JSON_STYLE": json_style}
    command = [sys.executable, "-m", "uvicorn", "bench.graphql_raw:create_app", "--factory"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--workers", "1"]
    command += ["--no-access-log", "--log-level", "warning"]
    server = _spawn("raw", command, env, logs / f"raw-{label}.log", port)
    await _wait_until_serving(server, "/")
    return server


@contextlib.contextmanager
def stopping(*servers: Server) -> Iterator[None]:
    try:
        yield
    finally:
        for server in servers:
            server.stop()


# --- one request ------------------------------------------------------------------------


def _headers(data: graphql_data.Dataset) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {data.token}",
        "X-Entity": data.entity_code,
        "Content-Type": "application/json",
    }


async def fetch(server: Server, case: Case, data: graphql_data.Dataset) -> tuple[int, bytes]:
    async with httpx.AsyncClient(timeout=120) as http:
        response = await http.post(
            server.url, headers=_headers(data), content=json.dumps(case.body()).encode()
        )
        return response.status_code, response.content


def json_style(body: bytes) -> str:
    """The separators the app's JSON uses: compact (",", ":") or json.dumps' default."""
    decoded = json.loads(body)
    if json.dumps(decoded, separators=(",", ":")).encode() == body:
        return "compact"
    if json.dumps(decoded).encode() == body:
        return "spaced"
    raise SystemExit("The app's JSON is neither compact nor json.dumps' default: cannot match it.")


def check_same(case: Case, app: tuple[int, bytes], raw: tuple[int, bytes]) -> None:
    if app == raw:
        return
    print(f"\nFAIL {case.key}: the app and the raw handler answer differently", file=sys.stderr)
    print(f"  status {app[0]} vs {raw[0]}, {len(app[1])} vs {len(raw[1])} bytes", file=sys.stderr)

    def pretty(body: bytes) -> list[str]:
        try:
            return json.dumps(json.loads(body), indent=1).splitlines()
        except ValueError:
            return body.decode(errors="replace").splitlines()

    diff = list(difflib.unified_diff(pretty(app[1]), pretty(raw[1]), "app", "raw", lineterm=""))
    print("\n".join(diff[:80]) or "  (same JSON, different bytes)", file=sys.stderr)
    if not diff:
        print(f"  app: {app[1][:300]!r}\n  raw: {raw[1][:300]!r}", file=sys.stderr)
    raise SystemExit(1)


# --- counting statements -------------------------------------------------------------------


@dataclass
class SqlCount:
    statements: float
    round_trips: float
    prepares: float
    texts: Counter[str]
    alone_ms: float  # one request alone (through the proxy), median


async def count_sql(
    server: Server, proxy: CountingProxy, case: Case, data: graphql_data.Dataset
) -> SqlCount:
    for _ in range(3):  # warm: caches, prepared statements, the last-used write
        await fetch(server, case, data)
    await asyncio.sleep(0.2)
    proxy.counts.reset()
    timings = []
    for _ in range(COUNTED_REQUESTS):
        started = time.perf_counter()
        status, _body = await fetch(server, case, data)
        timings.append((time.perf_counter() - started) * 1000)
        if status != 200:
            raise SystemExit(f"{server.name} answered {status} to {case.key}")
    counts = proxy.counts
    n = COUNTED_REQUESTS
    return SqlCount(
        counts.statements / n,
        counts.round_trips / n,
        counts.prepares / n,
        Counter(counts.texts),
        statistics.median(timings),
    )


# --- load -------------------------------------------------------------------------------


def wrk_script(case: Case, data: graphql_data.Dataset, folder: Path) -> Path:
    body = json.dumps(case.body())
    if "]==]" in body:
        raise ValueError("body cannot be quoted in Lua")
    lines = ['wrk.method = "POST"', f"wrk.body = [==[{body}]==]"]
    lines += [f'wrk.headers["{k}"] = "{v}"' for k, v in _headers(data).items()]
    path = folder / f"{case.key}.lua"
    path.write_text("\n".join(lines) + "\n")
    return path


@dataclass
class Run:
    rps: float  # requests served per second the server was busy (see load)
    uncertainty: float  # the share of rps that may be requests dropped unfinished
    wrk_rps: float  # wrk's own Requests/sec: completed within the run
    p50_ms: float
    p99_ms: float
    cpu_ms: float
    requests: int
    errors: int
    error_lines: list[str]


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if match is None:
        raise ValueError(text)
    return float(match.group(1)) * _UNITS[match.group(2)]


def _number(pattern: str, output: str) -> str:
    found = re.search(pattern, output, re.M)
    if found is None:
        raise SystemExit(f"wrk said something unexpected:\n{output}")
    return found.group(1)


def parse_wrk(output: str) -> tuple[float, float, float, int, int]:
    requests = int(_number(r"(\d+) requests in", output))
    rps = float(_number(r"Requests/sec:\s+([\d.]+)", output))
    p50 = _ms(_number(r"^\s+50%\s+(\S+)", output)) if requests else float("nan")
    p99 = _ms(_number(r"^\s+99%\s+(\S+)", output)) if requests else float("nan")
    errors = 0
    if found := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        errors += int(found.group(1))
    if found := re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    ):
        errors += sum(int(n) for n in found.groups())
    return rps, p50, p99, requests, errors


async def until_idle(server: Server, quiet: float = 0.3) -> tuple[float, float]:
    """Wait until the server has used no CPU for ``quiet`` seconds (at most one clock tick);
    returns when it last worked (monotonic) and its CPU time then."""
    cpu, last_busy = server.cpu_seconds(), time.monotonic()
    tick = 1.5 / CLOCK_TICKS
    while time.monotonic() - last_busy < quiet:
        await asyncio.sleep(0.02)
        now_cpu = server.cpu_seconds()
        if now_cpu - cpu > tick:
            cpu, last_busy = now_cpu, time.monotonic()
    return last_busy, cpu


async def load(server: Server, script: Path, args: argparse.Namespace, seconds: float) -> Run:
    """One wrk run against an idle server.

    wrk keeps ``connections`` requests outstanding, so a run's first responses come after a
    whole wave of them (seconds, in a slow case), and ``connections`` requests are in flight
    when it stops. The server finishes those, except the ones that had not read their
    body yet (the client is gone). So the run is measured from its start until the server
    is idle again, and counts the requests wrk completed plus half of those in flight
    (``uncertainty``: the other half, relative). That is the rate and the CPU per request
    reported; wrk's own Requests/sec is printed beside it."""
    command = [
        args.wrk,
        f"-t{args.threads}",
        f"-c{args.connections}",
        f"-d{max(1, round(seconds))}s",
        "--timeout",
        "300s",
        "--latency",
        "-s",
        str(script),
        server.url,
    ]
    await until_idle(server)
    started, before = time.monotonic(), server.cpu_seconds()
    process = await asyncio.create_subprocess_exec(
        *command, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    output = (await process.communicate())[0].decode()
    if process.returncode != 0:
        raise SystemExit(f"wrk failed:\n{output}")
    finished, after = await until_idle(server)
    wrk_rps, p50, p99, requests, errors = parse_wrk(output)
    served = requests + args.connections / 2
    return Run(
        served / (finished - started),
        args.connections / 2 / served,
        wrk_rps,
        p50,
        p99,
        (after - before) * 1000 / served,
        requests,
        errors,
        [line.strip() for line in output.splitlines() if "errors" in line or "Non-2xx" in line],
    )


# --- report -----------------------------------------------------------------------------


def spread(values: Sequence[float], digits: int = 1) -> str:
    if statistics.median(values) >= 1000:
        digits = 0
    return (
        f"{statistics.median(values):.{digits}f} "
        f"({min(values):.{digits}f}-{max(values):.{digits}f})"
    )


@dataclass
class CaseResult:
    case: Case
    body_bytes: int
    sql: dict[str, SqlCount]
    runs: dict[str, list[Run]] = field(default_factory=lambda: {"app": [], "raw": []})


def report(result: CaseResult) -> None:
    print(f"\n== {result.case.key}: {result.case.title}; {result.body_bytes:,} bytes each")
    print(
        f"  {'':5}{'req/s':>22}{'p50 ms':>22}{'p99 ms':>24}{'CPU ms/req':>20}"
        f"{'SQL/req':>9}{'trips/req':>10}"
    )
    for side in ("app", "raw"):
        runs, sql = result.runs[side], result.sql[side]
        if not runs:
            continue
        print(
            f"  {side:5}{spread([r.rps for r in runs]):>22}{spread([r.p50_ms for r in runs]):>22}"
            f"{spread([r.p99_ms for r in runs]):>24}{spread([r.cpu_ms for r in runs], 2):>20}"
            f"{sql.statements:>9.1f}{sql.round_trips:>10.1f}"
        )
    app, raw = result.runs["app"], result.runs["raw"]
    if app and raw:
        throughput = [a.rps / r.rps for a, r in zip(app, raw, strict=True)]
        cpu = [a.cpu_ms / r.cpu_ms for a, r in zip(app, raw, strict=True)]
        print(
            f"  app/raw: throughput {spread(throughput, 3)}, CPU per request "
            f"{spread(cpu, 1)}x  (median (min-max) of {len(app)} interleaved pairs)"
        )
    worst = max((r.uncertainty for side in result.runs.values() for r in side), default=0)
    if worst > 0.02:
        print(
            f"  note: up to ±{100 * worst:.0f}% on req/s and CPU per request: requests in "
            "flight when a run stops (see --duration)"
        )
    errors = sum(r.errors for side in result.runs.values() for r in side)
    if errors:
        print(f"  WARNING: {errors} failed responses (non-2xx or socket errors) during the runs")


def print_sql(result: CaseResult) -> None:
    for side, sql in result.sql.items():
        print(f"  {side} sends per request ({sql.prepares:.1f} prepares):")
        for text, count in sql.texts.most_common():
            print(f"    {count / COUNTED_REQUESTS:5.1f} x {text}")


# --- profile ----------------------------------------------------------------------------

COMPONENTS: tuple[tuple[str, str], ...] = (
    ("/graphql/", "graphql-core"),
    ("/strawberry/", "strawberry"),
    ("/cross_web/", "strawberry"),
    ("/tortoise/", "tortoise (+pypika)"),
    ("/pypika", "tortoise (+pypika)"),
    ("/asyncpg/", "asyncpg"),
    ("/starlette/", "starlette"),
    ("/uvicorn/", "uvicorn/h11"),
    ("/h11/", "uvicorn/h11"),
    ("httptools", "uvicorn/h11"),
    ("/structlog/", "logging"),
    ("/logging/", "logging"),
    ("/json/", "json"),
    ("orjson", "json"),
    ("/limits/", "rate limits"),
    ("/asyncio/", "event loop"),
    ("/selectors.py", "event loop"),
    ("uvloop", "event loop"),
)
# Event-loop functions whose time is the system calls reading and writing sockets (HTTP
# answers, SQL to the database): py-spy counts a C call on the Python line making it.
SOCKET_IO = ("Transport.write", "_read_ready__data_received", "EpollSelector.select")
MARKERS: tuple[tuple[str, str], ...] = (
    ("graphql parse", "/graphql/language/"),
    ("graphql validation", "/graphql/validation/"),
    ("graphql execution", "/graphql/execution/"),
    ("authentication (AuthMiddleware)", "AuthMiddleware._authenticate"),
    ("asyncpg pool acquire/release", "/asyncpg/pool.py"),
    ("asyncpg connection reset", "Connection.reset"),
    ("JSON encode/decode", "/json/"),
)
_FRAME = re.compile(r"^(?P<function>.*) \((?P<file>[^()]*?)(?::\d+)?\)$")


def _component(path: str) -> str | None:
    """The component of a file as ``_frames`` names it (py-spy names files relative to
    their sys.path entry: graphql/..., app/...)."""
    for marker, name in COMPONENTS:
        if marker in path:
            return name
    if path.startswith(("/app/", "/schema/", "/models/")):
        return "app code"
    return None


def _frames(stack: str) -> list[tuple[str, str]]:
    """(function, file) of each frame, root first; files as "/package/module.py"."""
    frames = []
    for frame in stack.split(";"):
        match = _FRAME.match(frame)
        function, path = (match.group("function"), match.group("file")) if match else (frame, "")
        frames.append((function, "/" + path.removeprefix(f"{ROOT}/")))
    return frames


def summarise_profile(raw: str) -> None:
    by_component: Counter[str] = Counter()
    markers: Counter[str] = Counter()
    total = 0
    for line in raw.splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        total += count
        frames = _frames(stack)
        owner = "other (stdlib, interpreter)"
        for function, path in reversed(frames):
            name = _component(path)
            if name is not None:
                owner = name
                if name == "event loop" and function.endswith(SOCKET_IO):
                    owner = "socket I/O (syscalls)"
                break
        by_component[owner] += count
        for label, marker in MARKERS:
            if any(marker in function or marker in path for function, path in frames):
                markers[label] += count
    if not total:
        print("  (py-spy took no samples)")
        return
    print(f"  {total} samples of the app server's busy time, by the innermost frame's package")
    print("  (standard library frames count for the package that called them):")
    for name, count in by_component.most_common():
        print(f"    {name:<32}{100 * count / total:6.1f}%")
    print("  inclusive (any frame of the stack):")
    for label, _marker in MARKERS:
        print(f"    {label:<32}{100 * markers[label] / total:6.1f}%")


def _py_spy() -> str | None:
    beside = Path(sys.executable).parent / "py-spy"
    return str(beside) if beside.exists() else shutil.which("py-spy")


async def profile(server: Server, script: Path, args: argparse.Namespace, folder: Path) -> None:
    spy = _py_spy()
    if spy is None:
        print("\n--profile: py-spy is not installed (make install adds it)")
        return
    output = folder / "profile.txt"
    command = [
        spy,
        "record",
        "--pid",
        str(server.process.pid),
        "--duration",
        str(int(args.duration)),
    ]
    command += ["--rate", "250", "--format", "raw", "--output", str(output), "--nonblocking"]
    spying = await asyncio.create_subprocess_exec(
        *command, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE
    )
    await asyncio.sleep(0.5)
    run = await load(server, script, args, args.duration)
    errors = (await spying.communicate())[1].decode()
    print(
        f"\n== profile: app, credits20, one {args.duration:g} s run under py-spy "
        f"({run.rps:.1f} req/s while sampled)"
    )
    if spying.returncode != 0 or not output.exists():
        print(f"  py-spy failed: {errors.strip()[-500:]}")
        return
    summarise_profile(output.read_text())
    print(f"  raw stacks: {output}" if args.keep_db else "")


# --- main -------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--duration", type=float, default=10, help="seconds per run (10)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per side and case (5)")
    parser.add_argument("--warmup", type=float, default=2, help="warm-up seconds per side (2)")
    parser.add_argument(
        "--cases",
        default="credits20,credits2000,list50,viewer",
        help="comma-separated: credits20, credits2000, list50, viewer",
    )
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (2)")
    parser.add_argument("--connections", type=int, default=32, help="wrk connections (32)")
    parser.add_argument("--keep-db", action="store_true", help="keep the scratch database")
    parser.add_argument("--profile", action="store_true", help="py-spy the app on credits20")
    parser.add_argument("--wrk", default="wrk", help="the wrk binary")
    return parser.parse_args(argv)


async def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    args.profile_text = io.StringIO()
    if shutil.which(args.wrk) is None:
        raise SystemExit("wrk is not installed: run scripts/install-wrk (apt-get install wrk)")
    admin_url = os.environ.get(
        "REFUNDS_BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test"
    )
    url = scratch.database_url(admin_url, DATABASE)
    await scratch.reset_database(admin_url, DATABASE, create=True)
    folder = Path(tempfile.mkdtemp(prefix="bench-graphql-"))
    try:
        started = time.perf_counter()
        data = await build_database(url)
        print(
            f"Database {DATABASE}: {data.documents:,} AR documents for "
            f"{data.list_customers + 2} customers, built through the services in "
            f"{time.perf_counter() - started:.0f} s"
        )
        every = _cases(data)
        unknown = set(args.cases.split(",")) - set(every)
        if unknown:
            raise SystemExit(f"unknown cases: {', '.join(sorted(unknown))}")
        cases = [every[key] for key in args.cases.split(",")]
        results = await measure(cases, data, url, folder, args)
        print(
            f"\nwrk -t{args.threads} -c{args.connections}, {args.duration:g} s per run, "
            f"{args.repeat} runs per side interleaved. req/s: requests served (completed, and "
            "in flight at the end) per second from the start until the server is idle again; "
            "CPU: the server process's user+system time per request; SQL/req and trips/req: "
            "counted on the wire."
        )
        for result in results:
            report(result)
        print("\nStatements per request, as counted on the wire:")
        for result in results:
            print(f" {result.case.key}:")
            print_sql(result)
        print(args.profile_text.getvalue(), end="")
    finally:
        if args.keep_db:
            print(f"\nKept database {url} (token: see app_user 'partner'); files in {folder}")
        else:
            await scratch.reset_database(admin_url, DATABASE, create=False)
            shutil.rmtree(folder, ignore_errors=True)


async def measure(
    cases: list[Case],
    data: graphql_data.Dataset,
    url: str,
    folder: Path,
    args: argparse.Namespace,
) -> list[CaseResult]:
    target = urlsplit(url)
    proxy = CountingProxy(target.hostname or "127.0.0.1", target.port or 5432)
    proxied = urlunsplit(
        target._replace(netloc=f"{target.username}@127.0.0.1:{await proxy.start()}")
    )
    # 1. Through the counting proxy: same bytes, and the statements each side sends.
    results: list[CaseResult] = []
    app = await start_app(proxied, folder, "counted")
    with stopping(app):
        style = json_style((await fetch(app, _cases(data)["viewer"], data))[1])
        raw = await start_raw(proxied, folder, "counted", style)
        with stopping(raw):
            for case in cases:
                app_answer, raw_answer = await fetch(app, case, data), await fetch(raw, case, data)
                check_same(case, app_answer, raw_answer)
                if app_answer[0] != 200 or b'"errors"' in app_answer[1]:
                    raise SystemExit(f"{case.key}: the app answered with errors: {app_answer}")
                sql = {side.name: await count_sql(side, proxy, case, data) for side in (app, raw)}
                results.append(CaseResult(case, len(app_answer[1]), sql))
    await proxy.close()
    print(f"Same bytes from app and raw for {', '.join(c.key for c in cases)} (JSON: {style})")
    # 2. Straight on PostgreSQL, under load.
    app = await start_app(url, folder, "load")
    raw = await start_raw(url, folder, "load", style)
    with stopping(app, raw):
        for result in results:
            check_same(
                result.case,
                await fetch(app, result.case, data),
                await fetch(raw, result.case, data),
            )
            script = wrk_script(result.case, data, folder)
            # Warm up each side for at least one wave of ``connections`` requests (from one
            # request alone), then make each run hold several waves of the slower side.
            alone = max(s.alone_ms for s in result.sql.values()) / 1000
            warm = [
                await load(server, script, args, max(args.warmup, args.connections * alone))
                for server in (app, raw)
            ]
            wave = args.connections / min(run.rps for run in warm)
            seconds = max(args.duration, min(MAX_RUN_SECONDS, 5 * wave))
            if seconds > args.duration:
                print(
                    f"  {result.case.key}: {seconds:.0f} s per run (a wave of "
                    f"{args.connections} requests takes {wave:.1f} s on the slower side)"
                )
            for n in range(args.repeat):
                for server in (app, raw) if n % 2 == 0 else (raw, app):
                    run = await load(server, script, args, seconds)
                    result.runs[server.name].append(run)
                    print(
                        f"  {result.case.key} #{n + 1} {server.name}: {run.rps:8.1f} req/s "
                        f"(±{100 * run.uncertainty:.0f}%; wrk: {run.wrk_rps:.1f}, "
                        f"{run.requests} requests), "
                        f"p50 {run.p50_ms:.1f} ms, p99 {run.p99_ms:.1f} ms, "
                        f"CPU {run.cpu_ms:.2f} ms/req"
                        + (f", FAILED: {'; '.join(run.error_lines)}" if run.errors else ""),
                        flush=True,
                    )
        if args.profile:
            # Printed after the results, where it is read.
            with contextlib.redirect_stdout(args.profile_text):
                await profile(
                    app, wrk_script(_cases(data)["credits20"], data, folder), args, folder
                )
    return results


if __name__ == "__main__":
    asyncio.run(main())
