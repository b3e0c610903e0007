"""How `python -m app serve` runs uvicorn: HTTP/1.1 with limits on what a client may hold
open, over uvloop and httptools where the platform has them, else asyncio and h11.

uvloop (the event loop) and httptools (the HTTP parser, llhttp) are the parts of
``uvicorn[standard]`` that make serving cheaper; uvicorn's ``loop="auto"`` takes uvloop when
it is installed. Measured on the 20-credit eligibleCredits query served to wrk on
PostgreSQL: uvloop cut the server's CPU per request by about 6%, httptools about 5% more.

A request's head is bounded in size and time, whichever parser reads it. h11 refuses a head
still incomplete past ``MAX_HEADER_BYTES`` (its incomplete-event limit); httptools has no
such limit, so ``HttpToolsWithLimits`` counts the bytes received while waiting for a head
and answers 400 past the same bound. uvicorn closes idle keep-alive connections, but any
byte received cancels its keep-alive timer: a client sending its headers a byte at a time,
or the rest of a body the app did not read, would hold its connection forever. Both
protocols close a connection whose next request's headers are not complete
``header_timeout`` seconds after it opened or after its previous response. Once the headers
are in, the time a body may take is the app's to bound
(``app.middleware.RequestBodyMiddleware``).
"""

from __future__ import annotations

import asyncio
import importlib.util
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from app.log import get_logger
from app.settings import Settings, get_settings

log = get_logger("app.server")

# h11's own default, said out loud: request line and headers together, in bytes.
MAX_HEADER_BYTES = 16 * 1024

HAS_HTTPTOOLS = importlib.util.find_spec("httptools") is not None


class _HeaderTimeout:
    """The header timer, for a uvicorn HTTP protocol class (mixed in before it).

    A keep-alive connection waits for headers after every response. Rather than a timer
    made and cancelled per request, the connection keeps one timer and a deadline: arming
    moves the deadline, a request's start clears it, and the timer, when it fires, closes
    the connection if the deadline has passed, waits again if it was moved, and goes away
    if no headers are awaited (the next wait makes a new one)."""

    header_timeout: float = 10.0
    # Provided by the uvicorn protocol class.
    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport
    cycle: Any
    client: tuple[str, int] | None

    def _init_header_timer(self) -> None:
        self._header_timer: asyncio.TimerHandle | None = None
        # When the headers awaited now must have arrived; None while none are awaited.
        self._header_deadline: float | None = None
        self._timed_cycle: object = None

    def _arm_header_timer(self) -> None:
        self._timed_cycle = self.cycle
        self._header_deadline = self.loop.time() + self.header_timeout
        if self._header_timer is None:
            self._header_timer = self.loop.call_at(self._header_deadline, self._header_time_up)

    def _cancel_header_timer(self) -> None:
        self._header_deadline = None
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _disarm_when_a_request_started(self) -> None:
        # uvicorn makes a new request-response cycle when a request's headers are complete.
        if self._header_deadline is not None and self.cycle is not self._timed_cycle:
            self._header_deadline = None

    def _header_time_up(self) -> None:
        self._header_timer = None
        deadline = self._header_deadline
        if deadline is None:
            return
        if deadline > self.loop.time():  # re-armed since this timer was set
            self._header_timer = self.loop.call_at(deadline, self._header_time_up)
            return
        self._header_deadline = None
        if not self.transport.is_closing():
            client = f"{self.client[0]}:{self.client[1]}" if self.client else None
            log.info("http.header_timeout", client=client, timeout_seconds=self.header_timeout)
            self.transport.close()


# How long a connection refused with a 400 keeps reading (and dropping) what the client still
# sends, after its answer and a half-close, before it is closed.
LINGER_SECONDS = 2.0


class _LingerOnClose:
    """A transport whose ``close`` lingers instead (for uvicorn's ``send_400_response``)."""

    def __init__(self, transport: asyncio.Transport, linger: Any) -> None:
        self._transport = transport
        self._linger = linger

    def close(self) -> None:
        self._linger()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class _LingeringClose:
    """A lingering close after a 400 (a head too large or malformed), mixed in first.

    Closing a socket with bytes still unread makes the kernel reset the connection, and the
    reset can reach the client before the 400 it was sent: a client still writing a head
    past the limit would see "connection reset" instead of the answer. So the answer is
    followed by a half-close (FIN), what the client still sends is read and dropped, and
    the connection closes when the client closes its side or ``LINGER_SECONDS`` later."""

    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport
    _lingering: asyncio.TimerHandle | None = None

    def send_400_response(self, msg: str) -> None:
        if self._lingering is not None:
            return  # answered already
        transport = self.transport
        self.transport = _LingerOnClose(transport, lambda: self._linger(transport))  # type: ignore[assignment]
        try:
            super().send_400_response(msg)  # type: ignore[misc]
        finally:
            self.transport = transport

    def _linger(self, transport: asyncio.Transport) -> None:
        if self._lingering is not None or transport.is_closing():
            return
        if not transport.can_write_eof():
            transport.close()
            return
        transport.write_eof()
        self._lingering = self.loop.call_later(LINGER_SECONDS, transport.close)

    def data_received(self, data: bytes) -> None:
        if self._lingering is not None:
            return  # answered and half-closed: what follows is dropped
        super().data_received(data)  # type: ignore[misc]

    def connection_lost(self, exc: Exception | None) -> None:
        if self._lingering is not None:
            self._lingering.cancel()
        super().connection_lost(exc)  # type: ignore[misc]


class H11WithHeaderTimeout(_LingeringClose, _HeaderTimeout, H11Protocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._init_header_timer()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_header_timer()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._disarm_when_a_request_started()

    def on_response_complete(self) -> None:
        # Armed first: completing a response may start a pipelined request at once.
        self._arm_header_timer()
        super().on_response_complete()
        self._disarm_when_a_request_started()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_header_timer()
        super().connection_lost(exc)


class ConfiguredH11(H11WithHeaderTimeout):
    """The protocol ``serve`` names to uvicorn by its import path, so that worker processes
    can load it too; each reads the header timeout from its own (identical) environment."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.header_timeout = get_settings().http_header_timeout_seconds


if HAS_HTTPTOOLS:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    class _HeadTooLarge(Exception):
        pass

    class HttpToolsWithLimits(_LingeringClose, _HeaderTimeout, HttpToolsProtocol):
        """httptools with the header timer and a bound on the size of a request's head.

        httptools has no bound of its own. The head is measured as the parser sees it, never
        counting a body: what its callbacks hand over (URL and header pieces) and, for a head
        that does not complete, every byte received while the parser is in it. A body the
        app did not read (answered early, say 401) is still parsed and skipped, and is not a
        head."""

        max_header_bytes: int = MAX_HEADER_BYTES

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._init_header_timer()
            self._head_bytes = 0  # of the head being parsed, by callbacks
            self._pending_bytes = 0  # received while no head completed (unparsed pieces)
            self._in_body = False  # between a request's head and its end, as parsed
            self._heads_completed = 0

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm_header_timer()

        def _count_head(self, size: int) -> None:
            self._head_bytes += size
            if self._head_bytes > self.max_header_bytes:
                # httptools turns it into HttpParserError; uvicorn answers 400 and closes.
                raise _HeadTooLarge

        def on_message_begin(self) -> None:
            self._head_bytes = 0
            super().on_message_begin()

        def on_url(self, url: bytes) -> None:
            self._count_head(len(url))
            super().on_url(url)

        def on_header(self, name: bytes, value: bytes) -> None:
            self._count_head(len(name) + len(value) + 4)
            super().on_header(name, value)

        def on_headers_complete(self) -> None:
            self._in_body = True
            self._heads_completed += 1
            super().on_headers_complete()

        def on_message_complete(self) -> None:
            self._in_body = False
            super().on_message_complete()

        def data_received(self, data: bytes) -> None:
            in_head = not self._in_body
            completed = self._heads_completed
            super().data_received(data)
            self._disarm_when_a_request_started()
            if not in_head or self._in_body or self._heads_completed != completed:
                # Some of it was a body, or a head completed (its callbacks counted it).
                self._pending_bytes = 0
                return
            self._pending_bytes += len(data)
            if self._pending_bytes > self.max_header_bytes and not self.transport.is_closing():
                log.info("http.header_too_large", max_bytes=self.max_header_bytes)
                self._cancel_header_timer()
                self.send_400_response("Request headers too large.")

        def on_response_complete(self) -> None:
            waiting = bool(self.pipeline)  # a request already read starts now
            super().on_response_complete()
            if not waiting and not self.transport.is_closing():
                self._arm_header_timer()

        def connection_lost(self, exc: Exception | None) -> None:
            self._cancel_header_timer()
            super().connection_lost(exc)

    class ConfiguredHttpTools(HttpToolsWithLimits):
        """As ``ConfiguredH11``, for httptools."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.header_timeout = get_settings().http_header_timeout_seconds


HTTP_PROTOCOL = f"{__name__}:{'ConfiguredHttpTools' if HAS_HTTPTOOLS else 'ConfiguredH11'}"
APP_FACTORY = "app.main:app"


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """What `serve` passes to ``uvicorn.run`` besides the app, host and port."""
    return {
        "log_config": None,
        "access_log": False,
        "proxy_headers": True,
        # uvloop where installed (not on Windows nor PyPy), else asyncio's own loop.
        "loop": "auto",
        "http": HTTP_PROTOCOL,
        "timeout_keep_alive": settings.http_keep_alive_timeout_seconds,
        "h11_max_incomplete_event_size": MAX_HEADER_BYTES,
    }
