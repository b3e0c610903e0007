"""Master data other than customers: bank accounts a request may use."""

from __future__ import annotations

from app.services.access import CUSTOMER_READERS, Principal, Scope
from models import BankAccount


async def list_bank_accounts(
    actor: Principal, scope: Scope, *, currency: str | None = None
) -> list[BankAccount]:
    """Active bank accounts visible in the scope (its own and shared ones), by code."""
    actor.require_any(CUSTOMER_READERS)
    query = BankAccount.filter(scope.masters_q(), is_active=True)
    if currency is not None:
        query = query.filter(currency=currency.strip().upper())
    return await query.order_by("code")
