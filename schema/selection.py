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


def selected(info: Info, *path: str) -> list[SelectedField]:
    """The selections of the field at ``path`` (schema names) below this one: one per
    alias or fragment asking for it, with its own arguments; none when not asked."""
    found = list(_fields(info.selected_fields))
    for name in path:
        level = [sub for field in found for sub in _fields(field.selections)]
        found = [field for field in level if field.name == name]
        if not found:
            return []
    return found


def selects(info: Info, *path: str) -> bool:
    """Whether the query asks for the field at ``path`` (schema names) below this one."""
    return bool(selected(info, *path))


def largest_first(info: Info, *path: str, default: int, most: int) -> int:
    """The largest ``first`` argument the selections at ``path`` give (``default`` where
    one gives none; ``most`` where one is not a number: the field itself refuses it)."""
    largest = 0
    for field in selected(info, *path):
        first = field.arguments.get("first", default)
        largest = max(largest, first if isinstance(first, int) else most)
    return min(largest, most)
