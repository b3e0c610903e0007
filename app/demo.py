"""Demo data for a first look: a company with two entities in different base currencies,
bank accounts, customers with every kind of credit (and the kinds that must not be
refundable), and users with different permissions. Documents are posted through the same
services the API uses, so their journal entries and credits are real.

Running it again keeps the data and issues fresh demo tokens (tokens are stored hashed, so
old ones cannot be shown again; the previous demo tokens are revoked).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from tortoise.transactions import in_transaction

from app import setup_file
from app.db import DEFAULT
from app.services import ar_documents, users
from app.services.access import Principal, Scope
from app.services.ar_documents import ApplicationInput, LineInput
from models import BankAccount, Company, Customer, Entity

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


def _demo_setup() -> dict[str, Any]:
    """The demo company, in the shape of a setup file (``python -m app setup``)."""
    sequence = {"next_number": 1, "padding": 6}
    return {
        "company": {"name": "Demo Holdings"},
        "entities": [
            {"code": "US01", "name": "Demo US Inc.", "base_currency": "USD"},
            {"code": "EU01", "name": "Demo Europe GmbH", "base_currency": "EUR"},
        ],
        "gl_accounts": [
            {"number": number, "title": title, "kind": kind}
            for number, title, kind in (
                ("1000", "Cash - US operating (USD)", "asset"),
                ("1010", "Cash - EU operating (EUR)", "asset"),
                ("1200", "Accounts receivable", "asset"),
                ("2300", "Customer advances", "liability"),
                ("4000", "Sales", "revenue"),
                ("4900", "Sales returns and allowances", "revenue"),
            )
        ],
        "journals": [
            {"symbol": "ARJ", "title": "Accounts receivable journal"},
            {"symbol": "RFJ", "title": "Customer refunds journal"},
        ],
        "bank_accounts": [
            {"code": code, "name": name, "entity": entity, "currency": currency, "gl_account": gl}
            for code, name, entity, currency, gl in (
                ("US-OPER", "US operating account", "US01", "USD", "1000"),
                ("US-EUR", "US euro account", "US01", "EUR", "1010"),
                ("EU-OPER", "EU operating account", "EU01", "EUR", "1010"),
            )
        ],
        "customers": [
            {"code": code, "name": name, "status": status, **({"entity": home} if home else {})}
            for code, name, home, status in (
                ("C-0001", "Acme Retail", "US01", "active"),
                ("C-0002", "Globex Corporation", "US01", "active"),
                ("C-0003", "Initech GmbH", "EU01", "active"),
                ("C-0004", "Umbrella Shared Services", None, "active"),
                ("C-0005", "Stark Industries (closed)", "US01", "inactive"),
            )
        ],
        # Refunds on at the top level and in both entities.
        "ar_configuration": [
            {
                **({"entity": entity} if entity else {}),
                "ar_journal": "ARJ",
                "ar_control_account": "1200",
                "refund_journal": "RFJ",
                "refund_sequence": {"prefix": prefix, **sequence},
                "refunds_enabled": True,
            }
            for entity, prefix in ((None, "RF-"), ("US01", "RFUS-"), ("EU01", "RFEU-"))
        ],
    }


async def _seed_master_data() -> Principal:
    """The demo company through the setup path a real one uses; returns its admin."""
    first, *others = DEMO_USERS
    await users.create_user(first.username, display_name=first.display_name, roles=[first.role])
    admin = await users.principal_of(await users.get_user(first.username))
    outcome = await setup_file.apply(admin, _demo_setup())
    if outcome.refused:
        raise RuntimeError(f"the demo setup was refused: {outcome.refused}")
    for demo_user in others:
        await users.create_user(
            demo_user.username,
            display_name=demo_user.display_name,
            roles=[demo_user.role],
            entity_codes=demo_user.entity_codes,
        )
    return admin


def _lines(*amounts: str) -> list[LineInput]:
    return [
        LineInput(
            amount=amount,
            gl_account_number="4000" if not amount.startswith("-") else "4900",
            description="Goods" if not amount.startswith("-") else "Credit",
        )
        for amount in amounts
    ]


async def _seed_documents(admin: Principal) -> None:
    """Every kind of credit, and the ones a refund must never pick."""
    entities = {e.code: e for e in await Entity.all()}
    customers = {c.code: c.id for c in await Customer.all()}
    banks = {b.code: b.id for b in await BankAccount.all()}
    invoices: dict[str, int] = {}

    async def invoice(
        where: str, customer: str, number: str, day: int, *amounts: str, currency: str
    ) -> None:
        posted = await ar_documents.post_invoice(
            admin,
            Scope(entities[where]),
            ar_documents.InvoiceInput(
                customer_id=customers[customer],
                number=number,
                document_date=date(2026, 10, day),
                currency=currency,
                lines=_lines(*amounts),
            ),
        )
        invoices[number] = posted.id

    async def credit_memo(
        where: str, customer: str, number: str, day: int, *amounts: str, currency: str
    ) -> None:
        await ar_documents.post_adjustment(
            admin,
            Scope(entities[where]),
            ar_documents.AdjustmentInput(
                customer_id=customers[customer],
                number=number,
                document_date=date(2026, 10, day),
                currency=currency,
                lines=_lines(*amounts),
                memo="Credit memo",
            ),
        )

    async def receipt(
        where: str,
        customer: str,
        number: str,
        day: int,
        amount: str,
        *,
        bank: str,
        currency: str,
        applied: dict[str, str] | None = None,
    ) -> None:
        data = ar_documents.ReceiptInput(
            customer_id=customers[customer],
            number=number,
            document_date=date(2026, 10, day),
            currency=currency,
            amount=amount,
            bank_account_id=banks[bank],
            applications=[ApplicationInput(invoices[n], a) for n, a in (applied or {}).items()],
        )
        if applied is None:
            await ar_documents.record_advance(admin, Scope(entities[where]), data)
        else:
            await ar_documents.record_received_payment(admin, Scope(entities[where]), data)

    # Acme Retail (US01, USD): one credit of each refundable kind, plus the traps.
    await invoice("US01", "C-0001", "INV-1001", 1, "1200.00", currency="USD")
    await receipt(
        "US01",
        "C-0001",
        "PAY-1001",
        5,
        "1500.00",
        bank="US-OPER",
        currency="USD",
        applied={"INV-1001": "1200.00"},
    )  # leaves a 300.00 overpayment
    await credit_memo("US01", "C-0001", "CM-1001", 7, "-250.00", currency="USD")
    await receipt("US01", "C-0001", "ADV-1001", 9, "400.00", bank="US-OPER", currency="USD")
    await invoice("US01", "C-0001", "INV-1002", 12, "-75.00", "-25.00", currency="USD")
    # Not refundable: a negative invoice with a positive line (its credit is inline).
    await invoice("US01", "C-0001", "INV-1003", 14, "50.00", "-200.00", currency="USD")
    # An inline credit inside a positive invoice: never a credit of its own.
    await invoice("US01", "C-0001", "INV-1004", 15, "500.00", "-50.00", currency="USD")
    # A credit in a currency other than the entity's base currency.
    await receipt("US01", "C-0001", "ADV-1002", 16, "80.00", bank="US-EUR", currency="EUR")
    # Globex (US01): an invoice partly paid, no credit.
    await invoice("US01", "C-0002", "INV-2001", 3, "800.00", currency="USD")
    await receipt(
        "US01",
        "C-0002",
        "PAY-2001",
        20,
        "300.00",
        bank="US-OPER",
        currency="USD",
        applied={"INV-2001": "300.00"},
    )
    # Initech (EU01, EUR): an overpayment and a credit memo.
    await invoice("EU01", "C-0003", "INV-3001", 2, "2000.00", currency="EUR")
    await receipt(
        "EU01",
        "C-0003",
        "PAY-3001",
        10,
        "2100.00",
        bank="EU-OPER",
        currency="EUR",
        applied={"INV-3001": "2000.00"},
    )
    await credit_memo("EU01", "C-0003", "CM-3001", 18, "-120.00", currency="EUR")
    # Umbrella (shared): advances in both entities.
    await receipt("US01", "C-0004", "ADV-4001", 21, "60.00", bank="US-OPER", currency="USD")
    await receipt("EU01", "C-0004", "ADV-4002", 22, "45.00", bank="EU-OPER", currency="EUR")


async def seed_demo() -> dict[str, str]:
    """Load the demo data if missing; return a fresh token per demo user."""
    await users.ensure_builtin_roles()
    async with in_transaction(DEFAULT):
        if not await Company.exists():
            admin = await _seed_master_data()
            await _seed_documents(admin)
    tokens = {}
    for demo_user in DEMO_USERS:
        await users.revoke_tokens_named(demo_user.username, DEMO_TOKEN_NAME)
        issued = await users.issue_token(demo_user.username, DEMO_TOKEN_NAME)
        tokens[demo_user.username] = issued.secret
    return tokens
