"""GraphQL types of refunds and the AR configuration; relations through loaders."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay

from app.services.access import REFUND_DETAILS, REFUNDS
from app.services.reports.customers import RefundRow
from models import ArConfiguration, Refund
from models.enums import PaymentMethod, RefundState
from schema.ar.types import BankAccountType, CreditType, bank_account_of, customer_of
from schema.common import EntityType, UserType, entity_of, load_visible, visible
from schema.context import Info
from schema.ledger import AuditEventType, GLAccountType, JournalEntryType
from schema.money import MoneyType

if TYPE_CHECKING:
    from schema.customers.types import CustomerType

CustomerRef = Annotated["CustomerType", strawberry.lazy("schema.customers.types")]

# Refunds show to those who may list them; what lies behind one needs refunds.view.
_DETAIL = " Null without the refunds.view permission."

RefundStateEnum = strawberry.enum(
    RefundState, name="RefundState", description="DRAFT -> POSTED -> VOIDED."
)
PaymentMethodEnum = strawberry.enum(
    PaymentMethod,
    name="PaymentMethod",
    description="A recorded refund was paid outside the system: always RECORD_TRANSFER.",
)


async def _user(info: Info, user_id: int | None) -> UserType | None:
    if user_id is None:
        return None
    user = await info.context.loaders.user.load(user_id)
    return UserType.from_model(user) if user is not None else None


@strawberry.type(name="RefundAllocation", description="The amount of one credit a refund clears.")
class RefundAllocationType:
    amount: MoneyType
    credit_id: strawberry.Private[int]

    @strawberry.field
    async def credit(self, info: Info) -> CreditType:
        credit = await info.context.loaders.credit.load(self.credit_id)
        if credit is None:  # foreign keys forbid this
            raise LookupError(f"credit {self.credit_id} vanished")
        return CreditType.from_model(credit)


@strawberry.type(
    name="Refund",
    description="A refund recorded after the money left. Shown to those who may list "
    "refunds (refunds.list or refunds.view); the credits it cleared, its journal entries, "
    "audit trail and the people behind it need refunds.view.",
)
class RefundType(relay.Node):
    id: relay.NodeID[int]
    number: str | None = strawberry.field(description="Assigned when posted.")
    state: RefundStateEnum  # type: ignore[valid-type]
    currency: str
    payment_method: PaymentMethodEnum  # type: ignore[valid-type]
    payment_date: date
    reference: str
    memo: str
    total: MoneyType
    version: int = strawberry.field(
        description="Send it back with changes; a moved version is STALE_VERSION."
    )
    void_date: date | None
    void_reason: str | None
    cleared_on: date | None = strawberry.field(
        description="Bank reconciliation: when the withdrawal cleared; null: uncleared."
    )
    void_cleared_on: date | None = strawberry.field(
        description="When the reversal of a void cleared the bank."
    )
    created_at: datetime
    posted_at: datetime | None
    voided_at: datetime | None
    # The ORM object, or a report's plain row of it: the resolvers read ids of both.
    row: strawberry.Private[Refund | RefundRow]

    @classmethod
    def from_model(cls, refund: Refund | RefundRow) -> RefundType:
        return cls(
            id=refund.id,
            number=refund.number,
            state=refund.state,
            currency=refund.currency,
            payment_method=refund.payment_method,
            payment_date=refund.payment_date,
            reference=refund.reference,
            memo=refund.memo,
            total=MoneyType.of(refund.total_minor, refund.currency),
            version=refund.version,
            void_date=refund.void_date,
            cleared_on=refund.cleared_on,
            void_cleared_on=refund.void_cleared_on,
            void_reason=refund.void_reason,
            created_at=refund.created_at,
            posted_at=refund.posted_at,
            voided_at=refund.voided_at,
            row=refund,
        )

    @classmethod
    def if_visible(cls, info: Info, refund: Refund | RefundRow | None) -> RefundType | None:
        """The refund, where the viewer may see it (lists, reads, reports, payloads)."""
        return (
            cls.from_model(refund)
            if refund is not None and visible(info, REFUNDS, refund)
            else None
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False, **_: Any
    ) -> list[RefundType | None]:
        rows = await load_visible(
            info.context.loaders.refund, node_ids, lambda r: visible(info, REFUNDS, r)
        )
        return [cls.from_model(row) if row is not None else None for row in rows]

    def _details(self, info: Info) -> bool:
        return visible(info, REFUND_DETAILS, self.row)

    @strawberry.field
    async def customer(self, info: Info) -> CustomerRef:
        return await customer_of(info, self.row.customer_id)

    @strawberry.field(description="The entity it was recorded in; null at the top level.")
    async def entity(self, info: Info) -> EntityType | None:
        return await entity_of(info, self.row.entity_id)

    @strawberry.field
    async def bank_account(self, info: Info) -> BankAccountType:
        return await bank_account_of(info, self.row.bank_account_id)

    @strawberry.field(description=f"The credits it clears and how much of each.{_DETAIL}")
    async def allocations(self, info: Info) -> list[RefundAllocationType] | None:
        if not self._details(info):
            return None
        rows = await info.context.loaders.refund_allocations.load(self.id)
        return [
            RefundAllocationType(
                amount=MoneyType.of(row.amount_minor, self.currency), credit_id=row.credit_id
            )
            for row in rows
        ]

    @strawberry.field(
        description=f"The posting: AR control debited, the bank's cash credited.{_DETAIL}"
    )
    async def journal_entry(self, info: Info) -> JournalEntryType | None:
        if not self._details(info):
            return None
        return await JournalEntryType.load(info, self.row.journal_entry_id)

    @strawberry.field(description=f"The reversing entry written when it was voided.{_DETAIL}")
    async def void_journal_entry(self, info: Info) -> JournalEntryType | None:
        if not self._details(info):
            return None
        return await JournalEntryType.load(info, self.row.void_journal_entry_id)

    @strawberry.field(description=f"Who saved it.{_DETAIL}")
    async def created_by(self, info: Info) -> UserType | None:
        return await _user(info, self.row.created_by_id) if self._details(info) else None

    @strawberry.field(description=f"Who posted it.{_DETAIL}")
    async def posted_by(self, info: Info) -> UserType | None:
        return await _user(info, self.row.posted_by_id) if self._details(info) else None

    @strawberry.field(description=f"Who voided it.{_DETAIL}")
    async def voided_by(self, info: Info) -> UserType | None:
        return await _user(info, self.row.voided_by_id) if self._details(info) else None

    @strawberry.field(description=f"Every change, oldest first.{_DETAIL}")
    async def audit_trail(self, info: Info) -> list[AuditEventType] | None:
        if not self._details(info):
            return None
        rows = await info.context.loaders.refund_audit.load(self.id)
        return [AuditEventType.from_model(row) for row in rows]


@strawberry.type(description="Where a scope's refund numbers come from.")
class RefundSequence:
    prefix: str
    next_number: int
    padding: int


@strawberry.type(name="ArConfiguration", description="AR setup of the request's scope.")
class ArConfigurationType:
    refunds_enabled: bool
    row: strawberry.Private[ArConfiguration]

    @strawberry.field
    async def entity(self, info: Info) -> EntityType | None:
        return await entity_of(info, self.row.entity_id)

    @strawberry.field(description="Symbol of the journal refunds post into.")
    async def refund_journal_symbol(self, info: Info) -> str | None:
        if self.row.refund_journal_id is None:
            return None
        journal = await info.context.loaders.journal.load(self.row.refund_journal_id)
        return journal.symbol if journal else None

    @strawberry.field
    async def refund_sequence(self) -> RefundSequence | None:
        from models import DocumentSequence  # noqa: PLC0415 - one row, read rarely

        if self.row.refund_sequence_id is None:
            return None
        sequence = await DocumentSequence.get(id=self.row.refund_sequence_id)
        return RefundSequence(
            prefix=sequence.prefix,
            next_number=int(sequence.next_number),
            padding=int(sequence.padding),
        )

    @strawberry.field(description="Where AR documents of the scope post what customers owe.")
    async def ar_control_account(self, info: Info) -> GLAccountType | None:
        if self.row.ar_control_account_id is None:
            return None
        return await GLAccountType.load(info, self.row.ar_control_account_id)

    @strawberry.field(description="Symbol of the journal AR documents post into.")
    async def ar_journal_symbol(self, info: Info) -> str | None:
        if self.row.ar_journal_id is None:
            return None
        journal = await info.context.loaders.journal.load(self.row.ar_journal_id)
        return journal.symbol if journal else None
