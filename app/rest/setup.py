"""Setup and master data over app/services/setup, customers, bank_accounts and
configuration: the company, entities, GL accounts, journals, bank accounts, customers
(with their eligible credits) and the AR configuration."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from app.rest import models as m
from app.rest.deps import MUTATION, Actor, Where, location
from app.rest.paging import After, First, next_link
from app.services import access, bank_accounts, configuration, credits, customers, setup
from app.services.errors import DomainError, ErrorCode
from app.services.money import format_minor
from models import (
    ArConfiguration,
    BankAccount,
    Customer,
    DocumentSequence,
    Entity,
    GLAccount,
    Journal,
)
from models.enums import CreditKind, CustomerStatus, GLAccountKind

router = APIRouter()

RecordId = Annotated[int, Path(ge=1, le=m.MAX_ID, description="A record number.")]
Code = Annotated[str | None, Query(max_length=3)]


async def entity_codes(ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(await Entity.filter(id__in=wanted).values_list("id", "code"))


def _code(codes: dict[int, str], entity_id: int | None) -> str | None:
    return codes.get(entity_id) if entity_id is not None else None


# ---------------------------------------------------------------- company and entities


@router.get("/company", tags=["setup"], summary="The company")
async def get_company(actor: Actor) -> m.Company:
    company = await setup.get_company()
    if company is None:
        raise DomainError("The company is not named yet.", code=ErrorCode.NOT_FOUND)
    return m.Company(name=company.name)


@router.put(
    "/company",
    tags=["setup"],
    summary="Name the company (setup.manage)",
    dependencies=[MUTATION],
)
async def put_company(body: m.CompanyIn, actor: Actor, where: Where) -> m.Company:
    company = await setup.set_company(actor, where, body.name)
    return m.Company(name=company.name)


def _entity(entity: Entity | access.EntityRow) -> m.Entity:
    return m.Entity(
        id=entity.id, code=entity.code, name=entity.name, base_currency=entity.base_currency
    )


@router.get("/entities", tags=["setup"], summary="Entities you may work in, by code")
async def list_entities(actor: Actor) -> list[m.Entity]:
    return [_entity(e) for e in await access.accessible_entities(actor)]


@router.post(
    "/entities",
    status_code=201,
    tags=["setup"],
    summary="Add an entity (setup.manage, top level)",
    dependencies=[MUTATION],
)
async def create_entity(
    request: Request, response: Response, body: m.EntityIn, actor: Actor, where: Where
) -> m.Entity:
    entity = await setup.create_entity(
        actor, where, setup.EntityInput(body.code, body.name, body.base_currency)
    )
    response.headers["Location"] = location(request, f"/entities/{entity.id}")
    return _entity(entity)


@router.patch(
    "/entities/{entity_id}",
    tags=["setup"],
    summary="Rename an entity, or change its base currency while it has no documents",
    dependencies=[MUTATION],
)
async def update_entity(
    entity_id: RecordId, body: m.EntityChange, actor: Actor, where: Where
) -> m.Entity:
    entity = await setup.update_entity(
        actor,
        where,
        entity_id,
        setup.EntityChanges(name=body.name, base_currency=body.base_currency),
    )
    return _entity(entity)


# ---------------------------------------------------------------- GL accounts and journals


def _account(account: GLAccount) -> m.GLAccount:
    return m.GLAccount(
        id=account.id,
        number=account.number,
        title=account.title,
        kind=GLAccountKind(account.kind).name,
        is_active=account.is_active,
    )


@router.get("/gl-accounts", tags=["setup"], summary="The chart of accounts, by number")
async def list_gl_accounts(
    request: Request,
    response: Response,
    actor: Actor,
    where: Where,
    first: First = 50,
    after: After = None,
    search: Annotated[str | None, Query(max_length=100)] = None,
    kind: m.GLAccountKind | None = None,
    include_inactive: Annotated[bool, Query(alias="includeInactive")] = False,
) -> m.GLAccountPage:
    page = await setup.list_gl_accounts(
        actor,
        where,
        setup.GLAccountFilters(
            search=search,
            kind=GLAccountKind[kind.value] if kind is not None else None,
            include_inactive=include_inactive,
        ),
        first=first,
        after=after,
    )
    cursor = setup.gl_account_cursor(page.accounts[-1]) if page.has_next_page else None
    return m.GLAccountPage(
        items=[_account(a) for a in page.accounts],
        total=page.total_count,
        next=next_link(request, cursor, response),
        next_cursor=cursor,
    )


@router.post(
    "/gl-accounts",
    status_code=201,
    tags=["setup"],
    summary="Add an account (setup.manage)",
    dependencies=[MUTATION],
)
async def create_gl_account(
    request: Request, response: Response, body: m.GLAccountIn, actor: Actor, where: Where
) -> m.GLAccount:
    account = await setup.create_gl_account(
        actor,
        where,
        setup.GLAccountInput(body.number, body.title, GLAccountKind[body.kind.value]),
    )
    response.headers["Location"] = location(request, f"/gl-accounts/{account.id}")
    return _account(account)


@router.patch(
    "/gl-accounts/{account_id}",
    tags=["setup"],
    summary="Rename, retype (while nothing is posted to it) or deactivate an account",
    dependencies=[MUTATION],
)
async def update_gl_account(
    account_id: RecordId, body: m.GLAccountChange, actor: Actor, where: Where
) -> m.GLAccount:
    account = await setup.update_gl_account(
        actor,
        where,
        account_id,
        setup.GLAccountChanges(
            title=body.title,
            kind=GLAccountKind[body.kind.value] if body.kind is not None else None,
            is_active=body.is_active,
        ),
    )
    return _account(account)


def _journal(journal: Journal) -> m.Journal:
    return m.Journal(id=journal.id, symbol=journal.symbol, title=journal.title)


@router.get("/journals", tags=["setup"], summary="Journals, by symbol")
async def list_journals(actor: Actor, where: Where) -> list[m.Journal]:
    return [_journal(j) for j in await setup.list_journals(actor, where)]


@router.post(
    "/journals",
    status_code=201,
    tags=["setup"],
    summary="Add a journal (setup.manage)",
    dependencies=[MUTATION],
)
async def create_journal(
    request: Request, response: Response, body: m.JournalIn, actor: Actor, where: Where
) -> m.Journal:
    journal = await setup.create_journal(actor, where, setup.JournalInput(body.symbol, body.title))
    response.headers["Location"] = location(request, f"/journals/{journal.id}")
    return _journal(journal)


@router.patch(
    "/journals/{journal_id}",
    tags=["setup"],
    summary="Rename a journal (setup.manage)",
    dependencies=[MUTATION],
)
async def rename_journal(
    journal_id: RecordId, body: m.JournalChange, actor: Actor, where: Where
) -> m.Journal:
    return _journal(await setup.rename_journal(actor, where, journal_id, body.title))


# ---------------------------------------------------------------- bank accounts


async def _banks(rows: Sequence[BankAccount]) -> list[m.BankAccount]:
    codes = await entity_codes({b.entity_id for b in rows})
    numbers = dict(
        await GLAccount.filter(id__in={b.gl_account_id for b in rows}).values_list("id", "number")
    )
    return [
        m.BankAccount(
            id=b.id,
            code=b.code,
            name=b.name,
            entity=_code(codes, b.entity_id),
            currency=b.currency,
            gl_account_number=str(numbers.get(b.gl_account_id, "")),
            is_active=b.is_active,
        )
        for b in rows
    ]


@router.get(
    "/bank-accounts",
    tags=["bank-accounts"],
    summary="Bank accounts usable in the scope, by code",
)
async def list_bank_accounts(
    actor: Actor,
    where: Where,
    currency: Code = None,
    include_inactive: Annotated[bool, Query(alias="includeInactive")] = False,
) -> list[m.BankAccount]:
    rows = await bank_accounts.list_bank_accounts(
        actor,
        where,
        bank_accounts.BankAccountFilters(currency=currency, include_inactive=include_inactive),
    )
    return await _banks(rows)


@router.get("/bank-accounts/{bank_account_id}", tags=["bank-accounts"], summary="A bank account")
async def get_bank_account(bank_account_id: RecordId, actor: Actor, where: Where) -> m.BankAccount:
    rows = await bank_accounts.list_bank_accounts(
        actor, where, bank_accounts.BankAccountFilters(include_inactive=True)
    )
    found = [b for b in rows if b.id == bank_account_id]
    if not found:
        raise DomainError(
            "No such bank account here.", field="id", code=ErrorCode.BANK_ACCOUNT_NOT_FOUND
        )
    return (await _banks(found))[0]


@router.post(
    "/bank-accounts",
    status_code=201,
    tags=["bank-accounts"],
    summary="Add a bank account (setup.manage)",
    dependencies=[MUTATION],
)
async def create_bank_account(
    request: Request, response: Response, body: m.BankAccountIn, actor: Actor, where: Where
) -> m.BankAccount:
    bank = await setup.create_bank_account(
        actor,
        where,
        setup.BankAccountInput(
            code=body.code,
            name=body.name,
            currency=body.currency,
            gl_account_number=body.gl_account_number,
            entity_code=body.entity,
        ),
    )
    response.headers["Location"] = location(request, f"/bank-accounts/{bank.id}")
    return (await _banks([bank]))[0]


@router.patch(
    "/bank-accounts/{bank_account_id}",
    tags=["bank-accounts"],
    summary="Change a bank account (its currency only while it has moved no money)",
    dependencies=[MUTATION],
)
async def update_bank_account(
    bank_account_id: RecordId, body: m.BankAccountChange, actor: Actor, where: Where
) -> m.BankAccount:
    bank = await setup.update_bank_account(
        actor,
        where,
        bank_account_id,
        setup.BankAccountChanges(
            name=body.name,
            currency=body.currency,
            gl_account_number=body.gl_account_number,
            is_active=body.is_active,
        ),
    )
    return (await _banks([bank]))[0]


# ---------------------------------------------------------------- customers


def credit_out(credit: credits.Credit) -> m.Credit:
    return m.Credit(
        id=credit.id,
        kind=CreditKind(credit.kind).name,
        document_number=credit.document_number,
        document_date=credit.document_date,
        currency=credit.currency,
        original_amount=format_minor(credit.original_minor, credit.currency),
        open_amount=format_minor(credit.open_minor, credit.currency),
        refundable=credits.source_ineligibility(credit) is None,
    )


async def _customers(rows: Sequence[Customer]) -> list[m.Customer]:
    codes = await entity_codes({c.entity_id for c in rows})
    return [
        m.Customer(
            id=c.id,
            code=c.code,
            name=c.name,
            status=CustomerStatus(c.status).name,
            entity=_code(codes, c.entity_id),
        )
        for c in rows
    ]


@router.get("/customers", tags=["customers"], summary="Customers visible in the scope, by code")
async def list_customers(
    request: Request,
    response: Response,
    actor: Actor,
    where: Where,
    first: First = 50,
    after: After = None,
    search: Annotated[
        str | None, Query(max_length=100, description="Part of the code or name.")
    ] = None,
    status: m.CustomerStatus | None = None,
) -> m.CustomerPage:
    page = await customers.list_customers(
        actor,
        where,
        customers.CustomerFilters(
            search=search,
            status=CustomerStatus[status.value] if status is not None else None,
        ),
        first=first,
        after=after,
    )
    cursor = customers.cursor_of(page.customers[-1]) if page.has_next_page else None
    return m.CustomerPage(
        items=await _customers(page.customers),
        total=page.total_count,
        next=next_link(request, cursor, response),
        next_cursor=cursor,
    )


async def _customer(actor: Actor, where: Where, customer_id: int) -> Customer:
    found = await customers.get_customers(actor, where, [customer_id])
    if customer_id not in found:
        raise DomainError("No such customer here.", field="id", code=ErrorCode.CUSTOMER_NOT_FOUND)
    return found[customer_id]


@router.get("/customers/{customer_id}", tags=["customers"], summary="A customer")
async def get_customer(customer_id: RecordId, actor: Actor, where: Where) -> m.Customer:
    return (await _customers([await _customer(actor, where, customer_id)]))[0]


@router.get(
    "/customers/{customer_id}/eligible-credits",
    tags=["customers"],
    summary="Credits a refund may clear, oldest first, with open, held and available",
    description="Open amount above zero, no inline credits, no negative invoice or credit "
    "memo with a positive line. Default currency: the scope's base currency.",
)
async def eligible_credits(
    customer_id: RecordId, actor: Actor, where: Where, currency: Code = None
) -> m.EligibleCredits:
    customer = await _customer(actor, where, customer_id)
    wanted = await customers.currency_or_base(where, currency)
    found = await credits.refundable_credits(actor, where, [customer.id], wanted)
    return m.EligibleCredits(
        customer_id=customer.id,
        currency=wanted,
        items=[
            m.EligibleCredit(
                **credit_out(credit).model_dump(),
                held_by_drafts=format_minor(credit.held_by_drafts_minor, credit.currency),
                available=format_minor(credit.available_minor, credit.currency),
            )
            for credit in found[customer.id]
        ],
    )


@router.post(
    "/customers",
    status_code=201,
    tags=["customers"],
    summary="Add a customer (setup.manage)",
    dependencies=[MUTATION],
)
async def create_customer(
    request: Request, response: Response, body: m.CustomerIn, actor: Actor, where: Where
) -> m.Customer:
    customer = await setup.create_customer(
        actor,
        where,
        setup.CustomerInput(
            code=body.code,
            name=body.name,
            entity_code=body.entity,
            status=CustomerStatus[body.status.value],
        ),
    )
    response.headers["Location"] = location(request, f"/customers/{customer.id}")
    return (await _customers([customer]))[0]


@router.patch(
    "/customers/{customer_id}",
    tags=["customers"],
    summary="Rename a customer or change its status (setup.manage)",
    dependencies=[MUTATION],
)
async def update_customer(
    customer_id: RecordId, body: m.CustomerChange, actor: Actor, where: Where
) -> m.Customer:
    customer = await setup.update_customer(
        actor,
        where,
        customer_id,
        setup.CustomerChanges(
            name=body.name,
            status=CustomerStatus[body.status.value] if body.status is not None else None,
        ),
    )
    return (await _customers([customer]))[0]


# ---------------------------------------------------------------- AR configuration


async def _configuration(row: ArConfiguration) -> m.ArConfiguration:
    journals = dict(
        await Journal.filter(
            id__in={i for i in (row.refund_journal_id, row.ar_journal_id) if i is not None}
        ).values_list("id", "symbol")
    )
    sequence = (
        await DocumentSequence.get_or_none(id=row.refund_sequence_id)
        if row.refund_sequence_id is not None
        else None
    )
    account = (
        await GLAccount.get_or_none(id=row.ar_control_account_id)
        if row.ar_control_account_id is not None
        else None
    )
    codes = await entity_codes({row.entity_id})
    return m.ArConfiguration(
        entity=_code(codes, row.entity_id),
        refunds_enabled=row.refunds_enabled,
        refund_journal_symbol=journals.get(row.refund_journal_id),
        refund_sequence=m.Sequence(
            prefix=sequence.prefix,
            next_number=int(sequence.next_number),
            padding=int(sequence.padding),
        )
        if sequence is not None
        else None,
        ar_journal_symbol=journals.get(row.ar_journal_id),
        ar_control_account_number=account.number if account is not None else None,
    )


@router.get(
    "/ar-configuration",
    tags=["setup"],
    summary="The AR configuration of the request's scope",
)
async def get_ar_configuration(actor: Actor, where: Where) -> m.ArConfiguration:
    row = await configuration.get_configuration(actor, where)
    if row is None:
        raise DomainError("This scope has no AR configuration yet.", code=ErrorCode.NOT_FOUND)
    return await _configuration(row)


@router.put(
    "/ar-configuration",
    tags=["setup"],
    summary="Set the AR configuration of the request's scope (ar.configure)",
    dependencies=[MUTATION],
)
async def put_ar_configuration(
    body: m.ArConfigurationIn, actor: Actor, where: Where
) -> m.ArConfiguration:
    sequence = body.refund_sequence
    row = await configuration.update_configuration(
        actor,
        where,
        configuration.ArConfigurationInput(
            refunds_enabled=body.refunds_enabled,
            refund_journal_symbol=body.refund_journal_symbol,
            ar_journal_symbol=body.ar_journal_symbol,
            ar_control_account_number=body.ar_control_account_number,
            refund_sequence=configuration.SequenceInput(
                prefix=sequence.prefix,
                next_number=sequence.next_number,
                padding=sequence.padding,
            )
            if sequence is not None
            else None,
        ),
    )
    return await _configuration(row)
