"""Call an ASGI app in-process with one HTTP request and nothing else: no client library,
no socket. For benchmarks that time the app's own work (middleware, authentication,
GraphQL, the services) against a raw baseline that has no HTTP client either."""

from __future__ import annotations

from typing import Any

import orjson
from starlette.types import ASGIApp, Message


async def post_json(
    app: ASGIApp, path: str, body: dict[str, Any], headers: dict[str, str]
) -> tuple[int, Any]:
    """POST ``body`` as JSON to ``path``; returns the status and the decoded JSON answer."""
    payload = orjson.dumps(body)
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [
            (b"host", b"bench"),
            (b"content-type", b"application/json"),
            (b"content-length", str(len(payload)).encode()),
            *((name.lower().encode(), value.encode()) for name, value in headers.items()),
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("bench", 80),
    }
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": payload, "more_body": False}

    status = 0
    chunks: list[bytes] = []

    async def send(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    # orjson, as the app encodes: reading a page of 500 ledger lines with the standard
    # library took about as long as the app took to serve it.
    return status, orjson.loads(b"".join(chunks))
