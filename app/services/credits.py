"""A customer's refundable credits: the one eligibility rule every interface uses.

Eligible: credits with an open amount above zero, in the asked currency, visible in the
scope, whose source document has no positive line. Inline credits (negative lines inside a
document with positive lines) never get a credit row; a negative invoice or credit memo
with a positive line owes its credit to inline credits, so it is not refundable even while
a negative balance remains.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple, Protocol, TypeAlias

from tortoise.functions import Sum

from app.services.access import CREDITS, Principal, Scope
from app.services.money import currency_code, exact_int
from app.services.sql import (
    Row,
    as_date,
    as_int,
    fetch,
    fetch_rows,
    lock_clause,
    one_of,
    read_primary,
    shift_guarded,
)
from models import ArCredit, RefundAllocation
from models.enums import CreditKind, RefundState

# The rule, as SQL on the credit table aliased ``c``: money left on it, and no positive
# line on its document (source_ineligibility is the document part for one row).
ELIGIBLE_SQL = "c.open_minor > 0 AND NOT c.has_positive_line"


# The document a credit comes from, by the column naming it (a CHECK constraint makes it
# exactly one); the keys are how the CSV layouts name the document types.
SOURCE_FIELDS = {
    "invoice": "invoice_id",
    "adjustment": "adjustment_id",
    "payment": "payment_id",
    "advance": "advance_id",
}


class CreditRow(NamedTuple):
    """A credit as reads show it, with what draft refunds hold of it, from one statement:
    a plain row, cheaper to build than the ORM object for lists of credits. A named tuple:
    read-only like a frozen dataclass, and built in half its time (lists of thousands)."""

    id: int
    kind: CreditKind
    entity_id: int | None
    customer_id: int
    currency: str
    document_number: str
    document_date: date
    original_minor: int
    open_minor: int
    has_positive_line: bool
    invoice_id: int | None
    adjustment_id: int | None
    payment_id: int | None
    advance_id: int | None
    # What draft refunds (other than the one being edited, if any) have selected.
    held_by_drafts_minor: int

    @property
    def available_minor(self) -> int:
        return available_minor(self, self.held_by_drafts_minor)


# The ORM object (writes, locks) or the read row: the rules below hold for both.
Credit: TypeAlias = ArCredit | CreditRow


def source_of(credit: Credit) -> tuple[str, int]:
    """The type and id of the document behind a credit."""
    for kind, column in SOURCE_FIELDS.items():
        document_id = getattr(credit, column)
        if document_id is not None:
            return kind, int(document_id)
    raise LookupError(f"credit {credit.id} has no document")


class HasSource(Protocol):
    """What ``source_ineligibility`` reads of a credit."""

    @property
    def has_positive_line(self) -> bool: ...

    @property
    def document_number(self) -> str: ...


def source_ineligibility(credit: HasSource) -> str | None:
    """Why the document behind a credit keeps it from ever being refunded, if it does."""
    if credit.has_positive_line:
        return (
            f"{credit.document_number} has a positive line: its credit comes from inline "
            "credits, which are never refunded."
        )
    return None


def standing_refunds(refund: str) -> str:
    """SQL condition on the refund table aliased ``refund``: the refunds whose allocations
    are taken from their credits now: posted ones (a void gave its amounts back).

    On a past date the standing refunds were those paid by then and not voided by then:
    the ones standing now, less ``standing_now_not_then``, plus ``standing_then_not_now``
    (what the aging of a past statement undoes and adds back)."""
    return f"{refund}.state = '{RefundState.POSTED.value}'"


def standing_now_not_then(refund: str) -> str:
    """SQL condition (one ``?``: the date): standing now, not yet on the date (paid after
    it)."""
    return f"{standing_refunds(refund)} AND {refund}.payment_date > ?"


def standing_then_not_now(refund: str) -> str:
    """SQL condition (two ``?``: the date twice): standing on the date, not now (paid by
    then, voided after it)."""
    return (
        f"{refund}.state = '{RefundState.VOIDED.value}' AND {refund}.payment_date <= ?"
        f" AND {refund}.void_date > ?"
    )


def refunded_from(credit_id: str) -> str:
    """SQL expression: what standing refunds took from the credit whose id is the column
    ``credit_id`` (0 when none)."""
    return (
        "COALESCE((SELECT SUM(ra.amount_minor) FROM refund_allocation ra"
        f" JOIN refund rf ON rf.id = ra.refund_id WHERE ra.credit_id = {credit_id}"
        f" AND {standing_refunds('rf')}), 0)"
    )


@dataclass(frozen=True, slots=True)
class RefundTake:
    """What one standing refund took from a credit."""

    refund_number: str
    amount_minor: int


async def refund_takes(credit_ids: Sequence[int]) -> dict[int, list[RefundTake]]:
    """The standing refunds that took from each credit, oldest first, in one query."""
    if not credit_ids:
        return {}
    credits, params = one_of("ra.credit_id", credit_ids)
    rows = await fetch(
        "SELECT ra.credit_id, rf.number, ra.amount_minor FROM refund_allocation ra"
        f" JOIN refund rf ON rf.id = ra.refund_id WHERE {standing_refunds('rf')}"
        f" AND {credits} ORDER BY ra.refund_id",
        params,
    )
    takes: dict[int, list[RefundTake]] = defaultdict(list)
    for row in rows:
        takes[as_int(row["credit_id"])].append(
            RefundTake(str(row["number"]), as_int(row["amount_minor"]))
        )
    return dict(takes)


def unheld_minor(credit: Credit, held_by_drafts_minor: int) -> int:
    """What is open and not held by draft refunds: what an application may take."""
    return max(int(credit.open_minor) - held_by_drafts_minor, 0)


def available_minor(credit: Credit, held_by_drafts_minor: int) -> int:
    """What a new refund may still take from the credit: nothing where the document keeps
    it from being refunded, else what is open and not held by drafts."""
    if source_ineligibility(credit) is not None:
        return 0
    return unheld_minor(credit, held_by_drafts_minor)


async def lock_credits(credit_ids: Sequence[int]) -> dict[int, ArCredit]:
    """Lock credits for this transaction, always in id order, so that no two of the things
    that take from a credit (posting or saving refunds, applying credits) can deadlock."""
    rows = await ArCredit.select_for_update().filter(id__in=list(credit_ids)).order_by("id")
    return {row.id: row for row in rows}


class AllocatedCredit(NamedTuple):
    """One allocation of a refund with its credit as locked: what posting checks (a
    named tuple: a post of many allocations builds one per line)."""

    credit_id: int
    amount_minor: int
    open_minor: int
    has_positive_line: bool
    document_number: str


_LOCK_ALLOCATED = (
    "SELECT a.credit_id, a.amount_minor, c.open_minor, c.has_positive_line, c.document_number"
    " FROM refund_allocation a JOIN ar_credit c ON c.id = a.credit_id"
    " WHERE a.refund_id = ? ORDER BY c.id"
)


class AllocationRow(NamedTuple):
    """One line of a refund's allocations, as reads show it: a plain row."""

    refund_id: int
    credit_id: int
    amount_minor: int


async def allocations_of(refund_ids: Sequence[int]) -> dict[int, list[AllocationRow]]:
    """Each refund's allocations, by credit, in one statement: plain rows (a page of a
    report shows hundreds)."""
    found: dict[int, list[AllocationRow]] = defaultdict(list)
    if not refund_ids:
        return found
    refunds, params = one_of("refund_id", refund_ids)
    rows = await fetch_rows(
        "SELECT refund_id, credit_id, amount_minor FROM refund_allocation"
        f" WHERE {refunds} ORDER BY refund_id, credit_id",
        params,
    )
    for row in rows:
        line = AllocationRow(int(row["refund_id"]), int(row["credit_id"]), int(row["amount_minor"]))
        found[line.refund_id].append(line)
    return found


async def lock_allocated_credits(refund_id: int) -> list[AllocatedCredit]:
    """A refund's allocations with their credits, the credits locked for this transaction
    in id order as ``lock_credits`` does, in one statement whatever their number. (On
    SQLite, writes are serialized by the database lock.)"""
    rows = await read_primary(_LOCK_ALLOCATED + lock_clause("c"), [refund_id])
    return [
        AllocatedCredit(
            int(row["credit_id"]),
            int(row["amount_minor"]),
            int(row["open_minor"]),
            bool(row["has_positive_line"]),
            str(row["document_number"]),
        )
        for row in rows
    ]


async def shift_open(deltas: Sequence[tuple[int, int]]) -> set[int]:
    """Change open amounts by ``(credit_id, delta)`` (negative: taken, positive: given
    back) in one guarded statement, whatever their number, and return the ids changed:
    never below zero, never above what the credit was for, whatever happened since the
    credits were locked.

    A credit missing from the answer failed the guard: the caller must fail its
    transaction, which undoes the others. Callers lock the credits first
    (``lock_credits``); the guard holds even without (on SQLite, writes are serialized by
    the database lock)."""
    return await shift_guarded("ar_credit", "open_minor", "original_minor", deltas)


async def held_by_drafts(
    credit_ids: Sequence[int], *, excluding_refund_id: int | None = None
) -> dict[int, int]:
    """Minor units each credit has allocated to draft refunds, in one query."""
    if not credit_ids:
        return {}
    query = RefundAllocation.filter(credit_id__in=list(credit_ids), refund__state=RefundState.DRAFT)
    if excluding_refund_id is not None:
        query = query.exclude(refund_id=excluding_refund_id)
    rows = (
        await query.annotate(held=Sum("amount_minor"))
        .group_by("credit_id")
        .values("credit_id", "held")
    )
    return {row["credit_id"]: exact_int(row["held"]) for row in rows}


def _held_sql(excluding_refund_id: int | None) -> tuple[str, list[Any]]:
    """SQL expression: what draft refunds hold of the credit aliased ``c`` (0 when none)."""
    excluding, params = (
        ("", [])
        if excluding_refund_id is None
        else (" AND ra.refund_id <> ?", [excluding_refund_id])
    )
    # An integer, not PostgreSQL's NUMERIC sum: no Decimal to decode and check per credit.
    # (Allocations are bounded amounts: their sum stays far inside BIGINT.)
    return (
        "CAST(COALESCE((SELECT SUM(ra.amount_minor) FROM refund_allocation ra"
        " JOIN refund rf ON rf.id = ra.refund_id WHERE ra.credit_id = c.id"
        f" AND rf.state = '{RefundState.DRAFT.value}'{excluding}), 0) AS BIGINT)",
        params,
    )


_CREDIT_COLUMNS = (
    "c.id, c.kind, c.entity_id, c.customer_id, c.currency, c.document_number,"
    " c.document_date, c.original_minor, c.open_minor, c.has_positive_line, c.invoice_id,"
    " c.adjustment_id, c.payment_id, c.advance_id"
)


_KINDS = {kind.value: kind for kind in CreditKind}


def _credit_row(row: Row) -> CreditRow:
    # Columns as both drivers return them (integers, text); SQLite's dates are text and its
    # booleans 0 or 1. Positional: this runs for every credit of every list.
    return CreditRow(
        row["id"],
        _KINDS[row["kind"]],
        row["entity_id"],
        row["customer_id"],
        row["currency"],
        row["document_number"],
        as_date(row["document_date"]),
        exact_int(row["original_minor"]),
        exact_int(row["open_minor"]),
        bool(row["has_positive_line"]),
        row["invoice_id"],
        row["adjustment_id"],
        row["payment_id"],
        row["advance_id"],
        exact_int(row["held"]),
    )


async def credit_rows(credit_ids: Sequence[int]) -> dict[int, CreditRow]:
    """Credits by id with what drafts hold of them, in one statement. No visibility rule:
    for relations of objects the caller already sees (and relay nodes, which check it)."""
    if not credit_ids:
        return {}
    held, params = _held_sql(None)
    credits, credit_params = one_of("c.id", credit_ids)
    rows = await fetch_rows(
        f"SELECT {_CREDIT_COLUMNS}, {held} AS held FROM ar_credit c WHERE {credits}",
        [*params, *credit_params],
    )
    return {credit.id: credit for credit in map(_credit_row, rows)}


async def refundable_credits(
    actor: Principal,
    scope: Scope,
    customer_ids: Sequence[int],
    currency: str,
    *,
    excluding_refund_id: int | None = None,
) -> dict[int, list[CreditRow]]:
    """Eligible credits per customer in ``currency``, oldest first, with what drafts hold
    of each, in one statement."""
    where, where_params = CREDITS.condition(actor, scope, "c.entity_id")
    currency = currency_code(currency)
    if not customer_ids:
        return {}
    held, held_params = _held_sql(excluding_refund_id)
    customers, customer_params = one_of("c.customer_id", customer_ids)
    rows = await fetch_rows(
        f"SELECT {_CREDIT_COLUMNS}, {held} AS held FROM ar_credit c"
        f" WHERE {ELIGIBLE_SQL} AND c.currency = ? AND {customers}{where}"
        " ORDER BY c.document_date, c.id",
        [*held_params, currency, *customer_params, *where_params],
    )
    by_customer: dict[int, list[CreditRow]] = defaultdict(list)
    for row in rows:
        credit = _credit_row(row)
        by_customer[credit.customer_id].append(credit)
    return {customer_id: by_customer.get(customer_id, []) for customer_id in customer_ids}
