"""Bank accounts: which ones a request may see and which one a document may use."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.access import BANK_ACCOUNTS, Principal, Scope
from app.services.errors import ErrorCode, ErrorCollector
from app.services.money import currency_code
from app.services.sql import as_models, read_primary
from models import BankAccount


@dataclass(frozen=True, slots=True)
class BankAccountFilters:
    """Which bank accounts a list shows; every interface uses it."""

    currency: str | None = None
    include_inactive: bool = False


async def list_bank_accounts(
    actor: Principal, scope: Scope, filters: BankAccountFilters
) -> list[BankAccount]:
    """Bank accounts visible in the scope (its own and shared ones), by code; active ones
    unless asked for all."""
    query = BankAccount.filter(BANK_ACCOUNTS.filter(actor, scope))
    if not filters.include_inactive:
        query = query.filter(is_active=True)
    if filters.currency is not None:
        query = query.filter(currency=currency_code(filters.currency))
    return await query.order_by("code")


async def bank_account_for_document(
    scope: Scope,
    errors: ErrorCollector,
    bank_account_id: int,
    *,
    entity_id: int | None,
    currency: str | None,
    entity_known: bool = True,
) -> BankAccount | None:
    """The active bank account a document of ``entity_id`` in ``currency`` may use
    (``entity_known`` False: the document's entity is unknown, as its customer is;
    ``currency`` None: unknown, so not compared)."""
    rows = await read_primary(
        "SELECT * FROM bank_account WHERE id = ? AND is_active", [bank_account_id]
    )
    return checked_for_document(
        scope,
        errors,
        as_models(BankAccount, rows)[0] if rows else None,
        entity_id=entity_id,
        currency=currency,
        entity_known=entity_known,
    )


def checked_for_document(
    scope: Scope,
    errors: ErrorCollector,
    bank: BankAccount | None,
    *,
    entity_id: int | None,
    currency: str | None,
    entity_known: bool = True,
) -> BankAccount | None:
    """``bank_account_for_document``'s checks of an account already read (None: not
    found)."""
    if (
        bank is None
        or not bank.is_active
        or not scope.can_see_master(bank.entity_id)
        or (entity_known and bank.entity_id not in (None, entity_id))
    ):
        errors.add(
            "No such bank account here.",
            field="bankAccountId",
            code=ErrorCode.BANK_ACCOUNT_NOT_FOUND,
        )
        return None
    if currency is not None and bank.currency != currency:
        errors.add(
            f"Bank account {bank.code} holds {bank.currency}, not {currency}.",
            field="bankAccountId",
            code=ErrorCode.CURRENCY_MISMATCH,
        )
    return bank
