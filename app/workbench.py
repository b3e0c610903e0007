"""The refund workbench at ``GET /app``: the reference single-page app of the GraphQL API.

Its page (``app/pages/workbench.html``) loads plain ES modules and a stylesheet from
``app/static/workbench/`` (no build step, no CDN), and talks to ``/graphql`` only. The page
holds no data, so it is public like GraphiQL's; every query still needs the token the user
pastes in (kept in the tab's sessionStorage). It lives outside ``app/static/`` so that it is
only ever served with its Content-Security-Policy: scripts, styles and requests from this
origin alone, no inline script or style.
"""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import HTMLResponse

WORKBENCH_PATH = "/app"
PAGE = Path(__file__).resolve().parent / "pages" / "workbench.html"

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ]
)


async def workbench_page(_: Request) -> HTMLResponse:
    return HTMLResponse(
        PAGE.read_text(encoding="utf-8"),
        headers={
            "Content-Security-Policy": CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
            "Cache-Control": "no-store",
        },
    )
