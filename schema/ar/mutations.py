"""AR document mutations: translate input, call the service, return the object or errors."""

from __future__ import annotations

import strawberry

from app.services import ar_documents, credit_applications
from app.services.errors import ErrorCollector
from schema.ar.inputs import (
    AdvanceInput,
    ArAdjustmentInput,
    CreditApplicationInput,
    DocumentLineInput,
    InvoiceInput,
    ReceivedPaymentInput,
)
from schema.ar.types import (
    AdvanceType,
    ArAdjustmentType,
    CreditApplicationType,
    InvoiceType,
    ReceivedPaymentType,
)
from schema.context import Info
from schema.ids import collect_pk, pk_of
from schema.payloads import UserError, attempt


def _lines(lines: list[DocumentLineInput]) -> list[ar_documents.LineInput]:
    return [
        ar_documents.LineInput(
            amount=line.amount,
            gl_account_number=line.gl_account_number,
            description=line.description,
        )
        for line in lines
    ]


@strawberry.type
class CreateInvoicePayload:
    invoice: InvoiceType | None
    errors: list[UserError]


@strawberry.type
class CreateArAdjustmentPayload:
    adjustment: ArAdjustmentType | None
    errors: list[UserError]


@strawberry.type
class RecordReceivedPaymentPayload:
    payment: ReceivedPaymentType | None
    errors: list[UserError]


@strawberry.type
class RecordAdvancePayload:
    advance: AdvanceType | None
    errors: list[UserError]


@strawberry.type
class ApplyCreditPayload:
    application: CreditApplicationType | None
    errors: list[UserError]


@strawberry.type
class UnapplyCreditPayload:
    unapplied_id: strawberry.ID | None
    errors: list[UserError]


@strawberry.type
class ArDocumentMutation:
    @strawberry.mutation(description="Post an invoice (needs ar_documents.manage).")
    async def create_invoice(self, info: Info, input: InvoiceInput) -> CreateInvoicePayload:
        async def work() -> InvoiceType:
            data = ar_documents.InvoiceInput(
                customer_id=pk_of(input.customer_id, "Customer", field="customerId"),
                number=input.number,
                document_date=input.document_date,
                currency=input.currency,
                lines=_lines(input.lines),
                due_date=input.due_date,
                memo=input.memo,
            )
            invoice = await ar_documents.post_invoice(
                info.context.principal, info.context.scope, data
            )
            return InvoiceType.from_model(invoice)

        invoice, errors = await attempt(work)
        return CreateInvoicePayload(invoice=invoice, errors=errors)

    @strawberry.mutation(description="Post an AR adjustment (needs ar_documents.manage).")
    async def create_ar_adjustment(
        self, info: Info, input: ArAdjustmentInput
    ) -> CreateArAdjustmentPayload:
        async def work() -> ArAdjustmentType:
            data = ar_documents.AdjustmentInput(
                customer_id=pk_of(input.customer_id, "Customer", field="customerId"),
                number=input.number,
                document_date=input.document_date,
                currency=input.currency,
                lines=_lines(input.lines),
                memo=input.memo,
            )
            adjustment = await ar_documents.post_adjustment(
                info.context.principal, info.context.scope, data
            )
            return ArAdjustmentType.from_model(adjustment)

        adjustment, errors = await attempt(work)
        return CreateArAdjustmentPayload(adjustment=adjustment, errors=errors)

    @strawberry.mutation(description="Record a received payment (needs ar_documents.manage).")
    async def record_received_payment(
        self, info: Info, input: ReceivedPaymentInput
    ) -> RecordReceivedPaymentPayload:
        async def work() -> ReceivedPaymentType:
            ids = ErrorCollector()
            customer_id = collect_pk(ids, input.customer_id, "Customer", field="customerId")
            bank_account_id = collect_pk(
                ids, input.bank_account_id, "BankAccount", field="bankAccountId"
            )
            applications = [
                ar_documents.ApplicationInput(
                    invoice_id=collect_pk(
                        ids, line.invoice_id, "Invoice", field=f"applications.{i}.invoiceId"
                    ),
                    amount=line.amount,
                )
                for i, line in enumerate(input.applications)
            ]
            ids.raise_if_any()
            data = ar_documents.ReceiptInput(
                customer_id=customer_id,
                number=input.number,
                document_date=input.document_date,
                currency=input.currency,
                amount=input.amount,
                bank_account_id=bank_account_id,
                reference=input.reference,
                memo=input.memo,
                applications=applications,
            )
            payment = await ar_documents.record_received_payment(
                info.context.principal, info.context.scope, data
            )
            return ReceivedPaymentType.from_model(payment)

        payment, errors = await attempt(work)
        return RecordReceivedPaymentPayload(payment=payment, errors=errors)

    @strawberry.mutation(description="Record an advance (needs ar_documents.manage).")
    async def record_advance(self, info: Info, input: AdvanceInput) -> RecordAdvancePayload:
        async def work() -> AdvanceType:
            ids = ErrorCollector()
            customer_id = collect_pk(ids, input.customer_id, "Customer", field="customerId")
            bank_account_id = collect_pk(
                ids, input.bank_account_id, "BankAccount", field="bankAccountId"
            )
            ids.raise_if_any()
            data = ar_documents.ReceiptInput(
                customer_id=customer_id,
                number=input.number,
                document_date=input.document_date,
                currency=input.currency,
                amount=input.amount,
                bank_account_id=bank_account_id,
                reference=input.reference,
                memo=input.memo,
            )
            advance = await ar_documents.record_advance(
                info.context.principal, info.context.scope, data
            )
            return AdvanceType.from_model(advance)

        advance, errors = await attempt(work)
        return RecordAdvancePayload(advance=advance, errors=errors)

    @strawberry.mutation(
        description="Apply a credit to an invoice of the same customer, entity and currency: "
        "at most what the credit has available and the invoice still owes "
        "(ar_documents.manage). Retries with the same idempotencyKey return the first result."
    )
    async def apply_credit(
        self, info: Info, input: CreditApplicationInput, idempotency_key: str | None = None
    ) -> ApplyCreditPayload:
        async def work() -> CreditApplicationType:
            ids = ErrorCollector()
            credit_id = collect_pk(ids, input.credit_id, "Credit", field="creditId")
            invoice_id = collect_pk(ids, input.invoice_id, "Invoice", field="invoiceId")
            ids.raise_if_any()
            application = await credit_applications.apply_credit(
                info.context.principal,
                info.context.scope,
                credit_applications.ApplicationInput(
                    credit_id=credit_id,
                    invoice_id=invoice_id,
                    amount=input.amount,
                    applied_on=input.applied_on,
                ),
                idempotency_key=idempotency_key,
            )
            credit = await info.context.loaders.credit.load(application.credit_id)
            currency = credit.currency if credit else ""
            return CreditApplicationType.from_model(application, currency)

        application, errors = await attempt(work)
        return ApplyCreditPayload(application=application, errors=errors)

    @strawberry.mutation(
        description="Undo a credit application made by mistake (ar_documents.manage)."
    )
    async def unapply_credit(self, info: Info, id: strawberry.ID) -> UnapplyCreditPayload:
        async def work() -> strawberry.ID:
            await credit_applications.unapply_credit(
                info.context.principal,
                info.context.scope,
                pk_of(id, "CreditApplication", field="id"),
            )
            return id

        unapplied, errors = await attempt(work)
        return UnapplyCreditPayload(unapplied_id=unapplied, errors=errors)
