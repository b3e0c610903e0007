"""Rate limits, kept by the `limits` library (moving windows).

Two kinds: failed authentication per client address (a presented token that is unknown,
expired, revoked, or of a deactivated user), and expensive GraphQL operations per token
(every root field of a mutation; every report field of a query). The state lives where
``RATE_LIMIT_STORAGE_URI`` says: ``memory://`` (one process, nothing to install) or
``redis://`` / ``rediss://`` (shared by every process and replica; needs the `redis`
package, the project's ``redis`` extra).

For ``memory://`` the windows are kept here (``InProcessWindows``), not by the library's
async memory storage: that one starts an expiry pass after each hit which sends every
key's list through ``asyncio.to_thread``, a thread hop per key per request (about 0.3 ms
of CPU on each mutation and report, measured on ``make bench-posting``'s post).

A storage that fails (Redis down) limits nothing: rate limits protect the service, they
are not what keeps the books right, so an outage of theirs must not become the service's.
Each such failure is logged in one line.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol

from limits import RateLimitItem, WindowStats, parse
from limits.aio.strategies import MovingWindowRateLimiter
from limits.storage import storage_from_string

from app.log import error_summary, get_logger
from app.services.errors import DomainError, ErrorCode
from app.settings import Settings

log = get_logger("app.rate_limits")

Kind = Literal["mutations", "reports"]
# How long a Redis command may take before the limit is skipped for this request.
_REDIS_TIMEOUT_SECONDS = 1.0


class RateLimited(DomainError):
    code = ErrorCode.RATE_LIMITED

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Windows(Protocol):
    """What ``RateLimits`` asks of a moving-window limiter (``limits``' own has these)."""

    async def hit(self, item: RateLimitItem, *identifiers: str, cost: int = 1) -> bool: ...

    async def test(self, item: RateLimitItem, *identifiers: str, cost: int = 1) -> bool: ...

    async def get_window_stats(self, item: RateLimitItem, *identifiers: str) -> WindowStats: ...


class _Window:
    __slots__ = ("hits", "used")

    def __init__(self) -> None:
        self.hits: deque[tuple[float, int]] = deque()  # (when, cost), oldest first
        self.used = 0

    def newest(self) -> float:
        return self.hits[-1][0] if self.hits else float("-inf")

    def expire(self, before: float) -> None:
        hits = self.hits
        while hits and hits[0][0] <= before:
            self.used -= hits.popleft()[1]


class InProcessWindows:
    """Moving windows in this process's memory, with the semantics of ``limits``'
    ``MovingWindowRateLimiter``: a hit of cost c is taken when the hits of the last
    expiry seconds and c together are within the limit, and the window frees as its oldest
    hit ages out. Nothing here awaits, so each call is atomic on the event loop. A sweep at
    most once a ``SWEEP_SECONDS`` drops the windows whose newest hit is older than the
    longest window in use, so the memory held is bounded by the keys (addresses refused,
    tokens used) of that window plus a sweep's interval. (At exactly ``expiry`` seconds a
    hit has left the window; ``limits``' own storage still counts it at that instant.)"""

    SWEEP_SECONDS = 60.0

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._windows: dict[str, _Window] = {}
        self._longest_expiry = 0
        self._next_sweep = clock() + self.SWEEP_SECONDS

    def __len__(self) -> int:
        """How many keys' windows are held."""
        return len(self._windows)

    def _window(self, key: str, expiry: int, now: float) -> _Window:
        """The key's window as of ``now`` (empty, not stored, if it has no hits)."""
        if now >= self._next_sweep:
            self._sweep(now)
        self._longest_expiry = max(self._longest_expiry, expiry)
        window = self._windows.get(key)
        if window is None:
            return _Window()
        window.expire(now - expiry)
        return window

    def _sweep(self, now: float) -> None:
        self._next_sweep = now + self.SWEEP_SECONDS
        cutoff = now - self._longest_expiry
        idle = [key for key, window in self._windows.items() if window.newest() <= cutoff]
        for key in idle:
            del self._windows[key]

    async def hit(self, item: RateLimitItem, *identifiers: str, cost: int = 1) -> bool:
        now, key = self._clock(), item.key_for(*identifiers)
        window = self._window(key, item.get_expiry(), now)
        if window.used + cost > item.amount:
            return False
        if not window.hits:
            self._windows[key] = window
        window.hits.append((now, cost))
        window.used += cost
        return True

    async def test(self, item: RateLimitItem, *identifiers: str, cost: int = 1) -> bool:
        window = self._window(item.key_for(*identifiers), item.get_expiry(), self._clock())
        return window.used + cost <= item.amount

    async def get_window_stats(self, item: RateLimitItem, *identifiers: str) -> WindowStats:
        now = self._clock()
        window = self._window(item.key_for(*identifiers), item.get_expiry(), now)
        start = window.hits[0][0] if window.hits else now
        return WindowStats(start + item.get_expiry(), item.amount - window.used)


def async_storage_uri(uri: str) -> str:
    """The `limits` async storage for a plain storage URI (memory://, redis://, rediss://)."""
    return f"async+{uri}"


@dataclass
class RateLimits:
    storage_uri: str
    auth_failures: RateLimitItem
    mutations: RateLimitItem
    reports: RateLimitItem
    _limiter: Windows | None = field(default=None, init=False, repr=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> RateLimits:
        return cls(
            storage_uri=settings.rate_limit_storage_uri,
            auth_failures=parse(settings.rate_limit_auth_failures),
            mutations=parse(settings.rate_limit_mutations),
            reports=parse(settings.rate_limit_reports),
        )

    def limiter(self) -> Windows:
        # Made on first use, inside the running event loop (where Redis clients are made).
        if self._limiter is None and self.storage_uri.startswith("memory"):
            self._limiter = InProcessWindows()
        if self._limiter is None:
            options: dict[str, float | str | bool] = {}
            if self.storage_uri.startswith("redis"):
                options = {
                    "implementation": "redispy",
                    "socket_timeout": _REDIS_TIMEOUT_SECONDS,
                    "socket_connect_timeout": _REDIS_TIMEOUT_SECONDS,
                }
            storage = storage_from_string(async_storage_uri(self.storage_uri), **options)
            self._limiter = MovingWindowRateLimiter(storage)
        return self._limiter

    async def _retry_after(self, item: RateLimitItem, *identifiers: str) -> int:
        stats = await self.limiter().get_window_stats(item, *identifiers)
        return max(1, math.ceil(stats.reset_time - time.time()))

    async def auth_blocked(self, address: str) -> int | None:
        """Seconds until ``address`` may present a token again, if its failures used up
        its budget; None if it may now."""
        try:
            if await self.limiter().test(self.auth_failures, "auth-failures", address):
                return None
            return await self._retry_after(self.auth_failures, "auth-failures", address)
        except Exception as error:
            log.warning("rate_limit.storage_failed", error=error_summary(error))
            return None

    async def auth_failed(self, address: str) -> None:
        try:
            await self.limiter().hit(self.auth_failures, "auth-failures", address)
        except Exception as error:
            log.warning("rate_limit.storage_failed", error=error_summary(error))

    async def take(self, kind: Kind, token_key: str, cost: int) -> RateLimited | None:
        """Use ``cost`` of the token's budget of ``kind``; the refusal if it has not enough
        left (then nothing is used)."""
        item = self.mutations if kind == "mutations" else self.reports
        try:
            if await self.limiter().hit(item, kind, token_key, cost=cost):
                return None
            retry_after = await self._retry_after(item, kind, token_key)
        except Exception as error:
            log.warning("rate_limit.storage_failed", error=error_summary(error))
            return None
        what = "mutations" if kind == "mutations" else "report queries"
        return RateLimited(
            f"Too many {what} with this token (at most {item.amount} per "
            f"{_window(item)}); retry in {retry_after} s.",
            retry_after,
        )


def _window(item: RateLimitItem) -> str:
    seconds = item.get_expiry()
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds % size == 0:
            count = seconds // size
            return unit if count == 1 else f"{count} {unit}s"
    return f"{seconds} s"
