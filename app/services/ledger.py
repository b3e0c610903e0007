"""The general ledger: balanced journal entries, and where AR postings go."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from app.services.access import Principal
from app.services.errors import DomainError, ErrorCode, ErrorCollector
from app.services.money import exact_int
from app.services.sql import as_int, as_models, fetch, read_primary, write
from app.services.texts import check_text, column_limit
from models import ArConfiguration, BankAccount, GLAccount, JournalEntry, JournalLine
from models.enums import GLAccountKind


class UnbalancedEntry(RuntimeError):
    """A bug: code tried to post an entry whose debits and credits differ."""


@dataclass(frozen=True, slots=True)
class Line:
    """One side of a posting, in minor units; exactly one of debit and credit is positive."""

    gl_account_id: int
    debit_minor: int = 0
    credit_minor: int = 0
    customer_id: int | None = None
    memo: str = ""


async def post_entry(
    *,
    journal_id: int,
    entity_id: int | None,
    entry_date: date,
    currency: str,
    description: str,
    source_type: str,
    source_id: int,
    lines: list[Line],
    actor: Principal,
    reverses_id: int | None = None,
) -> int:
    """Write one journal entry and return its id; refuses (as a bug) anything that does not
    balance. Two statements whatever the number of lines: every post goes through here, and
    building them with the ORM cost more than running them."""
    debits = sum(line.debit_minor for line in lines)
    credits = sum(line.credit_minor for line in lines)
    one_sided = all((line.debit_minor > 0) != (line.credit_minor > 0) for line in lines)
    if not lines or debits != credits or debits <= 0 or not one_sided:
        raise UnbalancedEntry(f"{source_type} {source_id}: debits {debits} != credits {credits}")
    entry_id = as_int(
        (
            await write(
                _INSERT_ENTRY,
                [
                    journal_id,
                    entity_id,
                    entry_date,
                    currency,
                    description[:255],
                    source_type,
                    source_id,
                    reverses_id,
                    actor.user_id,
                    datetime.now(UTC),
                ],
            )
        )[0]["id"]
    )
    values: list[Any] = []
    for number, line in enumerate(lines, start=1):
        values += [
            entry_id,
            number,
            line.gl_account_id,
            line.customer_id,
            line.debit_minor,
            line.credit_minor,
            line.memo[:255],
        ]
    await write(_INSERT_LINES + ", ".join([_LINE_VALUES] * len(lines)), values)
    return entry_id


_INSERT_ENTRY = (
    "INSERT INTO journal_entry (journal_id, entity_id, entry_date, currency, description,"
    " source_type, source_id, reverses_id, posted_by_id, posted_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"
)
_INSERT_LINES = (
    "INSERT INTO journal_line (entry_id, line_no, gl_account_id, customer_id, debit_minor,"
    " credit_minor, memo) VALUES "
)
_LINE_VALUES = "(?, ?, ?, ?, ?, ?, ?)"


async def reverse_entry(
    original: JournalEntry,
    *,
    entry_date: date,
    description: str,
    source_type: str,
    source_id: int,
    actor: Principal,
) -> int:
    """The reversal of ``original``: its own lines (accounts, customers, amounts, memos) with
    debits and credits swapped, in its journal, entity and currency. Never re-derived from
    today's configuration, which may name other accounts than the ones it posted to."""
    lines = await JournalLine.filter(entry_id=original.id).order_by("line_no")
    return await post_entry(
        journal_id=original.journal_id,
        entity_id=original.entity_id,
        entry_date=entry_date,
        currency=original.currency,
        description=description,
        source_type=source_type,
        source_id=source_id,
        actor=actor,
        reverses_id=original.id,
        lines=[
            Line(
                line.gl_account_id,
                debit_minor=line.credit_minor,
                credit_minor=line.debit_minor,
                customer_id=line.customer_id,
                memo=line.memo,
            )
            for line in lines
        ],
    )


async def ar_control_accounts() -> list[int]:
    """Every account holding AR subledger postings: the ones AR configurations name, and
    those they named before (flagged ``is_ar_control`` when named)."""
    # Plain SQL: every report reads this, and building the ORM query (a subquery) cost more
    # than running it.
    rows = await fetch(
        "SELECT id FROM gl_account WHERE is_ar_control = ? OR id IN (SELECT"
        " ar_control_account_id FROM ar_configuration WHERE ar_control_account_id IS NOT NULL)"
        " ORDER BY id",
        [True],
    )
    return [exact_int(row["id"]) for row in rows]


async def active_asset_account(
    errors: ErrorCollector, number: str | None, *, field: str, purpose: str
) -> GLAccount | None:
    """The active asset account ``number`` names (cash, AR control), else an error."""
    if number is None:
        return None
    if not check_text(errors, number, field=field):
        return None
    account = None
    text = number.strip()
    if len(text) <= column_limit(GLAccount, "number"):
        account = await GLAccount.get_or_none(number=text, is_active=True)
    if account is None:
        errors.add(
            f"No active GL account {number!r}.", field=field, code=ErrorCode.GL_ACCOUNT_NOT_FOUND
        )
        return None
    if account.kind != GLAccountKind.ASSET:
        errors.add(
            f"Account {account.number} is {account.kind.value}: {purpose} is an asset.",
            field=field,
            code=ErrorCode.INVALID,
        )
        return None
    return account


async def ar_control_account(
    errors: ErrorCollector, number: str | None, *, field: str
) -> GLAccount | None:
    """The account ``number`` names as an AR control account, else an error: an active
    asset account that is no bank's cash account. The two roles never share an account: the
    subledger check reads every line of an AR control account as what a customer owes, and
    a bank's lines name no customer (found by the GraphQL fuzz run: a control account set to
    the cash account broke ``check``)."""
    account = await active_asset_account(errors, number, field=field, purpose="what customers owe")
    if account is not None and await BankAccount.filter(gl_account_id=account.id).exists():
        errors.add(
            f"Account {account.number} is a bank account's cash account; what customers owe "
            "is kept on an account of its own.",
            field=field,
            code=ErrorCode.INVALID,
        )
        return None
    return account


async def cash_account(
    errors: ErrorCollector, number: str | None, *, field: str
) -> GLAccount | None:
    """The account ``number`` names as a bank account's cash account, else an error: an
    active asset account that is no AR control account (now or before)."""
    account = await active_asset_account(errors, number, field=field, purpose="cash in a bank")
    if account is not None and account.id in await ar_control_accounts():
        errors.add(
            f"Account {account.number} is an AR control account; a bank's cash is kept on an "
            "account of its own.",
            field=field,
            code=ErrorCode.INVALID,
        )
        return None
    return account


def ar_control_line(customer_id: int, amount_minor: int, account_id: int) -> Line:
    """The customer's side of an AR posting: a debit when they owe more, else a credit."""
    if amount_minor >= 0:
        return Line(account_id, debit_minor=amount_minor, customer_id=customer_id)
    return Line(account_id, credit_minor=-amount_minor, customer_id=customer_id)


@dataclass(frozen=True, slots=True)
class ArSetup:
    journal_id: int
    ar_control_account_id: int


async def ar_setup(entity_id: int | None) -> ArSetup:
    """The AR journal and control account for documents of an entity (or the top level);
    an entity without its own setting uses the top level's."""
    return ar_setup_of(entity_id, await ar_configurations(entity_id))


async def ar_configurations(entity_id: int | None) -> dict[int | None, ArConfiguration]:
    """The AR configuration rows of an entity and of the top level, by entity id (None: the
    top level), in one query."""
    rows = await read_primary(
        "SELECT * FROM ar_configuration WHERE entity_id = ? OR entity_id IS NULL", [entity_id]
    )
    return {row.entity_id: row for row in as_models(ArConfiguration, rows)}


def ar_setup_of(entity_id: int | None, rows: dict[int | None, ArConfiguration]) -> ArSetup:
    """``ar_setup`` from the rows ``ar_configurations`` read."""
    own, top = rows.get(entity_id), rows.get(None)
    journal_id = (own and own.ar_journal_id) or (top and top.ar_journal_id)
    control_id = (own and own.ar_control_account_id) or (top and top.ar_control_account_id)
    if not journal_id or not control_id:
        raise DomainError(
            "AR is not configured here: an AR journal and an AR control account are needed.",
            field=None,
            code=ErrorCode.AR_NOT_CONFIGURED,
        )
    return ArSetup(journal_id=journal_id, ar_control_account_id=control_id)
