"""Issue 12's round trip: the demo data exported through the CLI, imported through the CLI
into an empty database set up by a setup file, and every position report of both agrees to
the cent.

Opening entries replace history: the new books hold one document per open item, so the
AR ledger's lines differ by design; its opening and closing balances, the aging, the
subledger, the GL AR control account and the customer reconciliation do not.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.services import ar_documents, credits, customers, refunds, users
from app.services.access import Principal, Scope
from app.services.reports.customers import customer_reconciliation
from app.services.reports.ledger import aging, ar_ledger
from app.services.subledger import ar_control, subledger
from models import ArCredit, BankAccount, Customer, Entity, GLAccount, JournalLine
from tests.conftest import empty_database, run_cli

CUT_OFF = date(2026, 10, 31)
SCOPES = (None, "US01", "EU01")
CURRENCIES = ("USD", "EUR")

# What CSV cannot carry is setup: the company, its entities, the journals, the AR
# configuration, and the opening balance account the open items are entered against.
SETUP = """
[company]
name = "Demo Holdings"

[[entities]]
code = "US01"
name = "Demo US Inc."
base_currency = "USD"

[[entities]]
code = "EU01"
name = "Demo Europe GmbH"
base_currency = "EUR"

[[gl_accounts]]
number = "1200"
title = "Accounts receivable"
kind = "asset"

[[gl_accounts]]
number = "3900"
title = "Opening balances"
kind = "equity"

[[journals]]
symbol = "ARJ"
title = "Accounts receivable journal"

[[journals]]
symbol = "RFJ"
title = "Customer refunds journal"
""" + "".join(
    f"""
[[ar_configuration]]
{f'entity = "{entity}"' if entity else ""}
ar_journal = "ARJ"
ar_control_account = "1200"
refund_journal = "RFJ"
refund_sequence = {{ prefix = "{prefix}", next_number = 1, padding = 6 }}
refunds_enabled = true
"""
    for entity, prefix in ((None, "RF-"), ("US01", "RFUS-"), ("EU01", "RFEU-"))
)


async def _scope(code: str | None) -> Scope:
    return Scope(entity=await Entity.get(code=code) if code else None)


async def _reports(actor: Principal) -> dict[str, Any]:
    """Every position report of every scope, keyed by codes and document numbers (ids
    differ between the databases)."""
    found = {c.id: c.code for c in await Customer.all()}
    out: dict[str, Any] = {}
    for code in SCOPES:
        scope = await _scope(code)
        visible = await customers.get_customers(actor, scope, list(found))
        ids = sorted(visible)
        balances = await customers.balances(actor, scope, ids)
        out[f"{code} balances"] = {
            found[i]: sorted((m.currency, m.amount_minor) for m in balances[i].by_currency)
            for i in ids
        }
        for currency in CURRENCIES:
            eligible = await credits.refundable_credits(actor, scope, ids, currency)
            out[f"{code} eligible {currency}"] = {
                found[i]: sorted(
                    (
                        item.document_number,
                        item.kind.value,
                        item.document_date,
                        item.open_minor,
                        item.available_minor,
                    )
                    for item in eligible[i]
                )
                for i in ids
            }
        books = await subledger(scope)
        ledger = await ar_control(scope)
        out[f"{code} subledger"] = {(found[c], cur): a for (c, cur), a in books.items() if a}
        out[f"{code} ar control"] = {
            (found.get(c or 0), cur): a for (c, cur), a in ledger.items() if a
        }
        page = await customer_reconciliation(actor, scope, first=100)
        out[f"{code} reconciliation"] = (
            sorted(
                (row.customer.code, b.currency, b.subledger_minor, b.ledger_minor)
                for row in page.rows
                for b in row.balances
                if b.subledger_minor or b.ledger_minor
            ),
            sorted(
                (t.currency, t.subledger_minor, t.ledger_minor)
                for t in page.totals
                if t.subledger_minor or t.ledger_minor
            ),
        )
        for (customer_id, currency), amount in books.items():
            if customer_id not in visible or not amount:
                continue
            key = f"{code} {found[customer_id]} {currency}"
            aged = await aging(scope, customer_id, currency, CUT_OFF)
            out[f"{key} aging"] = (aged.buckets_minor, aged.open_credits_minor)
            statement = await ar_ledger(
                actor,
                scope,
                customer_id,
                date_from=date(2026, 1, 1),
                date_to=CUT_OFF,
                currency=currency,
            )
            out[f"{key} ledger"] = (
                statement.opening_minor,
                statement.debits_minor - statement.credits_minor,
                statement.closing_minor,
            )
    control = await GLAccount.get(number="1200")
    lines = await JournalLine.filter(gl_account_id=control.id).prefetch_related("entry")
    by_currency: dict[str, int] = {}
    for line in lines:
        currency = line.entry.currency
        by_currency[currency] = by_currency.get(currency, 0) + line.debit_minor - line.credit_minor
    out["GL 1200"] = by_currency
    return out


async def _refund(
    actor: Principal,
    entity: str,
    bank: str,
    currency: str,
    taken: dict[str, str],
    *,
    draft: bool = False,
) -> None:
    """A refund of the credits of these documents (C-0001's or C-0003's), through the service."""
    scope = await _scope(entity)
    found = {c.document_number: c for c in await ArCredit.filter(document_number__in=list(taken))}
    customer_id = next(iter(found.values())).customer_id
    data = refunds.RefundInput(
        customer_id=customer_id,
        bank_account_id=(await BankAccount.get(code=bank)).id,
        currency=currency,
        payment_date=date(2026, 10, 25),
    )
    allocations = [refunds.AllocationInput(found[n].id, amount) for n, amount in taken.items()]
    write = refunds.create_draft if draft else refunds.record
    await write(actor, scope, data, allocations)


def _export(url: str, folder: Path) -> dict[tuple[str, str | None], Path]:
    files: dict[tuple[str, str | None], Path] = {}
    kinds: list[tuple[str, str | None]] = [
        (kind, None) for kind in ("gl-accounts", "customers", "bank-accounts")
    ]
    kinds += [(kind, e) for kind in ("ar-open-items", "customer-refunds") for e in SCOPES]
    for kind, entity in kinds:
        where = ["--entity", entity] if entity else []
        # Open items hold what posted refunds took: the drafts alone come along.
        if kind == "customer-refunds":
            where += ["--state", "draft"]
        printed = run_cli("export", kind, "--as", "admin", *where, database_url=url)
        path = folder / f"{kind}-{entity or 'top'}.csv"
        path.write_text(printed.stdout, encoding="utf-8")
        files[kind, entity] = path
    return files


@pytest.mark.usefixtures("db")
async def test_the_demo_data_round_trips_through_csv_into_an_empty_database(
    database_url: str, tmp_path: Path
) -> None:
    run_cli("seed-demo", database_url=database_url)
    admin = await users.principal_of(await users.get_user("admin"))
    # What the demo lacks: a debit memo (a positive adjustment), refunds posted and drafts.
    await ar_documents.post_adjustment(
        admin,
        await _scope("US01"),
        ar_documents.AdjustmentInput(
            customer_id=(await Customer.get(code="C-0002")).id,
            number="DM-2001",
            document_date=date(2026, 10, 4),
            currency="USD",
            lines=[ar_documents.LineInput("35.50", "4000", "Freight")],
        ),
    )
    await _refund(admin, "US01", "US-OPER", "USD", {"CM-1001": "100.00", "INV-1002": "30.00"})
    await _refund(
        admin, "US01", "US-OPER", "USD", {"ADV-1001": "50.00", "PAY-1001": "25.00"}, draft=True
    )
    await _refund(admin, "EU01", "EU-OPER", "EUR", {"CM-3001": "20.00"}, draft=True)
    before = await _reports(admin)
    files = _export(database_url, tmp_path)
    # The demo has AR in both entities, in two currencies, and credits of every kind.
    assert before["GL 1200"]["USD"]
    assert before["GL 1200"]["EUR"]
    assert before["US01 eligible USD"]["C-0001"]
    assert "INV-1003" not in str(before["US01 eligible USD"])  # inline credits: never refunded

    await empty_database()
    await users.ensure_builtin_roles()  # what `migrate` installs in a new database
    run_cli("users", "create", "admin", "--role", "admin", database_url=database_url)
    setup = tmp_path / "setup.toml"
    setup.write_text(SETUP, encoding="utf-8")
    run_cli("setup", str(setup), "--as", "admin", database_url=database_url)
    for kind in ("gl-accounts", "customers", "bank-accounts"):
        run_cli("import", kind, str(files[kind, None]), "--as", "admin", database_url=database_url)
    for entity in SCOPES:
        where = ["--entity", entity] if entity else []
        for kind, more in (
            ("ar-open-items", ["--opening-account", "3900"]),
            ("customer-refunds", []),
        ):
            path = files[kind, entity]
            if path.read_text(encoding="utf-8").count("\n") < 2:
                continue  # a header alone: nothing to import
            run_cli(
                "import", kind, str(path), "--as", "admin", *where, *more, database_url=database_url
            )

    admin = await users.principal_of(await users.get_user("admin"))
    after = await _reports(admin)
    assert after.keys() == before.keys()
    for name in before:
        assert after[name] == before[name], name
    # What AR holds, the opening balance account mirrors.
    opening = await GLAccount.get(number="3900")
    lines = await JournalLine.filter(gl_account_id=opening.id).prefetch_related("entry")
    mirrored: dict[str, int] = {}
    for line in lines:
        currency = line.entry.currency
        mirrored[currency] = mirrored.get(currency, 0) + line.credit_minor - line.debit_minor
    assert mirrored == {c: a for c, a in before["GL 1200"].items() if a}
