"""Raw SQL for reports: portable statements with ``?`` placeholders, exact integer sums.

Reports are aggregations and window functions over integer minor units; writing them in SQL
keeps every sum exact and in the database, on SQLite as on PostgreSQL.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from app.db import connection
from app.services.money import exact_int

_PLACEHOLDER = re.compile(r"\?")


def _postgres() -> bool:
    return connection().capabilities.dialect == "postgres"


async def fetch(sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Run ``sql`` (``?`` placeholders) and return plain dict rows."""
    values = list(params)
    if _postgres():
        counter = iter(range(1, len(values) + 1))
        sql = _PLACEHOLDER.sub(lambda _: f"${next(counter)}", sql)
    else:
        # SQLite keeps dates as ISO text; compare them as such.
        values = [v.isoformat() if isinstance(v, date) else v for v in values]
    _, rows = await connection().execute_query(sql, values)
    return [dict(row) for row in rows]


def as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def as_int(value: Any) -> int:
    return exact_int(value) if value is not None else 0


def placeholders(count: int) -> str:
    return ", ".join("?" * count) if count else "NULL"


_MAX_ID = 2**63 - 1


def cursor_parts(after: str, kinds: tuple[type, ...]) -> tuple[Any, ...]:
    """The fields of a keyset cursor (``|``-separated), or INVALID: a cursor the client
    changed must not reach the database as a number it cannot hold."""
    from app.services.errors import DomainError, ErrorCode  # noqa: PLC0415

    parts = after.split("|")
    try:
        if len(parts) != len(kinds):
            raise ValueError(after)
        values: list[Any] = []
        for part, kind in zip(parts, kinds, strict=True):
            value = date.fromisoformat(part) if kind is date else kind(part)
            if isinstance(value, int) and not 0 <= value <= _MAX_ID:
                raise ValueError(part)
            if isinstance(value, str) and (len(value) > 40 or not value.isprintable()):
                raise ValueError(part)
            values.append(value)
    except ValueError:
        raise DomainError(
            "Not a cursor of this report.", field="after", code=ErrorCode.INVALID
        ) from None
    return tuple(values)
