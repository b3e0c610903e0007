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

from collections.abc import AsyncIterator
from typing import Any

from graphql import OperationType
from graphql.utilities import get_operation_ast
from strawberry.extensions import SchemaExtension

from app.db_replica import READ_AFTER_LSN_HEADER, reset_replica, use_replica
from schema.context import Context


class ReadRouting(SchemaExtension):
    """Pass the class to the schema: Strawberry builds one per request."""

    result: dict[str, Any] | None = None

    async def on_execute(self) -> AsyncIterator[None]:
        execution = self.execution_context
        context = execution.context
        document = execution.graphql_document
        if (
            not isinstance(context, Context)
            or context.replica is None
            or document is None
            or execution.result  # refused before running (cost, rate limit): reads nothing
        ):
            yield
            return
        operation = get_operation_ast(document, execution.operation_name)
        if operation is None:  # no operation to run: GraphQL answers the error
            yield
            return
        if operation.operation != OperationType.QUERY:
            yield
            lsn = await context.replica.record_write(context.principal.user_id)
            self.result = {"used": False, "lagSeconds": None, "reason": "WRITE", "writeLsn": lsn}
            return
        route = await context.replica.choose(
            context.principal.user_id, context.request.headers.get(READ_AFTER_LSN_HEADER)
        )
        token = use_replica(route.used)
        try:
            yield
        finally:
            reset_replica(token)
        self.result = route.extension()

    def get_results(self) -> dict[str, Any]:
        return {"replica": self.result} if self.result is not None else {}
