"""Users, roles, the permissions roles grant, entity restrictions and API tokens."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.company import Entity
from models.enums import Permission


class User(Model):
    id = fields.BigIntField(primary_key=True)
    username = fields.CharField(max_length=150, unique=True)
    display_name = fields.CharField(max_length=200, default="")
    email = fields.CharField(max_length=254, null=True)
    is_active = fields.BooleanField(default=True)
    # False: the user reaches only the entities listed in ``entities``.
    all_entities = fields.BooleanField(default=True)
    roles: fields.ManyToManyRelation[Role] = fields.ManyToManyField(
        "models.Role", related_name="users", through="user_role", on_delete=fields.CASCADE
    )
    entities: fields.ManyToManyRelation[Entity] = fields.ManyToManyField(
        "models.Entity", related_name="users", through="user_entity", on_delete=fields.CASCADE
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    tokens: fields.ReverseRelation[ApiToken]

    class Meta:
        table = "app_user"


class Role(Model):
    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=50, unique=True)
    description = fields.CharField(max_length=255, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    permissions: fields.ReverseRelation[RolePermission]
    users: fields.ManyToManyRelation[User]

    class Meta:
        table = "role"
        ordering = ["name"]


class RolePermission(Model):
    id = fields.BigIntField(primary_key=True)
    role: fields.ForeignKeyRelation[Role] = fields.ForeignKeyField(
        "models.Role", related_name="permissions", on_delete=fields.CASCADE
    )
    permission = fields.CharEnumField(Permission, max_length=40)

    role_id: int

    class Meta:
        table = "role_permission"
        unique_together = (("role_id", "permission"),)


class ApiToken(Model):
    """A bearer credential. Only a SHA-256 of the token is stored; it is shown once."""

    id = fields.BigIntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="tokens", on_delete=fields.RESTRICT
    )
    name = fields.CharField(max_length=100)
    # The first characters of the token, so a person can tell tokens apart.
    token_prefix = fields.CharField(max_length=16)
    token_hash = fields.CharField(max_length=64, unique=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField(null=True)
    last_used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    user_id: int

    class Meta:
        table = "api_token"
        indexes = (("user_id",),)
