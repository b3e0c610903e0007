"""The general ledger: a void reverses the very lines its refund posted."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import configuration, integrity, refunds
from app.services.errors import DomainError, ErrorCode
from app.services.ledger import ar_control_accounts, ar_setup
from app.services.money import exact_int
from app.services.sql import fetch
from models import ArCredit, GLAccount, Journal, JournalEntry, JournalLine
from models.enums import GLAccountKind
from tests.factories import World, advance


async def _balances() -> dict[str, int]:
    """Debits less credits per GL account number, every account listed."""
    rows = await fetch(
        "SELECT a.number, COALESCE(SUM(l.debit_minor - l.credit_minor), 0) AS balance"
        " FROM gl_account a LEFT JOIN journal_line l ON l.gl_account_id = a.id"
        " GROUP BY a.number"
    )
    return {str(row["number"]): exact_int(row["balance"]) for row in rows}


async def _lines(entry_id: int | None) -> list[tuple[int, int | None, int, int, str]]:
    rows = await JournalLine.filter(entry_id=entry_id).order_by("line_no")
    return [
        (row.gl_account_id, row.customer_id, row.debit_minor, row.credit_minor, row.memo)
        for row in rows
    ]


async def test_a_void_reverses_the_posted_lines_after_the_accounts_changed(
    world: World, refunds_enabled: None
) -> None:
    await advance(world, "C-US", "ADV-1", "100.00")
    credit = await ArCredit.get(document_number="ADV-1")
    scope = world.scope("US01")
    before = await _balances()

    refund = await refunds.record(
        world.actor,
        scope,
        refunds.RefundInput(
            customer_id=world.customers["C-US"].id,
            bank_account_id=world.banks["US-OPER"].id,
            currency="USD",
            payment_date=date(2026, 3, 10),
        ),
        [refunds.AllocationInput(credit.id, "40.00")],
    )
    posted = await JournalEntry.get(id=refund.journal_entry_id)
    posted_lines = await _lines(posted.id)
    assert {(account, debit, credit_) for account, _, debit, credit_, _ in posted_lines} == {
        (world.accounts["1200"].id, 4000, 0),
        (world.accounts["1000"].id, 0, 4000),
    }

    # The controller moves AR to a new control account and refunds to a new journal.
    new_control = await GLAccount.create(
        number="1210", title="Accounts receivable (new)", kind=GLAccountKind.ASSET
    )
    await Journal.create(symbol="RFJ2", title="Refunds, new")
    await configuration.update_configuration(
        world.actor,
        scope,
        configuration.ArConfigurationInput(
            refunds_enabled=True, refund_journal_symbol="RFJ2", ar_control_account_number="1210"
        ),
    )
    assert (await ar_setup(world.us.id)).ar_control_account_id == new_control.id
    assert (await configuration.refund_configuration(world.us.id)).refund_journal_id != (
        posted.journal_id
    )
    # Both stay AR control accounts: what was posted to 1200 is still the customer's AR.
    assert set(await ar_control_accounts()) == {world.accounts["1200"].id, new_control.id}

    voided = await refunds.void(
        world.actor, scope, refund.id, void_date=date(2026, 3, 20), reason="Entered twice"
    )
    reversal = await JournalEntry.get(id=voided.void_journal_entry_id)
    assert reversal.reverses_id == posted.id
    assert reversal.journal_id == posted.journal_id
    assert (reversal.entity_id, reversal.currency, reversal.entry_date) == (
        posted.entity_id,
        posted.currency,
        date(2026, 3, 20),
    )
    assert await _lines(reversal.id) == [
        (account, customer, credit_, debit, memo)
        for account, customer, debit, credit_, memo in posted_lines
    ]
    assert await _balances() == {**before, "1210": 0}
    assert (await ArCredit.get(id=credit.id)).open_minor == 10000
    assert await integrity.find_problems() == []  # the db fixture checks again after


async def test_an_ar_control_account_must_be_an_active_asset_account(
    world: World, refunds_enabled: None
) -> None:
    await GLAccount.create(number="1290", title="Old AR", kind=GLAccountKind.ASSET, is_active=False)
    scope = world.scope("US01")
    before = await ar_setup(world.us.id)
    for number, journal, expected in (
        ("9999", None, [(ErrorCode.GL_ACCOUNT_NOT_FOUND, "arControlAccountNumber")]),
        ("1290", None, [(ErrorCode.GL_ACCOUNT_NOT_FOUND, "arControlAccountNumber")]),
        ("4000", None, [(ErrorCode.INVALID, "arControlAccountNumber")]),
        (
            "1200",
            "NOPE",
            [(ErrorCode.JOURNAL_NOT_FOUND, "arJournalSymbol")],
        ),
    ):
        with pytest.raises(DomainError) as refused:
            await configuration.update_configuration(
                world.actor,
                scope,
                configuration.ArConfigurationInput(
                    refunds_enabled=True,
                    ar_control_account_number=number,
                    ar_journal_symbol=journal,
                ),
            )
        assert [(e.code, e.field) for e in refused.value.errors] == expected
    assert await ar_setup(world.us.id) == before
    assert await ar_control_accounts() == [world.accounts["1200"].id]
