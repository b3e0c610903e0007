"""Database rules that Tortoise cannot express in a field.

Models list them in ``Meta.constraints``; the migrations create them (CHECK constraints on
PostgreSQL, equivalent triggers on SQLite, which cannot add a CHECK to an existing table),
and a test proves the migrated database holds exactly these.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.migrations.constraints import CheckConstraint

__all__ = [
    "CheckConstraint",
    "MaintainedTotals",
    "RowGuard",
    "TotalSource",
    "UniqueExpressionIndex",
]


@dataclass(frozen=True)
class UniqueExpressionIndex:
    """A unique index over SQL expressions, e.g. ``COALESCE(entity_id, 0)`` so that NULL (the
    top level) counts as one value; plain unique constraints let NULLs repeat."""

    name: str
    expressions: tuple[str, ...]


def unique_per_scope(table: str, *columns: str) -> UniqueExpressionIndex:
    """Unique within the entity, the top level (entity NULL) counting as one scope."""
    return UniqueExpressionIndex(
        name=f"uq_{table}_{'_'.join(columns) or 'scope'}",
        expressions=("COALESCE(entity_id, 0)", *columns),
    )


@dataclass(frozen=True)
class RowGuard:
    """Refuse one kind of row change when ``condition`` holds (OLD./NEW. name the row):
    what the database must never let happen, whatever the code above it does.
    A trigger on both dialects; the error is a check violation naming the guard."""

    name: str
    event: str  # INSERT, UPDATE or DELETE
    condition: str
    message: str


@dataclass(frozen=True)
class TotalSource:
    """Rows of ``table`` that add to a maintained total. SQL fragments name the row as
    ``{row}`` (OLD or NEW in a trigger, the table's alias when rebuilding).

    ``values``: per column of the total's table (its keys, then its amount), what the row
    gives. ``where``: which rows count. ``join``: another table the values read, as
    ``(table and alias, condition)``, e.g. the journal entry of a line."""

    table: str
    values: tuple[str, ...]
    # The columns whose change moves the total: an update touching none of them (a memo,
    # a clearing date) fires nothing.
    watch: tuple[str, ...]
    where: str = "1 = 1"
    join: tuple[str, str] | None = None
    # Names its triggers when one table is the source of several kinds of rows.
    label: str = ""


@dataclass(frozen=True)
class MaintainedTotals:
    """A table of sums kept by the database itself: one row per key (``conflict``, the
    table's unique index), its last column the sum of what ``sources`` give. AFTER
    triggers on each source table add a new row's amount and take an old one's away, in
    the writing transaction, whatever code writes; a migration creating them fills the
    table from the rows already there. The same declaration gives the statement that
    recomputes the sums, which the integrity check compares with the table."""

    name: str
    columns: tuple[str, ...]  # the keys, then the amount
    conflict: tuple[str, ...]  # the unique index's expressions, for ON CONFLICT
    sources: tuple[TotalSource, ...]
