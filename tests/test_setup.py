"""Setting a company up: each rule, and on every refusal nothing changed (the rows of every
setup table and the audit trail are compared whole)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

import pytest

from app.services import ar_documents, configuration, credit_applications, refunds, setup, users
from app.services.access import Scope
from app.services.errors import DomainError, ErrorCode
from models import (
    ArConfiguration,
    AuditEvent,
    BankAccount,
    Company,
    Customer,
    Entity,
    GLAccount,
    Journal,
)
from models.enums import CustomerStatus, Permission
from tests.conftest import GraphQLClient, token_for
from tests.factories import D, World, advance, count_queries, gid, invoice, lines, principal

TOP = Scope(entity=None)


async def _everything() -> dict[str, list[Any]]:
    """Every row of the setup tables and the audit trail, for "nothing changed"."""
    tables: list[Any] = [
        Company,
        Entity,
        GLAccount,
        Journal,
        BankAccount,
        Customer,
        ArConfiguration,
        AuditEvent,
    ]
    return {model.__name__: await model.all().order_by("id").values() for model in tables}


async def _refused(work: Callable[[], Awaitable[object]]) -> list[tuple[ErrorCode, str | None]]:
    """The (code, field) of each problem; the test fails if anything was written."""
    before = await _everything()
    with pytest.raises(DomainError) as refusal:
        await work()
    assert await _everything() == before
    return [(e.code, e.field) for e in refusal.value.errors]


@pytest.fixture
def actor(world: World) -> Any:
    return world.actor


async def test_setup_needs_setup_manage(world: World) -> None:
    clerk = principal(
        Permission.REFUNDS_EDIT, Permission.AR_DOCUMENTS_MANAGE, user_id=world.actor.user_id
    )
    for work in (
        lambda: setup.set_company(clerk, TOP, "Other"),
        lambda: setup.create_journal(clerk, TOP, setup.JournalInput("XJ", "X")),
        lambda: setup.create_customer(clerk, TOP, setup.CustomerInput("C-9", "Nine")),
    ):
        assert await _refused(work) == [(ErrorCode.PERMISSION_DENIED, None)]


async def test_company_wide_setup_is_done_at_the_top_level(world: World) -> None:
    inside = world.scope("US01")
    for work in (
        lambda: setup.set_company(world.actor, inside, "Other"),
        lambda: setup.create_entity(world.actor, inside, setup.EntityInput("X1", "X", "USD")),
        lambda: setup.create_gl_account(
            world.actor, inside, setup.GLAccountInput("9999", "X", "asset")
        ),
        lambda: setup.create_journal(world.actor, inside, setup.JournalInput("XJ", "X")),
    ):
        assert await _refused(work) == [(ErrorCode.TOP_LEVEL_REQUIRED, "X-Entity")]


async def test_the_company_comes_first_then_renames_keep_one_company(db: None) -> None:
    admin = await users.principal_of(await users.create_user("ada", roles=("admin",)))
    assert await _refused(
        lambda: setup.create_entity(admin, TOP, setup.EntityInput("US01", "US", "USD"))
    ) == [(ErrorCode.COMPANY_REQUIRED, None)]
    await setup.set_company(admin, TOP, " Northwind ")
    await setup.set_company(admin, TOP, "Northwind Holdings")
    assert [c.name for c in await Company.all()] == ["Northwind Holdings"]
    actions = [e.action for e in await AuditEvent.all().order_by("id")]
    assert actions == ["company.created", "company.updated"]
    entity = await setup.create_entity(admin, TOP, setup.EntityInput(" US01 ", "US", " usd "))
    assert (entity.code, entity.base_currency) == ("US01", "USD")


async def test_bad_entities_are_refused_with_every_problem_at_once(world: World) -> None:
    assert await _refused(
        lambda: setup.create_entity(world.actor, TOP, setup.EntityInput("US01", " ", "XYZ"))
    ) == [
        (ErrorCode.ALREADY_EXISTS, "code"),
        (ErrorCode.INVALID, "name"),
        (ErrorCode.UNKNOWN_CURRENCY, "baseCurrency"),
    ]
    assert await _refused(
        lambda: setup.create_entity(world.actor, TOP, setup.EntityInput("no spaces", "X", "USD"))
    ) == [(ErrorCode.INVALID, "code")]


async def test_an_entity_keeps_its_base_currency_once_it_has_documents(world: World) -> None:
    # Without documents the currency may still change (a typo fixed).
    fixed = await setup.update_entity(
        world.actor, TOP, world.eu.id, setup.EntityChanges(base_currency="GBP", name="EU Ltd")
    )
    assert (fixed.base_currency, fixed.name) == ("GBP", "EU Ltd")
    await invoice(world, "C-US", "INV-1", "10.00")
    assert await _refused(
        lambda: setup.update_entity(
            world.actor, TOP, world.us.id, setup.EntityChanges(base_currency="EUR")
        )
    ) == [(ErrorCode.IN_USE, "baseCurrency")]
    renamed = await setup.update_entity(
        world.actor, TOP, world.us.id, setup.EntityChanges(name="US Inc.", base_currency="usd")
    )
    assert (renamed.name, renamed.base_currency) == ("US Inc.", "USD")


async def test_an_account_keeps_its_type_once_posted_to(world: World) -> None:
    revenue = world.accounts["4000"]
    spare = await setup.create_gl_account(
        world.actor, TOP, setup.GLAccountInput("6000", "Spare", "expense")
    )
    await setup.update_gl_account(
        world.actor, TOP, spare.id, setup.GLAccountChanges(kind="revenue", title="Other income")
    )
    await invoice(world, "C-US", "INV-1", "10.00")
    assert await _refused(
        lambda: setup.update_gl_account(
            world.actor, TOP, revenue.id, setup.GLAccountChanges(kind="expense")
        )
    ) == [(ErrorCode.IN_USE, "kind")]
    # The AR control account and a bank's cash account stay active assets.
    for number in ("1200", "1000"):
        account = world.accounts[number]
        assert await _refused(
            lambda account=account: setup.update_gl_account(  # type: ignore[misc]
                world.actor, TOP, account.id, setup.GLAccountChanges(is_active=False)
            )
        ) == [(ErrorCode.IN_USE, "isActive")]
    assert await _refused(
        lambda: setup.create_gl_account(
            world.actor, TOP, setup.GLAccountInput("4000", "Again", "cost")
        )
    ) == [(ErrorCode.ALREADY_EXISTS, "number"), (ErrorCode.INVALID, "kind")]
    # Renaming and deactivating an account nothing depends on is fine.
    retired = await setup.update_gl_account(
        world.actor, TOP, spare.id, setup.GLAccountChanges(is_active=False)
    )
    assert (retired.title, retired.kind.value, retired.is_active) == (
        "Other income",
        "revenue",
        False,
    )


async def test_journals_are_unique_and_renamed(world: World) -> None:
    journal = await setup.create_journal(world.actor, TOP, setup.JournalInput("RFJ", "Refunds"))
    assert await _refused(
        lambda: setup.create_journal(world.actor, TOP, setup.JournalInput("RFJ", "Twice"))
    ) == [(ErrorCode.ALREADY_EXISTS, "symbol")]
    renamed = await setup.rename_journal(world.actor, TOP, journal.id, "Customer refunds")
    assert renamed.title == "Customer refunds"


async def test_a_bank_account_keeps_its_currency_once_it_moved_money(world: World) -> None:
    bank = await setup.create_bank_account(
        world.actor,
        TOP,
        setup.BankAccountInput("US-2", "Second", "usd", "1000", entity_code="US01"),
    )
    assert (bank.currency, bank.entity_id) == ("USD", world.us.id)
    world.banks["US-2"] = bank
    await setup.update_bank_account(
        world.actor, TOP, bank.id, setup.BankAccountChanges(currency="CAD")
    )
    await setup.update_bank_account(
        world.actor, TOP, bank.id, setup.BankAccountChanges(currency="USD")
    )
    await advance(world, "C-US", "ADV-1", "5.00", bank="US-2")
    assert await _refused(
        lambda: setup.update_bank_account(
            world.actor, TOP, bank.id, setup.BankAccountChanges(currency="CAD")
        )
    ) == [(ErrorCode.IN_USE, "currency")]
    # Its cash account must be an active asset account.
    assert await _refused(
        lambda: setup.update_bank_account(
            world.actor, TOP, bank.id, setup.BankAccountChanges(gl_account_number="4000")
        )
    ) == [(ErrorCode.INVALID, "glAccountNumber")]
    closed = await setup.update_bank_account(
        world.actor, TOP, bank.id, setup.BankAccountChanges(is_active=False, name="Closed")
    )
    assert (closed.is_active, closed.name) == (False, "Closed")


async def test_bank_accounts_and_customers_belong_where_they_are_set_up(world: World) -> None:
    inside = world.scope("EU01")
    customer = await setup.create_customer(world.actor, inside, setup.CustomerInput("C-E2", "E2"))
    assert customer.entity_id == world.eu.id
    shared = await setup.create_customer(world.actor, TOP, setup.CustomerInput("C-S2", "S2"))
    assert shared.entity_id is None
    assert await _refused(
        lambda: setup.create_customer(
            world.actor, inside, setup.CustomerInput("C-X", "X", entity_code="US01")
        )
    ) == [(ErrorCode.ENTITY_FORBIDDEN, "entityCode")]
    assert await _refused(
        lambda: setup.create_bank_account(
            world.actor, TOP, setup.BankAccountInput("B-X", "X", "USD", "1000", entity_code="ZZ")
        )
    ) == [(ErrorCode.ENTITY_NOT_FOUND, "entityCode")]
    # Inside an entity, another entity's customer cannot be changed.
    assert await _refused(
        lambda: setup.update_customer(
            world.actor, inside, world.customers["C-US"].id, setup.CustomerChanges(name="Y")
        )
    ) == [(ErrorCode.CUSTOMER_NOT_FOUND, "id")]
    assert await _refused(
        lambda: setup.create_customer(world.actor, TOP, setup.CustomerInput("C-US", "Dup"))
    ) == [(ErrorCode.ALREADY_EXISTS, "code")]


async def test_a_customer_on_hold_gets_nothing_new_but_drafts_can_be_deleted(
    world: World, refunds_enabled: None
) -> None:
    scope = world.scope("US01")
    await advance(world, "C-US", "ADV-1", "50.00")
    credit_id = (await refunds_credit(world)).id
    header = refunds.RefundInput(
        customer_id=world.customers["C-US"].id,
        bank_account_id=world.banks["US-OPER"].id,
        currency="USD",
        payment_date=D,
    )
    draft = await refunds.create_draft(
        world.actor, scope, header, [refunds.AllocationInput(credit_id, "10.00")]
    )
    held = await setup.update_customer(
        world.actor, TOP, world.customers["C-US"].id, setup.CustomerChanges(status="on_hold")
    )
    assert held.status == CustomerStatus.ON_HOLD
    for work in (
        lambda: refunds.create_draft(world.actor, scope, header),
        lambda: refunds.post(world.actor, scope, draft.id),
        lambda: ar_documents.post_invoice(
            world.actor,
            scope,
            ar_documents.InvoiceInput(
                customer_id=world.customers["C-US"].id,
                number="INV-H",
                document_date=D,
                currency="USD",
                lines=lines("5.00"),
            ),
        ),
    ):
        assert (ErrorCode.CUSTOMER_ON_HOLD, "customerId") in await _refused(work)
    await refunds.delete_draft(world.actor, scope, draft.id, draft.version)
    await setup.update_customer(
        world.actor, TOP, world.customers["C-US"].id, setup.CustomerChanges(status="inactive")
    )
    assert (ErrorCode.CUSTOMER_INACTIVE, "customerId") in await _refused(
        lambda: refunds.create_draft(world.actor, scope, header)
    )


async def refunds_credit(world: World) -> Any:
    from models import ArCredit  # noqa: PLC0415

    return await ArCredit.get(customer_id=world.customers["C-US"].id)


async def test_every_change_leaves_an_audit_event(world: World) -> None:
    before = await AuditEvent.all().count()
    account = await setup.create_gl_account(
        world.actor, TOP, setup.GLAccountInput("7000", "Fees", "expense")
    )
    await setup.update_gl_account(
        world.actor, TOP, account.id, setup.GLAccountChanges(title="Fees")
    )
    await setup.update_gl_account(
        world.actor, TOP, account.id, setup.GLAccountChanges(title="Bank fees")
    )
    events = await AuditEvent.filter(id__gt=before).order_by("id")
    # Creating, and the one real change; setting what already is writes nothing.
    assert [(e.action, e.object_type, e.object_id) for e in events] == [
        ("gl_account.created", "gl_account", account.id),
        ("gl_account.updated", "gl_account", account.id),
    ]
    assert events[1].details == {"title": "Bank fees"}


async def test_credit_applications_reach_the_audit_trail_of_their_credit(world: World) -> None:
    target = await invoice(world, "C-US", "INV-1", "40.00")
    await advance(world, "C-US", "ADV-1", "25.00")
    credit = await refunds_credit(world)
    application = await credit_applications.apply_credit(
        world.actor,
        world.scope("US01"),
        credit_applications.ApplicationInput(credit.id, target, "15.00", date(2026, 3, 3)),
    )
    await credit_applications.unapply_credit(world.actor, world.scope("US01"), application.id)
    trail = await AuditEvent.filter(object_type="ar_credit", object_id=credit.id).order_by("id")
    assert [e.action for e in trail] == ["credit.applied", "credit.unapplied"]


# --- over GraphQL ---------------------------------------------------------------------------


async def test_the_setup_menu_needs_setup_manage(gql: GraphQLClient, db: None) -> None:
    query = "{ viewer { menu { key items { key } } } }"
    for role, has_setup in (("controller", True), ("admin", True), ("ar_clerk", False)):
        token = await token_for(f"u-{role}", roles=(role,))
        menu = {
            s["key"]: [i["key"] for i in s["items"]]
            for s in (await gql.data(query, token=token))["viewer"]["menu"]
        }
        assert ("setup" in menu) is has_setup, (role, menu)
        if has_setup:
            assert menu["setup"] == [
                "company",
                "gl_accounts",
                "journals",
                "bank_accounts",
                "customer_master",
            ]


async def test_setup_errors_come_back_as_data(gql: GraphQLClient, world: World) -> None:
    token = await token_for("boss", roles=("admin",))
    data = await gql.data(
        """mutation { createBankAccount(input: {code: "US-OPER", name: "", currency: "usdx",
             glAccountNumber: "4000", entityCode: "NOPE"}) {
             bankAccount { id } errors { code field } } }""",
        token=token,
    )
    assert data["createBankAccount"] == {
        "bankAccount": None,
        "errors": [
            {"code": "ALREADY_EXISTS", "field": "code"},
            {"code": "INVALID", "field": "name"},
            {"code": "UNKNOWN_CURRENCY", "field": "currency"},
            {"code": "INVALID", "field": "glAccountNumber"},
            {"code": "ENTITY_NOT_FOUND", "field": "entityCode"},
        ],
    }
    renamed = await gql.data(
        """mutation($id: ID!) { updateGlAccount(id: $id, input: {title: "Receivables"}) {
             glAccount { number title isArControl } errors { code } } }""",
        {"id": gid("GLAccount", world.accounts["1200"].id)},
        token=token,
    )
    assert renamed["updateGlAccount"]["glAccount"] == {
        "number": "1200",
        "title": "Receivables",
        "isArControl": False,
    }


async def test_the_chart_of_accounts_pages_and_searches(gql: GraphQLClient, world: World) -> None:
    token = await token_for("boss", roles=("admin",))
    query = """query($after: String, $search: String, $kind: GLAccountKind) {
      glAccounts(first: 2, after: $after, search: $search, kind: $kind) {
        totalCount edges { node { number } } pageInfo { hasNextPage endCursor } } }"""
    page = (await gql.data(query, {}, token=token))["glAccounts"]
    assert [e["node"]["number"] for e in page["edges"]] == ["1000", "1010"]
    assert (page["totalCount"], page["pageInfo"]["hasNextPage"]) == (5, True)
    rest = (await gql.data(query, {"after": page["pageInfo"]["endCursor"]}, token=token))[
        "glAccounts"
    ]
    assert [e["node"]["number"] for e in rest["edges"]] == ["1200", "4000"]
    found = (await gql.data(query, {"search": "cash EUR"}, token=token))["glAccounts"]
    assert [e["node"]["number"] for e in found["edges"]] == ["1010"]
    revenue = (await gql.data(query, {"kind": "REVENUE"}, token=token))["glAccounts"]
    assert revenue["totalCount"] == 2


@pytest.mark.parametrize(
    ("name", "query", "make"),
    [
        (
            "glAccounts",
            "{ glAccounts(first: 200) { totalCount edges { node { number title kind } } } }",
            "gl",
        ),
        ("journals", "{ journals { symbol title } }", "journal"),
        (
            "bankAccounts",
            """{ bankAccounts(includeInactive: true) { code isActive
                 glAccount { number kind } entity { code } } }""",
            "bank",
        ),
        ("entities", "{ entities { code baseCurrency } }", "entity"),
    ],
)
async def test_setup_lists_cost_the_same_for_1_and_50_rows(
    gql: GraphQLClient, db: None, name: str, query: str, make: str
) -> None:
    token = await token_for("ada")
    admin = await users.principal_of(await users.get_user("ada"))
    await setup.set_company(admin, TOP, "Co")
    await setup.create_entity(admin, TOP, setup.EntityInput("E0", "E0", "USD"))
    counts = []
    made = 0
    for rows in (1, 50):
        while made < rows:
            if make == "gl":
                await setup.create_gl_account(
                    admin, TOP, setup.GLAccountInput(f"9{made:03d}", "A", "asset")
                )
            elif make == "journal":
                await setup.create_journal(admin, TOP, setup.JournalInput(f"J{made}", "J"))
            elif make == "bank":
                await setup.create_gl_account(
                    admin, TOP, setup.GLAccountInput(f"1{made:03d}", "Cash", "asset")
                )
                await setup.create_bank_account(
                    admin,
                    TOP,
                    setup.BankAccountInput(
                        f"B{made}",
                        "B",
                        "USD",
                        f"1{made:03d}",
                        entity_code=None if made % 2 else "E0",
                    ),
                )
            elif made > 0:  # the first entity exists already
                await setup.create_entity(admin, TOP, setup.EntityInput(f"E{made}", "E", "EUR"))
            made += 1
        with count_queries() as counter:
            data = await gql.data(query, token=token)
        listed = data[name]["edges"] if name == "glAccounts" else data[name]
        assert len(listed) == rows, data
        counts.append(counter.count)
    assert counts[0] == counts[1]


async def test_configuring_ar_leaves_an_audit_event(world: World, refunds_enabled: None) -> None:
    (event,) = await AuditEvent.filter(action="ar_configuration.updated")
    assert event.entity_id == world.us.id
    assert event.details["refunds_enabled"] is True


async def test_a_cash_account_and_an_ar_control_account_are_never_one_account(
    world: World,
) -> None:
    """Found by the GraphQL fuzz run: the top level's AR control account set to the cash
    account 1000 made every bank line count as AR, and ``check`` found the books broken."""
    # 1000 is the cash account of US-OPER; 1200 the AR control account.
    assert await _refused(
        lambda: configuration.update_configuration(
            world.actor,
            TOP,
            configuration.ArConfigurationInput(
                refunds_enabled=False, ar_control_account_number="1000"
            ),
        )
    ) == [(ErrorCode.INVALID, "arControlAccountNumber")]
    assert await _refused(
        lambda: setup.create_bank_account(
            world.actor,
            TOP,
            setup.BankAccountInput("US-2", "Second", "USD", "1200", entity_code="US01"),
        )
    ) == [(ErrorCode.INVALID, "glAccountNumber")]
    assert await _refused(
        lambda: setup.update_bank_account(
            world.actor,
            TOP,
            world.banks["US-OPER"].id,
            setup.BankAccountChanges(gl_account_number="1200"),
        )
    ) == [(ErrorCode.INVALID, "glAccountNumber")]
