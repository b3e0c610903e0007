from __future__ import annotations

from datetime import date

import strawberry

from schema.money import Amount


@strawberry.input(description="A document line; a negative amount is a credit line.")
class DocumentLineInput:
    amount: Amount
    gl_account_number: str
    description: str = ""


@strawberry.input
class InvoiceInput:
    customer_id: strawberry.ID
    number: str
    document_date: date
    currency: str
    lines: list[DocumentLineInput]
    due_date: date | None = None
    memo: str = ""


@strawberry.input(description="An AR adjustment; a negative total makes it a credit memo.")
class ArAdjustmentInput:
    customer_id: strawberry.ID
    number: str
    document_date: date
    currency: str
    lines: list[DocumentLineInput]
    memo: str = ""


@strawberry.input
class PaymentApplicationInput:
    invoice_id: strawberry.ID
    amount: Amount


@strawberry.input(description="Money received; what is not applied becomes an overpayment.")
class ReceivedPaymentInput:
    customer_id: strawberry.ID
    number: str
    document_date: date
    currency: str
    amount: Amount
    bank_account_id: strawberry.ID
    applications: list[PaymentApplicationInput] = strawberry.field(default_factory=list)
    reference: str = ""
    memo: str = ""


@strawberry.input(description="Money received before any invoice exists.")
class AdvanceInput:
    customer_id: strawberry.ID
    number: str
    document_date: date
    currency: str
    amount: Amount
    bank_account_id: strawberry.ID
    reference: str = ""
    memo: str = ""


@strawberry.input(description="How much of a credit pays an invoice of the same customer.")
class CreditApplicationInput:
    credit_id: strawberry.ID
    invoice_id: strawberry.ID
    amount: Amount
    applied_on: date
