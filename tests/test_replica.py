"""Reads from a real streaming replica of the test PostgreSQL (``DATABASE_REPLICA_URL``).

The replica's replay is paused while the primary takes a write, so the replica is provably
behind: what a request sees tells which server answered it (a refund the replica has not
replayed cannot be shown by it, and a write sent to it would fail: it is read-only).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from strawberry import relay
from tortoise.context import TortoiseContext
from tortoise.router import router

from app.db import tortoise_config
from app.db_replica import (
    READ_AFTER_LSN_HEADER,
    ReplicaRouting,
    ReplicaStatus,
    format_lsn,
    parse_lsn,
    read_connection,
    reset_replica,
    use_replica,
)
from app.services.transactions import atomic
from models import Refund
from tests.conftest import POSTGRES_URL, ScratchDatabases, run_cli
from tests.pg_servers import Endpoint, Replica, Unavailable, streaming_replica
from tests.served import demo_database, served

# Pure rules first (any backend): where a request reads, given the replica's state.


def routing(max_lag: float = 5.0) -> ReplicaRouting:
    return ReplicaRouting(max_lag_seconds=max_lag, retry_seconds=10, probe_timeout_seconds=1)


def status(replay: str | None = "0/5000000", lag: float | None = 0.0) -> ReplicaStatus:
    return ReplicaStatus(standby=True, replay_lsn=parse_lsn(replay), lag_seconds=lag)


def test_lsns_read_and_print_as_postgresql_does() -> None:
    assert parse_lsn("16/B374D848") == (0x16 << 32) | 0xB374D848
    assert format_lsn(parse_lsn("16/B374D848") or 0) == "16/B374D848"
    for junk in ("", "16", "16/", "x/1", "1/2/3", "123456789/0", None):
        assert parse_lsn(junk) is None


def test_a_replica_too_far_behind_or_not_following_is_not_read() -> None:
    rules = routing(max_lag=5)
    assert rules.decide(status(lag=4.9), 1, None).used
    lagging = rules.decide(status(lag=5.1), 1, None)
    assert (lagging.used, lagging.reason, lagging.lag_seconds) == (False, "LAGGING", 5.1)
    assert rules.decide(status(lag=None), 1, None).reason == "LAGGING"  # unknown: not trusted
    promoted = ReplicaStatus(standby=False, replay_lsn=None, lag_seconds=0)
    assert rules.decide(promoted, 1, None).reason == "NOT_A_REPLICA"


def test_a_write_the_replica_has_not_replayed_sends_reads_to_the_primary() -> None:
    rules = routing()
    # The client says it wrote at 0/5000010; the replica is at 0/5000000.
    assert rules.decide(status(), 1, parse_lsn("0/5000010")).reason == "RECENT_WRITE"
    assert rules.decide(status(), 1, parse_lsn("0/5000000")).used
    # This process saw user 7 write at 0/5000010: user 7 reads the primary, others not.
    rules._writes[7] = parse_lsn("0/5000010") or 0
    assert rules.decide(status(), 7, None).reason == "RECENT_WRITE"
    assert rules.decide(status(), 8, None).used
    # Once replayed, user 7 reads the replica again and is forgotten.
    assert rules.decide(status("0/5000010"), 7, None).used
    assert 7 not in rules._writes


# The real thing: PostgreSQL only.


@pytest.fixture(scope="module")
def replica() -> Iterator[Replica]:
    try:
        with streaming_replica(POSTGRES_URL) as server:
            yield server
    except Unavailable as reason:
        pytest.skip(str(reason))


LEDGER = """query($customerId: ID!) {
  arLedger(customerId: $customerId, dateFrom: "2026-01-01", dateTo: "2026-12-31") {
    lines { kind number } } }"""
REFUNDS = "{ refunds(first: 50) { edges { node { number } } } }"


async def _gql(
    http: httpx.AsyncClient,
    token: str,
    query: str,
    variables: dict[str, Any] | None = None,
    **headers: str,
) -> dict[str, Any]:
    response = await http.post(
        "/graphql",
        json={"query": query, "variables": variables or {}},
        headers={"Authorization": f"Bearer {token}", "X-Entity": "US01", **headers},
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert "errors" not in body, body
    return body


def _ledger_numbers(body: dict[str, Any]) -> set[str]:
    return {line["number"] for line in body["data"]["arLedger"]["lines"]}


@pytest.mark.postgres_only
async def test_queries_read_the_replica_writes_and_read_after_write_the_primary(
    replica: Replica, scratch_databases: ScratchDatabases, tmp_path: Path
) -> None:
    primary_url = await scratch_databases.create("replica")
    tokens = await demo_database(primary_url)
    primary = Endpoint.of(POSTGRES_URL)
    replica_url = replica.endpoint.url(primary_url)
    await asyncio.to_thread(replica.wait_replayed, primary)
    admin, controller = tokens["admin"], tokens["controller"]

    async with (
        served(
            primary_url,
            tmp_path,
            database_replica_url=replica_url,
            database_replica_max_lag_seconds=3600,
            database_replica_retry_seconds=60,
        ) as server,
        httpx.AsyncClient(base_url=server.base, timeout=30) as http,
    ):
        found = await _gql(
            http,
            admin,
            """{ customers(search: "Acme") { edges { node { id
                   eligibleCredits { id documentNumber } } } }
                 bankAccounts(currency: "USD") { id code } }""",
        )
        assert found["extensions"]["replica"]["used"] is True
        acme = found["data"]["customers"]["edges"][0]["node"]
        credit = next(c for c in acme["eligibleCredits"] if c["documentNumber"] == "ADV-1001")
        bank = next(b for b in found["data"]["bankAccounts"] if b["code"] == "US-OPER")
        before = await _gql(http, controller, LEDGER, {"customerId": acme["id"]})
        assert before["extensions"]["replica"] == {"used": True, "lagSeconds": 0, "reason": None}

        # The replica stops replaying: from now on it is behind the primary.
        await asyncio.to_thread(replica.pause_replay)
        posted = await _gql(
            http,
            admin,
            """mutation($input: RefundDraftInput!) { recordRefund(input: $input) {
                 refund { number state } errors { code field message } } }""",
            {
                "input": {
                    "customerId": acme["id"],
                    "bankAccountId": bank["id"],
                    "currency": "USD",
                    "paymentDate": "2026-10-25",
                    "allocations": [{"creditId": credit["id"], "amount": "10.00"}],
                }
            },
        )
        payload = posted["data"]["recordRefund"]
        assert payload["errors"] == []
        assert payload["refund"]["state"] == "POSTED"
        number = payload["refund"]["number"]
        write = posted["extensions"]["replica"]
        assert (write["used"], write["reason"]) == (False, "WRITE")
        assert parse_lsn(write["writeLsn"]) is not None

        # The writer reads its own write: from the primary.
        mine = await _gql(http, admin, LEDGER, {"customerId": acme["id"]})
        assert mine["extensions"]["replica"]["reason"] == "RECENT_WRITE"
        assert number in _ledger_numbers(mine)
        # Someone else reads the replica, behind and saying so: the refund is not there yet.
        theirs = await _gql(http, controller, LEDGER, {"customerId": acme["id"]})
        assert theirs["extensions"]["replica"]["used"] is True
        assert theirs["extensions"]["replica"]["lagSeconds"] > 0
        assert number not in _ledger_numbers(theirs)
        assert _ledger_numbers(theirs) == _ledger_numbers(before)
        listed = await _gql(http, controller, REFUNDS)
        assert listed["extensions"]["replica"]["used"] is True
        assert number not in {e["node"]["number"] for e in listed["data"]["refunds"]["edges"]}
        # ... unless the client sends the position of the write it must see.
        after = await _gql(
            http,
            controller,
            LEDGER,
            {"customerId": acme["id"]},
            **{READ_AFTER_LSN_HEADER: write["writeLsn"]},
        )
        assert after["extensions"]["replica"]["reason"] == "RECENT_WRITE"
        assert number in _ledger_numbers(after)

        # REST reads: the same rule, told in headers.
        rest_theirs = await http.get(
            "/api/v1/customer-refunds",
            headers={"Authorization": f"Bearer {controller}", "X-Entity": "US01"},
        )
        assert rest_theirs.status_code == 200, rest_theirs.text
        assert rest_theirs.headers["X-Replica-Used"] == "true"
        assert float(rest_theirs.headers["X-Replica-Lag-Seconds"]) > 0
        assert number not in rest_theirs.text
        rest_mine = await http.get(
            "/api/v1/customer-refunds",
            headers={"Authorization": f"Bearer {admin}", "X-Entity": "US01"},
        )
        assert rest_mine.headers["X-Replica-Used"] == "false"
        assert rest_mine.headers["X-Replica-Reason"] == "RECENT_WRITE"
        assert number in rest_mine.text

        # A REST write answers the primary's position after it; its writer then reads the
        # primary over REST, where the replica would not have the new draft.
        clerk = {"Authorization": f"Bearer {tokens['clerk']}", "X-Entity": "US01"}
        drafted = await http.post(
            "/api/v1/customer-refunds",
            json={
                "customerId": int(relay.GlobalID.from_id(acme["id"]).node_id),
                "bankAccountId": int(relay.GlobalID.from_id(bank["id"]).node_id),
                "currency": "USD",
                "paymentDate": "2026-10-26",
                "allocations": [
                    {
                        "creditId": int(relay.GlobalID.from_id(credit["id"]).node_id),
                        "amount": "5.00",
                    }
                ],
            },
            headers=clerk,
        )
        assert drafted.status_code == 201, drafted.text
        assert parse_lsn(drafted.headers["X-Write-LSN"]) is not None
        draft_id = drafted.json()["id"]
        clerk_reads = await http.get("/api/v1/customer-refunds?state=DRAFT", headers=clerk)
        assert clerk_reads.headers["X-Replica-Reason"] == "RECENT_WRITE"
        assert draft_id in [item["id"] for item in clerk_reads.json()["items"]]
        others_read = await http.get(
            "/api/v1/customer-refunds?state=DRAFT",
            headers={"Authorization": f"Bearer {controller}", "X-Entity": "US01"},
        )
        assert others_read.headers["X-Replica-Used"] == "true"
        assert draft_id not in [item["id"] for item in others_read.json()["items"]]

        # In-process: reads of a request allowed the replica go there, except in a
        # transaction (the ORM through the router, SQL through read_connection()).
        await _router_and_transactions(primary_url, replica_url, number)

        # Replayed: everyone reads the replica again, the writer included.
        await asyncio.to_thread(replica.resume_replay)
        await asyncio.to_thread(replica.wait_replayed, primary)
        for token in (controller, admin):
            caught_up = await _gql(http, token, LEDGER, {"customerId": acme["id"]})
            assert caught_up["extensions"]["replica"]["used"] is True
            assert number in _ledger_numbers(caught_up)

        # The replica goes down: reads fall back to the primary, nothing fails.
        await asyncio.to_thread(replica.stop)
        down = await _gql(http, controller, LEDGER, {"customerId": acme["id"]})
        assert down["extensions"]["replica"] == {
            "used": False,
            "lagSeconds": None,
            "reason": "UNAVAILABLE",
        }
        assert number in _ledger_numbers(down)
        rest_down = await http.get(
            "/api/v1/customer-refunds",
            headers={"Authorization": f"Bearer {controller}", "X-Entity": "US01"},
        )
        assert rest_down.status_code == 200
        assert rest_down.headers["X-Replica-Reason"] == "UNAVAILABLE"
        assert "replica.unavailable" in server.log()
    run_cli("check", database_url=primary_url)


async def _router_and_transactions(primary_url: str, replica_url: str, number: str) -> None:
    # Tortoise keeps the routers of the last init process-wide: the suite's own are restored.
    routers = router._routers
    try:
        async with TortoiseContext() as ctx:
            await ctx.init(config=tortoise_config(primary_url, replica_url=replica_url))
            token = use_replica(True)
            try:
                _, rows = await read_connection().execute_query("SELECT pg_is_in_recovery() r")
                assert rows[0]["r"] is True
                assert not await Refund.filter(number=number).exists()  # the replica: behind
                async with atomic():
                    _, rows = await read_connection().execute_query("SELECT pg_is_in_recovery() r")
                    assert rows[0]["r"] is False
                    assert await Refund.filter(number=number).exists()  # the primary
            finally:
                reset_replica(token)
            assert await Refund.filter(number=number).exists()  # not allowed: the primary
    finally:
        router._routers = routers
