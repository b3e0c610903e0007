"""Report queries (reports.read)."""

from __future__ import annotations

from datetime import date

import strawberry

from app.services.reports import bank, customers, ledger, sales
from schema.context import Info
from schema.ids import pk_of
from schema.money import Amount
from schema.reports.types import (
    ArLedgerReport,
    ArStatementReport,
    BankReconciliationReport,
    BankRegisterReport,
    ClearedStatusEnum,
    CustomerReconciliationReport,
    InvoiceAnalysisReport,
    SalesRegisterReport,
)


@strawberry.type
class ReportQuery:
    @strawberry.field(
        description="A customer's AR transactions of a period with running "
        "balance; currency defaults to the scope's base currency."
    )
    async def ar_ledger(
        self,
        info: Info,
        customer_id: strawberry.ID,
        date_from: date,
        date_to: date,
        currency: str | None = None,
        first: int = 100,
        after: str | None = None,
    ) -> ArLedgerReport:
        customer = pk_of(customer_id, "Customer", field="customerId")
        page = await ledger.ar_ledger(
            info.context.principal,
            info.context.scope,
            customer,
            date_from=date_from,
            date_to=date_to,
            currency=currency,
            first=first,
            after=after,
        )
        return ArLedgerReport.of(page, customer)

    @strawberry.field(
        description="A customer's statement: opening balance, activity, closing balance and aging."
    )
    async def ar_statement(
        self,
        info: Info,
        customer_id: strawberry.ID,
        date_from: date,
        date_to: date,
        currency: str | None = None,
        first: int = 100,
        after: str | None = None,
    ) -> ArStatementReport:
        customer = pk_of(customer_id, "Customer", field="customerId")
        statement = await ledger.ar_statement(
            info.context.principal,
            info.context.scope,
            customer,
            date_from=date_from,
            date_to=date_to,
            currency=currency,
            first=first,
            after=after,
        )
        return ArStatementReport.of(statement, customer)

    @strawberry.field(
        description="Each customer's AR subledger against the GL AR control "
        "account, per currency, with the refunds and the credits they cleared."
    )
    async def customer_reconciliation(
        self,
        info: Info,
        first: int = 100,
        after: str | None = None,
        only_differences: bool = False,
    ) -> CustomerReconciliationReport:
        page = await customers.customer_reconciliation(
            info.context.principal,
            info.context.scope,
            first=first,
            after=after,
            only_differences=only_differences,
        )
        return await CustomerReconciliationReport.of(info, page)

    @strawberry.field(
        description="A bank account's deposits and withdrawals with running "
        "balance (refunds are withdrawals, their voids reversals)."
    )
    async def bank_register(
        self,
        info: Info,
        bank_account_id: strawberry.ID,
        date_from: date,
        date_to: date,
        first: int = 100,
        after: str | None = None,
    ) -> BankRegisterReport:
        page = await bank.bank_register(
            info.context.principal,
            info.context.scope,
            pk_of(bank_account_id, "BankAccount", field="bankAccountId"),
            date_from=date_from,
            date_to=date_to,
            first=first,
            after=after,
        )
        return BankRegisterReport.of(page)

    @strawberry.field(
        description="Cleared and uncleared items at a statement date, and the "
        "difference between the statement and the cleared balance."
    )
    async def bank_reconciliation(
        self,
        info: Info,
        bank_account_id: strawberry.ID,
        statement_date: date,
        statement_balance: Amount,
        status: ClearedStatusEnum = bank.ClearedStatus.UNCLEARED,  # type: ignore[valid-type]
        first: int = 100,
        after: str | None = None,
    ) -> BankReconciliationReport:
        rec = await bank.bank_reconciliation(
            info.context.principal,
            info.context.scope,
            pk_of(bank_account_id, "BankAccount", field="bankAccountId"),
            statement_date=statement_date,
            statement_balance=statement_balance,
            status=bank.ClearedStatus(status),
            first=first,
            after=after,
        )
        return BankReconciliationReport.of(rec)

    @strawberry.field(
        description="Invoices and AR adjustments of a period, with what was "
        "refunded from each credit and by which refunds."
    )
    async def sales_register(
        self,
        info: Info,
        date_from: date,
        date_to: date,
        currency: str | None = None,
        first: int = 100,
        after: str | None = None,
    ) -> SalesRegisterReport:
        register = await sales.sales_register(
            info.context.principal,
            info.context.scope,
            date_from=date_from,
            date_to=date_to,
            currency=currency,
            first=first,
            after=after,
        )
        return await SalesRegisterReport.of(info, register)

    @strawberry.field(
        description="Per invoice, negative ones included: total, paid, "
        "credited, refunded, balance and status."
    )
    async def invoice_analysis(
        self,
        info: Info,
        date_from: date,
        date_to: date,
        customer_id: strawberry.ID | None = None,
        first: int = 100,
        after: str | None = None,
    ) -> InvoiceAnalysisReport:
        analysis = await sales.invoice_analysis(
            info.context.principal,
            info.context.scope,
            date_from=date_from,
            date_to=date_to,
            customer_id=pk_of(customer_id, "Customer", field="customerId") if customer_id else None,
            first=first,
            after=after,
        )
        return await InvoiceAnalysisReport.of(info, analysis)
