"""Where a GraphQL operation reads: a query may read from the read replica, a mutation
never does (``app.db_replica`` has the rule).

Every response of an app with a replica says what happened in ``extensions.replica``:
``{"used": true, "lagSeconds": 0.004, "reason": null}`` for a query (``reason`` says why the
primary answered instead: ``UNAVAILABLE``, ``NOT_A_REPLICA``, ``LAGGING``, ``RECENT_WRITE``),
``{"used": false, "reason": "WRITE", "writeLsn": "0/3000148"}`` for a mutation: the
primary's WAL position after it, to send back as ``X-Read-After-LSN`` for reads that must
see it whichever process answers them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from graphql import OperationDefinitionNode, OperationType

from app.db_replica import READ_AFTER_LSN_HEADER, ReplicaRouting, reset_replica, use_replica
from schema.context import Context

T = TypeVar("T")


async def run_routed(
    replica: ReplicaRouting,
    context: Context,
    operation: OperationDefinitionNode,
    run: Callable[[], Awaitable[T]],
) -> tuple[T, dict[str, Any]]:
    """``run`` the operation where it may read, and what to say about it in
    ``extensions.replica``."""
    if operation.operation != OperationType.QUERY:
        result = await run()
        lsn = await replica.record_write(context.principal.user_id)
        return result, {"used": False, "lagSeconds": None, "reason": "WRITE", "writeLsn": lsn}
    route = await replica.choose(
        context.principal.user_id, context.request.headers.get(READ_AFTER_LSN_HEADER)
    )
    token = use_replica(route.used)
    try:
        result = await run()
    finally:
        reset_replica(token)
    return result, route.extension()
