"""The service through a real PgBouncer in transaction mode (``DATABASE_PGBOUNCER=true``).

In transaction mode each transaction (each statement outside one) may run on another
server connection, shared with other clients: a prepared statement kept between
transactions, or a session setting, would fail or leak. PgBouncer here has fewer server
connections than the app has clients, so they are shared.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from tortoise.context import TortoiseContext

from app.db import DatabaseTimeouts, PoolOptions, asyncpg_dsn, tortoise_config
from app.services import users
from models import ArCredit, Customer, Refund
from models.enums import RefundState
from tests.conftest import POSTGRES_URL, ScratchDatabases, run_cli
from tests.factories import advance, build_world, enable_refunds
from tests.pg_servers import Bouncer, Unavailable, pgbouncer
from tests.served import demo_database, served
from tests.test_refund_concurrency import _run_workers

pytestmark = pytest.mark.postgres_only


@pytest.fixture(scope="module")
def bouncer() -> Iterator[Bouncer]:
    try:
        with pgbouncer(POSTGRES_URL) as server:
            yield server
    except Unavailable as reason:
        pytest.skip(str(reason))


async def _gql(
    http: httpx.AsyncClient, token: str, query: str, variables: dict[str, Any] | None = None
) -> dict[str, Any]:
    response = await http.post(
        "/graphql",
        json={"query": query, "variables": variables or {}},
        headers={"Authorization": f"Bearer {token}", "X-Entity": "US01"},
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert "errors" not in body, body
    return body["data"]  # type: ignore[no-any-return]


REFUND = "refund { id number state version } errors { code field message }"


async def test_the_refund_workflow_through_pgbouncer(
    bouncer: Bouncer, scratch_databases: ScratchDatabases, tmp_path: Path
) -> None:
    primary_url = await scratch_databases.create("pgbouncer")
    # Migrations take a session advisory lock: they run against PostgreSQL itself.
    tokens = await demo_database(primary_url)
    # Behind PgBouncer the statement timeout is the server's (README: Deployment).
    database = primary_url.rsplit("/", 1)[1]
    connection = await asyncpg.connect(asyncpg_dsn(POSTGRES_URL))
    try:
        await connection.execute(f"ALTER DATABASE \"{database}\" SET statement_timeout = '7s'")
    finally:
        await connection.close()
    bounced_url = bouncer.endpoint.url(primary_url)
    admin = tokens["admin"]

    async with (
        served(
            bounced_url,
            tmp_path,
            database_pgbouncer="true",
            database_pool_max=6,
            serve_args=("--workers", "2"),
        ) as server,
        httpx.AsyncClient(base_url=server.base, timeout=30) as http,
    ):
        found = await _gql(
            http,
            admin,
            """{ customers(search: "Acme") { edges { node { id
                   eligibleCredits { id documentNumber available { amount } } } } }
                 bankAccounts(currency: "USD") { id code } }""",
        )
        acme = found["customers"]["edges"][0]["node"]
        credit = next(c for c in acme["eligibleCredits"] if c["documentNumber"] == "ADV-1001")
        bank = next(b for b in found["bankAccounts"] if b["code"] == "US-OPER")
        draft = (
            await _gql(
                http,
                admin,
                f"""mutation($input: RefundDraftInput!) {{
                      createRefundDraft(input: $input, idempotencyKey: "pgb-1") {{
                        {REFUND} }} }}""",
                {
                    "input": {
                        "customerId": acme["id"],
                        "bankAccountId": bank["id"],
                        "currency": "USD",
                        "paymentDate": "2026-10-25",
                        "allocations": [{"creditId": credit["id"], "amount": "25.00"}],
                    }
                },
            )
        )["createRefundDraft"]
        assert draft["errors"] == []
        refund = draft["refund"]
        posted = (
            await _gql(
                http,
                admin,
                f"""mutation($id: ID!, $version: Int) {{
                      postRefund(id: $id, version: $version, idempotencyKey: "pgb-2") {{ {REFUND} }}
                    }}""",
                {"id": refund["id"], "version": refund["version"]},
            )
        )["postRefund"]
        assert posted["errors"] == []
        assert posted["refund"]["state"] == "POSTED"
        number = posted["refund"]["number"]
        voided = (
            await _gql(
                http,
                admin,
                f"""mutation($id: ID!, $version: Int) {{
                      voidRefund(id: $id, version: $version, voidDate: "2026-10-27",
                                 reason: "Bounced back", idempotencyKey: "pgb-3") {{ {REFUND} }}
                    }}""",
                {"id": refund["id"], "version": posted["refund"]["version"]},
            )
        )["voidRefund"]
        assert voided["errors"] == []
        assert voided["refund"]["state"] == "VOIDED"
        # Many reads at once over few server connections: each statement on whichever is free.
        ledgers = await asyncio.gather(
            *(
                _gql(
                    http,
                    admin,
                    """query($c: ID!) { arLedger(customerId: $c, dateFrom: "2026-01-01",
                         dateTo: "2026-12-31") { lines { kind number amount { amount } }
                         closingBalance { amount } } }""",
                    {"c": acme["id"]},
                )
                for _ in range(12)
            )
        )
        for ledger in ledgers:
            lines = ledger["arLedger"]["lines"]
            mine = [line for line in lines if line["number"] == number]
            assert len(mine) == 2, lines  # the refund and its void
            assert sorted(line["amount"]["amount"] for line in mine) == ["-25.00", "25.00"]
        assert len({str(ledger) for ledger in ledgers}) == 1
        log = server.log()
        assert "prepared statement" not in log
        assert "Unexpected error" not in log
    run_cli("check", database_url=primary_url)

    # What the app's sessions get through PgBouncer: the server's timeout, no startup one.
    timeouts = DatabaseTimeouts(connect=5, acquire=5, statement=10)
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(bounced_url, timeouts, PoolOptions(pgbouncer=True)))
        _, rows = await ctx.connections.get("default").execute_query("SHOW statement_timeout")
        assert rows[0]["statement_timeout"] == "7s"


async def test_posts_racing_through_pgbouncer_never_refund_beyond_the_credit(
    bouncer: Bouncer, db: None, database_url: str
) -> None:
    """As in test_refund_concurrency: 4 processes fire 24 refunds of 7.00 at a 100.00
    credit at one moment, each process with its own pool, all through PgBouncer's 8 server
    connections. Exactly 14 win, twice."""
    user = await users.create_user("racer", roles=("ar_clerk",))
    world = await build_world(user.id)
    await enable_refunds(world)
    bounced_url = bouncer.endpoint.url(database_url)
    for round_no in range(2):
        customer = await Customer.create(code=f"PGB-{round_no}", name="Racer", entity=world.us)
        world.customers[customer.code] = customer
        await advance(world, customer.code, f"ADV-PGB-{round_no}", "100.00")
        credit = await ArCredit.get(customer=customer)
        operation = {
            "kind": "record",
            "customer_id": customer.id,
            "bank_account_id": world.banks["US-OPER"].id,
            "credit_id": credit.id,
            "amount": "7.00",
            "payment_date": "2026-04-01",
        }
        start_at = time.time() + 2.0
        specs = [
            {
                "user_id": user.id,
                "entity_id": world.us.id,
                "start_at": start_at,
                "pgbouncer": True,
                "operations": [operation] * 6,
            }
            for _ in range(4)
        ]
        outcomes = await asyncio.to_thread(_run_workers, bounced_url, specs)
        assert Counter("error" in o for o in outcomes) == {False: 14, True: 10}, outcomes
        assert {o["error"] for o in outcomes if "error" in o} == {"AMOUNT_EXCEEDS_AVAILABLE"}
        posted = await Refund.filter(customer=customer, state=RefundState.POSTED)
        assert sum(r.total_minor for r in posted) == 9800
        assert (await ArCredit.get(id=credit.id)).open_minor == 200
