"""Transactions whose outcome is never misreported.

Tortoise's ``in_transaction`` commits and hands the connection back to the pool in one
step. When the connection dies right after COMMIT, handing it back fails and the caller is
told the work failed although it was committed; a client retrying without an idempotency
key would then record the refund twice. ``atomic`` commits the outermost transaction
itself and tells the three outcomes apart:

- the work or COMMIT failed for a reason the database gave: the error, nothing written;
- COMMIT succeeded and something failed afterwards (returning the connection): the work is
  done, the failure is logged and the caller gets its result;
- the connection was lost while COMMIT was on its way: nobody can know whether it was
  written. That is COMMIT_OUTCOME_UNKNOWN, a retryable code: retrying with the same
  idempotency key either finds the first result or does the work once.

PostgreSQL may also cancel a transaction to resolve a deadlock (40P01) or a serialization
failure (40001): it then wrote nothing, and the same work run again usually succeeds. The
outermost ``atomic`` turns either into ``TransactionConflict`` (TRANSACTION_CONFLICT, a
retryable code, 503 with Retry-After over REST), and ``retrying`` runs a unit of work again
when it gets one: ``idempotency.once`` does so for every write that goes through it, and the
CSV import for each row group. Inside an outer transaction (a dry run of an import, one
transaction for the file) nothing is retried or converted there: the outermost transaction
is the one that failed, and only it can start over.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import TypeVar

import asyncpg
from tortoise.backends.base.client import TransactionContextPooled
from tortoise.connection import get_connections
from tortoise.transactions import in_transaction

from app.db import DEFAULT
from app.log import get_logger
from app.services.errors import DomainError, ErrorCode

log = get_logger("app.transactions")

# What a lost connection raises (a closed socket, a terminated backend, a timeout): the
# server may or may not have committed. Errors PostgreSQL itself reports are not here.
CONNECTION_LOST: tuple[type[BaseException], ...] = (
    asyncpg.exceptions.ConnectionDoesNotExistError,
    asyncpg.exceptions.ConnectionFailureError,
    asyncpg.exceptions.InterfaceError,
    asyncpg.exceptions.InternalClientError,
    ConnectionError,
    OSError,
    asyncio.TimeoutError,
)


# What PostgreSQL raises when it cancels a transaction that ran into concurrent work.
CANCELLED_BY_CONFLICT: tuple[type[BaseException], ...] = (
    asyncpg.exceptions.DeadlockDetectedError,
    asyncpg.exceptions.SerializationError,
)
# Runs of a unit of work (the first and the retries) before the conflict is the answer.
CONFLICT_ATTEMPTS = 3

T = TypeVar("T")


class CommitOutcomeUnknown(DomainError):
    code = ErrorCode.COMMIT_OUTCOME_UNKNOWN


class TransactionConflict(DomainError):
    code = ErrorCode.TRANSACTION_CONFLICT

    def __init__(self) -> None:
        super().__init__(
            "The database cancelled this change because it ran into another one made at the "
            "same moment; nothing was saved. Retry it (with the same idempotency key, if any)."
        )


async def retrying(work: Callable[[], Awaitable[T]], *, what: str) -> T:
    """``work()``, run again (after a short random pause) when its transaction was cancelled
    by a conflict, at most ``CONFLICT_ATTEMPTS`` times in all."""
    for attempt in range(1, CONFLICT_ATTEMPTS + 1):
        try:
            return await work()
        except TransactionConflict:
            if attempt == CONFLICT_ATTEMPTS:
                log.warning("transaction.conflict_gave_up", work=what, attempts=attempt)
                raise
            log.info("transaction.conflict_retried", work=what, attempt=attempt)
            # Apart in time, so the two sides of a deadlock do not meet again at once.
            await asyncio.sleep(random.uniform(0.005, 0.05) * attempt)  # noqa: S311
    raise AssertionError("unreachable")  # pragma: no cover


@asynccontextmanager
async def atomic() -> AsyncIterator[None]:
    """``in_transaction()``, with the outcome of the outermost COMMIT told truthfully."""
    # Named: with a read replica configured there are two connections; writes are the
    # primary's.
    context = in_transaction(DEFAULT)
    outermost = isinstance(context, TransactionContextPooled)
    client = await context.__aenter__()
    try:
        yield
    except BaseException as failed:
        await context.__aexit__(*sys.exc_info())
        if outermost:
            _raise_if_conflict(failed)
        raise
    if not isinstance(context, TransactionContextPooled):
        # Nested (a savepoint), or SQLite's single connection: nothing is handed back.
        await context.__aexit__(None, None, None)
        return
    try:
        await client.commit()
    except CONNECTION_LOST as lost:
        await _hand_back(context, lost)
        log.warning("transaction.commit_outcome_unknown", error=repr(lost))
        raise CommitOutcomeUnknown(
            "The connection to the database was lost while this change was being saved, so "
            "whether it was saved is unknown. Retry with the same idempotency key: that "
            "either returns the saved result or saves it once.",
        ) from None
    except BaseException as failed:
        await _hand_back(context, failed)
        _raise_if_conflict(failed)
        raise
    await _hand_back(context, None)


def _raise_if_conflict(failed: BaseException) -> None:
    """The outermost transaction was cancelled by PostgreSQL against concurrent work: that
    is TransactionConflict, which ``retrying`` runs again."""
    if isinstance(failed, CANCELLED_BY_CONFLICT):
        log.info("transaction.cancelled_by_conflict", error=repr(failed))
        raise TransactionConflict from failed


async def _hand_back(context: TransactionContextPooled, failed: BaseException | None) -> None:
    """Return the connection to the pool (rolling back first when COMMIT failed); a
    failure here changes nothing about the outcome, so it is logged rather than raised."""
    try:
        if failed is None:
            await context.__aexit__(None, None, None)
        else:
            await context.__aexit__(type(failed), failed, failed.__traceback__)
    except Exception as error:
        log.warning("transaction.release_failed", error=repr(error))
        # Tortoise forgets the transaction's connection only after handing it back, so a
        # failure there would leave later queries of this request on a released connection.
        with contextlib.suppress(ValueError, RuntimeError):  # already forgotten
            get_connections().reset(context.token)
