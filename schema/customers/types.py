"""GraphQL types of customers: balance, refundable credits and documents via loaders."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import strawberry
from strawberry import relay

from app.services import customers as customer_service
from app.services.access import CUSTOMERS
from app.services.paging import (
    ELIGIBLE_CREDITS_DEFAULT,
    NESTED_LIST_DEFAULT,
    NESTED_LIST_MAX,
    check_page_size,
)
from models import Customer
from models.enums import CustomerStatus
from schema.ar.types import ArDocument, CreditType, document_of_row
from schema.common import EntityType, NestedFirst, entity_of, load_visible, visible
from schema.context import Info
from schema.money import MoneyType

CustomerStatusEnum = strawberry.enum(CustomerStatus, name="CustomerStatus")
BalanceUnavailableEnum = strawberry.enum(
    customer_service.BalanceUnavailable,
    name="BalanceUnavailable",
    description="Why a balance cannot be one sum.",
)


@strawberry.type(description="What the customer owes (negative: what we owe them).")
class CustomerBalance:
    total: MoneyType | None = strawberry.field(
        description="In the scope's base currency; null when it cannot be one sum "
        "(see unavailable and reason)."
    )
    unavailable: BalanceUnavailableEnum | None  # type: ignore[valid-type]
    reason: str | None
    by_currency: list[MoneyType] = strawberry.field(
        description="Net open amount per currency; documents in other currencies are "
        "listed here, never converted."
    )


@strawberry.type(name="Customer", description="A customer of an entity, or shared.")
class CustomerType(relay.Node):
    id: relay.NodeID[int]
    code: str
    name: str
    status: CustomerStatusEnum  # type: ignore[valid-type]
    entity_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, customer: Customer | customer_service.CustomerRow) -> CustomerType:
        return cls(
            id=customer.id,
            code=customer.code,
            name=customer.name,
            status=customer.status,
            entity_id=customer.entity_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False, **_: Any
    ) -> list[CustomerType | None]:
        rows = await load_visible(
            info.context.loaders.customer, node_ids, lambda c: visible(info, CUSTOMERS, c)
        )
        return [cls.from_model(row) if row is not None else None for row in rows]

    @strawberry.field(description="The entity the customer belongs to; null when shared.")
    async def entity(self, info: Info) -> EntityType | None:
        return await entity_of(info, self.entity_id)

    @strawberry.field(description="The AR balance in the request's scope.")
    async def balance(self, info: Info) -> CustomerBalance:
        found = await info.context.loaders.balance.load(self.id)
        return CustomerBalance(
            total=MoneyType.from_money(found.total) if found.total is not None else None,
            unavailable=found.unavailable,
            reason=found.reason,
            by_currency=[MoneyType.from_money(m) for m in found.by_currency],
        )

    @strawberry.field(
        description="Credits a refund may clear, oldest first: open amount above zero, "
        "no inline credits, no negative invoice or credit memo with a positive line. "
        "Default currency: the scope's base currency."
    )
    async def eligible_credits(
        self,
        info: Info,
        currency: str | None = None,
        first: NestedFirst = ELIGIBLE_CREDITS_DEFAULT,
    ) -> list[CreditType] | None:
        check_page_size(first, NESTED_LIST_MAX)
        loaders = info.context.loaders
        currency = await customer_service.currency_or_base(
            info.context.scope, currency, base=lambda: loaders.base_currency.load(0)
        )
        found = (await loaders.refundable_credits.load((self.id, currency)))[:first]
        return [CreditType.from_model(credit) for credit in found]

    @strawberry.field(description="Posted AR documents in the scope, newest first.")
    async def documents(
        self, info: Info, first: NestedFirst = NESTED_LIST_DEFAULT
    ) -> list[ArDocument]:
        check_page_size(first, NESTED_LIST_MAX)
        # Every kind, newest first, in one batch for every customer of the page.
        rows = await info.context.loaders.documents_of_customer.load(self.id)
        return [document_of_row(row) for row in rows[:first]]
