"""CSV export: the import layouts out, so a company's master data and open AR exported from
one database and imported into an empty one give the same balances and credits; and the
journal entries of a period for the ERP."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from app import setup_file
from app.csv import exporting, importing
from app.services import credits, customers, refunds, users
from app.services.access import Principal, Scope
from app.services.errors import DomainError
from models import ArCredit, Company, Customer, Entity, GLAccount, JournalLine
from tests.conftest import empty_database, run_cli
from tests.factories import World, adjustment, advance, count_queries, invoice, payment

pytestmark = pytest.mark.usefixtures("refunds_enabled")


async def _export(
    actor: Principal,
    scope: Scope,
    kind: str,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
) -> str:
    return "".join(
        [
            exporting.csv_line(cells)
            async for cells in exporting.export_rows(
                actor, scope, kind, date_from=date_from, date_to=date_to
            )
        ]
    )


Position = dict[str, tuple[int | None, list[tuple[str, str, int]]]]


async def _position(actor: Principal, scope: Scope) -> Position:
    """What the books say of each customer: balance and open credits (by document)."""
    found = await Customer.all().order_by("code")
    ids = [c.id for c in found]
    balances = await customers.balances(actor, scope, ids)
    open_credits = await credits.refundable_credits(actor, scope, ids, "USD")
    totals = {c.id: balances[c.id].total for c in found}
    return {
        c.code: (
            total.amount_minor if (total := totals[c.id]) is not None else None,
            sorted(
                (item.document_number, item.kind.value, item.open_minor)
                for item in open_credits.get(c.id, [])
            ),
        )
        for c in found
    }


async def books_to_move(world: World) -> Scope:
    """US01's open AR of every kind, one credit partly refunded, and an opening balance
    account (3900) to bring it into another database against; returns US01's scope."""
    us = world.scope("US01")
    await GLAccount.create(number="3900", title="Opening balances", kind="equity")
    paid = await invoice(world, "C-US", "INV-1", "300.00")
    await payment(world, "C-US", "PAY-1", "350.00", applications={paid: "100.00"})
    await invoice(world, "C-SHARED", "INV-2", "80.00")
    await adjustment(world, "C-US", "CM-1", "-60.00")
    await advance(world, "C-SHARED", "ADV-1", "25.00")
    cm = await ArCredit.get(document_number="CM-1")
    await refunds.record(
        world.actor,
        us,
        refunds.RefundInput(
            customer_id=world.customers["C-US"].id,
            bank_account_id=world.banks["US-OPER"].id,
            currency="USD",
            payment_date=date(2026, 10, 20),
        ),
        [refunds.AllocationInput(credit_id=cm.id, amount="20.00")],
    )
    return us


async def empty_company() -> None:
    """An empty database with the built-in roles, a company and its two entities."""
    await empty_database()
    await users.ensure_builtin_roles()
    company = await Company.create(name="Test Co")
    await Entity.create(company=company, code="US01", name="US", base_currency="USD")
    await Entity.create(company=company, code="EU01", name="EU", base_currency="EUR")


# The journal and the AR configuration are setup, not CSV: the setup file does them.
MOVED_AR_SETUP = {
    "journals": [{"symbol": "ARJ", "title": "AR"}],
    "ar_configuration": [{"ar_journal": "ARJ", "ar_control_account": "1200"}],
}


async def test_master_data_and_open_items_round_trip_into_an_empty_database(
    world: World,
) -> None:
    us = await books_to_move(world)
    before = await _position(world.actor, us)
    files = {
        kind: await _export(world.actor, world.scope(None if top else "US01"), kind)
        for kind, top in (
            ("gl-accounts", True),
            ("customers", True),
            ("bank-accounts", True),
            ("ar-open-items", False),
        )
    }
    assert "CM-1,credit_memo,C-US,USD,2026-03-02,40.00" in files["ar-open-items"]

    await empty_company()
    admin = await users.principal_of(await users.create_user("mover", roles=("admin",)))
    await _import(admin, Scope(entity=None), "gl-accounts", files["gl-accounts"])
    assert (await setup_file.apply(admin, MOVED_AR_SETUP)).refused == []
    for kind in ("customers", "bank-accounts"):
        await _import(admin, Scope(entity=None), kind, files[kind])
    new_us = Scope(entity=await Entity.get(code="US01"))
    await _import(admin, new_us, "ar-open-items", files["ar-open-items"], opening="3900")
    assert await _position(admin, new_us) == before
    # The opening entries balance against 3900: what AR holds, the opening account mirrors.
    opening = await GLAccount.get(number="3900")
    lines = await JournalLine.filter(gl_account_id=opening.id)
    total = sum(line.credit_minor - line.debit_minor for line in lines)
    assert total == sum(b for b, _ in before.values() if b is not None)


async def _import(
    actor: Principal, scope: Scope, kind: str, content: str, *, opening: str | None = None
) -> None:
    summary = await importing.import_file(
        actor,
        scope,
        kind,
        io.BytesIO(content.encode()),
        file_name=f"{kind}.csv",
        opening_account=opening,
    )
    assert summary.refused_groups == 0, kind
    assert summary.created == content.count("\n") - 1, kind


async def test_journal_entries_of_a_period_export_one_row_per_line_and_balance(
    world: World, database_url: str
) -> None:
    await invoice(world, "C-US", "INV-1", "300.00", "25.50")
    await advance(world, "C-US", "ADV-1", "40.00")
    text = await _export(
        world.actor,
        world.scope("US01"),
        "journal-entries",
        date_from=date(2026, 1, 1),
        date_to=date(2026, 12, 31),
    )
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 3 + 2  # invoice: AR and two revenue lines; advance: cash and AR
    debit = sum(int(r["debit"].replace(".", "") or 0) for r in rows)
    credit = sum(int(r["credit"].replace(".", "") or 0) for r in rows)
    assert debit == credit == 32550 + 4000
    assert {r["journal"] for r in rows} == {"ARJ"}
    assert {r["customer"] for r in rows if r["account"] == "1200"} == {"C-US"}
    with pytest.raises(DomainError):
        await _export(world.actor, world.scope("US01"), "journal-entries")
    auditor = await users.principal_of(await users.create_user("clerky", roles=("ar_clerk",)))
    with pytest.raises(DomainError) as refused:
        await _export(
            auditor,
            world.scope("US01"),
            "journal-entries",
            date_from=date(2026, 1, 1),
            date_to=date(2026, 12, 31),
        )
    assert refused.value.code.value == "PERMISSION_DENIED"
    printed = run_cli(
        "export",
        "journal-entries",
        "--as",
        "poster",
        "--entity",
        "US01",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        database_url=database_url,
    )
    assert printed.stdout.splitlines()[0].startswith("entry_id,entry_date,journal")
    assert len(printed.stdout.splitlines()) == 6


async def test_an_export_costs_the_same_statements_for_1_and_6_rows_of_each_kind(
    world: World,
) -> None:
    """Per page, never per row: what the rows name is read once for the page."""
    us = world.scope("US01")
    statements: dict[str, list[int]] = {}
    for n in range(6):
        await invoice(world, "C-US", f"INV-{n}", "30.00")
        await advance(world, "C-US" if n % 2 else "C-SHARED", f"ADV-{n}", "20.00")
        await adjustment(world, "C-US", f"CM-{n}", "-10.00")
        cm = await ArCredit.get(document_number=f"CM-{n}")
        adv = await ArCredit.get(document_number=f"ADV-{n}")
        await refunds.create_draft(
            world.actor,
            us,
            refunds.RefundInput(
                customer_id=world.customers["C-US"].id,
                bank_account_id=world.banks["US-OPER"].id,
                currency="USD",
                payment_date=date(2026, 10, 20),
            ),
            [refunds.AllocationInput(credit_id=cm.id, amount="5.00")]
            + ([refunds.AllocationInput(credit_id=adv.id, amount="5.00")] if n % 2 else []),
        )
        if n not in (0, 5):
            continue
        for kind, period in (
            ("ar-open-items", {}),
            ("customer-refunds", {}),
            ("journal-entries", {"date_from": date(2026, 1, 1), "date_to": date(2026, 12, 31)}),
        ):
            with count_queries() as counter:
                text = await _export(world.actor, us, kind, **period)
            assert text.count("\n") > n + 1, kind
            statements.setdefault(kind, []).append(counter.count)
    for kind, counts in statements.items():
        assert counts[0] == counts[1], (kind, counts)
