"""How errors leave the GraphQL API.

Domain errors (a user can fix them) keep their message and carry ``extensions.code`` and
``extensions.field``. GraphQL validation errors pass unchanged, so GraphiQL users still read
"Cannot query field". Anything else is masked to "Unexpected error." with the request id,
and logged in full on the server.
"""

from __future__ import annotations

from graphql import GraphQLError
from strawberry.extensions import MaskErrors
from strawberry.relay.types import GlobalIDValueError
from strawberry.types import ExecutionContext

from app.log import get_logger
from app.services.errors import DomainError, ErrorCode

log = get_logger("app.graphql")


def as_domain_error(original: Exception | None) -> DomainError | None:
    """The user-fixable failure behind an error, if it is one."""
    if isinstance(original, DomainError):
        return original
    if isinstance(original, GlobalIDValueError):
        # Raised for ids naming no object type, e.g. "Nope:1"; the message is about the id.
        return DomainError(str(original), field="id")
    return None


def is_unexpected(error: GraphQLError) -> bool:
    original = error.original_error
    return (
        original is not None
        and not isinstance(original, GraphQLError)
        and as_domain_error(original) is None
    )


def log_errors(errors: list[GraphQLError], execution_context: ExecutionContext | None) -> None:
    for error in errors:
        if is_unexpected(error):
            log.error(
                "graphql.unexpected_error",
                path=error.path,
                operation=execution_context.operation_name if execution_context else None,
                exc_info=error.original_error,
            )
        else:
            log.info("graphql.error", message=error.message, path=error.path)


class PublicErrors(MaskErrors):
    """MaskErrors that masks only unexpected exceptions and labels every error with a code."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=is_unexpected)

    def _request_id(self) -> str | None:
        context = getattr(self.execution_context, "context", None)
        return getattr(context, "request_id", None)

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        return GraphQLError(
            message=self.error_message,
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            original_error=None,
            extensions={
                "code": ErrorCode.INTERNAL_SERVER_ERROR.value,
                "requestId": self._request_id(),
            },
        )

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        processed = []
        for error in super()._process_errors(errors):
            original = as_domain_error(error.original_error)
            if original is None:
                processed.append(error)
                continue
            processed.append(
                GraphQLError(
                    message=original.message,
                    nodes=error.nodes,
                    source=error.source,
                    positions=error.positions,
                    path=error.path,
                    original_error=original,
                    extensions={"code": original.code.value, "field": original.field},
                )
            )
        return processed
