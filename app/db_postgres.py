"""Tortoise's asyncpg client, with a bounded wait for a pooled connection.

Tortoise passes ``timeout`` (connect), ``command_timeout`` and ``server_settings`` through to
asyncpg (see ``app.db.tortoise_config``), but acquires pool connections without a timeout:
with every connection stuck on a frozen server, each further request would wait forever.
Here every ``acquire`` without its own timeout gets ``acquire_timeout``; asyncpg applies the
same timeout to the release, which waits for a timed-out statement's cancellation and
otherwise closes the connection instead of returning it to the pool.

Tortoise loads this module as the connection's ``engine`` and builds ``client_class``.
"""

from __future__ import annotations

from typing import Any, cast

import asyncpg
from tortoise.backends.asyncpg.client import AsyncpgDBClient


class _PoolWithAcquireTimeout:
    """An asyncpg pool whose ``acquire`` waits at most ``acquire_timeout`` by default."""

    def __init__(self, pool: asyncpg.Pool, acquire_timeout: float | None) -> None:
        self._pool = pool
        self._acquire_timeout = acquire_timeout

    def acquire(self, *, timeout: float | None = None) -> Any:
        return self._pool.acquire(timeout=self._acquire_timeout if timeout is None else timeout)

    def __getattr__(self, name: str) -> Any:
        # release, close, terminate, expire_connections... are the pool's own.
        return getattr(self._pool, name)


class AsyncpgClientWithTimeouts(AsyncpgDBClient):
    def __init__(self, *, acquire_timeout: float | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.acquire_timeout = acquire_timeout

    async def create_pool(self, **kwargs: Any) -> asyncpg.Pool:
        pool = await super().create_pool(**kwargs)
        return cast(asyncpg.Pool, _PoolWithAcquireTimeout(pool, self.acquire_timeout))


client_class = AsyncpgClientWithTimeouts
