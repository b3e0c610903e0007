"""Customers in the request's scope: listing, search, and their AR balance.

The balance is the AR subledger: what customers owe on invoices and debit adjustments,
less their open credits. It is summed in one currency only: the entity's base currency
inside an entity; at the top level, the company's when every entity shares one base
currency, and no sum (with the reason) when they do not. Documents in other currencies are
reported per currency beside it, never converted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from tortoise.expressions import Q

from app.services import cursors
from app.services.access import AR_DOCUMENTS, CUSTOMERS, Principal, Scope
from app.services.errors import DomainError, ErrorCode, ErrorCollector
from app.services.money import Money, currency_code
from app.services.paging import LIST_PAGE_MAX, check_page_size
from app.services.sql import (
    Row,
    as_models,
    fetch_rows,
    one_of,
    read_primary,
    writes_to_postgres,
)
from app.services.subledger import subledger
from app.services.texts import column_limit, text
from models import Customer, Entity
from models.enums import CustomerStatus


class BalanceUnavailable(StrEnum):
    MULTIPLE_BASE_CURRENCIES = "MULTIPLE_BASE_CURRENCIES"
    NO_ENTITIES = "NO_ENTITIES"


@dataclass(frozen=True, slots=True)
class BaseCurrency:
    """The one currency a scope sums in, or why there is none."""

    currency: str | None
    unavailable: BalanceUnavailable | None = None
    reason: str | None = None


async def base_currency(scope: Scope) -> BaseCurrency:
    if scope.entity is not None:
        return BaseCurrency(scope.entity.base_currency)
    currencies = sorted(set(await Entity.all().values_list("base_currency", flat=True)))
    if len(currencies) == 1:
        return BaseCurrency(str(currencies[0]))
    if not currencies:
        return BaseCurrency(
            None,
            BalanceUnavailable.NO_ENTITIES,
            "The company has no entity, so it has no base currency.",
        )
    return BaseCurrency(
        None,
        BalanceUnavailable.MULTIPLE_BASE_CURRENCIES,
        f"The company's entities use several base currencies ({', '.join(map(str, currencies))})"
        ", which cannot be summed: work inside an entity to see the balance.",
    )


async def currency_or_base(
    scope: Scope,
    currency: str | None,
    *,
    base: Callable[[], Awaitable[BaseCurrency]] | None = None,
) -> str:
    """The currency asked for, or the scope's base currency; where there is none (the top
    level of a company with several), the caller must name one: never a guess. ``base``
    reads the scope's base currency instead of ``base_currency`` (a request-wide loader, so
    that a page of customers reads it once)."""
    if currency is not None:
        return currency_code(currency)
    # Inside an entity the scope knows it: no loader wave to wait for.
    found = await (base() if base is not None and scope.entity is None else base_currency(scope))
    if found.currency is None:
        raise DomainError(
            f"Name the currency: {found.reason}", field="currency", code=ErrorCode.CURRENCY_REQUIRED
        )
    return found.currency


@dataclass(frozen=True, slots=True)
class CustomerBalance:
    total: Money | None
    unavailable: BalanceUnavailable | None
    reason: str | None
    # Net open amount per currency, base currency included, zero amounts left out.
    by_currency: list[Money] = field(default_factory=list)


async def balances(
    actor: Principal, scope: Scope, customer_ids: Sequence[int]
) -> dict[int, CustomerBalance]:
    """Balances of many customers in two queries, whatever their number."""
    AR_DOCUMENTS.require(actor)  # a balance is the customer's AR, not master data
    ids = list(customer_ids)
    base = await base_currency(scope)
    net: dict[int, dict[str, int]] = defaultdict(dict)
    for (customer_id, currency), amount in (await subledger(scope, ids)).items():
        net[customer_id][currency] = amount
    result = {}
    for customer_id in ids:
        amounts = net.get(customer_id, {})
        result[customer_id] = CustomerBalance(
            total=Money(amounts.get(base.currency, 0), base.currency) if base.currency else None,
            unavailable=base.unavailable,
            reason=base.reason,
            by_currency=[
                Money(amount, currency) for currency, amount in sorted(amounts.items()) if amount
            ],
        )
    return result


@dataclass(frozen=True, slots=True)
class CustomerFilters:
    """Which customers a list shows; every interface (GraphQL, REST, CSV export) uses it."""

    search: str | None = None  # part of the code or the name, any case
    status: CustomerStatus | None = None


@dataclass(frozen=True, slots=True)
class CustomerPage:
    customers: list[Customer]
    has_next_page: bool
    total_count: int


_CURSOR = "customers"


def cursor_of(customer: Customer) -> str:
    """Where the page after ``customer`` starts."""
    return cursors.encode(_CURSOR, customer.code)


async def list_customers(
    actor: Principal,
    scope: Scope,
    filters: CustomerFilters,
    *,
    first: int = 50,
    after: str | None = None,
) -> CustomerPage:
    """Customers visible in the scope, by code."""
    visible = CUSTOMERS.filter(actor, scope)
    check_page_size(first, LIST_PAGE_MAX)
    after_key = cursors.decode(_CURSOR, after, (str,), text_limit=column_limit(Customer, "code"))
    query = Customer.filter(visible)
    if filters.search and filters.search.strip():
        term = text(filters.search, field="search").strip()
        query = query.filter(Q(code__icontains=term) | Q(name__icontains=term))
    if filters.status is not None:
        query = query.filter(status=filters.status)
    total = await query.count()
    if after_key is not None:
        query = query.filter(code__gt=after_key[0])
    rows = await query.order_by("code").limit(first + 1)
    return CustomerPage(rows[:first], len(rows) > first, total)


async def get_customers(actor: Principal, scope: Scope, ids: Sequence[int]) -> dict[int, Customer]:
    """The customers among ``ids`` that are visible in the scope, in one query."""
    rows = await Customer.filter(CUSTOMERS.filter(actor, scope), id__in=list(ids))
    return {row.id: row for row in rows}


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """A customer as reads show it: a plain row, cheaper to build than the ORM object."""

    id: int
    code: str
    name: str
    status: CustomerStatus
    entity_id: int | None


async def customer_rows(
    actor: Principal, scope: Scope, ids: Sequence[int]
) -> dict[int, CustomerRow]:
    """``get_customers`` as plain rows: the customers among ``ids`` visible in the scope."""
    where, params = CUSTOMERS.condition(actor, scope, "entity_id")
    if not ids:
        return {}
    wanted, wanted_params = one_of("id", ids)
    rows = await fetch_rows(
        f"SELECT {customer_row_columns()} FROM customer"  # noqa: S608 - values bound
        f" WHERE {wanted}{where}",
        [*wanted_params, *params],
    )
    return {int(row["id"]): customer_row(row) for row in rows}


async def rows_by_id(ids: Sequence[int]) -> list[CustomerRow | None]:
    """Customers by id as plain rows, in the order of ``ids`` (None where unknown). No
    visibility rule: for the customers of rows the caller already sees (a report's lines,
    a journal's), and relay nodes, which check it."""
    if not ids:
        return []
    wanted, params = one_of("id", ids)
    rows = await fetch_rows(
        f"SELECT {customer_row_columns()} FROM customer WHERE {wanted}",  # noqa: S608 - values bound
        params,
    )
    found = {int(row["id"]): customer_row(row) for row in rows}
    return [found.get(pk) for pk in ids]


_ROW_COLUMNS = ("id", "code", "name", "status", "entity_id")


def customer_row_columns(alias: str = "") -> str:
    """The columns ``customer_row`` reads, of the table aliased ``alias``."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(prefix + column for column in _ROW_COLUMNS)


def customer_row(row: Row) -> CustomerRow:
    return CustomerRow(
        id=int(row["id"]),
        code=str(row["code"]),
        name=str(row["name"]),
        status=CustomerStatus(row["status"]),
        entity_id=row["entity_id"],
    )


async def customer_for_document(
    scope: Scope, customer_id: int, errors: ErrorCollector
) -> Customer | None:
    """The active customer a new document of this scope may be for; else an error."""
    rows = await read_primary("SELECT * FROM customer WHERE id = ?", [customer_id])
    return checked_for_document(scope, as_models(Customer, rows)[0] if rows else None, errors)


def checked_for_document(
    scope: Scope, customer: Customer | None, errors: ErrorCollector
) -> Customer | None:
    """``customer_for_document``'s checks of a customer already read (None: not found)."""
    if customer is None or not scope.can_see_master(customer.entity_id):
        errors.add("No such customer here.", field="customerId", code=ErrorCode.CUSTOMER_NOT_FOUND)
        return None
    if customer.status == CustomerStatus.ON_HOLD:
        errors.add(
            f"Customer {customer.code} is on hold: nothing new is recorded for them until "
            "released (their drafts can still be deleted).",
            field="customerId",
            code=ErrorCode.CUSTOMER_ON_HOLD,
        )
    elif customer.status != CustomerStatus.ACTIVE:
        errors.add(
            f"Customer {customer.code} is inactive.",
            field="customerId",
            code=ErrorCode.CUSTOMER_INACTIVE,
        )
    return customer


# The lock that orders writers of one customer's books (see ``lock_books``). FOR NO KEY
# UPDATE: the foreign keys of the rows written meanwhile (KEY SHARE) do not wait for it.
BOOKS_LOCK = "FOR NO KEY UPDATE"

# Whose books a write touches, when the caller knows a credit rather than the customer.
_CUSTOMER_OF = {
    "customer": "?",
    "credit": "(SELECT customer_id FROM ar_credit WHERE id = ?)",
}


async def lock_books(customer_id: int, *, of: str = "customer") -> None:
    """Lock a customer's books for this transaction; ``of="credit"``: the customer of the
    credit ``customer_id``.

    Every transaction that writes a customer's books (documents, credits, refunds,
    applications, journal lines naming the customer) takes this lock before any other:
    the balances the database maintains per customer are then written by one such
    transaction at a time. Without it, two of them writing those balances in a different
    order of statements (an advance: journal lines, then its credit; a credit memo: the
    document, then journal lines) deadlock. On SQLite the writing transaction already holds
    the database, so there is nothing to take."""
    if writes_to_postgres():
        await read_primary(
            f"SELECT id FROM customer WHERE id = {_CUSTOMER_OF[of]} {BOOKS_LOCK}",  # noqa: S608
            [customer_id],
        )


def document_entity_id(scope: Scope, customer: Customer) -> int | None:
    """Where a new document lives: the request's entity, or at the top level the
    customer's own entity (a shared customer's document stays at the top level)."""
    return scope.entity.id if scope.entity is not None else customer.entity_id
