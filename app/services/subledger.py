"""The AR subledger and the GL AR control account, per customer and currency.

One definition serves the customer balance, the customer reconciliation report and the
integrity check, so the three cannot disagree about what a customer owes. Both are single
SQL statements over integer minor units: exact on SQLite too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.services.access import Scope
from app.services.ledger import ar_control_accounts
from app.services.sql import (
    as_int,
    fetch,
    one_of,
    placeholders,
)


def _customer_condition(column: str, customer_ids: Sequence[int] | None) -> tuple[str, list[Any]]:
    if customer_ids is None:
        return "", []
    wanted, params = one_of(column, customer_ids)
    return f" AND {wanted}", params


async def subledger(
    scope: Scope, customer_ids: Sequence[int] | None = None
) -> dict[tuple[int, str], int]:
    """Open invoices and debit adjustments less open credits, per customer and currency;
    every customer of the scope when ``customer_ids`` is None. Read from the balances the
    database maintains (``models.balances.CustomerBalance``, which declares the sum)."""
    entity, entity_params = scope.documents_sql("entity_id")
    customers, customer_params = _customer_condition("customer_id", customer_ids)
    rows = await fetch(
        "SELECT customer_id, currency, SUM(amount_minor) AS amount FROM customer_balance"
        f" WHERE 1 = 1{entity}{customers} GROUP BY customer_id, currency",
        [*entity_params, *customer_params],
    )
    return {
        (as_int(row["customer_id"]), str(row["currency"])): as_int(row["amount"]) for row in rows
    }


async def ar_control(
    scope: Scope,
    customer_ids: Sequence[int] | None = None,
    *,
    accounts: Sequence[int] | None = None,
) -> dict[tuple[int, str], int]:
    """Debits less credits on the AR control accounts, per customer and currency, from the
    balances the database maintains (``models.balances.CustomerAccountBalance``). Lines
    naming no customer are not there: no posting of ours makes one, and the integrity
    check reports them (``control_lines_without_customer``). ``accounts``: the AR control
    accounts, when the caller has read them already."""
    if accounts is None:
        accounts = await ar_control_accounts()
    entity, entity_params = scope.documents_sql("entity_id")
    customers, customer_params = _customer_condition("customer_id", customer_ids)
    rows = await fetch(
        "SELECT customer_id, currency, SUM(amount_minor) AS amount FROM customer_account_balance"
        f" WHERE gl_account_id IN ({placeholders(len(accounts))}){entity}{customers}"
        " GROUP BY customer_id, currency",
        [*accounts, *entity_params, *customer_params],
    )
    return {
        (as_int(row["customer_id"]), str(row["currency"])): as_int(row["amount"]) for row in rows
    }


async def control_lines_without_customer() -> dict[str, int]:
    """Debits less credits of AR control lines that name no customer, per currency."""
    accounts = await ar_control_accounts()
    rows = await fetch(
        "SELECT e.currency, SUM(l.debit_minor - l.credit_minor) AS amount"
        " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id"
        f" WHERE l.customer_id IS NULL AND l.gl_account_id IN ({placeholders(len(accounts))})"
        " GROUP BY e.currency",
        accounts,
    )
    return {str(row["currency"]): as_int(row["amount"]) for row in rows}
