"""Read a database's schema back (tables, columns, keys, indexes, checks) to compare two."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

import asyncpg


@dataclass
class SchemaSnapshot:
    """Everything the models decide about a database, plus what only migrations add."""

    structure: dict[str, Any] = field(default_factory=dict)
    check_constraints: set[str] = field(default_factory=set)
    triggers: set[str] = field(default_factory=set)
    indexes: set[str] = field(default_factory=set)


def _sqlite_path(url: str) -> str:
    return url.removeprefix("sqlite://")


def snapshot_sqlite(url: str) -> SchemaSnapshot:
    snap = SchemaSnapshot()
    with sqlite3.connect(_sqlite_path(url)) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for table in tables:
            # Column order is not part of the contract (Tortoise orders relations by a set).
            columns = sorted(
                tuple(row[1:]) for row in conn.execute(f'PRAGMA table_info("{table}")')
            )
            foreign_keys = sorted(
                tuple(row[2:]) for row in conn.execute(f'PRAGMA foreign_key_list("{table}")')
            )
            indexes: dict[str, Any] = {}
            automatic = []
            for _, name, unique, origin, _partial in conn.execute(f'PRAGMA index_list("{table}")'):
                cols = [r[2] for r in conn.execute(f'PRAGMA index_info("{name}")')]
                snap.indexes.add(name)
                if name.startswith("sqlite_autoindex_"):
                    # Numbered in column order, so compare them by what they cover.
                    automatic.append((unique, origin, cols))
                else:
                    indexes[name] = (unique, origin, cols)
            indexes["(automatic)"] = sorted(automatic)
            snap.structure[table] = {
                "columns": columns,
                "foreign_keys": foreign_keys,
                "indexes": indexes,
            }
        snap.triggers = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
    return snap


async def snapshot_postgres(url: str) -> SchemaSnapshot:
    snap = SchemaSnapshot()
    conn = await asyncpg.connect("postgresql://" + url.split("://", 1)[1])
    try:
        columns = await conn.fetch(
            "SELECT table_name, column_name, data_type, is_nullable, character_maximum_length,"
            " column_default, ordinal_position FROM information_schema.columns"
            " WHERE table_schema = 'public' ORDER BY table_name, ordinal_position"
        )
        for row in columns:
            table = snap.structure.setdefault(
                row["table_name"], {"columns": [], "indexes": {}, "constraints": {}}
            )
            table["columns"].append(tuple(row)[1:-1])
        constraints = await conn.fetch(
            "SELECT rel.relname AS table_name, con.conname, con.contype,"
            " pg_get_constraintdef(con.oid) AS definition"
            " FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid"
            " JOIN pg_namespace ns ON ns.oid = rel.relnamespace WHERE ns.nspname = 'public'"
        )
        for structure in snap.structure.values():
            # Column order is not part of the contract (Tortoise orders relations by a set).
            structure["columns"].sort()
        for row in constraints:
            if row["contype"] in (b"c", "c"):
                snap.check_constraints.add(row["conname"])
            else:
                snap.structure[row["table_name"]]["constraints"][row["conname"]] = (
                    row["contype"],
                    row["definition"],
                )
        for row in await conn.fetch(
            "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
        ):
            snap.structure[row["tablename"]]["indexes"][row["indexname"]] = row["indexdef"]
            snap.indexes.add(row["indexname"])
        for row in await conn.fetch(
            "SELECT c.relname, obj_description(c.oid, 'pg_class') AS comment"
            " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = 'public' AND c.relkind = 'r'"
        ):
            snap.structure[row["relname"]]["comment"] = row["comment"]
    finally:
        await conn.close()
    return snap


async def snapshot(url: str) -> SchemaSnapshot:
    return snapshot_sqlite(url) if url.startswith("sqlite://") else await snapshot_postgres(url)
