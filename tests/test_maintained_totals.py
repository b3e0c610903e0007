"""The balances the database maintains (models.balances, issue 15): the subledger and the
GL side of each customer follow every change of the books in the writing transaction, the
integrity check catches a table that drifted from its sources, and the statements a
migration runs to fill the tables give what the triggers keep. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

import models
from app.migrations import Dialect, constraint_ddl
from app.services import credit_applications, integrity, refunds
from app.services.access import Scope
from app.services.sql import fetch, write, writes_to_postgres
from app.services.subledger import ar_control, subledger
from app.services.totals import declared_totals, rebuild_totals, totals_problems
from models import ArCredit
from models.constraints import MaintainedTotals
from tests.factories import World, advance, invoice, payment

ON = date(2026, 3, 10)


async def _held(customer_id: int) -> tuple[int, int]:
    """What the tables hold for the customer in USD, all entities: (subledger, GL)."""
    everything = Scope(entity=None)
    books = await subledger(everything, [customer_id])
    ledger = await ar_control(everything, [customer_id])
    return books.get((customer_id, "USD"), 0), ledger.get((customer_id, "USD"), 0)


async def test_the_balances_follow_every_change_of_the_books(
    world: World, refunds_enabled: None
) -> None:
    customer = world.customers["C-US"].id
    scope = world.scope("US01")
    invoice_id = await invoice(world, "C-US", "INV-1", "100.00")
    assert await _held(customer) == (10000, 10000)
    await advance(world, "C-US", "ADV-1", "30.00")
    assert await _held(customer) == (7000, 7000)
    credit = await ArCredit.get(document_number="ADV-1")

    # Applying a credit moves both sides of the subledger, not the balance.
    application = await credit_applications.apply_credit(
        world.actor,
        scope,
        credit_applications.ApplicationInput(
            credit_id=credit.id, invoice_id=invoice_id, amount="10.00", applied_on=ON
        ),
    )
    assert await _held(customer) == (7000, 7000)
    rows = await fetch(
        "SELECT entity_id, currency, amount_minor FROM customer_balance WHERE customer_id = ?",
        [customer],
    )
    assert [(r["entity_id"], r["currency"], int(r["amount_minor"])) for r in rows] == [
        (world.us.id, "USD", 7000)
    ]

    draft = await refunds.create_draft(
        world.actor,
        scope,
        refunds.RefundInput(
            customer_id=customer,
            bank_account_id=world.banks["US-OPER"].id,
            currency="USD",
            payment_date=ON,
        ),
        [refunds.AllocationInput(credit_id=credit.id, amount="5.00")],
    )
    assert await _held(customer) == (7000, 7000)  # a draft changes no balance
    posted = await refunds.post(world.actor, scope, draft.id)
    assert await _held(customer) == (7500, 7500)
    await refunds.void(world.actor, scope, posted.id, void_date=ON, reason="test")
    assert await _held(customer) == (7000, 7000)
    await credit_applications.unapply_credit(world.actor, scope, application.id)
    assert await _held(customer) == (7000, 7000)
    assert await totals_problems() == []


@pytest.mark.breaks_books
async def test_the_integrity_check_reports_a_total_that_drifted(
    world: World, refunds_enabled: None
) -> None:
    await invoice(world, "C-US", "INV-1", "100.00")
    assert await integrity.find_problems() == []
    await write("UPDATE customer_balance SET amount_minor = amount_minor + 1")
    await write("UPDATE customer_account_balance SET amount_minor = amount_minor - 2")
    problems = await integrity.find_problems()
    customer = world.customers["C-US"].id
    assert any(
        p.startswith(f"customer_balance (customer_id {customer}, entity_id {world.us.id},")
        and p.endswith("holds 10001, but its sources add up to 10000")
        for p in problems
    ), problems
    assert any(
        p.startswith("customer_account_balance (") and "holds 9998" in p for p in problems
    ), problems
    await rebuild_totals()
    assert await integrity.find_problems() == []


async def test_what_a_migration_runs_to_fill_the_tables_gives_what_the_triggers_keep(
    world: World, refunds_enabled: None
) -> None:
    """The migration creating the triggers fills the tables from the rows already there:
    those statements, run on books written through the triggers, change nothing."""
    first = await invoice(world, "C-US", "INV-1", "100.00", "-20.00")
    await invoice(world, "C-EU", "INV-2", "50.00", currency="EUR", entity="EU01")
    await advance(world, "C-US", "ADV-1", "30.00")
    await payment(world, "C-US", "PAY-1", "15.00", applications={first: "15.00"})
    await invoice(world, "C-US", "CRN-1", "-30.00")
    credit = await ArCredit.get(document_number="CRN-1")
    await credit_applications.apply_credit(
        world.actor,
        world.scope("US01"),
        credit_applications.ApplicationInput(
            credit_id=credit.id, invoice_id=first, amount="10.00", applied_on=ON
        ),
    )
    await write("UPDATE advance SET cleared_on = ? WHERE number = 'ADV-1'", [ON])

    async def held() -> dict[str, list[str]]:
        """Every maintained row as text (its ids aside), sorted: what the table holds. A
        row left at zero (an item cleared moved its amount to another row) holds nothing."""
        found = {}
        for table, totals in declared_totals():
            rows = await fetch(f"SELECT {', '.join(totals.columns)} FROM {table}")
            found[table] = sorted(
                repr(tuple(str(row[column]) for column in totals.columns))
                for row in rows
                if int(str(row[totals.columns[-1]]))
            )
        return found

    before = await held()
    assert all(before.values()), before
    dialect: Dialect = "postgres" if writes_to_postgres() else "sqlite"
    filled = 0
    for model in (getattr(models, name) for name in models.__all__):
        for constraint in model._meta.constraints:
            if isinstance(constraint, MaintainedTotals):
                ddl = constraint_ddl(dialect, model, constraint)
                fill = [s for s in ddl.create if s.startswith(("DELETE FROM", "INSERT INTO"))]
                assert len(fill) == 2
                for statement in fill:
                    await write(statement)
                filled += 1
    assert filled == len(declared_totals())
    assert await held() == before


@pytest.mark.breaks_books
async def test_the_integrity_check_reports_a_refund_taking_another_customers_credit(
    world: World, refunds_enabled: None
) -> None:
    """Posted allocations cannot change (a trigger refuses); a draft's are checked too."""
    await advance(world, "C-US", "ADV-1", "50.00")
    await advance(world, "C-SHARED", "ADV-2", "50.00")
    draft = await refunds.create_draft(
        world.actor,
        world.scope("US01"),
        refunds.RefundInput(
            customer_id=world.customers["C-US"].id,
            bank_account_id=world.banks["US-OPER"].id,
            currency="USD",
            payment_date=ON,
        ),
        [refunds.AllocationInput((await ArCredit.get(document_number="ADV-1")).id, "10.00")],
    )
    assert await integrity.find_problems() == []
    other = (await ArCredit.get(document_number="ADV-2")).id
    await write("UPDATE refund_allocation SET credit_id = ? WHERE refund_id = ?", [other, draft.id])
    problems = await integrity.find_problems()
    assert problems == [
        f"refund {draft.id} (draft) takes from credit {other} (ADV-2) "
        "of another customer or currency"
    ], problems
