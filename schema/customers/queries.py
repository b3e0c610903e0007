from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry import relay

from app.services import customers as customer_service
from schema.common import page_info
from schema.context import Info
from schema.customers.types import CustomerStatusEnum, CustomerType
from schema.ids import pk_of


@strawberry.type(description="A page of customers.")
class CustomerConnection(relay.Connection[CustomerType]):
    total_count: int = strawberry.field(description="Customers matching, on every page.")


@strawberry.type
class CustomerQuery:
    @strawberry.field(description="Customers visible in the scope, by code (forward paging).")
    async def customers(
        self,
        info: Info,
        first: int = 50,
        after: str | None = None,
        search: Annotated[
            str | None, strawberry.argument(description="Part of the code or name, any case.")
        ] = None,
        status: CustomerStatusEnum | None = None,  # type: ignore[valid-type]
    ) -> CustomerConnection:
        page = await customer_service.list_customers(
            info.context.principal,
            info.context.scope,
            customer_service.CustomerFilters(search=search, status=status),
            first=first,
            after=after,
        )
        edges = [
            relay.Edge(cursor=customer_service.cursor_of(c), node=CustomerType.from_model(c))
            for c in page.customers
        ]
        return CustomerConnection(
            edges=edges,
            page_info=page_info(edges, has_next_page=page.has_next_page, after=after),
            total_count=page.total_count,
        )

    @strawberry.field(description="A customer by id; null when not visible in the scope.")
    async def customer(self, info: Info, id: strawberry.ID) -> CustomerType | None:
        pk = pk_of(str(id), "Customer", field="id")
        found = await customer_service.customer_rows(
            info.context.principal, info.context.scope, [pk]
        )
        return CustomerType.from_model(found[pk]) if pk in found else None
