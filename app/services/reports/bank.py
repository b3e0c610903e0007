"""A bank account's register and its reconciliation with a bank statement, over the bank
items of ``app.services.bank``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from app.services import cursors
from app.services.access import BANK_ACCOUNTS, Principal, Scope
from app.services.bank import BankItemKind
from app.services.errors import DomainError, ErrorCode
from app.services.money import parse_amount
from app.services.reports.common import open_report
from app.services.sql import as_date, as_int, fetch
from models import BankAccount
from models.enums import RefundState

# The order of items on one day: money in before money out, a void after its refund.
_KIND_RANK = {
    BankItemKind.RECEIVED_PAYMENT: 1,
    BankItemKind.ADVANCE: 2,
    BankItemKind.REFUND: 3,
    BankItemKind.REFUND_VOID: 4,
}


@dataclass(frozen=True, slots=True)
class BankItem:
    kind: BankItemKind
    document_id: int
    item_date: date
    amount_minor: int  # deposits positive, withdrawals negative
    cleared_on: date | None
    running_minor: int
    number: str | None = None  # the document's or the refund's

    @property
    def status(self) -> ClearedStatus:
        return ClearedStatus.CLEARED if self.cleared_on is not None else ClearedStatus.UNCLEARED


# Opening items brought in from the old system never passed through this system's bank.
_NOT_OPENING = " AND is_opening = FALSE"


def _items_sql(scope: Scope) -> tuple[str, list[Any]]:
    """Every item of one bank account (first parameter, repeated) in the scope."""
    entity, entity_params = scope.documents_sql("entity_id")
    refund = RefundState
    parts = [
        (
            "received_payment",
            1,
            "document_date",
            "amount_minor",
            "cleared_on",
            "received_payment",
            _NOT_OPENING,
        ),
        ("advance", 2, "document_date", "amount_minor", "cleared_on", "advance", _NOT_OPENING),
        (
            "refund",
            3,
            "payment_date",
            "-total_minor",
            "cleared_on",
            "refund",
            f" AND state <> '{refund.DRAFT.value}'",
        ),
        (
            "refund_void",
            4,
            "void_date",
            "total_minor",
            "void_cleared_on",
            "refund",
            f" AND state = '{refund.VOIDED.value}'",
        ),
    ]
    sql = " UNION ALL ".join(
        f"SELECT '{kind}' AS kind, {rank} AS kind_rank, id AS document_id,"
        f" {day} AS item_date, {amount} AS amount, {cleared} AS cleared_on, number"
        f" FROM {table} WHERE bank_account_id = ?{condition}{entity}"
        for kind, rank, day, amount, cleared, table, condition in parts
    )
    return sql, entity_params


async def _bank(actor: Principal, scope: Scope, bank_account_id: int) -> BankAccount:
    bank = await BankAccount.get_or_none(id=bank_account_id)
    if bank is None or not BANK_ACCOUNTS.allows(actor, scope, bank.entity_id):
        raise DomainError(
            "No such bank account here.",
            field="bankAccountId",
            code=ErrorCode.BANK_ACCOUNT_NOT_FOUND,
        )
    return bank


def _cursor_condition(after: str | None) -> tuple[str, list[Any]]:
    key = cursors.decode(_CURSOR, after, (date, int, int))
    if key is None:
        return "", []
    day, rank, document = key
    if rank not in _KIND_RANK.values():
        raise DomainError("Not a cursor of this list.", field="after", code=ErrorCode.INVALID)
    return (
        " AND (t.item_date > ? OR (t.item_date = ? AND (t.kind_rank > ?"
        " OR (t.kind_rank = ? AND t.document_id > ?))))",
        [day, day, rank, rank, document],
    )


_CURSOR = "bank_items"


def cursor_after(item_date: date, kind: BankItemKind, document_id: int) -> str:
    """The cursor of a page that starts after this bank item."""
    return cursors.encode(_CURSOR, item_date, _KIND_RANK[kind], document_id)


def end_cursor(items: list[BankItem]) -> str | None:
    """Where the page after ``items`` starts."""
    if not items:
        return None
    return cursor_after(items[-1].item_date, items[-1].kind, items[-1].document_id)


def _item(row: dict[str, Any], running_minor: int | None = None) -> BankItem:
    return BankItem(
        kind=BankItemKind(str(row["kind"])),
        document_id=as_int(row["document_id"]),
        item_date=as_date(row["item_date"]),
        amount_minor=as_int(row["amount"]),
        cleared_on=as_date(row["cleared_on"]) if row["cleared_on"] else None,
        running_minor=as_int(row["running"]) if running_minor is None else running_minor,
        number=str(row["number"]) if row.get("number") is not None else None,
    )


async def _items_page(
    items: str,
    per_part: list[Any],
    *,
    until: date,
    where: tuple[str, list[Any]],
    after: str | None,
    first: int,
) -> tuple[list[BankItem], bool]:
    """A page of the items up to ``until`` that match ``where`` (on ``t``), in bank order,
    each with the running balance of every item before it, and whether more follow."""
    page_condition, page_params = _cursor_condition(after)
    condition, condition_params = where
    rows = await fetch(
        "SELECT t.* FROM (SELECT i.*, SUM(amount) OVER"
        " (ORDER BY item_date, kind_rank, document_id) AS running"
        f" FROM ({items}) i WHERE item_date <= ?) t WHERE {condition}{page_condition}"
        " ORDER BY t.item_date, t.kind_rank, t.document_id LIMIT ?",
        [*per_part * 4, until, *condition_params, *page_params, first + 1],
    )
    return [_item(r) for r in rows[:first]], len(rows) > first


async def _period_page(
    items: str,
    per_part: list[Any],
    *,
    date_from: date,
    until: date,
    opening_minor: int,
    after: str | None,
    first: int,
) -> tuple[list[BankItem], bool]:
    """A page of the period's items in bank order with their running balances. The period's
    items follow one another without a gap, so an item's running balance is the balance
    before the page plus the page's items up to it: no window over the account's whole
    history, whose cost grew with every refund the account ever paid."""
    page_condition, page_params = _cursor_condition(after)
    period = "t.item_date >= ? AND t.item_date <= ?"
    rows = await fetch(
        f"SELECT t.* FROM ({items}) t WHERE {period}{page_condition}"
        " ORDER BY t.item_date, t.kind_rank, t.document_id LIMIT ?",
        [*per_part * 4, date_from, until, *page_params, first + 1],
    )
    balance = opening_minor
    if page_params:  # a later page: add what the period's items before it moved
        before_page = page_condition.removeprefix(" AND ")
        moved = await fetch(
            f"SELECT COALESCE(SUM(t.amount), 0) AS amount FROM ({items}) t"
            f" WHERE {period} AND NOT {before_page}",
            [*per_part * 4, date_from, until, *page_params],
        )
        balance += as_int(moved[0]["amount"])
    page = []
    for row in rows[:first]:
        balance += as_int(row["amount"])
        page.append(_item(row, balance))
    return page, len(rows) > first


@dataclass(frozen=True, slots=True)
class RegisterPage:
    bank: BankAccount
    opening_minor: int
    deposits_minor: int
    withdrawals_minor: int
    closing_minor: int
    items: list[BankItem]
    has_next_page: bool
    # A bank account shared by several entities, seen from inside one: its items only.
    entity_share_only: bool

    @property
    def end_cursor(self) -> str | None:
        return end_cursor(self.items)


async def bank_register(
    actor: Principal,
    scope: Scope,
    bank_account_id: int,
    *,
    date_from: date,
    date_to: date,
    first: int = 100,
    after: str | None = None,
) -> RegisterPage:
    """Deposits and withdrawals of the period with the running balance."""
    open_report(actor, first=first, date_from=date_from, date_to=date_to)
    bank = await _bank(actor, scope, bank_account_id)
    items, entity_params = _items_sql(scope)
    per_part = [bank.id, *entity_params]
    totals = (
        await fetch(
            "SELECT COALESCE(SUM(CASE WHEN item_date < ? THEN amount END), 0) AS opening,"
            " COALESCE(SUM(CASE WHEN item_date >= ? AND amount > 0 THEN amount END), 0)"
            "  AS deposits,"
            " COALESCE(SUM(CASE WHEN item_date >= ? AND amount < 0 THEN -amount END), 0)"
            "  AS withdrawals"
            f" FROM ({items}) i WHERE item_date <= ?",
            [date_from, date_from, date_from, *per_part * 4, date_to],
        )
    )[0]
    opening = as_int(totals["opening"])
    page, has_next_page = await _period_page(
        items,
        per_part,
        date_from=date_from,
        until=date_to,
        opening_minor=opening,
        after=after,
        first=first,
    )
    deposits, withdrawals = as_int(totals["deposits"]), as_int(totals["withdrawals"])
    return RegisterPage(
        bank=bank,
        opening_minor=opening,
        deposits_minor=deposits,
        withdrawals_minor=withdrawals,
        closing_minor=opening + deposits - withdrawals,
        items=page,
        has_next_page=has_next_page,
        entity_share_only=bank.entity_id is None and scope.entity is not None,
    )


class ClearedStatus(StrEnum):
    CLEARED = "cleared"
    UNCLEARED = "uncleared"


@dataclass(frozen=True, slots=True)
class Reconciliation:
    bank: BankAccount
    statement_date: date
    statement_balance_minor: int
    book_balance_minor: int  # every item up to the statement date
    cleared_balance_minor: int  # the items the bank has cleared by then
    uncleared_deposits_minor: int
    uncleared_withdrawals_minor: int
    items: list[BankItem]  # of the status asked for
    has_next_page: bool

    @property
    def end_cursor(self) -> str | None:
        return end_cursor(self.items)

    @property
    def difference_minor(self) -> int:
        """What does not reconcile: zero when the statement and the cleared items agree."""
        return self.statement_balance_minor - self.cleared_balance_minor


async def bank_reconciliation(
    actor: Principal,
    scope: Scope,
    bank_account_id: int,
    *,
    statement_date: date,
    statement_balance: str,
    status: ClearedStatus = ClearedStatus.UNCLEARED,
    first: int = 100,
    after: str | None = None,
) -> Reconciliation:
    """Cleared and uncleared items at a statement date, and the reconciled difference."""
    open_report(actor, first=first)
    bank = await _bank(actor, scope, bank_account_id)
    if bank.entity_id is None and scope.entity is not None:
        # The statement covers every entity's items; an entity sees only its own.
        raise DomainError(
            "This bank account is shared by several entities: reconcile it at the top level.",
            field="bankAccountId",
            code=ErrorCode.INVALID,
        )
    statement_minor = parse_amount(statement_balance, bank.currency, field="statementBalance")
    items, entity_params = _items_sql(scope)
    per_part = [bank.id, *entity_params]
    cleared = "cleared_on IS NOT NULL AND cleared_on <= ?"
    totals = (
        await fetch(
            "SELECT COALESCE(SUM(amount), 0) AS book,"
            f" COALESCE(SUM(CASE WHEN {cleared} THEN amount END), 0) AS cleared,"
            f" COALESCE(SUM(CASE WHEN NOT ({cleared}) AND amount > 0 THEN amount END), 0)"
            "  AS uncleared_in,"
            f" COALESCE(SUM(CASE WHEN NOT ({cleared}) AND amount < 0 THEN -amount END), 0)"
            "  AS uncleared_out"
            f" FROM ({items}) i WHERE item_date <= ?",
            [statement_date, statement_date, statement_date, *per_part * 4, statement_date],
        )
    )[0]
    cleared_t = cleared.replace("cleared_on", "t.cleared_on")
    wanted = f"({cleared_t})" if status == ClearedStatus.CLEARED else f"NOT ({cleared_t})"
    page, has_next_page = await _items_page(
        items,
        per_part,
        until=statement_date,
        where=(wanted, [statement_date]),
        after=after,
        first=first,
    )
    return Reconciliation(
        bank=bank,
        statement_date=statement_date,
        statement_balance_minor=statement_minor,
        book_balance_minor=as_int(totals["book"]),
        cleared_balance_minor=as_int(totals["cleared"]),
        uncleared_deposits_minor=as_int(totals["uncleared_in"]),
        uncleared_withdrawals_minor=as_int(totals["uncleared_out"]),
        items=page,
        has_next_page=has_next_page,
    )
