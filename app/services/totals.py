"""The totals the database maintains itself (``MaintainedTotals`` in ``models.balances``):
the statement that recomputes them from their sources, the check that the tables hold
exactly that, and a rebuild for data loaded with the triggers off."""

from __future__ import annotations

from typing import Any

import models
from app.services.sql import as_int, fetch, write
from models.constraints import MaintainedTotals


def declared_totals() -> list[tuple[str, MaintainedTotals]]:
    """Every maintained table and its declaration."""
    return [
        (model._meta.db_table, constraint)
        for model in (getattr(models, name) for name in models.__all__)
        for constraint in model._meta.constraints
        if isinstance(constraint, MaintainedTotals)
    ]


def recomputed_totals_sql(totals: MaintainedTotals) -> str:
    """What the maintained table should hold, computed from its sources: one row per key
    with its sum (rows summing to zero included)."""
    keys = ", ".join(totals.columns[:-1])
    amount = totals.columns[-1]
    parts = []
    for source in totals.sources:
        values = ", ".join(
            f"{value.format(row='r')} AS {column}"
            for value, column in zip(source.values, totals.columns, strict=True)
        )
        where = source.where.format(row="r")
        join = ""
        if source.join is not None:  # a list item, its condition in WHERE: as the triggers
            join = f", {source.join[0]}"
            where = f"{source.join[1].format(row='r')} AND {where}"
        # Every name and fragment is declared in the models: nothing comes from input.
        parts.append(f"SELECT {values} FROM {source.table} r{join} WHERE {where}")  # noqa: S608
    union = " UNION ALL ".join(parts)
    return f"SELECT {keys}, SUM({amount}) AS {amount} FROM ({union}) s GROUP BY {keys}"  # noqa: S608


def fill_totals_sql(table: str, totals: MaintainedTotals) -> tuple[str, str]:
    """The two statements that fill a maintained table afresh from its sources: what the
    migration creating its triggers runs, and what a load with the triggers off needs."""
    columns = ", ".join(totals.columns)
    return (
        f'DELETE FROM "{table}"',  # noqa: S608 - declared in the models
        f'INSERT INTO "{table}" ({columns}) {recomputed_totals_sql(totals)}',
    )


def _by_key(totals: MaintainedTotals, rows: list[dict[str, Any]]) -> dict[tuple[Any, ...], int]:
    """Rows as {key: amount}, zero amounts left out (a key whose sources cancel out)."""
    amount = totals.columns[-1]
    found: dict[tuple[Any, ...], int] = {}
    for row in rows:
        key = tuple(row[column] for column in totals.columns[:-1])
        value = as_int(row[amount])
        if value:
            found[key] = found.get(key, 0) + value
    return found


async def totals_problems() -> list[str]:
    """Where a maintained table differs from its sources (for the integrity check)."""
    problems = []
    for table, totals in declared_totals():
        columns = ", ".join(totals.columns)
        held = _by_key(totals, await fetch(f"SELECT {columns} FROM {table}"))  # noqa: S608
        expected = _by_key(totals, await fetch(recomputed_totals_sql(totals)))
        for key in sorted(set(held) | set(expected), key=str):
            if held.get(key, 0) != expected.get(key, 0):
                named = ", ".join(
                    f"{column} {value}" for column, value in zip(totals.columns, key, strict=False)
                )
                problems.append(
                    f"{table} ({named}) holds {held.get(key, 0)}, "
                    f"but its sources add up to {expected.get(key, 0)}"
                )
    return problems


async def rebuild_totals() -> None:
    """Fill every maintained table afresh from its sources, in the running transaction if
    there is one: after loading data with the triggers disabled."""
    for table, totals in declared_totals():
        for statement in fill_totals_sql(table, totals):
            await write(statement)
