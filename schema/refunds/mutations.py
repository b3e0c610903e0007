"""Refund mutations: translate ids and inputs, call the refund services, return the refund
(or the configuration) and the errors a user can fix."""

from __future__ import annotations

from datetime import date

import strawberry

from app.services import configuration, refunds
from app.services.errors import ErrorCollector
from models import Refund
from models.enums import PaymentMethod
from schema.context import Info
from schema.ids import collect_pk, pk_of
from schema.payloads import UserError, attempt
from schema.refunds.inputs import (
    ArConfigurationInput,
    RefundAllocationInput,
    RefundDraftInput,
    RefundUpdateInput,
)
from schema.refunds.types import ArConfigurationType, RefundType


@strawberry.type
class RefundPayload:
    refund: RefundType | None
    errors: list[UserError]


@strawberry.type
class DeleteRefundDraftPayload:
    deleted_id: strawberry.ID | None
    errors: list[UserError]


@strawberry.type
class ArConfigurationPayload:
    configuration: ArConfigurationType | None
    errors: list[UserError]


def _allocations(
    lines: list[RefundAllocationInput], ids: ErrorCollector
) -> list[refunds.AllocationInput]:
    return [
        refunds.AllocationInput(
            credit_id=collect_pk(ids, line.credit_id, "Credit", field=f"allocations.{i}.creditId"),
            amount=line.amount,
        )
        for i, line in enumerate(lines)
    ]


def _draft(input: RefundDraftInput) -> tuple[refunds.RefundInput, list[refunds.AllocationInput]]:
    ids = ErrorCollector()
    customer_id = collect_pk(ids, input.customer_id, "Customer", field="customerId")
    bank_account_id = collect_pk(ids, input.bank_account_id, "BankAccount", field="bankAccountId")
    allocations = _allocations(input.allocations, ids)
    ids.raise_if_any()
    data = refunds.RefundInput(
        customer_id=customer_id,
        bank_account_id=bank_account_id,
        currency=input.currency,
        payment_date=input.payment_date,
        reference=input.reference,
        memo=input.memo,
        payment_method=PaymentMethod(input.payment_method).value,
    )
    return data, allocations


def _refund(info: Info, result: tuple[Refund | None, list[UserError]]) -> RefundPayload:
    """The changed refund (where the viewer may see it) and the errors."""
    refund, errors = result
    return RefundPayload(refund=RefundType.if_visible(info, refund), errors=errors)


@strawberry.type
class RefundMutation:
    @strawberry.mutation(
        description="Save a refund as a draft (refunds.edit). Send an idempotencyKey: a "
        "retry with it returns the first result and never saves twice."
    )
    async def create_refund_draft(
        self,
        info: Info,
        input: RefundDraftInput,
        idempotency_key: str | None = None,
    ) -> RefundPayload:
        async def work() -> Refund:
            data, allocations = _draft(input)
            return await refunds.create_draft(
                info.context.principal,
                info.context.scope,
                data,
                allocations,
                idempotency_key=idempotency_key,
            )

        return _refund(info, await attempt(work))

    @strawberry.mutation(description="Replace a draft's allocations (refunds.edit).")
    async def set_refund_allocations(
        self,
        info: Info,
        id: strawberry.ID,
        version: int,
        allocations: list[RefundAllocationInput],
    ) -> RefundPayload:
        async def work() -> Refund:
            ids = ErrorCollector()
            refund_id = collect_pk(ids, id, "Refund", field="id")
            lines = _allocations(allocations, ids)
            ids.raise_if_any()
            return await refunds.set_allocations(
                info.context.principal, info.context.scope, refund_id, version, lines
            )

        return _refund(info, await attempt(work))

    @strawberry.mutation(description="Change a draft's header (refunds.edit).")
    async def update_refund(
        self,
        info: Info,
        id: strawberry.ID,
        version: int,
        input: RefundUpdateInput,
    ) -> RefundPayload:
        async def work() -> Refund:
            ids = ErrorCollector()
            refund_id = collect_pk(ids, id, "Refund", field="id")
            bank = (
                collect_pk(ids, input.bank_account_id, "BankAccount", field="bankAccountId")
                if input.bank_account_id is not None
                else None
            )
            ids.raise_if_any()
            changes = refunds.RefundChanges(
                bank_account_id=bank,
                payment_date=input.payment_date,
                reference=input.reference,
                memo=input.memo,
            )
            return await refunds.update_draft(
                info.context.principal, info.context.scope, refund_id, version, changes
            )

        return _refund(info, await attempt(work))

    @strawberry.mutation(description="Delete a draft; posted refunds are voided instead.")
    async def delete_refund_draft(
        self, info: Info, id: strawberry.ID, version: int
    ) -> DeleteRefundDraftPayload:
        async def work() -> strawberry.ID:
            await refunds.delete_draft(
                info.context.principal, info.context.scope, pk_of(id, "Refund", field="id"), version
            )
            return id

        deleted, errors = await attempt(work)
        return DeleteRefundDraftPayload(deleted_id=deleted, errors=errors)

    @strawberry.mutation(
        description="Post a draft: clear its credits, write the journal "
        "entry, number it (refunds.post). Retries with the same "
        "idempotencyKey return the first result."
    )
    async def post_refund(
        self,
        info: Info,
        id: strawberry.ID,
        version: int | None = None,
        idempotency_key: str | None = None,
    ) -> RefundPayload:
        async def work() -> Refund:
            return await refunds.post(
                info.context.principal,
                info.context.scope,
                pk_of(id, "Refund", field="id"),
                expected_version=version,
                idempotency_key=idempotency_key,
            )

        return _refund(info, await attempt(work))

    @strawberry.mutation(
        description="Create and post in one step (refunds.edit and post). Send an "
        "idempotencyKey: a retry with it returns the first result and never posts twice."
    )
    async def record_refund(
        self,
        info: Info,
        input: RefundDraftInput,
        idempotency_key: str | None = None,
    ) -> RefundPayload:
        async def work() -> Refund:
            data, allocations = _draft(input)
            return await refunds.record(
                info.context.principal,
                info.context.scope,
                data,
                allocations,
                idempotency_key=idempotency_key,
            )

        return _refund(info, await attempt(work))

    @strawberry.mutation(
        description="Void a posted refund: a reversing entry on the void "
        "date, and its amounts back on the credits (refunds.void). Send an idempotencyKey: "
        "a retry with it returns the first result."
    )
    async def void_refund(
        self,
        info: Info,
        id: strawberry.ID,
        void_date: date,
        reason: str,
        version: int | None = None,
        idempotency_key: str | None = None,
    ) -> RefundPayload:
        async def work() -> Refund:
            return await refunds.void(
                info.context.principal,
                info.context.scope,
                pk_of(id, "Refund", field="id"),
                void_date=void_date,
                reason=reason,
                expected_version=version,
                idempotency_key=idempotency_key,
            )

        return _refund(info, await attempt(work))

    @strawberry.mutation(
        description="Set the AR configuration of the request's scope (ar.configure)."
    )
    async def update_ar_configuration(
        self, info: Info, input: ArConfigurationInput
    ) -> ArConfigurationPayload:
        async def work() -> ArConfigurationType:
            sequence = input.refund_sequence
            row = await configuration.update_configuration(
                info.context.principal,
                info.context.scope,
                configuration.ArConfigurationInput(
                    refunds_enabled=input.refunds_enabled,
                    refund_journal_symbol=input.refund_journal_symbol,
                    ar_journal_symbol=input.ar_journal_symbol,
                    ar_control_account_number=input.ar_control_account_number,
                    refund_sequence=configuration.SequenceInput(
                        prefix=sequence.prefix,
                        next_number=sequence.next_number,
                        padding=sequence.padding,
                    )
                    if sequence
                    else None,
                ),
            )
            return ArConfigurationType(refunds_enabled=row.refunds_enabled, row=row)

        result, errors = await attempt(work)
        return ArConfigurationPayload(configuration=result, errors=errors)
