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

A request may also hold one pooled connection for all its statements
(``holding_connection``): Tortoise acquires and releases a connection per statement outside
transactions, and each acquire and release (asyncpg shields the release in a task of its
own) cost more CPU than a small statement. Inside the scope, every acquire of the pool in
the request gets the same connection, one statement or transaction at a time, and the
connection goes back to the pool when the scope ends.

Tortoise loads this module as the connection's ``engine`` and builds ``client_class``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Generator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any, cast

import asyncpg
from tortoise import connections
from tortoise.backends.asyncpg.client import AsyncpgDBClient


class _Held:
    """A pooled connection lent to one request: taken from the pool at its first statement,
    used by one statement (or transaction) at a time, returned when the request ends."""

    __slots__ = ("connection", "lock", "open", "pool", "return_when_free")

    def __init__(self, pool: _PoolWithAcquireTimeout) -> None:
        self.pool = pool
        self.connection: Any = None
        self.lock = asyncio.Lock()
        self.open = True
        # The request ended while a task it started still ran a statement on it: that
        # statement's release returns it to the pool.
        self.return_when_free = False


_HELD: ContextVar[_Held | None] = ContextVar("app_held_connection", default=None)


class _Lending:
    """``pool.acquire()`` inside ``holding_connection``: awaitable, as Tortoise uses it."""

    __slots__ = ("held", "timeout")

    def __init__(self, held: _Held, timeout: float | None) -> None:
        self.held = held
        self.timeout = timeout

    def __await__(self) -> Generator[Any, None, Any]:
        return self._lend().__await__()

    async def _lend(self) -> Any:
        held = self.held
        await held.lock.acquire()
        if held.connection is None:
            try:
                held.connection = await held.pool._pool.acquire(timeout=self.timeout)
            except BaseException:
                held.lock.release()
                raise
            held.pool._lent[id(held.connection)] = held
        return held.connection


class _PoolWithAcquireTimeout:
    """An asyncpg pool whose ``acquire`` waits at most ``acquire_timeout`` by default, and
    lends a request's held connection inside ``holding_connection``."""

    def __init__(self, pool: asyncpg.Pool, acquire_timeout: float | None) -> None:
        self._pool = pool
        self._acquire_timeout = acquire_timeout
        self._lent: dict[int, _Held] = {}

    def acquire(self, *, timeout: float | None = None) -> Any:
        timeout = self._acquire_timeout if timeout is None else timeout
        held = _HELD.get()
        if held is not None and held.pool is self and held.open:
            return _Lending(held, timeout)
        return self._pool.acquire(timeout=timeout)

    async def release(self, connection: Any, *, timeout: float | None = None) -> None:  # noqa: ASYNC109 - asyncpg's
        held = self._lent.get(id(connection))
        if held is None or held.connection is not connection:
            await self._pool.release(connection, timeout=timeout)
            return
        if held.return_when_free:
            self._lent.pop(id(connection), None)
            held.lock.release()
            await self._pool.release(connection, timeout=timeout)
            return
        held.lock.release()

    async def give_back(self, held: _Held) -> None:
        """The end of a request's hold: its connection back to the pool, now if no
        statement runs on it, else when that statement's release comes."""
        held.open = False
        connection = held.connection
        if connection is None:
            return
        if held.lock.locked():
            held.return_when_free = True
            return
        self._lent.pop(id(connection), None)
        await self._pool.release(connection)

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


@asynccontextmanager
async def holding_connection(connection_name: str) -> AsyncIterator[None]:
    """Every statement of this task (and of the tasks it starts) on the pool of
    ``connection_name`` uses one pooled connection until the scope ends (see the module's
    docstring). Nothing on SQLite, nor where a hold is already open."""
    pool = getattr(connections.get(connection_name), "_pool", None)
    current = _HELD.get()
    if not isinstance(pool, _PoolWithAcquireTimeout) or (
        current is not None and current.pool is pool and current.open
    ):
        yield
        return
    held = _Held(pool)
    token = _HELD.set(held)
    try:
        yield
    finally:
        _HELD.reset(token)
        await pool.give_back(held)
