"""Schema migrations with aerich, one migration set per SQL dialect.

aerich writes SQL for the dialect it was generated against, so ``migrations/sqlite`` and
``migrations/postgres`` are kept side by side and generated together (``makemigrations``).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import asyncpg
from aerich import Command
from aerich.migrate import Migrate
from aerich.utils import get_models_describe
from tortoise import Tortoise
from tortoise.models import Model

import models
from app.db import MODELS_APP, asyncpg_dsn, ensure_sqlite_folder, tortoise_config
from app.services.totals import fill_totals_sql
from app.services.users import ensure_builtin_roles
from app.settings import Settings
from models.constraints import (
    CheckConstraint,
    MaintainedTotals,
    RowGuard,
    TotalSource,
    UniqueExpressionIndex,
)

Dialect = Literal["sqlite", "postgres"]
DIALECTS: tuple[Dialect, ...] = ("sqlite", "postgres")

# Offline generation never connects; the URL only tells Tortoise which SQL dialect to write.
_OFFLINE_URLS: dict[Dialect, str] = {
    "sqlite": "sqlite://:memory:",
    "postgres": "postgres://offline@127.0.0.1:1/offline",
}


def migrations_location(settings: Settings, dialect: Dialect) -> Path:
    return settings.migrations_dir / dialect


def _command(database_url: str, location: Path) -> Command:
    return Command(
        tortoise_config=tortoise_config(database_url), app=MODELS_APP, location=str(location)
    )


# pg_advisory_lock key: one migrating process at a time, e.g. replicas starting together.
_MIGRATION_LOCK_KEY = 0x52_46_4E_44_4D_49_47  # "RFNDMIG"


@asynccontextmanager
async def _one_migrator(settings: Settings) -> AsyncIterator[None]:
    if settings.dialect != "postgres":
        yield  # SQLite serialises writers itself
        return
    session = await asyncpg.connect(asyncpg_dsn(settings.database_url))
    try:
        await session.execute("SELECT pg_advisory_lock($1)", _MIGRATION_LOCK_KEY)
        yield
    finally:
        await session.close()  # ending the session releases the lock


async def upgrade(settings: Settings) -> list[str]:
    """Apply every migration the database has not seen yet, each in its own transaction,
    then install the reference data (built-in roles)."""
    ensure_sqlite_folder(settings.database_url)
    command = _command(settings.database_url, migrations_location(settings, settings.dialect))
    async with _one_migrator(settings):
        try:
            await command.init()
            applied = await command.upgrade(run_in_transaction=True)
            await ensure_builtin_roles()
            return applied
        finally:
            await Tortoise.close_connections()


async def unapplied(settings: Settings) -> list[str]:
    """Migration files the database has not applied."""
    command = _command(settings.database_url, migrations_location(settings, settings.dialect))
    try:
        await command.init()
        return await command.heads()
    finally:
        await Tortoise.close_connections()


async def pending_model_changes(
    settings: Settings, dialect: Dialect, *, online: bool
) -> str | None:
    """What no migration holds yet: the SQL aerich would generate for model changes and the
    declared constraints no migration creates; None when the migrations are in step.

    Online, the last state comes from the database's aerich table (so the database must be
    migrated); offline, from the newest migration file. Generation runs on a copy of the
    migration folder, so nothing in the repository changes.
    """
    source = migrations_location(settings, dialect)
    database_url = settings.database_url if online else _OFFLINE_URLS[dialect]
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / dialect
        shutil.copytree(source, copy)
        command = _command(database_url, copy)
        try:
            await command.init(offline=not online)
            generated = await command.migrate("pending", no_input=True, offline=not online)
            missing = _constraints_missing_from(source / MODELS_APP, dialect)
        finally:
            await Tortoise.close_connections()
        pending = []
        if generated:
            pending.append((copy / MODELS_APP / generated).read_text(encoding="utf-8"))
        if missing:
            pending.append(
                "Constraints no migration creates as declared: "
                + ", ".join(ddl.name for ddl in missing)
            )
        return "\n".join(pending) or None


async def make_migration(
    settings: Settings, dialect: Dialect, name: str, *, empty: bool = False
) -> list[str]:
    """Write the next migrations for one dialect (offline): the model changes aerich sees,
    then the declared constraints (``Meta.constraints``) no migration creates yet."""
    location = migrations_location(settings, dialect)
    folder = location / MODELS_APP
    command = _command(_OFFLINE_URLS[dialect], location)
    written = []
    try:
        if not any(folder.glob("*.py")):
            await command.init_migrations(safe=False)
            written.append("initial")
        else:
            await command.init(offline=True)
            generated = await command.migrate(name, empty=empty, no_input=True, offline=True)
            if generated:
                if dialect == "sqlite":
                    path = folder / generated
                    path.write_text(
                        sqlite_compatible(path.read_text(encoding="utf-8")), encoding="utf-8"
                    )
                written.append(generated)
        missing = _constraints_missing_from(folder, dialect)
        if missing:
            upgrade_sql, downgrade_sql = _constraint_migration_sql(folder, missing)
            version = await Migrate.generate_version("constraints", offline=True)
            text = Migrate.build_migration_file_text(
                upgrade_sql=upgrade_sql,
                downgrade_sql=downgrade_sql,
                models_state=get_models_describe(MODELS_APP),
            )
            (folder / version).write_text(text, encoding="utf-8")
            written.append(version)
    finally:
        await Tortoise.close_connections()
    return written


_ADD_COLUMN_THEN_FOREIGN_KEY = re.compile(
    r'ALTER TABLE "(?P<table>\w+)" ADD "(?P<column>\w+)" (?P<type>[^;]+);\s*'
    r'ALTER TABLE "(?P=table)" ADD CONSTRAINT "\w+" FOREIGN KEY \("(?P=column)"\) '
    r"(?P<references>REFERENCES [^;]+);"
)
_DROP_FOREIGN_KEY = re.compile(
    r'\s*ALTER TABLE "\w+" DROP (?:CONSTRAINT IF EXISTS|FOREIGN KEY) "fk_\w+";'
)


def sqlite_compatible(migration: str) -> str:
    """aerich writes ALTER TABLE ... ADD CONSTRAINT for new foreign keys, which SQLite does
    not have; SQLite takes the reference on the added column instead."""
    migration = _ADD_COLUMN_THEN_FOREIGN_KEY.sub(
        lambda m: f'ALTER TABLE "{m["table"]}" ADD "{m["column"]}" {m["type"]} {m["references"]};',
        migration,
    )
    return _DROP_FOREIGN_KEY.sub("", migration)


Constraint = CheckConstraint | UniqueExpressionIndex | RowGuard | MaintainedTotals


@dataclass(frozen=True, slots=True)
class ConstraintDDL:
    """The SQL that creates and drops one declared constraint in one dialect."""

    name: str
    create: tuple[str, ...]
    drop: tuple[str, ...]


def declared_constraints() -> list[tuple[type[Model], Constraint]]:
    """Every ``Meta.constraints`` entry of the models, read from the classes."""
    return [
        (model, constraint)
        for model in (getattr(models, name) for name in models.__all__)
        for constraint in model._meta.constraints
        if isinstance(
            constraint, CheckConstraint | UniqueExpressionIndex | RowGuard | MaintainedTotals
        )
    ]


def _columns(model: type[Model]) -> list[str]:
    meta = model._meta
    relations = [f"{name}_id" for name in (*meta.fk_fields, *meta.o2o_fields)]
    return [*meta.fields_db_projection.values(), *relations]


def _on_new_row(model: type[Model], check: str) -> str:
    """Qualify the table's columns in ``check`` with NEW. for a SQLite trigger."""
    columns = sorted(_columns(model), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.'])(" + "|".join(map(re.escape, columns)) + r")\b(?!')")
    return pattern.sub(lambda m: f"NEW.{m.group(1)}", check)


def constraint_ddl(dialect: Dialect, model: type[Model], constraint: Constraint) -> ConstraintDDL:
    """CHECKs on PostgreSQL; on SQLite, which cannot add a CHECK to an existing table,
    BEFORE INSERT and UPDATE triggers that abort with the constraint's name."""
    table = model._meta.db_table
    name = constraint.name
    if isinstance(constraint, UniqueExpressionIndex):
        columns = ", ".join(f"({expression})" for expression in constraint.expressions)
        return ConstraintDDL(
            name,
            (f'CREATE UNIQUE INDEX "{name}" ON "{table}" ({columns})',),
            (f'DROP INDEX IF EXISTS "{name}"',),
        )
    if isinstance(constraint, RowGuard):
        return _row_guard_ddl(dialect, table, constraint)
    if isinstance(constraint, MaintainedTotals):
        return _totals_ddl(dialect, table, constraint)
    if dialect == "postgres":
        return ConstraintDDL(
            name,
            (f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" CHECK ({constraint.check})',),
            (f'ALTER TABLE "{table}" DROP CONSTRAINT IF EXISTS "{name}"',),
        )
    condition = _on_new_row(model, constraint.check)
    triggers = [f"{name}__{event}" for event in ("insert", "update")]
    return ConstraintDDL(
        name,
        tuple(
            f'CREATE TRIGGER "{trigger}" BEFORE {event.upper()} ON "{table}" '
            f"WHEN NOT ({condition}) BEGIN "
            f"SELECT RAISE(ABORT, 'CHECK constraint failed: {name}'); END"
            for trigger, event in zip(triggers, ("insert", "update"), strict=True)
        ),
        tuple(f'DROP TRIGGER IF EXISTS "{trigger}"' for trigger in triggers),
    )


def _row_guard_ddl(dialect: Dialect, table: str, guard: RowGuard) -> ConstraintDDL:
    """A BEFORE trigger refusing the change; on PostgreSQL with a check_violation, so both
    dialects surface it as an integrity error."""
    name = guard.name
    if dialect == "sqlite":
        return ConstraintDDL(
            name,
            (
                f'CREATE TRIGGER "{name}" BEFORE {guard.event} ON "{table}" '
                f"WHEN {guard.condition} BEGIN "
                f"SELECT RAISE(ABORT, '{name}: {guard.message}'); END",
            ),
            (f'DROP TRIGGER IF EXISTS "{name}"',),
        )
    return ConstraintDDL(
        name,
        (
            f'CREATE FUNCTION "{name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN '
            f"IF {guard.condition} THEN RAISE EXCEPTION '{name}: {guard.message}' "
            "USING ERRCODE = 'check_violation'; END IF; RETURN COALESCE(NEW, OLD); END $$",
            f'CREATE TRIGGER "{name}" BEFORE {guard.event} ON "{table}" FOR EACH ROW '
            f'EXECUTE FUNCTION "{name}"()',
        ),
        (f'DROP TRIGGER IF EXISTS "{name}" ON "{table}"', f'DROP FUNCTION IF EXISTS "{name}"()'),
    )


def _totals_change(table: str, totals: MaintainedTotals, source: TotalSource, row: str) -> str:
    """The statement a trigger runs: ``row``'s amount added (NEW) or taken away (OLD)."""
    values = [value.format(row=row) for value in source.values]
    values[-1] = f"{'-' if row == 'OLD' else ''}({values[-1]})"
    where = source.where.format(row=row)
    origin = ""
    if source.join is not None:
        origin = f" FROM {source.join[0]}"
        where = f"{source.join[1].format(row=row)} AND {where}"
    amount = totals.columns[-1]
    conflict = ", ".join(f"({expression})" for expression in totals.conflict)
    return (
        f'INSERT INTO "{table}" ({", ".join(totals.columns)}) SELECT {", ".join(values)}'
        f"{origin} WHERE {where} ON CONFLICT ({conflict}) DO UPDATE SET"
        f' {amount} = "{table}".{amount} + excluded.{amount}'
    )


def _totals_upsert(
    table: str,
    totals: MaintainedTotals,
    source: TotalSource,
    relations: tuple[str, ...],
    *,
    skip_zero: bool,
) -> str:
    """What a statement trigger runs: the new rows' amounts added and the old rows' taken
    away, summed per key (``relations``: the transition tables, new_rows and old_rows)."""
    keys = totals.columns[:-1]
    amount = totals.columns[-1]
    parts = []
    for relation in relations:
        values = [value.format(row="r") for value in source.values]
        values[-1] = f"{'-' if relation == 'old_rows' else ''}({values[-1]})"
        where = source.where.format(row="r")
        origin = relation + " r"
        if source.join is not None:
            origin += f", {source.join[0]}"
            where = f"{source.join[1].format(row='r')} AND {where}"
        named = ", ".join(
            f"{value} AS {column}" for value, column in zip(values, totals.columns, strict=True)
        )
        # Every name and fragment is declared in the models: nothing comes from input.
        parts.append(f"SELECT {named} FROM {origin} WHERE {where}")  # noqa: S608
    grouped = ", ".join(keys)
    having = f" HAVING SUM({amount}) <> 0" if skip_zero else ""
    conflict = ", ".join(f"({expression})" for expression in totals.conflict)
    return (
        f'INSERT INTO "{table}" ({", ".join(totals.columns)}) SELECT {grouped}, SUM({amount})'  # noqa: S608
        f" FROM ({' UNION ALL '.join(parts)}) s GROUP BY {grouped}{having} ORDER BY {grouped}"
        f" ON CONFLICT ({conflict}) DO UPDATE SET"
        f' {amount} = "{table}".{amount} + excluded.{amount}'
    )


def _totals_ddl(dialect: Dialect, table: str, totals: MaintainedTotals) -> ConstraintDDL:
    """AFTER INSERT, UPDATE and DELETE triggers on every source (SQLite: per row, an update
    only when a watched column changed; PostgreSQL: per statement), then the table filled
    afresh from the sources' rows (a migration runs it in one transaction, the triggers'
    locks holding writers off until it commits)."""
    create: list[str] = []
    drop: list[str] = []
    for source in totals.sources:
        name = f"{totals.name}__{source.label or source.table}"
        if dialect == "sqlite":
            add = _totals_change(table, totals, source, "NEW")
            remove = _totals_change(table, totals, source, "OLD")
            changed = " OR ".join(f"OLD.{column} IS NOT NEW.{column}" for column in source.watch)
            triggers = {
                f"{name}__insert": f'AFTER INSERT ON "{source.table}" BEGIN {add}; END',
                f"{name}__update": (
                    f'AFTER UPDATE ON "{source.table}" WHEN {changed} BEGIN {remove}; {add}; END'
                ),
                f"{name}__delete": f'AFTER DELETE ON "{source.table}" BEGIN {remove}; END',
            }
            create += [f'CREATE TRIGGER "{trigger}" {body}' for trigger, body in triggers.items()]
            drop += [f'DROP TRIGGER IF EXISTS "{trigger}"' for trigger in triggers]
            continue
        # PostgreSQL: statement triggers over the transition tables, so a statement that
        # changes 50 credits (a post) or inserts 10,000 documents (an import) makes one
        # upsert per key, in key order (two such statements lock rows in one order).
        statements = {
            "INSERT": _totals_upsert(table, totals, source, ("new_rows",), skip_zero=False),
            "DELETE": _totals_upsert(table, totals, source, ("old_rows",), skip_zero=True),
            "UPDATE": _totals_upsert(
                table, totals, source, ("new_rows", "old_rows"), skip_zero=True
            ),
        }
        create.append(
            f'CREATE FUNCTION "{name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN '
            f"IF TG_OP = 'INSERT' THEN {statements['INSERT']}; "
            f"ELSIF TG_OP = 'DELETE' THEN {statements['DELETE']}; "
            f"ELSE {statements['UPDATE']}; END IF; RETURN NULL; END $$"
        )
        transition = {
            "INSERT": "NEW TABLE AS new_rows",
            "UPDATE": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
            "DELETE": "OLD TABLE AS old_rows",
        }
        for event, tables in transition.items():
            create.append(
                f'CREATE TRIGGER "{name}__{event.lower()}" AFTER {event} ON "{source.table}" '
                f'REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION "{name}"()'
            )
        drop += [
            *(
                f'DROP TRIGGER IF EXISTS "{name}__{event.lower()}" ON "{source.table}"'
                for event in transition
            ),
            # The row triggers of the first version of this declaration.
            f'DROP TRIGGER IF EXISTS "{name}" ON "{source.table}"',
            f'DROP FUNCTION IF EXISTS "{name}"()',
        ]
    create += fill_totals_sql(table, totals)
    return ConstraintDDL(totals.name, tuple(create), tuple(drop))


def declared_constraint_ddl(dialect: Dialect) -> list[ConstraintDDL]:
    return [constraint_ddl(dialect, model, c) for model, c in declared_constraints()]


def _constraints_missing_from(folder: Path, dialect: Dialect) -> list[ConstraintDDL]:
    """Declared constraints whose exact current DDL no migration file holds."""
    written = "\n".join(path.read_text(encoding="utf-8") for path in folder.glob("*.py"))
    return [
        ddl
        for ddl in declared_constraint_ddl(dialect)
        if not all(statement in written for statement in ddl.create)
    ]


def _constraint_migration_sql(folder: Path, missing: list[ConstraintDDL]) -> tuple[str, str]:
    """Upgrade and downgrade SQL: a changed constraint is dropped before it is re-created."""
    written = "\n".join(path.read_text(encoding="utf-8") for path in folder.glob("*.py"))
    up: list[str] = []
    down: list[str] = []
    for ddl in missing:
        if f'"{ddl.name}' in written:
            up.extend(ddl.drop)
        up.extend(ddl.create)
        down.extend(ddl.drop)
    return ";\n".join(up) + ";", ";\n".join(reversed(down)) + ";"
