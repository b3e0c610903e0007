"""Database rules that Tortoise cannot express in a field.

Models list them in ``Meta.constraints``; the migrations create them (CHECK constraints on
PostgreSQL, equivalent triggers on SQLite, which cannot add a CHECK to an existing table),
and a test proves the migrated database holds exactly these.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.migrations.constraints import CheckConstraint

__all__ = ["CheckConstraint", "RowGuard", "UniqueExpressionIndex"]


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
