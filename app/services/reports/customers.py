"""Customer reconciliation: the AR subledger of each customer against the GL AR control
account, per currency, with the refunds that cleared the customer's credits."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from app.services import cursors
from app.services.access import Principal, Scope
from app.services.ledger import ar_control_accounts
from app.services.reports.common import open_report
from app.services.sql import (
    as_int,
    fetch,
    placeholders,
)
from app.services.subledger import ar_control, subledger
from app.services.texts import column_limit
from models import Customer, Refund
from models.enums import RefundState


@dataclass(frozen=True, slots=True)
class Balances:
    currency: str
    subledger_minor: int
    ledger_minor: int

    @property
    def difference_minor(self) -> int:
        return self.subledger_minor - self.ledger_minor


@dataclass(frozen=True, slots=True)
class CustomerReconciliation:
    customer: Customer
    balances: list[Balances]  # one per currency the customer has AR in


_CURSOR = "customer_reconciliation"


def _after_code(after: str | None) -> str | None:
    key = cursors.decode(_CURSOR, after, (str,), text_limit=column_limit(Customer, "code"))
    return str(key[0]) if key is not None else None


@dataclass(frozen=True, slots=True)
class ReconciliationPage:
    rows: list[CustomerReconciliation]
    totals: list[Balances]  # every customer of the scope, per currency
    has_next_page: bool

    @property
    def end_cursor(self) -> str | None:
        return cursors.encode(_CURSOR, self.rows[-1].customer.code) if self.rows else None


async def _sums(scope: Scope) -> dict[tuple[int, str], tuple[int, int]]:
    """(subledger, GL) per customer and currency, for every customer of the scope."""
    books = await subledger(scope)
    ledger = await ar_control(scope)
    # A control line without a customer belongs to no row; the integrity check reports it.
    keys: set[tuple[int, str]] = set(books)
    keys.update((customer, currency) for customer, currency in ledger if customer is not None)
    return {key: (books.get(key, 0), ledger.get(key, 0)) for key in keys}


async def _customers_with_ar(scope: Scope, after_code: str | None, limit: int) -> list[Customer]:
    """Customers with AR postings in the scope, by code: a keyset page in SQL."""
    masters, params = scope.masters_sql("c.entity_id")
    after = ""
    if after_code is not None:
        after, params = " AND c.code > ?", [*params, after_code]
    accounts = await ar_control_accounts()
    entity, entity_params = scope.documents_sql("e.entity_id")
    rows = await fetch(
        f"SELECT c.id FROM customer c WHERE 1 = 1{masters}{after}"
        " AND EXISTS (SELECT 1 FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id"
        f"  WHERE l.customer_id = c.id AND l.gl_account_id IN ({placeholders(len(accounts))})"
        f"  {entity})"
        " ORDER BY c.code LIMIT ?",
        [*params, *accounts, *entity_params, limit],
    )
    ids = [as_int(row["id"]) for row in rows]
    found = {c.id: c for c in await Customer.filter(id__in=ids)}
    return [found[i] for i in ids]


def match_reference(refund_number: str | None, document_number: str) -> str:
    """What ties a refund to a credit it cleared, on both sides' paperwork."""
    return f"{refund_number}/{document_number}"


async def cleared_by_refunds(scope: Scope, customer_ids: Sequence[int]) -> dict[int, list[Refund]]:
    """Each customer's refunds that cleared credits (posted, and voided ones with their
    reversal; drafts have cleared nothing), oldest first, in one query."""
    found: dict[int, list[Refund]] = defaultdict(list)
    rows = await Refund.filter(
        scope.documents_q(), customer_id__in=list(customer_ids), state__not=RefundState.DRAFT
    ).order_by("id")
    for row in rows:
        found[row.customer_id].append(row)
    return {customer_id: found.get(customer_id, []) for customer_id in customer_ids}


async def customer_reconciliation(
    actor: Principal,
    scope: Scope,
    *,
    first: int = 100,
    after: str | None = None,
    only_differences: bool = False,
) -> ReconciliationPage:
    """Each customer's AR subledger against the GL AR control account, per currency (never
    summed across currencies), and the totals of the scope."""
    open_report(actor, first=first)
    after_code = _after_code(after)
    everyone = await _sums(scope)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    differing = set()
    for (customer_id, currency), (books, ledger) in everyone.items():
        totals[currency][0] += books
        totals[currency][1] += ledger
        if books != ledger:
            differing.add(customer_id)
    if only_differences:
        query = Customer.filter(scope.masters_q(), id__in=sorted(differing))
        if after_code is not None:
            query = query.filter(code__gt=after_code)
        page = await query.order_by("code").limit(first + 1)
    else:
        page = await _customers_with_ar(scope, after_code, first + 1)
    rows = [
        CustomerReconciliation(
            customer=customer,
            balances=[
                Balances(currency, *everyone[(customer.id, currency)])
                for currency in sorted({c for (i, c) in everyone if i == customer.id})
            ],
        )
        for customer in page[:first]
    ]
    return ReconciliationPage(
        rows=rows,
        totals=[Balances(currency, *values) for currency, values in sorted(totals.items())],
        has_next_page=len(page) > first,
    )
