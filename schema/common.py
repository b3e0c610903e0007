"""GraphQL types shared by every area: entities, users, permissions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import strawberry
from strawberry import relay

from models import Entity, User
from models.enums import Permission
from schema.context import Info

PermissionEnum = strawberry.enum(
    Permission, name="Permission", description="What a role lets a user do."
)


@strawberry.type(name="Entity", description="A subsidiary with its own base currency.")
class EntityType(relay.Node):
    id: relay.NodeID[int]
    code: str
    name: str
    base_currency: str = strawberry.field(description="ISO 4217 code, e.g. USD.")

    @classmethod
    def from_model(cls, entity: Entity) -> EntityType:
        return cls(
            id=entity.id, code=entity.code, name=entity.name, base_currency=entity.base_currency
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False, **_: Any
    ) -> list[EntityType | None]:
        principal = info.context.principal
        entities = await info.context.loaders.entity.load_many([int(i) for i in node_ids])
        return [
            cls.from_model(entity)
            if entity is not None and principal.may_access_entity(entity.id)
            else None
            for entity in entities
        ]


@strawberry.type(name="User", description="A person or integration holding API tokens.")
class UserType(relay.Node):
    id: relay.NodeID[int]
    username: str
    display_name: str
    email: str | None

    @classmethod
    def from_model(cls, user: User) -> UserType:
        return cls(
            id=user.id, username=user.username, display_name=user.display_name, email=user.email
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False, **_: Any
    ) -> list[UserType | None]:
        # Users are not listed through the API; a viewer can reach only themselves.
        me = info.context.principal.user_id
        users = await info.context.loaders.user.load_many([int(i) for i in node_ids])
        return [cls.from_model(u) if u is not None and u.id == me else None for u in users]
