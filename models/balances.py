"""Balances the database keeps itself (``MaintainedTotals``): sums over the AR documents
and the journal, per customer, that reports would otherwise add up from the whole history
on every page. Triggers keep them in the writing transaction; the integrity check compares
them with the sums recomputed from their sources."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.constraints import MaintainedTotals, TotalSource, UniqueExpressionIndex
from models.enums import RefundState

_CUSTOMER_KEY = ("customer_id", "COALESCE(entity_id, 0)", "currency")
_DOCUMENT_KEY = ("{row}.customer_id", "{row}.entity_id", "{row}.currency")
_DOCUMENT_WATCH = ("customer_id", "entity_id", "currency")


class CustomerBalance(Model):
    """The AR subledger of a customer, per entity (NULL: the top level) and currency: open
    invoices and debit adjustments less open credits (``app.services.subledger``)."""

    id = fields.BigIntField(primary_key=True)
    customer_id = fields.BigIntField()
    entity_id = fields.BigIntField(null=True)
    currency = fields.CharField(max_length=3)
    amount_minor = fields.BigIntField(default=0)

    class Meta:
        table = "customer_balance"
        constraints = (
            UniqueExpressionIndex(name="uq_customer_balance_key", expressions=_CUSTOMER_KEY),
            MaintainedTotals(
                name="totals_customer_balance",
                columns=("customer_id", "entity_id", "currency", "amount_minor"),
                conflict=_CUSTOMER_KEY,
                sources=(
                    TotalSource(
                        table="invoice",
                        values=(*_DOCUMENT_KEY, "{row}.balance_due_minor"),
                        watch=(*_DOCUMENT_WATCH, "balance_due_minor"),
                    ),
                    TotalSource(
                        table="ar_adjustment",
                        values=(*_DOCUMENT_KEY, "{row}.balance_due_minor"),
                        watch=(*_DOCUMENT_WATCH, "balance_due_minor"),
                    ),
                    TotalSource(
                        table="ar_credit",
                        values=(*_DOCUMENT_KEY, "-{row}.open_minor"),
                        watch=(*_DOCUMENT_WATCH, "open_minor"),
                    ),
                ),
            ),
        )


_ACCOUNT_KEY = ("customer_id", "COALESCE(entity_id, 0)", "currency", "gl_account_id")


class CustomerAccountBalance(Model):
    """Debits less credits of the journal lines naming a customer, per GL account, entity
    (of the entry; NULL: the top level) and currency (of the entry). The AR control
    accounts' rows are the GL side of the customer reconciliation."""

    id = fields.BigIntField(primary_key=True)
    customer_id = fields.BigIntField()
    entity_id = fields.BigIntField(null=True)
    currency = fields.CharField(max_length=3)
    gl_account_id = fields.BigIntField()
    amount_minor = fields.BigIntField(default=0)

    class Meta:
        table = "customer_account_balance"
        constraints = (
            UniqueExpressionIndex(name="uq_customer_account_balance_key", expressions=_ACCOUNT_KEY),
            MaintainedTotals(
                name="totals_customer_account_balance",
                columns=("customer_id", "entity_id", "currency", "gl_account_id", "amount_minor"),
                conflict=_ACCOUNT_KEY,
                sources=(
                    TotalSource(
                        table="journal_line",
                        values=(
                            "{row}.customer_id",
                            "e.entity_id",
                            "e.currency",
                            "{row}.gl_account_id",
                            "{row}.debit_minor - {row}.credit_minor",
                        ),
                        watch=(
                            "entry_id",
                            "customer_id",
                            "gl_account_id",
                            "debit_minor",
                            "credit_minor",
                        ),
                        where="{row}.customer_id IS NOT NULL",
                        join=("journal_entry e", "e.id = {row}.entry_id"),
                    ),
                ),
            ),
        )


# What moves a bank account, per item kind: the rows the bank reports list
# (app.services.reports.bank), summed per day.
_BANK_KEY = (
    "bank_account_id",
    "COALESCE(entity_id, 0)",
    "item_date",
    "kind",
    "cleared_on IS NULL",
    "COALESCE(cleared_on, item_date)",
)
_RECEIPT_WATCH = ("bank_account_id", "entity_id", "document_date", "amount_minor", "cleared_on")
_REFUND_WATCH = ("bank_account_id", "entity_id", "state", "total_minor")


class BankDayBalance(Model):
    """What a bank account's items of one kind moved on one day, per entity and clearing
    date (NULL: not cleared): deposits positive, withdrawals negative. The bank register's
    opening balance and totals, and the reconciliation's, add up days, not items."""

    id = fields.BigIntField(primary_key=True)
    bank_account_id = fields.BigIntField()
    entity_id = fields.BigIntField(null=True)
    item_date = fields.DateField()
    kind = fields.CharField(max_length=20)
    cleared_on = fields.DateField(null=True)
    amount_minor = fields.BigIntField(default=0)

    class Meta:
        table = "bank_day_balance"
        constraints = (
            UniqueExpressionIndex(name="uq_bank_day_balance_key", expressions=_BANK_KEY),
            MaintainedTotals(
                name="totals_bank_day_balance",
                columns=(
                    "bank_account_id",
                    "entity_id",
                    "item_date",
                    "kind",
                    "cleared_on",
                    "amount_minor",
                ),
                conflict=_BANK_KEY,
                sources=(
                    TotalSource(
                        table="received_payment",
                        values=(
                            "{row}.bank_account_id",
                            "{row}.entity_id",
                            "{row}.document_date",
                            "'received_payment'",
                            "{row}.cleared_on",
                            "{row}.amount_minor",
                        ),
                        watch=(*_RECEIPT_WATCH, "is_opening"),
                        # Opening items never passed through this system's bank.
                        where="{row}.is_opening = FALSE",
                    ),
                    TotalSource(
                        table="advance",
                        values=(
                            "{row}.bank_account_id",
                            "{row}.entity_id",
                            "{row}.document_date",
                            "'advance'",
                            "{row}.cleared_on",
                            "{row}.amount_minor",
                        ),
                        watch=(*_RECEIPT_WATCH, "is_opening"),
                        where="{row}.is_opening = FALSE",
                    ),
                    TotalSource(
                        table="refund",
                        values=(
                            "{row}.bank_account_id",
                            "{row}.entity_id",
                            "{row}.payment_date",
                            "'refund'",
                            "{row}.cleared_on",
                            "-{row}.total_minor",
                        ),
                        watch=(*_REFUND_WATCH, "payment_date", "cleared_on"),
                        where=f"{{row}}.state <> '{RefundState.DRAFT.value}'",
                    ),
                    TotalSource(
                        table="refund",
                        label="refund_void",
                        values=(
                            "{row}.bank_account_id",
                            "{row}.entity_id",
                            "{row}.void_date",
                            "'refund_void'",
                            "{row}.void_cleared_on",
                            "{row}.total_minor",
                        ),
                        watch=(*_REFUND_WATCH, "void_date", "void_cleared_on"),
                        where=f"{{row}}.state = '{RefundState.VOIDED.value}'",
                    ),
                ),
            ),
        )


# The sales register's and the invoice analysis's figures, per day of the documents: each
# source adds one measure. What refunds took from a document's credit is what it was for
# less what is open less what was applied (open = original - applied - posted refunds, as
# the integrity check holds), so no source needs the refunds themselves.
_DAY_KEY = ("COALESCE(entity_id, 0)", "currency", "document_date", "kind", "measure")
_INVOICE = ("{row}.entity_id", "{row}.currency", "{row}.document_date", "'invoice'")
_ADJUSTMENT = ("{row}.entity_id", "{row}.currency", "{row}.document_date", "'ar_adjustment'")
_OF_DOCUMENT = ("d.entity_id", "d.currency", "d.document_date")
_HEADER_WATCH = ("entity_id", "currency", "document_date")
_CREDIT_WATCH = ("invoice_id", "adjustment_id", "open_minor", "original_minor")
_APPLICATION_WATCH = ("invoice_id", "credit_id", "amount_minor")


def _measure(
    table: str,
    label: str,
    key: tuple[str, ...],
    measure: str,
    amount: str,
    *,
    watch: tuple[str, ...],
    where: str = "1 = 1",
    join: tuple[str, str] | None = None,
) -> TotalSource:
    return TotalSource(
        table=table,
        label=label,
        values=(*key, f"'{measure}'", amount),
        watch=watch,
        where=where,
        join=join,
    )


class DocumentDayTotal(Model):
    """Per entity, currency, document day and kind (invoice or AR adjustment), one figure
    (``measure``) of the documents of that day: how many, their totals, what is due, what
    their credits have open and have given, what payments and credits were applied."""

    id = fields.BigIntField(primary_key=True)
    entity_id = fields.BigIntField(null=True)
    currency = fields.CharField(max_length=3)
    document_date = fields.DateField()
    kind = fields.CharField(max_length=20)
    measure = fields.CharField(max_length=20)
    amount_minor = fields.BigIntField(default=0)

    class Meta:
        table = "document_day_total"
        constraints = (
            UniqueExpressionIndex(name="uq_document_day_total_key", expressions=_DAY_KEY),
            MaintainedTotals(
                name="totals_document_day",
                columns=(
                    "entity_id",
                    "currency",
                    "document_date",
                    "kind",
                    "measure",
                    "amount_minor",
                ),
                conflict=_DAY_KEY,
                sources=(
                    _measure(
                        "invoice", "invoice_count", _INVOICE, "count", "1", watch=_HEADER_WATCH
                    ),
                    _measure(
                        "invoice",
                        "invoice_total",
                        _INVOICE,
                        "total",
                        "{row}.total_minor",
                        watch=(*_HEADER_WATCH, "total_minor"),
                    ),
                    _measure(
                        "invoice",
                        "invoice_due",
                        _INVOICE,
                        "due",
                        "{row}.balance_due_minor",
                        watch=(*_HEADER_WATCH, "balance_due_minor"),
                    ),
                    _measure(
                        "ar_adjustment",
                        "adjustment_count",
                        _ADJUSTMENT,
                        "count",
                        "1",
                        watch=_HEADER_WATCH,
                    ),
                    _measure(
                        "ar_adjustment",
                        "adjustment_total",
                        _ADJUSTMENT,
                        "total",
                        "{row}.total_minor",
                        watch=(*_HEADER_WATCH, "total_minor"),
                    ),
                    _measure(
                        "ar_credit",
                        "invoice_credit_open",
                        (*_OF_DOCUMENT, "'invoice'"),
                        "credit_open",
                        "{row}.open_minor",
                        watch=_CREDIT_WATCH,
                        join=("invoice d", "d.id = {row}.invoice_id"),
                    ),
                    _measure(
                        "ar_credit",
                        "invoice_credit_used",
                        (*_OF_DOCUMENT, "'invoice'"),
                        "credit_used",
                        "{row}.original_minor - {row}.open_minor",
                        watch=_CREDIT_WATCH,
                        join=("invoice d", "d.id = {row}.invoice_id"),
                    ),
                    _measure(
                        "ar_credit",
                        "adjustment_credit_used",
                        (*_OF_DOCUMENT, "'ar_adjustment'"),
                        "credit_used",
                        "{row}.original_minor - {row}.open_minor",
                        watch=_CREDIT_WATCH,
                        join=("ar_adjustment d", "d.id = {row}.adjustment_id"),
                    ),
                    _measure(
                        "payment_application",
                        "invoice_paid",
                        (*_OF_DOCUMENT, "'invoice'"),
                        "paid",
                        "{row}.amount_minor",
                        watch=("invoice_id", "amount_minor"),
                        join=("invoice d", "d.id = {row}.invoice_id"),
                    ),
                    _measure(
                        "credit_application",
                        "invoice_credited",
                        (*_OF_DOCUMENT, "'invoice'"),
                        "credited",
                        "{row}.amount_minor",
                        watch=_APPLICATION_WATCH,
                        join=("invoice d", "d.id = {row}.invoice_id"),
                    ),
                    _measure(
                        "credit_application",
                        "invoice_credit_applied",
                        (*_OF_DOCUMENT, "'invoice'"),
                        "credit_applied",
                        "{row}.amount_minor",
                        watch=_APPLICATION_WATCH,
                        join=(
                            "ar_credit c JOIN invoice d ON d.id = c.invoice_id",
                            "c.id = {row}.credit_id",
                        ),
                    ),
                    _measure(
                        "credit_application",
                        "adjustment_credit_applied",
                        (*_OF_DOCUMENT, "'ar_adjustment'"),
                        "credit_applied",
                        "{row}.amount_minor",
                        watch=_APPLICATION_WATCH,
                        join=(
                            "ar_credit c JOIN ar_adjustment d ON d.id = c.adjustment_id",
                            "c.id = {row}.credit_id",
                        ),
                    ),
                ),
            ),
        )
