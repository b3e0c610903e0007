"""The raw baseline of ``bench.graphql_hot``: a minimal Starlette + asyncpg handler.

It answers exactly the bench's GraphQL documents (``bench.graphql_cases``, recognised by
their text) with the bytes the app answers, doing the same work by hand:

- authentication in ONE statement: the token's hash, not revoked nor expired, its user
  active, the user's permissions, and the entity of ``X-Entity`` with whether the user may
  work in it; last-used written at most once a minute, as the app does;
- the same checks (permissions, entity scope) in Python, then the lean SQL that returns
  the data (credits with what drafts hold in one statement, the customers page with its
  total in one, balances, credits and documents of the whole page in one each);
- the JSON built from dicts, with the separators the app uses (``RAW_JSON_STYLE``).

One pooled connection per request, released without asyncpg's reset round trip (nothing
here leaves session state behind). Run by the harness as
``uvicorn bench.graphql_raw:create_app --factory`` with ``RAW_DSN`` set.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import asyncpg
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from app.services.access import menu_for
from bench.graphql_cases import CUSTOMER_CREDITS, CUSTOMERS_LIST, VIEWER
from models.enums import Permission

if TYPE_CHECKING:
    from asyncpg.pool import PoolConnectionProxy

    Conn = PoolConnectionProxy[asyncpg.Record]

TOKEN_PREFIX = "rfd_"  # noqa: S105 - the prefix of the app's tokens, not a secret
LAST_USED_RESOLUTION = timedelta(minutes=1)
MAX_COST = 50_000
MASTER_DATA_DEFAULT = 100  # viewer.entities' default first
PART_LIST = 5  # a list without first (the menu, its items) counts 5 in the cost
DRAFT = "draft"
MINOR_DIGITS = {"USD": 2, "EUR": 2, "GBP": 2, "JPY": 0}
KINDS = {1: "Invoice", 2: "ArAdjustment", 3: "ReceivedPayment", 4: "Advance"}

# Who may read customers (master data) and their credits and documents.
CUSTOMER_READERS = frozenset(
    {"ar_documents.manage", "refunds.list", "refunds.view", "refunds.edit", "reports.read"}
)
MASTER_READERS = CUSTOMER_READERS | {"setup.manage"}

AUTHENTICATE = """
SELECT t.id AS token_id, t.last_used_at, u.id AS user_id, u.username, u.display_name,
       u.email,
       ARRAY(SELECT DISTINCT rp.permission FROM user_role ur
             JOIN role_permission rp ON rp.role_id = ur.role_id
             WHERE ur.app_user_id = u.id) AS permissions,
       e.id AS entity_id, e.code AS entity_code, e.base_currency,
       (u.all_entities OR EXISTS (SELECT 1 FROM user_entity ue
                                  WHERE ue.app_user_id = u.id AND ue.entity_id = e.id))
         AS entity_allowed,
       u.all_entities
FROM api_token t
JOIN app_user u ON u.id = t.user_id
LEFT JOIN entity e ON e.code = $2
WHERE t.token_hash = $1 AND t.revoked_at IS NULL
  AND (t.expires_at IS NULL OR t.expires_at > now()) AND u.is_active
"""

MARK_USED = """
UPDATE api_token SET last_used_at = $2
WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $3)
"""

CUSTOMER = "SELECT id, name FROM customer WHERE id = $1 AND (entity_id = $2 OR entity_id IS NULL)"

# Eligible credits, oldest first, with what draft refunds hold of each.
CREDITS = """
SELECT c.id, c.document_number, c.document_date, c.open_minor,
       COALESCE((SELECT SUM(ra.amount_minor) FROM refund_allocation ra
                 JOIN refund r ON r.id = ra.refund_id
                 WHERE ra.credit_id = c.id AND r.state = $5), 0) AS held
FROM ar_credit c
WHERE c.customer_id = $1 AND c.currency = $2 AND c.entity_id = $3
  AND c.open_minor > 0 AND NOT c.has_positive_line
ORDER BY c.document_date, c.id
LIMIT $4
"""

CUSTOMER_PAGE = """
SELECT id, code, name, count(*) OVER () AS total
FROM customer WHERE entity_id = $1 OR entity_id IS NULL
ORDER BY code LIMIT $2
"""

BALANCES = """
SELECT customer_id, SUM(amount) AS amount FROM (
  SELECT customer_id, balance_due_minor AS amount FROM invoice
  WHERE entity_id = $1 AND customer_id = ANY($2) AND currency = $3
  UNION ALL SELECT customer_id, balance_due_minor FROM ar_adjustment
  WHERE entity_id = $1 AND customer_id = ANY($2) AND currency = $3
  UNION ALL SELECT customer_id, -open_minor FROM ar_credit
  WHERE entity_id = $1 AND customer_id = ANY($2) AND currency = $3
) items GROUP BY customer_id
"""

PAGE_CREDITS = """
SELECT customer_id, id, document_number, open_minor FROM (
  SELECT customer_id, id, document_number, open_minor,
         row_number() OVER (PARTITION BY customer_id ORDER BY document_date, id) AS n
  FROM ar_credit
  WHERE customer_id = ANY($1) AND currency = $2 AND entity_id = $3
    AND open_minor > 0 AND NOT has_positive_line
) c WHERE n <= $4 ORDER BY customer_id, n
"""

# Newest first; documents of different kinds with the same date and id come in the kinds'
# order, as the app lists them.
PAGE_DOCUMENTS = """
SELECT customer_id, kind, id, number, document_date, balance_due_minor, currency FROM (
  SELECT d.*, row_number() OVER (
           PARTITION BY customer_id ORDER BY document_date DESC, id DESC, kind) AS n
  FROM (
    SELECT customer_id, 1 AS kind, id, number, document_date, balance_due_minor, currency
    FROM invoice WHERE customer_id = ANY($1) AND entity_id = $2
    UNION ALL SELECT customer_id, 2, id, number, document_date, NULL, currency
    FROM ar_adjustment WHERE customer_id = ANY($1) AND entity_id = $2
    UNION ALL SELECT customer_id, 3, id, number, document_date, NULL, currency
    FROM received_payment WHERE customer_id = ANY($1) AND entity_id = $2
    UNION ALL SELECT customer_id, 4, id, number, document_date, NULL, currency
    FROM advance WHERE customer_id = ANY($1) AND entity_id = $2
  ) d
) x WHERE n <= $3 ORDER BY customer_id, n
"""

ENTITIES = """
SELECT code, name FROM entity
WHERE $1 OR id IN (SELECT entity_id FROM user_entity WHERE app_user_id = $2)
ORDER BY code LIMIT $3
"""


def gid(type_name: str, pk: int) -> str:
    return base64.b64encode(f"{type_name}:{pk}".encode()).decode()


def amount(minor: int, currency: str) -> str:
    digits = MINOR_DIGITS.get(currency, 2)
    sign = "-" if minor < 0 else ""
    whole, fraction = divmod(abs(minor), 10**digits)
    return f"{sign}{whole}.{fraction:0{digits}d}" if digits else f"{sign}{whole}"


def cursor(kind: str, key: str) -> str:
    text = json.dumps([kind, key], separators=(",", ":"), ensure_ascii=True)
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def day(value: date) -> str:
    return value.isoformat()


def parse_gid(value: str, type_name: str) -> int | None:
    try:
        kind, _, pk = base64.b64decode(value).decode().partition(":")
    except ValueError:
        return None
    return int(pk) if kind == type_name and pk.isdigit() else None


class Refused(Exception):
    def __init__(self, status: int, code: str) -> None:
        super().__init__(code)
        self.status = status
        self.code = code


async def authenticate(conn: Conn, request: Request) -> asyncpg.Record:
    scheme, _, token = request.headers.get("authorization", "").strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        raise Refused(401, "UNAUTHENTICATED")
    entity_code = request.headers.get("x-entity", "").strip()
    row = await conn.fetchrow(AUTHENTICATE, hashlib.sha256(token.encode()).hexdigest(), entity_code)
    if row is None:
        raise Refused(401, "UNAUTHENTICATED")
    if row["entity_id"] is None or not row["entity_allowed"]:
        # The bench always works inside an entity; the top level is not served here.
        raise Refused(403, "ENTITY_FORBIDDEN")
    now = datetime.now(UTC)
    if row["last_used_at"] is None or row["last_used_at"] < now - LAST_USED_RESOLUTION:
        await conn.execute(MARK_USED, row["token_id"], now, now - LAST_USED_RESOLUTION)
    return row


def require(auth: asyncpg.Record, readers: frozenset[str]) -> None:
    if not readers & set(auth["permissions"]):
        raise Refused(403, "PERMISSION_DENIED")


def credit_item(row: asyncpg.Record, currency: str) -> dict[str, Any]:
    held = int(row["held"])
    return {
        "id": gid("Credit", row["id"]),
        "documentNumber": row["document_number"],
        "documentDate": day(row["document_date"]),
        "openAmount": {"amount": amount(row["open_minor"], currency), "currency": currency},
        "heldByDrafts": {"amount": amount(held, currency)},
        "available": {"amount": amount(max(row["open_minor"] - held, 0), currency)},
    }


async def customer_credits(
    conn: Conn, auth: asyncpg.Record, variables: dict[str, Any]
) -> tuple[dict[str, Any], int]:
    first = int(variables["first"])
    require(auth, MASTER_READERS)
    pk = parse_gid(str(variables["id"]), "Customer")
    found = await conn.fetchrow(CUSTOMER, pk, auth["entity_id"]) if pk is not None else None
    if found is None:
        return {"customer": None}, first
    require(auth, CUSTOMER_READERS)
    currency = auth["base_currency"]
    rows = await conn.fetch(CREDITS, pk, currency, auth["entity_id"], first, DRAFT)
    return {
        "customer": {
            "id": gid("Customer", found["id"]),
            "name": found["name"],
            "eligibleCredits": [credit_item(row, currency) for row in rows],
        }
    }, first


async def customers_list(
    conn: Conn, auth: asyncpg.Record, variables: dict[str, Any]
) -> tuple[dict[str, Any], int]:
    first, nested = int(variables["first"]), int(variables["nested"])
    require(auth, MASTER_READERS)
    entity, currency = auth["entity_id"], auth["base_currency"]
    page = await conn.fetch(CUSTOMER_PAGE, entity, first + 1)
    customers, total = page[:first], (page[0]["total"] if page else 0)
    ids = [row["id"] for row in customers]
    require(auth, CUSTOMER_READERS)
    balances = {
        row["customer_id"]: int(row["amount"])
        for row in await conn.fetch(BALANCES, entity, ids, currency)
    }
    credits: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in await conn.fetch(PAGE_CREDITS, ids, currency, entity, nested):
        credits[row["customer_id"]].append(
            {
                "id": gid("Credit", row["id"]),
                "documentNumber": row["document_number"],
                "openAmount": {"amount": amount(row["open_minor"], currency)},
            }
        )
    documents: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in await conn.fetch(PAGE_DOCUMENTS, ids, entity, nested):
        kind = KINDS[row["kind"]]
        document: dict[str, Any] = {
            "__typename": kind,
            "id": gid(kind, row["id"]),
            "number": row["number"],
            "documentDate": day(row["document_date"]),
        }
        if kind == "Invoice":
            document["balanceDue"] = {"amount": amount(row["balance_due_minor"], row["currency"])}
        documents[row["customer_id"]].append(document)
    edges = [
        {
            "node": {
                "id": gid("Customer", row["id"]),
                "code": row["code"],
                "name": row["name"],
                "balance": {
                    "total": {
                        "amount": amount(balances.get(row["id"], 0), currency),
                        "currency": currency,
                    }
                },
                "eligibleCredits": credits.get(row["id"], []),
                "documents": documents.get(row["id"], []),
            }
        }
        for row in customers
    ]
    return {
        "customers": {
            "totalCount": total,
            "edges": edges,
            "pageInfo": {
                "hasNextPage": len(page) > first,
                "endCursor": cursor("customers", customers[-1]["code"]) if customers else None,
            },
        }
    }, first + 2 * first * nested


async def viewer(
    conn: Conn, auth: asyncpg.Record, _variables: dict[str, Any]
) -> tuple[dict[str, Any], int]:
    permissions = sorted(Permission(code) for code in auth["permissions"])
    entities = await conn.fetch(
        ENTITIES, auth["all_entities"], auth["user_id"], MASTER_DATA_DEFAULT
    )
    return {
        "viewer": {
            "user": {
                "id": gid("User", auth["user_id"]),
                "username": auth["username"],
                "displayName": auth["display_name"],
                "email": auth["email"],
            },
            "permissions": [p.name for p in sorted(permissions, key=lambda p: p.value)],
            "menu": [
                {
                    "label": section.label,
                    "items": [{"key": item.key, "label": item.label} for item in section.items],
                }
                for section in menu_for(permissions)
            ],
            "entities": [{"code": row["code"], "name": row["name"]} for row in entities],
            "currentEntity": {"code": auth["entity_code"], "baseCurrency": auth["base_currency"]},
        }
    }, PART_LIST + PART_LIST * PART_LIST + MASTER_DATA_DEFAULT


HANDLERS = {CUSTOMER_CREDITS: customer_credits, CUSTOMERS_LIST: customers_list, VIEWER: viewer}


def create_app() -> Starlette:
    dsn = os.environ["RAW_DSN"]
    pool_size = int(os.environ.get("RAW_POOL_SIZE", "5"))
    separators = (",", ":") if os.environ.get("RAW_JSON_STYLE", "compact") == "compact" else None
    state: dict[str, asyncpg.Pool] = {}

    async def no_reset(_conn: asyncpg.Connection) -> None:
        return None

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        state["pool"] = await asyncpg.create_pool(
            dsn, min_size=1, max_size=pool_size, reset=no_reset
        )
        try:
            yield
        finally:
            await state["pool"].close()

    def answer(payload: dict[str, Any], status: int = 200) -> Response:
        body = json.dumps(payload, separators=separators)
        return Response(body, status_code=status, media_type="application/json")

    async def graphql(request: Request) -> Response:
        data = json.loads(await request.body())
        handler = HANDLERS.get(data.get("query"))
        if handler is None:
            return answer({"errors": [{"message": "Not one of the bench's documents."}]}, 400)
        try:
            async with state["pool"].acquire() as conn:
                auth = await authenticate(conn, request)
                result, cost = await handler(conn, auth, data.get("variables") or {})
        except Refused as refused:
            return answer({"errors": [{"message": refused.code}]}, refused.status)
        return answer(
            {"data": result, "extensions": {"cost": {"requested": cost, "limit": MAX_COST}}}
        )

    return Starlette(routes=[Route("/graphql", graphql, methods=["POST"])], lifespan=lifespan)
