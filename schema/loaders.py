"""Loaders, created fresh for every request (a loader's cache must not outlive it); they
fetch in waves (see schema/batching.py).

``by_id`` loaders resolve relations of objects the request may already see; loaders of a
customer's documents, credits and balance filter by the request's scope themselves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Hashable, Mapping, Sequence
from functools import cached_property
from typing import TypeVar

from tortoise.expressions import Q
from tortoise.models import Model

from app.services import ar_documents, credits, customers, sql
from app.services.access import Principal, Scope
from app.services.reports import customers as reconciliation
from models import (
    Advance,
    ArAdjustment,
    ArAdjustmentLine,
    AuditEvent,
    BankAccount,
    CreditApplication,
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
    User,
)
from schema.batching import Batcher, WaveLoader

M = TypeVar("M", bound=Model)
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def by_id(model: type[M]) -> Callable[[Sequence[int]], Awaitable[list[M | None]]]:
    """A batch function loading rows of ``model`` by primary key in one query."""

    primary_key = model._meta.pk_attr

    async def load(ids: Sequence[int]) -> list[M | None]:
        found = {row.pk: row for row in await sql.models_in(model, primary_key, ids)}
        return [found.get(pk) for pk in ids]

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

    # Without a filter, ordered by plain fields: written (``sql.models_in``), as ``by_id``.
    written = where is None and all(name in model._meta.fields_db_projection for name in order)

    async def rows_of(ids: Sequence[int]) -> list[M]:
        if written:
            return await sql.models_in(model, key, ids, order=order)
        query = model.filter(**{f"{key}__in": list(ids)})
        if where is not None:
            query = query.filter(where() if callable(where) else where)
        return list(await query.order_by(*order))

    async def load(ids: Sequence[int]) -> list[list[M]]:
        groups: dict[int, list[M]] = defaultdict(list)
        for row in await rows_of(ids):
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


class Loaders:
    """The request's loaders, each made on its first use: a request uses a few of them, and
    making all of them for every request cost more than the statements of a small one."""

    def __init__(self, principal: Principal, scope: Scope) -> None:
        self._principal = principal
        self._scope = scope
        self._batcher = Batcher()

    @classmethod
    def create(cls, principal: Principal, scope: Scope) -> Loaders:
        return cls(principal, scope)

    def _wave(self, load: Callable[[Sequence[K]], Awaitable[list[V]]]) -> WaveLoader[K, V]:
        return WaveLoader(self._batcher, load)

    @cached_property
    def entity(self) -> WaveLoader[int, Entity | None]:
        return self._wave(by_id(Entity))

    @cached_property
    def user(self) -> WaveLoader[int, User | None]:
        return self._wave(by_id(User))

    @cached_property
    def customer(self) -> WaveLoader[int, customers.CustomerRow | None]:
        # Plain rows: a report's page names a hundred customers, and the ORM's objects
        # (and its SQL for a hundred ids) cost more than the statement.
        return self._wave(customers.rows_by_id)

    @cached_property
    def bank_account(self) -> WaveLoader[int, BankAccount | None]:
        return self._wave(by_id(BankAccount))

    @cached_property
    def gl_account(self) -> WaveLoader[int, GLAccount | None]:
        return self._wave(by_id(GLAccount))

    @cached_property
    def invoice(self) -> WaveLoader[int, Invoice | None]:
        return self._wave(by_id(Invoice))

    @cached_property
    def adjustment(self) -> WaveLoader[int, ArAdjustment | None]:
        return self._wave(by_id(ArAdjustment))

    @cached_property
    def payment(self) -> WaveLoader[int, ReceivedPayment | None]:
        return self._wave(by_id(ReceivedPayment))

    @cached_property
    def advance(self) -> WaveLoader[int, Advance | None]:
        return self._wave(by_id(Advance))

    @cached_property
    def credit(self) -> WaveLoader[int, credits.CreditRow | None]:
        # Plain rows with what drafts hold of them, read in the same statement.
        return self._wave(from_mapping(credits.credit_rows, missing=_none))

    @cached_property
    def refund(self) -> WaveLoader[int, Refund | None]:
        return self._wave(by_id(Refund))

    @cached_property
    def journal(self) -> WaveLoader[int, Journal | None]:
        return self._wave(by_id(Journal))

    @cached_property
    def journal_entry(self) -> WaveLoader[int, JournalEntry | None]:
        return self._wave(by_id(JournalEntry))

    @cached_property
    def journal_lines(self) -> WaveLoader[int, list[JournalLine]]:
        return self._wave(grouped(JournalLine, "entry_id", ("line_no",)))

    @cached_property
    def refund_allocations(self) -> WaveLoader[int, list[credits.AllocationRow]]:
        return self._wave(from_mapping(credits.allocations_of, missing=list))

    @cached_property
    def refund_audit(self) -> WaveLoader[int, list[AuditEvent]]:
        return self._wave(grouped(AuditEvent, "object_id", ("id",), Q(object_type="refund")))

    @cached_property
    def refunds_of_customer(self) -> WaveLoader[int, list[reconciliation.RefundRow]]:
        scope = self._scope
        return self._wave(
            from_mapping(lambda ids: reconciliation.cleared_by_refunds(scope, ids), missing=list)
        )

    @cached_property
    def refund_takes(self) -> WaveLoader[int, list[credits.RefundTake]]:
        return self._wave(from_mapping(credits.refund_takes, missing=list))

    @cached_property
    def invoice_lines(self) -> WaveLoader[int, list[InvoiceLine]]:
        return self._wave(grouped(InvoiceLine, "invoice_id", ("line_no",)))

    @cached_property
    def adjustment_lines(self) -> WaveLoader[int, list[ArAdjustmentLine]]:
        return self._wave(grouped(ArAdjustmentLine, "adjustment_id", ("line_no",)))

    @cached_property
    def payment_applications(self) -> WaveLoader[int, list[PaymentApplication]]:
        return self._wave(grouped(PaymentApplication, "payment_id", ("id",)))

    @cached_property
    def applications_of_credit(self) -> WaveLoader[int, list[CreditApplication]]:
        return self._wave(grouped(CreditApplication, "credit_id", ("applied_on", "id")))

    @cached_property
    def applications_of_invoice(self) -> WaveLoader[int, list[CreditApplication]]:
        return self._wave(grouped(CreditApplication, "invoice_id", ("applied_on", "id")))

    @cached_property
    def documents_of_customer(self) -> WaveLoader[int, list[ar_documents.DocumentRow]]:
        principal, scope = self._principal, self._scope
        return self._wave(
            from_mapping(
                lambda ids: ar_documents.documents_of_customers(principal, scope, ids),
                missing=None,
            )
        )

    @cached_property
    def balance(self) -> WaveLoader[int, customers.CustomerBalance]:
        principal, scope = self._principal, self._scope
        return self._wave(
            from_mapping(lambda ids: customers.balances(principal, scope, ids), missing=None)
        )

    @cached_property
    def base_currency(self) -> WaveLoader[int, customers.BaseCurrency]:
        """The scope's base currency, read once per request (the key is always 0)."""
        scope = self._scope

        async def base_currency(keys: Sequence[int]) -> list[customers.BaseCurrency]:
            found = await customers.base_currency(scope)
            return [found for _ in keys]

        return self._wave(base_currency)

    @cached_property
    def refundable_credits(self) -> WaveLoader[tuple[int, str], list[credits.CreditRow]]:
        principal, scope = self._principal, self._scope

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

        return self._wave(refundable)
