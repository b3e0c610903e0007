"""The integrity check: scan the books for any broken invariant. A clean database has none.

Each check is one SQL statement over integer minor units, so it is exact on SQLite too.
"""

from __future__ import annotations

from app.services.access import Scope
from app.services.credits import refunded_from
from app.services.sql import as_int, fetch
from app.services.subledger import ar_control, control_lines_without_customer, subledger
from app.services.totals import totals_problems

# Each returns rows describing a problem; no rows means the invariant holds.
_UNBALANCED_ENTRIES = """
SELECT e.id, COALESCE(SUM(l.debit_minor), 0) AS debits, COALESCE(SUM(l.credit_minor), 0) AS credits
FROM journal_entry e LEFT JOIN journal_line l ON l.entry_id = e.id
GROUP BY e.id
HAVING COALESCE(SUM(l.debit_minor), 0) <> COALESCE(SUM(l.credit_minor), 0)
    OR COUNT(l.id) = 0
"""

# open = original - applied - what standing refunds took (voided ones gave theirs back)
_CREDIT_OPEN_AMOUNTS = f"""
SELECT * FROM (
    SELECT c.id, c.document_number, c.open_minor,
           c.original_minor
           - COALESCE((SELECT SUM(a.amount_minor) FROM credit_application a
                       WHERE a.credit_id = c.id), 0)
           - {refunded_from("c.id")} AS expected
    FROM ar_credit c
) credits
WHERE open_minor <> expected
"""

# balance due = what it asked (nothing for a credit invoice) - payments - credits applied
_INVOICE_BALANCES = """
SELECT * FROM (
    SELECT i.id, i.number, i.balance_due_minor,
           CASE WHEN i.total_minor > 0 THEN i.total_minor ELSE 0 END
           - COALESCE((SELECT SUM(p.amount_minor) FROM payment_application p
                       WHERE p.invoice_id = i.id), 0)
           - COALESCE((SELECT SUM(a.amount_minor) FROM credit_application a
                       WHERE a.invoice_id = i.id), 0) AS expected
    FROM invoice i
) invoices
WHERE balance_due_minor <> expected
"""

_REFUND_TOTALS = """
SELECT f.id, f.number, f.total_minor, COALESCE(SUM(r.amount_minor), 0) AS allocated
FROM refund f LEFT JOIN refund_allocation r ON r.refund_id = f.id
GROUP BY f.id, f.number, f.total_minor
HAVING f.total_minor <> COALESCE(SUM(r.amount_minor), 0)
"""

# A refund takes only from its customer's credits in its currency (checked on every change
# of a draft; the aging finds the refunds of a customer's credits by the refund's customer).
_FOREIGN_ALLOCATIONS = """
SELECT f.id, f.number, c.id AS credit_id, c.document_number
FROM refund_allocation r
JOIN refund f ON f.id = r.refund_id
JOIN ar_credit c ON c.id = r.credit_id
WHERE c.customer_id <> f.customer_id OR c.currency <> f.currency
"""

_NUMBERS = """
SELECT s.id, s.code, s.next_number,
       COUNT(f.id) AS used, COUNT(DISTINCT f.sequence_number) AS distinct_numbers,
       MIN(f.sequence_number) AS lowest, MAX(f.sequence_number) AS highest
FROM document_sequence s JOIN refund f ON f.sequence_id = s.id
GROUP BY s.id, s.code, s.next_number
"""


async def find_problems() -> list[str]:
    """Every broken invariant, described for a person; empty when the books are sound."""
    problems = [
        f"journal entry {row['id']} does not balance: debits {as_int(row['debits'])}, "
        f"credits {as_int(row['credits'])}"
        for row in await fetch(_UNBALANCED_ENTRIES)
    ]
    problems += [
        f"credit {row['id']} ({row['document_number']}) has {as_int(row['open_minor'])} open, "
        f"but its original less applications and posted refunds is {as_int(row['expected'])}"
        for row in await fetch(_CREDIT_OPEN_AMOUNTS)
    ]
    problems += [
        f"invoice {row['id']} ({row['number']}) has {as_int(row['balance_due_minor'])} due, "
        f"but its total less payments and credits applied is {as_int(row['expected'])}"
        for row in await fetch(_INVOICE_BALANCES)
    ]
    problems += [
        f"refund {row['id']} ({row['number'] or 'draft'}) totals {as_int(row['total_minor'])} "
        f"but its allocations add up to {as_int(row['allocated'])}"
        for row in await fetch(_REFUND_TOTALS)
    ]
    problems += [
        f"refund {row['id']} ({row['number'] or 'draft'}) takes from credit {row['credit_id']} "
        f"({row['document_number']}) of another customer or currency"
        for row in await fetch(_FOREIGN_ALLOCATIONS)
    ]
    problems += await _subledger_against_gl()
    problems += await totals_problems()
    for row in await fetch(_NUMBERS):
        used, distinct = as_int(row["used"]), as_int(row["distinct_numbers"])
        lowest, highest = as_int(row["lowest"]), as_int(row["highest"])
        if distinct != used:
            problems.append(f"sequence {row['code']}: a refund number is used twice")
        if highest - lowest + 1 != distinct:
            problems.append(
                f"sequence {row['code']}: posted numbers {lowest}..{highest} "
                f"have gaps ({distinct} used)"
            )
        if as_int(row["next_number"]) != highest + 1:
            problems.append(
                f"sequence {row['code']}: next number {as_int(row['next_number'])} "
                f"does not follow the last used {highest}"
            )
    return problems


async def _subledger_against_gl() -> list[str]:
    everything = Scope(entity=None)
    books: dict[tuple[int | None, str], int] = {
        key: amount for key, amount in (await subledger(everything)).items()
    }
    ledger: dict[tuple[int | None, str], int] = {
        key: amount for key, amount in (await ar_control(everything)).items()
    }
    for currency, amount in (await control_lines_without_customer()).items():
        ledger[(None, currency)] = amount
    return [
        f"customer {customer} in {currency}: AR subledger {books.get(key, 0)}, "
        f"GL AR control {ledger.get(key, 0)}"
        for key in sorted(set(books) | set(ledger), key=str)
        if books.get(key, 0) != ledger.get(key, 0)
        for customer, currency in [key]
    ]
