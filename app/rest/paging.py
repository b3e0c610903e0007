"""Cursor pagination of REST lists: the services' own cursors (app/services/cursors.py),
so a cursor of a GraphQL connection and of the same REST list are the same text. A page
answers its items, the total, and the URL of the next page (``next``), also in ``Link``."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Request, Response

from app.services.paging import LIST_PAGE_MAX, REPORT_PAGE_MAX

First = Annotated[int, Query(ge=1, le=LIST_PAGE_MAX, description="Items per page.")]
ReportFirst = Annotated[int, Query(ge=1, le=REPORT_PAGE_MAX, description="Rows per page.")]
After = Annotated[
    str | None,
    Query(
        max_length=1024,
        description="The nextCursor of the previous page (the same cursors as GraphQL's).",
    ),
]


def next_link(request: Request, cursor: str | None, response: Response | None = None) -> str | None:
    """The URL of the page after ``cursor`` (None: this is the last page): this request's
    URL with ``after`` replaced."""
    if cursor is None:
        return None
    url = str(request.url.include_query_params(after=cursor))
    if response is not None:
        response.headers["Link"] = f'<{url}>; rel="next"'
    return url
