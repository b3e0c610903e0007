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

A GraphQL request's execution may also keep one pooled connection for its statements
(``holding_connection``): Tortoise acquires and releases a connection per statement outside
transactions, and each acquire and release (asyncpg shields the release in a task of its
own) costs more CPU than a small statement, and under load each statement queues for the
pool again. Inside the scope the first statement takes a connection from the pool as usual
and the scope keeps it; a later statement (or transaction) reuses it when it is free. It
never waits for it: a statement that comes while the kept connection is busy (a concurrent
statement of the same request) takes one of its own from the pool, as it would without the
scope, so nothing in a request can wait on itself. The kept connection goes back through
asyncpg's release (its checks, its housekeeping) when the scope ends, after a transaction
(a connection that died at COMMIT must not serve the answer's reads), or at once when a
statement leaves it closed or inside a transaction, so the next statement starts on a sound
connection; one lost while kept between statements is replaced at the next.
When a statement finishes on it while another statement of the same scope waits for the
pool, it goes back too: a scope never keeps a connection idle while it waits for another,
so scopes cannot starve the pool between them. Other requests wait for a kept connection as
they would for one held by a transaction: until the operation ends (milliseconds). The scope
takes nothing until a statement runs, so a client sending its body slowly holds none.

A pooled connection whose server process ended while it sat idle in the pool (terminated by
an administrator, a failover, ``idle_session_timeout``) is normally seen closed by asyncpg and
replaced by the pool on acquire. PostgreSQL sends its FATAL message before it closes the
socket, though; a statement that takes the connection between the two finds asyncpg's
protocol still consuming that message, and asyncpg refuses it before anything runs
(``never_ran``) and closes the connection. Such a statement outside a transaction, and the
BEGIN of a transaction, run once more on another connection; anywhere else the failure is a
lost connection (503, retry), never an internal error.

Tortoise loads this module as the connection's ``engine`` and builds ``client_class``.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextvars import ContextVar, Token
from typing import Any, cast

import asyncpg
from tortoise import connections
from tortoise.backends.asyncpg.client import AsyncpgDBClient, TransactionWrapper
from tortoise.backends.base.client import TransactionContext, TransactionContextPooled
from tortoise.connection import get_connections

from app.log import get_logger

log = get_logger("app.db")


def never_ran(error: BaseException) -> bool:
    """Whether ``error`` is asyncpg refusing to start a statement on a connection whose
    protocol is not idle: the server sent a message while the connection was idle (its
    FATAL on termination) and the socket's close has not been read yet. The statement did
    not run (at most its Parse went out, which executes nothing), and asyncpg has closed
    the connection."""
    return isinstance(error, asyncpg.InternalClientError) and str(error).startswith(
        "cannot switch to state"
    )


class _Kept:
    """The connection a scope keeps between its statements (``holding_connection``)."""

    __slots__ = ("busy", "connection", "open", "pool", "waiting")

    def __init__(self, pool: _PoolWithAcquireTimeout) -> None:
        self.pool = pool
        self.connection: Any = None
        # A statement or transaction of the scope runs on it now.
        self.busy = False
        # The scope has not ended.
        self.open = True
        # Statements of the scope waiting for a pooled connection (the kept one was busy).
        self.waiting = 0


_KEPT: ContextVar[_Kept | None] = ContextVar("app_kept_connection", default=None)
# Set while a transaction hands its connection back (``_Transaction.__aexit__``).
_TRANSACTION_ENDING: ContextVar[bool] = ContextVar("app_transaction_ending", default=False)


def _reusable(connection: Any) -> bool:
    """Whether the next statement may run on ``connection`` as it is: open and outside a
    transaction. (After a cancelled statement asyncpg itself makes the next one wait until
    the server has cancelled it.)"""
    try:
        return not (connection.is_closed() or connection.is_in_transaction())
    except asyncpg.InterfaceError:
        # Lost: asyncpg has already given the connection's place in the pool back.
        return False


class _PoolWithAcquireTimeout:
    """An asyncpg pool whose ``acquire`` waits at most ``acquire_timeout`` by default, and
    that lends a scope's kept connection to its statements (``holding_connection``)."""

    def __init__(self, pool: asyncpg.Pool, acquire_timeout: float | None) -> None:
        self._pool = pool
        self._acquire_timeout = acquire_timeout
        # Kept connections (by id) and their scopes, for ``release``.
        self._kept: dict[int, _Kept] = {}

    def acquire(self, *, timeout: float | None = None) -> Any:
        timeout = self._acquire_timeout if timeout is None else timeout
        kept = _KEPT.get()
        if kept is None or kept.pool is not self or not kept.open:
            return self._pool.acquire(timeout=timeout)
        if kept.busy:
            return self._acquire_beside(kept, timeout)
        kept.busy = True
        return self._lend(kept, timeout)

    async def _acquire_beside(self, kept: _Kept, wait: float | None) -> Any:
        """A connection of its own for a statement of a scope whose kept one is busy."""
        kept.waiting += 1
        try:
            return await self._pool.acquire(timeout=wait)
        finally:
            kept.waiting -= 1

    async def _lend(self, kept: _Kept, wait: float | None) -> Any:
        try:
            if kept.connection is not None and not _reusable(kept.connection):
                # Lost while kept between statements (a terminated backend, a network
                # drop): finish its release, and take another for this statement.
                await self._return(kept)
            if kept.connection is None:
                kept.connection = await self._pool.acquire(timeout=wait)
                self._kept[id(kept.connection)] = kept
        except BaseException:
            kept.busy = False
            raise
        return kept.connection

    async def release(self, connection: Any, *, timeout: float | None = None) -> None:  # noqa: ASYNC109 - asyncpg's signature
        kept = self._kept.get(id(connection))
        if kept is None or kept.connection is not connection:
            await self._pool.release(connection, timeout=timeout)
            return
        kept.busy = False
        # Back to the pool also when a statement of this scope waits for one: a scope never
        # keeps a connection idle while it waits for another (which, with every pooled
        # connection kept by such a scope, would be a deadlock). And after a transaction:
        # through asyncpg's release, which finds a connection that died at COMMIT before
        # anything else runs on it (the commit's outcome is told by ``atomic``).
        if not kept.open or not _reusable(connection) or kept.waiting or _TRANSACTION_ENDING.get():
            await self._return(kept, timeout)

    async def _return(self, kept: _Kept, timeout: float | None = None) -> None:  # noqa: ASYNC109
        """The kept connection back to the pool; the scope's next statement takes another."""
        connection = kept.connection
        kept.connection = None
        self._kept.pop(id(connection), None)
        await self._pool.release(connection, timeout=timeout)

    async def end_scope(self, kept: _Kept) -> None:
        """The scope is over: its connection goes back to the pool now, or, when a
        statement (of a task that outlived the scope) still runs on it, at its release."""
        kept.open = False
        if kept.connection is not None and not kept.busy:
            await self._return(kept)

    def __getattr__(self, name: str) -> Any:
        # release, close, terminate, expire_connections... are the pool's own.
        return getattr(self._pool, name)


async def keep_session(_connection: asyncpg.Connection) -> None:
    """The pool's ``reset`` hook: nothing to undo (see the module's docstring)."""


class _Transaction(TransactionContextPooled):
    """Tortoise's outermost transaction, saying when it hands its connection back, and
    begun again on another connection when the first one turns out dead at BEGIN."""

    async def __aenter__(self) -> Any:
        for attempt in (1, 2):
            try:
                return await super().__aenter__()
            except BaseException as error:
                await self._undo_begin()
                if attempt == 2 or not never_ran(error):
                    raise
                log.warning("database.transaction_restarted", error=repr(error))
        raise AssertionError("unreachable")  # pragma: no cover

    async def _undo_begin(self) -> None:
        """Tortoise took a connection and made this transaction current before BEGIN,
        which failed: undo both, as if it had not started (else the pool loses the
        connection and the task keeps a dead transaction as its connection)."""
        token = getattr(self, "token", None)
        if token is None:  # the connection was not taken (the token comes right after)
            return
        del self.token
        get_connections().reset(token)
        try:
            await self.client._parent._pool.release(self.client._connection)
        except Exception as error:  # asyncpg closes a connection it cannot take back
            log.warning("database.release_failed", error=repr(error))

    async def __aexit__(self, exc_type: Any, exc_val: Any, exc_tb: Any) -> None:
        token = _TRANSACTION_ENDING.set(True)
        try:
            await super().__aexit__(exc_type, exc_val, exc_tb)
        finally:
            _TRANSACTION_ENDING.reset(token)


async def _fetch_records(
    client: AsyncpgDBClient, query: str, values: Sequence[Any]
) -> list[asyncpg.Record]:
    async with client.acquire_connection() as connection:
        client.log.debug("%s: %s", query, values)
        return cast(list[asyncpg.Record], await connection.fetch(query, *values))


class _FetchesRecords:
    """``fetch_records``: a statement's rows as the driver gives them, for the service's
    written SQL (``app.services.sql``). What ``execute_query`` does for it, without what it
    adds per statement: a second exception wrapper, an upper-cased copy of the SQL to tell
    writes from reads, rows copied into dicts (``execute_query_dict``). Errors translate as
    Tortoise's (``_translate_exceptions``, with the pooled client's restart of a statement
    that never ran)."""

    async def fetch_records(self: Any, query: str, values: Sequence[Any]) -> list[asyncpg.Record]:
        return cast(
            list[asyncpg.Record], await self._translate_exceptions(_fetch_records, query, values)
        )


class _TransactionClient(_FetchesRecords, TransactionWrapper):
    """The client of a transaction (its savepoints' statements run on it too): Tortoise's,
    with ``fetch_records``."""


class AsyncpgClientWithTimeouts(_FetchesRecords, AsyncpgDBClient):
    def __init__(self, *, acquire_timeout: float | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.acquire_timeout = acquire_timeout

    def _in_transaction(self) -> TransactionContext:
        return _Transaction(_TransactionClient(self), self._pool_init_lock)

    async def create_pool(self, **kwargs: Any) -> asyncpg.Pool:
        pool = await super().create_pool(reset=keep_session, **kwargs)
        return cast(asyncpg.Pool, _PoolWithAcquireTimeout(pool, self.acquire_timeout))

    async def _translate_exceptions(self, func: Any, *args: Any, **kwargs: Any) -> Any:
        # Every statement outside a transaction comes through here (Tortoise's
        # ``translate_exceptions``); a transaction's go through ``TransactionWrapper``,
        # which is not retried: its connection is the transaction's.
        try:
            return await super()._translate_exceptions(func, *args, **kwargs)
        except asyncpg.InternalClientError as error:
            if not never_ran(error):
                raise
            log.warning("database.statement_restarted", error=repr(error))
        return await super()._translate_exceptions(func, *args, **kwargs)


client_class = AsyncpgClientWithTimeouts


class holding_connection:
    """Statements of this task (and of the tasks it starts) on the pool of
    ``connection_name`` reuse one pooled connection until the scope ends (see the module's
    docstring). Nothing on SQLite, nor inside a scope that already keeps one. A class rather
    than ``@asynccontextmanager``: it wraps every GraphQL request, and the generator-based
    one costs several times more."""

    __slots__ = ("connection_name", "kept", "token")

    def __init__(self, connection_name: str) -> None:
        self.connection_name = connection_name
        self.kept: _Kept | None = None
        self.token: Token[_Kept | None] | None = None

    async def __aenter__(self) -> None:
        pool = getattr(connections.get(self.connection_name), "_pool", None)
        current = _KEPT.get()
        if not isinstance(pool, _PoolWithAcquireTimeout) or (
            current is not None and current.pool is pool and current.open
        ):
            return
        self.kept = _Kept(pool)
        self.token = _KEPT.set(self.kept)

    async def __aexit__(self, *exc_info: object) -> None:
        if self.kept is None or self.token is None:
            return
        _KEPT.reset(self.token)
        await self.kept.pool.end_scope(self.kept)
