"""What every report checks first, in one order: the permission, the page size, the period."""

from __future__ import annotations

from datetime import date

from app.services.access import Principal
from app.services.errors import DomainError, ErrorCode
from app.services.paging import REPORT_PAGE_MAX, check_page_size
from models.enums import Permission


def check_period(date_from: date, date_to: date) -> None:
    if date_to < date_from:
        raise DomainError(
            "The period ends before it starts.", field="dateTo", code=ErrorCode.INVALID
        )


def open_report(
    actor: Principal, *, first: int, date_from: date | None = None, date_to: date | None = None
) -> None:
    """Refuse a report request before any work: no permission, a page too large, or a
    period that ends before it starts (for reports over a period)."""
    actor.require(Permission.REPORTS_READ)
    check_page_size(first, REPORT_PAGE_MAX)
    if date_from is not None and date_to is not None:
        check_period(date_from, date_to)
