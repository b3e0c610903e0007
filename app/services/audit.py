"""The audit trail: who did what, when, through which token and request."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import structlog

from app.services.access import Principal
from app.services.sql import write, writes_to_postgres
from models import AuditEvent


@dataclass(frozen=True, slots=True)
class Event:
    action: str
    object_type: str
    object_id: int
    entity_id: int | None
    details: dict[str, Any] = field(default_factory=dict)


def _row(actor: Principal, event: Event) -> AuditEvent:
    return AuditEvent(
        actor_id=actor.user_id,
        api_token_id=actor.token_id,
        entity_id=event.entity_id,
        action=event.action,
        object_type=event.object_type,
        object_id=event.object_id,
        # Bound by the HTTP middleware; absent for CLI work.
        request_id=structlog.contextvars.get_contextvars().get("request_id"),
        details=event.details,
    )


async def record(
    actor: Principal,
    *,
    action: str,
    object_type: str,
    object_id: int,
    entity_id: int | None,
    details: dict[str, Any] | None = None,
) -> None:
    """File one event, in one plain statement: every change of the books writes one, and
    the ORM's insert cost more than the statement."""
    row = _row(actor, Event(action, object_type, object_id, entity_id, details or {}))
    await write(
        _INSERT_POSTGRES if writes_to_postgres() else _INSERT_SQLITE,
        [
            datetime.now(UTC),
            row.actor_id,
            row.api_token_id,
            row.entity_id,
            row.action,
            row.object_type,
            row.object_id,
            row.request_id,
            _DETAILS.to_db_value(row.details, row),
        ],
    )


_INSERT = (
    "INSERT INTO audit_event (occurred_at, actor_id, api_token_id, entity_id, action,"
    " object_type, object_id, request_id, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, {})"
)
_INSERT_POSTGRES = _INSERT.format("CAST(? AS JSONB)")
_INSERT_SQLITE = _INSERT.format("?")
_DETAILS = AuditEvent._meta.fields_map["details"]


async def record_many(actor: Principal, events: Sequence[Event]) -> None:
    """Several events in one statement (one per object a batch operation changed)."""
    if events:
        await AuditEvent.bulk_create([_row(actor, event) for event in events])
