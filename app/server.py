"""How `python -m app serve` runs uvicorn: HTTP/1.1 over h11, with limits on what a client
may hold open.

uvicorn bounds the size of a request's headers (h11's incomplete-event limit: larger heads
are refused with 400) and closes idle keep-alive connections, but any byte received cancels
its keep-alive timer: a client sending its headers a byte at a time, or the rest of a body
the app did not read, holds its connection forever. ``H11WithHeaderTimeout`` closes a
connection whose next request's headers are not complete ``header_timeout`` seconds after
it opened or after its previous response. Once the headers are in, the time a body may take
is the app's to bound (``app.middleware.RequestBodyMiddleware``).
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from app.log import get_logger
from app.settings import Settings, get_settings

log = get_logger("app.server")

# h11's own default, said out loud: request line and headers together, in bytes.
MAX_HEADER_BYTES = 16 * 1024


class H11WithHeaderTimeout(H11Protocol):
    header_timeout: float = 10.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_timer: asyncio.TimerHandle | None = None
        self._timed_cycle: object = None

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

    def _arm_header_timer(self) -> None:
        self._cancel_header_timer()
        self._timed_cycle = self.cycle
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _cancel_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _disarm_when_a_request_started(self) -> None:
        # uvicorn makes a new request-response cycle when a request's headers are complete.
        if self._header_timer is not None and self.cycle is not self._timed_cycle:
            self._cancel_header_timer()

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if not self.transport.is_closing():
            client = f"{self.client[0]}:{self.client[1]}" if self.client else None
            log.info("http.header_timeout", client=client, timeout_seconds=self.header_timeout)
            self.transport.close()


class ConfiguredH11(H11WithHeaderTimeout):
    """The protocol ``serve`` names to uvicorn by its import path, so that worker processes
    can load it too; each reads the header timeout from its own (identical) environment."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.header_timeout = get_settings().http_header_timeout_seconds


HTTP_PROTOCOL = f"{__name__}:{ConfiguredH11.__name__}"
APP_FACTORY = "app.main:app"


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """What `serve` passes to ``uvicorn.run`` besides the app, host and port."""
    return {
        "log_config": None,
        "access_log": False,
        "proxy_headers": True,
        "http": HTTP_PROTOCOL,
        "timeout_keep_alive": settings.http_keep_alive_timeout_seconds,
        "h11_max_incomplete_event_size": MAX_HEADER_BYTES,
    }
