"""GraphQL types of the general ledger: journal entries, their lines, and audit events."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, cast

import strawberry
from strawberry import relay
from strawberry.relay import to_base64
from strawberry.scalars import JSON

from app.services.access import LEDGER_SETUP
from models import AuditEvent, GLAccount, Journal, JournalEntry, JournalLine
from models.enums import GLAccountKind
from schema.common import UserType, load_visible
from schema.context import Info
from schema.money import MoneyType

GLAccountKindEnum = strawberry.enum(
    GLAccountKind, name="GLAccountKind", description="Asset, liability, equity, revenue, expense."
)


def _ledger_setup(info: Info) -> bool:
    return LEDGER_SETUP.allows(info.context.principal, info.context.scope, None)


@strawberry.type(name="GLAccount", description="An account of the chart of accounts.")
class GLAccountType(relay.Node):
    id: relay.NodeID[int]
    number: str
    title: str
    kind: GLAccountKindEnum  # type: ignore[valid-type]
    is_active: bool
    is_ar_control: bool = strawberry.field(
        description="Holds (or held) the AR subledger's total: an AR configuration named it."
    )

    @classmethod
    def from_model(cls, account: GLAccount) -> GLAccountType:
        return cls(
            id=account.id,
            number=account.number,
            title=account.title,
            kind=account.kind,
            is_active=account.is_active,
            is_ar_control=account.is_ar_control,
        )

    @classmethod
    async def load(cls, info: Info, account_id: int) -> GLAccountType:
        account = await info.context.loaders.gl_account.load(account_id)
        if account is None:  # foreign keys forbid this
            raise LookupError(f"GL account {account_id} vanished")
        return cls.from_model(account)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False, **_: Any
    ) -> list[GLAccountType | None]:
        rows = await load_visible(
            info.context.loaders.gl_account, node_ids, lambda _: _ledger_setup(info)
        )
        return [cls.from_model(row) if row is not None else None for row in rows]


@strawberry.type(name="Journal", description="A journal entries are posted in, e.g. ARJ.")
class JournalType(relay.Node):
    id: relay.NodeID[int]
    symbol: str
    title: str

    @classmethod
    def from_model(cls, journal: Journal) -> JournalType:
        return cls(id=journal.id, symbol=journal.symbol, title=journal.title)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False, **_: Any
    ) -> list[JournalType | None]:
        rows = await load_visible(
            info.context.loaders.journal, node_ids, lambda _: _ledger_setup(info)
        )
        return [cls.from_model(row) if row is not None else None for row in rows]


@strawberry.type(description="A debit or a credit of a journal entry.")
class JournalLineType:
    line_no: int
    debit: MoneyType
    credit: MoneyType
    memo: str
    gl_account_id: strawberry.Private[int]
    customer_code: str | None = strawberry.field(
        description="Set on AR control lines: the customer whose subledger they move."
    )

    @strawberry.field
    async def gl_account(self, info: Info) -> GLAccountType:
        return await GLAccountType.load(info, self.gl_account_id)


@strawberry.type(name="JournalEntry", description="A balanced posting; never changed.")
class JournalEntryType:
    id: strawberry.ID
    entry_date: date
    currency: str
    description: str
    source_type: str
    journal_symbol: str
    reverses_id: strawberry.Private[int | None]
    pk: strawberry.Private[int]

    @classmethod
    async def load(cls, info: Info, entry_id: int | None) -> JournalEntryType | None:
        if entry_id is None:
            return None
        loaders = info.context.loaders
        entry = await loaders.journal_entry.load(entry_id)
        if entry is None:
            return None
        journal = await loaders.journal.load(entry.journal_id)
        return cls(
            id=strawberry.ID(to_base64("JournalEntry", entry.id)),
            entry_date=entry.entry_date,
            currency=entry.currency,
            description=entry.description,
            source_type=entry.source_type,
            journal_symbol=journal.symbol if journal else "",
            reverses_id=entry.reverses_id,
            pk=entry.id,
        )

    @strawberry.field
    async def lines(self, info: Info) -> list[JournalLineType]:
        loaders = info.context.loaders
        rows: list[JournalLine] = await loaders.journal_lines.load(self.pk)
        customers = await loaders.customer.load_many(
            [row.customer_id for row in rows if row.customer_id is not None]
        )
        codes = {c.id: c.code for c in customers if c is not None}
        return [
            JournalLineType(
                line_no=row.line_no,
                debit=MoneyType.of(row.debit_minor, self.currency),
                credit=MoneyType.of(row.credit_minor, self.currency),
                memo=row.memo,
                gl_account_id=row.gl_account_id,
                customer_code=codes.get(row.customer_id) if row.customer_id else None,
            )
            for row in rows
        ]

    @strawberry.field(description="The entry this one reverses (for a void).")
    async def reverses(self, info: Info) -> JournalEntryType | None:
        return await JournalEntryType.load(info, self.reverses_id)


@strawberry.type(name="AuditEvent", description="Who did what, when, and through which token.")
class AuditEventType:
    action: str
    occurred_at: datetime
    details: JSON
    actor_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, event: AuditEvent) -> AuditEventType:
        return cls(
            action=event.action,
            occurred_at=event.occurred_at,
            details=cast(JSON, event.details),
            actor_id=event.actor_id,
        )

    @strawberry.field
    async def actor(self, info: Info) -> UserType | None:
        if self.actor_id is None:
            return None
        user = await info.context.loaders.user.load(self.actor_id)
        return UserType.from_model(user) if user is not None else None


__all__ = [
    "AuditEventType",
    "GLAccountType",
    "JournalEntry",
    "JournalEntryType",
    "JournalLineType",
    "JournalType",
]
