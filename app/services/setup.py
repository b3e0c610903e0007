"""Setting a company up through the product: the company, its entities, the chart of
accounts, journals, bank accounts and customers (SPEC section 5).

Every change needs setup.manage, reports every problem of its input at once, writes nothing
when there is one, and leaves an audit event. What the books depend on stays fixed once used:
an entity's base currency once it has documents, an account's type once posted to, a bank
account's currency once it has moved money. Nothing here is ever deleted; accounts, bank
accounts and customers are deactivated instead.

Company-wide things (the company, entities, GL accounts, journals, shared bank accounts and
customers) are set up at the top level; inside an entity, that entity's own bank accounts
and customers.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.models import Model

from app.services import audit, cursors, ledger
from app.services.access import ENTITY_CODE, LEDGER_SETUP, Principal, Scope
from app.services.errors import DomainError, ErrorCode, ErrorCollector
from app.services.money import collect_currency
from app.services.paging import LIST_PAGE_MAX, check_page_size
from app.services.texts import check_length, column_limit, text
from app.services.transactions import atomic
from models import (
    Advance,
    ArConfiguration,
    ArCredit,
    BankAccount,
    Company,
    Customer,
    Entity,
    GLAccount,
    Journal,
    JournalEntry,
    JournalLine,
    ReceivedPayment,
    Refund,
)
from models.enums import CustomerStatus, GLAccountKind, Permission

R = TypeVar("R", bound=Model)


def _require(actor: Principal, scope: Scope | None = None) -> None:
    """setup.manage; and, for company-wide things (``scope`` given), the top level."""
    actor.require(Permission.SETUP_MANAGE)
    if scope is not None and scope.entity is not None:
        raise DomainError(
            "Company-wide setup is done at the top level: send no X-Entity header.",
            field="X-Entity",
            code=ErrorCode.TOP_LEVEL_REQUIRED,
        )


async def _record(actor: Principal, row: Model, action: str, details: dict[str, Any]) -> None:
    table = row._meta.db_table
    await audit.record(
        actor,
        action=f"{table}.{action}",
        object_type=table,
        object_id=int(row.pk),
        entity_id=getattr(row, "entity_id", None) if table != "entity" else int(row.pk),
        details={key: str(value) for key, value in details.items()},
    )


async def _save_new(create: Callable[[], Awaitable[R]], *, field: str, what: str) -> R:
    """Create a row whose natural key is unique; one taken meanwhile is ALREADY_EXISTS."""
    try:
        return await create()
    except IntegrityError as error:
        raise DomainError(
            f"{what} already exists.", field=field, code=ErrorCode.ALREADY_EXISTS
        ) from error


async def _unique(
    errors: ErrorCollector, model: type[Model], field: str, value: str, *, what: str, **key: Any
) -> None:
    if await model.exists(**key):
        errors.add(f"{what} {value!r} already exists.", field=field, code=ErrorCode.ALREADY_EXISTS)


def _text(
    errors: ErrorCollector, value: str | None, model: type[Model], column: str, *, field: str
) -> str | None:
    """A required text of the input, trimmed (None: not given, or refused into errors)."""
    if value is None:
        return None
    text = value.strip()
    fits = check_length(errors, text, model, column, field=field, required=True)
    return text if fits else None


def _printable_code(errors: ErrorCollector, code: str | None, *, field: str) -> None:
    if code is not None and not code.strip().isprintable():
        errors.add("Use printable characters only.", field=field, code=ErrorCode.INVALID)


async def _changed(actor: Principal, row: R, changes: dict[str, Any], action: str = "updated") -> R:
    """Save what differs from the row (nothing: no write, no event)."""
    differing = {k: v for k, v in changes.items() if v is not None and getattr(row, k) != v}
    if differing:
        await type(row).filter(pk=row.pk).update(**differing)
        await _record(actor, row, action, differing)
        await row.refresh_from_db()
    return row


# --- the company ---------------------------------------------------------------------------


async def set_company(actor: Principal, scope: Scope, name: str) -> Company:
    """Name the company (one per database): creates it the first time, renames it after."""
    _require(actor, scope)
    errors = ErrorCollector()
    text = _text(errors, name, Company, "name", field="name")
    errors.raise_if_any()
    async with atomic():
        company = await Company.all().order_by("id").select_for_update().first()
        if company is None:
            company = await Company.create(name=text)
            await _record(actor, company, "created", {"name": text})
            return company
        return await _changed(actor, company, {"name": text})


async def get_company() -> Company | None:
    return await Company.all().order_by("id").first()


# --- entities -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EntityInput:
    code: str
    name: str
    base_currency: str


@dataclass(frozen=True, slots=True)
class EntityChanges:
    name: str | None = None
    base_currency: str | None = None


async def _has_documents(entity_id: int) -> bool:
    return any(
        [
            await JournalEntry.exists(entity_id=entity_id),
            await Refund.exists(entity_id=entity_id),
            await ArCredit.exists(entity_id=entity_id),
        ]
    )


async def create_entity(actor: Principal, scope: Scope, data: EntityInput) -> Entity:
    _require(actor, scope)
    errors = ErrorCollector()
    code = data.code.strip()
    if not ENTITY_CODE.fullmatch(code):
        errors.add(
            "An entity code is 1 to 20 letters, digits, '.', '_' or '-', starting with a "
            "letter or digit.",
            field="code",
            code=ErrorCode.INVALID,
        )
    else:
        await _unique(errors, Entity, "code", code, what="Entity", code=code)
    name = _text(errors, data.name, Entity, "name", field="name")
    currency = collect_currency(errors, data.base_currency, field="baseCurrency")
    company = await get_company()
    if company is None:
        errors.add(
            "Name the company first (setCompany).",
            field=None,
            code=ErrorCode.COMPANY_REQUIRED,
        )
    errors.raise_if_any()
    async with atomic():
        entity = await _save_new(
            lambda: Entity.create(company=company, code=code, name=name, base_currency=currency),
            field="code",
            what=f"Entity {code!r}",
        )
        await _record(actor, entity, "created", {"code": code, "name": name, "currency": currency})
    return entity


async def _get(model: type[R], pk: int, *, field: str, code: ErrorCode, what: str) -> R:
    row = await model.get_or_none(pk=pk)
    if row is None:
        raise DomainError(f"No such {what}.", field=field, code=code)
    return row


async def update_entity(
    actor: Principal, scope: Scope, entity_id: int, changes: EntityChanges
) -> Entity:
    """Rename an entity; its base currency changes only while it has no documents."""
    _require(actor, scope)
    entity = await _get(
        Entity, entity_id, field="id", code=ErrorCode.ENTITY_NOT_FOUND, what="entity"
    )
    errors = ErrorCollector()
    name = _text(errors, changes.name, Entity, "name", field="name")
    currency = None
    if changes.base_currency is not None:
        currency = collect_currency(errors, changes.base_currency, field="baseCurrency")
        if currency not in (None, entity.base_currency) and await _has_documents(entity.id):
            errors.add(
                f"{entity.code} has documents in {entity.base_currency}: its base currency stays.",
                field="baseCurrency",
                code=ErrorCode.IN_USE,
            )
    errors.raise_if_any()
    async with atomic():
        return await _changed(actor, entity, {"name": name, "base_currency": currency})


# --- GL accounts and journals ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GLAccountInput:
    number: str
    title: str
    kind: GLAccountKind | str


@dataclass(frozen=True, slots=True)
class GLAccountChanges:
    title: str | None = None
    kind: GLAccountKind | str | None = None
    is_active: bool | None = None


def _kind(errors: ErrorCollector, value: GLAccountKind | str | None) -> GLAccountKind | None:
    if value is None:
        return None
    try:
        return GLAccountKind(str(value).strip().lower())
    except ValueError:
        kinds = ", ".join(kind.value for kind in GLAccountKind)
        errors.add(f"The type is one of {kinds}.", field="kind", code=ErrorCode.INVALID)
        return None


async def create_gl_account(actor: Principal, scope: Scope, data: GLAccountInput) -> GLAccount:
    _require(actor, scope)
    errors = ErrorCollector()
    number = _text(errors, data.number, GLAccount, "number", field="number")
    _printable_code(errors, data.number, field="number")
    if number is not None:
        await _unique(errors, GLAccount, "number", number, what="GL account", number=number)
    title = _text(errors, data.title, GLAccount, "title", field="title")
    kind = _kind(errors, data.kind)
    errors.raise_if_any()
    async with atomic():
        account = await _save_new(
            lambda: GLAccount.create(number=number, title=title, kind=kind),
            field="number",
            what=f"GL account {number!r}",
        )
        await _record(actor, account, "created", {"number": number, "title": title, "kind": kind})
    return account


async def _account_roles(account: GLAccount) -> list[str]:
    """What depends on an account being an active asset account."""
    roles = []
    if await ArConfiguration.exists(ar_control_account_id=account.id):
        roles.append("the AR control account of an AR configuration")
    if await BankAccount.exists(gl_account_id=account.id, is_active=True):
        roles.append("the cash account of an active bank account")
    return roles


async def update_gl_account(
    actor: Principal, scope: Scope, account_id: int, changes: GLAccountChanges
) -> GLAccount:
    """Rename, retype (only while nothing is posted to it) or deactivate an account."""
    _require(actor, scope)
    account = await _get(
        GLAccount, account_id, field="id", code=ErrorCode.GL_ACCOUNT_NOT_FOUND, what="GL account"
    )
    errors = ErrorCollector()
    title = _text(errors, changes.title, GLAccount, "title", field="title")
    kind = _kind(errors, changes.kind)
    if kind is not None and kind != account.kind:
        if await JournalLine.exists(gl_account_id=account.id):
            errors.add(
                f"Account {account.number} has postings: its type stays {account.kind.value}.",
                field="kind",
                code=ErrorCode.IN_USE,
            )
        elif roles := await _account_roles(account):
            errors.add(
                f"Account {account.number} is {' and '.join(roles)}: it stays an asset.",
                field="kind",
                code=ErrorCode.IN_USE,
            )
    if changes.is_active is False and account.is_active:
        roles = await _account_roles(account)
        if roles:
            errors.add(
                f"Account {account.number} is {' and '.join(roles)}: name another first.",
                field="isActive",
                code=ErrorCode.IN_USE,
            )
    errors.raise_if_any()
    async with atomic():
        return await _changed(
            actor, account, {"title": title, "kind": kind, "is_active": changes.is_active}
        )


@dataclass(frozen=True, slots=True)
class JournalInput:
    symbol: str
    title: str


async def create_journal(actor: Principal, scope: Scope, data: JournalInput) -> Journal:
    _require(actor, scope)
    errors = ErrorCollector()
    symbol = _text(errors, data.symbol, Journal, "symbol", field="symbol")
    _printable_code(errors, data.symbol, field="symbol")
    if symbol is not None:
        await _unique(errors, Journal, "symbol", symbol, what="Journal", symbol=symbol)
    title = _text(errors, data.title, Journal, "title", field="title")
    errors.raise_if_any()
    async with atomic():
        journal = await _save_new(
            lambda: Journal.create(symbol=symbol, title=title),
            field="symbol",
            what=f"Journal {symbol!r}",
        )
        await _record(actor, journal, "created", {"symbol": symbol, "title": title})
    return journal


async def rename_journal(actor: Principal, scope: Scope, journal_id: int, title: str) -> Journal:
    _require(actor, scope)
    journal = await _get(
        Journal, journal_id, field="id", code=ErrorCode.JOURNAL_NOT_FOUND, what="journal"
    )
    errors = ErrorCollector()
    text = _text(errors, title, Journal, "title", field="title")
    errors.raise_if_any()
    async with atomic():
        return await _changed(actor, journal, {"title": text})


# --- bank accounts and customers: an entity's own, or shared ---------------------------------


async def _home(
    errors: ErrorCollector, actor: Principal, scope: Scope, entity_code: str | None
) -> int | None:
    """The entity a new bank account or customer belongs to (None: shared; a refusal joins
    ``errors``). Inside an entity: that entity; at the top level: the one named, or shared
    when none is."""
    code = (entity_code or "").strip()
    if scope.entity is not None:
        if code and code != scope.entity.code:
            errors.add(
                f"Inside {scope.entity.code} only its own can be set up; shared ones and "
                "other entities' are set up at the top level.",
                field="entityCode",
                code=ErrorCode.ENTITY_FORBIDDEN,
            )
            return None
        return int(scope.entity.id)
    if not code:
        return None
    entity = await Entity.get_or_none(code=code) if ENTITY_CODE.fullmatch(code) else None
    if entity is None or not actor.may_access_entity(entity.id):
        errors.add(f"No entity {code!r}.", field="entityCode", code=ErrorCode.ENTITY_NOT_FOUND)
        return None
    return int(entity.id)


def _own(scope: Scope, row: BankAccount | Customer, *, field: str, code: ErrorCode) -> None:
    """A row changed from inside an entity must be that entity's own."""
    if scope.entity is not None and row.entity_id != scope.entity.id:
        raise DomainError("Not here: change it at the top level.", field=field, code=code)


@dataclass(frozen=True, slots=True)
class BankAccountInput:
    code: str
    name: str
    currency: str
    gl_account_number: str
    entity_code: str | None = None  # None: shared by every entity (top level only)


@dataclass(frozen=True, slots=True)
class BankAccountChanges:
    name: str | None = None
    currency: str | None = None
    gl_account_number: str | None = None
    is_active: bool | None = None


async def _bank_used(bank_id: int) -> bool:
    return any(
        [
            await ReceivedPayment.exists(bank_account_id=bank_id),
            await Advance.exists(bank_account_id=bank_id),
            await Refund.exists(bank_account_id=bank_id),
        ]
    )


async def create_bank_account(
    actor: Principal, scope: Scope, data: BankAccountInput
) -> BankAccount:
    _require(actor)
    errors = ErrorCollector()
    code = _text(errors, data.code, BankAccount, "code", field="code")
    _printable_code(errors, data.code, field="code")
    if code is not None:
        await _unique(errors, BankAccount, "code", code, what="Bank account", code=code)
    name = _text(errors, data.name, BankAccount, "name", field="name")
    currency = collect_currency(errors, data.currency)
    cash = await ledger.cash_account(errors, data.gl_account_number, field="glAccountNumber")
    entity_id = await _home(errors, actor, scope, data.entity_code)
    errors.raise_if_any()
    if cash is None:  # raise_if_any would have raised
        raise RuntimeError("validated input is missing")
    async with atomic():
        bank = await _save_new(
            lambda: BankAccount.create(
                code=code, name=name, currency=currency, gl_account=cash, entity_id=entity_id
            ),
            field="code",
            what=f"Bank account {code!r}",
        )
        await _record(
            actor,
            bank,
            "created",
            {"code": code, "name": name, "currency": currency, "gl_account": cash.number},
        )
    return bank


async def update_bank_account(
    actor: Principal, scope: Scope, bank_id: int, changes: BankAccountChanges
) -> BankAccount:
    """Rename, repoint to another cash account, deactivate; the currency changes only while
    the account has moved no money."""
    _require(actor)
    bank = await _get(
        BankAccount, bank_id, field="id", code=ErrorCode.BANK_ACCOUNT_NOT_FOUND, what="bank account"
    )
    _own(scope, bank, field="id", code=ErrorCode.BANK_ACCOUNT_NOT_FOUND)
    errors = ErrorCollector()
    name = _text(errors, changes.name, BankAccount, "name", field="name")
    currency = None
    if changes.currency is not None:
        currency = collect_currency(errors, changes.currency)
        if currency not in (None, bank.currency) and await _bank_used(bank.id):
            errors.add(
                f"{bank.code} has moved money in {bank.currency}: its currency stays.",
                field="currency",
                code=ErrorCode.IN_USE,
            )
    cash = await ledger.cash_account(errors, changes.gl_account_number, field="glAccountNumber")
    errors.raise_if_any()
    async with atomic():
        return await _changed(
            actor,
            bank,
            {
                "name": name,
                "currency": currency,
                "gl_account_id": cash.id if cash else None,
                "is_active": changes.is_active,
            },
        )


@dataclass(frozen=True, slots=True)
class CustomerInput:
    code: str
    name: str
    entity_code: str | None = None  # None: shared by every entity (top level only)
    status: CustomerStatus | str = CustomerStatus.ACTIVE


@dataclass(frozen=True, slots=True)
class CustomerChanges:
    name: str | None = None
    status: CustomerStatus | str | None = None


def _status(errors: ErrorCollector, value: CustomerStatus | str | None) -> CustomerStatus | None:
    if value is None:
        return None
    try:
        return CustomerStatus(str(value).strip().lower())
    except ValueError:
        statuses = ", ".join(status.value for status in CustomerStatus)
        errors.add(f"The status is one of {statuses}.", field="status", code=ErrorCode.INVALID)
        return None


async def create_customer(actor: Principal, scope: Scope, data: CustomerInput) -> Customer:
    _require(actor)
    errors = ErrorCollector()
    code = _text(errors, data.code, Customer, "code", field="code")
    _printable_code(errors, data.code, field="code")
    if code is not None:
        await _unique(errors, Customer, "code", code, what="Customer", code=code)
    name = _text(errors, data.name, Customer, "name", field="name")
    status = _status(errors, data.status)
    entity_id = await _home(errors, actor, scope, data.entity_code)
    errors.raise_if_any()
    async with atomic():
        customer = await _save_new(
            lambda: Customer.create(code=code, name=name, status=status, entity_id=entity_id),
            field="code",
            what=f"Customer {code!r}",
        )
        await _record(actor, customer, "created", {"code": code, "name": name, "status": status})
    return customer


async def update_customer(
    actor: Principal, scope: Scope, customer_id: int, changes: CustomerChanges
) -> Customer:
    """Rename a customer or change its status (on hold and inactive customers get nothing
    new; their drafts can still be deleted)."""
    _require(actor)
    customer = await _get(
        Customer, customer_id, field="id", code=ErrorCode.CUSTOMER_NOT_FOUND, what="customer"
    )
    _own(scope, customer, field="id", code=ErrorCode.CUSTOMER_NOT_FOUND)
    errors = ErrorCollector()
    name = _text(errors, changes.name, Customer, "name", field="name")
    status = _status(errors, changes.status)
    errors.raise_if_any()
    async with atomic():
        return await _changed(actor, customer, {"name": name, "status": status})


# --- reading the setup -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GLAccountFilters:
    """Which accounts the chart of accounts shows; every interface uses it."""

    search: str | None = None  # part of the number or the title, any case
    kind: GLAccountKind | None = None
    include_inactive: bool = False


@dataclass(frozen=True, slots=True)
class GLAccountPage:
    accounts: list[GLAccount]
    has_next_page: bool
    total_count: int


_GL_CURSOR = "gl_accounts"


def gl_account_cursor(account: GLAccount) -> str:
    return cursors.encode(_GL_CURSOR, account.number)


async def list_gl_accounts(
    actor: Principal,
    scope: Scope,
    filters: GLAccountFilters,
    *,
    first: int = 50,
    after: str | None = None,
) -> GLAccountPage:
    """The chart of accounts, by number."""
    visible = LEDGER_SETUP.filter(actor, scope)
    check_page_size(first, LIST_PAGE_MAX)
    key = cursors.decode(_GL_CURSOR, after, (str,), text_limit=column_limit(GLAccount, "number"))
    query = GLAccount.filter(visible)
    if filters.search and filters.search.strip():
        term = text(filters.search, field="search").strip()
        query = query.filter(Q(number__icontains=term) | Q(title__icontains=term))
    if filters.kind is not None:
        query = query.filter(kind=filters.kind)
    if not filters.include_inactive:
        query = query.filter(is_active=True)
    total = await query.count()
    if key is not None:
        query = query.filter(number__gt=key[0])
    rows = await query.order_by("number").limit(first + 1)
    return GLAccountPage(rows[:first], len(rows) > first, total)


async def list_journals(actor: Principal, scope: Scope) -> list[Journal]:
    return await Journal.filter(LEDGER_SETUP.filter(actor, scope)).order_by("symbol")
