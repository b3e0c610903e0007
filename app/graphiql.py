"""The GraphiQL page at ``GET /graphql``, served with assets of our own (no CDN).

The vendored files live in ``app/static/graphiql/`` (refreshed by
``scripts/refresh-graphiql-assets``, pinned there with their licences); the page's own
script is ``app/static/graphiql-page.js``. The page holds no data and no inline script, so
its Content-Security-Policy allows scripts from this origin only, and requests to this
origin only: a page that works offline and cannot leak a pasted token elsewhere.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from starlette.responses import HTMLResponse

STATIC_DIRECTORY = Path(__file__).resolve().parent / "static"
STATIC_PATH = "/static"

# Scripts, styles and requests from this origin alone; no inline script or style (React
# sets styles through the CSSOM, which a policy does not restrict). tests/test_browser.py
# fails on any violation Chromium reports.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ]
)

_PAGE = """<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Customer refunds · GraphiQL</title>
    <link rel="stylesheet" href="{static}/graphiql/graphiql.min.css">
    <link rel="stylesheet" href="{static}/graphiql/plugin-explorer.css">
    <link rel="stylesheet" href="{static}/graphiql-page.css">
  </head>
  <body>
    <div id="graphiql" data-endpoint="{endpoint}">Loading GraphiQL…</div>
    <script src="{static}/graphiql/react.production.min.js"></script>
    <script src="{static}/graphiql/react-dom.production.min.js"></script>
    <script src="{static}/graphiql/graphiql.min.js"></script>
    <script src="{static}/graphiql/plugin-explorer.umd.js"></script>
    <script src="{static}/graphiql-page.js"></script>
  </body>
</html>
"""


def graphiql_response(endpoint: str) -> HTMLResponse:
    page = _PAGE.format(static=STATIC_PATH, endpoint=escape(endpoint, quote=True))
    return HTMLResponse(
        page,
        headers={
            "Content-Security-Policy": CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
            "Cache-Control": "no-store",
        },
    )
