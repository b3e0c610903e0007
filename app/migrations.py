"""Schema migrations with aerich, one migration set per SQL dialect.

aerich writes SQL for the dialect it was generated against, so ``migrations/sqlite`` and
``migrations/postgres`` are kept side by side and generated together (``makemigrations``).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from typing import Literal

from aerich import Command
from aerich.migrate import Migrate
from aerich.utils import get_models_describe
from tortoise import Tortoise
from tortoise.models import Model

from app.db import MODELS_APP, ensure_sqlite_folder, tortoise_config
from app.settings import Settings
from models.constraints import CheckConstraint, UniqueExpressionIndex

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


async def upgrade(settings: Settings) -> list[str]:
    """Apply every migration the database has not seen yet, each in its own transaction."""
    ensure_sqlite_folder(settings.database_url)
    command = _command(settings.database_url, migrations_location(settings, settings.dialect))
    try:
        await command.init()
        return await command.upgrade(run_in_transaction=True)
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
            missing = _constraints_missing_from(source / MODELS_APP)
        finally:
            await Tortoise.close_connections()
        pending = []
        if generated:
            pending.append((copy / MODELS_APP / generated).read_text(encoding="utf-8"))
        if missing:
            pending.append(
                "Constraints no migration creates: "
                + ", ".join(constraint.name for _, constraint in missing)
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
                written.append(generated)
        missing = _constraints_missing_from(folder)
        if missing:
            upgrade_sql, downgrade_sql = render_constraints(dialect, missing)
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


Constraint = CheckConstraint | UniqueExpressionIndex


def declared_constraints() -> list[tuple[type[Model], Constraint]]:
    """Every ``Meta.constraints`` entry of the models (Tortoise must be initialised)."""
    return [
        (model, constraint)
        for model in Tortoise.apps[MODELS_APP].values()
        for constraint in model._meta.constraints
        if isinstance(constraint, CheckConstraint | UniqueExpressionIndex)
    ]


def _constraints_missing_from(folder: Path) -> list[tuple[type[Model], Constraint]]:
    written = "\n".join(path.read_text(encoding="utf-8") for path in folder.glob("*.py"))
    return [
        (model, constraint)
        for model, constraint in declared_constraints()
        if f'"{constraint.name}' not in written
    ]


def _on_new_row(model: type[Model], check: str) -> str:
    """Qualify the table's columns in ``check`` with NEW. for a SQLite trigger."""
    columns = sorted(model._meta.fields_db_projection.values(), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.'])(" + "|".join(map(re.escape, columns)) + r")\b(?!')")
    return pattern.sub(lambda m: f"NEW.{m.group(1)}", check)


def render_constraints(
    dialect: Dialect, constraints: list[tuple[type[Model], Constraint]]
) -> tuple[str, str]:
    """DDL creating and dropping the constraints: CHECKs on PostgreSQL; on SQLite, which
    cannot add a CHECK to an existing table, BEFORE INSERT/UPDATE triggers that abort."""
    up: list[str] = []
    down: list[str] = []
    for model, constraint in constraints:
        table = model._meta.db_table
        if isinstance(constraint, UniqueExpressionIndex):
            up.append(
                f'CREATE UNIQUE INDEX "{constraint.name}" ON "{table}" (({constraint.expression}))'
            )
            down.append(f'DROP INDEX IF EXISTS "{constraint.name}"')
        elif dialect == "postgres":
            up.append(
                f'ALTER TABLE "{table}" ADD CONSTRAINT "{constraint.name}" '
                f"CHECK ({constraint.check})"
            )
            down.append(f'ALTER TABLE "{table}" DROP CONSTRAINT IF EXISTS "{constraint.name}"')
        else:
            condition = _on_new_row(model, constraint.check)
            for event in ("INSERT", "UPDATE"):
                trigger = f"{constraint.name}__{event.lower()}"
                up.append(
                    f'CREATE TRIGGER "{trigger}" BEFORE {event} ON "{table}" '
                    f"WHEN NOT ({condition}) BEGIN "
                    f"SELECT RAISE(ABORT, 'CHECK constraint failed: {constraint.name}'); END"
                )
                down.append(f'DROP TRIGGER IF EXISTS "{trigger}"')
    return ";\n".join(up) + ";", ";\n".join(reversed(down)) + ";"
