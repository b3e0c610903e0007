from __future__ import annotations

from datetime import date

import strawberry

from models.enums import PaymentMethod
from schema.money import Amount
from schema.refunds.types import PaymentMethodEnum


@strawberry.input(description="One credit and how much of it the refund clears.")
class RefundAllocationInput:
    credit_id: strawberry.ID
    amount: Amount


@strawberry.input(description="A refund already paid outside the system.")
class RefundDraftInput:
    customer_id: strawberry.ID
    bank_account_id: strawberry.ID
    currency: str
    payment_date: date
    reference: str = ""
    memo: str = ""
    payment_method: PaymentMethodEnum = PaymentMethod.RECORD_TRANSFER  # type: ignore[valid-type]
    allocations: list[RefundAllocationInput] = strawberry.field(default_factory=list)


@strawberry.input(description="Header fields of a draft to change; omitted ones stay.")
class RefundUpdateInput:
    bank_account_id: strawberry.ID | None = None
    payment_date: date | None = None
    reference: str | None = None
    memo: str | None = None


@strawberry.input(description="Numbering of posted refunds: prefix + zero-padded number.")
class RefundSequenceInput:
    prefix: str
    next_number: int = 1
    padding: int = 6


@strawberry.input(
    description="AR setup of the request's scope (top level or X-Entity); omitted fields stay."
)
class ArConfigurationInput:
    refunds_enabled: bool
    refund_journal_symbol: str | None = None
    refund_sequence: RefundSequenceInput | None = None
    ar_journal_symbol: str | None = strawberry.field(
        default=None, description="The journal AR documents post into."
    )
    ar_control_account_number: str | None = strawberry.field(
        default=None, description="An active asset account: what customers owe."
    )
