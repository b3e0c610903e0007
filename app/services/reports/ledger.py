"""The AR ledger and the AR statement of a customer.

Both read the customer's lines on the AR control accounts: every AR transaction posts one
(invoices, adjustments, payments, advances, refunds and their voids), so the ledger is the
GL's own view of the customer and its closing balance is the GL side of the reconciliation.
A running balance is the balance before the page (the opening balance and, on a later page,
the period's lines before the cursor) plus the page's own lines, so a page in the middle
still shows the true balance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from app.services import cursors, customers
from app.services.access import Principal, Scope
from app.services.credits import standing_now_not_then, standing_then_not_now
from app.services.errors import DomainError, ErrorCode
from app.services.ledger import ar_control_accounts
from app.services.reports.common import open_report
from app.services.sql import (
    as_date,
    as_int,
    fetch,
    fetch_rows,
    placeholders,
)


@dataclass(frozen=True, slots=True)
class LedgerLine:
    line_id: int
    entry_id: int
    entry_date: date
    source_type: str  # invoice, ar_adjustment, received_payment, advance, refund, refund_void
    source_id: int
    amount_minor: int  # positive: the customer owes more
    running_minor: int
    number: str | None  # the document's or the refund's, joined in the report query


@dataclass(frozen=True, slots=True)
class LedgerPage:
    currency: str
    opening_minor: int
    debits_minor: int
    credits_minor: int
    closing_minor: int
    lines: list[LedgerLine]
    has_next_page: bool

    @property
    def end_cursor(self) -> str | None:
        return _cursor(self.lines[-1]) if self.lines else None


async def visible_customer(actor: Principal, scope: Scope, customer_id: int) -> None:
    found = await customers.customer_rows(actor, scope, [customer_id])
    if customer_id not in found:
        raise DomainError(
            "No such customer here.", field="customerId", code=ErrorCode.CUSTOMER_NOT_FOUND
        )


@dataclass(frozen=True, slots=True)
class _Filter:
    """The customer's AR control lines in one currency and scope, as SQL."""

    where: str
    params: list[Any] = field(default_factory=list)


async def _ar_lines(scope: Scope, customer_id: int, currency: str) -> _Filter:
    accounts = await ar_control_accounts()
    entity, entity_params = scope.documents_sql("e.entity_id")
    return _Filter(
        "l.customer_id = ? AND e.currency = ? "
        f"AND l.gl_account_id IN ({placeholders(len(accounts))}){entity}",
        [customer_id, currency, *accounts, *entity_params],
    )


_CURSOR = "ar_ledger"

# The number of a ledger line's source (``t.source_type``/``t.source_id``), joined in the
# page's own query so that lines are plain rows: one join per kind of source.
_SOURCES = (
    ("invoice", "invoice"),
    ("ar_adjustment", "ar_adjustment"),
    ("received_payment", "received_payment"),
    ("advance", "advance"),
)
SOURCE_JOINS = "".join(
    f" LEFT JOIN {table} n_{kind} ON t.source_type = '{kind}' AND n_{kind}.id = t.source_id"
    for kind, table in _SOURCES
) + (
    " LEFT JOIN refund n_refund ON t.source_type IN ('refund', 'refund_void')"
    " AND n_refund.id = t.source_id"
)
SOURCE_NUMBER = (
    "COALESCE(" + ", ".join(f"n_{kind}.number" for kind, _ in _SOURCES) + ", n_refund.number)"
)


def _cursor(line: LedgerLine) -> str:
    return cursors.encode(_CURSOR, line.entry_date, line.line_id)


async def ar_ledger(
    actor: Principal,
    scope: Scope,
    customer_id: int,
    *,
    date_from: date,
    date_to: date,
    currency: str | None = None,
    first: int = 100,
    after: str | None = None,
) -> LedgerPage:
    """Opening balance, every AR transaction of the period in date order with its running
    balance, and the closing balance, in one currency."""
    open_report(actor, first=first, date_from=date_from, date_to=date_to)
    await visible_customer(actor, scope, customer_id)
    currency = await customers.currency_or_base(scope, currency)
    lines = await _ar_lines(scope, customer_id, currency)
    cursor = cursors.decode(_CURSOR, after, (date, int))
    # The period's lines before the page (on a later page): with the opening balance, the
    # balance the page's running balances start from. The page is then read on its own,
    # not through a window over the customer's whole history up to the period's end.
    before_page, before_params = "0", []
    page_condition, page_params = "", []
    if cursor is not None:
        before_page = (
            "SUM(CASE WHEN e.entry_date >= ? AND (e.entry_date < ? OR (e.entry_date = ?"
            " AND l.id <= ?)) THEN l.debit_minor - l.credit_minor END)"
        )
        before_params = [date_from, cursor[0], cursor[0], cursor[1]]
        page_condition = " AND (e.entry_date > ? OR (e.entry_date = ? AND l.id > ?))"
        page_params = [cursor[0], cursor[0], cursor[1]]
    totals = (
        await fetch(
            "SELECT"
            " COALESCE(SUM(CASE WHEN e.entry_date < ? THEN l.debit_minor - l.credit_minor END), 0)"
            "   AS opening,"
            " COALESCE(SUM(CASE WHEN e.entry_date >= ? THEN l.debit_minor END), 0) AS debits,"
            " COALESCE(SUM(CASE WHEN e.entry_date >= ? THEN l.credit_minor END), 0) AS credits,"
            f" COALESCE({before_page}, 0) AS before_page"
            " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id"
            f" WHERE {lines.where} AND e.entry_date <= ?",
            [date_from, date_from, date_from, *before_params, *lines.params, date_to],
        )
    )[0]
    # The page first (ordered and limited), then its lines' numbers: joined before the
    # limit, the numbers were looked up for every line of the period.
    rows = await fetch_rows(
        f"SELECT t.*, {SOURCE_NUMBER} AS number FROM ("
        " SELECT l.id AS line_id, e.id AS entry_id, e.entry_date, e.source_type, e.source_id,"
        "  l.debit_minor - l.credit_minor AS amount"
        " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id"
        f" WHERE {lines.where} AND e.entry_date >= ? AND e.entry_date <= ?{page_condition}"
        " ORDER BY e.entry_date, l.id LIMIT ?"
        f") t{SOURCE_JOINS} ORDER BY t.entry_date, t.line_id",
        [*lines.params, date_from, date_to, *page_params, first + 1],
    )
    opening = as_int(totals["opening"])
    debits, credits = as_int(totals["debits"]), as_int(totals["credits"])
    running = opening + as_int(totals["before_page"])
    page: list[LedgerLine] = []
    for r in rows[:first]:
        amount = as_int(r["amount"])
        running += amount
        page.append(
            LedgerLine(
                line_id=as_int(r["line_id"]),
                entry_id=as_int(r["entry_id"]),
                entry_date=as_date(r["entry_date"]),
                source_type=str(r["source_type"]),
                source_id=as_int(r["source_id"]),
                amount_minor=amount,
                running_minor=running,
                number=str(r["number"]) if r["number"] is not None else None,
            )
        )
    return LedgerPage(
        currency=currency,
        opening_minor=opening,
        debits_minor=debits,
        credits_minor=credits,
        closing_minor=opening + debits - credits,
        lines=page,
        has_next_page=len(rows) > first,
    )


AGING_BUCKETS = ("current", "days_1_30", "days_31_60", "days_61_90", "over_90")


@dataclass(frozen=True, slots=True)
class Aging:
    """What was owed on the statement date, by days past due, and the open credits beside it."""

    buckets_minor: dict[str, int]
    open_credits_minor: int

    @property
    def net_minor(self) -> int:
        return sum(self.buckets_minor.values()) - self.open_credits_minor


async def aging(scope: Scope, customer_id: int, currency: str, as_of: date) -> Aging:
    """Open amounts as they stood on ``as_of`` (applications, payments and refunds dated
    later are added back; refunds voided later still count), aged by due date (the document
    date when there is none). The net equals the ledger's balance on that date."""
    if as_of < date(1, 4, 1):
        raise DomainError("The date is too early.", field="dateTo", code=ErrorCode.INVALID)
    in_scope, scope_params = scope.documents_sql("entity_id")
    credits_in_scope, _ = scope.documents_sql("c.entity_id")
    bounds = [as_of - timedelta(days=days) for days in (0, 30, 60, 90)]
    owed = (
        "SELECT COALESCE(i.due_date, i.document_date) AS d, i.total_minor"
        " - COALESCE((SELECT SUM(pa.amount_minor) FROM payment_application pa"
        "   JOIN received_payment p ON p.id = pa.payment_id"
        "   WHERE pa.invoice_id = i.id AND p.document_date <= ?), 0)"
        " - COALESCE((SELECT SUM(ca.amount_minor) FROM credit_application ca"
        "   WHERE ca.invoice_id = i.id AND ca.applied_on <= ?), 0) AS amount"
        " FROM invoice i WHERE i.customer_id = ? AND i.currency = ? AND i.total_minor > 0"
        f" AND i.document_date <= ?{in_scope}"
        " UNION ALL SELECT document_date, total_minor FROM ar_adjustment"
        " WHERE customer_id = ? AND currency = ? AND total_minor > 0"
        f" AND document_date <= ?{in_scope}"
    )
    debit_rows = await fetch(
        "SELECT CASE WHEN d >= ? THEN 'current' WHEN d >= ? THEN 'days_1_30'"
        " WHEN d >= ? THEN 'days_31_60' WHEN d >= ? THEN 'days_61_90' ELSE 'over_90' END"
        f" AS bucket, SUM(amount) AS amount FROM ({owed}) items WHERE amount > 0 GROUP BY 1",
        [
            *bounds,
            as_of,
            as_of,
            customer_id,
            currency,
            as_of,
            *scope_params,
            customer_id,
            currency,
            as_of,
            *scope_params,
        ],
    )
    # Open credits then: what is open now (maintained: original - applied - what posted
    # refunds took), with what happened after ``as_of`` undone: applications made later,
    # refunds paid later (posted now), and refunds paid by then but voided later (their
    # void gave back what counts as taken then). Only later events are summed, so the
    # figure for a recent date does not grow with the customer's history.
    credits = f"c.customer_id = ? AND c.currency = ? AND c.document_date <= ?{credits_in_scope}"
    credit_params = [customer_id, currency, as_of, *scope_params]
    # ``rf.customer_id``: a refund's allocations are its customer's credits (checked on every
    # change of a draft); it lets the refunds be found by customer, not credit by credit.
    refunds_of = (
        "SELECT COALESCE(SUM(ra.amount_minor), 0) FROM refund rf"
        " JOIN refund_allocation ra ON ra.refund_id = rf.id"
        f" JOIN ar_credit c ON c.id = ra.credit_id WHERE rf.customer_id = ? AND {credits}"
    )
    credit_row = (
        await fetch(
            f"SELECT (SELECT COALESCE(SUM(c.open_minor), 0) FROM ar_credit c WHERE {credits})"
            " + (SELECT COALESCE(SUM(ca.amount_minor), 0) FROM credit_application ca"
            f"   JOIN ar_credit c ON c.id = ca.credit_id WHERE {credits} AND ca.applied_on > ?)"
            f" + ({refunds_of} AND {standing_now_not_then('rf')})"
            f" - ({refunds_of} AND {standing_then_not_now('rf')})"
            " AS amount",
            [
                *credit_params,
                *credit_params,
                as_of,
                customer_id,
                *credit_params,
                as_of,
                customer_id,
                *credit_params,
                as_of,
                as_of,
            ],
        )
    )[0]
    buckets = dict.fromkeys(AGING_BUCKETS, 0)
    for row in debit_rows:
        buckets[str(row["bucket"])] += as_int(row["amount"])
    return Aging(buckets_minor=buckets, open_credits_minor=as_int(credit_row["amount"]))


@dataclass(frozen=True, slots=True)
class Statement:
    ledger: LedgerPage
    aging: Aging


async def ar_statement(
    actor: Principal,
    scope: Scope,
    customer_id: int,
    *,
    date_from: date,
    date_to: date,
    currency: str | None = None,
    first: int = 100,
    after: str | None = None,
) -> Statement:
    """Opening balance, the period's activity (refunds included), closing balance, aging."""
    page = await ar_ledger(
        actor,
        scope,
        customer_id,
        date_from=date_from,
        date_to=date_to,
        currency=currency,
        first=first,
        after=after,
    )
    return Statement(ledger=page, aging=await aging(scope, customer_id, page.currency, date_to))
