from __future__ import annotations

import strawberry

from app.services import access
from app.services.paging import MASTER_DATA_DEFAULT
from schema.common import (
    EntityType,
    NestedFirst,
    PermissionEnum,
    UserType,
    accessible_entities,
)
from schema.context import Info


@strawberry.type(description="A link of the application menu the viewer may open.")
class MenuItem:
    key: str
    label: str


@strawberry.type(description="A menu section; sections without visible items are left out.")
class MenuSection:
    key: str
    label: str
    items: list[MenuItem]


@strawberry.type(description="The authenticated user and what they may see and do.")
class Viewer:
    @strawberry.field
    def user(self, info: Info) -> UserType:
        # Read with the token by the request's authentication: no statement of its own.
        principal = info.context.principal
        return UserType(
            id=principal.user_id,
            username=principal.username,
            display_name=principal.display_name,
            email=principal.email,
        )

    @strawberry.field(description="Every permission the viewer's roles grant, sorted.")
    def permissions(self, info: Info) -> list[PermissionEnum]:  # type: ignore[valid-type]
        return sorted(info.context.principal.permissions, key=lambda p: p.value)

    @strawberry.field(description="The menu the viewer may see, by their permissions.")
    def menu(self, info: Info) -> list[MenuSection]:
        return [
            MenuSection(
                key=section.key,
                label=section.label,
                items=[MenuItem(key=item.key, label=item.label) for item in section.items],
            )
            for section in access.menu_for(info.context.principal.permissions)
        ]

    @strawberry.field(description="Entities the viewer may work in (send one as X-Entity).")
    async def entities(
        self, info: Info, first: NestedFirst = MASTER_DATA_DEFAULT
    ) -> list[EntityType]:
        return await accessible_entities(info, first)

    @strawberry.field(description="The entity this request works in; null at the top level.")
    def current_entity(self, info: Info) -> EntityType | None:
        entity = info.context.scope.entity
        return EntityType.from_model(entity) if entity is not None else None
