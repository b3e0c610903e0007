"""Loaders, created fresh for every request (a loader's cache must not outlive it); they
fetch in waves (see schema/batching.py).

``by_id`` loaders resolve relations of objects the request may already see; loaders of a
customer's documents, credits and balance filter by the request's scope themselves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from tortoise.expressions import Q
from tortoise.models import Model

from app.services import ar_documents, credits, customers
from app.services.access import Principal, Scope
from app.services.reports import customers as reconciliation
from models import (
    Advance,
    ArAdjustment,
    ArAdjustmentLine,
    AuditEvent,
    BankAccount,
    CreditApplication,
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
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def by_id(model: type[M]) -> Callable[[Sequence[int]], Awaitable[list[M | None]]]:
    """A batch function loading rows of ``model`` by primary key in one query."""

    async def load(ids: Sequence[int]) -> list[M | None]:
        rows = {row.pk: row for row in await model.filter(pk__in=list(ids))}
        return [rows.get(pk) for pk in ids]

    return load


def grouped(
    model: type[M],
    key: str,
    order: tuple[str, ...],
    where: Q | Callable[[], Q] | None = None,
) -> Callable[[Sequence[int]], Awaitable[list[list[M]]]]:
    """A batch function loading the rows of ``model`` whose ``key`` is each id, in one query;
    ``where`` may be a filter, or a function making it when the batch runs (a visibility
    rule, which refuses a viewer without the permission then, not when the request starts)."""

    async def load(ids: Sequence[int]) -> list[list[M]]:
        query = model.filter(**{f"{key}__in": list(ids)})
        if where is not None:
            query = query.filter(where() if callable(where) else where)
        groups: dict[int, list[M]] = defaultdict(list)
        for row in await query.order_by(*order):
            groups[getattr(row, key)].append(row)
        return [groups.get(pk, []) for pk in ids]

    return load


def from_mapping(
    fetch: Callable[[Sequence[K]], Awaitable[Mapping[K, V]]],
    *,
    missing: Callable[[], V] | None,
) -> Callable[[Sequence[K]], Awaitable[list[V]]]:
    """A batch function over a service that answers with a mapping; a key it leaves out
    gets ``missing()`` (None: every key must be answered)."""

    async def load(keys: Sequence[K]) -> list[V]:
        found = await fetch(keys)
        if missing is None:
            return [found[key] for key in keys]
        return [found[key] if key in found else missing() for key in keys]

    return load


def _none() -> None:
    return None


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
    credit: WaveLoader[int, credits.CreditRow | None]
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
    applications_of_credit: WaveLoader[int, list[CreditApplication]]
    applications_of_invoice: WaveLoader[int, list[CreditApplication]]
    documents_of_customer: WaveLoader[int, list[ar_documents.DocumentRow]]
    balance: WaveLoader[int, customers.CustomerBalance]
    # The scope's base currency, read once per request (the key is always 0).
    base_currency: WaveLoader[int, customers.BaseCurrency]
    refundable_credits: WaveLoader[tuple[int, str], list[credits.CreditRow]]

    @classmethod
    def create(cls, principal: Principal, scope: Scope) -> Loaders:
        async def refundable(
            keys: Sequence[tuple[int, str]],
        ) -> list[list[credits.CreditRow]]:
            by_currency: dict[str, list[int]] = defaultdict(list)
            for customer_id, currency in keys:
                by_currency[currency].append(customer_id)
            found: dict[tuple[int, str], list[credits.CreditRow]] = {}
            for currency, ids in by_currency.items():
                for customer_id, rows in (
                    await credits.refundable_credits(principal, scope, ids, currency)
                ).items():
                    found[(customer_id, currency)] = rows
            return [found[key] for key in keys]

        async def base_currency(keys: Sequence[int]) -> list[customers.BaseCurrency]:
            found = await customers.base_currency(scope)
            return [found for _ in keys]

        batcher = Batcher()

        return cls(
            entity=WaveLoader(batcher, by_id(Entity)),
            user=WaveLoader(batcher, by_id(User)),
            customer=WaveLoader(batcher, by_id(Customer)),
            bank_account=WaveLoader(batcher, by_id(BankAccount)),
            gl_account=WaveLoader(batcher, by_id(GLAccount)),
            invoice=WaveLoader(batcher, by_id(Invoice)),
            adjustment=WaveLoader(batcher, by_id(ArAdjustment)),
            payment=WaveLoader(batcher, by_id(ReceivedPayment)),
            advance=WaveLoader(batcher, by_id(Advance)),
            # Plain rows with what drafts hold of them, read in the same statement.
            credit=WaveLoader(batcher, from_mapping(credits.credit_rows, missing=_none)),
            refund=WaveLoader(batcher, by_id(Refund)),
            journal=WaveLoader(batcher, by_id(Journal)),
            journal_entry=WaveLoader(batcher, by_id(JournalEntry)),
            journal_lines=WaveLoader(batcher, grouped(JournalLine, "entry_id", ("line_no",))),
            refund_allocations=WaveLoader(
                batcher, grouped(RefundAllocation, "refund_id", ("credit_id",))
            ),
            refund_audit=WaveLoader(
                batcher, grouped(AuditEvent, "object_id", ("id",), Q(object_type="refund"))
            ),
            refunds_of_customer=WaveLoader(
                batcher,
                from_mapping(
                    lambda ids: reconciliation.cleared_by_refunds(scope, ids), missing=list
                ),
            ),
            refund_takes=WaveLoader(batcher, from_mapping(credits.refund_takes, missing=list)),
            invoice_lines=WaveLoader(batcher, grouped(InvoiceLine, "invoice_id", ("line_no",))),
            adjustment_lines=WaveLoader(
                batcher, grouped(ArAdjustmentLine, "adjustment_id", ("line_no",))
            ),
            payment_applications=WaveLoader(
                batcher, grouped(PaymentApplication, "payment_id", ("id",))
            ),
            applications_of_credit=WaveLoader(
                batcher, grouped(CreditApplication, "credit_id", ("applied_on", "id"))
            ),
            applications_of_invoice=WaveLoader(
                batcher, grouped(CreditApplication, "invoice_id", ("applied_on", "id"))
            ),
            documents_of_customer=WaveLoader(
                batcher,
                from_mapping(
                    lambda ids: ar_documents.documents_of_customers(principal, scope, ids),
                    missing=None,
                ),
            ),
            base_currency=WaveLoader(batcher, base_currency),
            balance=WaveLoader(
                batcher,
                from_mapping(lambda ids: customers.balances(principal, scope, ids), missing=None),
            ),
            refundable_credits=WaveLoader(batcher, refundable),
        )
