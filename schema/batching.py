"""Request-scoped DataLoaders that fetch in waves.

A classic DataLoader sends its batch on the next turn of the event loop, so keys asked for
by resolvers that wake up a little later (their own batch came back a moment later) go in
another batch. With asyncpg that split depends on timing: the same query may cost a
different number of SQL statements from one run to the next.

Here every loader of a request shares one ``Batcher``. It waits until the resolvers have
settled (nothing new asked for during several turns of the loop), then fetches everything
asked so far, one statement per loader, and repeats. The statements a query costs then
depend on its shape only: never on the number of rows, nor on timing.
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
        self, batcher: Batcher, load_fn: Callable[[Sequence[K]], Awaitable[list[V]]]
    ) -> None:
        self._batcher = batcher
        self._load_fn = load_fn
        self._cache: dict[K, asyncio.Future[V]] = {}

    def load(self, key: K) -> asyncio.Future[V]:
        future = self._cache.get(key)
        if future is None:
            future = self._batcher.ask(self, key)
            self._cache[key] = future
        return future

    def load_many(self, keys: Iterable[K]) -> Awaitable[list[V]]:
        return asyncio.gather(*(self.load(key) for key in keys))

    def prime(self, key: K, value: V) -> None:
        if key not in self._cache:
            future: asyncio.Future[V] = asyncio.get_running_loop().create_future()
            future.set_result(value)
            self._cache[key] = future

    async def fetch(self, asked: dict[K, asyncio.Future[V]]) -> None:
        keys = list(asked)
        try:
            values = await self._load_fn(keys)
        except Exception as error:  # every resolver waiting on this batch gets the error
            for future in asked.values():
                if not future.done():
                    future.set_exception(error)
            return
        for key, value in zip(keys, values, strict=True):
            if not asked[key].done():
                asked[key].set_result(value)
