"""Scratch PostgreSQL databases for the benchmarks: made before a run, dropped after it."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import asyncpg

from app.db import asyncpg_dsn


def database_url(server_url: str, name: str) -> str:
    """``server_url`` with its database replaced by ``name``."""
    return urlunsplit(urlsplit(server_url)._replace(path=f"/{name}"))


async def reset_database(admin_url: str, name: str, *, create: bool) -> None:
    """Drop ``name`` (closing its connections), and create it again when ``create``."""
    admin = await asyncpg.connect(asyncpg_dsn(admin_url))
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if create:
            await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
