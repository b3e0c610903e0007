"""The Strawberry ASGI view, building each request's context from the auth middleware's state."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse
from strawberry.types import ExecutionResult

from app.services.errors import ErrorCode
from app.settings import Settings
from schema.context import Context
from schema.errors import public_errors
from schema.loaders import Loaders
from schema.schema import build_schema


class GraphQLApp(GraphQL[Context, None]):
    def __init__(self, settings: Settings) -> None:
        super().__init__(
            build_schema(settings),
            graphql_ide="graphiql" if settings.graphiql else None,
            allow_queries_via_get=True,
            subscription_protocols=(),
        )
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and "principal" not in scope.get("state", {}):
            # AuthMiddleware lets only the GraphiQL page through without a token; the page
            # holds no data and sends the token the user pastes with every query.
            response = await self.render_graphql_ide(Request(scope, receive))
            await response(scope, receive, send)
            return
        await super().__call__(scope, receive, send)

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
        )

    async def process_result(
        self, request: Request, result: ExecutionResult
    ) -> GraphQLHTTPResponse:
        # PublicErrors (a schema extension) has already rewritten the errors of every
        # operation. Strawberry builds a result outside the extension hooks when an
        # exception escapes validation or an extension, with the exception's text as the
        # message; the same rules apply to it here, the last step before the response.
        if result.errors:
            result.errors = public_errors(result.errors, request.state.request_id)
        return await super().process_result(request, result)

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
