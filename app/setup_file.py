"""Scripted setup: a company described in a TOML file, applied through the setup services.

Applying is idempotent: each item is found by its key (entity code, account number, journal
symbol, bank account code, customer code, the AR configuration's entity) and created when
missing, changed where it differs, left alone where it does not. What may not change (an
entity's base currency once it has documents, an account's type once posted to, ...) is
refused by the services with the reason. The whole file applies in one transaction: one
refusal and nothing is written. ``seed-demo`` sets its company up through this same path.

    [company]
    name = "Acme Holdings"

    [[entities]]
    code = "US01"
    name = "Acme US Inc."
    base_currency = "USD"

    [[gl_accounts]]
    number = "1200"
    title = "Accounts receivable"
    kind = "asset"              # asset, liability, equity, revenue, expense
    # active = false            # deactivates

    [[journals]]
    symbol = "ARJ"
    title = "Accounts receivable"

    [[bank_accounts]]
    code = "US-OPER"
    name = "US operating"
    currency = "USD"
    gl_account = "1000"
    entity = "US01"             # omitted: shared by every entity
    # active = false

    [[customers]]
    code = "C-0001"
    name = "Acme Retail"
    entity = "US01"             # omitted: shared
    status = "active"           # active, on_hold, inactive

    [[ar_configuration]]
    entity = "US01"             # omitted: the top level
    ar_journal = "ARJ"
    ar_control_account = "1200"
    refund_journal = "RFJ"
    refund_sequence = { prefix = "RFUS-", next_number = 1, padding = 6 }
    refunds_enabled = true
"""

from __future__ import annotations

import tomllib
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.services import configuration, setup, texts
from app.services.access import Principal, Scope
from app.services.errors import DomainError
from app.services.transactions import atomic
from models import (
    BankAccount,
    Customer,
    DocumentSequence,
    Entity,
    GLAccount,
    Journal,
    Refund,
)

SECTIONS = (
    "company",
    "entities",
    "gl_accounts",
    "journals",
    "bank_accounts",
    "customers",
    "ar_configuration",
)


class SetupFileError(Exception):
    """The file cannot be read as a setup (not TOML, unknown keys, wrong types)."""


@dataclass
class Outcome:
    """What applying did, item by item, and what was refused (then nothing was written)."""

    done: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(not line.startswith("unchanged") for line in self.done)


class _Rollback(Exception):
    """Leaves the transaction without writing (a refusal, or a dry run)."""


def read(path: Path) -> dict[str, Any]:
    try:
        plan = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise SetupFileError(f"{path}: {error}") from error
    unknown = sorted(set(plan) - set(SECTIONS))
    if unknown:
        raise SetupFileError(f"{path}: unknown sections {unknown}; known: {list(SECTIONS)}")
    return plan


def _items(plan: Mapping[str, Any], section: str) -> list[dict[str, Any]]:
    value = plan.get(section, [])
    items = [value] if section == "company" and isinstance(value, dict) and value else value
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise SetupFileError(f"[{section}] must be a table (or an array of tables)")
    return items


def _text(item: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str | None:
    value = item.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise SetupFileError(f"{where}: {key} must be a string")
    return texts.text(value, field=key)


def _flag(item: Mapping[str, Any], key: str, where: str) -> bool | None:
    value = item.get(key)
    if value is not None and not isinstance(value, bool):
        raise SetupFileError(f"{where}: {key} must be true or false")
    return value


def _differing(row: Any, wanted: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in wanted.items() if v is not None and getattr(row, k) != v}


async def apply(actor: Principal, plan: Mapping[str, Any], *, dry_run: bool = False) -> Outcome:
    """Apply a setup plan (as read from a file); all of it, or nothing if anything is
    refused. ``dry_run`` checks everything and writes nothing."""
    for section in SECTIONS:
        _items(plan, section)  # shapes first, before any work
    outcome = Outcome()
    try:
        async with atomic():
            for section in SECTIONS:
                for index, item in enumerate(_items(plan, section)):
                    where = section if section == "company" else f"{section}[{index}]"
                    try:
                        outcome.done.append(await _APPLY[section](actor, item, where))
                    except DomainError as refusal:
                        outcome.refused.extend(
                            f"{where}: {e.field + ': ' if e.field else ''}{e.message}"
                            for e in refusal.errors
                        )
            if outcome.refused or dry_run:
                raise _Rollback
    except _Rollback:
        pass
    return outcome


TOP = Scope(entity=None)


async def apply_item(actor: Principal, section: str, item: dict[str, Any], where: str) -> str:
    """One item of a section (found by its key; created, changed or left alone), as ``apply``
    does it, in the caller's transaction: the CSV import of master data goes through here.
    The answer starts with "created", "updated" or "unchanged"."""
    return await _APPLY[section](actor, item, where)


async def _company(actor: Principal, item: dict[str, Any], where: str) -> str:
    name = _text(item, "name", where) or ""
    current = await setup.get_company()
    if current is not None and current.name == name.strip():
        return f"unchanged company {current.name!r}"
    await setup.set_company(actor, TOP, name)
    return f"{'renamed' if current else 'created'} company {name.strip()!r}"


async def _entity(actor: Principal, item: dict[str, Any], where: str) -> str:
    code = (_text(item, "code", where) or "").strip()
    name = _text(item, "name", where) or ""
    currency = _text(item, "base_currency", where) or ""
    row = await Entity.get_or_none(code=code)
    if row is None:
        await setup.create_entity(actor, TOP, setup.EntityInput(code, name, currency))
        return f"created entity {code}"
    changes = _differing(row, {"name": name.strip(), "base_currency": currency.strip().upper()})
    if not changes:
        return f"unchanged entity {code}"
    await setup.update_entity(actor, TOP, row.id, setup.EntityChanges(**changes))
    return f"updated entity {code}: {', '.join(changes)}"


async def _gl_account(actor: Principal, item: dict[str, Any], where: str) -> str:
    number = (_text(item, "number", where) or "").strip()
    title = _text(item, "title", where) or ""
    kind = (_text(item, "kind", where) or "").strip().lower()
    active = _flag(item, "active", where)
    row = await GLAccount.get_or_none(number=number)
    if row is None:
        created = await setup.create_gl_account(
            actor, TOP, setup.GLAccountInput(number, title, kind)
        )
        if active is False:
            await setup.update_gl_account(
                actor, TOP, created.id, setup.GLAccountChanges(is_active=False)
            )
        return f"created GL account {number}"
    changes = _differing(row, {"title": title.strip(), "kind": kind, "is_active": active})
    if not changes:
        return f"unchanged GL account {number}"
    await setup.update_gl_account(actor, TOP, row.id, setup.GLAccountChanges(**changes))
    return f"updated GL account {number}: {', '.join(changes)}"


async def _journal(actor: Principal, item: dict[str, Any], where: str) -> str:
    symbol = (_text(item, "symbol", where) or "").strip()
    title = _text(item, "title", where) or ""
    row = await Journal.get_or_none(symbol=symbol)
    if row is None:
        await setup.create_journal(actor, TOP, setup.JournalInput(symbol, title))
        return f"created journal {symbol}"
    if row.title == title.strip():
        return f"unchanged journal {symbol}"
    await setup.rename_journal(actor, TOP, row.id, title)
    return f"updated journal {symbol}: title"


async def _entity_id(code: str | None) -> int | None:
    if not code:
        return None
    entity = await Entity.get_or_none(code=code.strip())
    return int(entity.id) if entity else -1  # -1: named, but no such entity


def _moved(what: str) -> DomainError:
    return DomainError(
        f"A {what}'s entity is fixed once created: keep the file's entity as it is.",
        field="entity",
    )


async def _bank_account(actor: Principal, item: dict[str, Any], where: str) -> str:
    code = (_text(item, "code", where) or "").strip()
    name = _text(item, "name", where) or ""
    currency = _text(item, "currency", where) or ""
    account = _text(item, "gl_account", where) or ""
    entity = _text(item, "entity", where, required=False)
    active = _flag(item, "active", where)
    row = await BankAccount.get_or_none(code=code)
    if row is None:
        created = await setup.create_bank_account(
            actor,
            TOP,
            setup.BankAccountInput(code, name, currency, account, entity_code=entity),
        )
        if active is False:
            await setup.update_bank_account(
                actor, TOP, created.id, setup.BankAccountChanges(is_active=False)
            )
        return f"created bank account {code}"
    if await _entity_id(entity) != row.entity_id:
        raise _moved("bank account")
    cash = await GLAccount.get_or_none(number=account.strip())
    changes = _differing(
        row,
        {
            "name": name.strip(),
            "currency": currency.strip().upper(),
            "gl_account_id": cash.id if cash else -1,
            "is_active": active,
        },
    )
    if not changes:
        return f"unchanged bank account {code}"
    await setup.update_bank_account(
        actor,
        TOP,
        row.id,
        setup.BankAccountChanges(
            name=changes.get("name"),
            currency=changes.get("currency"),
            gl_account_number=account if "gl_account_id" in changes else None,
            is_active=changes.get("is_active"),
        ),
    )
    return f"updated bank account {code}: {', '.join(changes).replace('_id', '')}"


async def _customer(actor: Principal, item: dict[str, Any], where: str) -> str:
    code = (_text(item, "code", where) or "").strip()
    name = _text(item, "name", where) or ""
    entity = _text(item, "entity", where, required=False)
    status = (_text(item, "status", where, required=False) or "active").strip().lower()
    row = await Customer.get_or_none(code=code)
    if row is None:
        await setup.create_customer(
            actor, TOP, setup.CustomerInput(code, name, entity_code=entity, status=status)
        )
        return f"created customer {code}"
    if await _entity_id(entity) != row.entity_id:
        raise _moved("customer")
    changes = _differing(row, {"name": name.strip(), "status": status})
    if not changes:
        return f"unchanged customer {code}"
    await setup.update_customer(actor, TOP, row.id, setup.CustomerChanges(**changes))
    return f"updated customer {code}: {', '.join(changes)}"


async def _ar_configuration(actor: Principal, item: dict[str, Any], where: str) -> str:
    code = _text(item, "entity", where, required=False)
    scope = TOP
    if code:
        entity = await Entity.get_or_none(code=code.strip())
        if entity is None:
            raise DomainError(f"No entity {code!r}.", field="entity")
        scope = Scope(entity=entity)
    sequence = item.get("refund_sequence")
    if sequence is not None and not (
        isinstance(sequence, dict) and isinstance(sequence.get("prefix"), str)
    ):
        raise SetupFileError(f"{where}: refund_sequence needs at least a prefix")
    wanted = configuration.ArConfigurationInput(
        refunds_enabled=bool(_flag(item, "refunds_enabled", where)),
        refund_journal_symbol=_text(item, "refund_journal", where, required=False),
        ar_journal_symbol=_text(item, "ar_journal", where, required=False),
        ar_control_account_number=_text(item, "ar_control_account", where, required=False),
        refund_sequence=configuration.SequenceInput(
            prefix=sequence["prefix"],
            next_number=int(sequence.get("next_number", 1)),
            padding=int(sequence.get("padding", 6)),
        )
        if sequence
        else None,
    )
    label = f"AR configuration of {code.strip() if code else 'the top level'}"
    wanted = await _keep_numbering(scope, wanted)
    if await _as_configured(scope, wanted):
        return f"unchanged {label}"
    await configuration.update_configuration(actor, scope, wanted)
    return f"set {label}"


async def _keep_numbering(
    scope: Scope, wanted: configuration.ArConfigurationInput
) -> configuration.ArConfigurationInput:
    """The file's refund sequence, or None where it asks for the numbering the scope has:
    the next number moves with every refund posted, so a file that still says 1 is not
    asking to renumber (and an unused sequence does take the file's next number)."""
    asked = wanted.refund_sequence
    config = await configuration.configuration_of(scope.entity_id)
    if asked is None or config is None or config.refund_sequence_id is None:
        return wanted
    current = await DocumentSequence.get(id=config.refund_sequence_id)
    same = (current.prefix, current.padding) == (asked.prefix, asked.padding)
    used = await Refund.exists(sequence_id=current.id)
    if same and (used or current.next_number == asked.next_number):
        return replace(wanted, refund_sequence=None)
    return wanted


async def _as_configured(scope: Scope, wanted: configuration.ArConfigurationInput) -> bool:
    """Whether the scope's configuration already is what the file asks for."""
    config = await configuration.configuration_of(scope.entity_id)
    if config is None or wanted.refund_sequence is not None:
        return False
    names: dict[str, tuple[type[Journal] | type[GLAccount], str, int | None]] = {
        "refund_journal_symbol": (Journal, "symbol", config.refund_journal_id),
        "ar_journal_symbol": (Journal, "symbol", config.ar_journal_id),
        "ar_control_account_number": (GLAccount, "number", config.ar_control_account_id),
    }
    for attribute, (model, column, current_id) in names.items():
        asked = getattr(wanted, attribute)
        current = await model.get_or_none(id=current_id) if current_id else None
        if asked is not None and (current is None or getattr(current, column) != asked.strip()):
            return False
    return bool(config.refunds_enabled == wanted.refunds_enabled)


_APPLY: dict[str, Callable[[Principal, dict[str, Any], str], Awaitable[str]]] = {
    "company": _company,
    "entities": _entity,
    "gl_accounts": _gl_account,
    "journals": _journal,
    "bank_accounts": _bank_account,
    "customers": _customer,
    "ar_configuration": _ar_configuration,
}
