"""Who is asking and where: the authenticated principal, the entity scope, permission checks
and the menu a user may see."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from tortoise.expressions import Q

from app.services.errors import EntityForbidden, ErrorCode, PermissionDenied
from app.services.sql import fetch, placeholders
from models import Entity
from models.enums import Permission


@dataclass(frozen=True, slots=True)
class Principal:
    """The authenticated user of one request, with everything access checks need."""

    user_id: int
    username: str
    display_name: str
    token_id: int | None
    permissions: frozenset[Permission]
    # None: every entity. Otherwise the only entities this user may reach.
    entity_ids: frozenset[int] | None
    email: str | None = None

    def has(self, permission: Permission) -> bool:
        return permission in self.permissions

    def require(self, permission: Permission) -> None:
        if permission not in self.permissions:
            raise PermissionDenied(f"You need the {permission.value} permission to do this.")

    def require_any(self, permissions: frozenset[Permission]) -> None:
        if not permissions & self.permissions:
            needed = " or ".join(sorted(p.value for p in permissions))
            raise PermissionDenied(f"You need the {needed} permission to do this.")

    def may_access_entity(self, entity_id: int) -> bool:
        return self.entity_ids is None or entity_id in self.entity_ids


class Placement(Enum):
    """Where objects of a kind live, which decides what a scope sees of them."""

    # Recorded in one scope (an entity, or the top level): seen there and at the top level.
    DOCUMENT = "document"
    # An entity's own, or shared at the top level (no entity) and then seen everywhere.
    MASTER = "master"
    # The company's, seen everywhere (the chart of accounts, journals).
    COMPANY = "company"


@dataclass(frozen=True, slots=True)
class Scope:
    """Where a request works: inside one entity, or at the top level (``entity`` None).

    The top level is the whole company, so only users who may reach every entity work there.
    Inside an entity a request sees that entity's documents, plus master data shared at the
    top level (customers, bank accounts, GL accounts with no entity). Each rule comes in three
    forms that must agree: a predicate on a row, a Tortoise filter and a SQL condition.
    """

    entity: Entity | None

    @property
    def entity_id(self) -> int | None:
        return self.entity.id if self.entity is not None else None

    def sees(self, placement: Placement, entity_id: int | None) -> bool:
        """Whether an object of ``placement`` recorded in ``entity_id`` is seen here."""
        if placement is Placement.COMPANY or self.entity is None or entity_id == self.entity.id:
            return True
        return placement is Placement.MASTER and entity_id is None

    def filter(self, placement: Placement, field: str = "entity_id") -> Q:
        """``sees`` as a query filter on ``field``."""
        if self.entity is None or placement is Placement.COMPANY:
            return Q()
        own = Q(**{field: self.entity.id})
        if placement is Placement.DOCUMENT:
            return own
        shared: dict[str, Any] = {f"{field}__isnull": True}
        return own | Q(**shared)

    def condition(self, placement: Placement, column: str) -> tuple[str, list[Any]]:
        """``sees`` as a SQL condition on ``column`` (`` AND ...`` and its parameters);
        nothing at the top level."""
        if self.entity is None or placement is Placement.COMPANY:
            return "", []
        if placement is Placement.DOCUMENT:
            return f" AND {column} = ?", [self.entity.id]
        return f" AND ({column} = ? OR {column} IS NULL)", [self.entity.id]

    def can_see_document(self, entity_id: int | None) -> bool:
        return self.sees(Placement.DOCUMENT, entity_id)

    def can_see_master(self, entity_id: int | None) -> bool:
        return self.sees(Placement.MASTER, entity_id)

    def documents_q(self, field: str = "entity_id") -> Q:
        return self.filter(Placement.DOCUMENT, field)

    def masters_q(self, field: str = "entity_id") -> Q:
        return self.filter(Placement.MASTER, field)

    def documents_sql(self, column: str) -> tuple[str, list[Any]]:
        return self.condition(Placement.DOCUMENT, column)

    def masters_sql(self, column: str) -> tuple[str, list[Any]]:
        return self.condition(Placement.MASTER, column)


# Entity codes are short identifiers; anything else cannot name an entity.
ENTITY_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,19}", re.ASCII)


async def resolve_scope(
    principal: Principal, entity_code: str | None, *, known: Entity | None = None
) -> Scope:
    """The scope a request asked for (``X-Entity``), refused when the user may not work there.
    ``known``: the entity with that code, already read (by ``users.authenticate``), if any.

    A user restricted to some entities never works at the top level: that would be the whole
    company. Unknown and forbidden entities get the same answer, so codes cannot be probed.
    """
    code = (entity_code or "").strip()
    if not code:
        if principal.entity_ids is not None:
            yours = [e.code for e in await accessible_entities(principal)]
            raise EntityForbidden(
                "You may work only inside your entities: send the X-Entity header with one "
                f"of {', '.join(yours)}."
                if yours
                else "You may not work in any entity.",
                field="X-Entity",
                code=ErrorCode.ENTITY_REQUIRED,
            )
        return Scope(entity=None)
    if known is not None and known.code == code:
        entity: Entity | None = known
    else:
        entity = await Entity.get_or_none(code=code) if ENTITY_CODE.fullmatch(code) else None
    if entity is None or not principal.may_access_entity(entity.id):
        raise EntityForbidden(
            "The entity does not exist or you may not work in it.", field="X-Entity"
        )
    return Scope(entity=entity)


@dataclass(frozen=True, slots=True)
class EntityRow:
    id: int
    code: str
    name: str
    base_currency: str


async def accessible_entities(principal: Principal) -> list[EntityRow]:
    """The entities ``principal`` may work in, by code. Plain SQL: this is on the viewer
    query every page load sends, and building the ORM query cost more than running it."""
    restricted = principal.entity_ids is not None
    ids = sorted(principal.entity_ids or ())
    where = f" WHERE id IN ({placeholders(len(ids))})" if restricted else ""
    rows = await fetch(
        f"SELECT id, code, name, base_currency FROM entity{where} ORDER BY code",  # noqa: S608 - values bound
        ids,
    )
    return [
        EntityRow(
            id=int(row["id"]),
            code=str(row["code"]),
            name=str(row["name"]),
            base_currency=str(row["base_currency"]),
        )
        for row in rows
    ]


@dataclass(frozen=True, slots=True)
class MenuItem:
    key: str
    label: str
    # Shown when the user holds any one of these.
    requires_any: frozenset[Permission]


@dataclass(frozen=True, slots=True)
class MenuSection:
    key: str
    label: str
    items: tuple[MenuItem, ...]


def _item(key: str, label: str, *permissions: Permission) -> MenuItem:
    return MenuItem(key=key, label=label, requires_any=frozenset(permissions))


P = Permission


@dataclass(frozen=True, slots=True)
class Visibility:
    """Who sees the objects of one kind, and where: the one rule every list, single read,
    relay node, report field and mutation payload applies. A user sees an object when they
    hold any of ``readers`` and the request's scope sees where the object lives."""

    kind: str
    readers: frozenset[Permission]
    placement: Placement

    def permits(self, principal: Principal) -> bool:
        return bool(self.readers & principal.permissions)

    def require(self, principal: Principal) -> None:
        """Refuse a list or a lookup of this kind to a user who may see none of it."""
        if not self.permits(principal):
            needed = " or ".join(sorted(p.value for p in self.readers))
            raise PermissionDenied(f"You need the {needed} permission to see {self.kind}.")

    def allows(self, principal: Principal, scope: Scope, entity_id: int | None) -> bool:
        """The rule for one row (``entity_id``: where it lives)."""
        return self.permits(principal) and scope.sees(self.placement, entity_id)

    def filter(self, principal: Principal, scope: Scope, field: str = "entity_id") -> Q:
        """The rule as a query filter; refused outright without the permission."""
        self.require(principal)
        return scope.filter(self.placement, field)

    def condition(self, principal: Principal, scope: Scope, column: str) -> tuple[str, list[Any]]:
        """The rule as a SQL condition on ``column`` (see ``Scope.condition``); refused
        outright without the permission."""
        self.require(principal)
        return scope.condition(self.placement, column)


# Who may read customers, their AR documents, balances and credits.
CUSTOMER_READERS = frozenset(
    {P.AR_DOCUMENTS_MANAGE, P.REFUNDS_LIST, P.REFUNDS_VIEW, P.REFUNDS_EDIT, P.REPORTS_READ}
)
# Master data is also seen by those who set it up.
MASTER_READERS = CUSTOMER_READERS | {P.SETUP_MANAGE}
CUSTOMERS = Visibility("customers", MASTER_READERS, Placement.MASTER)
BANK_ACCOUNTS = Visibility("bank accounts", MASTER_READERS, Placement.MASTER)
# The chart of accounts and the journals: whoever keeps or configures the books.
LEDGER_SETUP = Visibility(
    "the chart of accounts", MASTER_READERS | {P.AR_CONFIGURE}, Placement.COMPANY
)
AR_DOCUMENTS = Visibility("AR documents", CUSTOMER_READERS, Placement.DOCUMENT)
CREDITS = Visibility("credits", CUSTOMER_READERS, Placement.DOCUMENT)
# A refund's header (number, state, customer, bank account, dates, reference, total) shows
# in lists to those who may list refunds; opening it for the credits it cleared, its
# journal entries, audit trail and the people behind it needs refunds.view.
REFUNDS = Visibility("refunds", frozenset({P.REFUNDS_LIST, P.REFUNDS_VIEW}), Placement.DOCUMENT)
# The general ledger as a whole (the journal entries export for the ERP): the reports' readers.
JOURNAL_ENTRIES = Visibility("journal entries", frozenset({P.REPORTS_READ}), Placement.DOCUMENT)
REFUND_DETAILS = Visibility("refund details", frozenset({P.REFUNDS_VIEW}), Placement.DOCUMENT)
# The AR configuration of a scope is read by anyone who works with AR at all.
AR_CONFIGURATION = Visibility("the AR configuration", frozenset(Permission), Placement.DOCUMENT)


def can_see_entity(principal: Principal, entity_id: int) -> bool:
    return principal.may_access_entity(entity_id)


def can_see_user(principal: Principal, user_id: int) -> bool:
    """Users are not listed through the API: a viewer reaches only themselves by id."""
    return user_id == principal.user_id


MENU: tuple[MenuSection, ...] = (
    MenuSection(
        "receivables",
        "Receivables",
        (
            _item("customers", "Customers", *CUSTOMER_READERS),
            _item("invoices", "Invoices", P.AR_DOCUMENTS_MANAGE),
            _item("adjustments", "Adjustments", P.AR_DOCUMENTS_MANAGE),
            # A controller's AR switchboard; the Setup section is for setup.manage only.
            _item("ar_configuration", "AR configuration", P.AR_CONFIGURE),
        ),
    ),
    MenuSection(
        "payments",
        "Payments",
        (
            _item("received_payments", "Received payments", P.AR_DOCUMENTS_MANAGE),
            _item("advances", "Advances", P.AR_DOCUMENTS_MANAGE),
            _item("refunds", "Refunds", P.REFUNDS_LIST),
        ),
    ),
    MenuSection("reports", "Reports", (_item("ar_reports", "AR reports", P.REPORTS_READ),)),
    MenuSection(
        "setup",
        "Setup",
        (
            _item("company", "Company and entities", P.SETUP_MANAGE),
            _item("gl_accounts", "Chart of accounts", P.SETUP_MANAGE),
            _item("journals", "Journals", P.SETUP_MANAGE),
            _item("bank_accounts", "Bank accounts", P.SETUP_MANAGE),
            _item("customer_master", "Customers", P.SETUP_MANAGE),
        ),
    ),
)


def menu_for(permissions: Iterable[Permission]) -> list[MenuSection]:
    """The menu a user may see: items they hold a permission for; empty sections dropped."""
    held = frozenset(permissions)
    sections = []
    for section in MENU:
        items = tuple(item for item in section.items if item.requires_any & held)
        if items:
            sections.append(MenuSection(section.key, section.label, items))
    return sections
