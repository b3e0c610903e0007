"""The command line as scripts use it: clean stdout, messages on stderr, non-zero on failure."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.services import users
from models import ApiToken, ArCredit, Customer, Entity, Invoice, User
from models.enums import Permission
from tests.conftest import GraphQLClient, run_cli

VIEWER = "{ viewer { user { username } permissions } }"


async def test_tokens_create_prints_the_token_alone_and_it_works(
    gql: GraphQLClient, database_url: str
) -> None:
    await users.create_user("robot", roles=("auditor",))
    result = run_cli(
        "tokens", "create", "robot", "--name", "nightly-export", database_url=database_url
    )
    token = result.stdout.strip()
    assert re.fullmatch(r"rfd_[A-Za-z0-9_-]{43}", token), result.stdout
    assert result.stdout == token + "\n"
    assert "shown only once" in result.stderr
    data = await gql.data(VIEWER, token=token)
    assert data["viewer"]["user"]["username"] == "robot"


async def test_tokens_revoke_from_the_cli_stops_the_token(
    gql: GraphQLClient, database_url: str
) -> None:
    await users.create_user("robot", roles=("auditor",))
    token = run_cli("tokens", "create", "robot", database_url=database_url).stdout.strip()
    record = await ApiToken.get(user__username="robot")
    listed = run_cli("tokens", "list", "robot", database_url=database_url).stdout
    assert record.token_prefix in listed
    assert token not in listed
    run_cli("tokens", "revoke", str(record.id), database_url=database_url)
    assert (await gql.post(VIEWER, token=token)).status_code == 401


async def test_failures_exit_non_zero_with_a_message_and_no_output(
    database_url: str, db: None
) -> None:
    result = run_cli("tokens", "create", "ghost", database_url=database_url, check=False)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "No user named 'ghost'" in result.stderr

    result = run_cli(
        "users", "grant-role", "ghost", "admin", database_url=database_url, check=False
    )
    assert result.returncode == 1

    result = run_cli(
        "roles",
        "create",
        "x",
        "--permission",
        "refunds.fly",
        database_url=database_url,
        check=False,
    )
    assert result.returncode == 2  # usage error: not a permission


async def test_users_create_with_roles_and_entity_restriction(
    gql: GraphQLClient, database_url: str, entities: dict[str, Entity]
) -> None:
    run_cli(
        "users",
        "create",
        "eve",
        "--name",
        "Eve",
        "--role",
        "ar_clerk",
        "--entity",
        "EU01",
        database_url=database_url,
    )
    eve = await User.get(username="eve").prefetch_related("roles", "entities")
    assert [r.name for r in eve.roles] == ["ar_clerk"]
    assert not eve.all_entities
    assert [e.code for e in eve.entities] == ["EU01"]

    refused = run_cli(
        "users", "create", "mallory", "--entity", "NOPE", database_url=database_url, check=False
    )
    assert refused.returncode == 1
    assert "Unknown entity: NOPE" in refused.stderr
    assert not await User.exists(username="mallory")

    duplicate = run_cli("users", "create", "eve", database_url=database_url, check=False)
    assert duplicate.returncode == 1
    assert "already exists" in duplicate.stderr


async def test_roles_grant_and_revoke_change_permissions(
    gql: GraphQLClient, database_url: str
) -> None:
    await users.create_user("sam")
    token = (await users.issue_token("sam", "t")).secret
    assert (await gql.data(VIEWER, token=token))["viewer"]["permissions"] == []
    run_cli("users", "grant-role", "sam", "auditor", database_url=database_url)
    assert (await gql.data(VIEWER, token=token))["viewer"]["permissions"] == [
        "REFUNDS_LIST",
        "REFUNDS_VIEW",
        "REPORTS_READ",
    ]
    run_cli("users", "revoke-role", "sam", "auditor", database_url=database_url)
    assert (await gql.data(VIEWER, token=token))["viewer"]["permissions"] == []


async def test_seed_demo_prints_working_tokens_and_can_run_twice(
    gql: GraphQLClient, database_url: str
) -> None:
    first = run_cli("seed-demo", database_url=database_url).stdout
    assert "/graphql" in first
    tokens = dict(
        re.findall(r"^\s+(\S+)\s+\{\"Authorization\": \"Bearer (rfd_\S+)\"\}", first, re.MULTILINE)
    )
    assert {"admin", "clerk", "controller", "eu-clerk"} <= tokens.keys()
    admin = await gql.data(VIEWER, token=tokens["admin"])
    assert admin["viewer"]["user"]["username"] == "admin"
    assert len(admin["viewer"]["permissions"]) == len(Permission)  # every one (was 8)
    clerk = await gql.data(VIEWER, token=tokens["clerk"])
    assert set(clerk["viewer"]["permissions"]) < set(admin["viewer"]["permissions"])
    customers = await Customer.all().count()
    documents = await Invoice.all().count()
    # The demo has every kind of credit, and two that a refund must not pick.
    kinds = {(c.kind.value, c.has_positive_line) for c in await ArCredit.all()}
    assert {
        ("adjustment", False),
        ("advance", False),
        ("overpayment", False),
        ("negative_invoice", False),
        ("negative_invoice", True),
    } <= kinds
    assert await ArCredit.filter(currency="EUR", entity__code="US01").exists()

    second = run_cli("seed-demo", database_url=database_url).stdout
    new_admin = re.search(r"admin\s+\{\"Authorization\": \"Bearer (rfd_\S+)\"\}", second)
    assert new_admin is not None
    assert (await gql.post(VIEWER, token=new_admin.group(1))).status_code == 200
    assert (await gql.post(VIEWER, token=tokens["admin"])).status_code == 401
    assert await Customer.all().count() == customers
    assert await Invoice.all().count() == documents


def test_console_script_is_the_same_cli() -> None:
    script = Path(sys.executable).parent / "refunds"
    result = subprocess.run([script, "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    for command in ("serve", "migrate", "seed-demo", "users", "tokens"):
        assert command in result.stdout


@pytest.mark.breaks_books
async def test_check_command_finds_broken_invariants(database_url: str, db: None) -> None:
    run_cli("seed-demo", database_url=database_url)
    clean = run_cli("check", database_url=database_url)
    assert "No problems found" in clean.stderr
    await ArCredit.filter(document_number="ADV-1001").update(open_minor=1)
    broken = run_cli("check", database_url=database_url, check=False)
    assert broken.returncode == 1
    assert "ADV-1001" in broken.stdout
    assert "AR subledger" in broken.stdout
