"""Loaders, created fresh for every request (a loader's cache must not outlive it); they
fetch in waves (see schema/batching.py).

``by_id`` loaders resolve relations of objects the request may already see; loaders of a
customer's documents, credits and balance filter by the request's scope themselves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from tortoise.expressions import Q
from tortoise.models import Model

from app.services import credits, customers
from app.services.access import Principal, Scope
from app.services.reports import customers as reconciliation
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
from schema.batching import Batcher, WaveLoader

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
    entity: WaveLoader[int, Entity | None]
    user: WaveLoader[int, User | None]
    customer: WaveLoader[int, Customer | None]
    bank_account: WaveLoader[int, BankAccount | None]
    gl_account: WaveLoader[int, GLAccount | None]
    invoice: WaveLoader[int, Invoice | None]
    adjustment: WaveLoader[int, ArAdjustment | None]
    payment: WaveLoader[int, ReceivedPayment | None]
    advance: WaveLoader[int, Advance | None]
    credit: WaveLoader[int, ArCredit | None]
    refund: WaveLoader[int, Refund | None]
    journal: WaveLoader[int, Journal | None]
    journal_entry: WaveLoader[int, JournalEntry | None]
    journal_lines: WaveLoader[int, list[JournalLine]]
    refund_allocations: WaveLoader[int, list[RefundAllocation]]
    refund_audit: WaveLoader[int, list[AuditEvent]]
    refunds_of_customer: WaveLoader[int, list[Refund]]
    refund_takes: WaveLoader[int, list[credits.RefundTake]]
    invoice_lines: WaveLoader[int, list[InvoiceLine]]
    adjustment_lines: WaveLoader[int, list[ArAdjustmentLine]]
    payment_applications: WaveLoader[int, list[PaymentApplication]]
    invoices_of_customer: WaveLoader[int, list[Invoice]]
    adjustments_of_customer: WaveLoader[int, list[ArAdjustment]]
    payments_of_customer: WaveLoader[int, list[ReceivedPayment]]
    advances_of_customer: WaveLoader[int, list[Advance]]
    held_by_drafts: WaveLoader[int, int]
    balance: WaveLoader[int, customers.CustomerBalance]
    refundable_credits: WaveLoader[tuple[int, str], list[credits.RefundableCredit]]

    @classmethod
    def create(cls, principal: Principal, scope: Scope) -> Loaders:
        async def held(ids: Sequence[int]) -> list[int]:
            amounts = await credits.held_by_drafts(ids)
            return [amounts.get(pk, 0) for pk in ids]

        async def balance(ids: Sequence[int]) -> list[customers.CustomerBalance]:
            found = await customers.balances(principal, scope, ids)
            return [found[pk] for pk in ids]

        async def takes(credit_ids: Sequence[int]) -> list[list[credits.RefundTake]]:
            found = await credits.refund_takes(credit_ids)
            return [found.get(pk, []) for pk in credit_ids]

        async def cleared_by_refunds(customer_ids: Sequence[int]) -> list[list[Refund]]:
            found = await reconciliation.cleared_by_refunds(scope, customer_ids)
            return [found[pk] for pk in customer_ids]

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

        batcher = Batcher()

        def loader(load_fn: Any) -> WaveLoader[Any, Any]:
            return WaveLoader(batcher, load_fn)

        documents = scope.documents_q()
        newest_first = ("-document_date", "-id")
        loaders: dict[str, Any] = {
            "entity": loader(by_id(Entity)),
            "user": loader(by_id(User)),
            "customer": loader(by_id(Customer)),
            "bank_account": loader(by_id(BankAccount)),
            "gl_account": loader(by_id(GLAccount)),
            "invoice": loader(by_id(Invoice)),
            "adjustment": loader(by_id(ArAdjustment)),
            "payment": loader(by_id(ReceivedPayment)),
            "advance": loader(by_id(Advance)),
            "credit": loader(by_id(ArCredit)),
            "refund": loader(by_id(Refund)),
            "journal": loader(by_id(Journal)),
            "journal_entry": loader(by_id(JournalEntry)),
            "journal_lines": loader(grouped(JournalLine, "entry_id", ("line_no",))),
            "refund_allocations": loader(grouped(RefundAllocation, "refund_id", ("credit_id",))),
            "refunds_of_customer": loader(cleared_by_refunds),
            "refund_takes": loader(takes),
            "refund_audit": loader(
                grouped(AuditEvent, "object_id", ("id",), Q(object_type="refund"))
            ),
            "invoice_lines": loader(grouped(InvoiceLine, "invoice_id", ("line_no",))),
            "adjustment_lines": loader(grouped(ArAdjustmentLine, "adjustment_id", ("line_no",))),
            "payment_applications": loader(grouped(PaymentApplication, "payment_id", ("id",))),
            "invoices_of_customer": loader(
                grouped(Invoice, "customer_id", newest_first, documents)
            ),
            "adjustments_of_customer": loader(
                grouped(ArAdjustment, "customer_id", newest_first, documents)
            ),
            "payments_of_customer": loader(
                grouped(ReceivedPayment, "customer_id", newest_first, documents)
            ),
            "advances_of_customer": loader(
                grouped(Advance, "customer_id", newest_first, documents)
            ),
            "held_by_drafts": loader(held),
            "balance": loader(balance),
            "refundable_credits": loader(refundable),
        }
        return cls(**loaders)
