"""Per-token rate limits of expensive operations, applied once a document is valid.

What costs: every root field of a mutation (each writes, in one transaction, and leaves an
audit event), and every report field of a query (``schema.reports.queries.ReportQuery``: each
scans a scope's whole history in SQL). Lists, single reads and ``viewer`` are paged and cheap
and are not counted. A document's cost is the number of such root fields in the operation
that runs, aliases and fragments included, so fifteen aliased reports cost fifteen.

Over budget, nothing runs: the answer is the GraphQL error ``RATE_LIMITED`` (its message says
when to retry), HTTP 429 with Retry-After.
"""

from __future__ import annotations

from collections.abc import Iterator

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
)
from strawberry.utils.str_converters import to_camel_case

from app.rate_limits import Kind
from schema.context import Context
from schema.reports.queries import ReportQuery

REPORT_FIELDS = frozenset(
    field.graphql_name or to_camel_case(field.python_name)
    for field in ReportQuery.__strawberry_definition__.fields  # type: ignore[attr-defined]
)


def root_fields(
    selection_set: SelectionSetNode, fragments: dict[str, FragmentDefinitionNode]
) -> Iterator[str]:
    """The names of the fields an operation selects at its root, through fragments."""
    seen: set[str] = set()
    stack = [selection_set]
    while stack:
        for selection in stack.pop().selections:
            if isinstance(selection, FieldNode):
                yield selection.name.value
            elif isinstance(selection, InlineFragmentNode):
                stack.append(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                if name not in seen and name in fragments:
                    seen.add(name)
                    stack.append(fragments[name].selection_set)


async def charge_operation(
    context: Context, operation: OperationDefinitionNode, document: DocumentNode
) -> GraphQLError | None:
    """Charge the operation to its token's budget; the refusal (and 429) when spent."""
    fragments = {
        definition.name.value: definition
        for definition in document.definitions
        if isinstance(definition, FragmentDefinitionNode)
    }
    names = list(root_fields(operation.selection_set, fragments))
    budget: Kind
    if operation.operation == OperationType.MUTATION:
        budget, cost = "mutations", len([name for name in names if name != "__typename"])
    else:
        budget, cost = "reports", len([name for name in names if name in REPORT_FIELDS])
    if cost == 0 or context.principal.token_id is None:
        return None
    refusal = await context.rate_limits.take(budget, str(context.principal.token_id), cost)
    if refusal is None:
        return None
    context.response.status_code = 429
    context.response.headers["Retry-After"] = str(refusal.retry_after)
    return GraphQLError(refusal.message, original_error=refusal)
