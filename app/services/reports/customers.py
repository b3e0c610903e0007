"""Customer reconciliation: the AR subledger of each customer against the GL AR control
account, per currency, with the refunds that cleared the customer's credits."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from app.services import cursors
from app.services.access import Principal, Scope
from app.services.customers import CustomerRow, customer_row, customer_row_columns
from app.services.ledger import ar_control_accounts
from app.services.reports.common import open_report
from app.services.sql import (
    Row,
    as_date,
    as_datetime,
    as_int,
    as_optional_date,
    as_optional_datetime,
    fetch,
    fetch_rows,
    one_of,
    placeholders,
)
from app.services.subledger import ar_control, subledger
from app.services.texts import column_limit
from models import Customer
from models.enums import PaymentMethod, RefundState


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
    customer: CustomerRow
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


async def _totals(scope: Scope, accounts: list[int]) -> list[Balances]:
    """Subledger and GL per currency over every customer of the scope: two sums over the
    balances the database maintains, not over the history."""
    entity, params = scope.documents_sql("entity_id")
    books = await fetch(
        "SELECT currency, SUM(amount_minor) AS amount FROM customer_balance"
        f" WHERE 1 = 1{entity} GROUP BY currency",
        params,
    )
    ledger = await fetch(
        "SELECT currency, SUM(amount_minor) AS amount FROM customer_account_balance"
        f" WHERE gl_account_id IN ({placeholders(len(accounts))}){entity} GROUP BY currency",
        [*accounts, *params],
    )
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for side, rows in enumerate((books, ledger)):
        for row in rows:
            sums[str(row["currency"])][side] += as_int(row["amount"])
    return [Balances(currency, *values) for currency, values in sorted(sums.items())]


async def _customers_page(
    scope: Scope,
    after_code: str | None,
    limit: int,
    *,
    accounts: list[int],
    only_differences: bool,
) -> list[CustomerRow]:
    """Customers with AR postings in the scope (rows on the AR control accounts in the
    maintained balances), by code, a keyset page; with ``only_differences``, those whose
    subledger differs from the GL in some currency."""
    masters, params = scope.masters_sql("c.entity_id")
    after = ""
    if after_code is not None:
        after, params = " AND c.code > ?", [*params, after_code]
    in_accounts = f"gl_account_id IN ({placeholders(len(accounts))})"
    entity, entity_params = scope.documents_sql("entity_id")
    if only_differences:
        condition = (
            " AND c.id IN (SELECT customer_id FROM ("
            "  SELECT customer_id, currency, amount_minor FROM customer_balance"
            f"  WHERE 1 = 1{entity}"
            "  UNION ALL SELECT customer_id, currency, -amount_minor FROM customer_account_balance"
            f"  WHERE {in_accounts}{entity}"
            " ) sides GROUP BY customer_id, currency HAVING SUM(amount_minor) <> 0)"
        )
        condition_params = [*entity_params, *accounts, *entity_params]
    else:
        posted, posted_params = scope.documents_sql("b.entity_id")
        condition = (
            " AND EXISTS (SELECT 1 FROM customer_account_balance b"
            f"  WHERE b.customer_id = c.id AND b.{in_accounts}{posted})"
        )
        condition_params = [*accounts, *posted_params]
    rows = await fetch_rows(
        f"SELECT {customer_row_columns('c')} FROM customer c WHERE 1 = 1{masters}{after}"
        f"{condition} ORDER BY c.code LIMIT ?",
        [*params, *condition_params, limit],
    )
    return [customer_row(row) for row in rows]


class RefundRow(NamedTuple):
    """A refund as a report lists it (a page shows hundreds): a plain row with what
    ``RefundType`` reads of the ORM object, built in a fraction of its time."""

    id: int
    entity_id: int | None
    customer_id: int
    bank_account_id: int
    currency: str
    payment_method: PaymentMethod
    payment_date: date
    reference: str
    memo: str
    state: RefundState
    total_minor: int
    version: int
    number: str | None
    journal_entry_id: int | None
    void_journal_entry_id: int | None
    void_date: date | None
    void_reason: str | None
    cleared_on: date | None
    void_cleared_on: date | None
    created_by_id: int
    created_at: datetime
    posted_by_id: int | None
    posted_at: datetime | None
    voided_by_id: int | None
    voided_at: datetime | None


def _refund_row(row: Row) -> RefundRow:
    return RefundRow(
        int(row["id"]),
        row["entity_id"],
        int(row["customer_id"]),
        int(row["bank_account_id"]),
        str(row["currency"]),
        PaymentMethod(row["payment_method"]),
        as_date(row["payment_date"]),
        str(row["reference"]),
        str(row["memo"]),
        RefundState(row["state"]),
        int(row["total_minor"]),
        int(row["version"]),
        row["number"],
        row["journal_entry_id"],
        row["void_journal_entry_id"],
        as_optional_date(row["void_date"]),
        row["void_reason"],
        as_optional_date(row["cleared_on"]),
        as_optional_date(row["void_cleared_on"]),
        int(row["created_by_id"]),
        as_datetime(row["created_at"]),
        row["posted_by_id"],
        as_optional_datetime(row["posted_at"]),
        row["voided_by_id"],
        as_optional_datetime(row["voided_at"]),
    )


def match_reference(refund_number: str | None, document_number: str) -> str:
    """What ties a refund to a credit it cleared, on both sides' paperwork."""
    return f"{refund_number}/{document_number}"


async def cleared_by_refunds(
    scope: Scope, customer_ids: Sequence[int]
) -> dict[int, list[RefundRow]]:
    """Each customer's refunds that cleared credits (posted, and voided ones with their
    reversal; drafts have cleared nothing), oldest first, in one query."""
    found: dict[int, list[RefundRow]] = defaultdict(list)
    if not customer_ids:
        return {}
    visible, params = scope.documents_sql("entity_id")
    customers, customer_params = one_of("customer_id", customer_ids)
    rows = await fetch_rows(
        f"SELECT {', '.join(RefundRow._fields)} FROM refund"
        f" WHERE {customers} AND state <> ?{visible} ORDER BY id",
        [*customer_params, RefundState.DRAFT.value, *params],
    )
    for row in rows:
        refund = _refund_row(row)
        found[refund.customer_id].append(refund)
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
    # The AR control accounts, read once for the page, its balances and the totals.
    accounts = await ar_control_accounts()
    page = await _customers_page(
        scope, after_code, first + 1, accounts=accounts, only_differences=only_differences
    )
    ids = [customer.id for customer in page[:first]]
    books = await subledger(scope, ids)
    ledger = await ar_control(scope, ids, accounts=accounts)
    # Each customer's currencies, in either book: grouped once for the page.
    currencies: dict[int, set[str]] = defaultdict(set)
    for customer_id, currency in (*books, *ledger):
        currencies[customer_id].add(currency)
    rows = [
        CustomerReconciliation(
            customer=customer,
            balances=[
                Balances(
                    currency,
                    books.get((customer.id, currency), 0),
                    ledger.get((customer.id, currency), 0),
                )
                for currency in sorted(currencies[customer.id])
            ],
        )
        for customer in page[:first]
    ]
    return ReconciliationPage(
        rows=rows, totals=await _totals(scope, accounts), has_next_page=len(page) > first
    )
