"""Rate limits, over HTTP to apps of their own (the session app's limits are out of reach).

Set ``REFUNDS_TEST_REDIS_URL`` (e.g. redis://127.0.0.1:6379/15) to prove that two processes'
apps share their state through Redis; without it that test is skipped.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Coroutine
from datetime import timedelta
from typing import Any, TypeVar, cast

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from limits import parse

from app.rate_limits import InProcessWindows
from app.services import users
from models import Company
from tests.conftest import MakeClient, token_for

T = TypeVar("T")
REDIS_URL = os.environ.get("REFUNDS_TEST_REDIS_URL", "").strip()

VIEWER = {"query": "{ viewer { user { username } } }"}
RECONCILIATION = "customerReconciliation { totals { currency } }"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def assert_rate_limited(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 429, response.text
    retry_after = int(response.headers["retry-after"])
    assert 1 <= retry_after <= 60
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "RATE_LIMITED"
    assert f"retry in {retry_after} s" in error["message"]
    return error  # type: ignore[no-any-return]


def unique_address() -> str:
    return f"10.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"


# Failed authentication, per client address.


async def test_refused_tokens_from_an_address_are_limited_then_any_token_is_429(
    make_client: MakeClient,
) -> None:
    good = await token_for("alice")
    attacker = make_client("203.0.113.7", rate_limit_auth_failures="5/minute")
    neighbour = make_client("203.0.113.8", rate_limit_auth_failures="5/minute")
    async with attacker, neighbour:
        statuses = [
            (await attacker.post("/graphql", json=VIEWER, headers=bearer(f"rfd_guess{n}")))
            for n in range(200)
        ]
        assert [r.status_code for r in statuses[:5]] == [401] * 5
        for response in statuses[5:]:
            assert_rate_limited(response)
        # While blocked, a right token cannot be told from a wrong one.
        assert_rate_limited(await attacker.post("/graphql", json=VIEWER, headers=bearer(good)))
        assert_rate_limited(await attacker.post("/graphql", json=VIEWER, headers={
            "Authorization": "Basic x"}))  # fmt: skip
        # Without credentials there is nothing to limit; preflight and health are free.
        assert (await attacker.post("/graphql", json=VIEWER)).status_code == 401
        preflight = await attacker.options(
            "/graphql",
            headers={"Origin": "https://x.test", "Access-Control-Request-Method": "POST"},
        )
        assert preflight.status_code != 429
        assert (await attacker.get("/health")).status_code == 200
        # Another address is not affected.
        assert (
            await neighbour.post("/graphql", json=VIEWER, headers=bearer(good))
        ).status_code == 200


async def test_good_tokens_do_not_use_the_failure_budget(make_client: MakeClient) -> None:
    good = await token_for("alice")
    async with make_client(unique_address(), rate_limit_auth_failures="2/minute") as http:
        for _ in range(10):
            assert (
                await http.post("/graphql", json=VIEWER, headers=bearer(good))
            ).status_code == 200
        assert (
            await http.post("/graphql", json=VIEWER, headers=bearer("rfd_x"))
        ).status_code == 401


async def test_expired_tokens_count_as_refused(make_client: MakeClient) -> None:
    await users.create_user("temp", roles=("admin",))
    expired = await users.issue_token("temp", "short", expires_in=timedelta(seconds=-1))
    async with make_client(unique_address(), rate_limit_auth_failures="3/minute") as http:
        for _ in range(3):
            response = await http.post("/graphql", json=VIEWER, headers=bearer(expired.secret))
            assert response.status_code == 401
        assert_rate_limited(
            await http.post("/graphql", json=VIEWER, headers=bearer(expired.secret))
        )


# Expensive operations, per token.


def set_company(name: str) -> dict[str, str]:
    return {"query": f'mutation {{ setCompany(name: "{name}") {{ company {{ name }} }} }}'}


async def test_every_mutation_field_counts_against_its_token(make_client: MakeClient) -> None:
    first = await token_for("alice")
    second = (await users.issue_token("alice", "second")).secret
    async with make_client(rate_limit_mutations="3/minute") as http:
        for n in range(2):
            ok = await http.post("/graphql", json=set_company(f"Co {n}"), headers=bearer(first))
            assert ok.status_code == 200, ok.text
        # Two fields with one left: refused as a whole, nothing runs.
        two = {
            "query": 'mutation { a: setCompany(name: "A") { company { name } } '
            'b: setCompany(name: "B") { company { name } } }'
        }
        refused = await http.post("/graphql", json=two, headers=bearer(first))
        assert_rate_limited(refused)
        assert refused.json()["data"] is None
        assert (await Company.get()).name == "Co 1"
        last = await http.post("/graphql", json=set_company("Co 2"), headers=bearer(first))
        assert last.status_code == 200, last.text
        error = assert_rate_limited(
            await http.post("/graphql", json=set_company("Co 3"), headers=bearer(first))
        )
        assert "at most 3 per minute" in error["message"]
        assert (await Company.get()).name == "Co 2"
        # Queries are not mutations; another token has its own budget.
        assert (await http.post("/graphql", json=VIEWER, headers=bearer(first))).status_code == 200
        other = await http.post("/graphql", json=set_company("Co 4"), headers=bearer(second))
        assert other.status_code == 200, other.text


async def test_report_fields_count_against_their_token_through_aliases_and_fragments(
    make_client: MakeClient,
) -> None:
    token = await token_for("alice")
    async with make_client(rate_limit_reports="3/minute") as http:
        one = await http.post(
            "/graphql", json={"query": f"{{ {RECONCILIATION} }}"}, headers=bearer(token)
        )
        assert one.status_code == 200, one.text
        aliased = {"query": f"{{ a: {RECONCILIATION} b: {RECONCILIATION} }}"}
        assert (await http.post("/graphql", json=aliased, headers=bearer(token))).status_code == 200
        # The budget is spent; a report inside a fragment is still a report.
        fragment = {
            "query": "query { ...R } "
            f"fragment R on Query {{ ... on Query {{ {RECONCILIATION} }} }}"
        }
        assert_rate_limited(await http.post("/graphql", json=fragment, headers=bearer(token)))
        # What is not a report is not counted.
        cheap = {"query": "{ viewer { user { username } } customers(first: 5) { totalCount } }"}
        assert (await http.post("/graphql", json=cheap, headers=bearer(token))).status_code == 200
        # An invalid document never runs, so it costs nothing either.
        invalid = {"query": "{ customerReconciliation { nope } }"}
        response = await http.post("/graphql", json=invalid, headers=bearer(token))
        assert response.status_code == 200
        assert "RATE_LIMITED" not in response.text


# Where the state lives.


async def test_an_unreachable_storage_limits_nothing_and_says_so_in_one_line(
    make_client: MakeClient, capsys: pytest.CaptureFixture[str]
) -> None:
    good = await token_for("alice")
    async with make_client(
        unique_address(),
        rate_limit_storage_uri="redis://127.0.0.1:1/0",
        rate_limit_auth_failures="1/minute",
        rate_limit_mutations="1/minute",
    ) as http:
        for _ in range(3):
            refused = await http.post("/graphql", json=VIEWER, headers=bearer("rfd_nope"))
            assert refused.status_code == 401
        for n in range(3):
            done = await http.post("/graphql", json=set_company(f"Co {n}"), headers=bearer(good))
            assert done.status_code == 200, done.text
    log = capsys.readouterr().err
    assert '"event": "rate_limit.storage_failed"' in log
    assert "Traceback" not in log


@pytest.mark.skipif(not REDIS_URL, reason="set REFUNDS_TEST_REDIS_URL to test sharing")
async def test_apps_sharing_a_redis_storage_share_the_limits(make_client: MakeClient) -> None:
    address = unique_address()
    first = make_client(
        address, rate_limit_storage_uri=REDIS_URL, rate_limit_auth_failures="4/minute"
    )
    second = make_client(
        address, rate_limit_storage_uri=REDIS_URL, rate_limit_auth_failures="4/minute"
    )
    async with first, second:
        for http in (first, second, first, second):
            assert (
                await http.post("/graphql", json=VIEWER, headers=bearer("rfd_x"))
            ).status_code == 401
        for http in (first, second):
            assert_rate_limited(await http.post("/graphql", json=VIEWER, headers=bearer("rfd_x")))


# The in-process moving windows (memory://), against the rule they keep.


def settled(call: Coroutine[Any, Any, T]) -> T:
    """The result of a coroutine that never waits (each window call is atomic)."""
    try:
        call.send(None)
    except StopIteration as done:
        return cast(T, done.value)
    raise AssertionError("the call waited")


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


async def test_a_moving_window_frees_as_its_oldest_hit_ages_out() -> None:
    clock = Clock()
    windows = InProcessWindows(clock)
    three_a_minute = parse("3/minute")
    for _ in range(2):
        assert await windows.hit(three_a_minute, "mutations", "token")
        clock.now += 10
    assert await windows.test(three_a_minute, "mutations", "token")
    assert not await windows.hit(three_a_minute, "mutations", "token", cost=2)  # 2 + 2 > 3
    assert await windows.hit(three_a_minute, "mutations", "token")
    assert not await windows.test(three_a_minute, "mutations", "token")
    assert not await windows.hit(three_a_minute, "mutations", "token")
    stats = await windows.get_window_stats(three_a_minute, "mutations", "token")
    assert (stats.remaining, stats.reset_time) == (0, 1_000_000.0 + 60)
    # Another token, or another kind, has its own window.
    assert await windows.hit(three_a_minute, "mutations", "other")
    assert await windows.hit(three_a_minute, "reports", "token")
    clock.now = 1_000_000.0 + 60  # the first hit leaves the window, the others stay
    assert await windows.hit(three_a_minute, "mutations", "token")
    assert not await windows.hit(three_a_minute, "mutations", "token")
    stats = await windows.get_window_stats(three_a_minute, "mutations", "token")
    assert (stats.remaining, stats.reset_time) == (0, 1_000_000.0 + 10 + 60)
    assert not await windows.hit(three_a_minute, "mutations", "token", cost=4)


async def test_idle_windows_are_dropped_and_tests_hold_nothing() -> None:
    clock = Clock()
    windows = InProcessWindows(clock)
    item = parse("5/minute")
    for address in range(100):
        assert await windows.test(item, "auth-failures", str(address))
    assert len(windows) == 0
    for address in range(100):
        assert await windows.hit(item, "auth-failures", str(address))
    assert len(windows) == 100
    clock.now += InProcessWindows.SWEEP_SECONDS + 1
    assert await windows.hit(item, "auth-failures", "new")
    assert len(windows) == 1


async def test_a_sweep_keeps_the_hits_of_longer_windows() -> None:
    clock = Clock()
    windows = InProcessWindows(clock)
    per_minute, per_hour = parse("2/minute"), parse("2/hour")
    assert await windows.hit(per_minute, "reports", "token")
    assert await windows.hit(per_hour, "mutations", "token", cost=2)
    clock.now += InProcessWindows.SWEEP_SECONDS * 3  # past the minute, within the hour
    assert await windows.hit(per_minute, "reports", "other")  # sweeps
    assert not await windows.hit(per_hour, "mutations", "token")
    stats = await windows.get_window_stats(per_hour, "mutations", "token")
    assert (stats.remaining, stats.reset_time) == (0, 1_000_000.0 + 3600)
    clock.now = 1_000_000.0 + 3600 + InProcessWindows.SWEEP_SECONDS
    assert await windows.hit(per_hour, "mutations", "token", cost=2)
    # Swept: the first minute's window and the hour's old one. Kept: the minute window hit
    # at +180 s, within the longest window (an hour) of the sweep.
    assert len(windows) == 2


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=6),
    st.lists(
        st.tuples(st.floats(min_value=0, max_value=40), st.integers(0, 7), st.booleans()),
        max_size=40,
    ),
)
def test_moving_windows_keep_the_rule_over_any_sequence(
    limit: int, steps: list[tuple[float, int, bool]]
) -> None:
    """A hit of cost c is taken when the costs taken in the last minute and c are within
    the limit; a test says whether it would be. Checked against that rule kept by hand."""
    clock = Clock()
    windows = InProcessWindows(clock)
    item = parse(f"{limit}/minute")
    taken: list[tuple[float, int]] = []
    for wait, cost, only_test in steps:
        clock.now += wait
        used = sum(c for at, c in taken if at > clock.now - 60)
        allowed = used + cost <= limit
        if only_test:
            assert settled(windows.test(item, "reports", "t", cost=cost)) == allowed
        else:
            assert settled(windows.hit(item, "reports", "t", cost=cost)) == allowed
            if allowed:
                taken.append((clock.now, cost))
        stats = settled(windows.get_window_stats(item, "reports", "t"))
        in_window = [at for at, c in taken if at > clock.now - 60]
        assert stats.remaining == limit - sum(c for at, c in taken if at > clock.now - 60)
        assert stats.reset_time == (min(in_window) if in_window else clock.now) + 60
