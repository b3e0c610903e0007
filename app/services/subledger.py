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
    placeholders,
)


def _customer_condition(column: str, customer_ids: Sequence[int] | None) -> tuple[str, list[Any]]:
    if customer_ids is None:
        return "", []
    return f" AND {column} IN ({placeholders(len(customer_ids))})", list(customer_ids)


async def subledger(
    scope: Scope, customer_ids: Sequence[int] | None = None
) -> dict[tuple[int, str], int]:
    """Open invoices and debit adjustments less open credits, per customer and currency;
    every customer of the scope when ``customer_ids`` is None."""
    entity, entity_params = scope.documents_sql("entity_id")
    customers, customer_params = _customer_condition("customer_id", customer_ids)
    where = f"WHERE 1 = 1{entity}{customers}"
    rows = await fetch(
        "SELECT customer_id, currency, SUM(amount) AS amount FROM ("
        f" SELECT customer_id, currency, balance_due_minor AS amount FROM invoice {where}"
        f" UNION ALL SELECT customer_id, currency, balance_due_minor FROM ar_adjustment {where}"
        f" UNION ALL SELECT customer_id, currency, -open_minor FROM ar_credit {where}"
        ") items GROUP BY customer_id, currency",
        [*entity_params, *customer_params] * 3,
    )
    return {
        (as_int(row["customer_id"]), str(row["currency"])): as_int(row["amount"]) for row in rows
    }


async def ar_control(
    scope: Scope, customer_ids: Sequence[int] | None = None
) -> dict[tuple[int | None, str], int]:
    """Debits less credits on the AR control accounts, per customer and currency. Lines
    that name no customer come under ``None``: no posting of ours makes one, so the
    integrity check reports them."""
    accounts = await ar_control_accounts()
    entity, entity_params = scope.documents_sql("e.entity_id")
    customers, customer_params = _customer_condition("l.customer_id", customer_ids)
    rows = await fetch(
        "SELECT l.customer_id, e.currency, SUM(l.debit_minor - l.credit_minor) AS amount"
        " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id"
        f" WHERE l.gl_account_id IN ({placeholders(len(accounts))}){entity}{customers}"
        " GROUP BY l.customer_id, e.currency",
        [*accounts, *entity_params, *customer_params],
    )
    return {
        (_customer_id(row["customer_id"]), str(row["currency"])): as_int(row["amount"])
        for row in rows
    }


def _customer_id(value: object) -> int | None:
    return None if value is None else as_int(value)
