"""ASGI middleware: request ids and one log line per request; a time limit per request;
bounds on request bodies; bearer-token authentication."""

from __future__ import annotations

import asyncio
import re
import time
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass

import structlog
from starlette.datastructures import Headers, QueryParams
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app import json_bytes
from app.db import is_database_unavailable
from app.log import error_summary, get_logger
from app.rate_limits import RateLimits
from app.rest.problems import PROBLEM_JSON, problem_bytes
from app.services.access import resolve_scope
from app.services.errors import DomainError, ErrorCode
from app.services.users import Authenticated, authenticate

log = get_logger("app.request")

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


UNAVAILABLE_MESSAGE = "The database is not available right now; retry later."


class RequestContextMiddleware:
    """Gives every request an id (echoed as X-Request-ID) and logs it once, with timing.

    A failure nothing else answered is a 503 SERVICE_UNAVAILABLE when the database is
    unavailable (one log line), and otherwise a masked 500 (logged with its traceback).
    """

    def __init__(self, app: ASGIApp, *, retry_after: int) -> None:
        self.app = app
        self.retry_after = retry_after

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
        except ClientDisconnect:
            # The client went away while sending its request: nobody is left to answer.
            log.info("request.client_disconnected")
            status = 499  # nginx's code for it, in the log line only
        except Exception as error:
            if is_database_unavailable(error):
                log.warning("request.database_unavailable", error=error_summary(error))
                if not responded:
                    await send_error(
                        scope,
                        send_with_id,
                        status=503,
                        code=ErrorCode.SERVICE_UNAVAILABLE,
                        message=UNAVAILABLE_MESSAGE,
                        request_id=request_id,
                        retry_after=self.retry_after,
                    )
                return
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


REST_PREFIX = "/api/"


def error_body(
    path: str,
    code: ErrorCode,
    message: str,
    field: str | None = None,
    request_id: str | None = None,
    *,
    status: int | None = None,
) -> tuple[bytes, str]:
    """The error shape of the API the path belongs to, and its media type: GraphQL's, a
    REST problem (RFC 9457) under /api/, or the plain JSON error list elsewhere."""
    if path.startswith(REST_PREFIX):
        body = problem_bytes(
            code=code, detail=message, status=status, request_id=request_id, field=field
        )
        return body, PROBLEM_JSON
    details: dict[str, object] = {"code": code.value, "field": field}
    if request_id is not None:
        details["requestId"] = request_id
    if path.startswith("/graphql"):
        shape: dict[str, object] = {"errors": [{"message": message, "extensions": details}]}
    else:
        shape = {"errors": [{**details, "message": message}]}
    # Encoded as GraphQL results are: the same bytes for the same content on every path.
    return json_bytes.dumps(shape), "application/json"


async def send_error(
    scope: Scope,
    send: Send,
    *,
    status: int,
    code: ErrorCode,
    message: str,
    field: str | None = None,
    request_id: str | None = None,
    retry_after: int | None = None,
    close: bool = False,
) -> None:
    """Answer with ``error_body``. ``close`` ends the connection after the answer (for a
    request whose body was not read to its end)."""
    if request_id is None and scope["path"].startswith(REST_PREFIX):
        request_id = scope.get("state", {}).get("request_id")
    body, media_type = error_body(scope["path"], code, message, field, request_id, status=status)
    headers = [
        (b"content-type", media_type.encode()),
        (b"content-length", str(len(body)).encode()),
    ]
    if status == 401:
        headers.append((b"www-authenticate", b'Bearer realm="refunds"'))
    if retry_after is not None:
        headers.append((b"retry-after", str(retry_after).encode()))
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


# Requests given up on at their deadline, kept referenced until their cancellation ends.
_ABANDONED: set[asyncio.Task[None]] = set()


def _forget_abandoned(task: asyncio.Task[None]) -> None:
    _ABANDONED.discard(task)
    if not task.cancelled() and task.exception() is not None:
        log.info("request.abandoned_failed", error=error_summary(task.exception()))  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class UploadLimits:
    """Larger limits for the few routes that take files (CSV imports): a larger body, more
    time for it to arrive and for the request to run. ``applies`` says which requests."""

    applies: Callable[[Scope], bool]
    max_bytes: int
    body_timeout: float
    request_timeout: float


class DeadlineMiddleware:
    """A server-side time limit per request: past it, 503 DEADLINE_EXCEEDED with Retry-After.

    The request runs in its own task. At the deadline the task is cancelled and the answer
    sent at once, without waiting for the cancelled work to unwind: cleaning up after a
    database that stopped answering (a rollback, a connection's release) may itself wait,
    and the client must not. Whatever the abandoned task sends later is dropped.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        timeout: float,
        retry_after: int,
        upload: UploadLimits | None = None,
    ) -> None:
        self.app = app
        self.timeout = timeout
        self.retry_after = retry_after
        self.upload = upload

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        timeout = self.timeout
        if self.upload is not None and self.upload.applies(scope):
            timeout = self.upload.request_timeout
        started = abandoned = False

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if abandoned:
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        task = asyncio.ensure_future(self.app(scope, receive, guarded_send))
        try:
            done, _ = await asyncio.wait({task}, timeout=timeout)
        except asyncio.CancelledError:
            task.cancel()
            raise
        if done:
            task.result()  # its failure, if any, is the request's
            return
        abandoned = True
        task.cancel()
        _ABANDONED.add(task)
        task.add_done_callback(_forget_abandoned)
        log.warning("request.deadline_exceeded", timeout_seconds=timeout)
        if not started:
            await send_error(
                scope,
                send,
                status=503,
                code=ErrorCode.DEADLINE_EXCEEDED,
                message=f"The request took longer than {timeout:g} s; retry later.",
                request_id=scope["state"].get("request_id"),
                retry_after=self.retry_after,
            )


class BodyTooLarge(Exception):
    def __init__(self, max_bytes: int) -> None:
        super().__init__(max_bytes)
        self.max_bytes = max_bytes


class BodyTimeout(Exception):
    pass


class RequestBodyMiddleware:
    """What a request may send: at most ``max_bytes`` of body, all of it within ``timeout``.

    A declared Content-Length over the limit is refused (413 BODY_TOO_LARGE) before a byte
    of the body is read; a body sent without one (chunked) is counted as it arrives and
    refused once past the limit. A body that has not fully arrived ``timeout`` seconds after
    the request started is refused with 408 BODY_TIMEOUT: a total, not per chunk, so a
    client sending a byte every few seconds is cut off too. Both answers close the
    connection, since the rest of the body was not read. Only reads of the body are bounded:
    the app may wait on ``receive`` for a disconnect once the body is in.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_bytes: int,
        timeout: float,
        upload: UploadLimits | None = None,
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.upload = upload

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        max_bytes, timeout = self.max_bytes, self.timeout
        if self.upload is not None and self.upload.applies(scope):
            max_bytes, timeout = self.upload.max_bytes, self.upload.body_timeout
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > max_bytes):
            refusal = BodyTooLarge(max_bytes) if declared.isdigit() else None
            await self._refuse(scope, send, refusal, timeout)
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        received = 0
        complete = started = False

        async def bounded_receive() -> Message:
            nonlocal received, complete
            if complete:
                return await receive()
            try:
                async with asyncio.timeout_at(deadline):
                    message = await receive()
            except TimeoutError:
                raise BodyTimeout from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > max_bytes:
                    raise BodyTooLarge(max_bytes)
                complete = not message.get("more_body", False)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, bounded_receive, tracking_send)
        except (BodyTooLarge, BodyTimeout) as refusal:
            if not started:
                await self._refuse(scope, send, refusal, timeout)

    async def _refuse(
        self, scope: Scope, send: Send, refusal: Exception | None, allowed_seconds: float
    ) -> None:
        if isinstance(refusal, BodyTooLarge):
            log.info("request.body_too_large", max_bytes=refusal.max_bytes)
            status, code = 413, ErrorCode.BODY_TOO_LARGE
            message = f"The request body is larger than {refusal.max_bytes} bytes."
        elif isinstance(refusal, BodyTimeout):
            log.info("request.body_timeout", timeout_seconds=allowed_seconds)
            status, code = 408, ErrorCode.BODY_TIMEOUT
            message = f"The request body did not arrive within {allowed_seconds:g} s."
        else:
            status, code = 400, ErrorCode.MALFORMED_REQUEST
            message = "The Content-Length header is not a number."
        await send_error(scope, send, status=status, code=code, message=message, close=True)


_MISSING_CREDENTIALS = "An API token is required: send 'Authorization: Bearer <token>'."
_REFUSED_CREDENTIALS = "The API token is not valid: it is unknown, expired or revoked."


class AuthMiddleware:
    """Every request needs a live bearer token, except the public paths, paths under the
    public prefixes (static files: the GraphiQL page's and the REST docs' scripts and
    styles) and the IDE page.

    On success the principal and the entity scope (from ``X-Entity``) are put in the
    request state for the GraphQL and REST adapters.

    A client address whose presented credentials were refused too often
    (``RATE_LIMIT_AUTH_FAILURES``) gets 429 RATE_LIMITED for any credential, right or wrong,
    until its window frees: while blocked, a guess cannot be told from a hit, and costs the
    database nothing. Requests without credentials (a CORS preflight, a browser opening
    GraphiQL) and the public paths are never counted nor refused for it.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        public_paths: Collection[str],
        ide_path: str | None,
        rate_limits: RateLimits,
        public_prefixes: Collection[str] = (),
    ) -> None:
        self.app = app
        self.public_paths = frozenset(public_paths)
        # Whole trees of public files (the REST docs' own scripts and styles).
        self.public_prefixes = tuple(public_prefixes)
        self.ide_path = ide_path
        self.rate_limits = rate_limits

    def _is_public(self, path: str) -> bool:
        return path in self.public_paths or path.startswith(self.public_prefixes)

    def _is_ide_page(self, scope: Scope, headers: Headers) -> bool:
        """The GraphiQL page holds no data: a browser may load it, then sends the token."""
        return (
            self.ide_path is not None
            and scope["path"] == self.ide_path
            and scope["method"] == "GET"
            and "text/html" in headers.get("accept", "")
            and "query" not in QueryParams(scope.get("query_string", b""))
        )

    async def _authenticate(
        self, scope: Scope, send: Send, headers: Headers
    ) -> Authenticated | None:
        """The request's principal (and the entity X-Entity names, read by the same
        statement), or None once the refusal (401 or 429) is sent."""
        credentials = headers.get("authorization", "").strip()
        scheme, _, token = credentials.partition(" ")
        token = token.strip() if scheme.lower() == "bearer" else ""
        if not credentials:
            await send_error(
                scope,
                send,
                status=401,
                code=ErrorCode.UNAUTHENTICATED,
                message=_MISSING_CREDENTIALS,
            )
            return None
        client = scope.get("client")
        address = client[0] if client else "unknown"
        retry_after = await self.rate_limits.auth_blocked(address)
        if retry_after is not None:
            log.warning("auth.rate_limited", client=address)
            await send_error(
                scope,
                send,
                status=429,
                code=ErrorCode.RATE_LIMITED,
                message=f"Too many refused API tokens from this address; retry in {retry_after} s.",
                retry_after=retry_after,
            )
            return None
        found = await authenticate(token, entity_code=headers.get("x-entity")) if token else None
        if found is None:
            await self.rate_limits.auth_failed(address)
            await send_error(
                scope,
                send,
                status=401,
                code=ErrorCode.UNAUTHENTICATED,
                message=_REFUSED_CREDENTIALS if token else _MISSING_CREDENTIALS,
            )
        return found

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            # No subscriptions are offered; refuse rather than serve unauthenticated.
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope["type"] != "http" or self._is_public(scope["path"]):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if self._is_ide_page(scope, headers):
            await self.app(scope, receive, send)
            return
        found = await self._authenticate(scope, send, headers)
        if found is None:
            return
        principal = found.principal
        state = scope.setdefault("state", {})
        state["principal"] = principal
        entity_code = headers.get("x-entity")
        state["entity_code"] = entity_code
        try:
            state["scope"] = await resolve_scope(principal, entity_code, known=found.entity)
        except DomainError as error:
            await send_error(
                scope, send, status=403, code=error.code, message=error.message, field=error.field
            )
            return
        await self.app(scope, receive, send)
