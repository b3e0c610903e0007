"""How many rows one page of a list or a report may hold."""

from __future__ import annotations

from app.services.errors import DomainError, ErrorCode

# Lists (customers, refunds) return rows with nested objects; report lines are flat.
LIST_PAGE_MAX = 200
REPORT_PAGE_MAX = 500


def check_page_size(first: int, maximum: int) -> None:
    if not 1 <= first <= maximum:
        raise DomainError(
            f"first must be between 1 and {maximum}.", field="first", code=ErrorCode.INVALID
        )
