"""What one GraphQL request may ask for, checked before anything runs.

- **Tokens, depth, aliases** (settings ``GRAPHQL_MAX_TOKENS``, ``_DEPTH``, ``_ALIASES``): the
  rules are built once per schema, and each refusal carries a stable ``extensions.code``
  (``TOO_MANY_TOKENS``, ``QUERY_TOO_DEEP``, ``TOO_MANY_ALIASES``).
- **Introspection** (``GRAPHQL_INTROSPECTION``): on by default for authenticated users (every
  GraphQL request is authenticated); off, ``__schema``/``__type`` are refused with
  ``INTROSPECTION_DISABLED``.
- **Cost** (``GRAPHQL_MAX_COST``): the number of list items the operation may return, computed
  from the document and its variables before execution (see ``operation_cost``). Over the
  limit nothing runs: ``QUERY_TOO_COSTLY``, with the cost and the limit in the error's
  extensions. Every answer that ran says its cost in ``extensions.cost``.

Parse and validation errors without a code of their own get ``GRAPHQL_PARSE_FAILED`` and
``GRAPHQL_VALIDATION_FAILED`` in ``schema.errors``.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Mapping
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLList,
    GraphQLNonNull,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
    get_named_type,
    is_composite_type,
)
from graphql.type import (
    GraphQLCompositeType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLUnionType,
)
from graphql.validation import (
    NoSchemaIntrospectionCustomRule,
    ValidationContext,
    ValidationRule,
)
from strawberry.extensions.max_aliases import create_validator as alias_validator
from strawberry.extensions.query_depth_limiter import create_validator as depth_validator

from app.services.errors import ErrorCode
from app.settings import Settings

# A list without a ``first`` argument, outside a page, holds the parts of one object (the
# lines of an entry, the allocations of a refund, the errors of a payload): its size is
# bounded by what one request could create, and a typical one is small.
PART_LIST_ESTIMATE = 5


def _coded(rule: type[ValidationRule], code: ErrorCode) -> type[ValidationRule]:
    """``rule`` whose every refusal carries ``extensions.code``."""

    class Coded(rule):  # type: ignore[misc,valid-type]
        def __init__(self, context: ValidationContext) -> None:
            report = context.on_error

            def coded(error: GraphQLError) -> None:
                error.extensions = {**(error.extensions or {}), "code": code.value}
                report(error)

            context.on_error = coded  # type: ignore[method-assign]
            try:
                super().__init__(context)
            finally:
                context.on_error = report  # type: ignore[method-assign]

        # Rules that report while visiting (introspection) report through the context too.
        def report_error(self, error: GraphQLError) -> None:
            error.extensions = {**(error.extensions or {}), "code": code.value}
            super().report_error(error)

    Coded.__name__ = f"Coded{rule.__name__}"
    return Coded


def validation_rules(settings: Settings) -> tuple[type[ValidationRule], ...]:
    """The limit rules, built once from the settings (a per-request rule class would also
    defeat any cache of validation results)."""
    rules = [
        _coded(depth_validator(settings.graphql_max_depth, None), ErrorCode.QUERY_TOO_DEEP),
        _coded(alias_validator(settings.graphql_max_aliases), ErrorCode.TOO_MANY_ALIASES),
    ]
    if not settings.graphql_introspection:
        rules.append(_coded(NoSchemaIntrospectionCustomRule, ErrorCode.INTROSPECTION_DISABLED))
    return tuple(rules)


def _first_argument(definition: Any, node: FieldNode, variables: Mapping[str, Any]) -> int | None:
    """The ``first`` a field is asked for (its default when not given); None without one."""
    argument = definition.args.get("first")
    if argument is None:
        return None
    value: object = argument.default_value
    for given in node.arguments or ():
        if given.name.value != "first":
            continue
        if isinstance(given.value, IntValueNode):
            value = int(given.value.value)
        elif isinstance(given.value, VariableNode) and given.value.name.value in variables:
            value = variables[given.value.name.value]
    # A value that is no integer fails when variables are coerced; it costs nothing here.
    return max(value, 0) if type(value) is int else 0


class _Coster:
    """Objects per parent object of each selection set, fragments costed once each."""

    def __init__(
        self,
        schema: GraphQLSchema,
        fragments: Mapping[str, FragmentDefinitionNode],
        variables: Mapping[str, Any],
    ) -> None:
        self.schema = schema
        self.fragments = fragments
        self.variables = variables
        self.known: dict[tuple[int, str, int | None], int] = {}

    def selection_set(
        self, parent: GraphQLCompositeType, selections: SelectionSetNode, page: int | None
    ) -> int:
        # The cost of a selection set is linear in how many parents there are, so costing it
        # once per parent keeps the walk linear in the document even where fragments repeat.
        key = (id(selections), parent.name, page)
        if key in self.known:
            return self.known[key]
        self.known[key] = 0  # a fragment cycle (refused by validation) costs nothing more
        if isinstance(parent, GraphQLObjectType):
            total = self._concrete(parent, selections, page)
        else:
            # An item of an interface or union is one object type: the dearest one counts.
            total = max(
                (
                    self._concrete(possible, selections, page)
                    for possible in self.schema.get_possible_types(parent)
                ),
                default=0,
            )
        self.known[key] = total
        return total

    def _concrete(
        self, parent: GraphQLObjectType, selections: SelectionSetNode, page: int | None
    ) -> int:
        total = 0
        for selection in selections.selections:
            if isinstance(selection, FieldNode):
                total += self.field(parent, selection, page)
            elif isinstance(selection, InlineFragmentNode):
                if self._applies(selection.type_condition, parent):
                    total += self._concrete(parent, selection.selection_set, page)
            elif isinstance(selection, FragmentSpreadNode):
                fragment = self.fragments.get(selection.name.value)
                if fragment is not None and self._applies(fragment.type_condition, parent):
                    total += self.selection_set(parent, fragment.selection_set, page)
        return total

    def _applies(self, condition: Any, parent: GraphQLObjectType) -> bool:
        """Whether a fragment on ``condition`` selects anything of a ``parent`` object."""
        if condition is None:
            return True
        named = self.schema.get_type(condition.name.value)
        if named is parent:
            return True
        return isinstance(named, GraphQLInterfaceType | GraphQLUnionType) and (
            self.schema.is_sub_type(named, parent)
        )

    def field(self, parent: GraphQLObjectType, node: FieldNode, page: int | None) -> int:
        name = node.name.value
        # Introspection is bounded by the schema; __typename is a scalar.
        if name.startswith("__"):
            return 0
        definition = parent.fields.get(name)
        if definition is None:
            return 0
        returned = definition.type
        if isinstance(returned, GraphQLNonNull):
            returned = returned.of_type
        named = get_named_type(returned)
        if not is_composite_type(named) or node.selection_set is None:
            return 0
        first = _first_argument(definition, node, self.variables)
        inner_page = None
        if isinstance(returned, GraphQLList):
            # Its own first; else, inside a page (a connection or a report), the page size.
            count = first if first is not None else page if page is not None else None
            items = count = PART_LIST_ESTIMATE if count is None else count
        else:  # one object: free, but what it holds counts
            items, count, inner_page = 0, 1, first
        return items + count * self.selection_set(named, node.selection_set, inner_page)


def operation_cost(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Mapping[str, Any],
) -> int:
    """How many list items the operation may return at most, as GitHub counts nodes: a list
    of objects counts its ``first`` (its default when not given) per parent, the lists of a
    page (``edges``, report ``lines``) count the page's ``first``, and other lists
    ``PART_LIST_ESTIMATE``. Single objects, scalars and introspection cost nothing
    themselves; what they hold counts."""
    root = schema.get_root_type(operation.operation)
    if root is None:
        return 0
    fragments = {
        definition.name.value: definition
        for definition in document.definitions
        if isinstance(definition, FragmentDefinitionNode)
    }
    return _Coster(schema, fragments, variables).selection_set(root, operation.selection_set, None)


class _Reading(Mapping[str, Any]):
    """The variables, noting which of them the cost reads (the ``first``s given by one)."""

    def __init__(self, variables: Mapping[str, Any]) -> None:
        self.variables = variables
        self.names: set[str] = set()

    def __getitem__(self, name: str) -> Any:
        self.names.add(name)
        return self.variables[name]

    def __contains__(self, name: object) -> bool:
        if isinstance(name, str):
            self.names.add(name)
        return name in self.variables

    def __iter__(self) -> Iterator[str]:
        return iter(self.variables)

    def __len__(self) -> int:
        return len(self.variables)


_ABSENT = object()
VALUES_PER_DOCUMENT = 32  # costs kept per document, one per set of `first` values


class CostCache:
    """Operation costs by document text and operation name: a document's cost depends on
    nothing else but the values of the variables its ``first`` arguments take, which key
    the costs kept for it. A repeated query costs a look-up instead of a walk."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._known: OrderedDict[tuple[str, str | None], tuple[tuple[str, ...], dict[Any, int]]]
        self._known = OrderedDict()

    def cost(
        self,
        schema: GraphQLSchema,
        query: str,
        document: DocumentNode,
        operation: OperationDefinitionNode,
        variables: Mapping[str, Any],
    ) -> int:
        if not query:  # no text to know the document by
            return operation_cost(schema, document, operation, variables)
        key = (query, operation.name.value if operation.name else None)
        known = self._known.get(key)
        if known is not None:
            values = _first_values(known[0], variables)
            if values is not None and values in known[1]:
                self._known.move_to_end(key)
                return known[1][values]
        reading = _Reading(variables)
        cost = operation_cost(schema, document, operation, reading)
        names = tuple(sorted(reading.names))
        values = _first_values(names, variables)
        if values is None:  # not integers: refused when the variables are coerced
            return cost
        costs = known[1] if known is not None and known[0] == names else {}
        if len(costs) >= VALUES_PER_DOCUMENT:
            costs.clear()
        costs[values] = cost
        self._known[key] = (names, costs)
        self._known.move_to_end(key)
        while len(self._known) > self.maxsize:
            self._known.popitem(last=False)
        return cost


def _first_values(names: tuple[str, ...], variables: Mapping[str, Any]) -> tuple[Any, ...] | None:
    """The values of these variables as a key, or None unless each is an integer or absent."""
    values = tuple(variables.get(name, _ABSENT) for name in names)
    if all(value is _ABSENT or value is None or type(value) is int for value in values):
        return values
    return None


def cost_refusal(cost: int, limit: int) -> GraphQLError:
    """The answer to an operation that could return more list items than ``limit``."""
    return GraphQLError(
        f"This query could return up to {cost} list items; the limit is {limit}. Ask for "
        "smaller pages (first) or fewer nested lists.",
        extensions={"code": ErrorCode.QUERY_TOO_COSTLY.value, "cost": cost, "limit": limit},
    )
