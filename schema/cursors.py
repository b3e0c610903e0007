"""Opaque cursors of the forward-paged connections: ``kind:key`` in URL-safe base64.

The kind keeps a cursor of one list from being accepted by another; a cursor the client
made up or changed is an INVALID error on ``after``, never a database error.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from strawberry import relay

from app.services.errors import DomainError, ErrorCode

Key = TypeVar("Key")


def encode_cursor(kind: str, key: object) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{key}".encode()).decode()


def decode_cursor(kind: str, cursor: str | None, parse: Callable[[str], Key | None]) -> Key | None:
    """The key inside ``cursor`` (None for no cursor), read by ``parse``."""
    if cursor is None:
        return None
    try:
        decoded = base64.urlsafe_b64decode(cursor.encode()).decode()
    except ValueError:
        decoded = ""
    prefix = f"{kind}:"
    key = parse(decoded.removeprefix(prefix)) if decoded.startswith(prefix) else None
    if key is None:
        raise DomainError("Not a cursor of this list.", field="after", code=ErrorCode.INVALID)
    return key


def page_info(
    edges: Sequence[relay.Edge[Any]], *, has_next_page: bool, after: str | None
) -> relay.PageInfo:
    return relay.PageInfo(
        has_next_page=has_next_page,
        has_previous_page=after is not None,
        start_cursor=edges[0].cursor if edges else None,
        end_cursor=edges[-1].cursor if edges else None,
    )
