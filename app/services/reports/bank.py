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
from app.services.sql import as_date, as_int, fetch, placeholders
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


def _item_parts(scope: Scope) -> tuple[list[str], list[Any]]:
    """The SELECT of each kind of item of one bank account in the scope, and the parameters
    each takes (the bank account, then the scope's)."""
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
    return [
        f"SELECT '{kind}' AS kind, {rank} AS kind_rank, id AS document_id,"
        f" {day} AS item_date, {amount} AS amount, {cleared} AS cleared_on, number"
        f" FROM {table} WHERE bank_account_id = ?{condition}{entity}"
        for kind, rank, day, amount, cleared, table, condition in parts
    ], entity_params


def _items_sql(scope: Scope) -> tuple[str, list[Any]]:
    """Every item of one bank account (first parameter, repeated) in the scope."""
    parts, entity_params = _item_parts(scope)
    return " UNION ALL ".join(parts), entity_params


async def _first_items(
    scope: Scope,
    bank_id: int,
    *,
    where: tuple[str, list[Any]],
    after: str | None,
    limit: int,
) -> list[dict[str, Any]]:
    """The first ``limit`` items (in bank order) that match ``where`` (on ``p``), after the
    cursor: each kind's own first ones through its index by account and date, then merged.
    One ordered UNION would sort every item of the account to keep a page."""
    parts, entity_params = _item_parts(scope)
    condition, condition_params = where
    page_condition, page_params = _cursor_condition(after, alias="p")
    branches = " UNION ALL ".join(
        f"SELECT * FROM (SELECT * FROM ({part}) p WHERE {condition}{page_condition}"
        f" ORDER BY p.item_date, p.document_id LIMIT ?) b{index}"
        for index, part in enumerate(parts)
    )
    params = [bank_id, *entity_params, *condition_params, *page_params, limit] * len(parts)
    return await fetch(
        f"SELECT t.* FROM ({branches}) t ORDER BY t.item_date, t.kind_rank, t.document_id LIMIT ?",
        [*params, limit],
    )


async def _days_before(scope: Scope, bank_id: int, day: date) -> int:
    """What the account's items dated before ``day`` moved, from the day balances the
    database maintains (``models.balances.BankDayBalance``)."""
    entity, entity_params = scope.documents_sql("entity_id")
    rows = await fetch(
        "SELECT COALESCE(SUM(amount_minor), 0) AS amount FROM bank_day_balance"
        f" WHERE bank_account_id = ?{entity} AND item_date < ?",
        [bank_id, *entity_params, day],
    )
    return as_int(rows[0]["amount"])


async def _running_balances(
    scope: Scope, bank_id: int, rows: list[dict[str, Any]]
) -> list[BankItem]:
    """``rows`` (in bank order; a status filter may leave gaps) with the balance of every
    item of the account up to each: the days before the first and between the page's days
    from the day balances, the items of the page's own days one by one."""
    if not rows:
        return []
    days = sorted({as_date(row["item_date"]) for row in rows})
    balance = await _days_before(scope, bank_id, days[0])
    entity, entity_params = scope.documents_sql("entity_id")
    between = await fetch(
        "SELECT item_date, SUM(amount_minor) AS amount FROM bank_day_balance"
        f" WHERE bank_account_id = ?{entity} AND item_date > ? AND item_date < ?"
        " GROUP BY item_date",
        [bank_id, *entity_params, days[0], days[-1]],
    )
    items, _ = _items_sql(scope)
    on_days = await fetch(
        f"SELECT t.item_date, t.kind_rank, t.document_id, t.amount FROM ({items}) t"
        f" WHERE t.item_date IN ({placeholders(len(days))})"
        " ORDER BY t.item_date, t.kind_rank, t.document_id",
        [*[bank_id, *entity_params] * 4, *days],
    )
    moves: list[tuple[date, int, int, int]] = [
        (as_date(r["item_date"]), 0, 0, as_int(r["amount"]))
        for r in between
        if as_date(r["item_date"]) not in days
    ]
    moves += [
        (
            as_date(r["item_date"]),
            as_int(r["kind_rank"]),
            as_int(r["document_id"]),
            as_int(r["amount"]),
        )
        for r in on_days
    ]
    running: dict[tuple[int, int], int] = {}
    for _, rank, document, amount in sorted(moves):
        balance += amount
        if rank:
            running[(rank, document)] = balance
    return [
        _item(row, running[(as_int(row["kind_rank"]), as_int(row["document_id"]))]) for row in rows
    ]


async def _bank(actor: Principal, scope: Scope, bank_account_id: int) -> BankAccount:
    bank = await BankAccount.get_or_none(id=bank_account_id)
    if bank is None or not BANK_ACCOUNTS.allows(actor, scope, bank.entity_id):
        raise DomainError(
            "No such bank account here.",
            field="bankAccountId",
            code=ErrorCode.BANK_ACCOUNT_NOT_FOUND,
        )
    return bank


def _cursor_condition(after: str | None, *, alias: str = "t") -> tuple[str, list[Any]]:
    key = cursors.decode(_CURSOR, after, (date, int, int))
    if key is None:
        return "", []
    day, rank, document = key
    if rank not in _KIND_RANK.values():
        raise DomainError("Not a cursor of this list.", field="after", code=ErrorCode.INVALID)
    t = alias
    # The first comparison alone lets an index on the date start at the cursor's day.
    return (
        f" AND {t}.item_date >= ? AND ({t}.item_date > ? OR ({t}.item_date = ?"
        f" AND ({t}.kind_rank > ? OR ({t}.kind_rank = ? AND {t}.document_id > ?))))",
        [day, day, day, rank, rank, document],
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


async def _page(
    scope: Scope,
    bank_id: int,
    *,
    where: tuple[str, list[Any]],
    after: str | None,
    first: int,
) -> tuple[list[BankItem], bool]:
    """A page of the items that match ``where`` (on ``p``) in bank order, each with the
    balance of every item of the account up to it, and whether more follow. No window over
    the account's history: its cost grew with every item the account ever had."""
    rows = await _first_items(scope, bank_id, where=where, after=after, limit=first + 1)
    return await _running_balances(scope, bank_id, rows[:first]), len(rows) > first


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
    entity, entity_params = scope.documents_sql("entity_id")
    totals = (
        await fetch(
            "SELECT COALESCE(SUM(CASE WHEN item_date < ? THEN amount_minor END), 0)"
            "  AS opening,"
            " COALESCE(SUM(CASE WHEN item_date >= ? AND amount_minor > 0 THEN amount_minor"
            "  END), 0) AS deposits,"
            " COALESCE(SUM(CASE WHEN item_date >= ? AND amount_minor < 0 THEN -amount_minor"
            "  END), 0) AS withdrawals"
            f" FROM bank_day_balance WHERE bank_account_id = ?{entity} AND item_date <= ?",
            [date_from, date_from, date_from, bank.id, *entity_params, date_to],
        )
    )[0]
    opening = as_int(totals["opening"])
    page, has_next_page = await _page(
        scope,
        bank.id,
        where=("p.item_date >= ? AND p.item_date <= ?", [date_from, date_to]),
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
    entity, entity_params = scope.documents_sql("entity_id")
    cleared = "cleared_on IS NOT NULL AND cleared_on <= ?"
    totals = (
        await fetch(
            "SELECT COALESCE(SUM(amount_minor), 0) AS book,"
            f" COALESCE(SUM(CASE WHEN {cleared} THEN amount_minor END), 0) AS cleared,"
            f" COALESCE(SUM(CASE WHEN NOT ({cleared}) AND amount_minor > 0"
            "  THEN amount_minor END), 0) AS uncleared_in,"
            f" COALESCE(SUM(CASE WHEN NOT ({cleared}) AND amount_minor < 0"
            "  THEN -amount_minor END), 0) AS uncleared_out"
            f" FROM bank_day_balance WHERE bank_account_id = ?{entity} AND item_date <= ?",
            [statement_date] * 3 + [bank.id, *entity_params, statement_date],
        )
    )[0]
    cleared_p = cleared.replace("cleared_on", "p.cleared_on")
    wanted = f"({cleared_p})" if status == ClearedStatus.CLEARED else f"NOT ({cleared_p})"
    page, has_next_page = await _page(
        scope,
        bank.id,
        where=(f"p.item_date <= ? AND {wanted}", [statement_date, statement_date]),
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
