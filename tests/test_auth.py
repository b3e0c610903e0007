"""Authentication, entity scope and permissions, through real HTTP to the ASGI app."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from strawberry.relay import to_base64

from app import middleware
from app.services import users
from app.services.sql import fetch
from models import ApiToken, Entity, User
from models.enums import Permission
from tests.conftest import GraphQLClient, token_for
from tests.factories import count_queries

VIEWER = "{ viewer { user { username } permissions } }"


async def test_health_is_the_only_anonymous_endpoint(client: httpx.AsyncClient) -> None:
    response = await client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    for path in ("/graphql/", "/health/", "/api/v1/refunds", "/nothing-here", "/"):
        anonymous = await client.get(path)
        assert anonymous.status_code == 401, path
        assert "UNAUTHENTICATED" in anonymous.text, path
        assert "data" not in anonymous.json(), path


async def test_failure_before_graphql_is_a_json_500_with_the_request_id(
    client: httpx.AsyncClient, db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(_: str, **__: object) -> None:
        raise RuntimeError("could not connect to server at 10.0.0.7")

    monkeypatch.setattr(middleware, "authenticate", broken)
    response = await client.post(
        "/graphql", json={"query": VIEWER}, headers={"Authorization": "Bearer rfd_x"}
    )
    assert response.status_code == 500
    error = response.json()["errors"][0]
    assert error["message"] == "Unexpected error."
    assert error["extensions"]["requestId"] == response.headers["x-request-id"]
    assert "10.0.0.7" not in response.text


async def test_graphql_without_token_answers_401_and_nothing_else(gql: GraphQLClient) -> None:
    response = await gql.post(VIEWER, token=None)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    body = response.json()
    assert set(body) == {"errors"}
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_query_over_get_without_token_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.get(
        "/graphql", params={"query": VIEWER}, headers={"Accept": "text/html"}
    )
    assert response.status_code == 401
    assert "data" not in response.json()


async def test_unknown_and_malformed_credentials_are_refused(
    client: httpx.AsyncClient, db: None
) -> None:
    valid = await token_for("alice")
    for header in (
        f"Basic {valid}",
        "Bearer",
        "Bearer rfd_not-a-real-token",
        f"Bearer {valid}x",
        "Bearer " + "x" * 5000,
    ):
        response = await client.post(
            "/graphql", json={"query": VIEWER}, headers={"Authorization": header}
        )
        assert response.status_code == 401, header


async def test_viewer_with_token_returns_user_and_permissions(gql: GraphQLClient, db: None) -> None:
    token = await token_for("alice", roles=("ar_clerk",))
    data = await gql.data(VIEWER, token=token)
    assert data["viewer"]["user"]["username"] == "alice"
    assert data["viewer"]["permissions"] == [
        "AR_DOCUMENTS_MANAGE",
        "DATA_IMPORT",  # clerks import their card refund batches (the CSV issue)
        "REFUNDS_EDIT",
        "REFUNDS_LIST",
        "REFUNDS_POST",
        "REFUNDS_VIEW",
    ]


async def test_admin_holds_every_permission(gql: GraphQLClient, db: None) -> None:
    token = await token_for("root", roles=("admin",))
    data = await gql.data(VIEWER, token=token)
    assert sorted(data["viewer"]["permissions"]) == sorted(p.name for p in Permission)


async def test_permissions_of_several_roles_are_united(gql: GraphQLClient, db: None) -> None:
    token = await token_for("both", roles=("auditor", "controller"))
    data = await gql.data(VIEWER, token=token)
    assert data["viewer"]["permissions"] == [
        "AR_CONFIGURE",
        "DATA_IMPORT",  # opening AR and master data from the old system
        "REFUNDS_LIST",
        "REFUNDS_VIEW",
        "REFUNDS_VOID",
        "REPORTS_READ",
        "SETUP_MANAGE",  # the controller sets the company up (issue 9)
    ]


async def test_revoked_token_stops_working_at_once(gql: GraphQLClient, db: None) -> None:
    token = await token_for("alice")
    assert (await gql.post(VIEWER, token=token)).status_code == 200
    record = await ApiToken.get(user__username="alice")
    await users.revoke_token(record.id)
    response = await gql.post(VIEWER, token=token)
    assert response.status_code == 401
    assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_expired_token_is_refused(gql: GraphQLClient, db: None) -> None:
    await users.create_user("temp", roles=("admin",))
    issued = await users.issue_token("temp", "short", expires_in=timedelta(seconds=-1))
    assert (await gql.post(VIEWER, token=issued.secret)).status_code == 401


async def test_deactivated_user_token_is_refused(gql: GraphQLClient, db: None) -> None:
    token = await token_for("leaver")
    await users.set_active("leaver", False)
    assert (await gql.post(VIEWER, token=token)).status_code == 401


async def test_tokens_are_stored_hashed(db: None) -> None:
    await users.create_user("alice")
    issued = await users.issue_token("alice", "ci")
    stored = await ApiToken.get(id=issued.record.id).values()
    assert issued.secret not in {str(value) for value in stored.values()}
    assert stored["token_hash"] == users.hash_token(issued.secret)
    assert issued.secret.startswith(stored["token_prefix"])
    assert len(stored["token_prefix"]) < len(issued.secret) // 2


async def test_token_use_is_recorded_at_most_once_a_minute(gql: GraphQLClient, db: None) -> None:
    token = await token_for("alice", never_used=True)
    with count_queries() as first:
        await gql.data(VIEWER, token=token)
    record = await ApiToken.get(user__username="alice")
    assert record.last_used_at is not None
    with count_queries() as again:
        await gql.data(VIEWER, token=token)
    assert [s for s in first.statements if s.startswith("UPDATE")] != []
    assert [s for s in again.statements if s.startswith("UPDATE")] == []
    assert (await ApiToken.get(id=record.id)).last_used_at == record.last_used_at
    earlier = record.last_used_at - timedelta(minutes=2)
    await ApiToken.filter(id=record.id).update(last_used_at=earlier)
    await gql.data(VIEWER, token=token)
    later = (await ApiToken.get(id=record.id)).last_used_at
    assert later is not None
    assert later > earlier


async def test_entity_scope_refused_for_entity_the_user_may_not_access(
    gql: GraphQLClient, entities: dict[str, Entity]
) -> None:
    token = await token_for("us-clerk", roles=("ar_clerk",), entity_codes=("US01",))
    refused = await gql.post(VIEWER, token=token, entity="EU01")
    assert refused.status_code == 403
    assert refused.json()["errors"][0]["extensions"]["code"] == "ENTITY_FORBIDDEN"
    # An unknown entity looks the same, so codes of other entities cannot be probed.
    unknown = await gql.post(VIEWER, token=token, entity="XX99")
    assert unknown.status_code == 403
    assert unknown.json()["errors"][0]["message"] == refused.json()["errors"][0]["message"]

    data = await gql.data(
        "{ viewer { currentEntity { code } entities { code } } }", token=token, entity="US01"
    )
    assert data["viewer"] == {"currentEntity": {"code": "US01"}, "entities": [{"code": "US01"}]}


async def test_restricted_user_never_reaches_other_entities_by_id(
    gql: GraphQLClient, entities: dict[str, Entity]
) -> None:
    token = await token_for("us-clerk", roles=("ar_clerk",), entity_codes=("US01",))
    query = "query($id: ID!) { node(id: $id) { ... on Entity { code } } }"
    eu_id = to_base64("Entity", entities["EU01"].id)
    us_id = to_base64("Entity", entities["US01"].id)
    found = await gql.data(query, {"id": eu_id}, token=token, entity="US01")
    assert found["node"] is None
    found = await gql.data(query, {"id": us_id}, token=token, entity="US01")
    assert found["node"] == {"code": "US01"}


async def test_restricted_user_never_works_at_the_top_level(
    gql: GraphQLClient, entities: dict[str, Entity]
) -> None:
    token = await token_for("us-clerk", roles=("ar_clerk",), entity_codes=("US01",))
    response = await gql.post(VIEWER, token=token)
    assert response.status_code == 403
    error = response.json()["errors"][0]
    assert error["extensions"] == {"code": "ENTITY_REQUIRED", "field": "X-Entity"}
    assert "US01" in error["message"]
    assert "EU01" not in error["message"]


async def test_malformed_entity_header_is_refused_like_an_unknown_entity(
    gql: GraphQLClient, entities: dict[str, Entity]
) -> None:
    token = await token_for("boss")
    for header in ("X" * 21, "US01' OR 1=1 --", "../US01", "US 01", "%55S01"):
        response = await gql.post(VIEWER, token=token, entity=header)
        assert response.status_code == 403, header
        assert response.json()["errors"][0]["extensions"]["code"] == "ENTITY_FORBIDDEN"


async def test_unrestricted_user_works_at_top_level_or_in_any_entity(
    gql: GraphQLClient, entities: dict[str, Entity]
) -> None:
    token = await token_for("boss")
    query = "{ viewer { currentEntity { code baseCurrency } entities { code } } }"
    top = await gql.data(query, token=token)
    assert top["viewer"] == {
        "currentEntity": None,
        "entities": [{"code": "EU01"}, {"code": "US01"}],
    }
    inside = await gql.data(query, token=token, entity="EU01")
    assert inside["viewer"]["currentEntity"] == {"code": "EU01", "baseCurrency": "EUR"}


async def test_malformed_or_unknown_ids_resolve_to_null_or_a_readable_error(
    gql: GraphQLClient, entities: dict[str, Entity]
) -> None:
    token = await token_for("alice")
    query = "query($id: ID!) { node(id: $id) { id } }"
    for node_id in ("abc", 10**9, "9" * 30, "\u00b2", "\u0661", "-1", "0", " 1"):
        unknown = to_base64("Entity", node_id)
        assert (await gql.data(query, {"id": unknown}, token=token))["node"] is None, node_id
    for garbage in ("not-a-global-id", to_base64("Nope", 1), to_base64("Viewer", 1)):
        body = (await gql.post(query, {"id": garbage}, token=token)).json()
        assert body["errors"][0]["message"] != "Unexpected error.", garbage
        assert body["errors"][0].get("extensions", {}).get("code") != "INTERNAL_SERVER_ERROR"


async def test_users_are_visible_by_id_only_to_themselves(gql: GraphQLClient, db: None) -> None:
    token = await token_for("alice")
    await users.create_user("bob")
    bob = await User.get(username="bob")
    alice = await User.get(username="alice")
    query = "query($id: ID!) { node(id: $id) { ... on User { username } } }"
    assert (await gql.data(query, {"id": to_base64("User", bob.id)}, token=token))["node"] is None
    mine = await gql.data(query, {"id": to_base64("User", alice.id)}, token=token)
    assert mine["node"] == {"username": "alice"}


MENU = "{ viewer { menu { key items { key } } } }"


def _menu_keys(data: dict[str, object]) -> dict[str, list[str]]:
    viewer = data["viewer"]
    assert isinstance(viewer, dict)
    return {s["key"]: [i["key"] for i in s["items"]] for s in viewer["menu"]}


async def test_menu_without_refund_permissions_has_no_refunds_item(
    gql: GraphQLClient, db: None
) -> None:
    await users.create_role(
        "documents_clerk", "AR documents only", [Permission.AR_DOCUMENTS_MANAGE]
    )
    token = await token_for("doc-clerk", roles=("documents_clerk",))
    menu = _menu_keys(await gql.data(MENU, token=token))
    assert menu["payments"] == ["received_payments", "advances"]
    assert "refunds" not in {key for items in menu.values() for key in items}
    assert "setup" not in menu
    assert "reports" not in menu


async def test_menu_of_a_refund_clerk_has_refunds(gql: GraphQLClient, db: None) -> None:
    token = await token_for("clerk", roles=("ar_clerk",))
    menu = _menu_keys(await gql.data(MENU, token=token))
    assert "refunds" in menu["payments"]
    assert "setup" not in menu


async def test_user_without_roles_sees_an_empty_menu(gql: GraphQLClient, db: None) -> None:
    token = await token_for("nobody", roles=())
    data = await gql.data("{ viewer { permissions menu { key } } }", token=token)
    assert data["viewer"] == {"permissions": [], "menu": []}


async def test_every_response_carries_a_request_id(gql: GraphQLClient, db: None) -> None:
    token = await token_for("alice")
    ok = await gql.post(VIEWER, token=token)
    refused = await gql.post(VIEWER, token=None)
    assert len(ok.headers["x-request-id"]) >= 8
    assert ok.headers["x-request-id"] != refused.headers["x-request-id"]


async def test_authentication_is_one_statement(
    gql: GraphQLClient, entities: dict[str, Entity]
) -> None:
    """Token, user, permissions, the user's entities and the X-Entity entity: one SELECT
    (a token used within the minute writes nothing)."""
    token = await token_for("us-clerk", roles=("ar_clerk",), entity_codes=("US01", "EU01"))
    with count_queries() as counter:
        data = await gql.data("{ viewer { permissions } }", token=token, entity="US01")
    assert "REFUNDS_POST" in data["viewer"]["permissions"]
    assert counter.count == 1, counter.statements


async def test_a_revoked_token_is_refused_on_its_next_request_despite_the_throttle(
    gql: GraphQLClient, db: None
) -> None:
    token = await token_for("alice")  # used a moment ago: no last-used write is due
    for _ in range(2):
        assert (await gql.post(VIEWER, token=token)).status_code == 200
    record = await ApiToken.get(user__username="alice")
    await users.revoke_token(record.id)
    with count_queries() as counter:
        response = await gql.post(VIEWER, token=token)
    assert response.status_code == 401
    assert counter.count == 1, counter.statements


async def test_a_permission_code_this_release_does_not_know_is_ignored(
    gql: GraphQLClient, db: None
) -> None:
    """A newer release (rolling deploy) may grant a permission this one does not know."""
    token = await token_for("aud", roles=("auditor",))
    role = await users.get_role("auditor")
    sql = "INSERT INTO role_permission (role_id, permission) VALUES (?, ?)"
    await fetch(sql, [role.id, "refunds.approve"])
    data = await gql.data(VIEWER, token=token)
    assert data["viewer"]["permissions"] == ["REFUNDS_LIST", "REFUNDS_VIEW", "REPORTS_READ"]
    principal = await users.principal_of(await users.get_user("aud"))
    assert principal.permissions == {
        Permission.REFUNDS_LIST,
        Permission.REFUNDS_VIEW,
        Permission.REPORTS_READ,
    }


async def test_the_viewer_costs_no_statement_beyond_authentication(
    gql: GraphQLClient, db: None
) -> None:
    await users.create_user(
        "eve", display_name="Eve E.", email="eve@example.com", roles=("auditor",)
    )
    issued = await users.issue_token("eve", "test")
    await ApiToken.filter(id=issued.record.id).update(last_used_at=datetime.now(UTC))
    query = "{ viewer { user { username displayName email } permissions menu { label } } }"
    with count_queries() as counter:
        data = await gql.data(query, token=issued.secret)
    assert data["viewer"]["user"] == {
        "username": "eve",
        "displayName": "Eve E.",
        "email": "eve@example.com",
    }
    assert counter.count == 1, counter.statements
