"""Property-based testing of the REST API from its own OpenAPI document (schemathesis).

The real server (`python -m app serve`, uvicorn) runs on a free port over a fresh database
with the demo company, and schemathesis's CLI sends at least 2,000 generated requests, valid
and invalid, with an admin's token: no answer may be a server error, and every answer must
conform to the document (status, media type and body schema of a documented response).
The books must be sound afterwards (`python -m app check`). The count of requests is
printed: the server logs one line per request, and those are counted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ScratchDatabases, run_cli
from tests.served import served

MIN_REQUESTS = 2000
# Generated cases per operation and phase: about 4,700 requests in all, two to three minutes.
MAX_EXAMPLES = 30


def _requests_served(log: str) -> int:
    count = 0
    for line in log.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        path = str(entry.get("path", ""))
        if (
            entry.get("event") == "request"
            and path.startswith("/api/v1/")
            and path != "/api/v1/openapi.json"
        ):
            count += 1
    return count


async def test_schemathesis_finds_no_server_error_and_no_nonconforming_response(
    scratch_databases: ScratchDatabases, tmp_path: Path
) -> None:
    url = await scratch_databases.create("fuzz")
    run_cli("migrate", database_url=url)
    run_cli("seed-demo", database_url=url)
    token = run_cli("tokens", "create", "admin", "--name", "fuzz", database_url=url).stdout.strip()
    limits = "1000000/minute"
    async with served(
        url,
        tmp_path,
        rate_limit_mutations=limits,
        rate_limit_reports=limits,
        rate_limit_auth_failures=limits,
        request_timeout_seconds=60,
    ) as server:
        command = [
            str(Path(sys.executable).with_name("st")),
            "run",
            f"{server.base}/api/v1/openapi.json",
            "--checks",
            "not_a_server_error,response_schema_conformance,content_type_conformance,"
            "status_code_conformance",
            "--header",
            f"Authorization: Bearer {token}",
            "--phases",
            "examples,coverage,fuzzing",
            "--max-examples",
            str(MAX_EXAMPLES),
            "--seed",
            "11",
            "--workers",
            "1",
            "--no-shrink",
            "--generation-database",
            "none",
            "--request-timeout",
            "60",
            "--no-color",
            "--continue-on-failure",
        ]
        env = {**os.environ, "SCHEMATHESIS_HOOKS": ""}
        # Run from the test's own folder: schemathesis keeps a cache in its working directory.
        result = subprocess.run(  # noqa: ASYNC221 - the server runs in its own process
            command,
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        served_count = _requests_served(server.log())
    summary = [line for line in result.stdout.splitlines() if line.strip()][-15:]
    print(f"schemathesis sent {served_count} requests to /api/v1")  # noqa: T201
    print("\n".join(summary))  # noqa: T201
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr[-5000:]
    assert served_count >= MIN_REQUESTS
    check = run_cli("check", database_url=url, check=False)
    assert check.returncode == 0, check.stdout + check.stderr


pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
