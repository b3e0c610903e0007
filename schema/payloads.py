"""What mutations return: the changed object and the errors a user can fix, as data."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import strawberry

from app.services.errors import DomainError, ErrorCode

T = TypeVar("T")

ErrorCodeEnum = strawberry.enum(
    ErrorCode, name="ErrorCode", description="Stable error codes; branch on these."
)


@strawberry.type(description="A problem the caller can fix; nothing was changed.")
class UserError:
    code: ErrorCodeEnum  # type: ignore[valid-type]
    field: str | None = strawberry.field(
        description="The input field at fault, as a dotted path (e.g. lines.0.amount)."
    )
    message: str

    @classmethod
    def list_from(cls, error: DomainError) -> list[UserError]:
        return [cls(code=e.code, field=e.field, message=e.message) for e in error.errors]


async def attempt(work: Callable[[], Awaitable[T]]) -> tuple[T | None, list[UserError]]:
    """Run a service call; a domain error becomes data, anything else stays an error."""
    try:
        return await work(), []
    except DomainError as error:
        return None, UserError.list_from(error)
