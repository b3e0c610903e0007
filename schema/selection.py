"""What a query selects below the field being resolved: so that a report fetches the
nested data of all its rows at once, only when asked, and its rows' fields resolve
synchronously. An async resolver per row costs graphql-core a task and a gather each,
which on a page of 100 rows cost more than the statements."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from strawberry.types import Info
from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField, Selection


def _fields(selections: Iterable[Selection]) -> Iterator[SelectedField]:
    """The fields of a selection set, fragments (named or inline) opened."""
    for selection in selections:
        if isinstance(selection, SelectedField):
            yield selection
        elif isinstance(selection, FragmentSpread | InlineFragment):
            yield from _fields(selection.selections)


def selects(info: Info, *path: str) -> bool:
    """Whether the query asks for the field at ``path`` (schema names) below this one."""
    level = [sub for field in _fields(info.selected_fields) for sub in _fields(field.selections)]
    for name in path:
        found = [field for field in level if field.name == name]
        if not found:
            return False
        level = [sub for field in found for sub in _fields(field.selections)]
    return True
