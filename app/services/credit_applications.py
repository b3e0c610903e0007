"""Applying a customer's credit to one of their invoices: the everyday alternative to
refunding it (SPEC section 5).

An application moves an amount inside the customer's AR: the credit's open amount and the
invoice's balance due both drop by it, so the subledger and the GL AR control account keep
agreeing and no journal entry is written. It takes the credit's lock, in the same order as
posting and saving refunds do, so applications and refunds racing on one credit can never
together take more than it holds. An application made by mistake is unapplied: both amounts
come back and the audit trail keeps what happened.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from app.services import audit, credits, customers, idempotency
from app.services.access import Principal, Scope
from app.services.ar_documents import shift_balance_due
from app.services.errors import DomainError, ErrorCode, ErrorCollector
from app.services.money import canonical_amount, format_minor, parse_positive_amount
from app.services.transactions import atomic
from models import ArCredit, CreditApplication, Invoice
from models.enums import Permission


@dataclass(frozen=True, slots=True)
class ApplicationInput:
    credit_id: int
    invoice_id: int
    amount: str
    applied_on: date


async def apply_credit(
    actor: Principal,
    scope: Scope,
    data: ApplicationInput,
    *,
    idempotency_key: str | None = None,
) -> CreditApplication:
    """Apply part or all of a credit to an invoice of the same customer, currency and
    entity: at most what the credit has available (open less what drafts hold) and at most
    what the invoice still has to pay."""
    actor.require(Permission.AR_DOCUMENTS_MANAGE)
    outcome = await idempotency.once(
        actor,
        idempotency_key,
        "credit.apply",
        idempotency.request_of(
            scope, application=replace(data, amount=canonical_amount(data.amount))
        ),
        lambda: _apply(actor, scope, data),
        snapshot=_snapshot,
    )
    if outcome.first_answer is not None:
        return idempotency.restore(CreditApplication, outcome.first_answer)
    return await CreditApplication.get(id=outcome.id)


async def _snapshot(application_id: int) -> dict[str, Any]:
    return idempotency.snapshot_of(await CreditApplication.get(id=application_id))


async def _apply(actor: Principal, scope: Scope, data: ApplicationInput) -> int:
    errors = ErrorCollector()
    amount = 0
    async with atomic():
        await customers.lock_books(data.credit_id, of="credit")
        credit = (await credits.lock_credits([data.credit_id])).get(data.credit_id)
        if credit is None or not scope.can_see_document(credit.entity_id):
            errors.add("No such credit here.", field="creditId", code=ErrorCode.CREDIT_NOT_FOUND)
            credit = None
        invoice = await Invoice.select_for_update().get_or_none(id=data.invoice_id)
        if invoice is None or not scope.can_see_document(invoice.entity_id):
            errors.add("No such invoice here.", field="invoiceId", code=ErrorCode.INVOICE_NOT_FOUND)
            invoice = None
        if credit is not None and invoice is not None:
            amount = await _check(errors, credit, invoice, data)
        errors.raise_if_any()
        if credit is None or invoice is None:  # raise_if_any would have raised
            raise RuntimeError("validated input is missing")
        taken = await credits.shift_open([(credit.id, -amount)])
        paid = await shift_balance_due([(invoice.id, -amount)])
        if not taken or not paid:  # both rows are locked and were checked above
            raise RuntimeError(f"credit {credit.id} or invoice {invoice.id} moved while locked")
        application = await CreditApplication.create(
            credit_id=credit.id,
            invoice_id=invoice.id,
            applied_on=data.applied_on,
            amount_minor=amount,
            created_by_id=actor.user_id,
        )
        await _audited(actor, application, credit, invoice, "applied")
    return int(application.id)


async def _check(
    errors: ErrorCollector, credit: ArCredit, invoice: Invoice, data: ApplicationInput
) -> int:
    """The amount to apply in minor units, after every rule (0 when one failed)."""
    if credit.customer_id != invoice.customer_id:
        errors.add(
            f"{credit.document_number} and invoice {invoice.number} are of different customers.",
            field="invoiceId",
            code=ErrorCode.CUSTOMER_MISMATCH,
        )
        return 0
    if credit.entity_id != invoice.entity_id:
        errors.add(
            f"{credit.document_number} and invoice {invoice.number} live in different entities.",
            field="invoiceId",
            code=ErrorCode.INVALID,
        )
        return 0
    if credit.currency != invoice.currency:
        errors.add(
            f"{credit.document_number} is in {credit.currency}, invoice {invoice.number} in "
            f"{invoice.currency}.",
            field="invoiceId",
            code=ErrorCode.CURRENCY_MISMATCH,
        )
        return 0
    if data.applied_on < max(credit.document_date, invoice.document_date):
        errors.add(
            "A credit is applied on or after the dates of the credit and the invoice.",
            field="appliedOn",
            code=ErrorCode.INVALID,
        )
    amount = 0
    with errors.check():
        amount = parse_positive_amount(data.amount, credit.currency, field="amount")
        held = (await credits.held_by_drafts([credit.id])).get(credit.id, 0)
        available = credits.unheld_minor(credit, held)
        if amount > available:
            raise DomainError(
                f"{credit.document_number} has {format_minor(available, credit.currency)} "
                f"{credit.currency} available (open less what draft refunds hold).",
                field="amount",
                code=ErrorCode.AMOUNT_EXCEEDS_AVAILABLE,
            )
        if amount > invoice.balance_due_minor:
            raise DomainError(
                f"Invoice {invoice.number} has "
                f"{format_minor(invoice.balance_due_minor, invoice.currency)} "
                f"{invoice.currency} left to pay.",
                field="amount",
                code=ErrorCode.APPLICATION_EXCEEDS_BALANCE,
            )
    return amount


async def unapply_credit(actor: Principal, scope: Scope, application_id: int) -> None:
    """Undo an application made by mistake: the credit and the invoice get the amount back."""
    actor.require(Permission.AR_DOCUMENTS_MANAGE)
    async with atomic():
        application = await CreditApplication.get_or_none(id=application_id)
        credit = None
        if application is not None:
            await customers.lock_books(application.credit_id, of="credit")
            credit = (await credits.lock_credits([application.credit_id])).get(
                application.credit_id
            )
            # Read again under the credit's lock: a concurrent unapply may have won.
            application = await CreditApplication.select_for_update().get_or_none(id=application_id)
        if application is None or credit is None or not scope.can_see_document(credit.entity_id):
            raise DomainError(
                "No such credit application here.",
                field="id",
                code=ErrorCode.APPLICATION_NOT_FOUND,
            )
        invoice = await Invoice.select_for_update().get(id=application.invoice_id)
        amount = application.amount_minor
        returned = await credits.shift_open([(credit.id, amount)])
        owed = await shift_balance_due([(invoice.id, amount)])
        if not returned or not owed:
            raise RuntimeError(f"application {application.id} would overfill its documents")
        await CreditApplication.filter(id=application.id).delete()
        await _audited(actor, application, credit, invoice, "unapplied")


async def _audited(
    actor: Principal,
    application: CreditApplication,
    credit: ArCredit,
    invoice: Invoice,
    action: str,
) -> None:
    """Filed under the credit, so that its history shows every application and undoing."""
    await audit.record(
        actor,
        action=f"credit.{action}",
        object_type="ar_credit",
        object_id=credit.id,
        entity_id=credit.entity_id,
        details={
            "application_id": application.id,
            "credit": credit.document_number,
            "invoice": invoice.number,
            "amount_minor": application.amount_minor,
            "applied_on": application.applied_on.isoformat(),
        },
    )
