"""General ledger: chart of accounts, journals, balanced journal entries, bank accounts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

from models.company import CURRENCY_CODE_CHECK, Customer, Entity
from models.constraints import CheckConstraint, RowGuard
from models.enums import GLAccountKind

if TYPE_CHECKING:
    from models.auth import User


class GLAccount(Model):
    id = fields.BigIntField(primary_key=True)
    number = fields.CharField(max_length=20, unique=True)
    title = fields.CharField(max_length=200)
    kind = fields.CharEnumField(GLAccountKind)
    is_active = fields.BooleanField(default=True)
    # Holds the AR subledger's total: an AR configuration named it. Never cleared, so the
    # books keep counting what was posted here after another account takes over.
    is_ar_control = fields.BooleanField(default=False, db_default=False)

    class Meta:
        table = "gl_account"
        ordering = ["number"]


class Journal(Model):
    id = fields.BigIntField(primary_key=True)
    symbol = fields.CharField(max_length=10, unique=True)
    title = fields.CharField(max_length=200)

    class Meta:
        table = "journal"


class JournalEntry(Model):
    """One balanced posting. Never updated or deleted: a void writes a reversing entry."""

    id = fields.BigIntField(primary_key=True)
    journal: fields.ForeignKeyRelation[Journal] = fields.ForeignKeyField(
        "models.Journal", related_name="entries", on_delete=fields.RESTRICT
    )
    entity: fields.ForeignKeyNullableRelation[Entity] = fields.ForeignKeyField(
        "models.Entity", related_name="journal_entries", null=True, on_delete=fields.RESTRICT
    )
    entry_date = fields.DateField()
    currency = fields.CharField(max_length=3)
    description = fields.CharField(max_length=255, default="")
    # The business document that caused the entry, e.g. ("refund", 42).
    source_type = fields.CharField(max_length=40)
    source_id = fields.BigIntField()
    reverses: fields.ForeignKeyNullableRelation[JournalEntry] = fields.ForeignKeyField(
        "models.JournalEntry", related_name="reversed_by", null=True, on_delete=fields.RESTRICT
    )
    posted_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="journal_entries", null=True, on_delete=fields.RESTRICT
    )
    posted_at = fields.DatetimeField(auto_now_add=True)

    journal_id: int
    entity_id: int | None
    reverses_id: int | None
    posted_by_id: int | None
    lines: fields.ReverseRelation[JournalLine]

    class Meta:
        table = "journal_entry"
        indexes = (("source_type", "source_id"), ("entity_id", "entry_date"))
        constraints = (
            CheckConstraint(
                name="ck_journal_entry_currency_iso",
                check=CURRENCY_CODE_CHECK.format(col="currency"),
            ),
            *(
                RowGuard(
                    name=f"guard_journal_entry_{event.lower()}",
                    event=event,
                    condition="1 = 1",
                    message="journal entries are never changed: post a reversal",
                )
                for event in ("UPDATE", "DELETE")
            ),
        )


class JournalLine(Model):
    """A debit or a credit in minor units; exactly one of the two is positive."""

    id = fields.BigIntField(primary_key=True)
    entry: fields.ForeignKeyRelation[JournalEntry] = fields.ForeignKeyField(
        "models.JournalEntry", related_name="lines", on_delete=fields.RESTRICT
    )
    line_no = fields.SmallIntField()
    gl_account: fields.ForeignKeyRelation[GLAccount] = fields.ForeignKeyField(
        "models.GLAccount", related_name="journal_lines", on_delete=fields.RESTRICT
    )
    # Set on AR control lines so the GL can be reconciled per customer.
    customer: fields.ForeignKeyNullableRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="journal_lines", null=True, on_delete=fields.RESTRICT
    )
    debit_minor = fields.BigIntField(default=0)
    credit_minor = fields.BigIntField(default=0)
    memo = fields.CharField(max_length=255, default="")

    entry_id: int
    gl_account_id: int
    customer_id: int | None

    class Meta:
        table = "journal_line"
        unique_together = (("entry_id", "line_no"),)
        indexes = (("gl_account_id", "customer_id"),)
        constraints = (
            CheckConstraint(
                name="ck_journal_line_one_side",
                check="(debit_minor > 0 AND credit_minor = 0) "
                "OR (credit_minor > 0 AND debit_minor = 0)",
            ),
            *(
                RowGuard(
                    name=f"guard_journal_line_{event.lower()}",
                    event=event,
                    condition="1 = 1",
                    message="journal lines are never changed: post a reversal",
                )
                for event in ("UPDATE", "DELETE")
            ),
        )


class BankAccount(Model):
    """A bank account of an entity, in one currency, backed by a GL cash account."""

    id = fields.BigIntField(primary_key=True)
    code = fields.CharField(max_length=20, unique=True)
    name = fields.CharField(max_length=200)
    entity: fields.ForeignKeyNullableRelation[Entity] = fields.ForeignKeyField(
        "models.Entity", related_name="bank_accounts", null=True, on_delete=fields.RESTRICT
    )
    currency = fields.CharField(max_length=3)
    gl_account: fields.ForeignKeyRelation[GLAccount] = fields.ForeignKeyField(
        "models.GLAccount", related_name="bank_accounts", on_delete=fields.RESTRICT
    )
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    entity_id: int | None
    gl_account_id: int

    class Meta:
        table = "bank_account"
        ordering = ["code"]
        constraints = (
            CheckConstraint(
                name="ck_bank_account_currency_iso",
                check=CURRENCY_CODE_CHECK.format(col="currency"),
            ),
        )
