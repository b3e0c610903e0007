"""Idempotency keys: a retried request gets the first result and changes nothing.

The key is claimed by inserting its record in the same transaction as the work. On
PostgreSQL a concurrent request with the same key waits on that insert until the first
commits, then reads its result; if the first rolled back, the second does the work. On
SQLite transactions run one at a time. Either way one key never does the work twice, and a
failed request leaves no claim behind, so it can be retried.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import asdict, dataclass, is_dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from tortoise.exceptions import IntegrityError
from tortoise.models import Model

from app.services.access import Principal, Scope
from app.services.errors import DomainError, ErrorCode
from app.services.texts import required_text
from app.services.transactions import atomic, retrying
from app.settings import get_settings
from models import IdempotencyRecord
from models.enums import IdempotencyStatus

M = TypeVar("M", bound=Model)


def _plain(value: Any) -> Any:
    """An input as JSON-ready data: dataclasses as dicts, dates as ISO strings."""
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def request_of(scope: Scope, **inputs: Any) -> dict[str, Any]:
    """What identifies a request: every input it was given, and the scope it works in."""
    return {"entity": scope.entity_id, **{name: _plain(value) for name, value in inputs.items()}}


def fingerprint(operation: str, request: dict[str, Any]) -> str:
    canonical = json.dumps(
        {"operation": operation, "request": request},
        sort_keys=True,
        default=str,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Outcome:
    """What ``once`` answers: the id of what the work made or changed, and the answer taken
    in the transaction that committed it (for a retry: the first request's, as stored then;
    None when there is no ``snapshot``). Answering from it needs no read after COMMIT, which
    a connection lost right after COMMIT would turn into an error for a committed change."""

    id: int
    first_answer: dict[str, Any] | None = None
    # The row as the work left it, when the work returned it (never on a replay): the
    # answer without reading it again.
    row: Model | None = None


def snapshot_of(row: Model) -> dict[str, Any]:
    """A row's column values as JSON, to answer a retry exactly as the first request was."""
    return {name: _plain(getattr(row, name)) for name in row._meta.fields_db_projection}


def restore(model: type[M], snapshot: dict[str, Any]) -> M:
    """The row as it was when ``snapshot_of`` took it (not saved again, never written)."""
    fields = model._meta.fields_map
    return model(**{name: fields[name].to_python_value(value) for name, value in snapshot.items()})


# Whether the last ``once`` of this request answered a retry from its stored first answer:
# REST says so in a header (Idempotent-Replayed). Set per call, read by the adapter after.
_REPLAYED: ContextVar[bool] = ContextVar("idempotency_replayed", default=False)


def replayed() -> bool:
    """Whether the last idempotent call of this request (task) was a replay."""
    return _REPLAYED.get()


def _retention() -> timedelta:
    return timedelta(hours=get_settings().idempotency_retention_hours)


async def once(
    actor: Principal,
    key: str | None,
    operation: str,
    request: dict[str, Any],
    work: Callable[[], Awaitable[int | Model]],
    *,
    snapshot: Callable[[int], Awaitable[dict[str, Any]]] | None = None,
) -> Outcome:
    """Run ``work`` at most once per key. The work returns the id of what it made or
    changed, or better the row itself as it left it: that row is then the answer, with
    no read. ``snapshot`` reads the answer of a work that returns an id, in its transaction.

    The same key with the same request answers what the first one answered (``snapshot``
    takes that answer, in the first request's transaction); with a different request it is
    refused with IDEMPOTENCY_KEY_REUSED. Keys are kept for the retention setting; an expired
    key is a new one.

    A transaction PostgreSQL cancelled against concurrent work (a deadlock) wrote nothing,
    the claim of the key included: the whole unit is run again (``transactions.retrying``).
    """
    return await retrying(
        lambda: _once(actor, key, operation, request, work, snapshot=snapshot), what=operation
    )


async def _once(
    actor: Principal,
    key: str | None,
    operation: str,
    request: dict[str, Any],
    work: Callable[[], Awaitable[int | Model]],
    *,
    snapshot: Callable[[int], Awaitable[dict[str, Any]]] | None,
) -> Outcome:
    _REPLAYED.set(False)
    if key is None:
        if snapshot is None:  # nothing to read after the work, in its transaction
            result = await work()
            # No key, so no retry to answer later: the row the work left is the answer,
            # with no snapshot of it taken.
            if isinstance(result, Model):
                return Outcome(int(result.pk), None, result)
            return Outcome(result)
        async with atomic():  # the work's own transaction becomes a savepoint of this one
            result, answer, row = await _done(await work(), snapshot)
        return Outcome(result, answer, row)
    key = required_text(
        key, IdempotencyRecord, "key", field="idempotencyKey", what="An idempotency key"
    )
    request_print = fingerprint(operation, request)
    for _ in range(3):
        claimed = False
        try:
            async with atomic():
                await IdempotencyRecord.create(
                    user_id=actor.user_id,
                    key=key,
                    operation=operation,
                    request_fingerprint=request_print,
                    status=IdempotencyStatus.IN_PROGRESS,
                )
                claimed = True
                result, answer, row = await _done(await work(), snapshot)
                await IdempotencyRecord.filter(user_id=actor.user_id, key=key).update(
                    status=IdempotencyStatus.COMPLETED,
                    response={"id": result, "answer": answer},
                    completed_at=datetime.now(UTC),
                )
            return Outcome(result, answer, row)
        except IntegrityError:
            if claimed:
                raise
        first = await IdempotencyRecord.get_or_none(user_id=actor.user_id, key=key)
        if first is None:
            continue  # the first request failed and let go of the key: do the work now
        if first.created_at < datetime.now(UTC) - _retention():
            # Expired: the key is free again, as a client that kept it that long expects.
            await IdempotencyRecord.filter(id=first.id).delete()
            continue
        if first.operation != operation or first.request_fingerprint != request_print:
            raise DomainError(
                "This idempotency key was used for a different request.",
                field="idempotencyKey",
                code=ErrorCode.IDEMPOTENCY_KEY_REUSED,
            )
        if first.status == IdempotencyStatus.COMPLETED and first.response is not None:
            _REPLAYED.set(True)
            return Outcome(int(first.response["id"]), first.response.get("answer"))
    raise DomainError(
        "Another request with this idempotency key is still running; retry.",
        field="idempotencyKey",
        code=ErrorCode.IDEMPOTENCY_IN_PROGRESS,
    )


async def _done(
    result: int | Model, snapshot: Callable[[int], Awaitable[dict[str, Any]]] | None
) -> tuple[int, dict[str, Any] | None, Model | None]:
    """The id, the answer and the row of what a work returned, in its transaction."""
    if isinstance(result, Model):
        return int(result.pk), snapshot_of(result), result
    return result, (await snapshot(result) if snapshot is not None else None), None


async def prune_expired() -> int:
    """Forget keys older than the retention (``python -m app prune-idempotency-keys``)."""
    return await IdempotencyRecord.filter(created_at__lt=datetime.now(UTC) - _retention()).delete()
