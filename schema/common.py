"""GraphQL types shared by every area: entities, users, permissions."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Annotated, Any, Protocol, TypeVar

import strawberry
from strawberry import relay

from app.services import access
from app.services.access import Visibility, can_see_entity, can_see_user
from app.services.paging import NESTED_LIST_MAX, check_page_size
from models import Entity, User
from models.enums import Permission
from schema.batching import WaveLoader
from schema.context import Info
from schema.ids import parse_pk

M = TypeVar("M")  # a model or a plain row
T = TypeVar("T")

# The ``first`` argument of a list that is not a connection: at most that many items, in
# the list's order. Clients needing more use the paged queries and reports.
NestedFirst = Annotated[
    int,
    strawberry.argument(
        description=f"At most this many, 1 to {NESTED_LIST_MAX}; the paged queries and reports "
        "give all of them."
    ),
]


def first_of(items: Sequence[T], first: int) -> list[T]:
    """The first ``first`` items; ``first`` out of range is refused like a page size."""
    check_page_size(first, NESTED_LIST_MAX)
    return list(items[:first])


class Placed(Protocol):
    """A row that lives in an entity, or at the top level."""

    @property
    def entity_id(self) -> int | None: ...


def visible(info: Info, rule: Visibility, row: Placed | None) -> bool:
    """Whether the viewer may see ``row`` under ``rule`` (the one rule of its kind)."""
    return row is not None and rule.allows(
        info.context.principal, info.context.scope, row.entity_id
    )


async def load_visible(
    loader: WaveLoader[int, M | None], node_ids: Iterable[str], visible: Callable[[M], bool]
) -> list[M | None]:
    """Rows for relay node ids, in order; None for ids that are malformed, unknown or not
    visible to the viewer (the three look the same)."""
    pks = [parse_pk(node_id) for node_id in node_ids]
    wanted = [pk for pk in pks if pk is not None]
    rows: dict[int | None, M | None] = dict(
        zip(wanted, await loader.load_many(wanted), strict=True)
    )
    return [row if (row := rows.get(pk)) is not None and visible(row) else None for pk in pks]


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
    def from_model(cls, entity: Entity | access.EntityRow) -> EntityType:
        return cls(
            id=entity.id, code=entity.code, name=entity.name, base_currency=entity.base_currency
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False, **_: Any
    ) -> list[EntityType | None]:
        principal = info.context.principal
        entities = await load_visible(
            info.context.loaders.entity, node_ids, lambda e: can_see_entity(principal, e.id)
        )
        return [cls.from_model(e) if e is not None else None for e in entities]


async def accessible_entities(info: Info, first: int) -> list[EntityType]:
    """The first ``first`` entities the viewer may work in, by code."""
    return [
        EntityType.from_model(e)
        for e in first_of(await access.accessible_entities(info.context.principal), first)
    ]


async def entity_of(info: Info, entity_id: int | None) -> EntityType | None:
    """The entity a row belongs to; None for rows at the top level."""
    if entity_id is None:
        return None
    entity = await info.context.loaders.entity.load(entity_id)
    return EntityType.from_model(entity) if entity is not None else None


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
        principal = info.context.principal
        users = await load_visible(
            info.context.loaders.user, node_ids, lambda u: can_see_user(principal, u.id)
        )
        return [cls.from_model(u) if u is not None else None for u in users]


def page_info(
    edges: Sequence[relay.Edge[Any]], *, has_next_page: bool, after: str | None
) -> relay.PageInfo:
    """Relay page info of a forward-paged connection (cursors come from the services)."""
    return relay.PageInfo(
        has_next_page=has_next_page,
        has_previous_page=after is not None,
        start_cursor=edges[0].cursor if edges else None,
        end_cursor=edges[-1].cursor if edges else None,
    )
