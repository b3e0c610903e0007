"""The REST API under /api/v1: a FastAPI sub-application over app/services, with the same
tokens, permissions and entity scope as GraphQL (the auth middleware of app/main.py has
put the principal and the scope in the request state before a request gets here).

Its OpenAPI 3.1 document is generated from the models of app/rest/models.py, served at
/api/v1/openapi.json and committed as openapi.json (``python -m app openapi``); the docs
page (/api/v1/docs) is served from the app's own assets (fastapi-offline), no CDN.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi_offline import FastAPIOffline
from pydantic.alias_generators import to_camel
from pydantic.json_schema import models_json_schema
from starlette.exceptions import HTTPException
from starlette.responses import Response

from app.db import is_database_unavailable
from app.log import error_summary, get_logger
from app.rate_limits import RateLimits
from app.rest import documents, imports, refunds, reports, setup
from app.rest.deps import HEADER_FIELDS
from app.rest.models import Problem
from app.rest.problems import PATH_FIELDS, PROBLEM_JSON, from_domain_error, problem_response
from app.services.errors import DomainError, ErrorCode
from app.settings import Settings

log = get_logger("app.rest")

PREFIX = "/api/v1"
OPENAPI_PATH = "/openapi.json"
DOCS_PATH = "/docs"
ASSETS_PATH = "/docs-assets"
# What a browser may fetch without a token: the document and the docs page with its files.
PUBLIC_PATHS = frozenset(
    {PREFIX + OPENAPI_PATH, PREFIX + DOCS_PATH, PREFIX + DOCS_PATH + "/oauth2-redirect"}
)
PUBLIC_PREFIXES = (PREFIX + ASSETS_PATH + "/",)

DESCRIPTION = """\
Customer refunds for partner integrations: the same services, rules, tokens, permissions
and entity scope as the GraphQL API at /graphql.

- **Auth**: `Authorization: Bearer <token>`; `X-Entity: <entity code>` to work inside one
  entity (omitted: the top level, the whole company).
- **Errors**: `application/problem+json` (RFC 9457) with the stable `code` of GraphQL's
  `ErrorCode` and every field error of the request in `errors`.
- **Idempotency**: `Idempotency-Key` on POSTs that create or post; required on those that
  move money (post, void, create-and-post). A replay answers the first response with
  `Idempotent-Replayed: true`.
- **Concurrency**: a refund's `ETag` is its version; changes need `If-Match`.
- **Amounts** are exact decimal strings; ids are record numbers.
- **CSV**: `POST /imports/{kind}` takes a file (`text/csv` or multipart field `file`,
  up to MAX_IMPORT_BODY_BYTES, 64 MiB by default); `GET /exports/{kind}` streams CSV.
"""


def _request_id(request: Request) -> str | None:
    value = request.scope.get("state", {}).get("request_id")
    return str(value) if value is not None else None


def _field(loc: tuple[Any, ...]) -> tuple[str, str | None]:
    """Where a validation error is: the request part and the field, as the client names
    it (``allocations.0.amount``, ``customerId``, ``Idempotency-Key``, ``id``)."""
    part = str(loc[0]) if loc else "body"
    rest = [str(x) for x in loc[1:]]
    if part == "path":
        return part, "id"
    return part, ".".join(rest) or None


def create_rest_app(settings: Settings, rate_limits: RateLimits) -> FastAPI:
    app = FastAPIOffline(
        title="Customer refunds REST API",
        version="1.0.0",
        description=DESCRIPTION,
        openapi_url=OPENAPI_PATH,
        docs_url=DOCS_PATH,
        redoc_url=None,
        static_url=ASSETS_PATH,
        servers=[{"url": PREFIX}],
        root_path_in_servers=False,
        swagger_ui_parameters={"persistAuthorization": True},
    )
    app.state.rate_limits = rate_limits
    retry_after = settings.retry_after_seconds

    @app.exception_handler(DomainError)
    async def domain_error(request: Request, error: DomainError) -> Response:
        for each in error.errors:
            each.field = HEADER_FIELDS.get(each.field or "", each.field)
        # A missing object the path names (a report's customer) is 404, as a missing refund.
        named = frozenset(to_camel(name) for name in request.path_params)
        return from_domain_error(
            error,
            request_id=_request_id(request),
            retry_after=retry_after,
            path_fields=PATH_FIELDS | named,
        )

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        items: list[tuple[ErrorCode, str | None, str]] = []
        status, code = 422, ErrorCode.INVALID
        for detail in error.errors():
            part, field = _field(tuple(detail.get("loc", ())))
            if detail.get("type") == "json_invalid":
                status, code = 400, ErrorCode.MALFORMED_REQUEST
                items.append((code, None, "The request body is not valid JSON."))
                continue
            if part == "path":
                status, code = 404, ErrorCode.NOT_FOUND
                items.append((code, field, "No such resource: the id is not a record number."))
                continue
            items.append((ErrorCode.INVALID, field, str(detail.get("msg", "Invalid."))))
        detail_text = items[0][2] if len(items) == 1 else f"{len(items)} problems; see errors."
        return problem_response(
            code, detail_text, status=status, errors=items, request_id=_request_id(request)
        )

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        cause = error.__cause__
        if cause is not None and type(cause).__name__ in {"BodyTooLarge", "BodyTimeout"}:
            raise cause  # RequestBodyMiddleware answers these (413, 408)
        if error.status_code == 405:
            code, message = ErrorCode.METHOD_NOT_ALLOWED, "This resource has no such method."
        elif error.status_code == 404:
            code, message = ErrorCode.NOT_FOUND, "No such resource."
        else:
            code, message = ErrorCode.MALFORMED_REQUEST, str(error.detail)
        return problem_response(
            code,
            message,
            status=error.status_code,
            request_id=_request_id(request),
            headers=dict(error.headers or {}),
        )

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> Response:
        if type(error).__name__ in {"BodyTooLarge", "BodyTimeout"}:
            raise error  # an upload read in a route: RequestBodyMiddleware answers (413, 408)
        if is_database_unavailable(error):
            log.warning("request.database_unavailable", error=error_summary(error))
            return problem_response(
                ErrorCode.SERVICE_UNAVAILABLE,
                "The database is not available right now; retry later.",
                request_id=_request_id(request),
                headers={"Retry-After": str(retry_after)},
            )
        log.exception("request.unhandled_error", exc_info=error)
        return problem_response(
            ErrorCode.INTERNAL_SERVER_ERROR, "Unexpected error.", request_id=_request_id(request)
        )

    for module in (refunds, setup, documents, reports, imports):
        app.include_router(module.router)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = customize(FastAPI.openapi(app))
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


PROBLEM_RESPONSE = {
    "description": "A problem (RFC 9457): the stable code, the fields at fault, the request id.",
    "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
}
_METHODS = {"get", "post", "put", "patch", "delete"}


def customize(document: dict[str, Any]) -> dict[str, Any]:
    """Bearer auth, the X-Entity header and the shared problem response on every operation."""
    components = document.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    _, problem_schemas = models_json_schema(
        [(Problem, "serialization")], ref_template="#/components/schemas/{model}", by_alias=True
    )
    schemas.update(problem_schemas["$defs"])
    components["securitySchemes"] = {
        "bearer": {"type": "http", "scheme": "bearer", "description": "An API token."}
    }
    components["responses"] = {"Problem": PROBLEM_RESPONSE}
    components["parameters"] = {
        "XEntity": {
            "name": "X-Entity",
            "in": "header",
            "required": False,
            "description": "Work inside this entity (its code); omitted: the top level.",
            "schema": {"type": "string", "maxLength": 20},
        }
    }
    document["security"] = [{"bearer": []}]
    for path_item in document.get("paths", {}).values():
        for method, operation in path_item.items():
            if method not in _METHODS:
                continue
            operation.setdefault("parameters", []).append(
                {"$ref": "#/components/parameters/XEntity"}
            )
            responses = operation.setdefault("responses", {})
            responses.pop("422", None)
            responses["4XX"] = {"$ref": "#/components/responses/Problem"}
            responses["5XX"] = {"$ref": "#/components/responses/Problem"}
    return document


def openapi_text(settings: Settings) -> str:
    """The OpenAPI document as committed (openapi.json): sorted keys, two-space indent."""
    app = create_rest_app(settings, RateLimits.from_settings(settings))
    return json.dumps(app.openapi(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
