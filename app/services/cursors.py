"""Page cursors, one format for every list and report: opaque to clients, URL-safe.

A cursor is the URL-safe base64 of a JSON array: the list's kind, then the sort key of the
last row of the page (numbers, texts, dates as ISO strings). The kind keeps a cursor of one
list from being accepted by another; a cursor a client made up or changed is an INVALID
error on ``after``, never a number the database cannot hold nor a text it refuses.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import date
from typing import Any

from app.services.errors import DomainError, ErrorCode

Part = int | str | date
_MAX_ID = 2**63 - 1
# Cursors carry ids, dates and short codes; a longer text is not one of ours.
DEFAULT_TEXT_LIMIT = 255
MAX_CURSOR_LENGTH = 1024


def encode(kind: str, *key: Part) -> str:
    parts = [part.isoformat() if isinstance(part, date) else part for part in key]
    text = json.dumps([kind, *parts], separators=(",", ":"), ensure_ascii=True)
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode(
    kind: str,
    cursor: str | None,
    types: tuple[type[Part], ...],
    *,
    text_limit: int = DEFAULT_TEXT_LIMIT,
) -> tuple[Any, ...] | None:
    """The sort key inside ``cursor`` with the given part types (None: no cursor)."""
    if cursor is None:
        return None
    try:
        if len(cursor) > MAX_CURSOR_LENGTH:
            raise ValueError(cursor)
        padded = cursor + "=" * (-len(cursor) % 4)
        decoded = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        if not isinstance(decoded, list) or decoded[:1] != [kind]:
            raise ValueError(cursor)
        parts = decoded[1:]
        if len(parts) != len(types):
            raise ValueError(cursor)
        return tuple(
            _part(part, kind_of, text_limit) for part, kind_of in zip(parts, types, strict=True)
        )
    except (ValueError, UnicodeError, binascii.Error, RecursionError):
        raise DomainError(
            "Not a cursor of this list.", field="after", code=ErrorCode.INVALID
        ) from None


def _part(value: object, kind_of: type[Part], text_limit: int) -> Part:
    if kind_of is int and type(value) is int and 0 <= value <= _MAX_ID:
        return value
    if isinstance(value, str) and kind_of is date:
        return date.fromisoformat(value)
    if (
        kind_of is str
        and isinstance(value, str)
        and len(value) <= text_limit
        and value.isprintable()
    ):
        return value
    raise ValueError(value)
