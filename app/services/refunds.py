"""The refund workflow: record a refund already paid outside the system, choose the credits
it cleared, post it to the ledger, and void it if it was wrong. DRAFT -> POSTED -> VOIDED.

Money safety, in the order things happen when posting:
1. the refund row is locked and must still be the draft of the expected version;
2. the credits are locked in id order (every post and void locks in the same order, so two
   cannot deadlock) and every allocation is re-checked against the locked open amounts;
3. open amounts are reduced with guarded updates (``open_minor >= amount``), so even a
   forgotten lock could not refund a credit beyond what it holds;
4. the number comes from the locked sequence in the same transaction, so a failed post
   gives its number back and posted numbers stay unique and gap-free;
5. the balanced journal entry, the state change and the audit event commit with the rest,
   or nothing does.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from tortoise.models import Model

from app.services import audit, bank_accounts, credits, cursors, customers, idempotency
from app.services.access import REFUNDS, Principal, Scope
from app.services.configuration import (
    format_number,
    refund_configuration,
    refund_configuration_of,
)
from app.services.errors import DomainError, ErrorCode, ErrorCollector
from app.services.ledger import (
    Line,
    ar_configurations,
    ar_control_line,
    ar_setup_of,
    post_entry,
    reverse_entry,
)
from app.services.money import (
    canonical_amount,
    collect_currency,
    format_minor,
    parse_positive_amount,
)
from app.services.paging import LIST_PAGE_MAX, check_page_size
from app.services.sql import (
    as_int,
    as_models,
    read_primary,
    write,
    writes_to_postgres,
)
from app.services.texts import check_length, required_text
from app.services.transactions import atomic
from models import (
    ArConfiguration,
    ArCredit,
    BankAccount,
    Customer,
    DocumentSequence,
    Entity,
    JournalEntry,
    Refund,
    RefundAllocation,
)
from models.enums import PaymentMethod, Permission, RefundState


@dataclass(frozen=True, slots=True)
class RefundInput:
    customer_id: int
    bank_account_id: int
    currency: str
    payment_date: date
    reference: str = ""
    memo: str = ""
    payment_method: str = PaymentMethod.RECORD_TRANSFER.value


@dataclass(frozen=True, slots=True)
class RefundChanges:
    """Header fields of a draft to change; None keeps the current value."""

    bank_account_id: int | None = None
    payment_date: date | None = None
    reference: str | None = None
    memo: str | None = None
    payment_method: str | None = None


@dataclass(frozen=True, slots=True)
class AllocationInput:
    credit_id: int
    amount: str


@dataclass(frozen=True, slots=True)
class _Allocation:
    credit_id: int
    amount_minor: int


def _now() -> datetime:
    return datetime.now(UTC)


def _check_texts(
    errors: ErrorCollector, *, reference: str | None, memo: str | None, payment_method: str | None
) -> None:
    check_length(errors, reference, Refund, "reference", field="reference")
    check_length(errors, memo, Refund, "memo", field="memo", free_text=True)
    if payment_method is not None and payment_method != PaymentMethod.RECORD_TRANSFER.value:
        errors.add(
            "The money already left: the payment method of a recorded refund is "
            "always record_transfer.",
            field="paymentMethod",
            code=ErrorCode.PAYMENT_METHOD_NOT_ALLOWED,
        )


async def _base_currency(entity_id: int | None) -> str | None:
    """The currency refunds of this scope are recorded in."""
    entity = await Entity.get(id=entity_id) if entity_id is not None else None
    return (await customers.base_currency(Scope(entity=entity))).currency


async def _validate_allocations(
    errors: ErrorCollector,
    allocations: list[AllocationInput],
    *,
    customer_id: int,
    entity_id: int | None,
    currency: str,
    refund_id: int | None,
) -> list[_Allocation]:
    """Each line: a credit of this customer and scope, eligible, in the refund's currency,
    for an amount above zero and at most what is available (open less other drafts' holds).
    """
    found = {c.id: c for c in await ArCredit.filter(id__in=[a.credit_id for a in allocations])}
    held = await credits.held_by_drafts(list(found), excluding_refund_id=refund_id)
    valid: list[_Allocation] = []
    seen: set[int] = set()
    for index, line in enumerate(allocations):
        where = f"allocations.{index}"
        credit = found.get(line.credit_id)
        if credit is None or credit.customer_id != customer_id or credit.entity_id != entity_id:
            errors.add(
                "No such credit of this customer here.",
                field=f"{where}.creditId",
                code=ErrorCode.CREDIT_NOT_FOUND,
            )
            continue
        if credit.id in seen:
            errors.add(
                "The credit is allocated twice.",
                field=f"{where}.creditId",
                code=ErrorCode.DUPLICATE_CREDIT,
            )
            continue
        seen.add(credit.id)
        if credit.currency != currency:
            errors.add(
                f"{credit.document_number} is in {credit.currency}, the refund in {currency}.",
                field=f"{where}.creditId",
                code=ErrorCode.CURRENCY_MISMATCH,
            )
            continue
        # A used-up credit is no different from a partly used one asked too much of: the
        # amount check answers both with AMOUNT_EXCEEDS_AVAILABLE.
        reason = credits.source_ineligibility(credit)
        if reason is not None:
            errors.add(reason, field=f"{where}.creditId", code=ErrorCode.CREDIT_NOT_ELIGIBLE)
            continue
        with errors.check():
            amount = parse_positive_amount(line.amount, currency, field=f"{where}.amount")
            available = credits.available_minor(credit, held.get(credit.id, 0))
            if amount > available:
                raise DomainError(
                    f"{credit.document_number} has "
                    f"{format_minor(available, currency)} {currency} available; "
                    f"{format_minor(amount, currency)} asked.",
                    field=f"{where}.amount",
                    code=ErrorCode.AMOUNT_EXCEEDS_AVAILABLE,
                )
            valid.append(_Allocation(credit.id, amount))
    return valid


async def _create(
    actor: Principal, scope: Scope, data: RefundInput, allocations: list[AllocationInput]
) -> int:
    errors = ErrorCollector()
    customer = await customers.customer_for_document(scope, data.customer_id, errors)
    errors.raise_if_any()
    if customer is None:  # raise_if_any would have raised
        raise RuntimeError("validated input is missing")
    entity_id = customers.document_entity_id(scope, customer)
    await refund_configuration(entity_id)
    currency = collect_currency(errors, data.currency)
    base = await _base_currency(entity_id)
    if currency is not None and currency != base:
        errors.add(
            f"Refunds here are recorded in the base currency {base}, not {currency}."
            if base
            else "Refunds need an entity with a base currency: work inside one.",
            field="currency",
            code=ErrorCode.CURRENCY_MISMATCH,
        )
    await bank_accounts.bank_account_for_document(
        scope, errors, data.bank_account_id, entity_id=entity_id, currency=currency
    )
    _check_texts(
        errors, reference=data.reference, memo=data.memo, payment_method=data.payment_method
    )
    if currency is None:  # nothing of the allocations can be checked without it
        errors.raise_if_any()
        raise RuntimeError("an unknown currency is an error")
    async with atomic():
        # Locked before checking what is available: two drafts saved at once cannot hold
        # more than a credit has, and the allocation inserts cannot deadlock with a post.
        await credits.lock_credits([line.credit_id for line in allocations])
        lines = await _validate_allocations(
            errors,
            allocations,
            customer_id=customer.id,
            entity_id=entity_id,
            currency=currency,
            refund_id=None,
        )
        errors.raise_if_any()
        refund = await Refund.create(
            entity_id=entity_id,
            customer_id=customer.id,
            bank_account_id=data.bank_account_id,
            currency=currency,
            payment_method=PaymentMethod.RECORD_TRANSFER,
            payment_date=data.payment_date,
            reference=data.reference.strip(),
            memo=data.memo.strip(),
            total_minor=sum(a.amount_minor for a in lines),
            created_by_id=actor.user_id,
        )
        await _insert_allocations(refund.id, lines)
        await _audited(actor, refund, "refund.draft_created", {"total_minor": refund.total_minor})
    return int(refund.id)


_INSERT_ALLOCATIONS_POSTGRES = (
    "INSERT INTO refund_allocation (refund_id, credit_id, amount_minor)"
    " SELECT CAST(? AS BIGINT), v.credit_id, v.amount"
    " FROM unnest(CAST(? AS BIGINT[]), CAST(? AS BIGINT[])) WITH ORDINALITY"
    " AS v(credit_id, amount, n) ORDER BY v.n"
)
_INSERT_ALLOCATIONS_SQLITE = (
    "INSERT INTO refund_allocation (refund_id, credit_id, amount_minor)"
    " SELECT ?, json_extract(value, '$[0]'), json_extract(value, '$[1]')"
    " FROM json_each(?) ORDER BY key"
)


async def _insert_allocations(refund_id: int, lines: list[_Allocation]) -> None:
    """The lines in one statement, whatever their number."""
    if not lines:
        return
    if writes_to_postgres():
        await write(
            _INSERT_ALLOCATIONS_POSTGRES,
            [refund_id, [a.credit_id for a in lines], [a.amount_minor for a in lines]],
        )
    else:
        await write(
            _INSERT_ALLOCATIONS_SQLITE,
            [refund_id, json.dumps([[a.credit_id, a.amount_minor] for a in lines])],
        )


def _canonical(data: RefundInput, allocations: list[AllocationInput]) -> dict[str, Any]:
    """A refund request as its meaning, for telling a retry from another request: "2.0" and
    "2.00", " usd " and "USD" ask for the same refund."""
    return {
        "refund": replace(
            data,
            currency=data.currency.strip().upper(),
            reference=data.reference.strip(),
            memo=data.memo.strip(),
        ),
        "allocations": [replace(a, amount=canonical_amount(a.amount)) for a in allocations],
    }


async def _snapshot(refund_id: int) -> dict[str, Any]:
    """The refund as this request answers it, kept to answer its retries alike."""
    return idempotency.snapshot_of(await Refund.get(id=refund_id))


async def _answer(outcome: idempotency.Outcome) -> Refund:
    """The refund as the committing transaction saw it (on a retry: as the first request
    saw it), else as it is now."""
    if isinstance(outcome.row, Refund):
        return outcome.row
    if outcome.first_answer is not None:
        return idempotency.restore(Refund, outcome.first_answer)
    return await _reloaded(outcome.id)


async def _audited(actor: Principal, refund: Refund, action: str, details: dict[str, Any]) -> None:
    """The audit event of a change to a refund, filed under the refund."""
    await audit.record(
        actor,
        action=action,
        object_type="refund",
        object_id=refund.id,
        entity_id=refund.entity_id,
        details=details,
    )


async def _reloaded(refund_id: int) -> Refund:
    """The refund as it is now; a retried request may name one deleted meanwhile."""
    refund = await Refund.get_or_none(id=refund_id)
    if refund is None:
        raise DomainError(
            "The refund no longer exists (a draft deleted since).",
            field="id",
            code=ErrorCode.REFUND_NOT_FOUND,
        )
    return refund


async def create_draft(
    actor: Principal,
    scope: Scope,
    data: RefundInput,
    allocations: list[AllocationInput] | None = None,
    *,
    idempotency_key: str | None = None,
) -> Refund:
    """Save a draft; its allocations hold their amounts until it is posted or deleted."""
    actor.require(Permission.REFUNDS_EDIT)
    lines = allocations or []
    outcome = await idempotency.once(
        actor,
        idempotency_key,
        "refund.create",
        idempotency.request_of(scope, **_canonical(data, lines)),
        lambda: _create(actor, scope, data, lines),
        snapshot=_snapshot,
    )
    return await _answer(outcome)


_LOCK_REFUND = "SELECT r.* FROM refund r JOIN customer c ON c.id = r.customer_id WHERE r.id = ?"
_REFUND_LOCKS = f" FOR UPDATE OF r {customers.BOOKS_LOCK} OF c"


def _prefixed(alias: str, model: type[Model]) -> str:
    """Every column of ``model``'s table under ``alias``, named ``alias__column``."""
    return ", ".join(
        f"{alias}.{c} AS {alias}__{c}" for c in model._meta.fields_db_projection.values()
    )


@cache
def _lock_with_parties_sql() -> str:
    """Posting's lock, which also reads the refund's customer and (active) bank account,
    checked again before it posts (``_recheck_parties``): one statement instead of three.
    Made on first use: the models know their foreign-key columns once Tortoise is set up."""
    return (
        f"SELECT r.*, {_prefixed('c', Customer)}, {_prefixed('b', BankAccount)}"  # noqa: S608 - columns from the models
        " FROM refund r JOIN customer c ON c.id = r.customer_id"
        " LEFT JOIN bank_account b ON b.id = r.bank_account_id AND b.is_active WHERE r.id = ?"
    )


def _unprefixed(row: dict[str, Any], alias: str) -> dict[str, Any] | None:
    start = f"{alias}__"
    found = {k.removeprefix(start): v for k, v in row.items() if k.startswith(start)}
    return found if found.get("id") is not None else None


async def _locked_with_parties(
    scope: Scope, refund_id: int
) -> tuple[Refund, Customer | None, BankAccount | None]:
    """``_visible(lock=True)`` with the refund's customer and active bank account."""
    rows = await read_primary(
        _lock_with_parties_sql() + _REFUND_LOCKS * writes_to_postgres(), [refund_id]
    )
    if not rows:
        return _seen(scope, None), None, None
    row = rows[0]
    customer, bank = _unprefixed(row, "c"), _unprefixed(row, "b")
    refund = {k: v for k, v in row.items() if "__" not in k}
    return (
        _seen(scope, as_models(Refund, [refund])[0]),
        as_models(Customer, [customer])[0] if customer else None,
        as_models(BankAccount, [bank])[0] if bank else None,
    )


def _seen(scope: Scope, refund: Refund | None) -> Refund:
    if refund is None or not scope.can_see_document(refund.entity_id):
        raise DomainError("No such refund here.", field="id", code=ErrorCode.REFUND_NOT_FOUND)
    return refund


async def _visible(scope: Scope, refund_id: int, *, lock: bool = False) -> Refund:
    if lock:
        # The refund and, in the same statement, its customer's books (customers.lock_books).
        rows = await read_primary(
            _LOCK_REFUND + _REFUND_LOCKS * writes_to_postgres(),
            [refund_id],
        )
        refund = as_models(Refund, rows)[0] if rows else None
    else:
        refund = await Refund.get_or_none(id=refund_id)
    return _seen(scope, refund)


def _check_version(refund: Refund, expected: int | None) -> None:
    if expected is not None and refund.version != expected:
        # The current version is not told: a caller who may not view the refund learns
        # nothing about it (those who may read it with the refund).
        raise DomainError(
            f"The refund changed since version {expected}; reload it and try again.",
            field="version",
            code=ErrorCode.STALE_VERSION,
        )


async def _locked_draft(scope: Scope, refund_id: int, expected_version: int | None) -> Refund:
    """The draft, locked for this transaction, after the state and version checks."""
    return (await _locked_draft_configured(scope, refund_id, expected_version))[0]


async def _locked_draft_configured(
    scope: Scope, refund_id: int, expected_version: int | None, *, locked: Refund | None = None
) -> tuple[Refund, ArConfiguration, dict[int | None, ArConfiguration]]:
    """``_locked_draft``, the refund configuration it checked and the AR configuration rows
    it came from (for ``ar_setup_of``), all read in one query. ``locked``: the refund,
    already locked by the caller."""
    refund = locked or await _visible(scope, refund_id, lock=True)
    rows = await ar_configurations(refund.entity_id)
    config = refund_configuration_of(refund.entity_id, rows.get(refund.entity_id))
    if refund.state != RefundState.DRAFT:
        raise DomainError(
            f"Refund {refund.number} is {refund.state.value}: only drafts change this way.",
            field="id",
            code=ErrorCode.REFUND_NOT_DRAFT,
        )
    _check_version(refund, expected_version)
    return refund, config, rows


async def _bump(refund: Refund, **changes: Any) -> None:
    """Save changes and the next version, only over the version this transaction read;
    ``refund`` then holds what was saved. One plain statement: every change of a refund
    goes through here, and building it with the ORM cost more than running it."""
    values = {"version": refund.version + 1, "updated_at": _now(), **changes}
    meta = Refund._meta
    assignments = ", ".join(f"{meta.fields_db_projection[name]} = ?" for name in values)
    updated = await write(
        # Columns from the model, values bound.
        f"UPDATE refund SET {assignments} WHERE id = ? AND version = ? RETURNING id",  # noqa: S608
        # Converted as for the class, not the row: for the row, Tortoise would stamp
        # ``updated_at`` again with its own clock, and the row would not hold what was saved.
        [meta.fields_map[name].to_db_value(value, Refund) for name, value in values.items()]
        + [refund.id, refund.version],
    )
    if len(updated) != 1:
        raise DomainError(
            "The refund changed meanwhile; reload it and try again.",
            field="version",
            code=ErrorCode.STALE_VERSION,
        )
    for name, value in values.items():
        setattr(refund, name, value)


async def set_allocations(
    actor: Principal,
    scope: Scope,
    refund_id: int,
    expected_version: int,
    allocations: list[AllocationInput],
) -> Refund:
    """Replace a draft's allocations (full or partial amounts of the customer's credits)."""
    actor.require(Permission.REFUNDS_EDIT)
    async with atomic():
        refund = await _locked_draft(scope, refund_id, expected_version)
        await credits.lock_credits([line.credit_id for line in allocations])
        errors = ErrorCollector()
        lines = await _validate_allocations(
            errors,
            allocations,
            customer_id=refund.customer_id,
            entity_id=refund.entity_id,
            currency=refund.currency,
            refund_id=refund.id,
        )
        errors.raise_if_any()
        current = await RefundAllocation.filter(refund_id=refund.id)
        if sorted((a.credit_id, a.amount_minor) for a in current) == sorted(
            (a.credit_id, a.amount_minor) for a in lines
        ):
            return refund  # the same allocations: nothing changes, not even the version
        await RefundAllocation.filter(refund_id=refund.id).delete()
        await _insert_allocations(refund.id, lines)
        total = sum(a.amount_minor for a in lines)
        await _bump(refund, total_minor=total)
        await _audited(
            actor,
            refund,
            "refund.allocations_set",
            {"total_minor": total, "allocations": [asdict(a) for a in lines]},
        )
    return await _reloaded(refund_id)


async def update_draft(
    actor: Principal,
    scope: Scope,
    refund_id: int,
    expected_version: int,
    changes: RefundChanges,
) -> Refund:
    """Change a draft's bank account, payment date, reference or memo."""
    actor.require(Permission.REFUNDS_EDIT)
    async with atomic():
        refund = await _locked_draft(scope, refund_id, expected_version)
        errors = ErrorCollector()
        _check_texts(
            errors,
            reference=changes.reference,
            memo=changes.memo,
            payment_method=changes.payment_method,
        )
        if changes.bank_account_id is not None:
            await bank_accounts.bank_account_for_document(
                scope,
                errors,
                changes.bank_account_id,
                entity_id=refund.entity_id,
                currency=refund.currency,
            )
        errors.raise_if_any()
        values = {
            key: value.strip() if isinstance(value, str) else value
            for key, value in asdict(changes).items()
            if value is not None and key != "payment_method"
        }
        values = {key: value for key, value in values.items() if getattr(refund, key) != value}
        if not values:
            return refund  # nothing asked differs: nothing changes, not even the version
        await _bump(refund, **values)
        await _audited(
            actor, refund, "refund.draft_updated", {k: str(v) for k, v in values.items()}
        )
    return await _reloaded(refund_id)


async def change_draft(
    actor: Principal,
    scope: Scope,
    refund_id: int,
    expected_version: int,
    changes: RefundChanges,
    *,
    allocations: list[AllocationInput] | None = None,
) -> Refund:
    """``update_draft`` and, when given, ``set_allocations``, in one transaction: both
    happen or neither (for adapters that change a draft in one request, as REST's PATCH)."""
    async with atomic():
        refund = await update_draft(actor, scope, refund_id, expected_version, changes)
        if allocations is not None:
            refund = await set_allocations(actor, scope, refund_id, refund.version, allocations)
    return refund


async def delete_draft(
    actor: Principal, scope: Scope, refund_id: int, expected_version: int
) -> None:
    """Delete a draft and release what it held; posted refunds are only ever voided."""
    actor.require(Permission.REFUNDS_EDIT)
    async with atomic():
        refund = await _locked_draft(scope, refund_id, expected_version)
        await RefundAllocation.filter(refund_id=refund.id).delete()
        await Refund.filter(id=refund.id).delete()
        await _audited(actor, refund, "refund.draft_deleted", {"total_minor": refund.total_minor})


def _recheck_parties(
    scope: Scope, refund: Refund, customer: Customer | None, bank: BankAccount | None
) -> BankAccount:
    """What a draft named may have changed since it was saved: the customer may have been
    made inactive, the bank account closed (both read with the refund's lock). Returns the
    bank account."""
    errors = ErrorCollector()
    customers.checked_for_document(scope, customer, errors)
    bank = bank_accounts.checked_for_document(
        scope, errors, bank, entity_id=refund.entity_id, currency=refund.currency
    )
    errors.raise_if_any()
    if bank is None:  # raise_if_any would have raised
        raise RuntimeError("validated input is missing")
    return bank


# The next number of a sequence, taken in one statement: the update locks the row until
# the transaction ends, so a failed post gives its number back and numbers stay gap-free.
_TAKE_NUMBER = (
    "UPDATE document_sequence SET next_number = next_number + 1 WHERE id = ?"
    " RETURNING id, prefix, padding, next_number - 1 AS number"
)


async def _take_number(sequence_id: int | None) -> tuple[DocumentSequence, int]:
    rows = await write(_TAKE_NUMBER, [sequence_id])
    if len(rows) != 1:
        raise RuntimeError(f"sequence {sequence_id} is missing")
    row = rows[0]
    sequence = DocumentSequence(
        id=as_int(row["id"]), prefix=str(row["prefix"]), padding=as_int(row["padding"])
    )
    return sequence, as_int(row["number"])


async def _post(
    actor: Principal, scope: Scope, refund_id: int, expected_version: int | None
) -> Refund:
    async with atomic():
        locked, customer, bank_read = await _locked_with_parties(scope, refund_id)
        refund, config, configurations = await _locked_draft_configured(
            scope, refund_id, expected_version, locked=locked
        )
        lines = await credits.lock_allocated_credits(refund.id)
        if not lines:
            raise DomainError(
                "A refund needs at least one allocation to be posted.",
                field="allocations",
                code=ErrorCode.EMPTY_REFUND,
            )
        total = sum(line.amount_minor for line in lines)
        if total != refund.total_minor or total <= 0:
            raise RuntimeError(f"refund {refund.id}: total differs from its allocations")
        bank = _recheck_parties(scope, refund, customer, bank_read)
        for index, line in enumerate(lines):
            # Whether enough is open is checked next, with what this refund asks.
            reason = credits.source_ineligibility(line)
            if reason is not None:
                raise DomainError(
                    reason,
                    field=f"allocations.{index}.creditId",
                    code=ErrorCode.CREDIT_NOT_ELIGIBLE,
                )
            if line.open_minor < line.amount_minor:
                raise DomainError(
                    f"{line.document_number} has only "
                    f"{format_minor(line.open_minor, refund.currency)} {refund.currency} "
                    f"open now; this refund asks "
                    f"{format_minor(line.amount_minor, refund.currency)}. Another refund "
                    "took it first: change the allocation.",
                    field=f"allocations.{index}.amount",
                    code=ErrorCode.AMOUNT_EXCEEDS_AVAILABLE,
                )
        # Guarded, all lines in one statement: never below zero, whatever happened since
        # the lock; a line the guard refused fails the whole post.
        cleared = await credits.shift_open([(line.credit_id, -line.amount_minor) for line in lines])
        for index, line in enumerate(lines):
            if line.credit_id not in cleared:
                raise DomainError(
                    f"{line.document_number} no longer has that much open.",
                    field=f"allocations.{index}.amount",
                    code=ErrorCode.AMOUNT_EXCEEDS_AVAILABLE,
                )
        sequence, number = await _take_number(config.refund_sequence_id)
        setup = ar_setup_of(refund.entity_id, configurations)
        formatted = format_number(sequence, number)
        entry_id = await post_entry(
            journal_id=config.refund_journal_id or 0,
            entity_id=refund.entity_id,
            entry_date=refund.payment_date,
            currency=refund.currency,
            description=f"Refund {formatted}",
            source_type="refund",
            source_id=refund.id,
            actor=actor,
            lines=[
                ar_control_line(refund.customer_id, total, setup.ar_control_account_id),
                Line(bank.gl_account_id, credit_minor=total),
            ],
        )
        await _bump(
            refund,
            state=RefundState.POSTED,
            sequence_id=sequence.id,
            sequence_number=number,
            number=formatted,
            journal_entry_id=entry_id,
            posted_by_id=actor.user_id,
            posted_at=_now(),
        )
        await _audited(
            actor,
            refund,
            "refund.posted",
            {"number": formatted, "total_minor": total, "journal_entry_id": entry_id},
        )
    return refund


async def post(
    actor: Principal,
    scope: Scope,
    refund_id: int,
    *,
    expected_version: int | None = None,
    idempotency_key: str | None = None,
) -> Refund:
    """Post a draft: clear its credits, write the journal entry, give it its number."""
    actor.require(Permission.REFUNDS_POST)
    outcome = await idempotency.once(
        actor,
        idempotency_key,
        "refund.post",
        idempotency.request_of(scope, refund=refund_id, version=expected_version),
        lambda: _post(actor, scope, refund_id, expected_version),
    )
    return await _answer(outcome)


async def record(
    actor: Principal,
    scope: Scope,
    data: RefundInput,
    allocations: list[AllocationInput],
    *,
    idempotency_key: str | None = None,
) -> Refund:
    """Create and post in one step, for integrations that need no draft."""
    actor.require(Permission.REFUNDS_EDIT)
    actor.require(Permission.REFUNDS_POST)

    async def work() -> Refund:
        async with atomic():
            await customers.lock_books(data.customer_id)
            # Lock the credits before the allocations reference them: inserting a row that
            # points at a credit takes a share lock on it, and upgrading that to the posting
            # lock while another transaction does the same would deadlock.
            await credits.lock_credits([line.credit_id for line in allocations])
            refund_id = await _create(actor, scope, data, allocations)
            return await _post(actor, scope, refund_id, None)

    outcome = await idempotency.once(
        actor,
        idempotency_key,
        "refund.record",
        idempotency.request_of(scope, **_canonical(data, allocations)),
        work,
    )
    return await _answer(outcome)


async def _void(
    actor: Principal,
    scope: Scope,
    refund_id: int,
    *,
    void_date: date,
    reason: str,
    expected_version: int | None,
) -> Refund:
    async with atomic():
        refund = await _visible(scope, refund_id, lock=True)
        await refund_configuration(refund.entity_id)
        if refund.state != RefundState.POSTED:
            raise DomainError(
                "Only posted refunds can be voided"
                + (
                    ": this one is a draft, delete it instead."
                    if refund.state == RefundState.DRAFT
                    else f": {refund.number} is already voided."
                ),
                field="id",
                code=ErrorCode.REFUND_NOT_POSTED,
            )
        _check_version(refund, expected_version)
        if void_date < refund.payment_date:
            raise DomainError(
                "A refund cannot be voided before its payment date.",
                field="voidDate",
                code=ErrorCode.INVALID,
            )
        lines = await credits.lock_allocated_credits(refund.id)
        # Given back in one guarded statement: never above what a credit was for.
        returned = await credits.shift_open([(line.credit_id, line.amount_minor) for line in lines])
        for line in lines:
            if line.credit_id not in returned:
                raise RuntimeError(f"credit {line.credit_id} would exceed its original")
        # The post's own lines reversed: the accounts it hit, whatever is configured today.
        entry_id = await reverse_entry(
            await JournalEntry.get(id=refund.journal_entry_id),
            entry_date=void_date,
            description=f"Void of refund {refund.number}: {reason}",
            source_type="refund_void",
            source_id=refund.id,
            actor=actor,
        )
        await _bump(
            refund,
            state=RefundState.VOIDED,
            void_date=void_date,
            void_reason=reason,
            void_journal_entry_id=entry_id,
            voided_by_id=actor.user_id,
            voided_at=_now(),
        )
        await _audited(
            actor,
            refund,
            "refund.voided",
            {
                "number": refund.number,
                "reason": reason,
                "void_date": void_date.isoformat(),
                "journal_entry_id": entry_id,
            },
        )
    return refund


async def void(
    actor: Principal,
    scope: Scope,
    refund_id: int,
    *,
    void_date: date,
    reason: str,
    expected_version: int | None = None,
    idempotency_key: str | None = None,
) -> Refund:
    """Void a posted refund: its journal entry reversed on the void date, and the amounts
    back on the credits they came from."""
    actor.require(Permission.REFUNDS_VOID)
    reason = required_text(
        reason,
        Refund,
        "void_reason",
        field="reason",
        what="The reason for a void",
        code=ErrorCode.VOID_REASON_REQUIRED,
        free_text=True,
    )
    outcome = await idempotency.once(
        actor,
        idempotency_key,
        "refund.void",
        idempotency.request_of(
            scope, refund=refund_id, void_date=void_date, reason=reason, version=expected_version
        ),
        lambda: _void(
            actor,
            scope,
            refund_id,
            void_date=void_date,
            reason=reason,
            expected_version=expected_version,
        ),
    )
    return await _answer(outcome)


async def get_refunds(actor: Principal, scope: Scope, ids: list[int]) -> dict[int, Refund]:
    """Refunds among ``ids`` the actor may see in the scope."""
    rows = await Refund.filter(REFUNDS.filter(actor, scope), id__in=ids)
    return {row.id: row for row in rows}


@dataclass(frozen=True, slots=True)
class RefundFilters:
    """Which refunds a list shows; every interface (GraphQL, REST, CSV export) uses it."""

    state: RefundState | None = None
    customer_id: int | None = None
    bank_account_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True, slots=True)
class RefundPage:
    refunds: list[Refund]
    has_next_page: bool
    total_count: int


_CURSOR = "refunds"


def cursor_of(refund: Refund) -> str:
    """Where the page after ``refund`` starts."""
    return cursors.encode(_CURSOR, refund.id)


async def list_refunds(
    actor: Principal,
    scope: Scope,
    filters: RefundFilters,
    *,
    first: int = 50,
    after: str | None = None,
) -> RefundPage:
    """Refunds in the scope, newest first (by id), filtered."""
    visible = REFUNDS.filter(actor, scope)
    check_page_size(first, LIST_PAGE_MAX)
    after_key = cursors.decode(_CURSOR, after, (int,))
    query = Refund.filter(visible)
    if filters.state is not None:
        query = query.filter(state=filters.state)
    if filters.customer_id is not None:
        query = query.filter(customer_id=filters.customer_id)
    if filters.bank_account_id is not None:
        query = query.filter(bank_account_id=filters.bank_account_id)
    if filters.date_from is not None:
        query = query.filter(payment_date__gte=filters.date_from)
    if filters.date_to is not None:
        query = query.filter(payment_date__lte=filters.date_to)
    total = await query.count()
    if after_key is not None:
        query = query.filter(id__lt=after_key[0])
    rows = await query.order_by("-id").limit(first + 1)
    return RefundPage(rows[:first], len(rows) > first, total)
