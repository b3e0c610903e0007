"""AR documents over app/services/ar_documents and credit_applications: invoices,
adjustments, received payments and advances (list, get, post), and applying credits to
invoices (apply, unapply)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response

from app.rest import models as m
from app.rest.deps import MUTATION, Actor, IdempotencyKey, Where, location
from app.rest.paging import After, First, next_link
from app.rest.setup import entity_codes
from app.services import ar_documents, credit_applications, idempotency
from app.services.access import Principal, Scope
from app.services.errors import DomainError, ErrorCode
from app.services.money import format_minor
from models import (
    Advance,
    ArAdjustment,
    ArAdjustmentLine,
    ArCredit,
    CreditApplication,
    GLAccount,
    Invoice,
    InvoiceLine,
    PaymentApplication,
    ReceivedPayment,
)

router = APIRouter(tags=["ar-documents"])

RecordId = Annotated[int, Path(ge=1, le=m.MAX_ID, description="A record number.")]
FilterId = Annotated[int | None, Query(ge=1, le=m.MAX_ID, alias="customerId")]
DateFrom = Annotated[date | None, Query(alias="dateFrom")]
DateTo = Annotated[date | None, Query(alias="dateTo")]


def _base(row: Any, codes: dict[int, str]) -> dict[str, Any]:
    return {
        "id": row.id,
        "number": row.number,
        "document_date": row.document_date,
        "currency": row.currency,
        "memo": row.memo,
        "customer_id": row.customer_id,
        "entity": codes.get(row.entity_id) if row.entity_id is not None else None,
    }


async def _lines(
    model: type[InvoiceLine] | type[ArAdjustmentLine], owner: str, rows: Sequence[Any]
) -> dict[int, list[m.DocumentLine]]:
    lines = await model.filter(**{f"{owner}_id__in": [r.id for r in rows]}).order_by("line_no")
    numbers = dict(
        await GLAccount.filter(id__in={x.gl_account_id for x in lines}).values_list("id", "number")
    )
    currency = {r.id: r.currency for r in rows}
    found: dict[int, list[m.DocumentLine]] = {r.id: [] for r in rows}
    for line in lines:
        parent = getattr(line, f"{owner}_id")
        found[parent].append(
            m.DocumentLine(
                line_no=line.line_no,
                description=line.description,
                amount=format_minor(line.amount_minor, currency[parent]),
                gl_account_number=str(numbers.get(line.gl_account_id, "")),
            )
        )
    return found


async def invoices_out(rows: Sequence[Invoice]) -> list[m.Invoice]:
    codes = await entity_codes({r.entity_id for r in rows})
    lines = await _lines(InvoiceLine, "invoice", rows)
    return [
        m.Invoice(
            **_base(r, codes),
            due_date=r.due_date,
            total=format_minor(r.total_minor, r.currency),
            balance_due=format_minor(r.balance_due_minor, r.currency),
            lines=lines[r.id],
        )
        for r in rows
    ]


async def adjustments_out(rows: Sequence[ArAdjustment]) -> list[m.Adjustment]:
    codes = await entity_codes({r.entity_id for r in rows})
    lines = await _lines(ArAdjustmentLine, "adjustment", rows)
    return [
        m.Adjustment(
            **_base(r, codes),
            total=format_minor(r.total_minor, r.currency),
            balance_due=format_minor(r.balance_due_minor, r.currency),
            lines=lines[r.id],
        )
        for r in rows
    ]


async def payments_out(rows: Sequence[ReceivedPayment]) -> list[m.ReceivedPayment]:
    codes = await entity_codes({r.entity_id for r in rows})
    applications = await PaymentApplication.filter(payment_id__in=[r.id for r in rows]).order_by(
        "id"
    )
    currency = {r.id: r.currency for r in rows}
    by_payment: dict[int, list[m.PaymentApplication]] = {r.id: [] for r in rows}
    for a in applications:
        by_payment[a.payment_id].append(
            m.PaymentApplication(
                invoice_id=a.invoice_id, amount=format_minor(a.amount_minor, currency[a.payment_id])
            )
        )
    return [
        m.ReceivedPayment(
            **_base(r, codes),
            amount=format_minor(r.amount_minor, r.currency),
            reference=r.reference,
            bank_account_id=r.bank_account_id,
            applications=by_payment[r.id],
        )
        for r in rows
    ]


async def advances_out(rows: Sequence[Advance]) -> list[m.Advance]:
    codes = await entity_codes({r.entity_id for r in rows})
    return [
        m.Advance(
            **_base(r, codes),
            amount=format_minor(r.amount_minor, r.currency),
            reference=r.reference,
            bank_account_id=r.bank_account_id,
        )
        for r in rows
    ]


async def _page(
    request: Request,
    response: Response,
    actor: Principal,
    where: Scope,
    model: ar_documents.DocumentModel,
    filters: ar_documents.DocumentFilters,
    first: int,
    after: str | None,
) -> tuple[list[Any], dict[str, Any]]:
    page = await ar_documents.list_documents(actor, where, model, filters, first=first, after=after)
    cursor = ar_documents.document_cursor(page.documents[-1]) if page.has_next_page else None
    return page.documents, {
        "total": page.total_count,
        "next": next_link(request, cursor, response),
        "next_cursor": cursor,
    }


async def _one(actor: Principal, where: Scope, model: ar_documents.DocumentModel, pk: int) -> Any:
    found = await ar_documents.get_documents(actor, where, model, [pk])
    if pk not in found:
        raise DomainError("No such document here.", field="id", code=ErrorCode.NOT_FOUND)
    return found[pk]


def _created(request: Request, response: Response, path: str) -> None:
    response.headers["Location"] = location(request, path)
    if idempotency.replayed():
        response.headers["Idempotent-Replayed"] = "true"


def _lines_in(lines: list[m.LineIn]) -> list[ar_documents.LineInput]:
    return [
        ar_documents.LineInput(
            amount=x.amount, gl_account_number=x.gl_account_number, description=x.description
        )
        for x in lines
    ]


def _receipt(body: m.ReceiptIn, applications: list[m.ApplicationIn]) -> ar_documents.ReceiptInput:
    return ar_documents.ReceiptInput(
        customer_id=body.customer_id,
        number=body.number,
        document_date=body.document_date,
        currency=body.currency,
        amount=body.amount,
        bank_account_id=body.bank_account_id,
        reference=body.reference,
        memo=body.memo,
        applications=[
            ar_documents.ApplicationInput(invoice_id=a.invoice_id, amount=a.amount)
            for a in applications
        ],
    )


# ---------------------------------------------------------------- invoices


@router.get("/invoices", summary="Invoices, newest first")
async def list_invoices(
    request: Request,
    response: Response,
    actor: Actor,
    where: Where,
    first: First = 50,
    after: After = None,
    customer_id: FilterId = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> m.InvoicePage:
    filters = ar_documents.DocumentFilters(customer_id, date_from, date_to)
    rows, page = await _page(request, response, actor, where, Invoice, filters, first, after)
    return m.InvoicePage(items=await invoices_out(rows), **page)


@router.get("/invoices/{invoice_id}", summary="An invoice with its lines")
async def get_invoice(invoice_id: RecordId, actor: Actor, where: Where) -> m.Invoice:
    return (await invoices_out([await _one(actor, where, Invoice, invoice_id)]))[0]


@router.post(
    "/invoices",
    status_code=201,
    summary="Post an invoice (ar_documents.manage)",
    dependencies=[MUTATION],
)
async def create_invoice(
    request: Request,
    response: Response,
    body: m.InvoiceIn,
    actor: Actor,
    where: Where,
    idempotency_key: IdempotencyKey = None,
) -> m.Invoice:
    invoice = await ar_documents.post_invoice(
        actor,
        where,
        ar_documents.InvoiceInput(
            customer_id=body.customer_id,
            number=body.number,
            document_date=body.document_date,
            currency=body.currency,
            lines=_lines_in(body.lines),
            due_date=body.due_date,
            memo=body.memo,
        ),
        idempotency_key=idempotency_key,
    )
    _created(request, response, f"/invoices/{invoice.id}")
    return (await invoices_out([invoice]))[0]


# ---------------------------------------------------------------- adjustments


@router.get("/adjustments", summary="AR adjustments (credit and debit memos), newest first")
async def list_adjustments(
    request: Request,
    response: Response,
    actor: Actor,
    where: Where,
    first: First = 50,
    after: After = None,
    customer_id: FilterId = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> m.AdjustmentPage:
    filters = ar_documents.DocumentFilters(customer_id, date_from, date_to)
    rows, page = await _page(request, response, actor, where, ArAdjustment, filters, first, after)
    return m.AdjustmentPage(items=await adjustments_out(rows), **page)


@router.get("/adjustments/{adjustment_id}", summary="An AR adjustment with its lines")
async def get_adjustment(adjustment_id: RecordId, actor: Actor, where: Where) -> m.Adjustment:
    return (await adjustments_out([await _one(actor, where, ArAdjustment, adjustment_id)]))[0]


@router.post(
    "/adjustments",
    status_code=201,
    summary="Post an AR adjustment; a negative one is a credit memo (ar_documents.manage)",
    dependencies=[MUTATION],
)
async def create_adjustment(
    request: Request,
    response: Response,
    body: m.AdjustmentIn,
    actor: Actor,
    where: Where,
    idempotency_key: IdempotencyKey = None,
) -> m.Adjustment:
    adjustment = await ar_documents.post_adjustment(
        actor,
        where,
        ar_documents.AdjustmentInput(
            customer_id=body.customer_id,
            number=body.number,
            document_date=body.document_date,
            currency=body.currency,
            lines=_lines_in(body.lines),
            memo=body.memo,
        ),
        idempotency_key=idempotency_key,
    )
    _created(request, response, f"/adjustments/{adjustment.id}")
    return (await adjustments_out([adjustment]))[0]


# ---------------------------------------------------------------- received payments


@router.get("/received-payments", summary="Received payments, newest first")
async def list_received_payments(
    request: Request,
    response: Response,
    actor: Actor,
    where: Where,
    first: First = 50,
    after: After = None,
    customer_id: FilterId = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> m.ReceivedPaymentPage:
    filters = ar_documents.DocumentFilters(customer_id, date_from, date_to)
    rows, page = await _page(
        request, response, actor, where, ReceivedPayment, filters, first, after
    )
    return m.ReceivedPaymentPage(items=await payments_out(rows), **page)


@router.get("/received-payments/{payment_id}", summary="A received payment")
async def get_received_payment(
    payment_id: RecordId, actor: Actor, where: Where
) -> m.ReceivedPayment:
    return (await payments_out([await _one(actor, where, ReceivedPayment, payment_id)]))[0]


@router.post(
    "/received-payments",
    status_code=201,
    summary="Record a received payment and apply it to invoices (ar_documents.manage)",
    dependencies=[MUTATION],
)
async def create_received_payment(
    request: Request,
    response: Response,
    body: m.ReceivedPaymentIn,
    actor: Actor,
    where: Where,
    idempotency_key: IdempotencyKey = None,
) -> m.ReceivedPayment:
    payment = await ar_documents.record_received_payment(
        actor, where, _receipt(body, body.applications), idempotency_key=idempotency_key
    )
    _created(request, response, f"/received-payments/{payment.id}")
    return (await payments_out([payment]))[0]


# ---------------------------------------------------------------- advances


@router.get("/advances", summary="Advances, newest first")
async def list_advances(
    request: Request,
    response: Response,
    actor: Actor,
    where: Where,
    first: First = 50,
    after: After = None,
    customer_id: FilterId = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> m.AdvancePage:
    filters = ar_documents.DocumentFilters(customer_id, date_from, date_to)
    rows, page = await _page(request, response, actor, where, Advance, filters, first, after)
    return m.AdvancePage(items=await advances_out(rows), **page)


@router.get("/advances/{advance_id}", summary="An advance")
async def get_advance(advance_id: RecordId, actor: Actor, where: Where) -> m.Advance:
    return (await advances_out([await _one(actor, where, Advance, advance_id)]))[0]


@router.post(
    "/advances",
    status_code=201,
    summary="Record an advance: money in before any invoice (ar_documents.manage)",
    dependencies=[MUTATION],
)
async def create_advance(
    request: Request,
    response: Response,
    body: m.ReceiptIn,
    actor: Actor,
    where: Where,
    idempotency_key: IdempotencyKey = None,
) -> m.Advance:
    advance = await ar_documents.record_advance(
        actor, where, _receipt(body, []), idempotency_key=idempotency_key
    )
    _created(request, response, f"/advances/{advance.id}")
    return (await advances_out([advance]))[0]


# ---------------------------------------------------------------- credit applications


async def _application(application: CreditApplication) -> m.CreditApplication:
    credit = await ArCredit.get(id=application.credit_id)
    return m.CreditApplication(
        id=application.id,
        credit_id=application.credit_id,
        invoice_id=application.invoice_id,
        amount=format_minor(application.amount_minor, credit.currency),
        applied_on=application.applied_on,
    )


@router.post(
    "/credit-applications",
    status_code=201,
    summary="Apply part or all of a credit to an invoice of the same customer",
    description="At most the credit's available amount and the invoice's balance "
    "(ar_documents.manage). Undo with DELETE.",
    dependencies=[MUTATION],
)
async def apply_credit(
    request: Request,
    response: Response,
    body: m.CreditApplicationIn,
    actor: Actor,
    where: Where,
    idempotency_key: IdempotencyKey = None,
) -> m.CreditApplication:
    application = await credit_applications.apply_credit(
        actor,
        where,
        credit_applications.ApplicationInput(
            credit_id=body.credit_id,
            invoice_id=body.invoice_id,
            amount=body.amount,
            applied_on=body.applied_on,
        ),
        idempotency_key=idempotency_key,
    )
    _created(request, response, f"/credit-applications/{application.id}")
    return await _application(application)


@router.delete(
    "/credit-applications/{application_id}",
    status_code=204,
    summary="Unapply: the credit and the invoice get the amount back",
    dependencies=[MUTATION],
)
async def unapply_credit(application_id: RecordId, actor: Actor, where: Where) -> Response:
    await credit_applications.unapply_credit(actor, where, application_id)
    return Response(status_code=204)
