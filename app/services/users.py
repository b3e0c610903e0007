"""Users, roles and API tokens: the accounts behind every request."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import cast

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from app.services.access import ENTITY_CODE, Principal
from app.services.errors import AlreadyExists, DomainError, NotFound
from app.services.sql import fetch
from app.services.transactions import atomic
from models import ApiToken, Entity, Role, RolePermission, User
from models.enums import Permission

TOKEN_PREFIX = "rfd_"  # noqa: S105 - marks our tokens (for secret scanners), not a secret
# Tokens are 256 random bits, so a fast hash is enough: nothing to brute-force.
_TOKEN_BYTES = 32
_SHOWN_PREFIX_LENGTH = 12
_MAX_TOKEN_LENGTH = 200
# Record use at most once a minute per token, so reads do not turn into writes.
_LAST_USED_RESOLUTION = timedelta(minutes=1)

P = Permission
BUILTIN_ROLES: dict[str, tuple[str, frozenset[Permission]]] = {
    "admin": ("Everything, including configuration", frozenset(Permission)),
    "ar_clerk": (
        "Records AR documents and refunds, and posts them",
        frozenset(
            {
                P.REFUNDS_LIST,
                P.REFUNDS_VIEW,
                P.REFUNDS_EDIT,
                P.REFUNDS_POST,
                P.AR_DOCUMENTS_MANAGE,
                P.DATA_IMPORT,
            }
        ),
    ),
    "controller": (
        "Sets the company up, configures AR, voids refunds and reads reports",
        frozenset(
            {
                P.REFUNDS_LIST,
                P.REFUNDS_VIEW,
                P.REFUNDS_VOID,
                P.AR_CONFIGURE,
                P.REPORTS_READ,
                P.SETUP_MANAGE,
                P.DATA_IMPORT,
            }
        ),
    ),
    "auditor": (
        "Reads refunds and reports",
        frozenset({P.REFUNDS_LIST, P.REFUNDS_VIEW, P.REPORTS_READ}),
    ),
}


async def _permission_codes(query: QuerySet[RolePermission]) -> list[str]:
    return cast(list[str], await query.values_list("permission", flat=True))


def _now() -> datetime:
    return datetime.now(UTC)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class IssuedToken:
    """A new token; ``secret`` exists only here and is never stored."""

    secret: str
    record: ApiToken


async def ensure_builtin_roles() -> None:
    """Create the built-in roles and give them what this release grants them (a permission
    added in a release reaches existing databases at ``migrate``); none is taken away."""
    async with atomic():
        for name, (description, permissions) in BUILTIN_ROLES.items():
            role, _ = await Role.get_or_create(name=name, defaults={"description": description})
            await _add_permissions(role, permissions)


async def _add_permissions(role: Role, permissions: Iterable[Permission]) -> None:
    held = set(await _permission_codes(RolePermission.filter(role=role)))
    missing = [p for p in permissions if p not in held]
    if missing:
        await RolePermission.bulk_create(
            [RolePermission(role=role, permission=permission) for permission in missing]
        )


async def create_role(name: str, description: str, permissions: Iterable[Permission]) -> Role:
    async with atomic():
        if await Role.exists(name=name):
            raise AlreadyExists(f"A role named {name!r} already exists.", field="name")
        role = await Role.create(name=name, description=description)
        await _add_permissions(role, permissions)
    return role


async def get_role(name: str) -> Role:
    role = await Role.get_or_none(name=name)
    if role is None:
        raise NotFound(f"No role named {name!r}.", field="role")
    return role


async def role_permissions(role: Role) -> list[Permission]:
    codes = await _permission_codes(RolePermission.filter(role=role))
    return sorted(Permission(code) for code in codes)


async def create_user(
    username: str,
    *,
    display_name: str = "",
    email: str | None = None,
    roles: Iterable[str] = (),
    entity_codes: Iterable[str] | None = None,
) -> User:
    """Create a user; ``entity_codes`` restricts them to those entities (None: all)."""
    username = username.strip()
    if not username:
        raise DomainError("A username is required.", field="username")
    async with atomic():
        if await User.exists(username=username):
            raise AlreadyExists(f"A user named {username!r} already exists.", field="username")
        user = await User.create(
            username=username,
            display_name=display_name or username,
            email=email,
            all_entities=entity_codes is None,
        )
        for role_name in roles:
            await user.roles.add(await get_role(role_name))
        if entity_codes is not None:
            await restrict_to_entities(user, entity_codes)
    return user


async def restrict_to_entities(user: User, entity_codes: Iterable[str]) -> None:
    codes = sorted(set(entity_codes))
    entities = await Entity.filter(code__in=codes)
    unknown = set(codes) - {entity.code for entity in entities}
    if unknown:
        raise NotFound(f"Unknown entity: {', '.join(sorted(unknown))}.", field="entity")
    async with atomic():
        await user.entities.clear()
        if entities:
            await user.entities.add(*entities)
        user.all_entities = False
        await user.save(update_fields=["all_entities", "updated_at"])


async def get_user(username: str) -> User:
    user = await User.get_or_none(username=username)
    if user is None:
        raise NotFound(f"No user named {username!r}.", field="username")
    return user


async def grant_role(username: str, role_name: str) -> None:
    user = await get_user(username)
    await user.roles.add(await get_role(role_name))


async def revoke_role(username: str, role_name: str) -> None:
    user = await get_user(username)
    await user.roles.remove(await get_role(role_name))


async def set_active(username: str, active: bool) -> None:
    user = await get_user(username)
    user.is_active = active
    await user.save(update_fields=["is_active", "updated_at"])


async def issue_token(
    username: str, name: str, *, expires_in: timedelta | None = None
) -> IssuedToken:
    user = await get_user(username)
    if not user.is_active:
        raise DomainError(f"User {username!r} is inactive.", field="username")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(_TOKEN_BYTES)
    record = await ApiToken.create(
        user=user,
        name=name,
        token_prefix=secret[:_SHOWN_PREFIX_LENGTH],
        token_hash=hash_token(secret),
        expires_at=_now() + expires_in if expires_in else None,
    )
    return IssuedToken(secret=secret, record=record)


async def revoke_token(token_id: int) -> ApiToken:
    record = await ApiToken.get_or_none(id=token_id)
    if record is None:
        raise NotFound(f"No token with id {token_id}.", field="token")
    if record.revoked_at is None:
        record.revoked_at = _now()
        await record.save(update_fields=["revoked_at"])
    return record


async def revoke_tokens_named(username: str, name: str) -> int:
    user = await get_user(username)
    return await ApiToken.filter(user=user, name=name, revoked_at=None).update(revoked_at=_now())


async def list_tokens(username: str) -> list[ApiToken]:
    user = await get_user(username)
    return await ApiToken.filter(user=user).order_by("id")


# Everything a request's authentication needs, in one statement: the live token and its
# user (one row), the permissions of the user's roles (a row each), the entities a
# restricted user may reach (a row each), and the entity the request names (X-Entity), if
# any. Kinds of rows share the columns they need; the rest are NULL. Revocation, expiry and
# the user's state are read anew on every request, so they take effect at once.
_AUTH_SQL = """
SELECT 'token' AS kind, t.id AS id, t.expires_at AS at1, t.last_used_at AS at2,
       u.id AS user_id, u.username AS text1, u.display_name AS text2,
       u.is_active AS flag1, u.all_entities AS flag2, u.email AS text3
  FROM api_token t JOIN app_user u ON u.id = t.user_id
 WHERE t.token_hash = ? AND t.revoked_at IS NULL
UNION ALL
SELECT 'permission', NULL, NULL, NULL, NULL, rp.permission, NULL, NULL, NULL, NULL
  FROM api_token t
  JOIN user_role ur ON ur.app_user_id = t.user_id
  JOIN role_permission rp ON rp.role_id = ur.role_id
 WHERE t.token_hash = ? AND t.revoked_at IS NULL
UNION ALL
SELECT 'entity', ue.entity_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM api_token t JOIN user_entity ue ON ue.app_user_id = t.user_id
 WHERE t.token_hash = ? AND t.revoked_at IS NULL
UNION ALL
SELECT 'scope', e.id, e.created_at, NULL, e.company_id, e.code, e.name, NULL, NULL,
       e.base_currency
  FROM entity e WHERE e.code = ?
"""


@dataclass(frozen=True, slots=True)
class Authenticated:
    principal: Principal
    # The entity named by the code ``authenticate`` was given, when one has that code
    # (whether the principal may work there is ``access.resolve_scope``'s to decide).
    entity: Entity | None


def _datetime(field: str, value: object) -> datetime | None:
    # SQLite hands raw SQL its datetimes as text; the field converts like the ORM would.
    return cast(datetime | None, ApiToken._meta.fields_map[field].to_python_value(value))


async def authenticate(token: str, entity_code: str | None = None) -> Authenticated | None:
    """The principal a bearer token stands for, or None if it is not a live token (unknown,
    revoked, expired, or its user inactive), in one statement; the entity ``entity_code``
    names is read by the same statement. The token's last use is written at most once per
    ``_LAST_USED_RESOLUTION``, a second statement only then."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > _MAX_TOKEN_LENGTH:
        return None
    token_hash = hash_token(token)
    code = entity_code if entity_code and ENTITY_CODE.fullmatch(entity_code) else None
    rows = await fetch(_AUTH_SQL, [token_hash, token_hash, token_hash, code])
    found = next((row for row in rows if row["kind"] == "token"), None)
    now = _now()
    if found is None or not found["flag1"]:
        return None
    expires_at = _datetime("expires_at", found["at1"])
    if expires_at is not None and expires_at <= now:
        return None
    token_id = int(found["id"])
    last_used_at = _datetime("last_used_at", found["at2"])
    # Written at most once per resolution: a token used within it costs no UPDATE.
    if last_used_at is None or last_used_at < now - _LAST_USED_RESOLUTION:
        await ApiToken.filter(
            Q(last_used_at__isnull=True) | Q(last_used_at__lt=now - _LAST_USED_RESOLUTION),
            id=token_id,
        ).update(last_used_at=now)
    entity = None
    for row in rows:
        if row["kind"] == "scope":
            entity = Entity._init_from_db(
                id=row["id"],
                company_id=row["user_id"],
                code=row["text1"],
                name=row["text2"],
                base_currency=row["text3"],
                created_at=row["at1"],
            )
    principal = Principal(
        user_id=int(found["user_id"]),
        username=str(found["text1"]),
        display_name=str(found["text2"]),
        token_id=token_id,
        permissions=known_permissions(row["text1"] for row in rows if row["kind"] == "permission"),
        entity_ids=None
        if found["flag2"]
        else frozenset(int(row["id"]) for row in rows if row["kind"] == "entity"),
        email=found["text3"],
    )
    return Authenticated(principal, entity)


_PERMISSIONS = {permission.value: permission for permission in Permission}


def known_permissions(codes: Iterable[object]) -> frozenset[Permission]:
    """The permissions these codes name. A code this release does not know (a newer release
    granted it during a rolling deploy) grants nothing here, and is no error."""
    return frozenset(
        _PERMISSIONS[code] for code in codes if isinstance(code, str) and code in _PERMISSIONS
    )


async def principal_of(user: User, *, token_id: int | None = None) -> Principal:
    """What access checks need to know of a user: permissions and entity restriction."""
    permissions = await fetch(
        "SELECT rp.permission FROM user_role ur"
        " JOIN role_permission rp ON rp.role_id = ur.role_id WHERE ur.app_user_id = ?",
        [user.id],
    )
    entity_ids = None
    if not user.all_entities:
        ids = await user.entities.all().values_list("id", flat=True)
        entity_ids = frozenset(cast(list[int], ids))
    return Principal(
        user_id=user.id,
        username=user.username,
        display_name=user.display_name,
        token_id=token_id,
        permissions=known_permissions(row["permission"] for row in permissions),
        entity_ids=entity_ids,
        email=user.email,
    )
