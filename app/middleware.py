"""ASGI middleware: request ids and one log line per request; bearer-token authentication."""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Collection

import structlog
from starlette.datastructures import Headers, QueryParams
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.log import get_logger
from app.services.access import resolve_scope
from app.services.errors import DomainError, ErrorCode
from app.services.users import authenticate

log = get_logger("app.request")

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class RequestContextMiddleware:
    """Gives every request an id (echoed as X-Request-ID) and logs it once, with timing."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        offered = Headers(scope=scope).get("x-request-id", "")
        request_id = offered if _REQUEST_ID.match(offered) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id=request_id)
        status = 500
        responded = False
        started = time.perf_counter()

        async def send_with_id(message: Message) -> None:
            nonlocal status, responded
            if message["type"] == "http.response.start":
                status, responded = message["status"], True
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:
            log.exception("request.unhandled_error")
            if responded:
                raise
            # Nothing of the failure reaches the client but the id that finds this log line.
            await send_error(
                scope,
                send_with_id,
                status=500,
                code=ErrorCode.INTERNAL_SERVER_ERROR,
                message="Unexpected error.",
                request_id=request_id,
            )
        finally:
            principal = scope["state"].get("principal")
            log.info(
                "request",
                method=scope["method"],
                path=scope["path"],
                status=status,
                duration_ms=round((time.perf_counter() - started) * 1000, 2),
                user=principal.username if principal else None,
                entity=scope["state"].get("entity_code"),
            )


def error_body(
    path: str,
    code: ErrorCode,
    message: str,
    field: str | None = None,
    request_id: str | None = None,
) -> bytes:
    """The error shape of the API the path belongs to: GraphQL's or REST's."""
    details: dict[str, object] = {"code": code.value, "field": field}
    if request_id is not None:
        details["requestId"] = request_id
    if path.startswith("/graphql"):
        body: dict[str, object] = {"errors": [{"message": message, "extensions": details}]}
    else:
        body = {"errors": [{**details, "message": message}]}
    return json.dumps(body).encode()


async def send_error(
    scope: Scope,
    send: Send,
    *,
    status: int,
    code: ErrorCode,
    message: str,
    field: str | None = None,
    request_id: str | None = None,
) -> None:
    body = error_body(scope["path"], code, message, field, request_id)
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if status == 401:
        headers.append((b"www-authenticate", b'Bearer realm="refunds"'))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class AuthMiddleware:
    """Every request needs a live bearer token, except the public paths and the IDE page.

    On success the principal and the entity scope (from ``X-Entity``) are put in the
    request state for the GraphQL and REST adapters.
    """

    def __init__(
        self, app: ASGIApp, *, public_paths: Collection[str], ide_path: str | None
    ) -> None:
        self.app = app
        self.public_paths = frozenset(public_paths)
        self.ide_path = ide_path

    def _is_ide_page(self, scope: Scope, headers: Headers) -> bool:
        """The GraphiQL page holds no data: a browser may load it, then sends the token."""
        return (
            self.ide_path is not None
            and scope["path"] == self.ide_path
            and scope["method"] == "GET"
            and "text/html" in headers.get("accept", "")
            and "query" not in QueryParams(scope.get("query_string", b""))
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            # No subscriptions are offered; refuse rather than serve unauthenticated.
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope["type"] != "http" or scope["path"] in self.public_paths:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if self._is_ide_page(scope, headers):
            await self.app(scope, receive, send)
            return
        scheme, _, token = headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            await send_error(
                scope,
                send,
                status=401,
                code=ErrorCode.UNAUTHENTICATED,
                message="An API token is required: send 'Authorization: Bearer <token>'.",
            )
            return
        principal = await authenticate(token.strip())
        if principal is None:
            await send_error(
                scope,
                send,
                status=401,
                code=ErrorCode.UNAUTHENTICATED,
                message="The API token is not valid: it is unknown, expired or revoked.",
            )
            return
        state = scope.setdefault("state", {})
        state["principal"] = principal
        entity_code = headers.get("x-entity")
        state["entity_code"] = entity_code
        try:
            state["scope"] = await resolve_scope(principal, entity_code)
        except DomainError as error:
            await send_error(
                scope, send, status=403, code=error.code, message=error.message, field=error.field
            )
            return
        await self.app(scope, receive, send)
