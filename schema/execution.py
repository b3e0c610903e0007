"""The GraphQL executor: graphql-core's, with a short path for plain fields.

Most of what a response carries are leaves read straight off a loaded row: a credit's
``documentNumber``, ``documentDate``, the ``amount`` and ``currency`` of its money. For
each of them graphql-core builds a resolve info, looks up arguments, calls Strawberry's
resolver (which calls ``getattr``), checks twice for an awaitable and walks
``complete_value`` to the scalar's serialiser: some ten calls per leaf, most of the CPU of
a 2,000-credit answer. A field that is plain (Strawberry's own attribute resolver, no
arguments, no permission classes, field extensions or exception handlers, no resolve
middleware) is its attribute: a leaf is that value serialised, an object (of a type with
no ``is_type_of`` check, such as ``Money``) is its sub-selection executed on that value.
This context does just that, skipping what cannot change the answer for such a field.

For a leaf only the happy path is short. Anything else (null in a non-null field, a value
the scalar refuses, a failing attribute) runs graphql-core's full path again, which reads
the same attribute and reports the error exactly as before. An object's sub-selection
runs through graphql-core with its errors handled as ``execute_field`` handles them.
"""

from __future__ import annotations

import dataclasses
import inspect
import weakref
from base64 import b64encode
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from types import CoroutineType, GeneratorType, WrapperDescriptorType
from typing import Any, TypeVar, cast

from graphql import (
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLLeafType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLResolveInfo,
    GraphQLResolveInfoHelpers,
    Undefined,
)
from graphql.execution.collect_fields import FieldDetailsList, GroupedFieldSet
from graphql.execution.executor import invalid_return_type_error
from graphql.execution.values import get_argument_values
from graphql.pyutils import Path
from strawberry.execution import optimized_is_awaitable
from strawberry.relay import GlobalID, Node
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.types.cast import TYPE_CAST_ATTRIBUTE
from strawberry.types.field import StrawberryField

_UNSET = object()
F = TypeVar("F", bound=Callable[..., Any])


def plain_resolver(function: F) -> F:
    """Declares a field's resolver plain: synchronous, reading only ``self`` and scalar
    arguments, without side effects. A ``Completer`` then calls it directly, with the
    arguments coerced once per selection, and may call it again on graphql-core's path
    when an answer needs an error reported. (Put it under ``@strawberry.field``.)"""
    function._plain_resolver = True  # type: ignore[attr-defined]
    return function


@dataclass(frozen=True, slots=True)
class PlainField:
    """A field completed straight from its source's attribute."""

    field_type: GraphQLOutputType  # as declared (non-null or not)
    nullable: bool
    attribute: str
    read: Callable[[Any, str], Any]  # Strawberry's default resolver: getattr
    serialise: Callable[[Any], Any] | None  # a leaf's scalar or enum serialiser
    object_type: GraphQLObjectType | None  # else the object whose sub-selection runs on it
    # A relay node's ``id`` (the attribute is its NodeID): the global id of this exact class.
    node_class: type | None = None
    # Only in a ``Completer``'s plans (``completer_field``): the object type's own check of
    # a value (Strawberry's ``is_type_of``, for a type that implements an interface), and
    # a list of such objects or of leaves, with whether its items may be null.
    check: Callable[[Any, Any], bool] | None = None
    is_list: bool = False
    item_nullable: bool = False
    # An interface, whose value's own type (resolved as Strawberry does) says which
    # selection to complete (``ByClass``).
    interface: GraphQLInterfaceType | None = None
    # A ``plain_resolver`` and its arguments (GraphQL name, Python name): ``read`` calls it
    # once the arguments of a selection are known (``Completer`` plans).
    resolver: Callable[..., Any] | None = None
    arguments: tuple[tuple[str, str], ...] = ()


def _is_relay_node_id(definition: StrawberryField) -> bool:
    """Strawberry's own ``Node.id`` resolver: the global id of the type name and NodeID."""
    resolver = definition.base_resolver
    function = getattr(getattr(resolver, "wrapped_func", None), "__func__", None)
    return function is not None and function is getattr(Node._id, "__func__", None)


def _node_id_field(
    parent_type: GraphQLObjectType, field: GraphQLField, definition: StrawberryField
) -> PlainField | None:
    """Relay's ``id`` of a node class that keeps Strawberry's ``resolve_id`` and
    ``resolve_typename``: ``GlobalID(type name, str(NodeID attribute))``."""
    origin = getattr(parent_type.extensions.get("strawberry-definition"), "origin", None)
    if (
        not isinstance(origin, type)
        or not issubclass(origin, Node)
        or definition.extensions
        or origin.resolve_id.__func__ is not Node.resolve_id.__func__  # type: ignore[attr-defined]
        or origin.resolve_typename.__func__ is not Node.resolve_typename.__func__  # type: ignore[attr-defined]
    ):
        return None
    named = field.type.of_type if isinstance(field.type, GraphQLNonNull) else field.type
    if not isinstance(named, GraphQLLeafType):
        return None
    return PlainField(
        field_type=field.type,
        nullable=False,
        attribute=origin.resolve_id_attr(),
        read=getattr,
        serialise=named.coerce_output_value,
        object_type=None,
        node_class=origin,
    )


def plain_field(parent_type: GraphQLObjectType, field: GraphQLField) -> PlainField | None:
    """How to complete ``field`` directly; None when it needs the full path."""
    definition = field.extensions.get("strawberry-definition")
    if not isinstance(definition, StrawberryField) or field.args:
        return None
    if _is_relay_node_id(definition):
        return _node_id_field(parent_type, field, definition)
    # Strawberry marks the resolver it installs for a field with no resolver, permission
    # classes, field extensions or exception handlers (``is_basic_field``): a getattr.
    if not getattr(field.resolve, "_is_default", False) or not definition.is_basic_field:
        return None
    nullable = not isinstance(field.type, GraphQLNonNull)
    named = field.type.of_type if isinstance(field.type, GraphQLNonNull) else field.type
    serialise, object_type = None, None
    if isinstance(named, GraphQLLeafType):
        serialise = named.coerce_output_value
    elif isinstance(named, GraphQLObjectType) and named.is_type_of is None:
        object_type = named
    else:
        return None
    return PlainField(
        field_type=field.type,
        nullable=nullable,
        attribute=definition.python_name,
        read=definition.default_resolver,
        serialise=serialise,
        object_type=object_type,
    )


def _strawberry_check(object_type: GraphQLObjectType) -> Callable[[Any, Any], bool] | None:
    """The type's ``is_type_of`` where it is the one Strawberry makes for a type with
    interfaces (an isinstance check that does not read ``info``); None where it has none."""
    check = object_type.is_type_of
    if check is None:
        return None
    if (
        getattr(check, "__module__", None) != "strawberry.schema.schema_converter"
        or getattr(check, "__name__", None) != "is_type_of"
    ):
        raise LookupError("not Strawberry's own is_type_of")
    return cast("Callable[[Any, Any], bool]", check)


def _strawberry_resolve_type(interface: GraphQLInterfaceType) -> bool:
    """Whether the interface's type resolution is the one Strawberry makes (the value's
    own Strawberry type, unless ``strawberry.cast`` says otherwise)."""
    resolve = interface.resolve_type
    module = getattr(resolve, "__module__", None)
    name = getattr(resolve, "__qualname__", "")
    return module == "strawberry.schema.schema_converter" and name.endswith(
        "_get_resolve_type.<locals>.resolve_type"
    )


_Target = tuple[
    Callable[[Any], Any] | None,
    GraphQLObjectType | None,
    Callable[[Any, Any], bool] | None,
    GraphQLInterfaceType | None,
]


def _completer_target(named: Any, is_list: bool, resolved: bool) -> _Target | None:
    """What a ``completer_field`` of the named type ``named`` completes: a list's leaves
    (their serialiser), an object (with its type's check), or an interface's object;
    ``resolved``: given by a ``plain_resolver`` (else a plain attribute)."""
    if isinstance(named, GraphQLLeafType) and is_list:
        return named.coerce_output_value, None, None, None
    if isinstance(named, GraphQLInterfaceType) and not is_list:
        return (None, None, None, named) if _strawberry_resolve_type(named) else None
    if not isinstance(named, GraphQLObjectType):
        return None
    try:
        check = _strawberry_check(named)
    except LookupError:
        return None
    if check is None and not is_list and not resolved:
        return None  # plain_field's
    return None, named, check, None


_SCALAR_ARGUMENTS = (int, str, bool)


def _plain_resolver_of(definition: StrawberryField) -> Callable[..., Any] | None:
    """The field's resolver where it is a ``plain_resolver`` Strawberry calls as it is:
    synchronous, given only ``self`` and scalar arguments (which Strawberry passes on as
    graphql-core coerced them), with no permission classes or field extensions."""
    resolver = definition.base_resolver
    function = getattr(resolver, "wrapped_func", None)
    if resolver is None or not getattr(function, "_plain_resolver", False):
        return None
    if (
        resolver.is_async
        or definition.extensions
        or definition.permission_classes
        or resolver.info_parameter is not None
        or resolver.root_parameter is not None
        or resolver.parent_parameter is not None
        or any(argument.type not in _SCALAR_ARGUMENTS for argument in definition.arguments)
    ):
        return None
    return cast("Callable[..., Any]", function)


def _no_attribute(_source: Any, _attribute: str) -> Any:
    raise AttributeError("a resolver's field is read once its arguments are known")


def completer_field(parent_type: GraphQLObjectType, field: GraphQLField) -> PlainField | None:
    """What a ``Completer`` may complete besides ``plain_field``'s: a plain attribute
    (or ``plain_resolver``) holding an object of a type with Strawberry's ``is_type_of`` (a
    relay node, a type with interfaces) or of an interface, or a list of plain objects or
    leaves (a report line's refunds)."""
    definition = field.extensions.get("strawberry-definition")
    if not isinstance(definition, StrawberryField):
        return None
    resolver = _plain_resolver_of(definition)
    if resolver is None and (
        field.args
        or not getattr(field.resolve, "_is_default", False)
        or not definition.is_basic_field
    ):
        return None
    nullable = not isinstance(field.type, GraphQLNonNull)
    named = field.type.of_type if isinstance(field.type, GraphQLNonNull) else field.type
    is_list, item_nullable = isinstance(named, GraphQLList), False
    if isinstance(named, GraphQLList):
        item_nullable = not isinstance(named.of_type, GraphQLNonNull)
        named = (
            named.of_type.of_type if isinstance(named.of_type, GraphQLNonNull) else named.of_type
        )
    target = _completer_target(named, is_list, resolver is not None)
    if target is None:
        return None
    serialise, object_type, check, interface = target
    return PlainField(
        field_type=field.type,
        nullable=nullable,
        attribute=definition.python_name,
        read=definition.default_resolver if resolver is None else _no_attribute,
        serialise=serialise,
        object_type=object_type,
        check=check,
        is_list=is_list,
        item_nullable=item_nullable,
        interface=interface,
        resolver=resolver,
        arguments=_argument_names(field) if resolver is not None else (),
    )


def _argument_names(field: GraphQLField) -> tuple[tuple[str, str], ...]:
    """Each argument's name in the schema (as the schema's name converter made it, e.g.
    ``atMost``) and in Python (``at_most``), from the argument Strawberry made it from."""
    return tuple(
        (name, argument.extensions["strawberry-definition"].python_name)
        for name, argument in field.args.items()
    )


def _planned(
    plans: dict[GraphQLObjectType, dict[str, PlainField]],
    parent_type: GraphQLObjectType,
    plan: Callable[[GraphQLObjectType, GraphQLField], PlainField | None],
) -> dict[str, PlainField]:
    """``parent_type``'s fields that ``plan`` plans, by name: planned once, kept in
    ``plans``."""
    found = plans.get(parent_type)
    if found is None:
        found = {}
        for name, field in parent_type.fields.items():
            planned = plan(parent_type, field)
            if planned is not None:
                found[name] = planned
        plans[parent_type] = found
    return found


def _weakly(method: Callable[..., Any]) -> Callable[..., Any]:
    """``method``, without keeping its object alive."""
    reference = weakref.WeakMethod(method)

    def call(*args: Any) -> Any:
        bound = reference()
        if bound is None:  # the operation is over: nothing may start now
            raise RuntimeError("the operation's execution has ended")
        return bound(*args)

    return call


class PlainFieldsExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """graphql-core's executor with plain fields completed straight from the attribute.
    Give each schema its own subclass (``plain_fields_context``): the plans are per type."""

    # Per object type: its plain fields, planned the first time the type is executed, and
    # the fields only a Completer takes (``completer_field``).
    _plans: dict[GraphQLObjectType, dict[str, PlainField]]
    _completer_plans: dict[GraphQLObjectType, dict[str, PlainField]]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # graphql-core's helpers are bound methods of the context, kept by the context: a
        # cycle, so every object of a request (its rows, loaders, the request itself) was
        # left as cyclic garbage for the collector, which under load took a fifth of the
        # CPU. Held weakly, all of it goes the moment the request ends. They are only called
        # while the operation runs (by graphql-core, which keeps the context alive while it
        # runs; neither the app nor Strawberry call them): a task a resolver leaves running
        # past the answer gets an error from them instead.
        self.async_helpers = GraphQLResolveInfoHelpers(
            gather=_weakly(self.gather_async_work), track=_weakly(self.track_async_work)
        )
        manager = self.middleware_manager
        # A resolve middleware (an extension's ``resolve`` hook) must see every field.
        self._short_path = manager is None or manager._middleware_resolvers is None
        # Per selection of an object type in this request (the field group's identity, as
        # graphql-core memoises its collection): how to complete it at once, or None. The
        # group is kept with it, so that its id is not reused while the request runs.
        self._completers: dict[
            tuple[GraphQLObjectType, int], tuple[FieldDetailsList, Completer | None]
        ] = {}

    @classmethod
    def plain_fields(cls, parent_type: GraphQLObjectType) -> dict[str, PlainField]:
        """The plain fields of ``parent_type`` (of this class's schema), by name."""
        return _planned(cls._plans, parent_type, plain_field)

    @classmethod
    def completer_fields(cls, parent_type: GraphQLObjectType) -> dict[str, PlainField]:
        """The fields of ``parent_type`` only a Completer takes, by name."""
        return _planned(cls._completer_plans, parent_type, completer_field)

    def execute_fields(
        self,
        parent_type: GraphQLObjectType,
        source_value: Any,
        path: Path | None,
        grouped_field_set: GroupedFieldSet,
        position_context: Any,
    ) -> Any:
        """Plain leaves in one step each (not even a path); the other fields, and a leaf
        whose value needs an error reported, as graphql-core executes them; the answer in
        the query's order."""
        if not self._short_path:
            return super().execute_fields(
                parent_type, source_value, path, grouped_field_set, position_context
            )
        plans = self.plain_fields(parent_type)
        leaves: dict[str, Any] = {}
        others: GroupedFieldSet | None = None
        for response_name, field_details_list in grouped_field_set.items():
            node = field_details_list[0].node
            plan = plans.get(node.name.value)
            if plan is not None and plan.object_type is None and not node.arguments:
                if plan.node_class is None:
                    value = _plain_leaf(plan, source_value)
                else:
                    value = _node_id(plan, plan.node_class, parent_type, source_value)
                if value is not _UNSET:
                    leaves[response_name] = value
                    continue
            if others is None:
                others = {}
            others[response_name] = field_details_list
        if others is None:
            return leaves
        executed = super().execute_fields(parent_type, source_value, path, others, position_context)
        if not leaves:
            return executed
        if self.is_awaitable(executed):
            return _in_order_later(grouped_field_set, leaves, executed)
        return _in_order(grouped_field_set, leaves, cast("dict[str, Any]", executed))

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: FieldDetailsList,
        path: Path,
        position_context: Any,
    ) -> Any:
        if self._short_path:
            node = field_details_list[0].node
            plan = self.plain_fields(parent_type).get(node.name.value)
            if plan is not None and plan.object_type is not None and not node.arguments:
                value = self._plain_object(
                    plan, plan.object_type, source, field_details_list, path, position_context
                )
                if value is not _UNSET:
                    return value
        return super().execute_field(
            parent_type, source, field_details_list, path, position_context
        )

    def complete_iterable_value(
        self,
        item_type: GraphQLOutputType,
        field_details_list: FieldDetailsList,
        info: GraphQLResolveInfo[Any],
        path: Path,
        items: Iterable[Any],
        position_context: Any,
    ) -> Any:
        """A list of objects whose selection is all plain (20 credits), in one loop: the
        same answers as item by item, or, at the first item that needs more (a null, an
        error, another type), the whole list item by item."""
        completed = self._plain_list(item_type, field_details_list, info, path, items)
        if completed is not _UNSET:
            return completed
        return super().complete_iterable_value(
            item_type, field_details_list, info, path, items, position_context
        )

    def _plain_list(
        self,
        item_type: GraphQLOutputType,
        field_details_list: FieldDetailsList,
        info: GraphQLResolveInfo[Any],
        path: Path,
        items: Iterable[Any],
    ) -> Any:
        object_type = _list_object_type(item_type)
        completer = (
            self.completer(object_type, field_details_list)
            # Read twice on the way back: a list, not an iterator. No @stream.
            if object_type is not None
            and isinstance(items, list | tuple)
            and self.get_stream_usage(field_details_list, path) is None
            else None
        )
        if completer is None or object_type is None:
            return _UNSET
        is_type_of = object_type.is_type_of
        completed = []
        for item in items:
            if (
                item is None
                or isinstance(item, Exception)
                or (type(item) not in _NEVER_AWAITED and _awaitable(item))
            ):
                return _UNSET
            if is_type_of is not None and not _passes(is_type_of, item, info):
                return _UNSET
            answer = completer(item)
            if answer is _UNSET:
                return _UNSET
            completed.append(answer)
        return completed

    def complete_list_item_value(
        self,
        item: Any,
        complete_results: list[Any],
        item_type: GraphQLOutputType,
        field_details_list: FieldDetailsList,
        info: GraphQLResolveInfo[Any],
        item_path: Path,
        position_context: Any,
    ) -> bool:
        """An object in a list (a credit of eligibleCredits) straight to its sub-selection:
        what complete_value does for it, without its three levels of dispatch."""
        object_type = _list_object_type(item_type)
        if object_type is None or item is None or isinstance(item, Exception):
            return super().complete_list_item_value(
                item,
                complete_results,
                item_type,
                field_details_list,
                info,
                item_path,
                position_context,
            )
        try:
            if object_type.is_type_of is not None and not object_type.is_type_of(item, info):
                raise invalid_return_type_error(object_type, item, field_details_list)
            completed = self._subfields(
                object_type, field_details_list, item_path, item, position_context
            )
        except Exception as raw_error:  # handled as graphql-core does
            self.handle_field_error(raw_error, item_type, field_details_list, item_path)
            complete_results.append(None)
            return False
        if self.is_awaitable(completed):
            complete_results.append(
                self._awaited(completed, item_type, field_details_list, item_path)
            )
            return True
        complete_results.append(completed)
        return False

    def _subfields(
        self,
        object_type: GraphQLObjectType,
        field_details_list: FieldDetailsList,
        path: Path,
        source: Any,
        position_context: Any,
    ) -> Any:
        """An object's sub-selection: at once where it is all plain, else as graphql-core
        executes it."""
        completer = self.completer(object_type, field_details_list)
        if completer is not None:
            completed = completer(source)
            if completed is not _UNSET:
                return completed
        return self.collect_and_execute_subfields(
            object_type, field_details_list, path, source, position_context
        )

    def completer(
        self, object_type: GraphQLObjectType, field_details_list: FieldDetailsList
    ) -> Completer | None:
        """How to complete this selection of ``object_type`` in one call, when every field
        it selects is plain (recursively) or ``__typename``; else None."""
        if not self._short_path:
            return None
        key = (object_type, id(field_details_list))
        known = self._completers.get(key)
        if known is not None:
            return known[1]
        self._completers[key] = (field_details_list, None)  # while planning: not (yet) plain
        completer = self._plan_completer(object_type, field_details_list)
        self._completers[key] = (field_details_list, completer)
        return completer

    def _plan_completer(
        self, object_type: GraphQLObjectType, field_details_list: FieldDetailsList
    ) -> Completer | None:
        grouped_field_set, new_defer_usages, _forbidden = self.collect_subfields(
            object_type, field_details_list
        )
        if new_defer_usages:
            return None
        plans = self.plain_fields(object_type)
        steps: list[_Step] = []
        for response_name, details in grouped_field_set.items():
            node = details[0].node
            if node.name.value == "__typename":
                steps.append((response_name, _TYPENAME, None, None))
                continue
            plan = plans.get(node.name.value) or self.completer_fields(object_type).get(
                node.name.value
            )
            if plan is not None and plan.resolver is not None:
                plan = self._with_arguments(plan, object_type, details)
            elif node.arguments:
                return None
            if plan is None:
                return None
            if plan.interface is not None:
                by_class = self._by_class(plan.interface, details)
                if by_class is None:
                    return None
                steps.append((response_name, _INTERFACE, plan, by_class))
                continue
            if plan.object_type is None and not plan.is_list:
                steps.append((response_name, _LEAF if plan.node_class is None else _ID, plan, None))
                continue
            inner = None
            if plan.object_type is not None:
                inner = self.completer(plan.object_type, details)
                if inner is None:
                    return None
            steps.append((response_name, _LIST if plan.is_list else _OBJECT, plan, inner))
        return Completer(object_type, tuple(steps))

    def _with_arguments(
        self, plan: PlainField, object_type: GraphQLObjectType, details: FieldDetailsList
    ) -> PlainField | None:
        """A resolver's plan for this selection: read by calling it with the selection's
        arguments, coerced as graphql-core coerces them for every call; None where they
        are refused (graphql-core's path reports it)."""
        node = details[0].node
        try:
            values = get_argument_values(
                object_type.fields[node.name.value],
                node,
                self.variable_values,
                details[0].fragment_variable_values,
                self.hide_suggestions,
            )
        except Exception:
            return None
        resolver = plan.resolver
        assert resolver is not None  # noqa: S101 - a resolver's plan
        arguments = {
            python: values[graphql] for graphql, python in plan.arguments if graphql in values
        }

        def read(source: Any, _attribute: str) -> Any:
            return resolver(source, **arguments)

        return dataclasses.replace(plan, read=read)

    def _by_class(
        self, interface: GraphQLInterfaceType, field_details_list: FieldDetailsList
    ) -> ByClass | None:
        """This selection of ``interface``, planned for each type implementing it whose
        selection is all plain, by its Python class; None when none is."""
        by_class: dict[type, tuple[Completer, Callable[[Any, Any], bool] | None]] = {}
        for concrete in self.schema.get_possible_types(interface):
            definition = concrete.extensions.get("strawberry-definition")
            origin = getattr(definition, "origin", None)
            if (
                not isinstance(origin, type)
                or getattr(definition, "is_graphql_generic", True)
                # Strawberry resolves the type by its definition's name: a name converter
                # that renames the type makes that fail, on the full path.
                or concrete.name != getattr(definition, "name", None)
            ):
                continue
            try:
                check = _strawberry_check(concrete)
            except LookupError:
                continue
            inner = self.completer(concrete, field_details_list)
            if inner is not None:
                by_class[origin] = (inner, check)
        return ByClass(by_class) if by_class else None

    def _plain_object(
        self,
        plan: PlainField,
        object_type: GraphQLObjectType,
        source: Any,
        field_details_list: FieldDetailsList,
        path: Path,
        position_context: Any,
    ) -> Any:
        value = _plain_attribute(plan, source)
        if value is None or value is _UNSET:
            return value
        # From here as graphql-core's execute_field and complete_object_value do for an
        # object type with no is_type_of, errors included.
        try:
            completed = self._subfields(
                object_type, field_details_list, path, value, position_context
            )
        except Exception as raw_error:  # handled as graphql-core does
            self.handle_field_error(raw_error, plan.field_type, field_details_list, path)
            return None
        if self.is_awaitable(completed):
            return self._awaited(completed, plan.field_type, field_details_list, path)
        return completed

    async def _awaited(
        self,
        completed: Any,
        return_type: GraphQLOutputType,
        field_details_list: FieldDetailsList,
        path: Path,
    ) -> Any:
        try:
            return await completed
        except Exception as raw_error:  # handled as graphql-core does
            self.handle_field_error(raw_error, return_type, field_details_list, path)
            return None


def _list_object_type(item_type: GraphQLOutputType) -> GraphQLObjectType | None:
    """The object type of a list's items, if its check of an item is synchronous."""
    named = item_type.of_type if isinstance(item_type, GraphQLNonNull) else item_type
    if not isinstance(named, GraphQLObjectType):
        return None
    if named.is_type_of is not None and inspect.iscoroutinefunction(named.is_type_of):
        return None
    return named


def _in_order(
    grouped_field_set: GroupedFieldSet, leaves: dict[str, Any], executed: dict[str, Any]
) -> dict[str, Any]:
    """Every answered field in the query's order (graphql-core leaves out unknown ones)."""
    return {
        name: leaves[name] if name in leaves else executed[name]
        for name in grouped_field_set
        if name in leaves or name in executed
    }


async def _in_order_later(
    grouped_field_set: GroupedFieldSet, leaves: dict[str, Any], executed: Awaitable[Any]
) -> dict[str, Any]:
    return _in_order(grouped_field_set, leaves, await executed)


def plain_fields_context() -> type[PlainFieldsExecutionContext]:
    """An execution context class for one schema, with its own plans (a schema that is
    dropped takes them with it)."""
    return type(
        "SchemaPlainFieldsExecutionContext",
        (PlainFieldsExecutionContext,),
        {"_plans": {}, "_completer_plans": {}},
    )


# Types whose values graphql-core never awaits, learnt as values come: one set lookup per
# value, where the check itself (isinstance, then hasattr ``__await__``, which fails with an
# AttributeError for every date or object) cost 5% of a 20-credit answer. A type is kept
# only where the check cannot differ between its values: no ``__await__``, no attribute
# hooks. (An ``__await__`` set on one instance is not awaitable to Python either.)
_NEVER_AWAITED: set[type] = {str, int, float, bool, bytes, list, tuple, dict, type(None)}
_NEVER_AWAITED_MAX = 2_000


def _awaitable(value: Any) -> bool:
    """Whether graphql-core would await ``value``; callers first look its type up in
    ``_NEVER_AWAITED`` themselves (the common case, without a call)."""
    kind = type(value)
    if optimized_is_awaitable(value):
        return True
    if (
        len(_NEVER_AWAITED) < _NEVER_AWAITED_MAX
        # What the value's own lookup finds: its class's, not a metaclass's (an enum class
        # has EnumType's ``__getattr__``, for the class, not its members).
        and not _on_instances(kind, "__await__")
        and not _on_instances(kind, "__getattr__")
        # Attribute lookup written in C (object's, a date's), not a Python override.
        and isinstance(kind.__getattribute__, WrapperDescriptorType)
        and not issubclass(kind, GeneratorType | CoroutineType)
    ):
        _NEVER_AWAITED.add(kind)
    return False


def _on_instances(kind: type, name: str) -> bool:
    """Whether instances of ``kind`` find attribute ``name`` on their class."""
    return any(name in vars(klass) for klass in kind.__mro__)


def _plain_leaf(plan: PlainField, source: Any) -> Any:
    """The serialised attribute; _UNSET where graphql-core must report an error."""
    assert plan.serialise is not None  # noqa: S101 - a leaf's plan
    try:
        value = plan.read(source, plan.attribute)
        if value is None or value is Undefined:
            return None if plan.nullable else _UNSET
        if isinstance(value, Exception) or (
            type(value) not in _NEVER_AWAITED and _awaitable(value)
        ):
            return _UNSET  # an error to report, a value to await: the full path's
        serialised = plan.serialise(value)
    except Exception:  # the full path reports it
        return _UNSET
    if serialised is None or serialised is Undefined:
        return _UNSET
    return serialised


def _node_id(
    plan: PlainField, node_class: type, parent_type: GraphQLObjectType, source: Any
) -> Any:
    """What Strawberry's ``Node._id`` gives, serialised; only for the class planned for (a
    subclass may resolve its id otherwise)."""
    assert plan.serialise is not None  # noqa: S101 - a leaf's plan
    if type(source) is not node_class:
        return _UNSET
    try:
        node_id = getattr(source, plan.attribute)
        if type(node_id) is int:
            # The common case, the string GlobalID gives, without building one.
            return b64encode(f"{parent_type.name}:{node_id}".encode()).decode()
        if node_id is None or isinstance(node_id, Exception) or inspect.isawaitable(node_id):
            return _UNSET
        serialised = plan.serialise(GlobalID(type_name=parent_type.name, node_id=str(node_id)))
    except Exception:  # the full path reports it
        return _UNSET
    if serialised is None or serialised is Undefined:
        return _UNSET
    return serialised


# What a step of a ``Completer`` does: a plain leaf, a relay node's id, a plain object (its
# own completer), the type's name, a list of plain objects or leaves, an interface's object.
_LEAF, _ID, _OBJECT, _TYPENAME, _LIST, _INTERFACE = range(6)
_Step = tuple[str, int, PlainField | None, "Completer | ByClass | None"]


class Completer:
    """A selection of an object type whose fields are all plain, completed in one call: the
    answer graphql-core gives, or _UNSET where anything needs its full path (a null in a
    non-null field, a value a scalar refuses, a failing attribute). The caller then runs
    that path, which reads the same attributes again and reports the error as before."""

    __slots__ = ("object_type", "steps")

    def __init__(self, object_type: GraphQLObjectType, steps: tuple[_Step, ...]) -> None:
        self.object_type = object_type
        self.steps = steps

    def __call__(self, source: Any) -> Any:
        answer: dict[str, Any] = {}
        for response_name, kind, plan, inner in self.steps:
            if kind == _LEAF:
                value = _plain_leaf(plan, source)  # type: ignore[arg-type]
            elif kind == _ID:
                value = _node_id(plan, plan.node_class, self.object_type, source)  # type: ignore[arg-type,union-attr]
            elif kind == _TYPENAME:
                value = self.object_type.name
            elif kind == _OBJECT:
                value = _plain_value(plan, inner, source)  # type: ignore[arg-type]
            elif kind == _LIST:
                value = _plain_items(plan, inner, source)  # type: ignore[arg-type]
            else:
                value = _interface_value(plan, inner, source)  # type: ignore[arg-type]
            if value is _UNSET:
                return _UNSET
            answer[response_name] = value
        return answer


class ByClass:
    """An interface's selection, by the class of the value: its type's completer and check
    (``is_type_of``), for the types whose selection is all plain."""

    __slots__ = ("by_class",)

    def __init__(
        self, by_class: dict[type, tuple[Completer, Callable[[Any, Any], bool] | None]]
    ) -> None:
        self.by_class = by_class


def _interface_value(plan: PlainField, by_class: ByClass, source: Any) -> Any:
    """A plain interface field's answer, or _UNSET. Strawberry resolves the value's type
    from its class; a class not planned (another type, a subclass) and a value given
    another type by ``strawberry.cast`` take the full path."""
    value = _plain_attribute(plan, source)
    if value is None or value is _UNSET:
        return value
    planned = by_class.by_class.get(type(value))
    if planned is None or TYPE_CAST_ATTRIBUTE in getattr(value, "__dict__", ()):
        return _UNSET
    inner, check = planned
    if check is not None and not _passes(check, value):
        return _UNSET
    return inner(value)


def _plain_attribute(plan: PlainField, source: Any) -> Any:
    """A plain object field's attribute: the object, None where a null is its answer, or
    _UNSET where graphql-core's full path must report an error."""
    try:
        value = plan.read(source, plan.attribute)
        if value is None or value is Undefined:
            return None if plan.nullable else _UNSET
        if isinstance(value, Exception) or (
            type(value) not in _NEVER_AWAITED and _awaitable(value)
        ):
            return _UNSET
    except Exception:  # the full path reports it
        return _UNSET
    return value


def _plain_value(plan: PlainField, inner: Completer, source: Any) -> Any:
    """A plain object field's answer, or _UNSET."""
    value = _plain_attribute(plan, source)
    if value is None or value is _UNSET:
        return value
    if plan.check is not None and not _passes(plan.check, value):
        return _UNSET  # the full path says it is not of the type, or fails checking
    return inner(value)


def _passes(check: Callable[[Any, Any], object], value: Any, info: Any = None) -> bool:
    """A type's own check (``is_type_of``, synchronous) of ``value``; False where it fails
    or raises (the full path then reports it)."""
    try:
        return bool(check(value, info))
    except Exception:
        return False


def _plain_items(plan: PlainField, inner: Completer | None, source: Any) -> Any:
    """A plain list field's answer (objects through ``inner``, else leaves), or _UNSET."""
    value = _plain_attribute(plan, source)
    if value is None or value is _UNSET:
        return value
    if not isinstance(value, list | tuple):
        return _UNSET  # an iterator, a string...: as graphql-core takes them, on its path
    completed: list[Any] = []
    try:
        for item in value:
            answer = _plain_item(plan, inner, item)
            if answer is _UNSET:
                return _UNSET
            completed.append(answer)
    except Exception:  # a list that fails to iterate: the full path reports it
        return _UNSET
    return completed


def _plain_item(plan: PlainField, inner: Completer | None, item: Any) -> Any:
    if item is None or item is Undefined:
        return None if plan.item_nullable else _UNSET
    if isinstance(item, Exception) or (type(item) not in _NEVER_AWAITED and _awaitable(item)):
        return _UNSET  # an error to report, a value to await: the full path's
    if inner is None:
        return _plain_item_leaf(plan, item)
    if plan.check is not None and not _passes(plan.check, item):
        return _UNSET
    return inner(item)


def _plain_item_leaf(plan: PlainField, item: Any) -> Any:
    assert plan.serialise is not None  # noqa: S101 - a list of leaves' plan
    try:
        serialised = plan.serialise(item)
    except Exception:  # the full path reports it
        return _UNSET
    if serialised is None or serialised is Undefined:
        return _UNSET
    return serialised
