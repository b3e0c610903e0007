"""AR documents and the credit balances they leave (SPEC section 3).

Documents are immutable once posted; what changes afterwards is an open balance:
``balance_due_minor`` on documents that are owed to us, ``ArCredit.open_minor`` on credits.
Every amount is an integer count of the currency's minor units.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

from models.company import CURRENCY_CODE_CHECK, Customer, Entity
from models.constraints import CheckConstraint, unique_per_scope
from models.enums import CreditKind, DocumentState
from models.ledger import BankAccount, GLAccount, JournalEntry

if TYPE_CHECKING:
    from models.auth import User


class ArDocumentFields(Model):
    """Columns every posted AR document has."""

    id = fields.BigIntField(primary_key=True)
    # Unique within the entity (see unique_per_scope in each Meta).
    number = fields.CharField(max_length=40, db_index=True)
    document_date = fields.DateField()
    currency = fields.CharField(max_length=3)
    memo = fields.CharField(max_length=1000, default="")
    state = fields.CharEnumField(DocumentState, default=DocumentState.POSTED)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        abstract = True


def _currency_check(table: str) -> CheckConstraint:
    return CheckConstraint(
        name=f"ck_{table}_currency_iso", check=CURRENCY_CODE_CHECK.format(col="currency")
    )


class Invoice(ArDocumentFields):
    """An invoice; lines may be negative, and the total may be below zero."""

    entity: fields.ForeignKeyNullableRelation[Entity] = fields.ForeignKeyField(
        "models.Entity", related_name="invoices", null=True, on_delete=fields.RESTRICT
    )
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="invoices", on_delete=fields.RESTRICT
    )
    due_date = fields.DateField(null=True)
    total_minor = fields.BigIntField()
    # What the customer still owes on a positive invoice; zero on a negative one,
    # whose credit balance lives in ArCredit.
    balance_due_minor = fields.BigIntField(default=0)
    journal_entry: fields.ForeignKeyNullableRelation[JournalEntry] = fields.ForeignKeyField(
        "models.JournalEntry", related_name="invoices", null=True, on_delete=fields.RESTRICT
    )
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="invoices_created", null=True, on_delete=fields.RESTRICT
    )

    entity_id: int | None
    customer_id: int
    journal_entry_id: int | None
    lines: fields.ReverseRelation[InvoiceLine]

    class Meta:
        table = "invoice"
        indexes = (("customer_id", "document_date"), ("document_date", "id"))
        constraints = (
            _currency_check("invoice"),
            unique_per_scope("invoice", "number"),
            CheckConstraint(
                name="ck_invoice_balance_due_range",
                check="balance_due_minor >= 0 AND balance_due_minor <= "
                "CASE WHEN total_minor > 0 THEN total_minor ELSE 0 END",
            ),
        )


class InvoiceLine(Model):
    id = fields.BigIntField(primary_key=True)
    invoice: fields.ForeignKeyRelation[Invoice] = fields.ForeignKeyField(
        "models.Invoice", related_name="lines", on_delete=fields.RESTRICT
    )
    line_no = fields.SmallIntField()
    description = fields.CharField(max_length=255, default="")
    gl_account: fields.ForeignKeyRelation[GLAccount] = fields.ForeignKeyField(
        "models.GLAccount", related_name="invoice_lines", on_delete=fields.RESTRICT
    )
    amount_minor = fields.BigIntField()

    invoice_id: int
    gl_account_id: int

    class Meta:
        table = "invoice_line"
        unique_together = (("invoice_id", "line_no"),)
        constraints = (
            CheckConstraint(name="ck_invoice_line_amount_nonzero", check="amount_minor <> 0"),
        )


class ArAdjustment(ArDocumentFields):
    """An AR adjustment; a negative one is a credit memo."""

    entity: fields.ForeignKeyNullableRelation[Entity] = fields.ForeignKeyField(
        "models.Entity", related_name="ar_adjustments", null=True, on_delete=fields.RESTRICT
    )
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="ar_adjustments", on_delete=fields.RESTRICT
    )
    total_minor = fields.BigIntField()
    balance_due_minor = fields.BigIntField(default=0)
    journal_entry: fields.ForeignKeyNullableRelation[JournalEntry] = fields.ForeignKeyField(
        "models.JournalEntry", related_name="ar_adjustments", null=True, on_delete=fields.RESTRICT
    )
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="ar_adjustments_created", null=True, on_delete=fields.RESTRICT
    )

    entity_id: int | None
    customer_id: int
    journal_entry_id: int | None
    lines: fields.ReverseRelation[ArAdjustmentLine]

    class Meta:
        table = "ar_adjustment"
        indexes = (("customer_id", "document_date"), ("document_date", "id"))
        constraints = (
            _currency_check("ar_adjustment"),
            unique_per_scope("ar_adjustment", "number"),
            CheckConstraint(name="ck_ar_adjustment_total_nonzero", check="total_minor <> 0"),
            CheckConstraint(
                name="ck_ar_adjustment_balance_due_range",
                check="balance_due_minor >= 0 AND balance_due_minor <= "
                "CASE WHEN total_minor > 0 THEN total_minor ELSE 0 END",
            ),
        )


class ArAdjustmentLine(Model):
    id = fields.BigIntField(primary_key=True)
    adjustment: fields.ForeignKeyRelation[ArAdjustment] = fields.ForeignKeyField(
        "models.ArAdjustment", related_name="lines", on_delete=fields.RESTRICT
    )
    line_no = fields.SmallIntField()
    description = fields.CharField(max_length=255, default="")
    gl_account: fields.ForeignKeyRelation[GLAccount] = fields.ForeignKeyField(
        "models.GLAccount", related_name="ar_adjustment_lines", on_delete=fields.RESTRICT
    )
    amount_minor = fields.BigIntField()

    adjustment_id: int
    gl_account_id: int

    class Meta:
        table = "ar_adjustment_line"
        unique_together = (("adjustment_id", "line_no"),)
        constraints = (
            CheckConstraint(name="ck_ar_adjustment_line_amount_nonzero", check="amount_minor <> 0"),
        )


class ReceivedPayment(ArDocumentFields):
    """Money received from a customer; what is not applied to invoices is an overpayment."""

    entity: fields.ForeignKeyNullableRelation[Entity] = fields.ForeignKeyField(
        "models.Entity", related_name="received_payments", null=True, on_delete=fields.RESTRICT
    )
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="received_payments", on_delete=fields.RESTRICT
    )
    bank_account: fields.ForeignKeyRelation[BankAccount] = fields.ForeignKeyField(
        "models.BankAccount", related_name="received_payments", on_delete=fields.RESTRICT
    )
    amount_minor = fields.BigIntField()
    reference = fields.CharField(max_length=100, default="")
    # Bank reconciliation: when the deposit cleared the bank.
    cleared_on = fields.DateField(null=True)
    # Brought in from the old system (CSV ar-open-items): entered against the opening balance
    # account, never a deposit of this system's bank account.
    is_opening = fields.BooleanField(default=False, db_default=False)
    journal_entry: fields.ForeignKeyNullableRelation[JournalEntry] = fields.ForeignKeyField(
        "models.JournalEntry",
        related_name="received_payments",
        null=True,
        on_delete=fields.RESTRICT,
    )
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User",
        related_name="received_payments_created",
        null=True,
        on_delete=fields.RESTRICT,
    )

    entity_id: int | None
    customer_id: int
    bank_account_id: int
    journal_entry_id: int | None
    applications: fields.ReverseRelation[PaymentApplication]

    class Meta:
        table = "received_payment"
        indexes = (("customer_id", "document_date"), ("bank_account_id", "document_date"))
        constraints = (
            _currency_check("received_payment"),
            unique_per_scope("received_payment", "number"),
            CheckConstraint(name="ck_received_payment_amount_positive", check="amount_minor > 0"),
        )


class PaymentApplication(Model):
    """The part of a received payment applied to one invoice."""

    id = fields.BigIntField(primary_key=True)
    payment: fields.ForeignKeyRelation[ReceivedPayment] = fields.ForeignKeyField(
        "models.ReceivedPayment", related_name="applications", on_delete=fields.RESTRICT
    )
    invoice: fields.ForeignKeyRelation[Invoice] = fields.ForeignKeyField(
        "models.Invoice", related_name="payment_applications", on_delete=fields.RESTRICT
    )
    amount_minor = fields.BigIntField()

    payment_id: int
    invoice_id: int

    class Meta:
        table = "payment_application"
        unique_together = (("payment_id", "invoice_id"),)
        indexes = (("invoice_id",),)
        constraints = (
            CheckConstraint(
                name="ck_payment_application_amount_positive", check="amount_minor > 0"
            ),
        )


class Advance(ArDocumentFields):
    """Money received before any invoice exists."""

    entity: fields.ForeignKeyNullableRelation[Entity] = fields.ForeignKeyField(
        "models.Entity", related_name="advances", null=True, on_delete=fields.RESTRICT
    )
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="advances", on_delete=fields.RESTRICT
    )
    bank_account: fields.ForeignKeyRelation[BankAccount] = fields.ForeignKeyField(
        "models.BankAccount", related_name="advances", on_delete=fields.RESTRICT
    )
    amount_minor = fields.BigIntField()
    reference = fields.CharField(max_length=100, default="")
    # Bank reconciliation: when the deposit cleared the bank.
    cleared_on = fields.DateField(null=True)
    # Brought in from the old system (CSV ar-open-items): entered against the opening balance
    # account, never a deposit of this system's bank account.
    is_opening = fields.BooleanField(default=False, db_default=False)
    journal_entry: fields.ForeignKeyNullableRelation[JournalEntry] = fields.ForeignKeyField(
        "models.JournalEntry", related_name="advances", null=True, on_delete=fields.RESTRICT
    )
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="advances_created", null=True, on_delete=fields.RESTRICT
    )

    entity_id: int | None
    customer_id: int
    bank_account_id: int
    journal_entry_id: int | None

    class Meta:
        table = "advance"
        indexes = (("customer_id", "document_date"), ("bank_account_id", "document_date"))
        constraints = (
            _currency_check("advance"),
            unique_per_scope("advance", "number"),
            CheckConstraint(name="ck_advance_amount_positive", check="amount_minor > 0"),
        )


_ONE_SOURCE_PER_KIND = " OR ".join(
    f"(kind = '{kind}' AND "
    + " AND ".join(
        f"{column} IS {'NOT NULL' if column == source else 'NULL'}"
        for column in ("invoice_id", "adjustment_id", "payment_id", "advance_id")
    )
    + ")"
    for kind, source in (
        (CreditKind.NEGATIVE_INVOICE.value, "invoice_id"),
        (CreditKind.ADJUSTMENT.value, "adjustment_id"),
        (CreditKind.OVERPAYMENT.value, "payment_id"),
        (CreditKind.ADVANCE.value, "advance_id"),
    )
)


class ArCredit(Model):
    """A customer's credit balance left by one document: the thing a refund clears.

    Inline credits (negative lines inside a document with positive lines) never get a row.
    ``has_positive_line`` records a fact of the source document at posting; the refund
    eligibility rule that uses it lives in the services.
    """

    id = fields.BigIntField(primary_key=True)
    kind = fields.CharEnumField(CreditKind)
    entity: fields.ForeignKeyNullableRelation[Entity] = fields.ForeignKeyField(
        "models.Entity", related_name="credits", null=True, on_delete=fields.RESTRICT
    )
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="credits", on_delete=fields.RESTRICT
    )
    currency = fields.CharField(max_length=3)
    document_number = fields.CharField(max_length=40)
    document_date = fields.DateField()
    original_minor = fields.BigIntField()
    open_minor = fields.BigIntField()
    has_positive_line = fields.BooleanField(default=False)
    invoice: fields.OneToOneNullableRelation[Invoice] = fields.OneToOneField(
        "models.Invoice", related_name="credit", null=True, on_delete=fields.RESTRICT
    )
    adjustment: fields.OneToOneNullableRelation[ArAdjustment] = fields.OneToOneField(
        "models.ArAdjustment", related_name="credit", null=True, on_delete=fields.RESTRICT
    )
    payment: fields.OneToOneNullableRelation[ReceivedPayment] = fields.OneToOneField(
        "models.ReceivedPayment", related_name="credit", null=True, on_delete=fields.RESTRICT
    )
    advance: fields.OneToOneNullableRelation[Advance] = fields.OneToOneField(
        "models.Advance", related_name="credit", null=True, on_delete=fields.RESTRICT
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    entity_id: int | None
    customer_id: int
    invoice_id: int | None
    adjustment_id: int | None
    payment_id: int | None
    advance_id: int | None

    class Meta:
        table = "ar_credit"
        # The refund screen's lookup: a customer's open credits in one currency; and a credit
        # by its document's number (the CSV import names credits that way).
        indexes = (("customer_id", "currency", "open_minor"), ("document_number", "entity_id"))
        constraints = (
            _currency_check("ar_credit"),
            CheckConstraint(name="ck_ar_credit_original_positive", check="original_minor > 0"),
            CheckConstraint(
                name="ck_ar_credit_open_range",
                check="open_minor >= 0 AND open_minor <= original_minor",
            ),
            CheckConstraint(name="ck_ar_credit_one_source", check=_ONE_SOURCE_PER_KIND),
        )


class CreditApplication(Model):
    """Part of a credit applied to an invoice (not refunded)."""

    id = fields.BigIntField(primary_key=True)
    credit: fields.ForeignKeyRelation[ArCredit] = fields.ForeignKeyField(
        "models.ArCredit", related_name="applications", on_delete=fields.RESTRICT
    )
    invoice: fields.ForeignKeyRelation[Invoice] = fields.ForeignKeyField(
        "models.Invoice", related_name="credit_applications", on_delete=fields.RESTRICT
    )
    applied_on = fields.DateField()
    amount_minor = fields.BigIntField()
    created_at = fields.DatetimeField(auto_now_add=True)
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User",
        related_name="credit_applications_created",
        null=True,
        on_delete=fields.RESTRICT,
    )

    credit_id: int
    invoice_id: int

    class Meta:
        table = "credit_application"
        indexes = (("credit_id",), ("invoice_id",))
        constraints = (
            CheckConstraint(name="ck_credit_application_amount_positive", check="amount_minor > 0"),
        )
