"""The real server process, as `make run` starts it: uvicorn on a port, over TCP."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from app.settings import PROJECT_ROOT
from tests.conftest import ScratchDatabases, run_cli
from tests.served import prepare_database, served


@dataclass
class ServedSession:
    statuses: list[int]
    viewer: dict[str, object]
    page: str
    log: str


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_healthy(base: str, server: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError("the server did not become healthy")


def _exercise_server(database_url: str, token: str) -> ServedSession:
    """Start `python -m app serve`, make three requests, stop it, return what happened."""
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "PORT": str(port),
        "LOG_LEVEL": "INFO",
        "LOG_FORMAT": "json",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "app", "serve"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(base, server)
        query = {"query": "{ viewer { user { username } permissions } }"}
        anonymous = httpx.post(f"{base}/graphql", json=query)
        signed = httpx.post(
            f"{base}/graphql", json=query, headers={"Authorization": f"Bearer {token}"}
        )
        page = httpx.get(f"{base}/graphql", headers={"Accept": "text/html"})
    finally:
        server.terminate()
        _, log = server.communicate(timeout=15)
    return ServedSession(
        statuses=[anonymous.status_code, signed.status_code, page.status_code],
        viewer=signed.json()["data"]["viewer"],
        page=page.text,
        log=log,
    )


async def test_served_api_needs_a_token_and_logs_one_json_line_per_request(
    scratch_databases: ScratchDatabases,
) -> None:
    url = await scratch_databases.create("served")
    run_cli("migrate", database_url=url)
    seeded = run_cli("seed-demo", database_url=url).stdout
    token = next(
        line.split("Bearer ")[1].rstrip('"}')
        for line in seeded.splitlines()
        if line.strip().startswith("admin")
    )

    served = await asyncio.to_thread(_exercise_server, url, token)

    assert served.statuses == [401, 200, 200]
    assert served.viewer["user"] == {"username": "admin"}
    assert "graphiql" in served.page.lower()
    requests = [
        json.loads(line)
        for line in served.log.splitlines()
        if line.startswith("{") and '"event": "request"' in line
    ]
    graphql = [r for r in requests if r["path"] == "/graphql"]
    assert [(r["method"], r["status"], r["user"]) for r in graphql] == [
        ("POST", 401, None),
        ("POST", 200, "admin"),
        ("GET", 200, None),
    ]
    assert all(r["duration_ms"] >= 0 and len(r["request_id"]) >= 8 for r in graphql)
    assert token not in served.log


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


async def test_serve_with_workers_answers_from_several_processes(
    scratch_databases: ScratchDatabases, tmp_path: Path
) -> None:
    url = await scratch_databases.create("workers")
    [token] = await prepare_database(url)
    async with served(url, tmp_path, serve_args=("--workers", "2")) as server:
        # uvicorn's supervisor starts the workers; each builds its own app from the factory.
        workers = _children(server.pid)
        assert len(workers) >= 2, server.log()
        async with httpx.AsyncClient(base_url=server.base, timeout=10) as http:
            for _ in range(10):
                response = await http.post(
                    "/graphql",
                    json={"query": "{ viewer { user { username } } }"},
                    headers={"Authorization": f"Bearer {token}"},
                )
                assert response.json()["data"]["viewer"]["user"] == {"username": "admin"}
