"""Read a database's schema back (tables, columns, keys, indexes, checks, triggers) so that
two databases can be compared: the migrated one and the one the models describe."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

import asyncpg

from app.db import asyncpg_dsn

Snapshot = dict[str, Any]

# CREATE UNIQUE INDEX ... USING btree (a, b): plain columns, no expression.
_PLAIN_UNIQUE_INDEX = re.compile(r"CREATE UNIQUE INDEX \S+ ON \S+ USING btree \(([\w, ]+)\)$")


def _columns_of(definition: str) -> tuple[str, ...]:
    inside = definition[definition.index("(") + 1 : definition.rindex(")")]
    return tuple(column.strip().strip('"') for column in inside.split(","))


def _sqlite_path(url: str) -> str:
    return url.removeprefix("sqlite://")


def _squash(sql: str | None) -> str | None:
    return " ".join(sql.split()) if sql else sql


def snapshot_sqlite(url: str) -> Snapshot:
    snap: Snapshot = {}
    with sqlite3.connect(_sqlite_path(url)) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        index_sql = dict(
            conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'").fetchall()
        )
        for table in tables:
            # Column order is not part of the contract (Tortoise orders relations by a set).
            columns = sorted(
                tuple(row[1:]) for row in conn.execute(f'PRAGMA table_info("{table}")')
            )
            foreign_keys = sorted(
                tuple(row[2:]) for row in conn.execute(f'PRAGMA foreign_key_list("{table}")')
            )
            named: dict[str, Any] = {}
            unique_columns = []
            for _, name, unique, origin, _partial in conn.execute(f'PRAGMA index_list("{table}")'):
                cols = [r[2] for r in conn.execute(f'PRAGMA index_info("{name}")')]
                if unique and None not in cols:
                    # A UNIQUE in the table and a unique index added later (SQLite cannot add
                    # a constraint) enforce the same rule: compare the columns only.
                    unique_columns.append(tuple(cols))
                else:
                    # Expression indexes have no column names; their SQL says what they cover.
                    sql = _squash(index_sql.get(name)) if None in cols else None
                    named[name] = (unique, origin, cols, sql)
            snap[table] = {
                "columns": columns,
                "foreign_keys": foreign_keys,
                "indexes": named,
                "unique": sorted(unique_columns),
            }
        snap["(triggers)"] = {
            name: (table, _squash(sql))
            for name, table, sql in conn.execute(
                "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
            )
        }
    return snap


async def snapshot_postgres(url: str) -> Snapshot:
    conn = await asyncpg.connect(asyncpg_dsn(url))
    try:
        snap = await _pg_columns(conn)
        await _pg_constraints(conn, snap)
        await _pg_indexes(conn, snap)
        await _pg_triggers_functions_comments(conn, snap)
    finally:
        await conn.close()
    return snap


async def _pg_columns(conn: asyncpg.Connection) -> Snapshot:
    snap: Snapshot = {}
    for row in await conn.fetch(
        "SELECT table_name, column_name, data_type, is_nullable, character_maximum_length,"
        " column_default FROM information_schema.columns WHERE table_schema = 'public'"
    ):
        table = snap.setdefault(
            row["table_name"],
            {"columns": [], "indexes": {}, "constraints": {}, "foreign_keys": []},
        )
        table["columns"].append(tuple(row)[1:])
    for table in snap.values():
        table["columns"].sort()
    return snap


async def _pg_constraints(conn: asyncpg.Connection, snap: Snapshot) -> None:
    for row in await conn.fetch(
        "SELECT rel.relname AS table_name, con.conname, con.contype,"
        " pg_get_constraintdef(con.oid) AS definition"
        " FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid"
        " JOIN pg_namespace ns ON ns.oid = rel.relnamespace WHERE ns.nspname = 'public'"
    ):
        kind = row["contype"]
        kind = kind.decode() if isinstance(kind, bytes) else kind
        table = snap[row["table_name"]]
        if kind == "f":
            # aerich and Tortoise name foreign keys differently; what they say matters.
            table["foreign_keys"].append(row["definition"])
        elif kind == "u":
            # A unique constraint and a unique index enforce the same rule: compare the
            # columns only (with the unique indexes, below).
            table.setdefault("unique", set()).add(_columns_of(row["definition"]))
            table.setdefault("(unique constraint names)", set()).add(row["conname"])
        else:
            table["constraints"][row["conname"]] = (kind, row["definition"])
    for table in snap.values():
        table["foreign_keys"].sort()


async def _pg_indexes(conn: asyncpg.Connection, snap: Snapshot) -> None:
    for row in await conn.fetch(
        "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
    ):
        table = snap[row["tablename"]]
        if row["indexname"] in table.get("(unique constraint names)", set()):
            continue  # the index behind a unique constraint, already compared
        plain = _PLAIN_UNIQUE_INDEX.match(row["indexdef"])
        if plain:
            table.setdefault("unique", set()).add(_columns_of(f"({plain.group(1)})"))
        else:
            table["indexes"][row["indexname"]] = row["indexdef"]
    for table in snap.values():
        table["unique"] = sorted(table.get("unique", set()))
        table.pop("(unique constraint names)", None)


async def _pg_triggers_functions_comments(conn: asyncpg.Connection, snap: Snapshot) -> None:
    snap["(triggers)"] = {
        row["tgname"]: row["definition"]
        for row in await conn.fetch(
            "SELECT tgname, pg_get_triggerdef(oid) AS definition FROM pg_trigger"
            " WHERE NOT tgisinternal"
        )
    }
    snap["(functions)"] = {
        row["proname"]: row["prosrc"]
        for row in await conn.fetch(
            "SELECT p.proname, p.prosrc FROM pg_proc p"
            " JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'"
        )
    }
    for row in await conn.fetch(
        "SELECT c.relname, obj_description(c.oid, 'pg_class') AS comment"
        " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = 'public' AND c.relkind = 'r'"
    ):
        snap[row["relname"]]["comment"] = row["comment"]


async def snapshot(url: str) -> Snapshot:
    return snapshot_sqlite(url) if url.startswith("sqlite://") else await snapshot_postgres(url)
