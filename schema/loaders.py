"""DataLoaders, created fresh for every request (a loader's cache must not outlive it)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from strawberry.dataloader import DataLoader
from tortoise.models import Model

from models import Entity, User

M = TypeVar("M", bound=Model)


def by_id(model: type[M]) -> Callable[[Sequence[int]], Awaitable[list[M | None]]]:
    """A batch function loading rows of ``model`` by primary key in one query."""

    async def load(ids: Sequence[int]) -> list[M | None]:
        rows = {row.pk: row for row in await model.filter(pk__in=list(ids))}
        return [rows.get(pk) for pk in ids]

    return load


@dataclass(frozen=True, slots=True)
class Loaders:
    entity: DataLoader[int, Entity | None]
    user: DataLoader[int, User | None]

    @classmethod
    def create(cls) -> Loaders:
        return cls(
            entity=DataLoader(load_fn=by_id(Entity)),
            user=DataLoader(load_fn=by_id(User)),
        )
