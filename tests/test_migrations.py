"""The migrations build exactly the schema the models describe, on this session's dialect,
and every constraint the models declare exists in the migrated database and holds."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tortoise.context import TortoiseContext
from tortoise.exceptions import IntegrityError

from app.db import connection, tortoise_config
from app.migrations import declared_constraint_ddl
from models import (
    Advance,
    ArConfiguration,
    ArCredit,
    BankAccount,
    Company,
    Customer,
    DocumentSequence,
    Entity,
    GLAccount,
    Journal,
    JournalEntry,
    JournalLine,
    Refund,
    RefundAllocation,
    User,
)
from models.enums import CreditKind, GLAccountKind, RefundState
from tests.conftest import BACKEND, ScratchDatabases, run_cli
from tests.schema_introspection import snapshot


def test_migration_files_hold_every_model_change_for_both_dialects() -> None:
    result = run_cli("makemigrations", "--check", database_url="sqlite://:memory:")
    assert "sqlite: migrations match the models" in result.stderr
    assert "postgres: migrations match the models" in result.stderr


async def test_migrating_an_empty_database_gives_the_schema_of_the_models(
    scratch_databases: ScratchDatabases,
) -> None:
    migrated_url = await scratch_databases.create("migrated")
    run_cli("migrate", database_url=migrated_url)
    check = run_cli("migrate", "--check", database_url=migrated_url)
    assert "matches the models" in check.stderr

    # The reference: the models turned straight into tables by Tortoise, plus the
    # constraints they declare, rendered from their current definitions.
    reference_url = await scratch_databases.create("reference")
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(reference_url))
        await ctx.generate_schemas(safe=False)
        reference_connection = ctx.connections.get("default")
        for ddl in declared_constraint_ddl(BACKEND):
            for statement in ddl.create:
                await reference_connection.execute_script(statement)

    migrated = await snapshot(migrated_url)
    reference = await snapshot(reference_url)
    # aerich fills its own table; its shape is aerich's business.
    migrated.pop("aerich")
    reference.pop("aerich")
    assert migrated.keys() == reference.keys()
    for table, shape in reference.items():
        assert migrated[table] == shape, f"{table} differs from what the models describe"
    # The comparison covers the declared constraints, definitions included.
    assert "ck_refund_allocation_amount_positive" in str(reference)
    assert "uq_ar_configuration_scope" in str(reference)


def test_migrate_fails_loudly_on_an_unreachable_database() -> None:
    result = run_cli("migrate", database_url="postgres://nobody@127.0.0.1:1/none", check=False)
    assert result.returncode != 0


# --- The database enforces the rules it can, whatever the code above it does. ---
# The ledger is raw rows, not posted documents: its credit has no entry in the GL (and some
# tests add an entry with no lines or a draft refund with allocations but no total), so the
# tests on it break the books on purpose.


@pytest.fixture
async def ledger(company: Company) -> dict[str, object]:
    entity = await Entity.create(company=company, code="US01", name="US", base_currency="USD")
    cash = await GLAccount.create(number="1000", title="Cash", kind=GLAccountKind.ASSET)
    bank = await BankAccount.create(
        code="B1", name="Bank", entity=entity, currency="USD", gl_account=cash
    )
    customer = await Customer.create(code="C-1", name="Customer", entity=entity)
    user = await User.create(username="clerk")
    advance = await Advance.create(
        number="ADV-1",
        document_date=date(2026, 1, 5),
        currency="USD",
        entity=entity,
        customer=customer,
        bank_account=bank,
        amount_minor=10_000,
    )
    credit = await ArCredit.create(
        kind=CreditKind.ADVANCE,
        entity=entity,
        customer=customer,
        currency="USD",
        document_number="ADV-1",
        document_date=date(2026, 1, 5),
        original_minor=10_000,
        open_minor=10_000,
        advance=advance,
    )
    refund = await Refund.create(
        entity=entity,
        customer=customer,
        bank_account=bank,
        currency="USD",
        payment_date=date(2026, 2, 1),
        created_by=user,
    )
    return {
        "entity": entity,
        "cash": cash,
        "bank": bank,
        "customer": customer,
        "user": user,
        "credit": credit,
        "refund": refund,
    }


@pytest.mark.breaks_books
async def test_refund_allocation_amount_must_be_positive(ledger: dict[str, object]) -> None:
    for amount in (0, -1):
        with pytest.raises(IntegrityError):
            await RefundAllocation.create(
                refund=ledger["refund"], credit=ledger["credit"], amount_minor=amount
            )
    assert await RefundAllocation.all().count() == 0


@pytest.mark.breaks_books
async def test_one_allocation_per_credit_per_refund(ledger: dict[str, object]) -> None:
    await RefundAllocation.create(
        refund=ledger["refund"], credit=ledger["credit"], amount_minor=100
    )
    with pytest.raises(IntegrityError):
        await RefundAllocation.create(
            refund=ledger["refund"], credit=ledger["credit"], amount_minor=200
        )
    assert await RefundAllocation.all().count() == 1


@pytest.mark.breaks_books
async def test_credit_open_amount_stays_between_zero_and_original(
    ledger: dict[str, object],
) -> None:
    credit = ledger["credit"]
    assert isinstance(credit, ArCredit)
    for open_minor in (10_001, -1):
        with pytest.raises(IntegrityError):
            await ArCredit.filter(id=credit.id).update(open_minor=open_minor)
    assert (await ArCredit.get(id=credit.id)).open_minor == 10_000


@pytest.mark.breaks_books
async def test_credit_has_exactly_the_source_its_kind_names(ledger: dict[str, object]) -> None:
    credit = ledger["credit"]
    assert isinstance(credit, ArCredit)
    with pytest.raises(IntegrityError):
        await ArCredit.filter(id=credit.id).update(kind=CreditKind.OVERPAYMENT)
    assert (await ArCredit.get(id=credit.id)).kind == CreditKind.ADVANCE


@pytest.mark.breaks_books
async def test_posted_refund_needs_a_number_and_a_journal_entry(
    ledger: dict[str, object],
) -> None:
    refund = ledger["refund"]
    assert isinstance(refund, Refund)
    with pytest.raises(IntegrityError):
        await Refund.filter(id=refund.id).update(state=RefundState.POSTED, total_minor=100)
    assert (await Refund.get(id=refund.id)).state == RefundState.DRAFT


@pytest.mark.breaks_books
async def test_refund_payment_method_is_record_transfer_only(ledger: dict[str, object]) -> None:
    refund = ledger["refund"]
    assert isinstance(refund, Refund)
    # The ORM refuses other values already; prove the database does too.
    with pytest.raises(IntegrityError):
        await connection().execute_script(
            f"UPDATE refund SET payment_method = 'check' WHERE id = {int(refund.id)}"
        )
    assert (await Refund.get(id=refund.id)).payment_method == "record_transfer"


@pytest.mark.breaks_books
async def test_journal_line_is_a_debit_or_a_credit(ledger: dict[str, object]) -> None:
    journal = await Journal.create(symbol="ARJ", title="AR")
    entry = await JournalEntry.create(
        journal=journal,
        entry_date=date(2026, 1, 1),
        currency="USD",
        source_type="test",
        source_id=1,
    )
    for debit, credit in ((100, 100), (0, 0), (-5, 0)):
        with pytest.raises(IntegrityError):
            await JournalLine.create(
                entry=entry,
                line_no=1,
                gl_account=ledger["cash"],
                debit_minor=debit,
                credit_minor=credit,
            )
    assert await JournalLine.all().count() == 0


@pytest.mark.breaks_books
async def test_one_ar_configuration_per_scope(ledger: dict[str, object]) -> None:
    await ArConfiguration.create(entity=None)
    await ArConfiguration.create(entity=ledger["entity"])
    with pytest.raises(IntegrityError):
        await ArConfiguration.create(entity=None)
    with pytest.raises(IntegrityError):
        await ArConfiguration.create(entity=ledger["entity"])
    assert await ArConfiguration.all().count() == 2


async def test_refunds_cannot_be_enabled_without_journal_sequence_and_ar_account(
    db: None,
) -> None:
    journal = await Journal.create(symbol="RFJ", title="Refunds")
    sequence = await DocumentSequence.create(code="RF", prefix="RF-")
    ar = await GLAccount.create(number="1200", title="AR", kind=GLAccountKind.ASSET)
    complete: dict[str, Any] = {
        "refund_journal": journal,
        "refund_sequence": sequence,
        "ar_control_account": ar,
    }
    for missing in complete:
        with pytest.raises(IntegrityError):
            await ArConfiguration.create(
                entity=None,
                refunds_enabled=True,
                **{k: v for k, v in complete.items() if k != missing},
            )
    config = await ArConfiguration.create(entity=None, refunds_enabled=True, **complete)
    assert config.refunds_enabled


async def test_sequence_and_currency_codes_are_checked(company: Company) -> None:
    with pytest.raises(IntegrityError):
        await DocumentSequence.create(code="BAD", next_number=0)
    with pytest.raises(IntegrityError):
        await Entity.create(company=company, code="X", name="X", base_currency="usd")
    for bad in ("US", "U1D", "123", "us$", "Usd"):
        with pytest.raises(IntegrityError):
            await Entity.create(company=company, code=bad, name=bad, base_currency=bad)
    assert await Entity.all().count() == 0
    await Entity.create(company=company, code="OK", name="OK", base_currency="CHF")


@pytest.mark.breaks_books
async def test_document_numbers_are_unique_within_an_entity(ledger: dict[str, object]) -> None:
    other = await Entity.create(
        company=await Company.first(), code="EU01", name="EU", base_currency="EUR"
    )
    fields: dict[str, Any] = {
        "document_date": date(2026, 1, 6),
        "currency": "USD",
        "customer": ledger["customer"],
        "bank_account": ledger["bank"],
        "amount_minor": 500,
    }
    # ADV-1 exists in US01; the same number is fine in another entity and at the top level,
    # once each.
    await Advance.create(number="ADV-1", entity=other, **fields)
    await Advance.create(number="ADV-1", entity=None, **fields)
    for entity in (ledger["entity"], other, None):
        with pytest.raises(IntegrityError):
            await Advance.create(number="ADV-1", entity=entity, **fields)
    assert await Advance.filter(number="ADV-1").count() == 3
