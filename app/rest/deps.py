"""What every REST operation takes from the request: who asks (the principal the auth
middleware put in the request state), where (the entity scope of ``X-Entity``), the
``Idempotency-Key`` and ``If-Match`` headers, and the rate-limit budgets."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import Depends, Header, Request

from app.rate_limits import Kind, RateLimits
from app.services.access import Principal, Scope
from app.services.errors import DomainError, ErrorCode


def _principal(request: Request) -> Principal:
    principal: Principal = request.state.principal
    return principal


def _scope(request: Request) -> Scope:
    scope: Scope = request.state.scope
    return scope


Actor = Annotated[Principal, Depends(_principal)]
Where = Annotated[Scope, Depends(_scope)]

IDEMPOTENCY_KEY = "Idempotency-Key"
IF_MATCH = "If-Match"

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias=IDEMPOTENCY_KEY,
        max_length=255,
        description="A key of your choice, unique per request you mean: a retry with the "
        "same key and body answers the first response again (Idempotent-Replayed: true) and "
        "changes nothing; the same key with another body is IDEMPOTENCY_KEY_REUSED.",
    ),
]
IfMatch = Annotated[
    str | None,
    Header(
        alias=IF_MATCH,
        max_length=40,
        description='The refund\'s ETag (its version, quoted: "3") as you last read it; '
        "a refund changed since is 412 STALE_VERSION and nothing changes.",
    ),
]

# Service field names of the headers GraphQL takes as arguments.
HEADER_FIELDS = {"idempotencyKey": IDEMPOTENCY_KEY, "version": IF_MATCH}


def required_key(key: str | None) -> str:
    """Money moves only with an idempotency key (post, void, create-and-post)."""
    if key is None or not key.strip():
        raise DomainError(
            "Send an Idempotency-Key header: a retry with it can never post or void twice.",
            field=IDEMPOTENCY_KEY,
            code=ErrorCode.IDEMPOTENCY_KEY_REQUIRED,
        )
    return key


_ETAG = re.compile(r'^\s*(?:W/)?"?([1-9][0-9]{0,9})"?\s*$')


def required_version(if_match: str | None) -> int:
    """The version If-Match names; VERSION_REQUIRED (428) without one (a change)."""
    version = optional_version(if_match)
    if version is None:
        raise DomainError(
            'Send If-Match with the refund\'s ETag (e.g. If-Match: "3").',
            field=IF_MATCH,
            code=ErrorCode.VERSION_REQUIRED,
        )
    return version


def optional_version(if_match: str | None) -> int | None:
    """The version If-Match names, if sent; one that names no version is STALE_VERSION."""
    if if_match is None or not if_match.strip():
        return None
    match = _ETAG.match(if_match)
    if match is None or int(match.group(1)) > 2**31 - 1:
        raise DomainError(
            'If-Match must be the refund\'s ETag, e.g. "3".',
            field=IF_MATCH,
            code=ErrorCode.STALE_VERSION,
        )
    return int(match.group(1))


def etag(version: int) -> str:
    return f'"{version}"'


async def _spend(request: Request, kind: Kind) -> None:
    limits: RateLimits = request.app.state.rate_limits
    principal: Principal = request.state.principal
    refusal = await limits.take(kind, str(principal.token_id), 1)
    if refusal is not None:
        raise refusal


async def _mutation_budget(request: Request) -> None:
    await _spend(request, "mutations")


async def _report_budget(request: Request) -> None:
    await _spend(request, "reports")


# Route dependencies: a change counts against RATE_LIMIT_MUTATIONS, a report against
# RATE_LIMIT_REPORTS, as a GraphQL mutation field or report field does.
MUTATION = Depends(_mutation_budget)
REPORT = Depends(_report_budget)


def location(request: Request, path: str) -> str:
    """The absolute path of a resource of this API (for Location), ``path`` relative to
    the API's root (/api/v1)."""
    return f"{request.scope.get('root_path', '')}{path}"
