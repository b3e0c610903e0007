"""Typed domain errors. Adapters turn them into data: a stable code, the field and a message."""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """Stable, machine-readable codes; partners branch on them, so never rename one."""

    INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"  # masked; the request id finds the log
    UNAUTHENTICATED = "UNAUTHENTICATED"
    PERMISSION_DENIED = "PERMISSION_DENIED"
    ENTITY_FORBIDDEN = "ENTITY_FORBIDDEN"
    ENTITY_REQUIRED = "ENTITY_REQUIRED"
    NOT_FOUND = "NOT_FOUND"
    INVALID = "INVALID"
    ALREADY_EXISTS = "ALREADY_EXISTS"


class DomainError(Exception):
    """A failure the caller can understand and fix."""

    code: ErrorCode = ErrorCode.INVALID

    def __init__(
        self, message: str, *, field: str | None = None, code: ErrorCode | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        if code is not None:
            self.code = code


class NotFound(DomainError):
    code = ErrorCode.NOT_FOUND


class AlreadyExists(DomainError):
    code = ErrorCode.ALREADY_EXISTS


class PermissionDenied(DomainError):
    code = ErrorCode.PERMISSION_DENIED


class EntityForbidden(DomainError):
    """The entity does not exist or the user may not work in it; the two look the same."""

    code = ErrorCode.ENTITY_FORBIDDEN
