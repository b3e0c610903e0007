from __future__ import annotations

import base64
from typing import Annotated

import strawberry
from strawberry import relay

from app.services import customers as customer_service
from app.services.errors import DomainError, ErrorCode
from schema.context import Info
from schema.customers.types import CustomerStatusEnum, CustomerType
from schema.ids import pk_of

_CURSOR_PREFIX = "customer:"


def _cursor(code: str) -> str:
    return base64.urlsafe_b64encode(f"{_CURSOR_PREFIX}{code}".encode()).decode()


def _after_code(cursor: str | None) -> str | None:
    if cursor is None:
        return None
    try:
        decoded = base64.urlsafe_b64decode(cursor.encode()).decode()
    except ValueError:
        decoded = ""
    if not decoded.startswith(_CURSOR_PREFIX):
        raise DomainError("Not a cursor of this list.", field="after", code=ErrorCode.INVALID)
    return decoded.removeprefix(_CURSOR_PREFIX)


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
            first=first,
            after_code=_after_code(after),
            search=search,
            status=status,
        )
        edges = [
            relay.Edge(cursor=_cursor(c.code), node=CustomerType.from_model(c))
            for c in page.customers
        ]
        return CustomerConnection(
            edges=edges,
            page_info=relay.PageInfo(
                has_next_page=page.has_next_page,
                has_previous_page=after is not None,
                start_cursor=edges[0].cursor if edges else None,
                end_cursor=edges[-1].cursor if edges else None,
            ),
            total_count=page.total_count,
        )

    @strawberry.field(description="A customer by id; null when not visible in the scope.")
    async def customer(self, info: Info, id: strawberry.ID) -> CustomerType | None:
        pk = pk_of(str(id), "Customer", field="id")
        found = await customer_service.get_customers(
            info.context.principal, info.context.scope, [pk]
        )
        return CustomerType.from_model(found[pk]) if pk in found else None
