"""How many rows one page of a list or a report may hold."""

from __future__ import annotations

from app.services.errors import DomainError, ErrorCode

# Lists (customers, refunds) return rows with nested objects; report lines are flat.
LIST_PAGE_MAX = 200
REPORT_PAGE_MAX = 500
# Lists nested in an object (a customer's documents, a credit's applications) and the lists
# of master data take ``first`` too: without a bound, nesting them multiplies without end.
# Defaults are small where lists nest in pages (20 documents of each of 100 customers), larger
# for a customer's refundable credits (what a refund is made of) and for master data.
NESTED_LIST_DEFAULT = 20
ELIGIBLE_CREDITS_DEFAULT = 100
MASTER_DATA_DEFAULT = 100
NESTED_LIST_MAX = 1000


def check_page_size(first: int, maximum: int) -> None:
    if not 1 <= first <= maximum:
        raise DomainError(
            f"first must be between 1 and {maximum}.", field="first", code=ErrorCode.INVALID
        )
