from __future__ import annotations

import strawberry

from app.services import bank_accounts
from schema.ar.types import BankAccountType
from schema.context import Info


@strawberry.type
class ArQuery:
    @strawberry.field(description="Active bank accounts usable in the scope, by code.")
    async def bank_accounts(self, info: Info, currency: str | None = None) -> list[BankAccountType]:
        rows = await bank_accounts.list_bank_accounts(
            info.context.principal,
            info.context.scope,
            bank_accounts.BankAccountFilters(currency=currency),
        )
        return [BankAccountType.from_model(row) for row in rows]
