"""Posting AR documents: invoices, AR adjustments, received payments and advances.

Each validates its whole input first (reporting every problem at once), then writes the
document, its balanced journal entry, the credit it leaves and an audit event in one
transaction. Documents are immutable once posted.

Where a document lives: inside an entity, in that entity; at the top level, in the
customer's entity (a shared customer's document stays at the top level).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple, TypeVar

from tortoise.exceptions import IntegrityError
from tortoise.models import Model

from app.services import audit, bank_accounts, cursors, customers, idempotency
from app.services.access import AR_DOCUMENTS, Principal, Scope
from app.services.errors import DomainError, ErrorCode, ErrorCollector
from app.services.ledger import Line, ar_control_line, ar_setup, post_entry
from app.services.money import collect_currency, parse_amount, parse_positive_amount
from app.services.paging import LIST_PAGE_MAX, check_page_size
from app.services.sql import (
    Row,
    as_date,
    as_optional_date,
    fetch_rows,
    one_of,
    shift_guarded,
)
from app.services.texts import check_length, check_text, column_limit
from app.services.transactions import atomic
from models import (
    Advance,
    ArAdjustment,
    ArAdjustmentLine,
    ArCredit,
    Customer,
    GLAccount,
    Invoice,
    InvoiceLine,
    PaymentApplication,
    ReceivedPayment,
)
from models.enums import CreditKind, Permission

D = TypeVar("D", bound=Model)


@dataclass(frozen=True, slots=True)
class LineInput:
    amount: str
    gl_account_number: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class InvoiceInput:
    customer_id: int
    number: str
    document_date: date
    currency: str
    lines: list[LineInput]
    due_date: date | None = None
    memo: str = ""


@dataclass(frozen=True, slots=True)
class AdjustmentInput:
    customer_id: int
    number: str
    document_date: date
    currency: str
    lines: list[LineInput]
    memo: str = ""


@dataclass(frozen=True, slots=True)
class ApplicationInput:
    invoice_id: int
    amount: str


@dataclass(frozen=True, slots=True)
class ReceiptInput:
    """A received payment or an advance: money in, from a customer, into a bank account."""

    customer_id: int
    number: str
    document_date: date
    currency: str
    amount: str
    bank_account_id: int
    reference: str = ""
    memo: str = ""
    applications: list[ApplicationInput] = field(default_factory=list)
    # An opening item brought in from the old system: the money reached the bank before the
    # move, so the entry debits this account (the opening balance) instead of the bank's cash
    # account, and the bank reports leave it out.
    opening_account_number: str | None = None


@dataclass(slots=True)
class _Header:
    """What every document needs once validated."""

    customer: Customer
    entity_id: int | None
    number: str
    currency: str


async def _validate_header(
    scope: Scope,
    errors: ErrorCollector,
    *,
    model: type[Model],
    customer_id: int,
    number: str,
    currency: str | None,
    memo: str,
) -> _Header | None:
    customer = await customers.customer_for_document(scope, customer_id, errors)
    number = number.strip()
    number_fits = check_length(errors, number, model, "number", field="number", required=True)
    check_length(errors, memo, model, "memo", field="memo", free_text=True)
    if customer is None or currency is None:  # the rest depends on both
        return None
    entity_id = customers.document_entity_id(scope, customer)
    if number_fits and await model.exists(number=number, entity_id=entity_id):
        errors.add(
            f"Number {number} is already used.", field="number", code=ErrorCode.DUPLICATE_NUMBER
        )
    return _Header(customer=customer, entity_id=entity_id, number=number, currency=currency)


@dataclass(frozen=True, slots=True)
class _Line:
    amount_minor: int
    gl_account_id: int
    description: str


def _line_amount(value: str, currency: str | None, *, field: str) -> int | None:
    """A line's amount in minor units: anything but zero (None: the currency is unknown)."""
    if currency is None:
        return None
    amount = parse_amount(value, currency, field=field)
    if amount == 0:
        raise DomainError("A line amount cannot be zero.", field=field, code=ErrorCode.ZERO_AMOUNT)
    return amount


async def _validate_lines(
    lines: list[LineInput], currency: str | None, line_model: type[Model], errors: ErrorCollector
) -> list[_Line]:
    """The lines, each checked; amounts only once the currency is known."""
    if not lines:
        errors.add(
            "A document needs at least one line.", field="lines", code=ErrorCode.EMPTY_DOCUMENT
        )
        return []
    # A number that is no text, or longer than the column, names no account: leave it out.
    usable = [
        check_text(errors, line.gl_account_number, field=f"lines.{index}.glAccountNumber")
        for index, line in enumerate(lines)
    ]
    numbers = {
        number
        for line, fine in zip(lines, usable, strict=True)
        if fine
        and len(number := line.gl_account_number.strip()) <= column_limit(GLAccount, "number")
    }
    accounts = {a.number: a for a in await GLAccount.filter(number__in=numbers, is_active=True)}
    valid = []
    for index, line in enumerate(lines):
        amount = None
        with errors.check():
            amount = _line_amount(line.amount, currency, field=f"lines.{index}.amount")
        account = accounts.get(line.gl_account_number.strip())
        if account is None and usable[index]:
            errors.add(
                f"No active GL account {line.gl_account_number!r}.",
                field=f"lines.{index}.glAccountNumber",
                code=ErrorCode.GL_ACCOUNT_NOT_FOUND,
            )
        description = line.description.strip()
        check_length(
            errors,
            description,
            line_model,
            "description",
            field=f"lines.{index}.description",
            free_text=True,
        )
        if amount and account is not None:
            valid.append(_Line(amount, account.id, description))
    if len(valid) == len(lines) and sum(line.amount_minor for line in valid) == 0:
        errors.add("The lines add up to zero.", field="lines", code=ErrorCode.ZERO_AMOUNT)
    return valid


async def _create_numbered(create: Callable[[], Awaitable[D]], number: str) -> D:
    """Create a numbered document; a number taken meanwhile is a duplicate, not a crash."""
    try:
        return await create()
    except IntegrityError as error:
        if "_number" not in str(error):  # only the uq_<table>_number index means that
            raise
        raise DomainError(
            f"Number {number} is already used.", field="number", code=ErrorCode.DUPLICATE_NUMBER
        ) from error


def _revenue_side(lines: list[_Line]) -> list[Line]:
    """The other side of the AR line: positive lines are credits, negative ones debits."""
    return [
        Line(line.gl_account_id, credit_minor=line.amount_minor, memo=line.description)
        if line.amount_minor > 0
        else Line(line.gl_account_id, debit_minor=-line.amount_minor, memo=line.description)
        for line in lines
    ]


async def _credit_for(
    kind: CreditKind,
    header: _Header,
    document_date: date,
    amount_minor: int,
    *,
    has_positive_line: bool = False,
    **source: Any,
) -> None:
    await ArCredit.create(
        kind=kind,
        entity_id=header.entity_id,
        customer_id=header.customer.id,
        currency=header.currency,
        document_number=header.number,
        document_date=document_date,
        original_minor=amount_minor,
        open_minor=amount_minor,
        has_positive_line=has_positive_line,
        **source,
    )


@dataclass(frozen=True, slots=True)
class _LinedKind:
    """How an invoice or an adjustment differs when posted."""

    model: type[Invoice] | type[ArAdjustment]
    line_model: type[Model]
    parent_field: str  # the line's foreign key to its document
    source_type: str
    label: str
    credit_kind: CreditKind


_INVOICE = _LinedKind(
    Invoice, InvoiceLine, "invoice_id", "invoice", "Invoice", CreditKind.NEGATIVE_INVOICE
)
_ADJUSTMENT = _LinedKind(
    ArAdjustment,
    ArAdjustmentLine,
    "adjustment_id",
    "ar_adjustment",
    "AR adjustment",
    CreditKind.ADJUSTMENT,
)


async def _post_lined(
    actor: Principal,
    scope: Scope,
    kind: _LinedKind,
    data: InvoiceInput | AdjustmentInput,
    errors: ErrorCollector,
    **extra: Any,
) -> int:
    """Post an invoice or adjustment: lines, AR control against their GL accounts, and a
    credit when the total is negative, refundable only when no line is positive
    (otherwise its credit comes from inline credits)."""
    currency = collect_currency(errors, data.currency)
    header = await _validate_header(
        scope,
        errors,
        model=kind.model,
        customer_id=data.customer_id,
        number=data.number,
        currency=currency,
        memo=data.memo,
    )
    lines = await _validate_lines(data.lines, currency, kind.line_model, errors)
    errors.raise_if_any()
    if header is None:  # raise_if_any would have raised
        raise RuntimeError("validated input is missing")
    setup = await ar_setup(header.entity_id)
    total = sum(line.amount_minor for line in lines)
    async with atomic():
        await customers.lock_books(header.customer.id)
        document = await _create_numbered(
            lambda: kind.model.create(
                number=header.number,
                entity_id=header.entity_id,
                customer_id=header.customer.id,
                document_date=data.document_date,
                currency=header.currency,
                total_minor=total,
                balance_due_minor=max(total, 0),
                memo=data.memo,
                created_by_id=actor.user_id,
                **extra,
            ),
            header.number,
        )
        await kind.line_model.bulk_create(
            [
                kind.line_model(
                    **{kind.parent_field: document.id},
                    line_no=number,
                    gl_account_id=line.gl_account_id,
                    description=line.description,
                    amount_minor=line.amount_minor,
                )
                for number, line in enumerate(lines, start=1)
            ]
        )
        entry_id = await post_entry(
            journal_id=setup.journal_id,
            entity_id=header.entity_id,
            entry_date=data.document_date,
            currency=header.currency,
            description=f"{kind.label} {header.number} {header.customer.code}",
            source_type=kind.source_type,
            source_id=document.id,
            actor=actor,
            lines=[
                ar_control_line(header.customer.id, total, setup.ar_control_account_id),
                *_revenue_side(lines),
            ],
        )
        await kind.model.filter(id=document.id).update(journal_entry_id=entry_id)
        if total < 0:
            await _credit_for(
                kind.credit_kind,
                header,
                data.document_date,
                -total,
                has_positive_line=any(ln.amount_minor > 0 for ln in lines),
                **{kind.parent_field: document.id},
            )
        await audit.record(
            actor,
            action=f"{kind.source_type}.posted",
            object_type=kind.source_type,
            object_id=document.id,
            entity_id=header.entity_id,
            details={"number": header.number, "total_minor": total},
        )
    return int(document.id)


async def _once(
    actor: Principal,
    scope: Scope,
    *,
    key: str | None,
    operation: str,
    data: Any,
    work: Callable[[], Awaitable[int]],
) -> int:
    """``work`` at most once per idempotency key (documents are immutable once posted, so
    the document itself is the first answer)."""
    outcome = await idempotency.once(
        actor, key, operation, idempotency.request_of(scope, document=data), work
    )
    return outcome.id


async def post_invoice(
    actor: Principal, scope: Scope, data: InvoiceInput, *, idempotency_key: str | None = None
) -> Invoice:
    """Post an invoice; its lines may be negative and its total below zero."""
    actor.require(Permission.AR_DOCUMENTS_MANAGE)

    async def work() -> int:
        errors = ErrorCollector()
        if data.due_date is not None and data.due_date < data.document_date:
            errors.add(
                "The due date is before the invoice date.", field="dueDate", code=ErrorCode.INVALID
            )
        return await _post_lined(actor, scope, _INVOICE, data, errors, due_date=data.due_date)

    invoice_id = await _once(
        actor, scope, key=idempotency_key, operation="invoice.post", data=data, work=work
    )
    return await Invoice.get(id=invoice_id)


async def post_adjustment(
    actor: Principal, scope: Scope, data: AdjustmentInput, *, idempotency_key: str | None = None
) -> ArAdjustment:
    """Post an AR adjustment; a negative one is a credit memo and leaves a credit."""
    actor.require(Permission.AR_DOCUMENTS_MANAGE)
    adjustment_id = await _once(
        actor,
        scope,
        key=idempotency_key,
        operation="adjustment.post",
        data=data,
        work=lambda: _post_lined(actor, scope, _ADJUSTMENT, data, ErrorCollector()),
    )
    return await ArAdjustment.get(id=adjustment_id)


@dataclass(frozen=True, slots=True)
class _Application:
    invoice_id: int
    amount_minor: int


async def _validate_applications(
    scope: Scope,
    errors: ErrorCollector,
    data: ReceiptInput,
    header: _Header | None,
    amount_minor: int | None,
) -> list[_Application]:
    invoices = {
        invoice.id: invoice
        for invoice in await Invoice.filter(id__in=[a.invoice_id for a in data.applications])
    }
    valid: list[_Application] = []
    seen: set[int] = set()
    for index, application in enumerate(data.applications):
        where = f"applications.{index}"
        invoice = invoices.get(application.invoice_id)
        if (
            invoice is None
            or header is None
            or invoice.customer_id != header.customer.id
            or not scope.can_see_document(invoice.entity_id)
        ):
            errors.add(
                "No such invoice of this customer here.",
                field=f"{where}.invoiceId",
                code=ErrorCode.INVOICE_NOT_FOUND,
            )
            continue
        if invoice.id in seen:
            errors.add(
                "The invoice is listed twice.", field=f"{where}.invoiceId", code=ErrorCode.INVALID
            )
            continue
        seen.add(invoice.id)
        if invoice.currency != header.currency:
            errors.add(
                f"Invoice {invoice.number} is in {invoice.currency}.",
                field=f"{where}.invoiceId",
                code=ErrorCode.CURRENCY_MISMATCH,
            )
            continue
        with errors.check():
            applied = parse_positive_amount(
                application.amount, header.currency, field=f"{where}.amount"
            )
            if applied > invoice.balance_due_minor:
                raise DomainError(
                    f"Invoice {invoice.number} has less than that left to pay.",
                    field=f"{where}.amount",
                    code=ErrorCode.APPLICATION_EXCEEDS_BALANCE,
                )
            valid.append(_Application(invoice.id, applied))
    if amount_minor is not None and sum(a.amount_minor for a in valid) > amount_minor:
        errors.add(
            "The applications add up to more than the payment.",
            field="applications",
            code=ErrorCode.APPLICATIONS_EXCEED_PAYMENT,
        )
    return valid


async def _record_receipt(
    actor: Principal,
    scope: Scope,
    data: ReceiptInput,
    *,
    model: type[ReceivedPayment] | type[Advance],
    source_type: str,
    label: str,
) -> int:
    """Money in: the bank's cash account against AR control. A payment is applied to
    invoices and what is left is an overpayment credit; an advance is all credit."""
    actor.require(Permission.AR_DOCUMENTS_MANAGE)
    errors = ErrorCollector()
    currency = collect_currency(errors, data.currency)
    header = await _validate_header(
        scope,
        errors,
        model=model,
        customer_id=data.customer_id,
        number=data.number,
        currency=currency,
        memo=data.memo,
    )
    check_length(errors, data.reference, model, "reference", field="reference")
    amount = None
    if currency is not None:
        with errors.check():
            amount = parse_positive_amount(data.amount, currency, field="amount")
    bank = await bank_accounts.bank_account_for_document(
        scope,
        errors,
        data.bank_account_id,
        entity_id=header.entity_id if header else None,
        entity_known=header is not None,
        currency=currency,
    )
    opening = await _opening_account(errors, data.opening_account_number)
    is_payment = model is ReceivedPayment
    applications: list[_Application] = []
    if is_payment and currency is not None:  # without it, nothing of them can be checked
        applications = await _validate_applications(scope, errors, data, header, amount)
    elif data.applications:
        errors.add(
            "An advance is not applied to invoices.", field="applications", code=ErrorCode.INVALID
        )
    errors.raise_if_any()
    if header is None or bank is None or amount is None:  # raise_if_any would have raised
        raise RuntimeError("validated input is missing")
    setup = await ar_setup(header.entity_id)
    credit_left = amount - sum(a.amount_minor for a in applications)
    async with atomic():
        await customers.lock_books(header.customer.id)
        receipt = await _create_numbered(
            lambda: model.create(
                number=header.number,
                entity_id=header.entity_id,
                customer_id=header.customer.id,
                bank_account_id=bank.id,
                document_date=data.document_date,
                currency=header.currency,
                amount_minor=amount,
                reference=data.reference,
                memo=data.memo,
                created_by_id=actor.user_id,
                is_opening=opening is not None,
            ),
            header.number,
        )
        await _apply_to_invoices(receipt.id, applications)
        entry_id = await post_entry(
            journal_id=setup.journal_id,
            entity_id=header.entity_id,
            entry_date=data.document_date,
            currency=header.currency,
            description=f"{label} {header.number} {header.customer.code}",
            source_type=source_type,
            source_id=receipt.id,
            actor=actor,
            lines=[
                Line(opening or bank.gl_account_id, debit_minor=amount),
                ar_control_line(header.customer.id, -amount, setup.ar_control_account_id),
            ],
        )
        await model.filter(id=receipt.id).update(journal_entry_id=entry_id)
        if credit_left > 0:
            kind, source = (
                (CreditKind.OVERPAYMENT, "payment_id")
                if is_payment
                else (CreditKind.ADVANCE, "advance_id")
            )
            await _credit_for(kind, header, data.document_date, credit_left, **{source: receipt.id})
        await audit.record(
            actor,
            action=f"{source_type}.posted",
            object_type=source_type,
            object_id=receipt.id,
            entity_id=header.entity_id,
            details={
                "number": header.number,
                "amount_minor": amount,
                "credit_minor": credit_left,
                "opening": opening is not None,
            },
        )
    return int(receipt.id)


async def _opening_account(errors: ErrorCollector, number: str | None) -> int | None:
    """The id of the active GL account an opening receipt is entered against."""
    if number is None:
        return None
    account = await GLAccount.get_or_none(number=number.strip(), is_active=True)
    if account is None:
        errors.add(
            f"No active GL account {number!r} for the opening balance.",
            field="openingAccountNumber",
            code=ErrorCode.GL_ACCOUNT_NOT_FOUND,
        )
        return None
    return int(account.id)


async def shift_balance_due(deltas: Sequence[tuple[int, int]]) -> set[int]:
    """Change invoices' balances due by ``(invoice_id, delta)`` (negative: paid, positive:
    owed again) in one guarded statement: never below zero, never above the invoice's
    total. Returns the ids changed; one missing failed the guard (see ``shift_guarded``)."""
    return await shift_guarded("invoice", "balance_due_minor", "total_minor", deltas)


async def _apply_to_invoices(payment_id: int, applications: list[_Application]) -> None:
    # One guarded statement: a concurrent payment cannot overpay an invoice.
    deltas = [(a.invoice_id, -a.amount_minor) for a in applications]
    if len(await shift_balance_due(deltas)) != len(deltas):
        raise DomainError(
            "An invoice was paid meanwhile; nothing was recorded.",
            field="applications",
            code=ErrorCode.APPLICATION_EXCEEDS_BALANCE,
        )
    await PaymentApplication.bulk_create(
        [
            PaymentApplication(
                payment_id=payment_id, invoice_id=a.invoice_id, amount_minor=a.amount_minor
            )
            for a in applications
        ]
    )


async def record_received_payment(
    actor: Principal, scope: Scope, data: ReceiptInput, *, idempotency_key: str | None = None
) -> ReceivedPayment:
    """Record money received and apply it to invoices; the rest is an overpayment credit."""
    payment_id = await _once(
        actor,
        scope,
        key=idempotency_key,
        operation="received_payment.record",
        data=data,
        work=lambda: _record_receipt(
            actor,
            scope,
            data,
            model=ReceivedPayment,
            source_type="received_payment",
            label="Payment",
        ),
    )
    return await ReceivedPayment.get(id=payment_id)


async def record_advance(
    actor: Principal, scope: Scope, data: ReceiptInput, *, idempotency_key: str | None = None
) -> Advance:
    """Record money received before any invoice: all of it is an advance credit."""
    advance_id = await _once(
        actor,
        scope,
        key=idempotency_key,
        operation="advance.record",
        data=data,
        work=lambda: _record_receipt(
            actor, scope, data, model=Advance, source_type="advance", label="Advance"
        ),
    )
    return await Advance.get(id=advance_id)


# --- reading posted documents ----------------------------------------------------------

Document = Invoice | ArAdjustment | ReceivedPayment | Advance
DocumentModel = type[Invoice] | type[ArAdjustment] | type[ReceivedPayment] | type[Advance]


@dataclass(frozen=True, slots=True)
class DocumentFilters:
    """Which documents of one kind a list shows; every interface (REST, exports) uses it."""

    customer_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True, slots=True)
class DocumentPage:
    documents: list[Any]
    has_next_page: bool
    total_count: int


def document_cursor(document: Document) -> str:
    """Where the page after ``document`` starts (the lists are newest first, by id)."""
    return cursors.encode(document._meta.db_table, document.id)


async def list_documents(
    actor: Principal,
    scope: Scope,
    model: DocumentModel,
    filters: DocumentFilters,
    *,
    first: int = 50,
    after: str | None = None,
) -> DocumentPage:
    """Posted documents of one kind that the actor may see in the scope, newest first."""
    visible = AR_DOCUMENTS.filter(actor, scope)
    check_page_size(first, LIST_PAGE_MAX)
    key = cursors.decode(model._meta.db_table, after, (int,))
    query = model.filter(visible)
    if filters.customer_id is not None:
        query = query.filter(customer_id=filters.customer_id)
    if filters.date_from is not None:
        query = query.filter(document_date__gte=filters.date_from)
    if filters.date_to is not None:
        query = query.filter(document_date__lte=filters.date_to)
    total = await query.count()
    if key is not None:
        query = query.filter(id__lt=key[0])
    rows = await query.order_by("-id").limit(first + 1)
    return DocumentPage(list(rows[:first]), len(rows) > first, total)


async def get_documents(
    actor: Principal, scope: Scope, model: DocumentModel, ids: list[int]
) -> dict[int, Any]:
    """The documents of one kind among ``ids`` that the actor may see in the scope."""
    rows = await model.filter(AR_DOCUMENTS.filter(actor, scope), id__in=ids)
    return {row.id: row for row in rows}


class DocumentRow(NamedTuple):
    """A posted document of any kind as lists and reports show it: a plain row, cheaper to
    build than the ORM object (a named tuple: read-only, and built in a fraction of the
    time of a frozen dataclass)."""

    kind: str  # one of DOCUMENT_KINDS
    id: int
    number: str
    document_date: date
    currency: str
    memo: str
    customer_id: int
    entity_id: int | None
    due_date: date | None  # invoices
    total_minor: int  # invoices and adjustments (0 for the others)
    balance_due_minor: int  # invoices and adjustments (0 for the others)
    amount_minor: int  # payments and advances (0 for the others)
    reference: str  # payments and advances ("" for the others)
    bank_account_id: int  # payments and advances (0 for the others)


_RECEIPTS = frozenset({"payment", "advance"})


def document_row(kind: str, row: Row) -> DocumentRow:
    """A document of ``kind`` from a row that holds its table's columns by name (a kind's
    own columns only: a receipt's where it is one, else an invoice's or adjustment's)."""
    receipt = kind in _RECEIPTS
    return DocumentRow(
        kind,
        int(row["id"]),
        str(row["number"]),
        as_date(row["document_date"]),
        str(row["currency"]),
        str(row["memo"]),
        int(row["customer_id"]),
        row["entity_id"],
        None if receipt else as_optional_date(row["due_date"]),
        0 if receipt else int(row["total_minor"]),
        0 if receipt else int(row["balance_due_minor"]),
        int(row["amount_minor"]) if receipt else 0,
        str(row["reference"]) if receipt else "",
        int(row["bank_account_id"]) if receipt else 0,
    )


# The kinds, in the order a list shows documents of the same date and id.
DOCUMENT_KINDS = ("invoice", "adjustment", "payment", "advance")
# Per table, the kind-specific columns: named (PostgreSQL names every bare literal
# "?column?") and typed (it resolves a UNION column's type branch by branch, and a bare NULL
# has none).
_NOT_RECEIPT = "0 AS amount_minor, '' AS reference, CAST(NULL AS BIGINT) AS bank_account_id"
_RECEIPT = (
    "CAST(NULL AS DATE) AS due_date, 0 AS total_minor, 0 AS balance_due_minor, amount_minor,"
    " reference, bank_account_id"
)
_DOCUMENT_TABLES = (
    ("invoice", f"due_date, total_minor, balance_due_minor, {_NOT_RECEIPT}"),
    (
        "ar_adjustment",
        f"CAST(NULL AS DATE) AS due_date, total_minor, balance_due_minor, {_NOT_RECEIPT}",
    ),
    ("received_payment", _RECEIPT),
    ("advance", _RECEIPT),
)


async def documents_of_customers(
    actor: Principal, scope: Scope, customer_ids: Sequence[int]
) -> dict[int, list[DocumentRow]]:
    """Every posted document of each customer the actor may see in the scope, newest first
    (by date, then id), all kinds in one statement."""
    where, where_params = AR_DOCUMENTS.condition(actor, scope, "entity_id")
    if not customer_ids:
        return {}
    customers, customer_params = one_of("customer_id", customer_ids)
    # Fixed fragments only; every value is a bound parameter.
    branches = [
        f"SELECT {k} AS k, id, number, document_date, currency, memo, customer_id, entity_id,"  # noqa: S608
        f" {columns} FROM {table} WHERE {customers}{where}"
        for k, (table, columns) in enumerate(_DOCUMENT_TABLES)
    ]
    rows = await fetch_rows(
        " UNION ALL ".join(branches) + " ORDER BY customer_id, document_date DESC, id DESC, k",
        [*customer_params, *where_params] * len(branches),
    )
    found: dict[int, list[DocumentRow]] = {customer_id: [] for customer_id in customer_ids}
    for row in rows:
        found[int(row["customer_id"])].append(document_row(DOCUMENT_KINDS[int(row["k"])], row))
    return found
