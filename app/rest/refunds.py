"""/customer-refunds: the refund workflow over app/services/refunds (Intacct's
customer-refund object: create, update, delete, submit as post, reverse as void)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from app.rest import models as m
from app.rest.deps import (
    MUTATION,
    Actor,
    IdempotencyKey,
    IfMatch,
    Where,
    etag,
    location,
    optional_version,
    required_key,
    required_version,
)
from app.rest.paging import After, First, next_link
from app.rest.setup import credit_out
from app.services import idempotency, refunds
from app.services.access import REFUND_DETAILS, Principal, Scope
from app.services.errors import DomainError, ErrorCode
from app.services.money import format_minor
from models import ArCredit, Customer, Entity, Refund, RefundAllocation
from models.enums import RefundState

router = APIRouter(prefix="/customer-refunds", tags=["customer-refunds"])

RefundId = Annotated[int, Path(ge=1, le=m.MAX_ID, description="The refund's record number.")]
FilterId = Annotated[int | None, Query(ge=1, le=m.MAX_ID)]


async def _labels(rows: Sequence[Refund]) -> tuple[dict[int, str], dict[int, str]]:
    """Customer codes and entity codes of the rows, in two queries."""
    customers = await Customer.filter(id__in={r.customer_id for r in rows}).values_list(
        "id", "code"
    )
    entity_ids = {r.entity_id for r in rows if r.entity_id is not None}
    entities = await Entity.filter(id__in=entity_ids).values_list("id", "code")
    return dict(customers), dict(entities)


def _summary_fields(
    refund: Refund, customers: dict[int, str], entities: dict[int, str]
) -> dict[str, object]:
    return {
        "id": refund.id,
        "number": refund.number,
        "state": RefundState(refund.state).name,
        "customer_id": refund.customer_id,
        "customer_code": customers.get(refund.customer_id, ""),
        "entity": entities.get(refund.entity_id) if refund.entity_id is not None else None,
        "bank_account_id": refund.bank_account_id,
        "currency": refund.currency,
        "payment_method": m.PaymentMethod.RECORD_TRANSFER,
        "payment_date": refund.payment_date,
        "reference": refund.reference,
        "memo": refund.memo,
        "total": format_minor(refund.total_minor, refund.currency),
        "version": refund.version,
        "void_date": refund.void_date,
        "void_reason": refund.void_reason,
        "created_at": refund.created_at,
        "posted_at": refund.posted_at,
        "voided_at": refund.voided_at,
    }


async def refund_out(actor: Principal, scope: Scope, refund: Refund) -> m.Refund:
    """The refund with its details, where the actor may view them (refunds.view)."""
    customers, entities = await _labels([refund])
    details = REFUND_DETAILS.allows(actor, scope, refund.entity_id)
    allocations: list[m.RefundAllocation] | None = None
    if details:
        lines = await RefundAllocation.filter(refund_id=refund.id).order_by("id")
        found = {c.id: c for c in await ArCredit.filter(id__in=[x.credit_id for x in lines])}
        allocations = [
            m.RefundAllocation(
                credit_id=line.credit_id,
                amount=format_minor(line.amount_minor, refund.currency),
                credit=credit_out(found[line.credit_id]),
            )
            for line in lines
        ]
    return m.Refund(
        **_summary_fields(refund, customers, entities),
        allocations=allocations,
        journal_entry_id=refund.journal_entry_id if details else None,
        void_journal_entry_id=refund.void_journal_entry_id if details else None,
    )


def _allocations(lines: list[m.AllocationIn]) -> list[refunds.AllocationInput]:
    return [refunds.AllocationInput(credit_id=a.credit_id, amount=a.amount) for a in lines]


def _answer(response: Response, refund: m.Refund) -> m.Refund:
    response.headers["ETag"] = etag(refund.version)
    if idempotency.replayed():
        response.headers["Idempotent-Replayed"] = "true"
    return refund


async def _visible(actor: Principal, scope: Scope, refund_id: int) -> Refund:
    found = await refunds.get_refunds(actor, scope, [refund_id])
    if refund_id not in found:
        raise DomainError("No such refund here.", field="id", code=ErrorCode.REFUND_NOT_FOUND)
    return found[refund_id]


@router.get(
    "",
    summary="List customer refunds",
    description="Refunds in the scope, newest first (refunds.list or refunds.view).",
)
async def list_refunds(
    request: Request,
    response: Response,
    actor: Actor,
    where: Where,
    first: First = 50,
    after: After = None,
    state: m.RefundState | None = None,
    customer_id: Annotated[FilterId, Query(alias="customerId")] = None,
    bank_account_id: Annotated[FilterId, Query(alias="bankAccountId")] = None,
    date_from: Annotated[date | None, Query(alias="dateFrom")] = None,
    date_to: Annotated[date | None, Query(alias="dateTo")] = None,
) -> m.RefundPage:
    page = await refunds.list_refunds(
        actor,
        where,
        refunds.RefundFilters(
            state=RefundState[state.value] if state is not None else None,
            customer_id=customer_id,
            bank_account_id=bank_account_id,
            date_from=date_from,
            date_to=date_to,
        ),
        first=first,
        after=after,
    )
    customers, entities = await _labels(page.refunds)
    cursor = refunds.cursor_of(page.refunds[-1]) if page.has_next_page else None
    return m.RefundPage(
        items=[m.RefundSummary(**_summary_fields(r, customers, entities)) for r in page.refunds],
        total=page.total_count,
        next=next_link(request, cursor, response),
        next_cursor=cursor,
    )


@router.post(
    "",
    status_code=201,
    summary="Create a customer refund (a draft, or posted with ?post=true)",
    description="Saves a draft (refunds.edit). With post=true it is created and posted in "
    "one step (refunds.edit and refunds.post), and Idempotency-Key is required.",
    dependencies=[MUTATION],
)
async def create_refund(
    request: Request,
    response: Response,
    body: m.RefundCreate,
    actor: Actor,
    where: Where,
    idempotency_key: IdempotencyKey = None,
    post: Annotated[bool, Query(description="Post it at once (Intacct's submit).")] = False,
) -> m.Refund:
    data = refunds.RefundInput(
        customer_id=body.customer_id,
        bank_account_id=body.bank_account_id,
        currency=body.currency,
        payment_date=body.payment_date,
        reference=body.reference,
        memo=body.memo,
    )
    if post:
        refund = await refunds.record(
            actor,
            where,
            data,
            _allocations(body.allocations),
            idempotency_key=required_key(idempotency_key),
        )
    else:
        refund = await refunds.create_draft(
            actor, where, data, _allocations(body.allocations), idempotency_key=idempotency_key
        )
    response.headers["Location"] = location(request, f"/customer-refunds/{refund.id}")
    return _answer(response, await refund_out(actor, where, refund))


@router.get(
    "/{refund_id}",
    summary="Get a customer refund with its details",
    description="The refund, with the credits it clears when you hold refunds.view; 404 "
    "when it is not visible to you in the scope.",
)
async def get_refund(
    response: Response, refund_id: RefundId, actor: Actor, where: Where
) -> m.Refund:
    refund = await _visible(actor, where, refund_id)
    return _answer(response, await refund_out(actor, where, refund))


@router.patch(
    "/{refund_id}",
    summary="Change a draft",
    description="Header fields given change, omitted ones stay; allocations, when given, "
    "replace the draft's. All or nothing. Needs If-Match (refunds.edit).",
    dependencies=[MUTATION],
)
async def change_refund(
    response: Response,
    refund_id: RefundId,
    body: m.RefundChange,
    actor: Actor,
    where: Where,
    if_match: IfMatch = None,
) -> m.Refund:
    version = required_version(if_match)
    refund = await refunds.change_draft(
        actor,
        where,
        refund_id,
        version,
        refunds.RefundChanges(
            bank_account_id=body.bank_account_id,
            payment_date=body.payment_date,
            reference=body.reference,
            memo=body.memo,
        ),
        allocations=_allocations(body.allocations) if body.allocations is not None else None,
    )
    return _answer(response, await refund_out(actor, where, refund))


@router.delete(
    "/{refund_id}",
    status_code=204,
    summary="Delete a draft",
    description="Posted refunds are voided instead. Needs If-Match (refunds.edit).",
    dependencies=[MUTATION],
)
async def delete_refund(
    refund_id: RefundId, actor: Actor, where: Where, if_match: IfMatch = None
) -> Response:
    version = required_version(if_match)
    await refunds.delete_draft(actor, where, refund_id, version)
    return Response(status_code=204)


@router.post(
    "/{refund_id}/post",
    summary="Post a draft (Intacct: submit)",
    description="Clears its credits, writes the journal entry and numbers it "
    "(refunds.post). Idempotency-Key is required; If-Match is optional.",
    dependencies=[MUTATION],
)
async def post_refund(
    response: Response,
    refund_id: RefundId,
    actor: Actor,
    where: Where,
    idempotency_key: IdempotencyKey = None,
    if_match: IfMatch = None,
) -> m.Refund:
    key = required_key(idempotency_key)
    refund = await refunds.post(
        actor,
        where,
        refund_id,
        expected_version=optional_version(if_match),
        idempotency_key=key,
    )
    return _answer(response, await refund_out(actor, where, refund))


@router.post(
    "/{refund_id}/void",
    summary="Void a posted refund (Intacct: reverse)",
    description="A reversing entry dated voidDate and the amounts back on the credits "
    "(refunds.void). Idempotency-Key is required; If-Match is optional.",
    dependencies=[MUTATION],
)
async def void_refund(
    response: Response,
    refund_id: RefundId,
    body: m.RefundVoid,
    actor: Actor,
    where: Where,
    idempotency_key: IdempotencyKey = None,
    if_match: IfMatch = None,
) -> m.Refund:
    key = required_key(idempotency_key)
    refund = await refunds.void(
        actor,
        where,
        refund_id,
        void_date=body.void_date,
        reason=body.reason,
        expected_version=optional_version(if_match),
        idempotency_key=key,
    )
    return _answer(response, await refund_out(actor, where, refund))
