"""The integrity check: scan the books for any broken invariant. A clean database has none.

Each check is one SQL statement over integer minor units, so it is exact on SQLite too.
"""

from __future__ import annotations

from collections import defaultdict

from app.db import connection
from app.services.money import exact_int
from models import ArConfiguration

# Each returns rows describing a problem; no rows means the invariant holds.
_UNBALANCED_ENTRIES = """
SELECT e.id, COALESCE(SUM(l.debit_minor), 0) AS debits, COALESCE(SUM(l.credit_minor), 0) AS credits
FROM journal_entry e LEFT JOIN journal_line l ON l.entry_id = e.id
GROUP BY e.id
HAVING COALESCE(SUM(l.debit_minor), 0) <> COALESCE(SUM(l.credit_minor), 0)
    OR COUNT(l.id) = 0
"""

# open = original - applied - refunded by posted refunds (voided ones gave theirs back)
_CREDIT_OPEN_AMOUNTS = """
SELECT c.id, c.document_number, c.open_minor,
       c.original_minor
       - COALESCE((SELECT SUM(a.amount_minor) FROM credit_application a
                   WHERE a.credit_id = c.id), 0)
       - COALESCE((SELECT SUM(r.amount_minor) FROM refund_allocation r
                   JOIN refund f ON f.id = r.refund_id
                   WHERE r.credit_id = c.id AND f.state = 'posted'), 0) AS expected
FROM ar_credit c
WHERE c.open_minor <> c.original_minor
       - COALESCE((SELECT SUM(a.amount_minor) FROM credit_application a
                   WHERE a.credit_id = c.id), 0)
       - COALESCE((SELECT SUM(r.amount_minor) FROM refund_allocation r
                   JOIN refund f ON f.id = r.refund_id
                   WHERE r.credit_id = c.id AND f.state = 'posted'), 0)
"""

_REFUND_TOTALS = """
SELECT f.id, f.number, f.total_minor, COALESCE(SUM(r.amount_minor), 0) AS allocated
FROM refund f LEFT JOIN refund_allocation r ON r.refund_id = f.id
GROUP BY f.id, f.number, f.total_minor
HAVING f.total_minor <> COALESCE(SUM(r.amount_minor), 0)
"""

_SUBLEDGER = """
SELECT customer_id, currency, SUM(amount) AS amount FROM (
    SELECT customer_id, currency, balance_due_minor AS amount FROM invoice
    UNION ALL SELECT customer_id, currency, balance_due_minor FROM ar_adjustment
    UNION ALL SELECT customer_id, currency, -open_minor FROM ar_credit
) items GROUP BY customer_id, currency
"""

_GL_CONTROL = """
SELECT l.customer_id, e.currency, SUM(l.debit_minor - l.credit_minor) AS amount
FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id
WHERE l.gl_account_id IN ({accounts})
GROUP BY l.customer_id, e.currency
"""

_NUMBERS = """
SELECT s.id, s.code, s.next_number,
       COUNT(f.id) AS used, COUNT(DISTINCT f.sequence_number) AS distinct_numbers,
       MIN(f.sequence_number) AS lowest, MAX(f.sequence_number) AS highest
FROM document_sequence s JOIN refund f ON f.sequence_id = s.id
GROUP BY s.id, s.code, s.next_number
"""


async def _rows(sql: str) -> list[dict[str, object]]:
    _, rows = await connection().execute_query(sql)
    return [dict(row) for row in rows]


def _int(value: object) -> int:
    return exact_int(value) if value is not None else 0


async def find_problems() -> list[str]:
    """Every broken invariant, described for a person; empty when the books are sound."""
    problems = [
        f"journal entry {row['id']} does not balance: debits {_int(row['debits'])}, "
        f"credits {_int(row['credits'])}"
        for row in await _rows(_UNBALANCED_ENTRIES)
    ]
    problems += [
        f"credit {row['id']} ({row['document_number']}) has {_int(row['open_minor'])} open, "
        f"but its original less applications and posted refunds is {_int(row['expected'])}"
        for row in await _rows(_CREDIT_OPEN_AMOUNTS)
    ]
    problems += [
        f"refund {row['id']} ({row['number'] or 'draft'}) totals {_int(row['total_minor'])} "
        f"but its allocations add up to {_int(row['allocated'])}"
        for row in await _rows(_REFUND_TOTALS)
    ]
    problems += await _subledger_against_gl()
    for row in await _rows(_NUMBERS):
        used, distinct = _int(row["used"]), _int(row["distinct_numbers"])
        lowest, highest = _int(row["lowest"]), _int(row["highest"])
        if distinct != used:
            problems.append(f"sequence {row['code']}: a refund number is used twice")
        if highest - lowest + 1 != distinct:
            problems.append(
                f"sequence {row['code']}: posted numbers {lowest}..{highest} "
                f"have gaps ({distinct} used)"
            )
        if _int(row["next_number"]) != highest + 1:
            problems.append(
                f"sequence {row['code']}: next number {_int(row['next_number'])} "
                f"does not follow the last used {highest}"
            )
    return problems


async def _subledger_against_gl() -> list[str]:
    control_ids = {
        account_id
        for account_id in await ArConfiguration.filter(
            ar_control_account_id__isnull=False
        ).values_list("ar_control_account_id", flat=True)
    }
    subledger: dict[tuple[object, object], int] = defaultdict(int)
    for row in await _rows(_SUBLEDGER):
        subledger[(row["customer_id"], row["currency"])] += _int(row["amount"])
    ledger: dict[tuple[object, object], int] = defaultdict(int)
    if control_ids:
        accounts = ", ".join(str(exact_int(i)) for i in sorted(control_ids, key=str))
        for row in await _rows(_GL_CONTROL.format(accounts=accounts)):
            ledger[(row["customer_id"], row["currency"])] += _int(row["amount"])
    return [
        f"customer {customer} in {currency}: AR subledger {subledger.get(key, 0)}, "
        f"GL AR control {ledger.get(key, 0)}"
        for key in sorted(set(subledger) | set(ledger), key=str)
        if subledger.get(key, 0) != ledger.get(key, 0)
        for customer, currency in [key]
    ]
