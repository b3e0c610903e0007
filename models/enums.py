"""Closed sets of values stored in the database. Services and adapters import them from here."""

from enum import StrEnum


class Permission(StrEnum):
    """What a role may grant (SPEC section 5)."""

    REFUNDS_LIST = "refunds.list"
    REFUNDS_VIEW = "refunds.view"
    REFUNDS_EDIT = "refunds.edit"  # add and edit drafts
    REFUNDS_POST = "refunds.post"
    REFUNDS_VOID = "refunds.void"
    AR_CONFIGURE = "ar.configure"
    REPORTS_READ = "reports.read"
    AR_DOCUMENTS_MANAGE = "ar_documents.manage"
    SETUP_MANAGE = "setup.manage"  # company, entities, accounts, journals, banks, customers
    DATA_IMPORT = "data.import"  # CSV imports (with the permissions of what they create)


class CustomerStatus(StrEnum):
    ACTIVE = "active"
    ON_HOLD = "on_hold"  # kept, but gets no new documents or refunds until released
    INACTIVE = "inactive"


class GLAccountKind(StrEnum):
    ASSET = "asset"
    LIABILITY = "liability"
    EQUITY = "equity"
    REVENUE = "revenue"
    EXPENSE = "expense"


class DocumentState(StrEnum):
    """State of a posted AR document (invoice, adjustment, payment, advance)."""

    POSTED = "posted"
    VOIDED = "voided"


class CreditKind(StrEnum):
    """Sources of a refundable credit balance (SPEC section 3)."""

    ADJUSTMENT = "adjustment"
    OVERPAYMENT = "overpayment"
    NEGATIVE_INVOICE = "negative_invoice"
    ADVANCE = "advance"


class RefundState(StrEnum):
    DRAFT = "draft"
    POSTED = "posted"
    VOIDED = "voided"


class PaymentMethod(StrEnum):
    """A recorded refund was paid outside the system, so this is the only method."""

    RECORD_TRANSFER = "record_transfer"


class IdempotencyStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
