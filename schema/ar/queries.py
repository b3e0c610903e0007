from __future__ import annotations

import strawberry

from app.services import bank_accounts
from schema.ar.types import BankAccountType
from schema.context import Info


@strawberry.type
class ArQuery:
    @strawberry.field(
        description="Bank accounts usable in the scope, by code (active ones "
        "unless includeInactive)."
    )
    async def bank_accounts(
        self, info: Info, currency: str | None = None, include_inactive: bool = False
    ) -> list[BankAccountType]:
        rows = await bank_accounts.list_bank_accounts(
            info.context.principal,
            info.context.scope,
            bank_accounts.BankAccountFilters(currency=currency, include_inactive=include_inactive),
        )
        return [BankAccountType.from_model(row) for row in rows]
