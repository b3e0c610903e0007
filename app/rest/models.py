"""Request and response bodies of the REST API (pydantic): the OpenAPI document's schemas.

JSON names are camelCase, as in GraphQL. Amounts are exact decimal strings with their
currency beside them, never numbers; in requests they are checked by the same service
rules as GraphQL's (INVALID_AMOUNT, TOO_MANY_DECIMALS...). Ids are the integer record
numbers (GraphQL's global ids wrap the same number: base64 of "Refund:<id>"). Unknown
fields in a request body are refused.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

MAX_ID = 2**63 - 1
Id = Annotated[int, Field(ge=1, le=MAX_ID, description="A record number.")]
AmountOut = Annotated[
    str,
    Field(
        pattern=r"^-?[0-9]+(\.[0-9]+)?$",
        description='An exact decimal amount, e.g. "-12.30".',
        examples=["125.00"],
    ),
]
AmountIn = Annotated[
    str,
    Field(
        min_length=1,
        max_length=40,
        description='An exact decimal string, e.g. "12.34"; no more decimal digits than '
        "the currency has (ISO 4217).",
        examples=["40.00"],
    ),
]
Currency = Annotated[
    str, Field(min_length=1, max_length=3, description="ISO 4217 code.", examples=["USD"])
]
Text = Annotated[str, Field(max_length=1000)]


class Out(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)


class In(BaseModel):
    model_config = ConfigDict(
        alias_generator=to_camel, populate_by_name=True, extra="forbid", str_max_length=1000
    )


# ---------------------------------------------------------------- shared


class RefundState(StrEnum):
    DRAFT = "DRAFT"
    POSTED = "POSTED"
    VOIDED = "VOIDED"


class PaymentMethod(StrEnum):
    RECORD_TRANSFER = "RECORD_TRANSFER"


class ProblemItem(Out):
    code: str = Field(description="A stable error code (the same as GraphQL's ErrorCode).")
    field: str | None = Field(description="The request field at fault, dotted for nesting.")
    message: str


class Problem(Out):
    """RFC 9457 problem details."""

    type: str
    title: str
    status: int
    detail: str
    code: str
    errors: list[ProblemItem]
    request_id: str | None


class PageLinks(Out):
    total: int = Field(description="Items matching the filters, on every page.")
    next: str | None = Field(description="The URL of the next page; null on the last.")
    next_cursor: str | None = Field(description="The after= value of the next page.")


# ---------------------------------------------------------------- refunds


class Credit(Out):
    id: int
    kind: str = Field(description="ADJUSTMENT, OVERPAYMENT, NEGATIVE_INVOICE or ADVANCE.")
    document_number: str
    document_date: date
    currency: str
    original_amount: AmountOut
    open_amount: AmountOut = Field(description="Not yet applied or refunded.")
    refundable: bool


class EligibleCredit(Credit):
    held_by_drafts: AmountOut = Field(description="Selected by draft refunds.")
    available: AmountOut = Field(description="What a new refund may take: open less held.")


class RefundAllocation(Out):
    credit_id: int
    amount: AmountOut
    credit: Credit


class RefundSummary(Out):
    id: int
    number: str | None = Field(description="Assigned when posted.")
    state: RefundState
    customer_id: int
    customer_code: str
    entity: str | None = Field(description="The entity's code; null at the top level.")
    bank_account_id: int
    currency: str
    payment_method: PaymentMethod
    payment_date: date
    reference: str
    memo: str
    total: AmountOut
    version: int = Field(description="Also the ETag; send it back as If-Match with changes.")
    void_date: date | None
    void_reason: str | None
    created_at: datetime
    posted_at: datetime | None
    voided_at: datetime | None


class Refund(RefundSummary):
    allocations: list[RefundAllocation] | None = Field(
        description="The credits it clears and how much of each; null without refunds.view."
    )
    journal_entry_id: int | None = Field(description="Null without refunds.view.")
    void_journal_entry_id: int | None = Field(description="Null without refunds.view.")


class RefundPage(PageLinks):
    items: list[RefundSummary]


class AllocationIn(In):
    credit_id: Id
    amount: AmountIn


class RefundCreate(In):
    customer_id: Id
    bank_account_id: Id
    currency: Currency
    payment_date: date
    reference: Annotated[str, Field(max_length=100)] = ""
    memo: Text = ""
    payment_method: PaymentMethod = PaymentMethod.RECORD_TRANSFER
    allocations: Annotated[list[AllocationIn], Field(max_length=500)] = []


class RefundChange(In):
    """Header fields to change (omitted ones stay) and, when given, the allocations that
    replace the draft's."""

    bank_account_id: Id | None = None
    payment_date: date | None = None
    reference: Annotated[str | None, Field(max_length=100)] = None
    memo: Annotated[str | None, Field(max_length=1000)] = None
    allocations: Annotated[list[AllocationIn] | None, Field(max_length=500)] = None


class RefundVoid(In):
    void_date: date
    reason: Annotated[str, Field(max_length=500)]


# ---------------------------------------------------------------- master data


class Entity(Out):
    id: int
    code: str
    name: str
    base_currency: str


class Company(Out):
    name: str


class CompanyIn(In):
    name: Annotated[str, Field(max_length=200)]


class EntityIn(In):
    code: Annotated[str, Field(max_length=20)]
    name: Annotated[str, Field(max_length=200)]
    base_currency: Currency


class EntityChange(In):
    name: Annotated[str | None, Field(max_length=200)] = None
    base_currency: Currency | None = None


class GLAccountKind(StrEnum):
    ASSET = "ASSET"
    LIABILITY = "LIABILITY"
    EQUITY = "EQUITY"
    REVENUE = "REVENUE"
    EXPENSE = "EXPENSE"


class GLAccount(Out):
    id: int
    number: str
    title: str
    kind: GLAccountKind
    is_active: bool


class GLAccountPage(PageLinks):
    items: list[GLAccount]


class GLAccountIn(In):
    number: Annotated[str, Field(max_length=20)]
    title: Annotated[str, Field(max_length=200)]
    kind: GLAccountKind


class GLAccountChange(In):
    title: Annotated[str | None, Field(max_length=200)] = None
    kind: GLAccountKind | None = None
    is_active: bool | None = None


class Journal(Out):
    id: int
    symbol: str
    title: str


class JournalIn(In):
    symbol: Annotated[str, Field(max_length=10)]
    title: Annotated[str, Field(max_length=200)]


class JournalChange(In):
    title: Annotated[str, Field(max_length=200)]


class BankAccount(Out):
    id: int
    code: str
    name: str
    entity: str | None = Field(description="The entity's code; null when shared.")
    currency: str
    gl_account_number: str
    is_active: bool


_HOME = "Its entity's code; omitted: the request's entity, or shared at the top level."


class BankAccountIn(In):
    code: Annotated[str, Field(max_length=20)]
    name: Annotated[str, Field(max_length=200)]
    currency: Currency
    gl_account_number: Annotated[str, Field(max_length=20)]
    entity: Annotated[str | None, Field(max_length=20, description=_HOME)] = None


class BankAccountChange(In):
    name: Annotated[str | None, Field(max_length=200)] = None
    currency: Currency | None = None
    gl_account_number: Annotated[str | None, Field(max_length=20)] = None
    is_active: bool | None = None


class CustomerStatus(StrEnum):
    ACTIVE = "ACTIVE"
    ON_HOLD = "ON_HOLD"
    INACTIVE = "INACTIVE"


class Customer(Out):
    id: int
    code: str
    name: str
    status: CustomerStatus
    entity: str | None = Field(description="The entity's code; null when shared.")


class CustomerPage(PageLinks):
    items: list[Customer]


class CustomerIn(In):
    code: Annotated[str, Field(max_length=40)]
    name: Annotated[str, Field(max_length=200)]
    status: CustomerStatus = CustomerStatus.ACTIVE
    entity: Annotated[str | None, Field(max_length=20, description=_HOME)] = None


class CustomerChange(In):
    name: Annotated[str | None, Field(max_length=200)] = None
    status: CustomerStatus | None = None


class EligibleCredits(Out):
    customer_id: int
    currency: str
    items: list[EligibleCredit]


class Sequence(Out):
    prefix: str
    next_number: int
    padding: int


class SequenceIn(In):
    prefix: Annotated[str, Field(max_length=20)]
    next_number: Annotated[int, Field(ge=1, le=MAX_ID)] = 1
    padding: Annotated[int, Field(ge=0, le=20)] = 6


class ArConfiguration(Out):
    entity: str | None
    refunds_enabled: bool
    refund_journal_symbol: str | None
    refund_sequence: Sequence | None
    ar_journal_symbol: str | None
    ar_control_account_number: str | None


class ArConfigurationIn(In):
    refunds_enabled: bool
    refund_journal_symbol: Annotated[str | None, Field(max_length=10)] = None
    refund_sequence: SequenceIn | None = None
    ar_journal_symbol: Annotated[str | None, Field(max_length=10)] = None
    ar_control_account_number: Annotated[str | None, Field(max_length=20)] = None


# ---------------------------------------------------------------- AR documents


class DocumentLine(Out):
    line_no: int
    description: str
    amount: AmountOut
    gl_account_number: str


class Document(Out):
    id: int
    number: str
    document_date: date
    currency: str
    memo: str
    customer_id: int
    entity: str | None


class Invoice(Document):
    due_date: date | None
    total: AmountOut
    balance_due: AmountOut
    lines: list[DocumentLine]


class Adjustment(Document):
    total: AmountOut
    balance_due: AmountOut
    lines: list[DocumentLine]


class PaymentApplication(Out):
    invoice_id: int
    amount: AmountOut


class ReceivedPayment(Document):
    amount: AmountOut
    reference: str
    bank_account_id: int
    applications: list[PaymentApplication]


class Advance(Document):
    amount: AmountOut
    reference: str
    bank_account_id: int


class InvoicePage(PageLinks):
    items: list[Invoice]


class AdjustmentPage(PageLinks):
    items: list[Adjustment]


class ReceivedPaymentPage(PageLinks):
    items: list[ReceivedPayment]


class AdvancePage(PageLinks):
    items: list[Advance]


class LineIn(In):
    amount: AmountIn
    gl_account_number: Annotated[str, Field(max_length=20)]
    description: Annotated[str, Field(max_length=255)] = ""


class InvoiceIn(In):
    customer_id: Id
    number: Annotated[str, Field(max_length=40)]
    document_date: date
    currency: Currency
    lines: Annotated[list[LineIn], Field(max_length=500)]
    due_date: date | None = None
    memo: Text = ""


class AdjustmentIn(In):
    customer_id: Id
    number: Annotated[str, Field(max_length=40)]
    document_date: date
    currency: Currency
    lines: Annotated[list[LineIn], Field(max_length=500)]
    memo: Text = ""


class ApplicationIn(In):
    invoice_id: Id
    amount: AmountIn


class ReceiptIn(In):
    customer_id: Id
    bank_account_id: Id
    number: Annotated[str, Field(max_length=40)]
    document_date: date
    currency: Currency
    amount: AmountIn
    reference: Annotated[str, Field(max_length=100)] = ""
    memo: Text = ""


class ReceivedPaymentIn(ReceiptIn):
    applications: Annotated[list[ApplicationIn], Field(max_length=500)] = []


class CreditApplication(Out):
    id: int
    credit_id: int
    invoice_id: int
    amount: AmountOut
    applied_on: date


class CreditApplicationIn(In):
    credit_id: Id
    invoice_id: Id
    amount: AmountIn
    applied_on: date


# ---------------------------------------------------------------- reports

Cell = str | int | bool | None


class Report(Out):
    """One page of a report: its header figures and its rows, both flat (one value per
    column, amounts as decimal strings), so the CSV form holds the same rows."""

    report: str
    summary: dict[str, Cell]
    columns: list[str]
    rows: list[dict[str, Cell]]
    next: str | None
    next_cursor: str | None
