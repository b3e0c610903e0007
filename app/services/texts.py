"""Text a user types (numbers, codes, references, memos, descriptions, reasons, searches):
the one rule every service applies before a text is stored or looked up.

- It holds only characters a person can mean: no NUL, no control characters (a line break
  or tab is allowed in free text such as a memo), no unpaired surrogate (which no encoding
  can store). PostgreSQL refuses those bytes with an internal error; here they are an input
  error on the field.
- It fits the column that stores it. The limit is read from the model, so the check and
  the schema cannot drift, and a long text is an error to fix rather than a database
  failure (PostgreSQL refuses it; SQLite would keep it).
"""

from __future__ import annotations

import unicodedata

from tortoise.models import Model

from app.services.errors import DomainError, ErrorCode, ErrorCollector

# What free text (memos, descriptions, reasons) may hold beyond printable characters.
_LAYOUT = frozenset("\t\n\r")


def column_limit(model: type[Model], column: str) -> int:
    limit = getattr(model._meta.fields_map[column], "max_length", None)
    if not isinstance(limit, int):
        raise TypeError(f"{model.__name__}.{column} is not a text column with a length")
    return limit


def forbidden_character(value: str, *, free_text: bool = False) -> str | None:
    """Why ``value`` cannot be kept, naming its first unusable character; None if it can."""
    for position, char in enumerate(value):
        if free_text and char in _LAYOUT:
            continue
        category = unicodedata.category(char)
        if category == "Cs":
            return f"Character {position + 1} is half of a surrogate pair, which is no text."
        if category == "Cc":
            return f"Character {position + 1} is a control character (U+{ord(char):04X})."
    return None


def check_text(
    errors: ErrorCollector, value: str | None, *, field: str, free_text: bool = False
) -> bool:
    """The character rule alone, for texts that are looked up rather than stored (a search,
    a code naming a row); False (with the error kept) when refused."""
    reason = None if value is None else forbidden_character(value, free_text=free_text)
    if reason is not None:
        errors.add(reason, field=field, code=ErrorCode.INVALID_TEXT)
        return False
    return True


def text(value: str, *, field: str, free_text: bool = False) -> str:
    """``value`` if it passes the character rule, else INVALID_TEXT on ``field``."""
    errors = ErrorCollector()
    check_text(errors, value, field=field, free_text=free_text)
    errors.raise_if_any()
    return value


def check_length(
    errors: ErrorCollector,
    value: str | None,
    model: type[Model],
    column: str,
    *,
    field: str,
    required: bool = False,
    free_text: bool = False,
) -> bool:
    """Usable characters only, at most what ``model.column`` holds (None: not given);
    ``required``: not blank. False (with the error kept) when the text does not fit."""
    if value is None:
        return True
    if not check_text(errors, value, field=field, free_text=free_text):
        return False
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
    free_text: bool = False,
) -> str:
    """``value`` without the spaces around it: usable characters, 1 to what
    ``model.column`` holds, or refused (``what`` says what the text is, for the message)."""
    text(value, field=field, free_text=free_text)
    stripped = value.strip()
    limit = column_limit(model, column)
    if not stripped or len(stripped) > limit:
        raise DomainError(f"{what} has 1 to {limit} characters.", field=field, code=code)
    return stripped
