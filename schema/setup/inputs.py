"""Inputs of the setup mutations: codes and numbers name what an input refers to, as in the
setup file of ``python -m app setup``."""

from __future__ import annotations

import strawberry

from models.enums import CustomerStatus
from schema.customers.types import CustomerStatusEnum
from schema.ledger import GLAccountKindEnum


@strawberry.input(description="A subsidiary: its code, name and base currency (ISO 4217).")
class EntityInput:
    code: str
    name: str
    base_currency: str


@strawberry.input(description="What to change; omitted fields stay.")
class EntityUpdateInput:
    name: str | None = None
    base_currency: str | None = strawberry.field(
        default=None, description="Only while the entity has no documents."
    )


@strawberry.input(description="An account of the chart of accounts.")
class GLAccountInput:
    number: str
    title: str
    kind: GLAccountKindEnum  # type: ignore[valid-type]


@strawberry.input(description="What to change; omitted fields stay.")
class GLAccountUpdateInput:
    title: str | None = None
    kind: GLAccountKindEnum | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Only while nothing is posted to it."
    )
    is_active: bool | None = None


@strawberry.input(description="A journal, e.g. ARJ for AR documents, RFJ for refunds.")
class JournalInput:
    symbol: str
    title: str


@strawberry.input(description="A bank account, its currency and the GL cash account behind it.")
class BankAccountInput:
    code: str
    name: str
    currency: str
    gl_account_number: str
    entity_code: str | None = strawberry.field(
        default=None,
        description="Its entity; omitted: the request's entity, or shared at the top level.",
    )


@strawberry.input(description="What to change; omitted fields stay.")
class BankAccountUpdateInput:
    name: str | None = None
    currency: str | None = strawberry.field(
        default=None, description="Only while the account has moved no money."
    )
    gl_account_number: str | None = None
    is_active: bool | None = None


@strawberry.input(description="A customer of an entity, or shared.")
class CustomerInput:
    code: str
    name: str
    entity_code: str | None = strawberry.field(
        default=None,
        description="Its entity; omitted: the request's entity, or shared at the top level.",
    )
    status: CustomerStatusEnum = CustomerStatus.ACTIVE  # type: ignore[valid-type]


@strawberry.input(description="What to change; omitted fields stay.")
class CustomerUpdateInput:
    name: str | None = None
    status: CustomerStatusEnum | None = None  # type: ignore[valid-type]
