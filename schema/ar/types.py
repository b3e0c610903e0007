"""GraphQL types of AR documents, the credits they leave, and bank accounts.

Leaves are plain attributes copied from the row; only relations resolve through loaders.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay
from strawberry.relay import to_base64

from app.services import ar_documents, credits
from app.services.access import AR_DOCUMENTS, BANK_ACCOUNTS, CREDITS
from app.services.paging import NESTED_LIST_DEFAULT
from models import (
    Advance,
    ArAdjustment,
    ArAdjustmentLine,
    BankAccount,
    CreditApplication,
    Invoice,
    InvoiceLine,
    ReceivedPayment,
)
from models.enums import CreditKind
from schema.common import EntityType, NestedFirst, entity_of, first_of, load_visible, visible
from schema.context import Info
from schema.ledger import GLAccountType
from schema.money import MoneyType

if TYPE_CHECKING:
    from schema.batching import WaveLoader
    from schema.customers.types import CustomerType

CustomerRef = Annotated["CustomerType", strawberry.lazy("schema.customers.types")]

CreditKindEnum = strawberry.enum(
    CreditKind,
    name="CreditKind",
    description="Where a credit balance comes from.",
)


async def customers_by_id(info: Info, ids: list[int]) -> dict[int, CustomerType]:
    """Customers by id, loaded together (for a page of report rows)."""
    from schema.customers.types import CustomerType  # noqa: PLC0415 - types refer to each other

    wanted = sorted(set(ids))
    found = await info.context.loaders.customer.load_now(wanted)
    if any(customer is None for customer in found):  # foreign keys forbid this
        raise LookupError("a customer vanished")
    return {pk: CustomerType.from_model(c) for pk, c in zip(wanted, found, strict=True) if c}


async def customer_of(info: Info, customer_id: int) -> CustomerType:
    from schema.customers.types import CustomerType  # noqa: PLC0415 - types refer to each other

    customer = await info.context.loaders.customer.load(customer_id)
    if customer is None:  # foreign keys forbid this
        raise LookupError(f"customer {customer_id} vanished")
    return CustomerType.from_model(customer)


@strawberry.type(name="BankAccount", description="A bank account backed by a GL cash account.")
class BankAccountType(relay.Node):
    id: relay.NodeID[int]
    code: str
    name: str
    currency: str
    is_active: bool
    entity_id: strawberry.Private[int | None]
    gl_account_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, bank: BankAccount) -> BankAccountType:
        return cls(
            id=bank.id,
            code=bank.code,
            name=bank.name,
            currency=bank.currency,
            is_active=bank.is_active,
            entity_id=bank.entity_id,
            gl_account_id=bank.gl_account_id,
        )

    @strawberry.field(description="The GL cash account behind it.")
    async def gl_account(self, info: Info) -> GLAccountType:
        return await GLAccountType.load(info, self.gl_account_id)

    @strawberry.field
    async def entity(self, info: Info) -> EntityType | None:
        return await entity_of(info, self.entity_id)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False, **_: Any
    ) -> list[BankAccountType | None]:
        rows = await load_visible(
            info.context.loaders.bank_account, node_ids, lambda b: visible(info, BANK_ACCOUNTS, b)
        )
        return [cls.from_model(b) if b is not None else None for b in rows]


@strawberry.type(description="A line of an invoice or adjustment; negative lines are credits.")
class DocumentLine:
    line_no: int
    description: str
    amount: MoneyType
    gl_account_id: strawberry.Private[int]

    @strawberry.field(description="Number of the GL account the line posts to.")
    async def gl_account_number(self, info: Info) -> str:
        account = await info.context.loaders.gl_account.load(self.gl_account_id)
        return account.number if account is not None else ""

    @classmethod
    def from_model(cls, line: InvoiceLine | ArAdjustmentLine, currency: str) -> DocumentLine:
        return cls(
            line_no=line.line_no,
            description=line.description,
            amount=MoneyType.of(line.amount_minor, currency),
            gl_account_id=line.gl_account_id,
        )


@strawberry.interface(description="Fields every posted AR document has.")
class ArDocument(relay.Node):
    id: relay.NodeID[int]
    number: str
    document_date: date
    currency: str
    memo: str
    customer_id: strawberry.Private[int]
    entity_id: strawberry.Private[int | None]

    @strawberry.field
    async def customer(self, info: Info) -> CustomerRef:
        return await customer_of(info, self.customer_id)

    @strawberry.field(description="The entity the document lives in; null at the top level.")
    async def entity(self, info: Info) -> EntityType | None:
        return await entity_of(info, self.entity_id)


def _document_fields(
    row: Invoice | ArAdjustment | ReceivedPayment | Advance | ar_documents.DocumentRow,
) -> dict[str, Any]:
    """The ArDocument fields, the same for every kind."""
    return {
        "id": row.id,
        "number": row.number,
        "document_date": row.document_date,
        "currency": row.currency,
        "memo": row.memo,
        "customer_id": row.customer_id,
        "entity_id": row.entity_id,
    }


def _document_nodes(
    loader_name: str,
) -> Any:
    """resolve_nodes for a document type: visible in the scope, to AR readers only."""

    async def resolve_nodes(
        cls: Any, /, *, info: Info, node_ids: Iterable[str], required: bool = False, **_: Any
    ) -> list[Any]:
        rows = await load_visible(
            getattr(info.context.loaders, loader_name),
            node_ids,
            lambda d: visible(info, AR_DOCUMENTS, d),
        )
        return [cls.from_model(row) if row is not None else None for row in rows]

    return classmethod(resolve_nodes)


@strawberry.type(name="Invoice", description="A posted invoice; its total may be negative.")
class InvoiceType(ArDocument):
    due_date: date | None
    total: MoneyType
    balance_due: MoneyType = strawberry.field(description="What is left to pay.")

    resolve_nodes = _document_nodes("invoice")

    @classmethod
    def from_model(cls, invoice: Invoice) -> InvoiceType:
        return cls(
            **_document_fields(invoice),
            due_date=invoice.due_date,
            total=MoneyType.of(invoice.total_minor, invoice.currency),
            balance_due=MoneyType.of(invoice.balance_due_minor, invoice.currency),
        )

    @strawberry.field
    async def lines(self, info: Info) -> list[DocumentLine]:
        rows = await info.context.loaders.invoice_lines.load(self.id)
        return [DocumentLine.from_model(row, self.currency) for row in rows]

    @strawberry.field(description="Credits applied to it, oldest first.")
    async def credit_applications(
        self, info: Info, first: NestedFirst = NESTED_LIST_DEFAULT
    ) -> list[CreditApplicationType]:
        rows = first_of(await info.context.loaders.applications_of_invoice.load(self.id), first)
        return [CreditApplicationType.from_model(row, self.currency) for row in rows]


@strawberry.type(name="ArAdjustment", description="A posted AR adjustment (negative: credit memo).")
class ArAdjustmentType(ArDocument):
    total: MoneyType
    balance_due: MoneyType = strawberry.field(description="What is left to pay (debit memos).")

    resolve_nodes = _document_nodes("adjustment")

    @classmethod
    def from_model(cls, adjustment: ArAdjustment) -> ArAdjustmentType:
        return cls(
            **_document_fields(adjustment),
            total=MoneyType.of(adjustment.total_minor, adjustment.currency),
            balance_due=MoneyType.of(adjustment.balance_due_minor, adjustment.currency),
        )

    @strawberry.field
    async def lines(self, info: Info) -> list[DocumentLine]:
        rows = await info.context.loaders.adjustment_lines.load(self.id)
        return [DocumentLine.from_model(row, self.currency) for row in rows]


@strawberry.type(
    name="PaymentApplication", description="The part of a received payment applied to one invoice."
)
class PaymentApplicationType:
    amount: MoneyType
    invoice_id: strawberry.Private[int]

    @strawberry.field
    async def invoice(self, info: Info) -> InvoiceType:
        invoice = await info.context.loaders.invoice.load(self.invoice_id)
        if invoice is None:  # foreign keys forbid this
            raise LookupError(f"invoice {self.invoice_id} vanished")
        return InvoiceType.from_model(invoice)


@strawberry.type(name="ReceivedPayment", description="Money received from a customer.")
class ReceivedPaymentType(ArDocument):
    amount: MoneyType
    reference: str
    bank_account_id: strawberry.Private[int]

    resolve_nodes = _document_nodes("payment")

    @classmethod
    def from_model(cls, payment: ReceivedPayment) -> ReceivedPaymentType:
        return cls(
            **_document_fields(payment),
            reference=payment.reference,
            amount=MoneyType.of(payment.amount_minor, payment.currency),
            bank_account_id=payment.bank_account_id,
        )

    @strawberry.field
    async def bank_account(self, info: Info) -> BankAccountType:
        return await bank_account_of(info, self.bank_account_id)

    @strawberry.field
    async def applications(self, info: Info) -> list[PaymentApplicationType]:
        rows = await info.context.loaders.payment_applications.load(self.id)
        return [
            PaymentApplicationType(
                amount=MoneyType.of(row.amount_minor, self.currency), invoice_id=row.invoice_id
            )
            for row in rows
        ]


@strawberry.type(name="Advance", description="Money received before any invoice exists.")
class AdvanceType(ArDocument):
    amount: MoneyType
    reference: str
    bank_account_id: strawberry.Private[int]

    resolve_nodes = _document_nodes("advance")

    @classmethod
    def from_model(cls, advance: Advance) -> AdvanceType:
        return cls(
            **_document_fields(advance),
            reference=advance.reference,
            amount=MoneyType.of(advance.amount_minor, advance.currency),
            bank_account_id=advance.bank_account_id,
        )

    @strawberry.field
    async def bank_account(self, info: Info) -> BankAccountType:
        return await bank_account_of(info, self.bank_account_id)


async def bank_account_of(info: Info, bank_account_id: int) -> BankAccountType:
    bank = await info.context.loaders.bank_account.load(bank_account_id)
    if bank is None:  # foreign keys forbid this
        raise LookupError(f"bank account {bank_account_id} vanished")
    return BankAccountType.from_model(bank)


def document_of(
    row: Invoice | ArAdjustment | ReceivedPayment | Advance,
) -> InvoiceType | ArAdjustmentType | ReceivedPaymentType | AdvanceType:
    if isinstance(row, Invoice):
        return InvoiceType.from_model(row)
    if isinstance(row, ArAdjustment):
        return ArAdjustmentType.from_model(row)
    if isinstance(row, ReceivedPayment):
        return ReceivedPaymentType.from_model(row)
    return AdvanceType.from_model(row)


def document_of_row(
    row: ar_documents.DocumentRow,
) -> InvoiceType | ArAdjustmentType | ReceivedPaymentType | AdvanceType:
    """The GraphQL type of a plain document row (a customer's document list)."""
    fields = _document_fields(row)
    currency = row.currency
    if row.kind == "invoice":
        return InvoiceType(
            **fields,
            due_date=row.due_date,
            total=MoneyType.of(row.total_minor, currency),
            balance_due=MoneyType.of(row.balance_due_minor, currency),
        )
    if row.kind == "adjustment":
        return ArAdjustmentType(
            **fields,
            total=MoneyType.of(row.total_minor, currency),
            balance_due=MoneyType.of(row.balance_due_minor, currency),
        )
    receipt = ReceivedPaymentType if row.kind == "payment" else AdvanceType
    return receipt(
        **fields,
        reference=row.reference,
        amount=MoneyType.of(row.amount_minor, currency),
        bank_account_id=row.bank_account_id,
    )


# How journal entries name the document types (source_type), by the credits' names of them.
_JOURNAL_SOURCE = {
    "invoice": "invoice",
    "adjustment": "ar_adjustment",
    "payment": "received_payment",
    "advance": "advance",
}


def _document_loader(
    info: Info, kind: str
) -> (
    WaveLoader[int, Invoice | None]
    | WaveLoader[int, ArAdjustment | None]
    | WaveLoader[int, ReceivedPayment | None]
    | WaveLoader[int, Advance | None]
    | None
):
    loaders = info.context.loaders
    if kind == "invoice":
        return loaders.invoice
    if kind == "ar_adjustment":
        return loaders.adjustment
    if kind == "received_payment":
        return loaders.payment
    if kind == "advance":
        return loaders.advance
    return None


async def load_document(info: Info, kind: str, document_id: int) -> ArDocument | None:
    """An AR document by the kind journal entries name it with, through the loaders."""
    loader = _document_loader(info, kind)
    row = await loader.load(document_id) if loader is not None else None
    return document_of(row) if row is not None else None


@strawberry.type(
    name="CreditApplication",
    description="Part of a credit applied to an invoice of the same customer.",
)
class CreditApplicationType:
    id: strawberry.ID = strawberry.field(description="Give it to unapplyCredit to undo it.")
    amount: MoneyType
    applied_on: date
    credit_id: strawberry.Private[int]
    invoice_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, application: CreditApplication, currency: str) -> CreditApplicationType:
        return cls(
            id=strawberry.ID(to_base64("CreditApplication", application.id)),
            amount=MoneyType.of(application.amount_minor, currency),
            applied_on=application.applied_on,
            credit_id=application.credit_id,
            invoice_id=application.invoice_id,
        )

    @strawberry.field
    async def credit(self, info: Info) -> CreditType:
        credit = await info.context.loaders.credit.load(self.credit_id)
        if credit is None:  # foreign keys forbid this
            raise LookupError(f"credit {self.credit_id} vanished")
        return CreditType.from_model(credit)

    @strawberry.field
    async def invoice(self, info: Info) -> InvoiceType:
        invoice = await info.context.loaders.invoice.load(self.invoice_id)
        if invoice is None:  # foreign keys forbid this
            raise LookupError(f"invoice {self.invoice_id} vanished")
        return InvoiceType.from_model(invoice)


@strawberry.type(
    name="Credit",
    description="A customer's credit balance left by one document: what a refund clears.",
)
class CreditType(relay.Node):
    """Every leaf is computed once from the loaded row (with what drafts hold of it)."""

    id: relay.NodeID[int]
    kind: CreditKindEnum  # type: ignore[valid-type]
    document_number: str
    document_date: date
    currency: str
    original_amount: MoneyType
    open_amount: MoneyType = strawberry.field(description="Not yet applied or refunded.")
    refundable: bool = strawberry.field(
        description="False when the document has a positive line: its credit comes from "
        "inline credits, which are never refunded."
    )
    held_by_drafts: MoneyType = strawberry.field(
        description="Selected by draft refunds, so not available to others."
    )
    available: MoneyType = strawberry.field(
        description="What a new refund may still take: open less held."
    )
    credit: strawberry.Private[credits.CreditRow]

    @classmethod
    def from_model(cls, credit: credits.CreditRow) -> CreditType:
        # Built for every credit of every list: the attributes set directly, without the
        # dataclass __init__'s keyword handling (as MoneyType.of).
        currency = credit.currency
        made = object.__new__(cls)
        made.id = credit.id
        made.kind = credit.kind
        made.document_number = credit.document_number
        made.document_date = credit.document_date
        made.currency = currency
        made.original_amount = MoneyType.later(credit.original_minor, currency)  # rarely asked
        made.open_amount = MoneyType.of(credit.open_minor, currency)
        made.refundable = credits.source_ineligibility(credit) is None
        made.held_by_drafts = MoneyType.of(credit.held_by_drafts_minor, currency)
        made.available = MoneyType.of(credit.available_minor, currency)
        made.credit = credit
        return made

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False, **_: Any
    ) -> list[CreditType | None]:
        rows = await load_visible(
            info.context.loaders.credit, node_ids, lambda c: visible(info, CREDITS, c)
        )
        return [cls.from_model(row) if row is not None else None for row in rows]

    @strawberry.field
    async def customer(self, info: Info) -> CustomerRef:
        return await customer_of(info, self.credit.customer_id)

    @strawberry.field(description="Where it was applied to invoices, oldest first.")
    async def applications(
        self, info: Info, first: NestedFirst = NESTED_LIST_DEFAULT
    ) -> list[CreditApplicationType]:
        rows = first_of(await info.context.loaders.applications_of_credit.load(self.id), first)
        return [CreditApplicationType.from_model(row, self.currency) for row in rows]

    @strawberry.field(description="The document that left this credit.")
    async def document(self, info: Info) -> ArDocument:
        kind, document_id = credits.source_of(self.credit)
        document = await load_document(info, _JOURNAL_SOURCE[kind], document_id)
        if document is None:  # foreign keys forbid this
            raise LookupError(f"the document of credit {self.credit.id} vanished")
        return document
