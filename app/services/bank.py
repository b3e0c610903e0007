"""Bank items and their clearing: what a bank statement shows of the AR documents.

Received payments and advances are deposits; a posted refund is a withdrawal on its
payment date; a void puts the money back on its void date. Each item clears the bank on a
date of its own (the reconciliation status), set by ``set_cleared``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from app.services import audit
from app.services.access import Principal, Scope
from app.services.errors import ErrorCode, ErrorCollector
from app.services.sql import placeholders, write
from app.services.transactions import atomic
from models import Advance, ReceivedPayment, Refund
from models.enums import Permission, RefundState


class BankItemKind(StrEnum):
    RECEIVED_PAYMENT = "received_payment"
    ADVANCE = "advance"
    REFUND = "refund"
    REFUND_VOID = "refund_void"


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
            # An opening item never passed through this bank: it is no bank item to clear.
            if not getattr(row, "is_opening", False):
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
    async with atomic():
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
            assignments, values = f"{column} = ?", [cleared_on]
            if model is Refund:
                # A refund is versioned: a clearing is a change others must notice.
                assignments += ", version = version + 1, updated_at = ?"
                values.append(datetime.now(UTC))
            # Counted from RETURNING: on SQLite a count of changes would include what the
            # bank day balances' triggers wrote (models.balances).
            table = model._meta.db_table
            changed += len(
                await write(
                    f"UPDATE {table} SET {assignments}"  # noqa: S608 - columns ours, values bound
                    f" WHERE id IN ({placeholders(len(ids))}) RETURNING id",
                    [*values, *sorted(ids)],
                )
            )
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
