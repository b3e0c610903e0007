"""A counting proxy for the PostgreSQL wire protocol, to count what a server sends per request.

pg_stat_statements needs a server restart to load; this needs nothing. Clients connect to
the proxy instead of PostgreSQL; it answers their SSL request with "no" (so the traffic is
readable), forwards every byte both ways, and reads the client's messages:

- a simple ``Query`` ('Q') is one statement and one round trip (asyncpg's connection reset
  and BEGIN/COMMIT travel this way);
- in the extended protocol, each ``Execute`` ('E') runs one statement, each ``Sync`` ('S')
  ends one round trip, each ``Parse`` ('P') prepares one (asyncpg caches prepared
  statements per connection, so a warm connection parses nothing).

The statement texts are kept too (by the prepared statement a ``Bind`` names), to show
which statements a request sends.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import struct
from collections import Counter
from dataclasses import dataclass, field

SSL_REQUEST = 80877103
GSSENC_REQUEST = 80877104


@dataclass
class WireCounts:
    statements: int = 0
    round_trips: int = 0
    prepares: int = 0
    texts: Counter[str] = field(default_factory=Counter)

    def reset(self) -> None:
        self.statements = self.round_trips = self.prepares = 0
        self.texts.clear()


def _cstring(data: bytes, start: int) -> tuple[str, int]:
    end = data.index(b"\0", start)
    return data[start:end].decode("utf-8", "replace"), end + 1


def _short(sql: str) -> str:
    """The start of a statement, and the table it reads from when that is further on."""
    text = " ".join(sql.split())
    if len(text) <= 90:
        return text
    table = re.search(r"\bFROM\s+(\S+)", text, re.IGNORECASE)
    return text[:60] + (f" ... FROM {table.group(1)}" if table else " ...")


class CountingProxy:
    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.counts = WireCounts()
        self._server: asyncio.Server | None = None
        self.port = 0

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._client, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream_writer: asyncio.StreamWriter | None = None
        try:
            # Startup: an SSL (or GSS) request first, maybe; then the startup message.
            while True:
                length = struct.unpack("!I", await reader.readexactly(4))[0]
                body = await reader.readexactly(length - 4)
                code = struct.unpack("!I", body[:4])[0]
                if code in (SSL_REQUEST, GSSENC_REQUEST):
                    writer.write(b"N")
                    await writer.drain()
                    continue
                break
            upstream_reader, upstream_writer = await asyncio.open_connection(*self.upstream)
            upstream_writer.write(struct.pack("!I", length) + body)
            pump = asyncio.ensure_future(self._pump(upstream_reader, writer))
            try:
                await self._messages(reader, upstream_writer)
            finally:
                pump.cancel()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            for stream in (writer, upstream_writer):
                if stream is not None:
                    stream.close()

    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError, asyncio.CancelledError):
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        writer.close()

    async def _messages(self, reader: asyncio.StreamReader, upstream: asyncio.StreamWriter) -> None:
        prepared: dict[str, str] = {}
        portals: dict[str, str] = {}
        counts = self.counts
        while True:
            head = await reader.readexactly(5)
            kind, length = head[:1], struct.unpack("!I", head[1:])[0]
            body = await reader.readexactly(length - 4)
            if kind == b"Q":
                sql, _ = _cstring(body, 0)
                counts.statements += 1
                counts.round_trips += 1
                counts.texts[_short(sql)] += 1
            elif kind == b"P":
                name, at = _cstring(body, 0)
                prepared[name], _ = _cstring(body, at)
                counts.prepares += 1
            elif kind == b"B":
                portal, at = _cstring(body, 0)
                statement, _ = _cstring(body, at)
                portals[portal] = prepared.get(statement, "?")
            elif kind == b"E":
                portal, _ = _cstring(body, 0)
                counts.statements += 1
                counts.texts[_short(portals.get(portal, "?"))] += 1
            elif kind == b"S":
                counts.round_trips += 1
            upstream.write(head + body)
            await upstream.drain()
