from __future__ import annotations

import strawberry

from app.services import bank_accounts
from app.services.paging import MASTER_DATA_DEFAULT
from schema.ar.types import BankAccountType
from schema.common import NestedFirst, first_of
from schema.context import Info


@strawberry.type
class ArQuery:
    @strawberry.field(
        description="Bank accounts usable in the scope, by code (active ones "
        "unless includeInactive)."
    )
    async def bank_accounts(
        self,
        info: Info,
        currency: str | None = None,
        include_inactive: bool = False,
        first: NestedFirst = MASTER_DATA_DEFAULT,
    ) -> list[BankAccountType]:
        rows = await bank_accounts.list_bank_accounts(
            info.context.principal,
            info.context.scope,
            bank_accounts.BankAccountFilters(currency=currency, include_inactive=include_inactive),
        )
        return [BankAccountType.from_model(row) for row in first_of(rows, first)]
