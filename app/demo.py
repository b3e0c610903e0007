"""Demo data for a first look: a company with two entities in different base currencies,
bank accounts, customers, and users with different permissions.

Running it again keeps the data and issues fresh demo tokens (tokens are stored hashed, so
old ones cannot be shown again; the previous demo tokens are revoked).
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from app.services import users
from models import (
    ArConfiguration,
    BankAccount,
    Company,
    Customer,
    DocumentSequence,
    Entity,
    GLAccount,
    Journal,
)
from models.enums import CustomerStatus, GLAccountKind

DEMO_TOKEN_NAME = "demo"  # noqa: S105 - the label of demo tokens, not a secret


@dataclass(frozen=True, slots=True)
class DemoUser:
    username: str
    display_name: str
    role: str
    entity_codes: tuple[str, ...] | None = None


DEMO_USERS = (
    DemoUser("admin", "Ada Admin", "admin"),
    DemoUser("clerk", "Carl Clerk", "ar_clerk"),
    DemoUser("controller", "Cora Controller", "controller"),
    DemoUser("eu-clerk", "Elise EU Clerk", "ar_clerk", ("EU01",)),
)


async def _seed_master_data() -> None:
    company = await Company.create(name="Demo Holdings")
    us = await Entity.create(company=company, code="US01", name="Demo US Inc.", base_currency="USD")
    eu = await Entity.create(
        company=company, code="EU01", name="Demo Europe GmbH", base_currency="EUR"
    )
    accounts = {
        number: await GLAccount.create(number=number, title=title, kind=kind)
        for number, title, kind in (
            ("1000", "Cash - US operating (USD)", GLAccountKind.ASSET),
            ("1010", "Cash - EU operating (EUR)", GLAccountKind.ASSET),
            ("1200", "Accounts receivable", GLAccountKind.ASSET),
            ("2300", "Customer advances", GLAccountKind.LIABILITY),
            ("4000", "Sales", GLAccountKind.REVENUE),
            ("4900", "Sales returns and allowances", GLAccountKind.REVENUE),
        )
    }
    await Journal.create(symbol="ARJ", title="Accounts receivable journal")
    await Journal.create(symbol="RFJ", title="Customer refunds journal")
    await BankAccount.create(
        code="US-OPER",
        name="US operating account",
        entity=us,
        currency="USD",
        gl_account=accounts["1000"],
    )
    await BankAccount.create(
        code="EU-OPER",
        name="EU operating account",
        entity=eu,
        currency="EUR",
        gl_account=accounts["1010"],
    )
    for code, prefix in (("REFUND-TOP", "RF-"), ("REFUND-US01", "RFUS-"), ("REFUND-EU01", "RFEU-")):
        await DocumentSequence.create(code=code, prefix=prefix, next_number=1, padding=6)
    for entity in (None, us, eu):
        # Refunds stay disabled until a controller configures them (SPEC section 5).
        await ArConfiguration.create(entity=entity, ar_control_account=accounts["1200"])
    for code, name, entity, status in (
        ("C-0001", "Acme Retail", us, CustomerStatus.ACTIVE),
        ("C-0002", "Globex Corporation", us, CustomerStatus.ACTIVE),
        ("C-0003", "Initech GmbH", eu, CustomerStatus.ACTIVE),
        ("C-0004", "Umbrella Shared Services", None, CustomerStatus.ACTIVE),
        ("C-0005", "Stark Industries (closed)", us, CustomerStatus.INACTIVE),
    ):
        await Customer.create(code=code, name=name, entity=entity, status=status)
    for demo_user in DEMO_USERS:
        await users.create_user(
            demo_user.username,
            display_name=demo_user.display_name,
            roles=[demo_user.role],
            entity_codes=demo_user.entity_codes,
        )


async def seed_demo() -> dict[str, str]:
    """Load the demo data if missing; return a fresh token per demo user."""
    await users.ensure_builtin_roles()
    async with in_transaction():
        if not await Company.exists():
            await _seed_master_data()
    tokens = {}
    for demo_user in DEMO_USERS:
        await users.revoke_tokens_named(demo_user.username, DEMO_TOKEN_NAME)
        issued = await users.issue_token(demo_user.username, DEMO_TOKEN_NAME)
        tokens[demo_user.username] = issued.secret
    return tokens
