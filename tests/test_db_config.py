"""Pool sizes, PgBouncer mode and the replica, from the settings to the driver."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from tortoise.context import TortoiseContext

from app.db import DatabaseTimeouts, PoolOptions, server_tortoise_config, tortoise_config
from app.settings import Settings
from tests.conftest import ScratchDatabases

PG = "postgres://app@db.example:5432/refunds"


def test_pool_sizes_and_pgbouncer_mode_reach_the_driver_options() -> None:
    settings = Settings(
        database_url=PG,
        database_pool_min=2,
        database_pool_max=9,
        database_replica_url="postgres://app@replica.example:5432/refunds",
    )
    config = server_tortoise_config(settings)
    primary = config["connections"]["default"]["credentials"]
    assert (primary["minsize"], primary["maxsize"]) == (2, 9)
    assert primary["server_settings"]["statement_timeout"] == "10000"
    assert "statement_cache_size" not in primary
    replica = config["connections"]["replica"]["credentials"]
    assert (replica["host"], replica["minsize"], replica["maxsize"]) == ("replica.example", 2, 9)
    assert config["routers"] == ["app.db_replica.ReadReplicaRouter"]

    bounced = server_tortoise_config(settings.model_copy(update={"database_pgbouncer": True}))
    for name in ("default", "replica"):
        credentials = bounced["connections"][name]["credentials"]
        # No prepared statement outlives its statement; no startup parameter PgBouncer
        # would refuse (the timeout is the server's).
        assert credentials["statement_cache_size"] == 0
        assert "statement_timeout" not in (credentials.get("server_settings") or {})
    # Without a replica: one connection, no router.
    alone = server_tortoise_config(Settings(database_url=PG))
    assert list(alone["connections"]) == ["default"]
    assert "routers" not in alone
    # A size in the URL wins over the settings.
    url_sized = tortoise_config(f"{PG}?maxsize=3", None, PoolOptions(max_size=9))
    assert int(url_sized["connections"]["default"]["credentials"]["maxsize"]) == 3


def test_settings_refuse_pools_upside_down_and_a_replica_of_sqlite() -> None:
    with pytest.raises(ValidationError, match="DATABASE_POOL_MIN"):
        Settings(database_url=PG, database_pool_min=6, database_pool_max=5)
    with pytest.raises(ValidationError, match="needs a PostgreSQL DATABASE_URL"):
        Settings(database_url="sqlite://x.sqlite3", database_replica_url=PG)
    with pytest.raises(ValidationError, match="DATABASE_REPLICA_URL"):
        Settings(database_url=PG, database_replica_url="mysql://x")


@pytest.mark.postgres_only
async def test_the_pool_opens_what_the_settings_say(scratch_databases: ScratchDatabases) -> None:
    url = await scratch_databases.create("pool")
    timeouts = DatabaseTimeouts(connect=5, acquire=5, statement=10)
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(url, timeouts, PoolOptions(min_size=3, max_size=4)))
        client = ctx.connections.get("default")
        await client.execute_query("SELECT 1")
        pool = client._pool
        assert (pool.get_min_size(), pool.get_max_size()) == (3, 4)
        assert pool.get_size() == 3  # the minimum is opened at once


def test_jit_is_off_for_the_service_unless_asked_for() -> None:
    default = server_tortoise_config(Settings(database_url=PG))
    assert default["connections"]["default"]["credentials"]["server_settings"]["jit"] == "off"
    on = server_tortoise_config(Settings(database_url=PG, database_jit=True))
    assert "jit" not in on["connections"]["default"]["credentials"]["server_settings"]
    # Behind PgBouncer nothing is sent at connect (the README says to set it on the role).
    bounced = server_tortoise_config(Settings(database_url=PG, database_pgbouncer=True))
    assert "jit" not in (
        bounced["connections"]["default"]["credentials"].get("server_settings") or {}
    )


@pytest.mark.postgres_only
@pytest.mark.parametrize(("jit", "expected"), [(False, "off"), (True, "on")])
async def test_the_services_sessions_run_with_the_jit_the_settings_say(
    scratch_databases: ScratchDatabases, jit: bool, expected: str
) -> None:
    url = await scratch_databases.create("jit")
    async with TortoiseContext() as ctx:
        await ctx.init(config=server_tortoise_config(Settings(database_url=url, database_jit=jit)))
        _, rows = await ctx.connections.get("default").execute_query("SHOW jit")
        assert rows[0]["jit"] == expected
