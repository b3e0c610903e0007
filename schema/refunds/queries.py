from __future__ import annotations

from datetime import date

import strawberry
from strawberry import relay

from app.services import configuration, refunds
from schema.common import page_info
from schema.context import Info
from schema.ids import pk_of
from schema.refunds.types import ArConfigurationType, RefundStateEnum, RefundType


@strawberry.type(description="A page of refunds.")
class RefundConnection(relay.Connection[RefundType]):
    total_count: int = strawberry.field(description="Refunds matching, on every page.")


@strawberry.type
class RefundQuery:
    @strawberry.field(
        description="Refunds in the scope, newest first (refunds.list or refunds.view)."
    )
    async def refunds(
        self,
        info: Info,
        first: int = 50,
        after: str | None = None,
        state: RefundStateEnum | None = None,  # type: ignore[valid-type]
        customer_id: strawberry.ID | None = None,
        bank_account_id: strawberry.ID | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> RefundConnection:
        filters = refunds.RefundFilters(
            state=state,
            customer_id=pk_of(customer_id, "Customer", field="customerId") if customer_id else None,
            bank_account_id=pk_of(bank_account_id, "BankAccount", field="bankAccountId")
            if bank_account_id
            else None,
            date_from=date_from,
            date_to=date_to,
        )
        page = await refunds.list_refunds(
            info.context.principal,
            info.context.scope,
            filters,
            first=first,
            after=after,
        )
        edges = [
            relay.Edge(cursor=refunds.cursor_of(r), node=RefundType.from_model(r))
            for r in page.refunds
        ]
        return RefundConnection(
            edges=edges,
            page_info=page_info(edges, has_next_page=page.has_next_page, after=after),
            total_count=page.total_count,
        )

    @strawberry.field(
        description="A refund by id; null when not visible (refunds.list or refunds.view)."
    )
    async def refund(self, info: Info, id: strawberry.ID) -> RefundType | None:
        pk = pk_of(id, "Refund", field="id")
        found = await refunds.get_refunds(info.context.principal, info.context.scope, [pk])
        return RefundType.from_model(found[pk]) if pk in found else None

    @strawberry.field(description="The AR configuration of the request's scope.")
    async def ar_configuration(self, info: Info) -> ArConfigurationType | None:
        row = await configuration.get_configuration(info.context.principal, info.context.scope)
        return ArConfigurationType(refunds_enabled=row.refunds_enabled, row=row) if row else None
