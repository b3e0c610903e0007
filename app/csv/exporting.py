"""CSV export: the import layouts out (what one system exports, another imports), and the
journal entries of a period for the company's ERP (one row per journal line).

Rows are read in pages of ``PAGE`` by id, so memory does not grow with the books; what a
user may see follows the same visibility rules as every other read.
"""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator, Iterable
from datetime import date
from typing import Any

from tortoise.expressions import Q

from app.csv.layouts import LAYOUTS
from app.services.access import (
    AR_DOCUMENTS,
    BANK_ACCOUNTS,
    CREDITS,
    CUSTOMERS,
    JOURNAL_ENTRIES,
    LEDGER_SETUP,
    REFUND_DETAILS,
    Principal,
    Scope,
)
from app.services.errors import DomainError, ErrorCode
from app.services.money import format_minor
from models import (
    ArCredit,
    BankAccount,
    Customer,
    Entity,
    GLAccount,
    Invoice,
    Journal,
    JournalEntry,
    JournalLine,
    Refund,
    RefundAllocation,
)
from models.enums import CreditKind, RefundState

PAGE = 1000

JOURNAL_COLUMNS = (
    "entry_id",
    "entry_date",
    "journal",
    "entity",
    "line",
    "account",
    "customer",
    "debit",
    "credit",
    "currency",
    "description",
    "source_type",
    "source_id",
    "reverses_entry_id",
)
EXPORT_KINDS = (*LAYOUTS, "journal-entries")


async def _pages(model: Any, condition: Q, *, related: Iterable[str] = ()) -> AsyncIterator[Any]:
    last = 0
    while True:
        rows = (
            await model.filter(condition, id__gt=last)
            .order_by("id")
            .limit(PAGE)
            .prefetch_related(*related)
        )
        for row in rows:
            yield row
        if len(rows) < PAGE:
            return
        last = rows[-1].id


async def _codes(model: Any, ids: set[int], column: str = "code") -> dict[int, str]:
    if not ids:
        return {}
    return dict(await model.filter(id__in=ids).values_list("id", column))


def _text(value: object) -> str:
    return "" if value is None else str(value)


async def _customers(actor: Principal, scope: Scope) -> AsyncIterator[list[str]]:
    entities = dict(await Entity.all().values_list("id", "code"))
    async for row in _pages(Customer, CUSTOMERS.filter(actor, scope)):
        yield [row.code, row.name, entities.get(row.entity_id, ""), row.status.value]


async def _gl_accounts(actor: Principal, scope: Scope) -> AsyncIterator[list[str]]:
    LEDGER_SETUP.require(actor)
    async for row in _pages(GLAccount, Q()):
        yield [row.number, row.title, row.kind.value, "true" if row.is_active else "false"]


async def _bank_accounts(actor: Principal, scope: Scope) -> AsyncIterator[list[str]]:
    entities = dict(await Entity.all().values_list("id", "code"))
    accounts = dict(await GLAccount.all().values_list("id", "number"))
    async for row in _pages(BankAccount, BANK_ACCOUNTS.filter(actor, scope)):
        yield [
            row.code,
            row.name,
            row.currency,
            accounts[row.gl_account_id],
            entities.get(row.entity_id, ""),
            "true" if row.is_active else "false",
        ]


_CREDIT_TYPES = {
    CreditKind.ADJUSTMENT: "credit_memo",
    CreditKind.OVERPAYMENT: "overpayment",
    CreditKind.ADVANCE: "advance",
}


async def _open_items(actor: Principal, scope: Scope) -> AsyncIterator[list[str]]:
    """What is open now: invoices with a balance due, and credits with an open amount (a
    negative invoice's credit is no open item of the old-system kinds and stays out)."""
    customers = dict(await Customer.all().values_list("id", "code"))
    async for invoice in _pages(
        Invoice, AR_DOCUMENTS.filter(actor, scope) & Q(balance_due_minor__gt=0)
    ):
        yield [
            invoice.number,
            "invoice",
            customers[invoice.customer_id],
            invoice.currency,
            invoice.document_date.isoformat(),
            format_minor(invoice.balance_due_minor, invoice.currency),
            _text(invoice.due_date and invoice.due_date.isoformat()),
            "",
            "",
            invoice.memo,
        ]
    banks = dict(await BankAccount.all().values_list("id", "code"))
    async for credit in _pages(
        ArCredit,
        CREDITS.filter(actor, scope) & Q(open_minor__gt=0, kind__in=list(_CREDIT_TYPES)),
        related=("payment", "advance", "adjustment"),
    ):
        receipt = credit.payment or credit.advance
        yield [
            credit.document_number,
            _CREDIT_TYPES[credit.kind],
            customers[credit.customer_id],
            credit.currency,
            credit.document_date.isoformat(),
            format_minor(credit.open_minor, credit.currency),
            "",
            banks[receipt.bank_account_id] if receipt else "",
            receipt.reference if receipt else "",
            (receipt or credit.adjustment).memo if (receipt or credit.adjustment) else "",
        ]


_SOURCE_TYPES = {
    "invoice_id": "invoice",
    "adjustment_id": "adjustment",
    "payment_id": "payment",
    "advance_id": "advance",
}


async def _refunds(actor: Principal, scope: Scope) -> AsyncIterator[list[str]]:
    """Drafts and posted refunds, one row per credit cleared (voided ones are history)."""
    customers = dict(await Customer.all().values_list("id", "code"))
    banks = dict(await BankAccount.all().values_list("id", "code"))
    condition = REFUND_DETAILS.filter(actor, scope) & Q(
        state__in=[RefundState.DRAFT, RefundState.POSTED]
    )
    async for refund in _pages(Refund, condition):
        allocations = await RefundAllocation.filter(refund_id=refund.id).order_by("id")
        credits = {
            c.id: c for c in await ArCredit.filter(id__in=[a.credit_id for a in allocations])
        }
        for allocation in allocations:
            credit = credits[allocation.credit_id]
            source = next(name for name in _SOURCE_TYPES if getattr(credit, name) is not None)
            yield [
                refund.number or f"DRAFT-{refund.id}",
                "posted" if refund.state == RefundState.POSTED else "draft",
                customers[refund.customer_id],
                banks[refund.bank_account_id],
                refund.currency,
                refund.payment_date.isoformat(),
                refund.reference,
                refund.memo,
                credit.document_number,
                _SOURCE_TYPES[source],
                format_minor(allocation.amount_minor, refund.currency),
            ]


async def _journal_lines(
    actor: Principal, scope: Scope, date_from: date | None, date_to: date | None
) -> AsyncIterator[list[str]]:
    if date_from is None or date_to is None:
        raise DomainError(
            "The journal entries export is of a period: give its first and last day.",
            field="dateFrom",
            code=ErrorCode.VALUE_REQUIRED,
        )
    journals = dict(await Journal.all().values_list("id", "symbol"))
    entities = dict(await Entity.all().values_list("id", "code"))
    accounts = dict(await GLAccount.all().values_list("id", "number"))
    customers = dict(await Customer.all().values_list("id", "code"))
    condition = JOURNAL_ENTRIES.filter(actor, scope) & Q(
        entry_date__gte=date_from, entry_date__lte=date_to
    )
    async for entry in _pages(JournalEntry, condition):
        for line in await JournalLine.filter(entry_id=entry.id).order_by("line_no"):
            yield [
                str(entry.id),
                entry.entry_date.isoformat(),
                journals[entry.journal_id],
                entities.get(entry.entity_id, ""),
                str(line.line_no),
                accounts[line.gl_account_id],
                customers.get(line.customer_id, ""),
                format_minor(line.debit_minor, entry.currency) if line.debit_minor else "",
                format_minor(line.credit_minor, entry.currency) if line.credit_minor else "",
                entry.currency,
                entry.description,
                entry.source_type,
                str(entry.source_id),
                _text(entry.reverses_id),
            ]


def header(kind: str) -> list[str]:
    return list(JOURNAL_COLUMNS) if kind == "journal-entries" else LAYOUTS[kind].names


async def export_rows(
    actor: Principal,
    scope: Scope,
    kind: str,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
) -> AsyncIterator[list[str]]:
    """The header, then the rows of ``kind`` the actor may see in the scope."""
    if kind not in EXPORT_KINDS:
        raise DomainError(
            f"Unknown kind {kind!r}; one of {', '.join(EXPORT_KINDS)}.", code=ErrorCode.INVALID
        )
    yield header(kind)
    rows: AsyncIterator[list[str]]
    if kind == "journal-entries":
        rows = _journal_lines(actor, scope, date_from, date_to)
    else:
        rows = {
            "customers": _customers,
            "gl-accounts": _gl_accounts,
            "bank-accounts": _bank_accounts,
            "ar-open-items": _open_items,
            "customer-refunds": _refunds,
        }[kind](actor, scope)
    async for row in rows:
        yield row


def csv_line(cells: list[str]) -> str:
    """One CSV record, quoted where needed."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    return buffer.getvalue()
