"""How the app talks to its database: the Tortoise configuration built from the settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tortoise import Tortoise, connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.fields.relational import ManyToManyFieldInstance

from app.settings import Settings

MODELS_APP = "models"
MODEL_MODULES = ["models", "aerich.models"]


def tortoise_config(database_url: str) -> dict[str, Any]:
    return {
        "connections": {"default": database_url},
        "apps": {MODELS_APP: {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


def asyncpg_dsn(database_url: str) -> str:
    """A Tortoise PostgreSQL URL as asyncpg takes it (Tortoise's own options removed)."""
    return "postgresql://" + database_url.split("://", 1)[1].split("?", 1)[0]


def ensure_sqlite_folder(database_url: str) -> None:
    """Create the folder of a SQLite file so a fresh clone needs nothing prepared."""
    if not database_url.startswith("sqlite://"):
        return
    path = database_url.removeprefix("sqlite://").split("?", 1)[0]
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)


async def init_orm(settings: Settings) -> None:
    """Start Tortoise outside the web app (CLI commands)."""
    ensure_sqlite_folder(settings.database_url)
    await Tortoise.init(config=tortoise_config(settings.database_url))


def connection() -> BaseDBAsyncClient:
    client: BaseDBAsyncClient = connections.get("default")
    return client


def model_tables() -> list[str]:
    """Every table the models own, the aerich bookkeeping table excluded."""
    tables: set[str] = set()
    for model in Tortoise.apps[MODELS_APP].values():
        if model.__module__.startswith("aerich"):
            continue
        tables.add(model._meta.db_table)
        tables.update(
            field.through
            for field in model._meta.fields_map.values()
            if isinstance(field, ManyToManyFieldInstance)
        )
    return sorted(tables)
