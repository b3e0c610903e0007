"""A customer's refundable credits: the one eligibility rule every interface uses.

Eligible: credits with an open amount above zero, in the asked currency, visible in the
scope, whose source document has no positive line. Inline credits (negative lines inside a
document with positive lines) never get a credit row; a negative invoice or credit memo
with a positive line owes its credit to inline credits, so it is not refundable even while
a negative balance remains.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from tortoise.expressions import Q
from tortoise.functions import Sum

from app.services.access import CREDITS, Principal, Scope
from app.services.money import currency_code, exact_int
from app.services.sql import as_int, fetch, placeholders, write, writes_to_postgres
from models import ArCredit, RefundAllocation
from models.enums import RefundState

# The rule, as a filter: money left on it, and no positive line on its document
# (source_ineligibility is the document part for one row).
ELIGIBLE = Q(open_minor__gt=0, has_positive_line=False)


# The document a credit comes from, by the column naming it (a CHECK constraint makes it
# exactly one); the keys are how the CSV layouts name the document types.
SOURCE_FIELDS = {
    "invoice": "invoice_id",
    "adjustment": "adjustment_id",
    "payment": "payment_id",
    "advance": "advance_id",
}


def source_of(credit: ArCredit) -> tuple[str, int]:
    """The type and id of the document behind a credit."""
    for kind, column in SOURCE_FIELDS.items():
        document_id = getattr(credit, column)
        if document_id is not None:
            return kind, int(document_id)
    raise LookupError(f"credit {credit.id} has no document")


def source_ineligibility(credit: ArCredit) -> str | None:
    """Why the document behind a credit keeps it from ever being refunded, if it does."""
    if credit.has_positive_line:
        return (
            f"{credit.document_number} has a positive line: its credit comes from inline "
            "credits, which are never refunded."
        )
    return None


def standing_refunds(refund: str, *, as_of: bool = False) -> str:
    """SQL condition on the refund table aliased ``refund``: the refunds whose allocations
    are taken from their credits. Now, posted ones (a void gave its amounts back). With
    ``as_of`` (two ``?``, the date twice): posted by then and not yet voided then."""
    posted = f"{refund}.state = '{RefundState.POSTED.value}'"
    if not as_of:
        return posted
    return (
        f"{refund}.state <> '{RefundState.DRAFT.value}' AND {refund}.payment_date <= ?"
        f" AND ({posted} OR {refund}.void_date > ?)"
    )


def refunded_from(credit_id: str, *, as_of: bool = False) -> str:
    """SQL expression: what standing refunds took from the credit whose id is the column
    ``credit_id`` (0 when none); ``as_of`` as in ``standing_refunds``."""
    return (
        "COALESCE((SELECT SUM(ra.amount_minor) FROM refund_allocation ra"
        f" JOIN refund rf ON rf.id = ra.refund_id WHERE ra.credit_id = {credit_id}"
        f" AND {standing_refunds('rf', as_of=as_of)}), 0)"
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
    rows = await fetch(
        "SELECT ra.credit_id, rf.number, ra.amount_minor FROM refund_allocation ra"
        f" JOIN refund rf ON rf.id = ra.refund_id WHERE {standing_refunds('rf')}"
        f" AND ra.credit_id IN ({placeholders(len(credit_ids))}) ORDER BY ra.refund_id",
        list(credit_ids),
    )
    takes: dict[int, list[RefundTake]] = defaultdict(list)
    for row in rows:
        takes[as_int(row["credit_id"])].append(
            RefundTake(str(row["number"]), as_int(row["amount_minor"]))
        )
    return dict(takes)


def unheld_minor(credit: ArCredit, held_by_drafts_minor: int) -> int:
    """What is open and not held by draft refunds: what an application may take."""
    return max(int(credit.open_minor) - held_by_drafts_minor, 0)


def available_minor(credit: ArCredit, held_by_drafts_minor: int) -> int:
    """What a new refund may still take from the credit: nothing where the document keeps
    it from being refunded, else what is open and not held by drafts."""
    if source_ineligibility(credit) is not None:
        return 0
    return unheld_minor(credit, held_by_drafts_minor)


@dataclass(frozen=True, slots=True)
class RefundableCredit:
    credit: ArCredit
    # What draft refunds (other than the one being edited) have selected.
    held_by_drafts_minor: int

    @property
    def available_minor(self) -> int:
        return available_minor(self.credit, self.held_by_drafts_minor)


async def lock_credits(credit_ids: Sequence[int]) -> dict[int, ArCredit]:
    """Lock credits for this transaction, always in id order, so that no two of the things
    that take from a credit (posting or saving refunds, applying credits) can deadlock."""
    rows = await ArCredit.select_for_update().filter(id__in=list(credit_ids)).order_by("id")
    return {row.id: row for row in rows}


# The guard every change of open amounts goes through: never below zero, never above what
# the credit was for, whatever happened since the credits were locked.
_SHIFT_GUARD = "ar_credit.open_minor + v.delta BETWEEN 0 AND ar_credit.original_minor"
_SHIFT_POSTGRES = (
    "UPDATE ar_credit SET open_minor = ar_credit.open_minor + v.delta"
    " FROM unnest(CAST(? AS BIGINT[]), CAST(? AS BIGINT[])) AS v(id, delta)"
    f" WHERE ar_credit.id = v.id AND {_SHIFT_GUARD} RETURNING ar_credit.id"
)
_SHIFT_SQLITE = (
    "WITH v(id, delta) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]')"
    " FROM json_each(?))"
    " UPDATE ar_credit SET open_minor = ar_credit.open_minor + v.delta FROM v"
    f" WHERE ar_credit.id = v.id AND {_SHIFT_GUARD} RETURNING ar_credit.id"
)


async def shift_open(deltas: Sequence[tuple[int, int]]) -> set[int]:
    """Change open amounts by ``(credit_id, delta)`` (negative: taken, positive: given
    back) in one guarded statement, whatever their number, and return the ids changed.

    A credit missing from the answer failed the guard: the caller must fail its
    transaction, which undoes the others. Callers lock the credits first
    (``lock_credits``); the guard holds even without (on SQLite, writes are serialized by
    the database lock)."""
    if not deltas:
        return set()
    if len({credit_id for credit_id, _ in deltas}) != len(deltas):
        raise ValueError("a credit is named twice")
    if writes_to_postgres():
        rows = await write(
            _SHIFT_POSTGRES, [[int(c) for c, _ in deltas], [int(d) for _, d in deltas]]
        )
    else:
        rows = await write(_SHIFT_SQLITE, [json.dumps([[int(c), int(d)] for c, d in deltas])])
    return {as_int(row["id"]) for row in rows}


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


async def refundable_credits(
    actor: Principal,
    scope: Scope,
    customer_ids: Sequence[int],
    currency: str,
    *,
    excluding_refund_id: int | None = None,
) -> dict[int, list[RefundableCredit]]:
    """Eligible credits per customer in ``currency``, oldest first, in two queries."""
    visible = CREDITS.filter(actor, scope)
    currency = currency_code(currency)
    credits = await ArCredit.filter(
        ELIGIBLE, visible, customer_id__in=list(customer_ids), currency=currency
    ).order_by("document_date", "id")
    held = await held_by_drafts([c.id for c in credits], excluding_refund_id=excluding_refund_id)
    by_customer: dict[int, list[RefundableCredit]] = defaultdict(list)
    for credit in credits:
        by_customer[credit.customer_id].append(RefundableCredit(credit, held.get(credit.id, 0)))
    return {customer_id: by_customer.get(customer_id, []) for customer_id in customer_ids}
