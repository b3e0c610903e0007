"""The one cursor format of every list and report: round trips, and refusals as INVALID."""

from __future__ import annotations

import base64
from datetime import date

import pytest

from app.services import cursors
from app.services.errors import DomainError, ErrorCode


def test_a_cursor_round_trips_its_key() -> None:
    cursor = cursors.encode("bank_items", date(2026, 1, 28), 2, 41)
    assert cursors.decode("bank_items", cursor, (date, int, int)) == (date(2026, 1, 28), 2, 41)
    assert cursors.decode("customers", cursors.encode("customers", "C|1:x"), (str,)) == ("C|1:x",)
    assert cursors.decode("customers", None, (str,)) is None


def _raw(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode()


@pytest.mark.parametrize(
    "cursor",
    [
        cursors.encode("refunds", 5),  # another list's cursor
        cursors.encode("customers", "C-1", 2),  # a key of another shape
        cursors.encode("customers", "x" * 41),  # longer than any customer code
        _raw('["customers", "C\\u0000"]'),  # not printable
        _raw('["customers", 7]'),  # a number where a code belongs
        "2026-01-01|99999999999999999999",  # the old report format
        "not base64 at all!",
        _raw("[" * 5000 + "]" * 5000),  # nested beyond what a parser should try
        "A" * 5000,
    ],
)
def test_a_forged_cursor_is_invalid_on_after(cursor: str) -> None:
    with pytest.raises(DomainError) as refused:
        cursors.decode("customers", cursor, (str,), text_limit=40)
    assert (refused.value.code, refused.value.field) == (ErrorCode.INVALID, "after")


@pytest.mark.parametrize("value", [-1, 2**63, True])
def test_a_number_the_database_cannot_hold_is_invalid(value: object) -> None:
    cursor = _raw(f'["refunds", {str(value).lower()}]')
    with pytest.raises(DomainError):
        cursors.decode("refunds", cursor, (int,))
