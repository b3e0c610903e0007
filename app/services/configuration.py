"""AR configuration per scope (the top level and each entity): refunds stay off until a
controller enables them with a refund journal and a document sequence for their numbers."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from app.services import audit, ledger
from app.services.access import AR_CONFIGURATION, Principal, Scope
from app.services.errors import DomainError, ErrorCode, ErrorCollector
from app.services.texts import check_text, column_limit
from app.services.transactions import atomic
from models import ArConfiguration, DocumentSequence, GLAccount, Journal, Refund
from models.enums import Permission

MAX_PADDING = 18


@dataclass(frozen=True, slots=True)
class SequenceInput:
    prefix: str
    next_number: int
    padding: int


@dataclass(frozen=True, slots=True)
class ArConfigurationInput:
    """What to set; None keeps the current value."""

    refunds_enabled: bool
    refund_journal_symbol: str | None = None
    refund_sequence: SequenceInput | None = None
    # Where AR documents of the scope post: their journal and the AR control account.
    ar_journal_symbol: str | None = None
    ar_control_account_number: str | None = None


async def configuration_of(entity_id: int | None) -> ArConfiguration | None:
    return await ArConfiguration.get_or_none(
        Q(entity_id=entity_id) if entity_id is not None else Q(entity_id__isnull=True)
    )


async def get_configuration(actor: Principal, scope: Scope) -> ArConfiguration | None:
    """The configuration of the request's scope (readable by anyone who works with AR)."""
    AR_CONFIGURATION.require(actor)
    return await configuration_of(scope.entity.id if scope.entity else None)


async def refund_configuration(entity_id: int | None) -> ArConfiguration:
    """The configuration refunds of a scope use; REFUNDS_DISABLED unless enabled there."""
    return refund_configuration_of(entity_id, await configuration_of(entity_id))


def refund_configuration_of(
    entity_id: int | None, config: ArConfiguration | None
) -> ArConfiguration:
    """``refund_configuration`` from the scope's row, read already (None: there is none)."""
    if config is None or not config.refunds_enabled:
        where = "this entity" if entity_id is not None else "the top level"
        raise DomainError(
            f"Refunds are disabled for {where}: a controller enables them in the AR configuration.",
            code=ErrorCode.REFUNDS_DISABLED,
        )
    return config


def format_number(sequence: DocumentSequence, number: int) -> str:
    return f"{sequence.prefix}{number:0{sequence.padding}d}"


async def update_configuration(
    actor: Principal, scope: Scope, data: ArConfigurationInput
) -> ArConfiguration:
    """Set the refund journal and sequence of the request's scope and turn refunds on or off.

    Enabling needs a journal and a sequence. A sequence keeps its numbering once a refund
    used it, so posted numbers stay gap-free; prefixes differ between sequences, so numbers
    stay unique across scopes.
    """
    actor.require(Permission.AR_CONFIGURE)
    errors = ErrorCollector()
    named = _Named(
        refund_journal=await _journal(errors, data.refund_journal_symbol, "refundJournalSymbol"),
        ar_journal=await _journal(errors, data.ar_journal_symbol, "arJournalSymbol"),
        ar_control_account=await ledger.ar_control_account(
            errors, data.ar_control_account_number, field="arControlAccountNumber"
        ),
    )
    wanted = data.refund_sequence
    if wanted is not None:
        if not 1 <= wanted.next_number <= 10**15:
            errors.add(
                "The next number must be at least 1.",
                field="refundSequence.nextNumber",
                code=ErrorCode.INVALID,
            )
        if not 0 <= wanted.padding <= MAX_PADDING:
            errors.add(
                f"Padding is between 0 and {MAX_PADDING}.",
                field="refundSequence.padding",
                code=ErrorCode.INVALID,
            )
        prefix_limit = column_limit(DocumentSequence, "prefix")
        if len(wanted.prefix) > prefix_limit or not wanted.prefix.isprintable():
            errors.add(
                f"The prefix is up to {prefix_limit} printable characters.",
                field="refundSequence.prefix",
                code=ErrorCode.INVALID,
            )
        elif wanted.prefix[-1:].isdigit():
            # "R0" + "00001" would read like "R" + "000001": numbers must never collide.
            errors.add(
                "A prefix ends in a non-digit (e.g. 'RF-'), so numbers of two sequences can "
                "never be the same.",
                field="refundSequence.prefix",
                code=ErrorCode.INVALID,
            )
    errors.raise_if_any()
    try:
        return await _save(actor, scope, data, named)
    except IntegrityError:
        # A configuration or a sequence was created meanwhile by a concurrent request: the
        # second attempt sees it (and refuses a prefix it took).
        return await _save(actor, scope, data, named)


@dataclass(frozen=True, slots=True)
class _Named:
    """The journals and account an input names, found (None: not named)."""

    refund_journal: Journal | None
    ar_journal: Journal | None
    ar_control_account: GLAccount | None


async def _journal(errors: ErrorCollector, symbol: str | None, field: str) -> Journal | None:
    if symbol is None or not check_text(errors, symbol, field=field):
        return None
    journal = None
    if len(symbol.strip()) <= column_limit(Journal, "symbol"):  # a longer one names none
        journal = await Journal.get_or_none(symbol=symbol.strip())
    if journal is None:
        errors.add(f"No journal {symbol!r}.", field=field, code=ErrorCode.JOURNAL_NOT_FOUND)
    return journal


async def _save(
    actor: Principal, scope: Scope, data: ArConfigurationInput, named: _Named
) -> ArConfiguration:
    entity_id = scope.entity.id if scope.entity else None
    async with atomic():
        config = await ArConfiguration.select_for_update().get_or_none(
            Q(entity_id=entity_id) if entity_id is not None else Q(entity_id__isnull=True)
        )
        if config is None:
            # An entity's first configuration starts from the top level's AR accounts.
            top = await configuration_of(None) if entity_id is not None else None
            config = await ArConfiguration.create(
                entity_id=entity_id,
                ar_journal_id=top.ar_journal_id if top else None,
                ar_control_account_id=top.ar_control_account_id if top else None,
            )
        if named.refund_journal is not None:
            config.refund_journal_id = named.refund_journal.id
        if named.ar_journal is not None:
            config.ar_journal_id = named.ar_journal.id
        if named.ar_control_account is not None:
            # Both stay control accounts: what was posted to the old one is still AR.
            accounts = {named.ar_control_account.id, config.ar_control_account_id} - {None}
            await GLAccount.filter(id__in=accounts).update(is_ar_control=True)
            config.ar_control_account_id = named.ar_control_account.id
        if data.refund_sequence is not None:
            config.refund_sequence_id = await _set_sequence(config, data.refund_sequence, scope)
        if data.refunds_enabled:
            _require_complete(config)
        config.refunds_enabled = data.refunds_enabled
        config.updated_by_id = actor.user_id
        await config.save()
        await audit.record(
            actor,
            action="ar_configuration.updated",
            object_type="ar_configuration",
            object_id=config.id,
            entity_id=entity_id,
            details={
                "refunds_enabled": config.refunds_enabled,
                "refund_journal_id": config.refund_journal_id,
                "refund_sequence_id": config.refund_sequence_id,
                "ar_journal_id": config.ar_journal_id,
                "ar_control_account_id": config.ar_control_account_id,
            },
        )
    return await ArConfiguration.get(id=config.id)


def _require_complete(config: ArConfiguration) -> None:
    missing = [
        field
        for field, value in (
            ("refundJournalSymbol", config.refund_journal_id),
            ("refundSequence", config.refund_sequence_id),
            ("arControlAccountNumber", config.ar_control_account_id),
        )
        if value is None
    ]
    if missing:
        raise DomainError(
            "Refunds need a refund journal, a refund number sequence and an AR control "
            f"account before they can be enabled; missing: {', '.join(missing)}.",
            field=missing[0],
            code=ErrorCode.REFUNDS_CONFIG_INCOMPLETE,
        )


async def _set_sequence(config: ArConfiguration, wanted: SequenceInput, scope: Scope) -> int:
    code = f"REFUND-{scope.entity.code if scope.entity else 'TOP'}"
    sequence = await DocumentSequence.select_for_update().get_or_none(
        Q(id=config.refund_sequence_id) if config.refund_sequence_id else Q(code=code)
    )
    if sequence is not None:
        unchanged = (sequence.prefix, sequence.next_number, sequence.padding) == (
            wanted.prefix,
            wanted.next_number,
            wanted.padding,
        )
        if unchanged:
            return int(sequence.id)
        if await Refund.filter(sequence_id=sequence.id).exists():
            raise DomainError(
                "Refunds were numbered with this sequence; its numbering cannot change.",
                field="refundSequence",
                code=ErrorCode.SEQUENCE_IN_USE,
            )
    taken = DocumentSequence.filter(prefix=wanted.prefix)
    if sequence is not None:
        taken = taken.exclude(id=sequence.id)
    if await taken.exists():
        raise DomainError(
            f"Another sequence uses the prefix {wanted.prefix!r}.",
            field="refundSequence.prefix",
            code=ErrorCode.SEQUENCE_PREFIX_TAKEN,
        )
    if sequence is None:
        sequence = await DocumentSequence.create(
            code=code, prefix=wanted.prefix, next_number=wanted.next_number, padding=wanted.padding
        )
    else:
        sequence.prefix, sequence.next_number = wanted.prefix, wanted.next_number
        sequence.padding = wanted.padding
        await sequence.save()
    return int(sequence.id)
