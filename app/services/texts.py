"""Text a user types (numbers, references, memos, descriptions, reasons) must fit the column
that stores it. The limit is read from the model, so the check and the schema cannot drift,
and a long text is an error to fix rather than a database failure (PostgreSQL refuses it;
SQLite would keep it)."""

from __future__ import annotations

from tortoise.models import Model

from app.services.errors import DomainError, ErrorCode, ErrorCollector


def column_limit(model: type[Model], column: str) -> int:
    limit = getattr(model._meta.fields_map[column], "max_length", None)
    if not isinstance(limit, int):
        raise TypeError(f"{model.__name__}.{column} is not a text column with a length")
    return limit


def check_length(
    errors: ErrorCollector,
    value: str | None,
    model: type[Model],
    column: str,
    *,
    field: str,
    required: bool = False,
) -> bool:
    """At most what ``model.column`` holds (None: not given); ``required``: not blank.
    False (with the error kept) when the text does not fit."""
    if value is None:
        return True
    limit = column_limit(model, column)
    if required and not value.strip():
        errors.add(f"Enter 1 to {limit} characters.", field=field, code=ErrorCode.INVALID)
        return False
    if len(value) > limit:
        errors.add(f"At most {limit} characters.", field=field, code=ErrorCode.INVALID)
        return False
    return True


def required_text(
    value: str,
    model: type[Model],
    column: str,
    *,
    field: str,
    what: str,
    code: ErrorCode = ErrorCode.INVALID,
) -> str:
    """``value`` without the spaces around it: 1 to what ``model.column`` holds, or refused
    (``what`` says what the text is, for the message)."""
    text = value.strip()
    limit = column_limit(model, column)
    if not text or len(text) > limit:
        raise DomainError(f"{what} has 1 to {limit} characters.", field=field, code=code)
    return text
