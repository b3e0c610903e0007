"""Setup mutations (setup.manage): translate ids and inputs, call the setup services, return
the object and the errors a user can fix."""

from __future__ import annotations

import strawberry

from app.services import setup
from app.services.access import BANK_ACCOUNTS, CUSTOMERS
from models import BankAccount, Customer
from schema.ar.types import BankAccountType
from schema.common import EntityType, visible
from schema.context import Info
from schema.customers.types import CustomerType
from schema.ids import pk_of
from schema.ledger import GLAccountType, JournalType
from schema.payloads import UserError, attempt
from schema.setup.inputs import (
    BankAccountInput,
    BankAccountUpdateInput,
    CustomerInput,
    CustomerUpdateInput,
    EntityInput,
    EntityUpdateInput,
    GLAccountInput,
    GLAccountUpdateInput,
    JournalInput,
)
from schema.setup.types import CompanyType


@strawberry.type
class CompanyPayload:
    company: CompanyType | None
    errors: list[UserError]


@strawberry.type
class EntityPayload:
    entity: EntityType | None
    errors: list[UserError]


@strawberry.type
class GLAccountPayload:
    gl_account: GLAccountType | None
    errors: list[UserError]


@strawberry.type
class JournalPayload:
    journal: JournalType | None
    errors: list[UserError]


@strawberry.type
class BankAccountPayload:
    bank_account: BankAccountType | None
    errors: list[UserError]


@strawberry.type
class CustomerPayload:
    customer: CustomerType | None
    errors: list[UserError]


def _bank(info: Info, row: BankAccount | None) -> BankAccountType | None:
    return BankAccountType.from_model(row) if visible(info, BANK_ACCOUNTS, row) and row else None


def _customer(info: Info, row: Customer | None) -> CustomerType | None:
    return CustomerType.from_model(row) if visible(info, CUSTOMERS, row) and row else None


@strawberry.type
class SetupMutation:
    @strawberry.mutation(description="Name the company (created the first time); setup.manage.")
    async def set_company(self, info: Info, name: str) -> CompanyPayload:
        company, errors = await attempt(
            lambda: setup.set_company(info.context.principal, info.context.scope, name)
        )
        return CompanyPayload(
            company=CompanyType.from_model(company) if company else None, errors=errors
        )

    @strawberry.mutation(description="Add an entity with its base currency; setup.manage.")
    async def create_entity(self, info: Info, input: EntityInput) -> EntityPayload:
        entity, errors = await attempt(
            lambda: setup.create_entity(
                info.context.principal,
                info.context.scope,
                setup.EntityInput(input.code, input.name, input.base_currency),
            )
        )
        return EntityPayload(
            entity=EntityType.from_model(entity) if entity else None, errors=errors
        )

    @strawberry.mutation(
        description="Rename an entity, or change its base currency while it has no "
        "documents; setup.manage."
    )
    async def update_entity(
        self, info: Info, id: strawberry.ID, input: EntityUpdateInput
    ) -> EntityPayload:
        entity, errors = await attempt(
            lambda: setup.update_entity(
                info.context.principal,
                info.context.scope,
                pk_of(id, "Entity", field="id"),
                setup.EntityChanges(name=input.name, base_currency=input.base_currency),
            )
        )
        return EntityPayload(
            entity=EntityType.from_model(entity) if entity else None, errors=errors
        )

    @strawberry.mutation(description="Add an account to the chart of accounts; setup.manage.")
    async def create_gl_account(self, info: Info, input: GLAccountInput) -> GLAccountPayload:
        account, errors = await attempt(
            lambda: setup.create_gl_account(
                info.context.principal,
                info.context.scope,
                setup.GLAccountInput(input.number, input.title, input.kind),
            )
        )
        return GLAccountPayload(
            gl_account=GLAccountType.from_model(account) if account else None, errors=errors
        )

    @strawberry.mutation(
        description="Rename, retype (while nothing is posted to it) or deactivate an account; "
        "setup.manage."
    )
    async def update_gl_account(
        self, info: Info, id: strawberry.ID, input: GLAccountUpdateInput
    ) -> GLAccountPayload:
        account, errors = await attempt(
            lambda: setup.update_gl_account(
                info.context.principal,
                info.context.scope,
                pk_of(id, "GLAccount", field="id"),
                setup.GLAccountChanges(
                    title=input.title, kind=input.kind, is_active=input.is_active
                ),
            )
        )
        return GLAccountPayload(
            gl_account=GLAccountType.from_model(account) if account else None, errors=errors
        )

    @strawberry.mutation(description="Add a journal; setup.manage.")
    async def create_journal(self, info: Info, input: JournalInput) -> JournalPayload:
        journal, errors = await attempt(
            lambda: setup.create_journal(
                info.context.principal,
                info.context.scope,
                setup.JournalInput(input.symbol, input.title),
            )
        )
        return JournalPayload(
            journal=JournalType.from_model(journal) if journal else None, errors=errors
        )

    @strawberry.mutation(description="Rename a journal; setup.manage.")
    async def rename_journal(self, info: Info, id: strawberry.ID, title: str) -> JournalPayload:
        journal, errors = await attempt(
            lambda: setup.rename_journal(
                info.context.principal,
                info.context.scope,
                pk_of(id, "Journal", field="id"),
                title,
            )
        )
        return JournalPayload(
            journal=JournalType.from_model(journal) if journal else None, errors=errors
        )

    @strawberry.mutation(description="Add a bank account; setup.manage.")
    async def create_bank_account(self, info: Info, input: BankAccountInput) -> BankAccountPayload:
        bank, errors = await attempt(
            lambda: setup.create_bank_account(
                info.context.principal,
                info.context.scope,
                setup.BankAccountInput(
                    code=input.code,
                    name=input.name,
                    currency=input.currency,
                    gl_account_number=input.gl_account_number,
                    entity_code=input.entity_code,
                ),
            )
        )
        return BankAccountPayload(bank_account=_bank(info, bank), errors=errors)

    @strawberry.mutation(
        description="Rename, repoint or deactivate a bank account; its currency changes only "
        "while it has moved no money; setup.manage."
    )
    async def update_bank_account(
        self, info: Info, id: strawberry.ID, input: BankAccountUpdateInput
    ) -> BankAccountPayload:
        bank, errors = await attempt(
            lambda: setup.update_bank_account(
                info.context.principal,
                info.context.scope,
                pk_of(id, "BankAccount", field="id"),
                setup.BankAccountChanges(
                    name=input.name,
                    currency=input.currency,
                    gl_account_number=input.gl_account_number,
                    is_active=input.is_active,
                ),
            )
        )
        return BankAccountPayload(bank_account=_bank(info, bank), errors=errors)

    @strawberry.mutation(description="Add a customer; setup.manage.")
    async def create_customer(self, info: Info, input: CustomerInput) -> CustomerPayload:
        customer, errors = await attempt(
            lambda: setup.create_customer(
                info.context.principal,
                info.context.scope,
                setup.CustomerInput(
                    code=input.code,
                    name=input.name,
                    entity_code=input.entity_code,
                    status=input.status,
                ),
            )
        )
        return CustomerPayload(customer=_customer(info, customer), errors=errors)

    @strawberry.mutation(
        description="Rename a customer or change its status (ON_HOLD and INACTIVE customers "
        "get nothing new); setup.manage."
    )
    async def update_customer(
        self, info: Info, id: strawberry.ID, input: CustomerUpdateInput
    ) -> CustomerPayload:
        customer, errors = await attempt(
            lambda: setup.update_customer(
                info.context.principal,
                info.context.scope,
                pk_of(id, "Customer", field="id"),
                setup.CustomerChanges(name=input.name, status=input.status),
            )
        )
        return CustomerPayload(customer=_customer(info, customer), errors=errors)
