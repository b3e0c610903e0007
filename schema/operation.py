"""One GraphQL operation, run with every request rule in one pass of plain calls.

Strawberry's ``Schema.execute`` applies rules as schema extensions: per request it builds each
extension, a runner, and a context manager per hook and extension, which together cost more
CPU than a small operation's own work (callgrind: 0.6 M of 7.3 M instructions for a
20-credit customer, 0.57 M of 2.0 M for ``{ __typename }``). ``OperationRunner`` takes the
same steps itself, in this order:

1. **parse**, cached by the document's text (bounded LRU); a document over
   ``GRAPHQL_MAX_TOKENS`` is refused (``schema.limits``);
2. **the operation's type**: one the HTTP method allows (no mutation over GET), else HTTP 400
   with Strawberry's own message;
3. **validate**, with graphql-core's rules and the limit rules built once from the settings,
   cached with the parsed document, so a repeated query costs no validation;
4. **cost** (``schema.limits``): over ``GRAPHQL_MAX_COST`` nothing runs; every answer that
   ran says its cost in ``extensions.cost``;
5. **rate limits** of mutations and reports (``schema.rate_limits``): 429 when spent;
6. **where it reads** (``schema.replica``), with a read replica;
7. **execution** (graphql-core, with the plain-fields executor of ``schema.execution``);
8. **errors**: each logged (``schema.errors.log_errors``), then made public
   (``public_errors``: masked, or labelled with a code), whichever step failed, including an
   exception escaping any of them.

The schema itself carries no extensions: every rule of a request is here, once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Awaitable, Callable, Collection
from typing import Any, TypeGuard, cast

from graphql import (
    DocumentNode,
    GraphQLError,
    OperationDefinitionNode,
    execute,
    parse,
    specified_rules,
)
from graphql import (
    ExecutionResult as CoreExecutionResult,
)
from graphql.utilities import get_operation_ast
from strawberry.execution import optimized_is_awaitable
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.schema.schema import validate_document
from strawberry.types import ExecutionResult
from strawberry.types.graphql import OperationType
from strawberry.utils.operation import get_first_operation, get_operation_type

from app.settings import Settings
from schema.context import Context
from schema.errors import log_errors, public_errors
from schema.limits import CostCache, cost_refusal, validation_rules
from schema.rate_limits import charge_operation
from schema.replica import run_routed
from schema.schema import RefundsSchema


class _Document:
    """A parsed document, and its validation errors once validated."""

    __slots__ = ("document", "errors")

    def __init__(self, document: DocumentNode) -> None:
        self.document = document
        self.errors: list[GraphQLError] | None = None


DOCUMENT_CACHE_SIZE = 512


def _coerced(error: Exception) -> GraphQLError:
    """A failure as a GraphQL error (as Strawberry does): the error itself, or one around it."""
    return (
        error if isinstance(error, GraphQLError) else GraphQLError(str(error), original_error=error)
    )


class OperationRunner:
    def __init__(
        self, schema: RefundsSchema, settings: Settings, cache_size: int = DOCUMENT_CACHE_SIZE
    ) -> None:
        self.schema = schema
        self.settings = settings
        self.cache_size = cache_size
        self._rules = (*specified_rules, *validation_rules(settings))
        self._documents: OrderedDict[str, _Document] = OrderedDict()
        self._costs = CostCache(cache_size)
        # Validations actually run (not answered from the cache): tests read it.
        self.validations = 0

    async def run(
        self,
        query: str,
        *,
        variables: dict[str, Any] | None,
        operation_name: str | None,
        extensions: dict[str, Any] | None,
        context: Any,
        allowed: Collection[OperationType],
    ) -> ExecutionResult:
        """The answer to one operation. Raises only Strawberry's HTTP-level refusals
        (``CannotGetOperationTypeError``, ``InvalidOperationTypeError``)."""
        result_extensions: dict[str, Any] = {}
        try:
            entry = self._document(query)
        except Exception as error:  # syntax, too many tokens
            return self._answer(None, [_coerced(error)], operation_name, context, result_extensions)
        try:
            operation_type = get_operation_type(entry.document, operation_name)
        except RuntimeError as error:
            raise CannotGetOperationTypeError(operation_name) from error
        if operation_name is None:
            # As Strawberry: without a name, the document's first operation runs (named or
            # not), also when the document holds several.
            first = get_first_operation(entry.document)
            operation_name = first.name.value if first is not None and first.name else None
        if operation_type not in allowed:
            raise InvalidOperationTypeError(operation_type)
        try:
            if entry.errors is None:
                self.validations += 1
                entry.errors = validate_document(self.schema._schema, entry.document, self._rules)
            if entry.errors:
                return self._answer(None, entry.errors, operation_name, context, result_extensions)
            operation = get_operation_ast(entry.document, operation_name)
            if operation is None:  # validation refuses an unnamed operation among others
                raise CannotGetOperationTypeError(operation_name)
            result = await self._execute(
                query,
                entry.document,
                operation,
                variables,
                operation_name,
                extensions,
                context,
                result_extensions,
            )
        except CannotGetOperationTypeError:
            raise
        except Exception as error:  # masked and logged like any other
            return self._answer(None, [_coerced(error)], operation_name, context, result_extensions)
        return self._answer(result.data, result.errors, operation_name, context, result_extensions)

    def _document(self, query: str) -> _Document:
        documents = self._documents
        entry = documents.get(query)
        if entry is not None:
            documents.move_to_end(query)
            return entry
        entry = _Document(parse(query, max_tokens=self.settings.graphql_max_tokens))
        documents[query] = entry
        if len(documents) > self.cache_size:
            documents.popitem(last=False)
        return entry

    async def _execute(
        self,
        query: str,
        document: DocumentNode,
        operation: OperationDefinitionNode,
        variables: dict[str, Any] | None,
        operation_name: str | None,
        extensions: dict[str, Any] | None,
        context: Any,
        result_extensions: dict[str, Any],
    ) -> CoreExecutionResult:
        settings = self.settings
        cost = self._costs.cost(self.schema._schema, query, document, operation, variables or {})
        result_extensions["cost"] = {"requested": cost, "limit": settings.graphql_max_cost}
        if cost > settings.graphql_max_cost:
            return CoreExecutionResult(None, [cost_refusal(cost, settings.graphql_max_cost)])
        if isinstance(context, Context):
            refusal = await charge_operation(context, operation, document)
            if refusal is not None:
                return CoreExecutionResult(None, [refusal])
            replica = context.replica
            if replica is not None:

                async def run() -> CoreExecutionResult:
                    return await self._graphql(
                        document, variables, operation_name, extensions, context
                    )

                result, result_extensions["replica"] = await run_routed(
                    replica, context, operation, run
                )
                return result
        return await self._graphql(document, variables, operation_name, extensions, context)

    async def _graphql(
        self,
        document: DocumentNode,
        variables: dict[str, Any] | None,
        operation_name: str | None,
        extensions: dict[str, Any] | None,
        context: Any,
    ) -> CoreExecutionResult:
        result = execute(
            self.schema._schema,
            document,
            context_value=context,
            variable_values=variables,
            operation_name=operation_name,
            executor_class=self.schema.execution_context_class,
            is_awaitable=cast("Callable[[Any], TypeGuard[Awaitable[Any]]]", optimized_is_awaitable),
            operation_extensions=extensions,
        )
        if isinstance(result, CoreExecutionResult):
            return result
        return await result

    def _answer(
        self,
        data: dict[str, Any] | None,
        errors: list[GraphQLError] | None,
        operation_name: str | None,
        context: Any,
        extensions: dict[str, Any],
    ) -> ExecutionResult:
        if errors:
            if self.schema.config.disable_field_suggestions:
                for error in errors:
                    self.schema.remove_field_suggestion(error)
            log_errors(errors, operation_name)
            errors = public_errors(errors, getattr(context, "request_id", None))
        return ExecutionResult(data=data, errors=errors or None, extensions=extensions or None)
