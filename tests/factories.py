"""Building blocks for AR tests: a company with two entities in different base currencies,
its ledger setup, bank accounts and customers, principals to act as, the documents to post
in it, and GraphQL ids. The fixtures that hand them to tests are in conftest.py."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from strawberry.relay import to_base64

from app.services import ar_documents, users
from app.services.access import Principal, Scope
from models import (
    ArConfiguration,
    BankAccount,
    Company,
    Customer,
    Entity,
    GLAccount,
    Journal,
)
from models.enums import CustomerStatus, GLAccountKind, Permission

D = date(2026, 3, 2)


def principal(
    *permissions: Permission, entity_ids: frozenset[int] | None = None, user_id: int = 0
) -> Principal:
    return Principal(
        user_id=user_id,
        username="tester",
        display_name="Tester",
        token_id=None,
        permissions=frozenset(permissions or Permission),
        entity_ids=entity_ids,
    )


@dataclass
class World:
    company: Company
    us: Entity
    eu: Entity
    accounts: dict[str, GLAccount]
    banks: dict[str, BankAccount]
    customers: dict[str, Customer]
    actor: Principal
    scopes: dict[str, Scope] = field(default_factory=dict)
    more_entities: dict[str, Entity] = field(default_factory=dict)  # added by a test

    def scope(self, code: str | None) -> Scope:
        known = {"US01": self.us, "EU01": self.eu, **self.more_entities}
        return Scope(entity=known[code] if code else None)


async def build_world(actor_user_id: int | None = None) -> World:
    """The company below, acting as the given user; without one, as "poster", an admin."""
    if actor_user_id is None:
        actor_user_id = (await users.create_user("poster", roles=("admin",))).id
    company = await Company.create(name="Test Co")
    us = await Entity.create(company=company, code="US01", name="US", base_currency="USD")
    eu = await Entity.create(company=company, code="EU01", name="EU", base_currency="EUR")
    accounts = {
        number: await GLAccount.create(number=number, title=title, kind=kind)
        for number, title, kind in (
            ("1000", "Cash USD", GLAccountKind.ASSET),
            ("1010", "Cash EUR", GLAccountKind.ASSET),
            ("1200", "Accounts receivable", GLAccountKind.ASSET),
            ("4000", "Sales", GLAccountKind.REVENUE),
            ("4900", "Returns", GLAccountKind.REVENUE),
        )
    }
    journal = await Journal.create(symbol="ARJ", title="AR")
    await ArConfiguration.create(
        entity=None, ar_journal=journal, ar_control_account=accounts["1200"]
    )
    banks = {
        "US-OPER": await BankAccount.create(
            code="US-OPER", name="US", entity=us, currency="USD", gl_account=accounts["1000"]
        ),
        "US-EUR": await BankAccount.create(
            code="US-EUR", name="US EUR", entity=us, currency="EUR", gl_account=accounts["1010"]
        ),
        "EU-OPER": await BankAccount.create(
            code="EU-OPER", name="EU", entity=eu, currency="EUR", gl_account=accounts["1010"]
        ),
    }
    customers = {
        "C-US": await Customer.create(code="C-US", name="Acme US", entity=us),
        "C-EU": await Customer.create(code="C-EU", name="Initech EU", entity=eu),
        "C-SHARED": await Customer.create(code="C-SHARED", name="Umbrella", entity=None),
        "C-OFF": await Customer.create(
            code="C-OFF", name="Closed Ltd", entity=us, status=CustomerStatus.INACTIVE
        ),
    }
    return World(company, us, eu, accounts, banks, customers, principal(user_id=actor_user_id))


def gid(type_name: str, pk: int) -> str:
    """The GraphQL (relay) global id of a ``type_name`` row."""
    return to_base64(type_name, pk)


def lines(*amounts: str, account: str = "4000") -> list[ar_documents.LineInput]:
    return [
        ar_documents.LineInput(amount=a, gl_account_number=account, description=f"line {a}")
        for a in amounts
    ]


async def invoice(
    world: World,
    customer: str,
    number: str,
    *amounts: str,
    currency: str = "USD",
    entity: str | None = "US01",
    on: date = D,
    due: date | None = None,
) -> int:
    posted = await ar_documents.post_invoice(
        world.actor,
        world.scope(entity),
        ar_documents.InvoiceInput(
            customer_id=world.customers[customer].id,
            number=number,
            document_date=on,
            currency=currency,
            lines=lines(*amounts),
            due_date=due,
        ),
    )
    return int(posted.id)


async def adjustment(
    world: World,
    customer: str,
    number: str,
    *amounts: str,
    currency: str = "USD",
    entity: str | None = "US01",
    on: date = D,
) -> int:
    posted = await ar_documents.post_adjustment(
        world.actor,
        world.scope(entity),
        ar_documents.AdjustmentInput(
            customer_id=world.customers[customer].id,
            number=number,
            document_date=on,
            currency=currency,
            lines=lines(*amounts, account="4900"),
        ),
    )
    return int(posted.id)


async def payment(
    world: World,
    customer: str,
    number: str,
    amount: str,
    *,
    bank: str = "US-OPER",
    currency: str = "USD",
    entity: str | None = "US01",
    applications: dict[int, str] | None = None,
    on: date = D,
) -> int:
    posted = await ar_documents.record_received_payment(
        world.actor,
        world.scope(entity),
        ar_documents.ReceiptInput(
            customer_id=world.customers[customer].id,
            number=number,
            document_date=on,
            currency=currency,
            amount=amount,
            bank_account_id=world.banks[bank].id,
            applications=[
                ar_documents.ApplicationInput(invoice_id=i, amount=a)
                for i, a in (applications or {}).items()
            ],
        ),
    )
    return int(posted.id)


async def advance(
    world: World,
    customer: str,
    number: str,
    amount: str,
    *,
    bank: str = "US-OPER",
    currency: str = "USD",
    entity: str | None = "US01",
    on: date = D,
) -> int:
    posted = await ar_documents.record_advance(
        world.actor,
        world.scope(entity),
        ar_documents.ReceiptInput(
            customer_id=world.customers[customer].id,
            number=number,
            document_date=on,
            currency=currency,
            amount=amount,
            bank_account_id=world.banks[bank].id,
        ),
    )
    return int(posted.id)


class QueryCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage().lstrip().upper()
        if message.startswith(("SELECT", "INSERT", "UPDATE", "DELETE", "WITH")):
            self.count += 1
            self.statements.append(message[:60])


@contextmanager
def count_queries() -> Iterator[QueryCounter]:
    """Count the SQL statements Tortoise sends while the block runs."""
    logger = logging.getLogger("tortoise.db_client")
    counter = QueryCounter()
    level, propagate = logger.level, logger.propagate
    logger.addHandler(counter)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    try:
        yield counter
    finally:
        logger.removeHandler(counter)
        logger.setLevel(level)
        logger.propagate = propagate


async def enable_refunds(
    world: World, entity: str | None = "US01", prefix: str = "RFUS-", next_number: int = 1
) -> None:
    from app.services import configuration  # noqa: PLC0415

    await Journal.get_or_create(symbol="RFJ", defaults={"title": "Refunds"})
    await configuration.update_configuration(
        world.actor,
        world.scope(entity),
        configuration.ArConfigurationInput(
            refunds_enabled=True,
            refund_journal_symbol="RFJ",
            refund_sequence=configuration.SequenceInput(
                prefix=prefix, next_number=next_number, padding=6
            ),
        ),
    )
