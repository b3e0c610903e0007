"""Raw SQL for reports: portable statements with ``?`` placeholders, exact integer sums.

Reports are aggregations and window functions over integer minor units; writing them in SQL
keeps every sum exact and in the database, on SQLite as on PostgreSQL.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any, Protocol, TypeVar, cast

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

from app.db import DEFAULT
from app.db_replica import read_connection
from app.services.money import exact_int

_PLACEHOLDER = re.compile(r"\?")
M = TypeVar("M", bound=Model)


def _postgres() -> bool:
    return read_connection().capabilities.dialect == "postgres"


# Statements as PostgreSQL takes them (``$n`` placeholders), by their text: the service
# sends the same few hundred statements again and again. Bounded: emptied when full.
_NUMBERED: dict[str, str] = {}
_NUMBERED_MAX = 2048


def _numbered(sql: str) -> str:
    numbered = _NUMBERED.get(sql)
    if numbered is None:
        counter = iter(range(1, sql.count("?") + 1))
        numbered = _PLACEHOLDER.sub(lambda _: f"${next(counter)}", sql)
        if len(_NUMBERED) >= _NUMBERED_MAX:
            _NUMBERED.clear()
        _NUMBERED[sql] = numbered
    return numbered


def _prepared(client: BaseDBAsyncClient, sql: str, params: Sequence[Any]) -> tuple[str, list[Any]]:
    values = list(params)
    if client.capabilities.dialect == "postgres":
        sql = _numbered(sql)
    else:
        # SQLite keeps dates as ISO text; compare them as such. Timestamps as Tortoise
        # writes them (a space between date and time), so both sort together.
        values = [
            v.isoformat(" ")
            if isinstance(v, datetime)
            else v.isoformat()
            if isinstance(v, date)
            else v
            for v in values
        ]
    return sql, values


class Row(Protocol):
    """A row as the driver returns it (asyncpg's Record, sqlite3's Row): read by column
    name, and not to be kept or changed."""

    def __getitem__(self, column: str, /) -> Any: ...

    def keys(self) -> Iterable[str]: ...


async def _rows(
    client: BaseDBAsyncClient, sql: str, params: Sequence[Any], *, writes: bool = False
) -> Sequence[Row]:
    """The rows of one statement on ``client`` (those of its RETURNING clause for a write),
    as the driver gives them."""
    query, values = _prepared(client, sql, params)
    fetch_records = getattr(client, "fetch_records", None)  # PostgreSQL (app.db_postgres)
    if fetch_records is not None:
        return cast(Sequence[Row], await fetch_records(query, values))
    if writes:
        # Not ``execute_query``: Tortoise's PostgreSQL client (the CLI's) drops what a
        # write's RETURNING gives.
        return await client.execute_query_dict(query, values)
    _, rows = await client.execute_query(query, values)
    return rows


async def fetch_rows(sql: str, params: Sequence[Any] = ()) -> Sequence[Row]:
    """``fetch`` without copying each row into a dict: for lists of many rows read once,
    straight into objects (a copy costs about a microsecond a row)."""
    return await _rows(read_connection(), sql, params)


async def fetch(sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Run ``sql`` (``?`` placeholders) and return plain dict rows. A read: on the read
    replica when the request allows it (``app.db_replica``), else on the primary."""
    return [dict(row) for row in await fetch_rows(sql, params)]


def writes_to_postgres() -> bool:
    """Whether ``write`` runs on PostgreSQL (else SQLite): for the few set-based writes
    whose best form differs (arrays and ``unnest`` there, ``json_each`` here)."""
    return bool(connections.get(DEFAULT).capabilities.dialect == "postgres")


async def read_primary(sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """``fetch`` on the primary, inside the running transaction if there is one: for reads
    that decide a write (and for locks: ``FOR UPDATE``, which SQLite has not, goes only to
    PostgreSQL: append ``lock_clause()``)."""
    return await write(sql, params)


def lock_clause(of: str = "") -> str:
    """`` FOR UPDATE`` (of the table alias ``of``) on PostgreSQL; nothing on SQLite, where
    the writing transaction holds the database lock."""
    if not writes_to_postgres():
        return ""
    return f" FOR UPDATE OF {of}" if of else " FOR UPDATE"


def as_models(model: type[M], rows: Sequence[Row]) -> list[M]:
    """Plain rows of every column of ``model``'s table as its objects, as the ORM builds
    them from its own queries: for hot paths whose ORM-built query cost more than it."""
    return [model._init_from_db(**row) for row in rows]


async def models_in(
    model: type[M],
    field: str,
    values: Sequence[Any],
    *,
    order: Sequence[str] = (),
) -> list[M]:
    """``model``'s objects whose ``field`` (a field name, an id column for a foreign key) is
    one of ``values``, ordered by the fields ``order``: a read (``fetch_rows``), written
    rather than built by the ORM, whose query builder makes a long ``IN`` list term by
    term (for a page of 100 rows that cost more than the statement)."""
    if not values:
        return []
    columns = model._meta.fields_db_projection
    ordered = f" ORDER BY {', '.join(columns[name] for name in order)}" if order else ""
    wanted, params = one_of(columns[field], values)
    rows = await fetch_rows(
        f"SELECT * FROM {model._meta.db_table} WHERE {wanted}{ordered}",  # noqa: S608 - model names; values bound
        params,
    )
    return as_models(model, rows)


async def write(sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Run a writing statement (``?`` placeholders) on the primary, inside the running
    transaction if there is one, and return the rows its RETURNING clause gives."""
    return [dict(row) for row in await _rows(connections.get(DEFAULT), sql, params, writes=True)]


def as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def as_optional_date(value: Any) -> date | None:
    return as_date(value) if value is not None else None


def as_datetime(value: Any) -> datetime:
    """A timestamp as the ORM reads it: aware (PostgreSQL's driver gives it so; SQLite
    keeps the text Tortoise wrote, with its offset), in UTC."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def as_optional_datetime(value: Any) -> datetime | None:
    return as_datetime(value) if value is not None else None


def as_int(value: Any) -> int:
    return exact_int(value) if value is not None else 0


def placeholders(count: int) -> str:
    return ", ".join("?" * count) if count else "NULL"


def one_of(column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
    """SQL saying ``column`` is one of ``values``, and its parameters, for lists of ids of
    any length (a page's rows). PostgreSQL: ``= ANY(?)`` with one array parameter, the same
    statement text for every length, so one prepared statement and a plan that is not
    rebuilt for each list (a page of 100 customers' balances: 0.5 ms instead of 1.1 with
    100 parameters). SQLite has no arrays: an ``IN`` list there."""
    if _postgres():  # the connection reads run on (the primary and replicas are alike)
        return f"{column} = ANY(?)", [list(values)]
    return f"{column} IN ({placeholders(len(values))})", list(values)


async def shift_guarded(
    table: str, column: str, upper: str, deltas: Sequence[tuple[int, int]]
) -> set[int]:
    """Add ``delta`` to ``column`` of each row ``(id, delta)`` in one statement, only where
    the result stays between 0 and the row's ``upper`` column; returns the ids changed.

    An id missing from the answer failed the guard: the caller must fail its transaction,
    which undoes the others. The ids come from RETURNING, not from a count of changes:
    on SQLite a count would include what triggers wrote (``models.balances``)."""
    if not deltas:
        return set()
    if len({row_id for row_id, _ in deltas}) != len(deltas):
        raise ValueError("a row is named twice")
    # In id order: two statements over the same rows then lock them in one order.
    deltas = sorted(deltas)
    guard = f"{table}.{column} + v.delta BETWEEN 0 AND {table}.{upper}"
    # Table and columns are the callers' constants; the values are bound.
    change = f"UPDATE {table} SET {column} = {table}.{column} + v.delta"  # noqa: S608
    if writes_to_postgres():
        rows = await write(
            f"{change} FROM unnest(CAST(? AS BIGINT[]), CAST(? AS BIGINT[])) AS v(id, delta)"
            f" WHERE {table}.id = v.id AND {guard} RETURNING {table}.id",
            [[int(i) for i, _ in deltas], [int(d) for _, d in deltas]],
        )
    else:
        rows = await write(
            "WITH v(id, delta) AS (SELECT json_extract(value, '$[0]'),"  # noqa: S608
            f" json_extract(value, '$[1]') FROM json_each(?)) {change} FROM v"
            f" WHERE {table}.id = v.id AND {guard} RETURNING {table}.id",
            [json.dumps([[int(i), int(d)] for i, d in deltas])],
        )
    return {as_int(row["id"]) for row in rows}
