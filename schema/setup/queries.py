"""Reading the setup: the company, entities, the chart of accounts and journals."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry import relay

from app.services import setup
from app.services.paging import MASTER_DATA_DEFAULT
from schema.common import EntityType, NestedFirst, accessible_entities, first_of, page_info
from schema.context import Info
from schema.ledger import GLAccountKindEnum, GLAccountType, JournalType
from schema.setup.types import CompanyType


@strawberry.type(description="A page of the chart of accounts.")
class GLAccountConnection(relay.Connection[GLAccountType]):
    total_count: int = strawberry.field(description="Accounts matching, on every page.")


@strawberry.type
class SetupQuery:
    @strawberry.field(description="The company; null until it is named (setCompany).")
    async def company(self) -> CompanyType | None:
        company = await setup.get_company()
        return CompanyType.from_model(company) if company is not None else None

    @strawberry.field(description="Entities you may work in, by code.")
    async def entities(
        self, info: Info, first: NestedFirst = MASTER_DATA_DEFAULT
    ) -> list[EntityType]:
        return await accessible_entities(info, first)

    @strawberry.field(description="The chart of accounts, by number (forward paging).")
    async def gl_accounts(
        self,
        info: Info,
        first: int = 50,
        after: str | None = None,
        search: Annotated[
            str | None, strawberry.argument(description="Part of the number or title.")
        ] = None,
        kind: GLAccountKindEnum | None = None,  # type: ignore[valid-type]
        include_inactive: bool = False,
    ) -> GLAccountConnection:
        page = await setup.list_gl_accounts(
            info.context.principal,
            info.context.scope,
            setup.GLAccountFilters(search=search, kind=kind, include_inactive=include_inactive),
            first=first,
            after=after,
        )
        edges = [
            relay.Edge(cursor=setup.gl_account_cursor(a), node=GLAccountType.from_model(a))
            for a in page.accounts
        ]
        return GLAccountConnection(
            edges=edges,
            page_info=page_info(edges, has_next_page=page.has_next_page, after=after),
            total_count=page.total_count,
        )

    @strawberry.field(description="Journals, by symbol.")
    async def journals(
        self, info: Info, first: NestedFirst = MASTER_DATA_DEFAULT
    ) -> list[JournalType]:
        rows = await setup.list_journals(info.context.principal, info.context.scope)
        return [JournalType.from_model(row) for row in first_of(rows, first)]
