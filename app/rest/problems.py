"""Errors of the REST API as RFC 9457 problem details (``application/problem+json``).

Every failure under ``/api/`` answers one shape, whoever produced it (a service's
``DomainError``, FastAPI's request validation, an unknown route, the middleware refusing a
token or a body):

    {"type": "urn:customer-refunds:problem:STALE_VERSION", "title": "Stale version",
     "status": 412, "detail": "...", "code": "STALE_VERSION",
     "errors": [{"code": "STALE_VERSION", "field": "If-Match", "message": "..."}],
     "requestId": "..."}

``code`` and ``errors[].code`` are the stable codes GraphQL returns (``ErrorCode``);
``errors`` holds every problem of the request at once.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from starlette.responses import Response

from app.services.errors import DomainError, ErrorCode

PROBLEM_JSON = "application/problem+json"
PROBLEM_TYPE = "urn:customer-refunds:problem:"

C = ErrorCode
# The status of each code; codes not listed are a request the user can fix (422).
_STATUS: dict[ErrorCode, int] = {
    C.MALFORMED_REQUEST: 400,
    C.IDEMPOTENCY_KEY_REQUIRED: 400,
    C.UNAUTHENTICATED: 401,
    C.PERMISSION_DENIED: 403,
    C.ENTITY_FORBIDDEN: 403,
    C.ENTITY_REQUIRED: 403,
    C.TOP_LEVEL_REQUIRED: 403,
    C.NOT_FOUND: 404,
    C.METHOD_NOT_ALLOWED: 405,
    C.NOT_ACCEPTABLE: 406,
    C.BODY_TIMEOUT: 408,
    # The resource's state forbids it (posting a posted refund), or it exists already.
    C.REFUND_NOT_DRAFT: 409,
    C.REFUND_NOT_POSTED: 409,
    C.ALREADY_EXISTS: 409,
    C.DUPLICATE_NUMBER: 409,
    C.IN_USE: 409,
    C.SEQUENCE_IN_USE: 409,
    C.SEQUENCE_PREFIX_TAKEN: 409,
    C.IDEMPOTENCY_IN_PROGRESS: 409,
    C.STALE_VERSION: 412,
    C.BODY_TOO_LARGE: 413,
    C.UNSUPPORTED_MEDIA_TYPE: 415,
    # The IETF idempotency-key draft: the same key with another request body.
    C.IDEMPOTENCY_KEY_REUSED: 422,
    C.VERSION_REQUIRED: 428,
    C.RATE_LIMITED: 429,
    C.INTERNAL_SERVER_ERROR: 500,
    C.SERVICE_UNAVAILABLE: 503,
    C.DEADLINE_EXCEEDED: 503,
    C.COMMIT_OUTCOME_UNKNOWN: 503,
    C.TRANSACTION_CONFLICT: 503,
}
# Codes that name a missing object: 404 when the object is the one the path names (the
# field is the path's id, or none), 422 when a request body refers to it.
_MISSING = {code for code in ErrorCode if code.value.endswith("_NOT_FOUND")} | {C.INVALID_ID}
PATH_FIELDS = frozenset({None, "id"})
# Answers a client should retry later, with Retry-After.
RETRY_LATER = frozenset(
    {C.RATE_LIMITED, C.SERVICE_UNAVAILABLE, C.DEADLINE_EXCEEDED, C.TRANSACTION_CONFLICT}
)


def status_of(
    code: ErrorCode, field: str | None = None, path_fields: frozenset[str | None] = PATH_FIELDS
) -> int:
    """The HTTP status of a code; a missing object is 404 when the path names it."""
    if code in _MISSING:
        return 404 if field in path_fields else 422
    return _STATUS.get(code, 422)


def _title(code: ErrorCode) -> str:
    return code.value.replace("_", " ").capitalize()


def problem(
    code: ErrorCode,
    detail: str,
    *,
    status: int | None = None,
    errors: Sequence[tuple[ErrorCode, str | None, str]] | None = None,
    request_id: str | None = None,
    field: str | None = None,
) -> dict[str, Any]:
    """A problem body; ``errors`` (code, field, message) defaults to the one problem."""
    items = errors if errors is not None else [(code, field, detail)]
    return {
        "type": PROBLEM_TYPE + code.value,
        "title": _title(code),
        "status": status if status is not None else status_of(code, field),
        "detail": detail,
        "code": code.value,
        "errors": [{"code": c.value, "field": f, "message": m} for c, f, m in items],
        "requestId": request_id,
    }


def problem_bytes(**kwargs: Any) -> bytes:
    return json.dumps(problem(**kwargs)).encode()


class ProblemResponse(Response):
    media_type = PROBLEM_JSON

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()


def problem_response(
    code: ErrorCode,
    detail: str,
    *,
    status: int | None = None,
    errors: Sequence[tuple[ErrorCode, str | None, str]] | None = None,
    request_id: str | None = None,
    field: str | None = None,
    headers: dict[str, str] | None = None,
) -> ProblemResponse:
    body = problem(
        code,
        detail,
        status=status,
        errors=errors,
        request_id=request_id,
        field=field,
    )
    return ProblemResponse(body, status_code=body["status"], headers=headers)


def from_domain_error(
    error: DomainError,
    *,
    request_id: str | None,
    retry_after: int | None = None,
    path_fields: frozenset[str | None] = PATH_FIELDS,
) -> ProblemResponse:
    """A service's error: the status from its code (the first one's, for several);
    ``path_fields`` are the fields the request's path names (its ids)."""
    items = [(e.code, e.field, e.message) for e in error.errors]
    status = status_of(error.code, error.field, path_fields)
    headers = {}
    wait = getattr(error, "retry_after", None) or retry_after
    if error.code in RETRY_LATER or error.code == C.COMMIT_OUTCOME_UNKNOWN:
        headers["Retry-After"] = str(wait or 1)
    return problem_response(
        error.code,
        error.message if len(items) == 1 else f"{len(items)} problems; see errors.",
        status=status,
        errors=items,
        request_id=request_id,
        headers=headers,
    )
