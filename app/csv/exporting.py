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
from app.services import credits
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
    ArAdjustment,
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


async def _pages(
    model: Any, condition: Q, *, related: Iterable[str] = ()
) -> AsyncIterator[list[Any]]:
    """The rows in pages of ``PAGE`` by id: what a page needs besides is read per page, in a
    fixed number of queries, never per row."""
    last = 0
    while True:
        rows = (
            await model.filter(condition, id__gt=last)
            .order_by("id")
            .limit(PAGE)
            .prefetch_related(*related)
        )
        if rows:
            yield rows
        if len(rows) < PAGE:
            return
        last = rows[-1].id


async def _codes(model: Any, ids: Iterable[int | None], column: str = "code") -> dict[int, str]:
    """``column`` of the rows with these ids (customers, bank accounts, accounts, ...)."""
    wanted = {pk for pk in ids if pk is not None}
    if not wanted:
        return {}
    return dict(await model.filter(id__in=wanted).values_list("id", column))


def _own(scope: Scope) -> Q:
    """Documents entered in exactly this scope. The layouts name no entity: a file is
    imported into one scope, so the top level's file must not carry the entities' documents
    (the top level sees them all, and they would come back as top-level ones)."""
    if scope.entity is None:
        return Q(entity_id__isnull=True)
    return Q(entity_id=scope.entity.id)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _flag(value: bool) -> str:
    return "true" if value else "false"


async def _customers(actor: Principal, scope: Scope) -> AsyncIterator[list[str]]:
    async for rows in _pages(Customer, CUSTOMERS.filter(actor, scope)):
        entities = await _codes(Entity, (r.entity_id for r in rows))
        for row in rows:
            yield [row.code, row.name, entities.get(row.entity_id or 0, ""), row.status.value]


async def _gl_accounts(actor: Principal, scope: Scope) -> AsyncIterator[list[str]]:
    LEDGER_SETUP.require(actor)
    async for rows in _pages(GLAccount, Q()):
        for row in rows:
            yield [row.number, row.title, row.kind.value, _flag(row.is_active)]


async def _bank_accounts(actor: Principal, scope: Scope) -> AsyncIterator[list[str]]:
    async for rows in _pages(BankAccount, BANK_ACCOUNTS.filter(actor, scope)):
        entities = await _codes(Entity, (r.entity_id for r in rows))
        accounts = await _codes(GLAccount, (r.gl_account_id for r in rows), "number")
        for row in rows:
            yield [
                row.code,
                row.name,
                row.currency,
                accounts[row.gl_account_id],
                entities.get(row.entity_id or 0, ""),
                _flag(row.is_active),
            ]


_OPEN_ITEM_TYPES = {
    CreditKind.ADJUSTMENT: "credit_memo",
    CreditKind.OVERPAYMENT: "overpayment",
    CreditKind.ADVANCE: "advance",
    CreditKind.NEGATIVE_INVOICE: "credit_invoice",
}


def _open_item_type(credit: ArCredit) -> str:
    """A negative invoice's credit is refundable unless it came from inline credits (the
    invoice has a positive line): that is kept, or the import would make it refundable."""
    if credit.kind == CreditKind.NEGATIVE_INVOICE and credit.has_positive_line:
        return "inline_credit"
    return _OPEN_ITEM_TYPES[credit.kind]


async def _open_items(actor: Principal, scope: Scope) -> AsyncIterator[list[str]]:
    """What is open now: invoices with a balance due, and credits with an open amount."""
    condition = AR_DOCUMENTS.filter(actor, scope) & _own(scope) & Q(balance_due_minor__gt=0)
    # Positive adjustments with a balance due are debit memos; they have no due date.
    for model, item_type in ((Invoice, "invoice"), (ArAdjustment, "debit_memo")):
        async for documents in _pages(model, condition):
            customers = await _codes(Customer, (d.customer_id for d in documents))
            for document in documents:
                due_date: date | None = getattr(document, "due_date", None)
                yield [
                    document.number,
                    item_type,
                    customers[document.customer_id],
                    document.currency,
                    document.document_date.isoformat(),
                    format_minor(document.balance_due_minor, document.currency),
                    _text(due_date and due_date.isoformat()),
                    "",
                    "",
                    document.memo,
                ]
    condition = CREDITS.filter(actor, scope) & _own(scope) & Q(open_minor__gt=0)
    related = ("payment", "advance", "adjustment", "invoice")
    async for page in _pages(ArCredit, condition, related=related):
        customers = await _codes(Customer, (c.customer_id for c in page))
        receipts = [c.payment or c.advance for c in page]
        banks = await _codes(BankAccount, (r.bank_account_id for r in receipts if r))
        for credit, receipt in zip(page, receipts, strict=True):
            document = receipt or credit.adjustment or credit.invoice
            yield [
                credit.document_number,
                _open_item_type(credit),
                customers[credit.customer_id],
                credit.currency,
                credit.document_date.isoformat(),
                format_minor(credit.open_minor, credit.currency),
                "",
                banks[receipt.bank_account_id] if receipt else "",
                receipt.reference if receipt else "",
                document.memo if document else "",
            ]


async def _refunds(
    actor: Principal, scope: Scope, states: Iterable[RefundState]
) -> AsyncIterator[list[str]]:
    """Drafts and posted refunds, one row per credit cleared (voided ones are history)."""
    condition = REFUND_DETAILS.filter(actor, scope) & _own(scope) & Q(state__in=list(states))
    async for page in _pages(Refund, condition):
        customers = await _codes(Customer, (r.customer_id for r in page))
        banks = await _codes(BankAccount, (r.bank_account_id for r in page))
        allocations = await RefundAllocation.filter(refund_id__in=[r.id for r in page]).order_by(
            "refund_id", "id"
        )
        found = {c.id: c for c in await ArCredit.filter(id__in={a.credit_id for a in allocations})}
        by_refund: dict[int, list[RefundAllocation]] = {}
        for allocation in allocations:
            by_refund.setdefault(allocation.refund_id, []).append(allocation)
        for refund in page:
            for allocation in by_refund.get(refund.id, []):
                credit = found[allocation.credit_id]
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
                    credits.source_of(credit)[0],
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
    condition = JOURNAL_ENTRIES.filter(actor, scope) & Q(
        entry_date__gte=date_from, entry_date__lte=date_to
    )
    async for entries in _pages(JournalEntry, condition):
        journals = await _codes(Journal, (e.journal_id for e in entries), "symbol")
        entities = await _codes(Entity, (e.entity_id for e in entries))
        lines = await JournalLine.filter(entry_id__in=[e.id for e in entries]).order_by(
            "entry_id", "line_no"
        )
        accounts = await _codes(GLAccount, (x.gl_account_id for x in lines), "number")
        customers = await _codes(Customer, (x.customer_id for x in lines))
        by_entry: dict[int, list[JournalLine]] = {}
        for line in lines:
            by_entry.setdefault(line.entry_id, []).append(line)
        for entry in entries:
            for line in by_entry.get(entry.id, []):
                yield [
                    str(entry.id),
                    entry.entry_date.isoformat(),
                    journals[entry.journal_id],
                    entities.get(entry.entity_id or 0, ""),
                    str(line.line_no),
                    accounts[line.gl_account_id],
                    customers.get(line.customer_id or 0, ""),
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
    refund_state: RefundState | None = None,
) -> AsyncIterator[list[str]]:
    """The header, then the rows of ``kind`` the actor may see in the scope.

    ``refund_state`` (customer-refunds): only drafts or only posted refunds. Open items
    already hold what posted refunds took, so a move of the position with open items takes
    the drafts alone; posted refunds imported on top would take from the credits again."""
    if kind not in EXPORT_KINDS:
        raise DomainError(
            f"Unknown kind {kind!r}; one of {', '.join(EXPORT_KINDS)}.", code=ErrorCode.INVALID
        )
    yield header(kind)
    rows: AsyncIterator[list[str]]
    if kind == "journal-entries":
        rows = _journal_lines(actor, scope, date_from, date_to)
    elif kind == "customer-refunds":
        states = [refund_state] if refund_state else [RefundState.DRAFT, RefundState.POSTED]
        rows = _refunds(actor, scope, states)
    else:
        rows = {
            "customers": _customers,
            "gl-accounts": _gl_accounts,
            "bank-accounts": _bank_accounts,
            "ar-open-items": _open_items,
        }[kind](actor, scope)
    async for row in rows:
        yield row


def csv_line(cells: list[str]) -> str:
    """One CSV record, quoted where needed."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    return buffer.getvalue()
