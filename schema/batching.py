"""Request-scoped DataLoaders that fetch in waves.

A classic DataLoader sends its batch on the next turn of the event loop, so keys asked for
by resolvers that wake up a little later (their own batch came back a moment later) go in
another batch. With asyncpg that split depends on timing: the same query may cost a
different number of SQL statements from one run to the next.

Here every loader of a request shares one ``Batcher``. It waits until the resolvers have
settled (nothing new asked for during several turns of the loop), then fetches everything
asked so far, one statement per loader, and repeats. The statements a query costs then
depend on its shape only: never on the number of rows, nor on timing. (A wave larger than a
loader's ``max_batch_size`` costs that loader one statement per ``max_batch_size`` keys.)

A caller that holds all its keys at once (a report page) uses ``load_now``, which fetches
them at once instead of waiting for a wave to settle; the statements still depend only on
the query's shape.

Every waiter gets a value or an exception, never silence: when a batch function raises, or
returns a list of the wrong length, every waiter of that batch gets the error, the failed
keys leave the cache (a later load asks again) and the batcher goes on with later waves.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable, Iterable, Sequence
from typing import Any, Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

# Turns of the event loop without a new key before a wave is fetched. Resolvers resume from
# a loaded value within a few turns; ten leaves room and costs microseconds.
QUIET_TURNS = 10

# Keys per call to a batch function: keeps ``IN (...)`` lists well below the bound-parameter
# limits of the databases (SQLite's was 999 before 3.32) and statements a reasonable size.
MAX_BATCH_SIZE = 500


class BatchLengthError(RuntimeError):
    """A batch function returned a number of values other than the number of keys."""


class Batcher:
    def __init__(self) -> None:
        self._asked: dict[WaveLoader[Any, Any], dict[Any, asyncio.Future[Any]]] = {}
        self._driver: asyncio.Task[None] | None = None

    def ask(self, loader: WaveLoader[K, V], key: K) -> asyncio.Future[V]:
        keys = self._asked.setdefault(loader, {})
        future = keys.get(key)
        if future is None:
            future = asyncio.get_running_loop().create_future()
            keys[key] = future
        if self._driver is None or self._driver.done():
            self._driver = asyncio.get_running_loop().create_task(self._drive())
        return future

    async def _drive(self) -> None:
        while self._asked:
            await self._settle()
            wave, self._asked = self._asked, {}
            await asyncio.gather(*(loader.fetch(keys) for loader, keys in wave.items()))

    async def _settle(self) -> None:
        quiet, seen = 0, -1
        while quiet < QUIET_TURNS:
            await asyncio.sleep(0)
            asked = sum(len(keys) for keys in self._asked.values())
            quiet = quiet + 1 if asked == seen else 0
            seen = asked


class WaveLoader(Generic[K, V]):
    """``load``, ``load_many`` and ``prime`` like a DataLoader; values cached per request."""

    def __init__(
        self,
        batcher: Batcher,
        load_fn: Callable[[Sequence[K]], Awaitable[Sequence[V]]],
        *,
        max_batch_size: int = MAX_BATCH_SIZE,
    ) -> None:
        if max_batch_size < 1:
            raise ValueError(f"max_batch_size must be at least 1, not {max_batch_size}")
        self._batcher = batcher
        self._load_fn = load_fn
        self._max_batch_size = max_batch_size
        self._cache: dict[K, asyncio.Future[V]] = {}

    def load(self, key: K) -> asyncio.Future[V]:
        future = self._cache.get(key)
        if future is None:
            future = self._batcher.ask(self, key)
            self._cache[key] = future
        return future

    def load_many(self, keys: Iterable[K]) -> Awaitable[list[V]]:
        # Asked now (as ``load`` each), awaited in order: a wave settles them together, so
        # only the first wait suspends. (``asyncio.gather`` scheduled a callback per key:
        # a page's hundred keys cost more than the statement fetching them.)
        return _values([self.load(key) for key in keys])

    async def load_now(self, keys: Sequence[K]) -> list[V]:
        """``load_many`` for a caller holding every key it will ask at once (a report
        page's rows): the keys not cached are fetched now, in one statement per
        ``max_batch_size``, without waiting for a wave to settle. A wave waits ``QUIET_TURNS``
        turns of the event loop for other resolvers' keys; a page has no others to wait for,
        and its few waves in a row cost it more than a millisecond of CPU. Keys already asked
        (fetched or waiting in a wave) are shared, as ``load`` shares them."""
        futures: dict[K, asyncio.Future[V]] = {}
        missing: dict[K, asyncio.Future[V]] = {}
        for key in keys:
            if key not in futures:
                future = self._cache.get(key)
                if future is None:
                    future = missing[key] = self._cache[key] = (
                        asyncio.get_running_loop().create_future()
                    )
                futures[key] = future
        if missing:
            # In a task of its own, shielded: the futures are shared through the cache, and
            # a caller cancelled meanwhile (graphql-core cancels sibling fields when one
            # fails) must not cancel another resolver's load of the same key. A failure
            # leaves the cache: a later load asks again.
            fetching = asyncio.get_running_loop().create_task(self.fetch(missing))
            await asyncio.shield(fetching)
        return await _values([futures[key] for key in keys])

    def prime(self, key: K, value: V) -> None:
        if key not in self._cache:
            future: asyncio.Future[V] = asyncio.get_running_loop().create_future()
            future.set_result(value)
            self._cache[key] = future

    async def fetch(self, asked: dict[K, asyncio.Future[V]]) -> None:
        """Settle the futures of one wave, ``max_batch_size`` keys per call; never raises
        but for cancellation."""
        keys = list(asked)
        try:
            for start in range(0, len(keys), self._max_batch_size):
                await self._fetch_batch(keys[start : start + self._max_batch_size], asked)
        except BaseException:  # cancelled: so are the waiters, rather than wait forever
            self._fail(keys, asked, None)
            raise

    async def _fetch_batch(self, keys: list[K], asked: dict[K, asyncio.Future[V]]) -> None:
        try:
            values = list(await self._load_fn(keys))
            if len(values) != len(keys):
                raise BatchLengthError(
                    f"batch function {_name(self._load_fn)} returned {len(values)} values "
                    f"for {len(keys)} keys"
                )
        except Exception as error:  # every resolver waiting on this batch gets the error
            self._fail(keys, asked, error)
            return
        for key, value in zip(keys, values, strict=True):
            if not asked[key].done():
                asked[key].set_result(value)

    def _fail(
        self, keys: list[K], asked: dict[K, asyncio.Future[V]], error: Exception | None
    ) -> None:
        for key in keys:
            future = asked[key]
            if future.done():
                continue
            if self._cache.get(key) is future:
                del self._cache[key]
            if error is None:
                future.cancel()
            else:
                future.set_exception(error)


async def _values(futures: list[asyncio.Future[V]]) -> list[V]:
    try:
        return [await future for future in futures]
    except BaseException:
        # The first failure is the answer, as with ``gather``; the others' are retrieved
        # too, so none is reported as never retrieved.
        for future in futures:
            if future.done() and not future.cancelled():
                future.exception()
        raise


def _name(function: Callable[..., Any]) -> str:
    name = getattr(function, "__qualname__", None)
    return name if isinstance(name, str) else type(function).__qualname__
