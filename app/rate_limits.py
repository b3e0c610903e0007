"""Rate limits, kept by the `limits` library (moving windows).

Two kinds: failed authentication per client address (a presented token that is unknown,
expired, revoked, or of a deactivated user), and expensive GraphQL operations per token
(every root field of a mutation; every report field of a query). The state lives where
``RATE_LIMIT_STORAGE_URI`` says: ``memory://`` (one process, nothing to install) or
``redis://`` / ``rediss://`` (shared by every process and replica; needs the `redis`
package, the project's ``redis`` extra).

A storage that fails (Redis down) limits nothing: rate limits protect the service, they
are not what keeps the books right, so an outage of theirs must not become the service's.
Each such failure is logged in one line.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Literal

from limits import RateLimitItem, parse
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


def async_storage_uri(uri: str) -> str:
    """The `limits` async storage for a plain storage URI (memory://, redis://, rediss://)."""
    return f"async+{uri}"


@dataclass
class RateLimits:
    storage_uri: str
    auth_failures: RateLimitItem
    mutations: RateLimitItem
    reports: RateLimitItem
    _limiter: MovingWindowRateLimiter | None = field(default=None, init=False, repr=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> RateLimits:
        return cls(
            storage_uri=settings.rate_limit_storage_uri,
            auth_failures=parse(settings.rate_limit_auth_failures),
            mutations=parse(settings.rate_limit_mutations),
            reports=parse(settings.rate_limit_reports),
        )

    def limiter(self) -> MovingWindowRateLimiter:
        # Made on first use, inside the running event loop: the in-memory storage starts
        # its expiry task when it is made.
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
