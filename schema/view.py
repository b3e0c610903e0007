"""The Strawberry ASGI view, building each request's context from the auth middleware's state.

It also reads the request itself, strictly: a body that is not UTF-8, not JSON, not a JSON
object, without a query string, with variables or extensions that are no object or nest
deeper than ``GRAPHQL_MAX_VARIABLES_DEPTH``, is refused with 400 MALFORMED_REQUEST (and the
part at fault in ``field``) before GraphQL sees it. Strawberry's own refusals (say, a
mutation over GET) get the same JSON error shape instead of plain text.
"""

from __future__ import annotations

import json
from contextlib import nullcontext
from typing import Any

from cross_web import AsyncHTTPRequestAdapter, HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.types import ExecutionResult
from strawberry.types.graphql import OperationType

from app import json_bytes
from app.db import DEFAULT
from app.db_postgres import holding_connection
from app.db_replica import ReplicaRouting
from app.graphiql import graphiql_response
from app.middleware import send_error
from app.rate_limits import RateLimits
from app.services.errors import ErrorCode
from app.settings import Settings
from schema.context import Context
from schema.loaders import Loaders
from schema.operation import OperationRunner
from schema.persisted import PersistedDocuments, PersistedQueryRefused
from schema.schema import build_schema


class MalformedRequest(Exception):
    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def nesting_depth(value: object, limit: int) -> int:
    """How deep objects and lists nest in ``value`` (a scalar is 0), counted without
    recursion and no further than one level past ``limit``."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: list[object] = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        if depth > limit:
            break
        stack.extend((child, depth + 1) for child in children)
    return deepest


class GraphQLApp(GraphQL[Context, None]):
    def __init__(
        self,
        settings: Settings,
        rate_limits: RateLimits,
        replica: ReplicaRouting | None = None,
    ) -> None:
        schema = build_schema(settings)
        super().__init__(
            schema,
            graphql_ide="graphiql" if settings.graphiql else None,
            allow_queries_via_get=True,
            subscription_protocols=(),
        )
        self.settings = settings
        self.rate_limits = rate_limits
        self.persisted = PersistedDocuments.create(
            settings.graphql_persisted_documents_file,
            trusted_only=settings.graphql_trusted_documents_only,
            cache_characters=settings.graphql_persisted_cache_characters,
        )
        self.replica = replica
        self.operations = OperationRunner(schema, settings)

    def encode_json(self, data: object) -> bytes:
        """orjson, as every JSON answer of the app (app/json_bytes.py)."""
        return json_bytes.dumps(data)

    def should_render_graphql_ide(self, request: Any) -> bool:
        # A GET naming a persisted query (extensions, no query text) is an API call,
        # whatever its Accept header says.
        return bool(
            super().should_render_graphql_ide(request)
            and request.query_params.get("extensions") is None
        )

    async def render_graphql_ide(self, request: Request) -> Response:
        """Our GraphiQL page (assets of our own, a strict CSP), not Strawberry's (unpkg)."""
        return graphiql_response(request.url.path)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and "principal" not in scope.get("state", {}):
            # AuthMiddleware lets only the GraphiQL page through without a token; the page
            # holds no data and sends the token the user pastes with every query.
            response = await self.render_graphql_ide(Request(scope, receive))
            await response(scope, receive, send)
            return
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        try:
            # The operation's statements reuse one pooled connection, taken at its first
            # statement and returned before the answer is sent (app/db_postgres.py); not
            # with a read replica, where its reads go.
            async with holding_connection(DEFAULT) if self.replica is None else nullcontext():
                response = await self.run(Request(scope, receive))
        except PersistedQueryRefused as error:
            await send_error(
                scope, send, status=error.status, code=error.code, message=error.message
            )
            return
        except MalformedRequest as error:
            await send_error(
                scope,
                send,
                status=400,
                code=ErrorCode.MALFORMED_REQUEST,
                message=error.message,
                field=error.field,
            )
            return
        except HTTPException as error:
            # Strawberry's own refusals, e.g. a mutation sent over GET.
            await send_error(
                scope,
                send,
                status=error.status_code,
                code=ErrorCode.NOT_FOUND
                if error.status_code == 404
                else ErrorCode.MALFORMED_REQUEST,
                message=error.reason,
            )
            return
        await response(scope, receive, send)

    def _decode(self, data: str | bytes, what: str, field: str | None) -> object:
        try:
            text = data.decode("utf-8") if isinstance(data, bytes) else data
        except UnicodeDecodeError:
            raise MalformedRequest(f"The {what} is not valid UTF-8.", field) from None
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            raise MalformedRequest(f"The {what} is not valid JSON.", field) from None
        except RecursionError:
            raise MalformedRequest(f"The {what} nests too deeply.", field) from None

    async def parse_http_body(self, request: AsyncHTTPRequestAdapter) -> GraphQLRequestData:
        data: object
        if request.method == "GET":
            params: dict[str, Any] = dict(request.query_params)
            for name in ("variables", "extensions"):
                if params.get(name):
                    params[name] = self._decode(params[name], f"'{name}' parameter", name)
            data = params
        elif "application/json" in (request.content_type or "").lower():
            data = self._decode(await request.get_body(), "request body", None)
        else:
            raise MalformedRequest("Send GraphQL requests as application/json.")
        return self._request_data(data)

    def _request_data(self, data: object) -> GraphQLRequestData:
        if isinstance(data, list):
            raise MalformedRequest("Batched requests are not accepted: send one operation.")
        if not isinstance(data, dict):
            raise MalformedRequest('The request body must be a JSON object with a "query".')
        query = data.get("query")
        if query is not None and not isinstance(query, str):
            raise MalformedRequest("The request has no GraphQL query (a string).", "query")
        operation_name = data.get("operationName")
        if operation_name is not None and not isinstance(operation_name, str):
            raise MalformedRequest("operationName must be a string.", "operationName")
        limit = self.settings.graphql_max_variables_depth
        parts: dict[str, dict[str, Any] | None] = {}
        for name in ("variables", "extensions"):
            value = data.get(name)
            if value is not None and not isinstance(value, dict):
                raise MalformedRequest(f"{name} must be a JSON object.", name)
            if value is not None and nesting_depth(value, limit) > limit:
                raise MalformedRequest(
                    f"{name} nest deeper than {limit} levels of objects and lists.", name
                )
            parts[name] = value
        # Text, or the persisted document its hash names (persisted queries).
        document = self.persisted.document(query if query else None, parts["extensions"])
        if document is None or not document.strip():
            raise MalformedRequest("The request has no GraphQL query (a string).", "query")
        return GraphQLRequestData(
            query=document,
            variables=parts["variables"],
            operation_name=operation_name,
            extensions=parts["extensions"],
        )

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        if not isinstance(request, Request) or not isinstance(response, Response):
            raise TypeError("GraphQL is served over HTTP only")
        state = request.state
        return Context(
            request=request,
            response=response,
            principal=state.principal,
            scope=state.scope,
            loaders=Loaders.create(state.principal, state.scope),
            settings=self.settings,
            request_id=state.request_id,
            rate_limits=self.rate_limits,
            replica=self.replica,
        )

    async def execute_operation(
        self,
        request: Request,
        request_adapter: AsyncHTTPRequestAdapter,
        request_data: GraphQLRequestData | list[GraphQLRequestData],
        context: Context,
        root_value: None,
        sub_response: Response,
    ) -> ExecutionResult:
        """The operation, through our runner (schema/operation.py) instead of Strawberry's
        ``Schema.execute``: the same steps and rules without per-request extension objects.
        Batches never get here (``_request_data`` refuses them), nor streams."""
        if isinstance(request_data, list) or request_data.query is None:
            raise MalformedRequest("Send one operation with its query.")
        method = request_adapter.method
        try:
            return await self.operations.run(
                request_data.query,
                variables=request_data.variables,
                operation_name=request_data.operation_name,
                extensions=request_data.extensions,
                context=context,
                allowed=OperationType.from_http(method),
            )
        except CannotGetOperationTypeError as error:
            raise HTTPException(400, error.as_http_error_reason()) from error
        except InvalidOperationTypeError as error:
            raise HTTPException(400, error.as_http_error_reason(method)) from error

    def create_response(
        self,
        response_data: GraphQLHTTPResponse | list[GraphQLHTTPResponse],
        sub_response: Response,
    ) -> Response:
        response = super().create_response(response_data, sub_response)
        if _has_error_code(response_data, ErrorCode.SERVICE_UNAVAILABLE):
            # The database failed this request, not the client: tell it to come back.
            response.status_code = 503
            response.headers["Retry-After"] = str(self.settings.retry_after_seconds)
        return response


def _has_error_code(
    response_data: GraphQLHTTPResponse | list[GraphQLHTTPResponse], code: ErrorCode
) -> bool:
    results = response_data if isinstance(response_data, list) else [response_data]
    return any(
        isinstance(error, dict) and (error.get("extensions") or {}).get("code") == code.value
        for result in results
        for error in result.get("errors") or ()
    )
