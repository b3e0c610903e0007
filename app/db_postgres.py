"""Tortoise's asyncpg client, with a bounded wait for a pooled connection.

Tortoise passes ``timeout`` (connect), ``command_timeout`` and ``server_settings`` through to
asyncpg (see ``app.db.tortoise_config``), but acquires pool connections without a timeout:
with every connection stuck on a frozen server, each further request would wait forever.
Here every ``acquire`` without its own timeout gets ``acquire_timeout``; asyncpg applies the
same timeout to the release, which waits for a timed-out statement's cancellation and
otherwise closes the connection instead of returning it to the pool.

Released connections go back to the pool without asyncpg's reset statement. asyncpg's
default ``Connection.reset()`` sends ``SELECT pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN
*; RESET ALL`` on every release, and Tortoise acquires a pooled connection per statement
outside transactions: one extra round trip per statement. The service leaves no session
state on a pooled connection for that reset to undo: no LISTEN, no session advisory locks
(the migration lock is taken on a connection of its own, outside the pool), no cursors
(Tortoise fetches whole results), no SET (the statement timeout is a startup parameter of
the connection, which RESET ALL would keep anyway). asyncpg still rolls back a transaction
left open on a released connection (``Connection._reset``, before the pool's ``reset``
hook, and only then a round trip), and still closes a connection whose release fails or
times out.

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


async def keep_session(_connection: asyncpg.Connection) -> None:
    """The pool's ``reset`` hook: nothing to undo (see the module's docstring)."""


class AsyncpgClientWithTimeouts(AsyncpgDBClient):
    def __init__(self, *, acquire_timeout: float | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.acquire_timeout = acquire_timeout

    async def create_pool(self, **kwargs: Any) -> asyncpg.Pool:
        pool = await super().create_pool(reset=keep_session, **kwargs)
        return cast(asyncpg.Pool, _PoolWithAcquireTimeout(pool, self.acquire_timeout))


client_class = AsyncpgClientWithTimeouts
