"""DataLoaders, created fresh for every request (a loader's cache must not outlive it).

``by_id`` loaders resolve relations of objects the request may already see; loaders of a
customer's documents, credits and balance filter by the request's scope themselves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from strawberry.dataloader import DataLoader
from tortoise.expressions import Q
from tortoise.models import Model

from app.services import credits, customers
from app.services.access import Principal, Scope
from models import (
    Advance,
    ArAdjustment,
    ArAdjustmentLine,
    ArCredit,
    AuditEvent,
    BankAccount,
    Customer,
    Entity,
    GLAccount,
    Invoice,
    InvoiceLine,
    Journal,
    JournalEntry,
    JournalLine,
    PaymentApplication,
    ReceivedPayment,
    Refund,
    RefundAllocation,
    User,
)

M = TypeVar("M", bound=Model)


def by_id(model: type[M]) -> Callable[[Sequence[int]], Awaitable[list[M | None]]]:
    """A batch function loading rows of ``model`` by primary key in one query."""

    async def load(ids: Sequence[int]) -> list[M | None]:
        rows = {row.pk: row for row in await model.filter(pk__in=list(ids))}
        return [rows.get(pk) for pk in ids]

    return load


def grouped(
    model: type[M], key: str, order: tuple[str, ...], where: Q | None = None
) -> Callable[[Sequence[int]], Awaitable[list[list[M]]]]:
    """A batch function loading the rows of ``model`` whose ``key`` is each id, in one query."""

    async def load(ids: Sequence[int]) -> list[list[M]]:
        query = model.filter(**{f"{key}__in": list(ids)})
        if where is not None:
            query = query.filter(where)
        groups: dict[int, list[M]] = defaultdict(list)
        for row in await query.order_by(*order):
            groups[getattr(row, key)].append(row)
        return [groups.get(pk, []) for pk in ids]

    return load


@dataclass(frozen=True, slots=True)
class Loaders:
    entity: DataLoader[int, Entity | None]
    user: DataLoader[int, User | None]
    customer: DataLoader[int, Customer | None]
    bank_account: DataLoader[int, BankAccount | None]
    gl_account: DataLoader[int, GLAccount | None]
    invoice: DataLoader[int, Invoice | None]
    adjustment: DataLoader[int, ArAdjustment | None]
    payment: DataLoader[int, ReceivedPayment | None]
    advance: DataLoader[int, Advance | None]
    credit: DataLoader[int, ArCredit | None]
    refund: DataLoader[int, Refund | None]
    journal: DataLoader[int, Journal | None]
    journal_entry: DataLoader[int, JournalEntry | None]
    journal_lines: DataLoader[int, list[JournalLine]]
    refund_allocations: DataLoader[int, list[RefundAllocation]]
    refund_audit: DataLoader[int, list[AuditEvent]]
    invoice_lines: DataLoader[int, list[InvoiceLine]]
    adjustment_lines: DataLoader[int, list[ArAdjustmentLine]]
    payment_applications: DataLoader[int, list[PaymentApplication]]
    invoices_of_customer: DataLoader[int, list[Invoice]]
    adjustments_of_customer: DataLoader[int, list[ArAdjustment]]
    payments_of_customer: DataLoader[int, list[ReceivedPayment]]
    advances_of_customer: DataLoader[int, list[Advance]]
    held_by_drafts: DataLoader[int, int]
    balance: DataLoader[int, customers.CustomerBalance]
    refundable_credits: DataLoader[tuple[int, str], list[credits.RefundableCredit]]

    @classmethod
    def create(cls, principal: Principal, scope: Scope) -> Loaders:
        async def held(ids: Sequence[int]) -> list[int]:
            amounts = await credits.held_by_drafts(ids)
            return [amounts.get(pk, 0) for pk in ids]

        async def balance(ids: Sequence[int]) -> list[customers.CustomerBalance]:
            found = await customers.balances(principal, scope, ids)
            return [found[pk] for pk in ids]

        async def refundable(
            keys: Sequence[tuple[int, str]],
        ) -> list[list[credits.RefundableCredit]]:
            by_currency: dict[str, list[int]] = defaultdict(list)
            for customer_id, currency in keys:
                by_currency[currency].append(customer_id)
            found: dict[tuple[int, str], list[credits.RefundableCredit]] = {}
            for currency, ids in by_currency.items():
                for customer_id, rows in (
                    await credits.refundable_credits(principal, scope, ids, currency)
                ).items():
                    found[(customer_id, currency)] = rows
            return [found[key] for key in keys]

        documents = scope.documents_q()
        newest_first = ("-document_date", "-id")
        loaders: dict[str, Any] = {
            "entity": DataLoader(load_fn=by_id(Entity)),
            "user": DataLoader(load_fn=by_id(User)),
            "customer": DataLoader(load_fn=by_id(Customer)),
            "bank_account": DataLoader(load_fn=by_id(BankAccount)),
            "gl_account": DataLoader(load_fn=by_id(GLAccount)),
            "invoice": DataLoader(load_fn=by_id(Invoice)),
            "adjustment": DataLoader(load_fn=by_id(ArAdjustment)),
            "payment": DataLoader(load_fn=by_id(ReceivedPayment)),
            "advance": DataLoader(load_fn=by_id(Advance)),
            "credit": DataLoader(load_fn=by_id(ArCredit)),
            "refund": DataLoader(load_fn=by_id(Refund)),
            "journal": DataLoader(load_fn=by_id(Journal)),
            "journal_entry": DataLoader(load_fn=by_id(JournalEntry)),
            "journal_lines": DataLoader(load_fn=grouped(JournalLine, "entry_id", ("line_no",))),
            "refund_allocations": DataLoader(
                load_fn=grouped(RefundAllocation, "refund_id", ("credit_id",))
            ),
            "refund_audit": DataLoader(
                load_fn=grouped(AuditEvent, "object_id", ("id",), Q(object_type="refund"))
            ),
            "invoice_lines": DataLoader(load_fn=grouped(InvoiceLine, "invoice_id", ("line_no",))),
            "adjustment_lines": DataLoader(
                load_fn=grouped(ArAdjustmentLine, "adjustment_id", ("line_no",))
            ),
            "payment_applications": DataLoader(
                load_fn=grouped(PaymentApplication, "payment_id", ("id",))
            ),
            "invoices_of_customer": DataLoader(
                load_fn=grouped(Invoice, "customer_id", newest_first, documents)
            ),
            "adjustments_of_customer": DataLoader(
                load_fn=grouped(ArAdjustment, "customer_id", newest_first, documents)
            ),
            "payments_of_customer": DataLoader(
                load_fn=grouped(ReceivedPayment, "customer_id", newest_first, documents)
            ),
            "advances_of_customer": DataLoader(
                load_fn=grouped(Advance, "customer_id", newest_first, documents)
            ),
            "held_by_drafts": DataLoader(load_fn=held),
            "balance": DataLoader(load_fn=balance),
            "refundable_credits": DataLoader(load_fn=refundable),
        }
        return cls(**loaders)
