"""The report area's mutation: marking bank items cleared (bank reconciliation)."""

from __future__ import annotations

from datetime import date

import strawberry

from app.services import bank
from app.services.errors import ErrorCollector
from schema.context import Info
from schema.ids import collect_pk
from schema.payloads import UserError, attempt
from schema.reports.types import BankItemKindEnum

_ID_TYPE = {
    bank.BankItemKind.RECEIVED_PAYMENT: "ReceivedPayment",
    bank.BankItemKind.ADVANCE: "Advance",
    bank.BankItemKind.REFUND: "Refund",
    bank.BankItemKind.REFUND_VOID: "Refund",
}


@strawberry.input(description="A deposit, a refund, or the reversal of a voided refund.")
class BankItemInput:
    kind: BankItemKindEnum  # type: ignore[valid-type]
    id: strawberry.ID = strawberry.field(
        description="The payment's, advance's or refund's id (a void: its refund's id)."
    )


@strawberry.type
class SetBankItemsClearedPayload:
    changed: int
    errors: list[UserError]


@strawberry.type
class ReportMutation:
    @strawberry.mutation(
        description="Mark bank items cleared on a date (null: not cleared); needs ar.configure."
    )
    async def set_bank_items_cleared(
        self, info: Info, items: list[BankItemInput], cleared_on: date | None = None
    ) -> SetBankItemsClearedPayload:
        async def work() -> int:
            ids = ErrorCollector()
            refs = [
                bank.BankItemRef(
                    kind, collect_pk(ids, item.id, _ID_TYPE[kind], field=f"items.{index}.id")
                )
                for index, item in enumerate(items)
                for kind in [bank.BankItemKind(item.kind)]
            ]
            ids.raise_if_any()
            return await bank.set_cleared(
                info.context.principal, info.context.scope, refs, cleared_on
            )

        changed, errors = await attempt(work)
        return SetBankItemsClearedPayload(changed=changed or 0, errors=errors)
