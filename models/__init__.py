"""Tortoise models: tables, relations, indexes and the constraints the database enforces.

No business logic lives here; the rules are in ``app/services``.
"""

from models.ar import (
    Advance,
    ArAdjustment,
    ArAdjustmentLine,
    ArCredit,
    CreditApplication,
    Invoice,
    InvoiceLine,
    PaymentApplication,
    ReceivedPayment,
)
from models.audit import AuditEvent, IdempotencyRecord
from models.auth import ApiToken, Role, RolePermission, User
from models.balances import (
    BankDayBalance,
    CustomerAccountBalance,
    CustomerBalance,
    DocumentDayTotal,
)
from models.company import Company, Customer, Entity
from models.imports import ImportedRecord, ImportErrorChunk, ImportRun
from models.ledger import BankAccount, GLAccount, Journal, JournalEntry, JournalLine
from models.refunds import ArConfiguration, DocumentSequence, Refund, RefundAllocation

__all__ = [
    "Advance",
    "ApiToken",
    "ArAdjustment",
    "ArAdjustmentLine",
    "ArConfiguration",
    "ArCredit",
    "AuditEvent",
    "BankAccount",
    "BankDayBalance",
    "Company",
    "CreditApplication",
    "Customer",
    "CustomerAccountBalance",
    "CustomerBalance",
    "DocumentDayTotal",
    "DocumentSequence",
    "Entity",
    "GLAccount",
    "IdempotencyRecord",
    "ImportErrorChunk",
    "ImportRun",
    "ImportedRecord",
    "Invoice",
    "InvoiceLine",
    "Journal",
    "JournalEntry",
    "JournalLine",
    "PaymentApplication",
    "ReceivedPayment",
    "Refund",
    "RefundAllocation",
    "Role",
    "RolePermission",
    "User",
]
