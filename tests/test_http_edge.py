"""The HTTP edge: body size and time limits, malformed requests, slow and vanishing clients.

Through the ASGI app over HTTP where a request's content is what matters, and through
`python -m app serve` on a TCP port where sockets and time do. Time bounds are generous upper
bounds on the timeouts these tests configure.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from tests.conftest import GraphQLClient, MakeClient, token_for
from tests.served import Server, prepare_database, served

VIEWER = "{ viewer { user { username } } }"


class Body:
    """A request body sent in chunks, counting how many the server pulled."""

    def __init__(self, chunk: bytes, chunks: int, pause: float = 0.0) -> None:
        self.chunk, self.chunks, self.pause = chunk, chunks, pause
        self.pulled = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(self.chunks):
            if self.pause:
                await asyncio.sleep(self.pause)
            self.pulled += 1
            yield self.chunk


def assert_refused(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == code, error
    assert len(response.headers["x-request-id"]) >= 8
    return error  # type: ignore[no-any-return]


# Size.


async def test_a_declared_body_over_the_limit_is_refused_before_it_is_read(
    make_client: MakeClient,
) -> None:
    token = await token_for("alice")
    body = Body(b"x" * 1024, chunks=64)
    async with make_client(max_request_body_bytes=4096) as http:
        response = await http.post(
            "/graphql",
            content=body,
            headers={
                "Authorization": f"Bearer {token}",
                "Content-Type": "application/json",
                "Content-Length": str(64 * 1024),
            },
        )
    error = assert_refused(response, 413, "BODY_TOO_LARGE")
    assert "4096 bytes" in error["message"]
    assert response.headers["connection"] == "close"
    assert body.pulled == 0


async def test_a_streamed_body_is_counted_and_cut_off_past_the_limit(
    make_client: MakeClient,
) -> None:
    token = await token_for("alice")
    # 50 MB announced by nothing: chunked, as a client without Content-Length sends it.
    body = Body(b" " * 65536, chunks=800)
    async with make_client() as http:  # the default limit, 1 MiB
        response = await http.post(
            "/graphql",
            content=body,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
    assert_refused(response, 413, "BODY_TOO_LARGE")
    assert body.pulled <= 1024 * 1024 // 65536 + 1  # read no further than the limit


async def test_a_large_comment_no_longer_passes_the_token_limit(gql: GraphQLClient) -> None:
    token = await token_for("alice")
    response = await gql.post("{ viewer { user { username } } } #" + "x" * 10_000_000, token=token)
    assert_refused(response, 413, "BODY_TOO_LARGE")


async def test_a_body_within_the_limits_is_served(make_client: MakeClient) -> None:
    token = await token_for("alice")
    payload = json.dumps({"query": VIEWER + " #" + "x" * 3000}).encode()
    async with make_client(max_request_body_bytes=4096) as http:
        response = await http.post(
            "/graphql",
            content=Body(payload, chunks=1),
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
    assert response.status_code == 200, response.text
    assert response.json()["data"]["viewer"]["user"] == {"username": "alice"}


# Time.


async def test_a_body_that_does_not_arrive_in_time_is_refused_408(
    make_client: MakeClient,
) -> None:
    token = await token_for("alice")
    body = Body(b" ", chunks=1000, pause=0.1)  # a byte every 0.1 s: 100 s in all
    started = time.monotonic()
    async with make_client(request_body_timeout_seconds=0.5) as http:
        response = await http.post(
            "/graphql",
            content=body,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
    assert_refused(response, 408, "BODY_TIMEOUT")
    assert response.headers["connection"] == "close"
    assert time.monotonic() - started < 3
    assert body.pulled < 100


# Malformed requests: 400 MALFORMED_REQUEST with the part at fault, never a 500.

DEEP = "[" * 1000 + "]" * 1000
HALF_DEEP = "[" * 500 + "]" * 500

MALFORMED: list[tuple[str, bytes, str | None]] = [
    ("invalid UTF-8", b'{"query": "{ viewer { user { username } } }", "x": "\xff\xfe"}', None),
    ("not JSON", b'{"query": ', None),
    ("JSON null", b"null", None),
    ("a JSON string", b'"{ viewer { permissions } }"', None),
    ("a JSON number", b"12", None),
    ("an empty array", b"[]", None),
    ("a batch", json.dumps([{"query": VIEWER}, {"query": VIEWER}]).encode(), None),
    ("no query", b'{"variables": {}}', "query"),
    ("a blank query", b'{"query": "   "}', "query"),
    ("a query that is no string", b'{"query": {"viewer": 1}}', "query"),
    ("variables an array", json.dumps({"query": VIEWER, "variables": [1]}).encode(), "variables"),
    ("variables a string", json.dumps({"query": VIEWER, "variables": "{}"}).encode(), "variables"),
    ("extensions a number", json.dumps({"query": VIEWER, "extensions": 1}).encode(), "extensions"),
    ("operationName no string", json.dumps({"query": VIEWER, "operationName": 1}).encode(),
     "operationName"),
    # Too deep for the JSON parser itself: the body as a whole is refused.
    ("variables 1000 deep", f'{{"query": "{VIEWER}", "variables": {{"a": {DEEP}}}}}'.encode(),
     None),
    ("variables 500 deep", f'{{"query": "{VIEWER}", "variables": {{"a": {HALF_DEEP}}}}}'.encode(),
     "variables"),
    ("variables 11 deep", json.dumps(
        {"query": VIEWER, "variables": {"a": [[[[[[[[[[1]]]]]]]]]]}}).encode(), "variables"),
    ("a body 100000 deep", b"[" * 100_000 + b"]" * 100_000, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "field"), [case[1:] for case in MALFORMED], ids=[case[0] for case in MALFORMED]
)
async def test_a_malformed_request_is_a_400_with_a_json_error(
    client: httpx.AsyncClient, body: bytes, field: str | None
) -> None:
    token = await token_for("alice")
    response = await client.post(
        "/graphql",
        content=body,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    error = assert_refused(response, 400, "MALFORMED_REQUEST")
    assert error["extensions"]["field"] == field
    assert "Unexpected" not in error["message"]


async def test_variables_as_deep_as_allowed_are_served(gql: GraphQLClient) -> None:
    token = await token_for("alice")
    ten_deep = {"a": [[[[[[[[[1]]]]]]]]]}  # the variables object is the first level
    response = await gql.post(VIEWER, ten_deep, token=token)
    assert response.status_code == 200, response.text


@pytest.mark.parametrize(
    ("params", "content_type", "field"),
    [
        ({"query": VIEWER, "variables": "{nope"}, None, "variables"),
        ({"query": VIEWER, "variables": "[1]"}, None, "variables"),
        ({"query": 'mutation { setCompany(name: "x") { errors { code } } }'}, None, None),
        (None, "text/plain", None),
    ],
    ids=["GET variables not JSON", "GET variables an array", "a mutation over GET", "text/plain"],
)
async def test_other_refusals_have_the_json_error_shape_too(
    client: httpx.AsyncClient,
    params: dict[str, str] | None,
    content_type: str | None,
    field: str | None,
) -> None:
    token = await token_for("alice")
    headers = {"Authorization": f"Bearer {token}"}
    if params is not None:
        response = await client.get("/graphql", params=params, headers=headers)
    else:
        headers["Content-Type"] = str(content_type)
        response = await client.post(
            "/graphql", content=json.dumps({"query": VIEWER}), headers=headers
        )
    error = assert_refused(response, 400, "MALFORMED_REQUEST")
    assert error["extensions"]["field"] == field


# Sockets: `python -m app serve`.

EDGE = {
    "http_header_timeout_seconds": 1,
    "request_body_timeout_seconds": 1,
    "max_request_body_bytes": 4096,
}


@pytest.fixture(scope="module")
async def edge_server(
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[tuple[Server, str]]:
    """One server for the socket tests (a SQLite file of its own, whatever the backend)."""
    tmp = tmp_path_factory.mktemp("edge")
    url = f"sqlite://{tmp / 'edge.sqlite3'}"
    [token] = await prepare_database(url)
    async with served(url, tmp, **EDGE) as server:
        yield server, token


def head(path: str, *lines: str) -> bytes:
    return ("\r\n".join([f"POST {path} HTTP/1.1", "Host: test", *lines]) + "\r\n\r\n").encode()


async def _until_closed(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, trickle: bytes, within: float
) -> tuple[bytes, float]:
    """Send ``trickle`` a byte every 0.2 s until the server closes the connection; return
    what it answered and how long that took."""
    started = time.monotonic()
    answer = b""
    while time.monotonic() - started < within:
        try:
            chunk = await asyncio.wait_for(reader.read(65536), 0.2)
        except TimeoutError:
            try:
                writer.write(trickle[:1])
                await writer.drain()
            except ConnectionError:
                break
            continue
        except ConnectionError:
            break
        if not chunk:
            break
        answer += chunk
    took = time.monotonic() - started
    writer.close()
    return answer, took


async def _slow_client(server: Server, first: bytes) -> tuple[bytes, float]:
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    writer.write(first)
    await writer.drain()
    return await _until_closed(reader, writer, b"x", within=10)


async def test_slow_clients_are_cut_off_and_the_service_stays_responsive(
    edge_server: tuple[Server, str],
) -> None:
    server, token = edge_server
    json_head = ("Content-Type: application/json", "Content-Length: 2000")
    slow_headers = [_slow_client(server, b"POST /graphql HTTP/1.1\r\nHost: t") for _ in range(20)]
    slow_bodies = [
        _slow_client(server, head("/graphql", f"Authorization: Bearer {token}", *json_head))
        for _ in range(20)
    ]
    # Refused at once without its body being read; the rest of the body trickles in.
    unread_bodies = [_slow_client(server, head("/graphql", *json_head)) for _ in range(20)]
    clients = asyncio.gather(*slow_headers, *slow_bodies, *unread_bodies)
    async with httpx.AsyncClient(base_url=server.base, timeout=10) as http:
        await asyncio.sleep(0.5)
        health_started = time.monotonic()
        assert (await http.get("/health")).status_code == 200
        health_took = time.monotonic() - health_started
    results = await clients
    for answer, took in results:
        assert took < 5, (answer, took)  # every timeout is 1 s
    for answer, _ in results[:20]:
        assert answer == b""  # headers never complete: closed without an answer
    for answer, _ in results[20:40]:
        assert answer.startswith(b"HTTP/1.1 408"), answer
        assert b'"BODY_TIMEOUT"' in answer
    for answer, _ in results[40:]:
        assert answer.startswith(b"HTTP/1.1 401"), answer
    assert health_took < 1
    log = server.log()
    assert '"event": "http.header_timeout"' in log
    assert "Traceback" not in log, log


async def test_an_oversized_body_is_refused_at_once_and_large_headers_are_refused(
    edge_server: tuple[Server, str],
) -> None:
    server, token = edge_server
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    writer.write(
        head(
            "/graphql",
            f"Authorization: Bearer {token}",
            "Content-Type: application/json",
            "Content-Length: 52428800",
        )
    )
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(), 5)  # nothing of the body was sent
    writer.close()
    assert answer.startswith(b"HTTP/1.1 413"), answer
    assert b"connection: close" in answer.lower()
    assert b'"BODY_TOO_LARGE"' in answer

    # A request head still incomplete past 16 KiB is refused (h11's limit; with httptools,
    # which has none, app.server's).
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    writer.write(b"GET /health HTTP/1.1\r\nHost: test\r\nX-Padding: " + b"x" * 32768)
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(), 5)
    writer.close()
    assert answer.startswith(b"HTTP/1.1 400"), answer
    async with httpx.AsyncClient(base_url=server.base, timeout=10) as http:
        assert (await http.get("/health")).status_code == 200


async def test_a_head_completed_in_one_write_past_16_kib_is_refused(
    edge_server: tuple[Server, str],
) -> None:
    server, _ = edge_server
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    writer.write(b"GET /health HTTP/1.1\r\nHost: test\r\nX-Padding: " + b"x" * 20000 + b"\r\n\r\n")
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(), 5)
    writer.close()
    assert answer.startswith(b"HTTP/1.1 400"), answer


async def test_a_large_body_answered_before_it_was_read_is_no_head(
    edge_server: tuple[Server, str],
) -> None:
    """A 40 KB upload refused before it is read (401, no token; imports have their own
    body limit) and the next request on the same connection: the unread body is skipped as
    a body, never counted as the next request's head (schemathesis once got "Request
    headers too large" here)."""
    server, _ = edge_server
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    body = b"code,name\r\n" + b"C-1,x\r\n" * 6000
    csv_head = ("Content-Type: text/csv", f"Content-Length: {len(body)}")
    writer.write(head("/api/v1/imports/customers", *csv_head) + body[:1000])
    await writer.drain()
    first = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
    assert first.startswith(b"HTTP/1.1 401"), first
    length = int(
        next(
            line.split(b":")[1]
            for line in first.split(b"\r\n")
            if line.lower().startswith(b"content-length")
        )
    )
    await reader.readexactly(length)
    # The rest of the body arrives after the answer, then the next request.
    writer.write(body[1000:])
    await writer.drain()
    await asyncio.sleep(0.3)
    writer.write(b"GET /health HTTP/1.1\r\nHost: test\r\n\r\n")
    await writer.drain()
    second = await asyncio.wait_for(reader.read(65536), 5)
    writer.close()
    # Either the next request is served, or the connection was closed after the 401.
    assert second == b"" or second.startswith(b"HTTP/1.1 200"), second


async def test_pipelined_requests_are_answered_and_the_header_timer_rearms(
    edge_server: tuple[Server, str],
) -> None:
    """Two requests in one write, a large (12 KiB) head among them: both answered in order;
    then the idle connection is closed by the header timeout (1 s here)."""
    server, _ = edge_server
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    get = b"GET /health HTTP/1.1\r\nHost: test\r\n"
    writer.write(get + b"\r\n" + get + b"X-Padding: " + b"x" * 12288 + b"\r\n\r\n")
    await writer.drain()
    answer, took = await _until_closed(reader, writer, b"", within=5)
    assert answer.count(b"HTTP/1.1 200") == 2, answer
    assert took < 4, took  # the keep-alive timeout (5 s) would be later


async def test_the_header_timer_counts_from_the_last_answer(
    edge_server: tuple[Server, str],
) -> None:
    """A request sent late in the connection's first wait for headers is answered, and the
    connection then gets the whole header timeout (1 s here) again before it is closed."""
    server, _ = edge_server
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    await asyncio.sleep(0.7)
    writer.write(b"GET /health HTTP/1.1\r\nHost: test\r\n\r\n")
    await writer.drain()
    answer, took = await _until_closed(reader, writer, b"", within=5)
    assert answer.count(b"HTTP/1.1 200") == 1, answer
    # Closed a timeout after the answer: not at the first wait's end (0.3 s from here),
    # nor at the keep-alive timeout (5 s).
    assert 0.8 < took < 4, took
    assert '"event": "http.header_timeout"' in server.log()


async def test_a_client_that_disconnects_mid_body_is_logged_in_one_line(
    edge_server: tuple[Server, str],
) -> None:
    server, token = edge_server
    for _ in range(3):
        _, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(
            head(
                "/graphql",
                f"Authorization: Bearer {token}",
                "Content-Type: application/json",
                "Content-Length: 1000",
            )
            + b'{"query": "{ viewer'
        )
        await writer.drain()
        await asyncio.sleep(0.2)  # the server is reading the body
        writer.close()
        await writer.wait_closed()
    deadline = time.monotonic() + 10
    while server.log().count('"event": "request.client_disconnected"') < 3:
        assert time.monotonic() < deadline, server.log()
        await asyncio.sleep(0.1)
    log = server.log()
    assert '"status": 499' in log
    assert "Traceback" not in log, log
    assert "request.unhandled_error" not in log


async def test_a_client_still_sending_a_refused_head_reads_the_400_not_a_reset(
    edge_server: tuple[Server, str],
) -> None:
    """The server answers 400 to a head past its limit while the client is still sending
    (here 1 MiB of it): closing at once, with those bytes unread, would make the kernel
    reset the connection, and the reset can overtake the answer. The server half-closes,
    drops what still comes, and the client reads the 400, then the end."""
    server, _ = edge_server
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    writer.write(b"GET /health HTTP/1.1\r\nHost: test\r\nX-Padding: " + b"x" * (1024 * 1024))
    answer = await asyncio.wait_for(reader.read(), 10)
    writer.close()
    assert answer.startswith(b"HTTP/1.1 400"), answer
    assert b"connection: close" in answer.lower()
