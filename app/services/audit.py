"""The audit trail: who did what, when, through which token and request."""

from __future__ import annotations

from typing import Any

import structlog

from app.services.access import Principal
from models import AuditEvent


async def record(
    actor: Principal,
    *,
    action: str,
    object_type: str,
    object_id: int,
    entity_id: int | None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    return await AuditEvent.create(
        actor_id=actor.user_id,
        api_token_id=actor.token_id,
        entity_id=entity_id,
        action=action,
        object_type=object_type,
        object_id=object_id,
        # Bound by the HTTP middleware; absent for CLI work.
        request_id=structlog.contextvars.get_contextvars().get("request_id"),
        details=details or {},
    )
