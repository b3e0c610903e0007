"""Database rules that Tortoise cannot express in a field.

Models list them in ``Meta.constraints``; the migrations create them (CHECK constraints on
PostgreSQL, equivalent triggers on SQLite, which cannot add a CHECK to an existing table),
and a test proves the migrated database holds exactly these.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.migrations.constraints import CheckConstraint

__all__ = ["CheckConstraint", "UniqueExpressionIndex"]


@dataclass(frozen=True)
class UniqueExpressionIndex:
    """A unique index over an SQL expression, e.g. to treat NULL as one value."""

    name: str
    expression: str
