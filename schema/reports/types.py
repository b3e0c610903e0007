"""GraphQL types of the reports. Figures are computed by the report services in SQL; the
objects they mention (customer, document, refund, bank account) come through loaders."""

from __future__ import annotations

import asyncio
import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, Protocol

import strawberry

from app.services.bank import BankItemKind
from app.services.paging import NESTED_LIST_DEFAULT, NESTED_LIST_MAX
from app.services.reports import bank, sales
from app.services.reports import customers as customer_reports
from app.services.reports import ledger as ledger_reports
from app.services.reports.customers import Balances, RefundRow, match_reference
from models import Refund
from schema.ar.types import (
    ArDocument,
    BankAccountType,
    CreditType,
    customer_of,
    customers_by_id,
    document_of_row,
    load_document,
)
from schema.common import NestedFirst, first_of
from schema.context import Info
from schema.execution import plain_resolver
from schema.money import MoneyType
from schema.refunds.types import RefundStateEnum, RefundType
from schema.selection import largest_first, selects

if TYPE_CHECKING:
    from schema.customers.types import CustomerType

CustomerRef = Annotated["CustomerType", strawberry.lazy("schema.customers.types")]


@strawberry.enum(description="What an AR ledger line or a bank item comes from.")
class SourceKind(StrEnum):
    INVOICE = "invoice"
    AR_ADJUSTMENT = "ar_adjustment"
    RECEIVED_PAYMENT = "received_payment"
    ADVANCE = "advance"
    REFUND = "refund"
    REFUND_VOID = "refund_void"


BankItemKindEnum = strawberry.enum(BankItemKind, name="BankItemKind")
ClearedStatusEnum = strawberry.enum(bank.ClearedStatus, name="ClearedStatus")
InvoiceStatusEnum = strawberry.enum(sales.InvoiceStatus, name="InvoiceStatus")


class Paged(Protocol):
    @property
    def has_next_page(self) -> bool: ...

    @property
    def end_cursor(self) -> str | None: ...


# A field the query did not ask for is never read: what its rows hold in its place.
_NOT_ASKED: Any = None


async def _nothing() -> None:
    return None


@strawberry.type(description="Where the next page starts.")
class ReportPageInfo:
    has_next_page: bool
    end_cursor: str | None

    @classmethod
    def of(cls, page: Paged) -> ReportPageInfo:
        return cls(has_next_page=page.has_next_page, end_cursor=page.end_cursor)


async def _source(info: Info, kind: str, source_id: int) -> tuple[ArDocument | None, Refund | None]:
    if kind in ("refund", "refund_void"):
        return None, await info.context.loaders.refund.load(source_id)
    return await load_document(info, kind, source_id), None


@strawberry.interface(description="A line that comes from a document or a refund.")
class SourcedLine:
    kind: SourceKind
    source_id: strawberry.Private[int]

    @strawberry.field(description="The AR document, for documents.")
    async def document(self, info: Info) -> ArDocument | None:
        return (await _source(info, self.kind.value, self.source_id))[0]

    @strawberry.field(
        description="The refund, for refunds and their voids; null where you may not "
        "see refunds (the number shows either way)."
    )
    async def refund(self, info: Info) -> RefundType | None:
        return RefundType.if_visible(
            info, (await _source(info, self.kind.value, self.source_id))[1]
        )

    number: str | None = strawberry.field(
        description="The document's or the refund's number.",
    )


@strawberry.type(description="An AR transaction and the balance after it.")
class ArLedgerLine(SourcedLine):
    date: dt.date
    amount: MoneyType = strawberry.field(description="Positive: the customer owes more.")
    running_balance: MoneyType

    @classmethod
    def of(cls, line: ledger_reports.LedgerLine, currency: str) -> ArLedgerLine:
        return cls(
            kind=SourceKind(line.source_type),
            source_id=line.source_id,
            date=line.entry_date,
            amount=MoneyType.of(line.amount_minor, currency),
            running_balance=MoneyType.of(line.running_minor, currency),
            number=line.number,
        )


@strawberry.type(description="A customer's AR transactions of a period, in one currency.")
class ArLedgerReport:
    currency: str
    opening_balance: MoneyType
    debits: MoneyType
    credits: MoneyType
    closing_balance: MoneyType
    lines: list[ArLedgerLine]
    page_info: ReportPageInfo
    customer_id: strawberry.Private[int]

    @strawberry.field
    async def customer(self, info: Info) -> CustomerRef:
        return await customer_of(info, self.customer_id)

    @classmethod
    def of(cls, page: ledger_reports.LedgerPage, customer_id: int) -> ArLedgerReport:
        c = page.currency
        return cls(
            currency=c,
            opening_balance=MoneyType.of(page.opening_minor, c),
            debits=MoneyType.of(page.debits_minor, c),
            credits=MoneyType.of(page.credits_minor, c),
            closing_balance=MoneyType.of(page.closing_minor, c),
            lines=[ArLedgerLine.of(line, c) for line in page.lines],
            page_info=ReportPageInfo.of(page),
            customer_id=customer_id,
        )


@strawberry.type(description="Open items by days past due at the statement date.")
class Aging:
    current: MoneyType
    days_1_to_30: MoneyType
    days_31_to_60: MoneyType
    days_61_to_90: MoneyType
    over_90: MoneyType
    open_credits: MoneyType = strawberry.field(description="Unapplied credits, not aged.")
    net: MoneyType = strawberry.field(description="The buckets less the open credits.")


@strawberry.type(description="Opening balance, the period's activity, closing balance, aging.")
class ArStatementReport:
    ledger: ArLedgerReport
    aging: Aging = strawberry.field(
        description="Current open amounts of documents dated up to the end of the period."
    )

    @classmethod
    def of(cls, statement: ledger_reports.Statement, customer_id: int) -> ArStatementReport:
        c = statement.ledger.currency
        buckets = statement.aging.buckets_minor
        return cls(
            ledger=ArLedgerReport.of(statement.ledger, customer_id),
            aging=Aging(
                current=MoneyType.of(buckets["current"], c),
                days_1_to_30=MoneyType.of(buckets["days_1_30"], c),
                days_31_to_60=MoneyType.of(buckets["days_31_60"], c),
                days_61_to_90=MoneyType.of(buckets["days_61_90"], c),
                over_90=MoneyType.of(buckets["over_90"], c),
                open_credits=MoneyType.of(statement.aging.open_credits_minor, c),
                net=MoneyType.of(statement.aging.net_minor, c),
            ),
        )


@strawberry.type(description="The AR subledger against the GL AR control, in one currency.")
class ReconciliationBalance:
    currency: str
    subledger: MoneyType
    general_ledger: MoneyType
    difference: MoneyType

    @classmethod
    def of(cls, balances: Balances) -> ReconciliationBalance:
        c = balances.currency
        return cls(
            currency=c,
            # Report amounts, of which a query reads one or two: made when read.
            subledger=MoneyType.later(balances.subledger_minor, c),
            general_ledger=MoneyType.later(balances.ledger_minor, c),
            difference=MoneyType.later(balances.difference_minor, c),
        )


@strawberry.type(description="A credit a refund cleared, and the reference that matches them.")
class ClearedCredit:
    amount: MoneyType
    match_reference: str = strawberry.field(description="Refund number / credit document.")
    credit: CreditType


@strawberry.type(description="A refund of the customer with the credits it cleared.")
class RefundMatch:
    number: str | None
    state: RefundStateEnum  # type: ignore[valid-type]
    total: MoneyType
    payment_date: dt.date
    # Made for the whole page at once, only when the query asks: plain fields.
    cleared_credits: list[ClearedCredit]
    refund: RefundType | None = strawberry.field(
        description="The refund itself; null where you may not see refunds."
    )

    @classmethod
    def of(
        cls, refund: RefundRow, cleared: list[ClearedCredit], shown: RefundType | None
    ) -> RefundMatch:
        return cls(
            number=refund.number,
            state=refund.state,
            total=MoneyType.later(refund.total_minor, refund.currency),
            payment_date=refund.payment_date,
            refund=shown,
            cleared_credits=cleared,
        )


@strawberry.type(description="One customer's reconciliation.")
class CustomerReconciliationRow:
    balances: list[ReconciliationBalance]
    customer: CustomerRef
    matches: strawberry.Private[list[RefundMatch]]

    @strawberry.field(description="Posted and voided refunds, with what each cleared.")
    @plain_resolver
    def refunds(self, first: NestedFirst = NESTED_LIST_DEFAULT) -> list[RefundMatch]:
        return first_of(self.matches, first)


@strawberry.type(description="Customers' AR subledger against the GL, per currency.")
class CustomerReconciliationReport:
    rows: list[CustomerReconciliationRow]
    totals: list[ReconciliationBalance] = strawberry.field(
        description="Every customer of the scope, per currency."
    )
    page_info: ReportPageInfo

    @classmethod
    async def of(
        cls, info: Info, page: customer_reports.ReconciliationPage
    ) -> CustomerReconciliationReport:
        """The page with its rows' refunds and what each cleared, fetched together and only
        when the query asks (no loader per row)."""
        from schema.customers.types import CustomerType  # noqa: PLC0415 - types refer to each other

        loaders = info.context.loaders
        ids = [row.customer.id for row in page.rows]
        # As many of each customer's refunds as the largest ``first`` asked for.
        limit = largest_first(
            info, "rows", "refunds", default=NESTED_LIST_DEFAULT, most=NESTED_LIST_MAX
        )
        refunds_of = (
            {
                customer_id: found[:limit]
                for customer_id, found in zip(
                    ids, await loaders.refunds_of_customer.load_now(ids), strict=True
                )
            }
            if limit
            else {}
        )
        shows_refunds = selects(info, "rows", "refunds", "refund")
        cleared: dict[int, list[ClearedCredit]] = {}
        if selects(info, "rows", "refunds", "clearedCredits"):
            refunds = [refund for found in refunds_of.values() for refund in found]
            allocations = await loaders.refund_allocations.load_now([r.id for r in refunds])
            credit_ids = sorted({a.credit_id for found in allocations for a in found})
            credits = dict(zip(credit_ids, await loaders.credit.load_now(credit_ids), strict=True))
            shows_credits = selects(info, "rows", "refunds", "clearedCredits", "credit")
            for refund, found in zip(refunds, allocations, strict=True):
                cleared[refund.id] = [
                    ClearedCredit(
                        amount=MoneyType.later(allocation.amount_minor, refund.currency),
                        match_reference=match_reference(refund.number, credit.document_number),
                        credit=CreditType.from_model(credit) if shows_credits else _NOT_ASKED,
                    )
                    for allocation in found
                    if (credit := credits.get(allocation.credit_id)) is not None
                ]
        return cls(
            rows=[
                CustomerReconciliationRow(
                    balances=[ReconciliationBalance.of(b) for b in row.balances],
                    customer=CustomerType.from_model(row.customer),
                    matches=[
                        RefundMatch.of(
                            refund,
                            cleared.get(refund.id, []),
                            RefundType.if_visible(info, refund) if shows_refunds else _NOT_ASKED,
                        )
                        for refund in refunds_of.get(row.customer.id, [])
                    ],
                )
                for row in page.rows
            ],
            totals=[ReconciliationBalance.of(t) for t in page.totals],
            page_info=ReportPageInfo.of(page),
        )


@strawberry.type(description="A deposit or withdrawal of a bank account.")
class BankItem(SourcedLine):
    bank_item_kind: BankItemKindEnum  # type: ignore[valid-type]
    date: dt.date
    amount: MoneyType = strawberry.field(description="Deposits positive, withdrawals negative.")
    running_balance: MoneyType
    cleared_on: dt.date | None
    reconciliation_status: ClearedStatusEnum  # type: ignore[valid-type]

    @classmethod
    def of(cls, item: bank.BankItem, currency: str) -> BankItem:
        return cls(
            kind=SourceKind(item.kind.value),
            source_id=item.document_id,
            bank_item_kind=item.kind,
            date=item.item_date,
            amount=MoneyType.of(item.amount_minor, currency),
            running_balance=MoneyType.of(item.running_minor, currency),
            cleared_on=item.cleared_on,
            reconciliation_status=item.status,
            number=item.number,
        )


@strawberry.type(description="A bank account's deposits and withdrawals of a period.")
class BankRegisterReport:
    bank_account: BankAccountType
    opening_balance: MoneyType
    deposits: MoneyType
    withdrawals: MoneyType
    closing_balance: MoneyType
    items: list[BankItem]
    page_info: ReportPageInfo
    entity_share_only: bool = strawberry.field(
        description="True for a bank account shared by several entities, seen from inside "
        "one: the figures are that entity's items only."
    )

    @classmethod
    def of(cls, page: bank.RegisterPage) -> BankRegisterReport:
        c = page.bank.currency
        return cls(
            bank_account=BankAccountType.from_model(page.bank),
            opening_balance=MoneyType.of(page.opening_minor, c),
            deposits=MoneyType.of(page.deposits_minor, c),
            withdrawals=MoneyType.of(page.withdrawals_minor, c),
            closing_balance=MoneyType.of(page.closing_minor, c),
            items=[BankItem.of(item, c) for item in page.items],
            page_info=ReportPageInfo.of(page),
            entity_share_only=page.entity_share_only,
        )


@strawberry.type(description="A bank statement reconciled with the cleared items.")
class BankReconciliationReport:
    bank_account: BankAccountType
    statement_date: dt.date
    statement_balance: MoneyType
    book_balance: MoneyType = strawberry.field(description="Every item up to the date.")
    cleared_balance: MoneyType
    uncleared_deposits: MoneyType
    uncleared_withdrawals: MoneyType
    difference: MoneyType = strawberry.field(
        description="Statement less cleared balance: zero when reconciled."
    )
    items: list[BankItem] = strawberry.field(description="The items of the status asked for.")
    page_info: ReportPageInfo

    @classmethod
    def of(cls, rec: bank.Reconciliation) -> BankReconciliationReport:
        c = rec.bank.currency
        return cls(
            bank_account=BankAccountType.from_model(rec.bank),
            statement_date=rec.statement_date,
            statement_balance=MoneyType.of(rec.statement_balance_minor, c),
            book_balance=MoneyType.of(rec.book_balance_minor, c),
            cleared_balance=MoneyType.of(rec.cleared_balance_minor, c),
            uncleared_deposits=MoneyType.of(rec.uncleared_deposits_minor, c),
            uncleared_withdrawals=MoneyType.of(rec.uncleared_withdrawals_minor, c),
            difference=MoneyType.of(rec.difference_minor, c),
            items=[BankItem.of(item, c) for item in rec.items],
            page_info=ReportPageInfo.of(rec),
        )


@strawberry.type(description="A refund that took from a credit.")
class RefundTake:
    refund_number: str
    amount: MoneyType


@strawberry.type(description="An invoice or AR adjustment of the period.")
class SalesRegisterLine(SourcedLine):
    date: dt.date
    total: MoneyType
    refunded: MoneyType = strawberry.field(description="Taken from its credit by refunds.")
    currency: str
    # Fetched for the whole page at once, only when the query asks (SalesRegisterReport.of):
    # plain fields, no resolver per row.
    customer: CustomerRef
    refunds: list[RefundTake] = strawberry.field(
        description="Which posted refunds took from its credit, and how much."
    )


@strawberry.type(description="Totals of a report in one currency.")
class CurrencyTotals:
    currency: str
    total: MoneyType
    refunded: MoneyType
    paid: MoneyType | None = None
    credited: MoneyType | None = None
    credit_applied: MoneyType | None = None
    balance: MoneyType | None = None
    documents: int | None = None

    @classmethod
    def of(cls, totals: sales.CurrencyTotals) -> CurrencyTotals:
        c, amounts = totals.currency, totals.amounts

        def money(key: str) -> MoneyType | None:
            return MoneyType.later(amounts[key], c) if key in amounts else None

        return cls(
            currency=c,
            total=MoneyType.later(amounts["total"], c),
            refunded=MoneyType.later(amounts["refunded"], c),
            paid=money("paid"),
            credited=money("credited"),
            credit_applied=money("credit_applied"),
            balance=money("balance"),
            documents=amounts.get("documents"),
        )


@strawberry.type(description="Invoices and AR adjustments of a period.")
class SalesRegisterReport:
    lines: list[SalesRegisterLine]
    totals: list[CurrencyTotals] = strawberry.field(description="Per currency, never summed.")
    page_info: ReportPageInfo

    @classmethod
    async def of(cls, info: Info, register: sales.SalesRegister) -> SalesRegisterReport:
        credit_ids = sorted({line.credit_id for line in register.lines if line.credit_id})
        customers, takes = await asyncio.gather(
            customers_by_id(info, [line.customer_id for line in register.lines])
            if selects(info, "lines", "customer")
            else _nothing(),
            info.context.loaders.refund_takes.load_now(credit_ids)
            if selects(info, "lines", "refunds")
            else _nothing(),
        )
        taken = dict(zip(credit_ids, takes or [], strict=False))
        return cls(
            lines=[
                SalesRegisterLine(
                    kind=SourceKind(line.kind),
                    source_id=line.document_id,
                    date=line.document_date,
                    total=MoneyType.later(line.total_minor, line.currency),
                    refunded=MoneyType.later(line.refunded_minor, line.currency),
                    currency=line.currency,
                    number=line.number,
                    customer=customers[line.customer_id] if customers else _NOT_ASKED,
                    refunds=[
                        RefundTake(
                            refund_number=take.refund_number,
                            amount=MoneyType.of(take.amount_minor, line.currency),
                        )
                        for take in taken.get(line.credit_id or 0, [])
                    ],
                )
                for line in register.lines
            ],
            totals=[CurrencyTotals.of(t) for t in register.totals],
            page_info=ReportPageInfo.of(register),
        )


@strawberry.type(description="An invoice's figures: what it was, and what became of it.")
class InvoiceAnalysisLine:
    total: MoneyType
    paid: MoneyType
    credited: MoneyType = strawberry.field(description="Credits applied to it.")
    credit_applied: MoneyType = strawberry.field(
        description="A negative invoice's credit applied to other invoices."
    )
    refunded: MoneyType = strawberry.field(description="Refunded from its credit.")
    balance: MoneyType = strawberry.field(description="Owed; negative: credit still open.")
    status: InvoiceStatusEnum  # type: ignore[valid-type]
    # Fetched for the whole page at once, only when the query asks: plain fields.
    invoice: ArDocument
    customer: CustomerRef


@strawberry.type(description="Invoices of a period, negative ones included.")
class InvoiceAnalysisReport:
    invoices: list[InvoiceAnalysisLine]
    totals: list[CurrencyTotals]
    page_info: ReportPageInfo

    @classmethod
    async def of(cls, info: Info, analysis: sales.InvoiceAnalysis) -> InvoiceAnalysisReport:
        customers = (
            await customers_by_id(info, [f.customer_id for f in analysis.invoices])
            if selects(info, "invoices", "customer")
            else {}
        )
        # Read by the page's own statement.
        invoices = (
            {row.id: document_of_row(row) for row in analysis.documents()}
            if selects(info, "invoices", "invoice")
            else {}
        )
        return cls(
            invoices=[
                InvoiceAnalysisLine(
                    total=MoneyType.later(f.total_minor, f.currency),
                    paid=MoneyType.later(f.paid_minor, f.currency),
                    credited=MoneyType.later(f.credited_minor, f.currency),
                    credit_applied=MoneyType.later(f.credit_applied_minor, f.currency),
                    refunded=MoneyType.later(f.refunded_minor, f.currency),
                    balance=MoneyType.later(f.balance_minor, f.currency),
                    status=f.status,
                    invoice=invoices[f.invoice_id] if invoices else _NOT_ASKED,
                    customer=customers[f.customer_id] if customers else _NOT_ASKED,
                )
                for f in analysis.invoices
            ],
            totals=[CurrencyTotals.of(t) for t in analysis.totals],
            page_info=ReportPageInfo.of(analysis),
        )
