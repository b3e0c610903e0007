"""A bank account's register and its reconciliation with a bank statement.

Bank items: received payments and advances are deposits; a posted refund is a withdrawal on
its payment date; a void puts the money back on its void date. Each item clears the bank
on a date of its own (the reconciliation status), set by ``set_cleared``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from app.services import audit
from app.services.access import Principal, Scope
from app.services.errors import DomainError, ErrorCode, ErrorCollector
from app.services.money import parse_amount
from app.services.paging import REPORT_PAGE_MAX, check_page_size
from app.services.reports.ledger import check_period
from app.services.reports.sql import as_date, as_int, cursor_parts, fetch, scope_condition
from models import Advance, BankAccount, ReceivedPayment, Refund
from models.enums import Permission, RefundState


class BankItemKind(StrEnum):
    RECEIVED_PAYMENT = "received_payment"
    ADVANCE = "advance"
    REFUND = "refund"
    REFUND_VOID = "refund_void"


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


def _items_sql(scope: Scope) -> tuple[str, list[Any]]:
    """Every item of one bank account (first parameter, repeated) in the scope."""
    entity, entity_params = scope_condition(scope, "entity_id")
    refund = RefundState
    parts = [
        (
            "received_payment",
            1,
            "document_date",
            "amount_minor",
            "cleared_on",
            "received_payment",
            "",
        ),
        ("advance", 2, "document_date", "amount_minor", "cleared_on", "advance", ""),
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
        f" {day} AS item_date, {amount} AS amount, {cleared} AS cleared_on"
        f" FROM {table} WHERE bank_account_id = ?{condition}{entity}"
        for kind, rank, day, amount, cleared, table, condition in parts
    )
    return sql, entity_params


async def _bank(actor: Principal, scope: Scope, bank_account_id: int) -> BankAccount:
    actor.require(Permission.REPORTS_READ)
    bank = await BankAccount.get_or_none(id=bank_account_id)
    if bank is None or not scope.can_see_master(bank.entity_id):
        raise DomainError(
            "No such bank account here.",
            field="bankAccountId",
            code=ErrorCode.BANK_ACCOUNT_NOT_FOUND,
        )
    return bank


def _cursor_condition(after: str | None) -> tuple[str, list[Any]]:
    if after is None:
        return "", []
    day, rank, document = cursor_parts(after, (date, int, int))
    if rank not in _KIND_RANK.values():
        raise DomainError("Not a cursor of this report.", field="after", code=ErrorCode.INVALID)
    values: list[Any] = [day, rank, document]
    return (
        " AND (t.item_date > ? OR (t.item_date = ? AND (t.kind_rank > ?"
        " OR (t.kind_rank = ? AND t.document_id > ?))))",
        [values[0], values[0], values[1], values[1], values[2]],
    )


def item_cursor(item: BankItem) -> str:
    return f"{item.item_date.isoformat()}|{_KIND_RANK[item.kind]}|{item.document_id}"


def _item(row: dict[str, Any]) -> BankItem:
    return BankItem(
        kind=BankItemKind(str(row["kind"])),
        document_id=as_int(row["document_id"]),
        item_date=as_date(row["item_date"]),
        amount_minor=as_int(row["amount"]),
        cleared_on=as_date(row["cleared_on"]) if row["cleared_on"] else None,
        running_minor=as_int(row["running"]),
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
    check_period(date_from, date_to)
    bank = await _bank(actor, scope, bank_account_id)
    check_page_size(first, REPORT_PAGE_MAX)
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
    page, has_next_page = await _items_page(
        items,
        per_part,
        until=date_to,
        where=("t.item_date >= ?", [date_from]),
        after=after,
        first=first,
    )
    opening = as_int(totals["opening"])
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
    bank = await _bank(actor, scope, bank_account_id)
    if bank.entity_id is None and scope.entity is not None:
        # The statement covers every entity's items; an entity sees only its own.
        raise DomainError(
            "This bank account is shared by several entities: reconcile it at the top level.",
            field="bankAccountId",
            code=ErrorCode.INVALID,
        )
    check_page_size(first, REPORT_PAGE_MAX)
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


@dataclass(frozen=True, slots=True)
class BankItemRef:
    kind: BankItemKind
    document_id: int


BankDocument = ReceivedPayment | Advance | Refund

_MODEL: dict[BankItemKind, type[BankDocument]] = {
    BankItemKind.RECEIVED_PAYMENT: ReceivedPayment,
    BankItemKind.ADVANCE: Advance,
    BankItemKind.REFUND: Refund,
    BankItemKind.REFUND_VOID: Refund,
}


async def _bank_documents(
    items: list[BankItemRef],
) -> dict[tuple[type[BankDocument], int], BankDocument]:
    """The documents the items name, one query per kind, locked so that a refund voided
    meanwhile cannot be cleared as still posted (always in the same order: two clearings
    at once cannot deadlock)."""
    wanted: dict[type[BankDocument], set[int]] = defaultdict(set)
    for item in items:
        wanted[_MODEL[item.kind]].add(item.document_id)
    found: dict[tuple[type[BankDocument], int], BankDocument] = {}
    for model in dict.fromkeys(_MODEL.values()):
        if not wanted[model]:
            continue
        query = model.filter(id__in=sorted(wanted[model])).order_by("id").select_for_update()
        for row in await query:
            found[(model, row.id)] = row
    return found


async def set_cleared(
    actor: Principal, scope: Scope, items: list[BankItemRef], cleared_on: date | None
) -> int:
    """Mark bank items cleared on a date (None: not cleared); returns how many changed.
    Reconciling the bank is the controller's work: it needs ar.configure. Every item is
    checked before any changes, in a few statements whatever the number of items."""
    actor.require(Permission.AR_CONFIGURE)
    errors = ErrorCollector()
    updates: dict[tuple[type[BankDocument], str], set[int]] = defaultdict(set)
    events: list[audit.Event] = []
    async with in_transaction():
        rows = await _bank_documents(items)
        for index, item in enumerate(items):
            where = f"items.{index}"
            row = rows.get((_MODEL[item.kind], item.document_id))
            if row is None or not scope.can_see_document(row.entity_id):
                errors.add("No such bank item here.", field=f"{where}.id", code=ErrorCode.NOT_FOUND)
                continue
            day, column = _item_date_and_column(row, item.kind)
            if day is None:
                errors.add(
                    "A draft refund, or a void of a refund not voided, is not a bank item.",
                    field=f"{where}.id",
                    code=ErrorCode.INVALID,
                )
                continue
            if cleared_on is not None and cleared_on < day:
                errors.add(
                    "An item cannot clear before its own date.",
                    field="clearedOn",
                    code=ErrorCode.INVALID,
                )
                continue
            if row.id not in updates[(type(row), column)]:
                updates[(type(row), column)].add(row.id)
                # Filed under the document itself (a void's clearing too, so that it shows
                # in its refund's audit trail); which bank item it was goes in the details.
                events.append(
                    audit.Event(
                        action="bank_item.cleared",
                        object_type=_MODEL[item.kind]._meta.db_table,
                        object_id=row.id,
                        entity_id=row.entity_id,
                        details={
                            "bank_item": item.kind.value,
                            "cleared_on": cleared_on.isoformat() if cleared_on else None,
                        },
                    )
                )
        errors.raise_if_any()
        changed = 0
        for (model, column), ids in updates.items():
            changes: dict[str, Any] = {column: cleared_on}
            if model is Refund:
                # A refund is versioned: a clearing is a change others must notice.
                changes |= {"version": F("version") + 1, "updated_at": datetime.now(UTC)}
            changed += await model.filter(id__in=sorted(ids)).update(**changes)
        await audit.record_many(actor, events)
    return changed


def _item_date_and_column(
    row: ReceivedPayment | Advance | Refund, kind: BankItemKind
) -> tuple[date | None, str]:
    if isinstance(row, Refund):
        if kind == BankItemKind.REFUND_VOID:
            return (row.void_date if row.state == RefundState.VOIDED else None, "void_cleared_on")
        return (row.payment_date if row.state != RefundState.DRAFT else None, "cleared_on")
    return row.document_date, "cleared_on"
