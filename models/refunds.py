"""Refunds recorded after the money left, their allocations, numbering and AR setup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

from models.ar import ArCredit
from models.company import CURRENCY_CODE_CHECK, Customer, Entity
from models.constraints import CheckConstraint, RowGuard, unique_per_scope
from models.enums import PaymentMethod, RefundState
from models.ledger import BankAccount, GLAccount, Journal, JournalEntry

if TYPE_CHECKING:
    from models.auth import User


class DocumentSequence(Model):
    """Numbers for posted documents: prefix + zero-padded next number, gap-free."""

    id = fields.BigIntField(primary_key=True)
    code = fields.CharField(max_length=40, unique=True)
    # Unique, and empty or ending in a non-digit: then prefix + digits never collide.
    prefix = fields.CharField(max_length=20, default="", unique=True)
    next_number = fields.BigIntField(default=1)
    padding = fields.SmallIntField(default=6)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "document_sequence"
        constraints = (
            CheckConstraint(name="ck_document_sequence_next_positive", check="next_number >= 1"),
            CheckConstraint(
                name="ck_document_sequence_padding_range", check="padding >= 0 AND padding <= 18"
            ),
        )


class ArConfiguration(Model):
    """AR setup at the top level (``entity`` null) or for one entity; refunds start disabled."""

    id = fields.BigIntField(primary_key=True)
    entity: fields.ForeignKeyNullableRelation[Entity] = fields.ForeignKeyField(
        "models.Entity", related_name="ar_configurations", null=True, on_delete=fields.RESTRICT
    )
    # The journal AR documents (invoices, adjustments, payments, advances) post into.
    ar_journal: fields.ForeignKeyNullableRelation[Journal] = fields.ForeignKeyField(
        "models.Journal", related_name="ar_configurations_ar", null=True, on_delete=fields.RESTRICT
    )
    refunds_enabled = fields.BooleanField(default=False)
    refund_journal: fields.ForeignKeyNullableRelation[Journal] = fields.ForeignKeyField(
        "models.Journal", related_name="ar_configurations", null=True, on_delete=fields.RESTRICT
    )
    refund_sequence: fields.ForeignKeyNullableRelation[DocumentSequence] = fields.ForeignKeyField(
        "models.DocumentSequence",
        related_name="ar_configurations",
        null=True,
        on_delete=fields.RESTRICT,
    )
    ar_control_account: fields.ForeignKeyNullableRelation[GLAccount] = fields.ForeignKeyField(
        "models.GLAccount", related_name="ar_configurations", null=True, on_delete=fields.RESTRICT
    )
    updated_at = fields.DatetimeField(auto_now=True)
    updated_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="ar_configurations", null=True, on_delete=fields.RESTRICT
    )

    entity_id: int | None
    updated_by_id: int | None
    ar_journal_id: int | None
    refund_journal_id: int | None
    refund_sequence_id: int | None
    ar_control_account_id: int | None

    class Meta:
        table = "ar_configuration"
        constraints = (
            CheckConstraint(
                name="ck_ar_configuration_enabled_complete",
                check="NOT refunds_enabled OR (refund_journal_id IS NOT NULL "
                "AND refund_sequence_id IS NOT NULL AND ar_control_account_id IS NOT NULL)",
            ),
            # One row for the top level (entity NULL) and one per entity.
            unique_per_scope("ar_configuration"),
        )


class Refund(Model):
    """A refund already paid outside the system: DRAFT -> POSTED -> VOIDED."""

    id = fields.BigIntField(primary_key=True)
    entity: fields.ForeignKeyNullableRelation[Entity] = fields.ForeignKeyField(
        "models.Entity", related_name="refunds", null=True, on_delete=fields.RESTRICT
    )
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="refunds", on_delete=fields.RESTRICT
    )
    bank_account: fields.ForeignKeyRelation[BankAccount] = fields.ForeignKeyField(
        "models.BankAccount", related_name="refunds", on_delete=fields.RESTRICT
    )
    currency = fields.CharField(max_length=3)
    payment_method = fields.CharEnumField(PaymentMethod, default=PaymentMethod.RECORD_TRANSFER)
    payment_date = fields.DateField()
    reference = fields.CharField(max_length=100, default="")
    memo = fields.CharField(max_length=1000, default="")
    state = fields.CharEnumField(RefundState, default=RefundState.DRAFT)
    total_minor = fields.BigIntField(default=0)
    # Optimistic concurrency: every change to the refund increments it.
    version = fields.IntField(default=1)
    # Assigned at posting from the sequence; unique per sequence.
    sequence: fields.ForeignKeyNullableRelation[DocumentSequence] = fields.ForeignKeyField(
        "models.DocumentSequence", related_name="refunds", null=True, on_delete=fields.RESTRICT
    )
    sequence_number = fields.BigIntField(null=True)
    number = fields.CharField(max_length=40, null=True, unique=True)
    journal_entry: fields.ForeignKeyNullableRelation[JournalEntry] = fields.ForeignKeyField(
        "models.JournalEntry", related_name="refunds", null=True, on_delete=fields.RESTRICT
    )
    void_journal_entry: fields.ForeignKeyNullableRelation[JournalEntry] = fields.ForeignKeyField(
        "models.JournalEntry", related_name="voided_refunds", null=True, on_delete=fields.RESTRICT
    )
    void_date = fields.DateField(null=True)
    void_reason = fields.CharField(max_length=500, null=True)
    # Bank reconciliation: when the withdrawal, and the reversal of a void, cleared the bank.
    cleared_on = fields.DateField(null=True)
    void_cleared_on = fields.DateField(null=True)
    created_by: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="refunds_created", on_delete=fields.RESTRICT
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    posted_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="refunds_posted", null=True, on_delete=fields.RESTRICT
    )
    posted_at = fields.DatetimeField(null=True)
    voided_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="refunds_voided", null=True, on_delete=fields.RESTRICT
    )
    voided_at = fields.DatetimeField(null=True)

    entity_id: int | None
    customer_id: int
    bank_account_id: int
    sequence_id: int | None
    journal_entry_id: int | None
    void_journal_entry_id: int | None
    created_by_id: int
    posted_by_id: int | None
    voided_by_id: int | None
    allocations: fields.ReverseRelation[RefundAllocation]

    class Meta:
        table = "refund"
        unique_together = (("sequence_id", "sequence_number"),)
        indexes = (
            ("customer_id", "state"),
            ("entity_id", "payment_date"),
            ("bank_account_id", "payment_date"),
        )
        constraints = (
            CheckConstraint(
                name="ck_refund_currency_iso", check=CURRENCY_CODE_CHECK.format(col="currency")
            ),
            CheckConstraint(
                name="ck_refund_payment_method",
                check=f"payment_method = '{PaymentMethod.RECORD_TRANSFER.value}'",
            ),
            CheckConstraint(name="ck_refund_total_not_negative", check="total_minor >= 0"),
            CheckConstraint(name="ck_refund_version_positive", check="version >= 1"),
            CheckConstraint(
                name="ck_refund_cleared_when_posted",
                check=f"(cleared_on IS NULL OR state <> '{RefundState.DRAFT.value}') "
                f"AND (void_cleared_on IS NULL OR state = '{RefundState.VOIDED.value}')",
            ),
            CheckConstraint(
                name="ck_refund_number_iff_posted",
                check=(
                    f"(state = '{RefundState.DRAFT.value}' AND sequence_id IS NULL "
                    "AND sequence_number IS NULL AND number IS NULL "
                    "AND journal_entry_id IS NULL AND posted_at IS NULL "
                    "AND posted_by_id IS NULL) "
                    f"OR (state <> '{RefundState.DRAFT.value}' AND sequence_id IS NOT NULL "
                    "AND sequence_number IS NOT NULL AND number IS NOT NULL "
                    "AND journal_entry_id IS NOT NULL AND posted_at IS NOT NULL "
                    "AND posted_by_id IS NOT NULL AND total_minor > 0)"
                ),
            ),
            RowGuard(
                name="guard_refund_delete_posted",
                event="DELETE",
                condition=f"OLD.state <> '{RefundState.DRAFT.value}'",
                message="a posted or voided refund is never deleted",
            ),
            RowGuard(
                name="guard_refund_posted_frozen",
                event="UPDATE",
                condition=(
                    f"OLD.state <> '{RefundState.DRAFT.value}' AND ("
                    f"NEW.state = '{RefundState.DRAFT.value}' "
                    f"OR (OLD.state = '{RefundState.VOIDED.value}' AND ("
                    f"NEW.state <> '{RefundState.VOIDED.value}' "
                    "OR NEW.void_date <> OLD.void_date OR NEW.void_reason <> OLD.void_reason "
                    "OR NEW.void_journal_entry_id <> OLD.void_journal_entry_id)) "
                    "OR NEW.customer_id <> OLD.customer_id "
                    "OR COALESCE(NEW.entity_id, 0) <> COALESCE(OLD.entity_id, 0) "
                    "OR NEW.bank_account_id <> OLD.bank_account_id "
                    "OR NEW.currency <> OLD.currency OR NEW.total_minor <> OLD.total_minor "
                    "OR NEW.payment_date <> OLD.payment_date "
                    "OR NEW.reference <> OLD.reference OR NEW.memo <> OLD.memo "
                    "OR NEW.number <> OLD.number "
                    "OR NEW.sequence_number <> OLD.sequence_number "
                    "OR NEW.journal_entry_id <> OLD.journal_entry_id)"
                ),
                message="a posted refund changes only by being voided or cleared, "
                "a voided one only by being cleared",
            ),
            CheckConstraint(
                name="ck_refund_void_iff_voided",
                check=(
                    f"(state = '{RefundState.VOIDED.value}' AND void_journal_entry_id IS NOT NULL "
                    "AND void_date IS NOT NULL AND voided_at IS NOT NULL "
                    "AND voided_by_id IS NOT NULL AND void_reason IS NOT NULL "
                    "AND void_reason <> '') "
                    f"OR (state <> '{RefundState.VOIDED.value}' "
                    "AND void_journal_entry_id IS NULL AND void_date IS NULL "
                    "AND voided_at IS NULL AND voided_by_id IS NULL AND void_reason IS NULL)"
                ),
            ),
        )


class RefundAllocation(Model):
    """The amount of one credit that a refund clears; one line per credit per refund."""

    id = fields.BigIntField(primary_key=True)
    refund: fields.ForeignKeyRelation[Refund] = fields.ForeignKeyField(
        # Deleting a draft deletes its allocations explicitly; nothing cascades.
        "models.Refund",
        related_name="allocations",
        on_delete=fields.RESTRICT,
    )
    credit: fields.ForeignKeyRelation[ArCredit] = fields.ForeignKeyField(
        "models.ArCredit", related_name="refund_allocations", on_delete=fields.RESTRICT
    )
    amount_minor = fields.BigIntField()

    refund_id: int
    credit_id: int

    class Meta:
        table = "refund_allocation"
        unique_together = (("refund_id", "credit_id"),)
        indexes = (("credit_id",),)
        constraints = (
            CheckConstraint(name="ck_refund_allocation_amount_positive", check="amount_minor > 0"),
            *(
                RowGuard(
                    name=f"guard_refund_allocation_{event.lower()}",
                    event=event,
                    # A fixed statement: {row} is OLD or NEW, never input.
                    condition=f"(SELECT state FROM refund WHERE id = {row}.refund_id) "  # noqa: S608
                    f"<> '{RefundState.DRAFT.value}'",
                    message="allocations change only while their refund is a draft",
                )
                for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD"))
            ),
        )
