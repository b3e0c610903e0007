"""Who did what and when, and the stored outcome of idempotent requests."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

from models.auth import ApiToken, User
from models.company import Entity
from models.enums import IdempotencyStatus


class AuditEvent(Model):
    id = fields.BigIntField(primary_key=True)
    occurred_at = fields.DatetimeField(auto_now_add=True)
    actor: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="audit_events", null=True, on_delete=fields.RESTRICT
    )
    # The token used, so an action of a partner integration can be traced to it.
    api_token: fields.ForeignKeyNullableRelation[ApiToken] = fields.ForeignKeyField(
        "models.ApiToken", related_name="audit_events", null=True, on_delete=fields.RESTRICT
    )
    entity: fields.ForeignKeyNullableRelation[Entity] = fields.ForeignKeyField(
        "models.Entity", related_name="audit_events", null=True, on_delete=fields.RESTRICT
    )
    action = fields.CharField(max_length=60)
    object_type = fields.CharField(max_length=40)
    object_id = fields.BigIntField(null=True)
    request_id = fields.CharField(max_length=64, null=True)
    details: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)

    actor_id: int | None
    api_token_id: int | None
    entity_id: int | None

    class Meta:
        table = "audit_event"
        indexes = (("object_type", "object_id"), ("occurred_at",))


class IdempotencyRecord(Model):
    """The first outcome of a request sent with an idempotency key, replayed on retries."""

    id = fields.BigIntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="idempotency_records", on_delete=fields.RESTRICT
    )
    key = fields.CharField(max_length=255)
    operation = fields.CharField(max_length=60)
    # SHA-256 of the canonical request, to tell a retry from a reused key.
    request_fingerprint = fields.CharField(max_length=64)
    status = fields.CharEnumField(IdempotencyStatus, default=IdempotencyStatus.IN_PROGRESS)
    response: fields.JSONField[dict[str, Any] | None] = fields.JSONField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    completed_at = fields.DatetimeField(null=True)

    user_id: int

    class Meta:
        table = "idempotency_record"
        unique_together = (("user_id", "key"),)
