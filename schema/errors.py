"""How errors leave the GraphQL API.

Domain errors (a user can fix them) keep their message and carry ``extensions.code`` and
``extensions.field``. GraphQL validation errors pass unchanged, so GraphiQL users still read
"Cannot query field". A database that is unavailable (``app.db.is_database_unavailable``)
is ``SERVICE_UNAVAILABLE`` with the request id, logged in one line, and the view answers
503 with Retry-After. Anything else is masked to "Unexpected error." with the request id,
and logged in full on the server.

Every operation the API serves runs through ``schema.operation.OperationRunner``, which
logs every error (``log_errors``) and then applies ``public_errors`` to the answer, whatever
step it failed in (parse, validation, a request rule, execution, or an exception escaping
any of them).
"""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError, GraphQLSyntaxError
from strawberry.relay.types import GlobalIDValueError

from app.db import is_database_unavailable
from app.log import error_summary, get_logger
from app.services.errors import DomainError, ErrorCode

log = get_logger("app.graphql")

UNEXPECTED_MESSAGE = "Unexpected error."
UNAVAILABLE_MESSAGE = "The database is not available right now; retry later."


def as_domain_error(original: Exception | None) -> DomainError | None:
    """The user-fixable failure behind an error, if it is one."""
    if isinstance(original, DomainError):
        return original
    if isinstance(original, GlobalIDValueError):
        # Raised for ids naming no object type, e.g. "Nope:1"; the message is about the id.
        return DomainError(str(original), field="id")
    return None


def root_cause(error: GraphQLError) -> Exception | None:
    """The first exception behind an error that is a domain error or no GraphQL error.

    graphql-core wraps errors in errors: a variable that a scalar failed to parse is a
    GraphQLError about the variable, around a GraphQLError about the value, around what the
    scalar raised. ``None`` when the chain holds only GraphQL's own errors.
    """
    cause = error.original_error
    seen: set[int] = set()
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if as_domain_error(cause) is not None or not isinstance(cause, GraphQLError):
            return cause
        cause = cause.original_error
    return None


def is_unexpected(error: GraphQLError) -> bool:
    cause = root_cause(error)
    return cause is not None and as_domain_error(cause) is None


def _reworded(
    error: GraphQLError,
    message: str,
    original: Exception | None,
    extensions: dict[str, Any],
) -> GraphQLError:
    """``error`` with another message, cause and extensions; where it happened stays."""
    return GraphQLError(
        message=message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        original_error=original,
        extensions=extensions,
    )


def _labelled(error: GraphQLError) -> GraphQLError:
    """GraphQL's own refusal of a request with a stable code (its message is unchanged)."""
    if (error.extensions or {}).get("code") or error.path is not None:
        return error
    if isinstance(error, GraphQLSyntaxError):
        too_long = "tokens. Parsing aborted" in error.message  # graphql-core's max_tokens
        code = ErrorCode.TOO_MANY_TOKENS if too_long else ErrorCode.GRAPHQL_PARSE_FAILED
    else:  # validation, and variables that do not fit their types
        code = ErrorCode.GRAPHQL_VALIDATION_FAILED
    error.extensions = {**(error.extensions or {}), "code": code.value}
    return error


def public_error(error: GraphQLError, request_id: str | None) -> GraphQLError:
    """The error as clients may see it. Applying it twice changes nothing."""
    cause = root_cause(error)
    if cause is None:
        return _labelled(error)
    domain = as_domain_error(cause)
    if domain is None and is_database_unavailable(cause):
        return _reworded(
            error,
            UNAVAILABLE_MESSAGE,
            None,
            {"code": ErrorCode.SERVICE_UNAVAILABLE.value, "requestId": request_id},
        )
    if domain is None:
        return _reworded(
            error,
            UNEXPECTED_MESSAGE,
            None,
            {"code": ErrorCode.INTERNAL_SERVER_ERROR.value, "requestId": request_id},
        )
    return _reworded(
        error, domain.message, domain, {"code": domain.code.value, "field": domain.field}
    )


def public_errors(errors: list[GraphQLError], request_id: str | None) -> list[GraphQLError]:
    return [public_error(error, request_id) for error in errors]


def log_errors(errors: list[GraphQLError], operation_name: str | None) -> None:
    for error in errors:
        if is_unexpected(error) and is_database_unavailable(root_cause(error)):
            log.warning(
                "graphql.database_unavailable",
                path=error.path,
                error=error_summary(root_cause(error)),  # type: ignore[arg-type]
            )
        elif is_unexpected(error):
            log.error(
                "graphql.unexpected_error",
                path=error.path,
                operation=operation_name,
                exc_info=root_cause(error),
            )
        else:
            log.info("graphql.error", message=error.message, path=error.path)
