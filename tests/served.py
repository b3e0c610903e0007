"""The real server process (`python -m app serve`) for tests where sockets and time matter,
and a TCP proxy that can freeze or cut the way to PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import httpx

from app.settings import PROJECT_ROOT
from tests.conftest import run_cli


async def demo_database(database_url: str) -> dict[str, str]:
    """Migrate and load the demo company through the CLI; the demo users' fresh tokens."""

    def work() -> dict[str, str]:
        run_cli("migrate", database_url=database_url)
        printed = run_cli("seed-demo", database_url=database_url).stdout
        return dict(re.findall(r"^\s*(\S+)\s+\{.*Bearer (\S+?)\"", printed, re.MULTILINE))

    tokens = await asyncio.to_thread(work)
    assert "admin" in tokens, "seed-demo printed no admin token"
    return tokens


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def prepare_database(database_url: str, tokens: int = 1) -> list[str]:
    """Migrate, add an admin and issue ``tokens`` tokens of theirs, through the CLI."""

    def work() -> list[str]:
        run_cli("migrate", database_url=database_url)
        run_cli("users", "create", "admin", "--role", "admin", database_url=database_url)
        return [
            run_cli("tokens", "create", "admin", database_url=database_url).stdout.strip()
            for _ in range(tokens)
        ]

    return await asyncio.to_thread(work)


@dataclass
class Server:
    base: str
    port: int
    log_path: Path
    pid: int = 0

    def log(self) -> str:
        return self.log_path.read_text()


@contextlib.asynccontextmanager
async def served(database_url: str, tmp: Path, **settings: object) -> AsyncIterator[Server]:
    """`python -m app serve` on a free port, with these settings (as environment variables);
    ``serve_args``, a tuple, are arguments of ``serve`` itself."""
    args = cast(tuple[str, ...], settings.pop("serve_args", ()))
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "PORT": str(port),
        "LOG_LEVEL": "INFO",
        "LOG_FORMAT": "json",
        **{name.upper(): str(value) for name, value in settings.items()},
    }
    log_path = tmp / f"server-{port}.log"
    with log_path.open("w") as log_file:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "app",
            "serve",
            *args,
            cwd=PROJECT_ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log_file,
        )
    server = Server(base=f"http://127.0.0.1:{port}", port=port, log_path=log_path, pid=process.pid)
    try:
        await _wait_healthy(server, process)
        yield server
    finally:
        if process.returncode is None:
            process.terminate()
            try:
                await asyncio.wait_for(process.wait(), 15)
            except TimeoutError:
                process.kill()
                await process.wait()


# Generous: a cold start imports the whole stack, and CI machines are shared (one start took
# over 30 s while three other servers and PostgreSQL were busy).
HEALTHY_WITHIN_SECONDS = 90


async def _wait_healthy(server: Server, process: asyncio.subprocess.Process) -> None:
    started = time.monotonic()
    deadline = started + HEALTHY_WITHIN_SECONDS
    async with httpx.AsyncClient(base_url=server.base, timeout=2) as http:
        while time.monotonic() < deadline and process.returncode is None:
            try:
                if (await http.get("/health")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    waited = time.monotonic() - started
    raise AssertionError(
        f"the server did not become healthy in {waited:.0f} s"
        f" (exit status {process.returncode}):\n{server.log()}"
    )


@dataclass
class FreezableProxy:
    """Forwards TCP connections to ``target``; ``freeze`` stops forwarding in both
    directions while every socket stays open (a server stopped with SIGSTOP, or a network
    partition: connections are still accepted, nothing is answered), ``thaw`` resumes, and
    ``close`` cuts every connection and refuses new ones (a server that is down)."""

    target_host: str
    target_port: int
    port: int = 0
    _running: asyncio.Event = field(default_factory=asyncio.Event)
    _server: asyncio.Server | None = None
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)
    _writers: set[asyncio.StreamWriter] = field(default_factory=set)

    async def start(self) -> None:
        self._running.set()
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = int(self._server.sockets[0].getsockname()[1])

    def freeze(self) -> None:
        self._running.clear()

    def thaw(self) -> None:
        self._running.set()

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        for writer in list(self._writers):
            writer.transport.abort()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        up_writer: asyncio.StreamWriter | None = None
        try:
            await self._running.wait()  # a frozen server accepts, then says nothing
            up_reader, up_writer = await asyncio.open_connection(self.target_host, self.target_port)
            self._writers.add(up_writer)
            await asyncio.gather(self._pump(reader, up_writer), self._pump(up_reader, writer))
        except (OSError, asyncio.CancelledError):
            pass
        finally:
            self._tasks.discard(task)
            for each in (writer, up_writer):
                if each is not None:
                    self._writers.discard(each)
                    each.transport.abort()

    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while data := await reader.read(65536):
            await self._running.wait()
            writer.write(data)
            await writer.drain()
        writer.transport.abort()
