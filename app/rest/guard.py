"""The ASGI wrapper around the REST app: media types in and out, and the whole body read
before FastAPI sees the request.

- A request body that is not JSON is 415 UNSUPPORTED_MEDIA_TYPE; an ``Accept`` that allows
  neither JSON (nor, for reports, CSV) is 406 NOT_ACCEPTABLE. Problems are always JSON.
- The body is read here, through the body limits of ``RequestBodyMiddleware``: a body too
  large or too slow is refused by that middleware (413/408), before FastAPI could turn
  the failed read into a 400 or its error middleware into a plain-text 500.
- A failure FastAPI's handlers already answered (and logged) goes no further.
- A CSV import (``POST /imports/{kind}``) is the exception: its body is a file the route
  streams itself, within the larger upload limit.
"""

from __future__ import annotations

import re

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.rest.imports import is_import_upload
from app.rest.problems import problem_response
from app.services.errors import ErrorCode

_JSON_TYPES = ("application/json",)
_DOCS = ("/docs", "/openapi.json")
JSON_OUT = frozenset({"application/json", "application/problem+json", "application/*", "*/*"})
CSV_OUT = frozenset({"text/csv", "text/*"})
# Resources offered as CSV only: exports, import templates, a run's error file.
_CSV_ONLY = re.compile(r"^/(exports/[^/]+|imports/[^/]+/(template|errors))$")


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media in _JSON_TYPES or (media.startswith("application/") and media.endswith("+json"))


def accepted(accept: str) -> set[str]:
    """The media ranges of an Accept header that are not refused (q=0)."""
    ranges: set[str] = set()
    for part in accept.split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        refused = any(p.replace(" ", "").lower() in {"q=0", "q=0.0", "q=0.00"} for p in params)
        if media and not refused:
            ranges.add(media.lower())
    return ranges


def wants_csv(accept: str | None) -> bool:
    """Whether a report request asks for CSV before JSON (an explicit text/csv)."""
    return accept is not None and "text/csv" in accepted(accept)


class RestGuard:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        path = scope["path"][len(scope.get("root_path", "")) :] or scope["path"]
        request_id = scope.get("state", {}).get("request_id")
        if is_import_upload(scope):
            # A CSV file, streamed by the route itself (text/csv or multipart), not JSON.
            if not await self._acceptable(scope, receive, send, path, headers, request_id):
                return
            await self._run(scope, receive, send)
            return
        chunks: list[bytes] = []
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                # The client left before its body arrived: nobody to answer.
                return
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if body and not _is_json(headers.get("content-type", "")):
            answer = problem_response(
                ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "Send the request body as JSON (Content-Type: application/json).",
                field="Content-Type",
                request_id=request_id,
            )
            await answer(scope, receive, send)
            return
        if not await self._acceptable(scope, receive, send, path, headers, request_id):
            return
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self._run(scope, replay, send)

    async def _acceptable(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        path: str,
        headers: Headers,
        request_id: str | None,
    ) -> bool:
        """Whether the Accept header allows what the resource offers (else 406 answered)."""
        accept = headers.get("accept")
        if not accept or path.startswith(_DOCS):
            return True
        if _CSV_ONLY.match(path) and scope["method"] in {"GET", "HEAD"}:
            offered, what = CSV_OUT | {"*/*"}, "CSV"
        elif path.startswith("/reports/"):
            offered, what = JSON_OUT | CSV_OUT, "JSON or CSV"
        else:
            offered, what = JSON_OUT, "JSON"
        if accepted(accept) & offered:
            return True
        answer = problem_response(
            ErrorCode.NOT_ACCEPTABLE,
            f"This resource is offered as {what} only; see the Accept header.",
            field="Accept",
            request_id=request_id,
        )
        await answer(scope, receive, send)
        return False

    async def _run(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            # FastAPI's last-resort handler answered and logged it, then re-raised it.
            if not started:
                raise
