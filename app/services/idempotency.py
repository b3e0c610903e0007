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
from dataclasses import asdict, is_dataclass
from datetime import UTC, date, datetime
from typing import Any

from tortoise.exceptions import IntegrityError

from app.services.access import Principal, Scope
from app.services.errors import DomainError, ErrorCode
from app.services.texts import required_text
from app.services.transactions import atomic
from models import IdempotencyRecord
from models.enums import IdempotencyStatus


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


async def once(
    actor: Principal,
    key: str | None,
    operation: str,
    request: dict[str, Any],
    work: Callable[[], Awaitable[int]],
) -> int:
    """Run ``work`` (which returns the id of what it made or changed) at most once per key.

    The same key with the same request returns the first id; with a different request it is
    refused with IDEMPOTENCY_KEY_REUSED.
    """
    if key is None:
        return await work()
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
                result = await work()
                await IdempotencyRecord.filter(user_id=actor.user_id, key=key).update(
                    status=IdempotencyStatus.COMPLETED,
                    response={"id": result},
                    completed_at=datetime.now(UTC),
                )
                return result
        except IntegrityError:
            if claimed:
                raise
        first = await IdempotencyRecord.get_or_none(user_id=actor.user_id, key=key)
        if first is None:
            continue  # the first request failed and let go of the key: do the work now
        if first.operation != operation or first.request_fingerprint != request_print:
            raise DomainError(
                "This idempotency key was used for a different request.",
                field="idempotencyKey",
                code=ErrorCode.IDEMPOTENCY_KEY_REUSED,
            )
        if first.status == IdempotencyStatus.COMPLETED and first.response is not None:
            return int(first.response["id"])
    raise DomainError(
        "Another request with this idempotency key is still running; retry.",
        field="idempotencyKey",
        code=ErrorCode.IDEMPOTENCY_IN_PROGRESS,
    )
