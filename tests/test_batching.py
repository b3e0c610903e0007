"""The wave batcher behind the request loaders (schema/batching.py), without a database."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

import pytest

from schema.batching import MAX_BATCH_SIZE, QUIET_TURNS, Batcher, BatchLengthError, WaveLoader

T = TypeVar("T")

# A waiter that hangs fails the test instead of the run.
HANG = 2.0


async def settled(awaitable: Awaitable[T]) -> T:
    return await asyncio.wait_for(awaitable, HANG)


class Recorder:
    """A batch function that records the keys of every call; ``wrong`` makes it drop a value."""

    def __init__(self, value: Callable[[int], str] = str) -> None:
        self.calls: list[list[int]] = []
        self.value = value
        self.wrong = False

    async def __call__(self, keys: Sequence[int]) -> list[str]:
        self.calls.append(list(keys))
        await asyncio.sleep(0)
        values = [self.value(key) for key in keys]
        return values[:-1] if self.wrong else values


@pytest.mark.asyncio
async def test_many_keys_cost_one_call_per_loader_and_wave() -> None:
    batcher = Batcher()
    parents, children = Recorder(lambda key: f"p{key}"), Recorder()
    parent_loader = WaveLoader(batcher, parents)

    async def tenfold(keys: Sequence[int]) -> list[str]:
        return await children([key * 10 for key in keys])

    child_loader = WaveLoader(batcher, tenfold)

    async def resolve(key: int) -> tuple[str, str]:
        for _ in range(key % 4):  # resolvers ask a few turns of the loop apart
            await asyncio.sleep(0)
        parent = await parent_loader.load(key)
        for _ in range(key % 3):
            await asyncio.sleep(0)
        return parent, await child_loader.load(key)

    results = await settled(asyncio.gather(*(resolve(key) for key in range(200))))

    assert results == [(f"p{key}", str(key * 10)) for key in range(200)]
    assert [sorted(call) for call in parents.calls] == [list(range(200))]
    assert [sorted(call) for call in children.calls] == [[key * 10 for key in range(200)]]


@pytest.mark.asyncio
async def test_a_key_asked_twice_is_fetched_once() -> None:
    fetch = Recorder()
    loader = WaveLoader(Batcher(), fetch)

    together = await settled(loader.load_many([1, 1, 2]))
    later = await settled(loader.load(1))
    many = await settled(loader.load_many([2, 1, 2]))

    assert together == ["1", "1", "2"]
    assert later == "1"
    assert many == ["2", "1", "2"]
    assert fetch.calls == [[1, 2]]


@pytest.mark.asyncio
async def test_a_primed_key_is_not_fetched() -> None:
    fetch = Recorder()
    loader = WaveLoader(Batcher(), fetch)
    loader.prime(1, "primed")

    assert await settled(loader.load_many([1, 2])) == ["primed", "2"]
    loader.prime(2, "too late")  # the cached value stays
    assert await settled(loader.load(2)) == "2"
    assert fetch.calls == [[2]]


@pytest.mark.asyncio
async def test_an_exception_of_the_batch_function_reaches_every_waiter() -> None:
    batcher = Batcher()
    boom = RuntimeError("boom")

    async def failing(keys: Sequence[int]) -> list[str]:
        raise boom

    loader, fine = WaveLoader(batcher, failing), WaveLoader(batcher, Recorder())
    results = await settled(
        asyncio.gather(
            *(loader.load(key) for key in range(5)), fine.load(7), return_exceptions=True
        )
    )

    assert results == [boom] * 5 + ["7"]


@pytest.mark.asyncio
async def test_a_result_of_the_wrong_length_fails_every_waiter_and_later_loads_work() -> None:
    batcher = Batcher()
    fetch, other = Recorder(), Recorder()
    loader, fine = WaveLoader(batcher, fetch), WaveLoader(batcher, other)
    fetch.wrong = True

    results = await settled(
        asyncio.gather(
            *(loader.load(key) for key in (1, 2, 3)), fine.load(9), return_exceptions=True
        )
    )

    errors, value = results[:3], results[3]
    assert value == "9"  # another loader of the same wave is not affected
    assert all(isinstance(error, BatchLengthError) for error in errors), errors
    assert str(errors[0]) == "batch function Recorder returned 2 values for 3 keys"

    fetch.wrong = False
    # The batcher serves later waves, and the failed keys are asked again.
    assert await settled(loader.load_many([2, 4])) == ["2", "4"]
    assert fetch.calls == [[1, 2, 3], [2, 4]]


@pytest.mark.parametrize(("keys", "max_batch_size"), [(1, 3), (7, 3), (9, 3), (1234, 500)])
@pytest.mark.asyncio
async def test_a_wave_larger_than_the_max_batch_size_is_split(
    keys: int, max_batch_size: int
) -> None:
    fetch = Recorder()
    loader = WaveLoader(Batcher(), fetch, max_batch_size=max_batch_size)

    values = await settled(loader.load_many(range(keys)))

    assert values == [str(key) for key in range(keys)]
    assert len(fetch.calls) == math.ceil(keys / max_batch_size)
    assert all(len(call) <= max_batch_size for call in fetch.calls)
    assert [key for call in fetch.calls for key in call] == list(range(keys))


@pytest.mark.asyncio
async def test_the_default_max_batch_size() -> None:
    fetch = Recorder()
    loader = WaveLoader(Batcher(), fetch)

    await settled(loader.load_many(range(MAX_BATCH_SIZE + 1)))

    assert [len(call) for call in fetch.calls] == [MAX_BATCH_SIZE, 1]


def test_the_max_batch_size_is_at_least_one() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        WaveLoader(Batcher(), Recorder(), max_batch_size=0)


@pytest.mark.asyncio
async def test_load_many_keeps_the_order_of_its_keys() -> None:
    async def backwards(keys: Sequence[int]) -> list[str]:
        # A batch function answers in the order of its keys, whatever order it queried in.
        found = {key: f"v{key}" for key in sorted(keys, reverse=True)}
        return [found[key] for key in keys]

    loader = WaveLoader(Batcher(), backwards)
    loader.prime(5, "primed")
    await settled(loader.load(3))

    assert await settled(loader.load_many([4, 5, 1, 3, 4, 2])) == [
        "v4",
        "primed",
        "v1",
        "v3",
        "v4",
        "v2",
    ]
    assert await settled(loader.load_many([])) == []


@pytest.mark.asyncio
async def test_cancelling_a_wave_cancels_its_waiters_instead_of_leaving_them_pending() -> None:
    started, calls = asyncio.Event(), []

    async def stuck_once(keys: Sequence[int]) -> list[str]:
        calls.append(list(keys))
        if len(calls) == 1:
            started.set()
            await asyncio.Event().wait()
        return [str(key) for key in keys]

    batcher = Batcher()
    loader = WaveLoader(batcher, stuck_once)
    waiting = loader.load_many([1, 2])
    await settled(started.wait())
    assert batcher._driver is not None
    batcher._driver.cancel()

    with pytest.raises(asyncio.CancelledError):
        await settled(waiting)
    assert await settled(loader.load(1)) == "1"  # the cancelled keys are asked again
    assert calls == [[1, 2], [1]]


@pytest.mark.asyncio
async def test_load_now_fetches_a_pages_keys_at_once_and_shares_what_is_cached() -> None:
    fetch = Recorder()
    loader = WaveLoader(Batcher(), fetch, max_batch_size=3)
    loader.prime(5, "primed")
    asked = loader.load(9)  # waiting in a wave: load_now waits for it rather than refetch

    # Fetched within a couple of turns of the event loop: no wave is waited for.
    now = asyncio.ensure_future(loader.load_now([4, 5, 1, 4, 2, 3, 9]))
    for _ in range(QUIET_TURNS // 2):
        await asyncio.sleep(0)
    assert fetch.calls[0] == [4, 1, 2]

    assert await settled(now) == ["4", "primed", "1", "4", "2", "3", "9"]
    assert await settled(asked) == "9"
    assert fetch.calls == [[4, 1, 2], [3], [9]]  # split at max_batch_size; 9 in its wave
    assert await settled(loader.load_now([1, 9, 5])) == ["1", "9", "primed"]
    assert len(fetch.calls) == 3


@pytest.mark.asyncio
async def test_load_now_failures_reach_the_caller_and_leave_the_keys_to_ask_again() -> None:
    fetch = Recorder()
    loader = WaveLoader(Batcher(), fetch)
    fetch.wrong = True

    with pytest.raises(BatchLengthError):
        await settled(loader.load_now([1, 2]))
    fetch.wrong = False
    assert await settled(loader.load_now([2, 1])) == ["2", "1"]
    assert fetch.calls == [[1, 2], [2, 1]]


@pytest.mark.asyncio
async def test_a_cancelled_load_now_does_not_cancel_another_resolvers_load() -> None:
    fetch = Recorder()
    loader = WaveLoader(Batcher(), fetch)
    page = asyncio.ensure_future(loader.load_now([1, 2]))
    await asyncio.sleep(0)  # the page's fetch has started
    other = asyncio.ensure_future(loader.load(1))  # shares the page's pending key
    page.cancel()  # graphql-core cancels sibling fields when one fails

    assert await settled(other) == "1"
    assert page.cancelled()
    assert await settled(loader.load_now([2, 1])) == ["2", "1"]
    assert fetch.calls == [[1, 2]]
