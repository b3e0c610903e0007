"""Money at the edges: exact decimal strings in and out, integer minor units inside."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.errors import DomainError, ErrorCode
from app.services.money import (
    MAX_ABS_MINOR,
    MINOR_DIGITS,
    format_minor,
    parse_amount,
    parse_positive_amount,
)
from schema.money import MoneyType


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("12.34", "USD", 1234),
        ("12.3", "USD", 1230),
        ("12", "USD", 1200),
        ("-0.05", "USD", -5),
        ("0", "EUR", 0),
        ("1500", "JPY", 1500),
        ("1.005", "BHD", 1005),
        ("33333333333333.45", "USD", 3333333333333345),  # a float would give ...3346
        ("0.0001", "CLF", 1),
    ],
)
def test_decimal_strings_become_exact_minor_units(text: str, currency: str, minor: int) -> None:
    assert parse_amount(text, currency, field="amount") == minor


@pytest.mark.parametrize(
    ("text", "currency", "code"),
    [
        ("NaN", "USD", ErrorCode.INVALID_AMOUNT),
        ("Infinity", "USD", ErrorCode.INVALID_AMOUNT),
        ("-inf", "USD", ErrorCode.INVALID_AMOUNT),
        ("1e3", "USD", ErrorCode.INVALID_AMOUNT),
        ("1,50", "EUR", ErrorCode.INVALID_AMOUNT),
        ("+1", "USD", ErrorCode.INVALID_AMOUNT),
        (".5", "USD", ErrorCode.INVALID_AMOUNT),
        ("", "USD", ErrorCode.INVALID_AMOUNT),
        ("\u0661", "USD", ErrorCode.INVALID_AMOUNT),  # an Arabic-Indic digit
        ("1" * 25, "USD", ErrorCode.INVALID_AMOUNT),
        ("1.001", "USD", ErrorCode.TOO_MANY_DECIMALS),
        ("1.5", "JPY", ErrorCode.TOO_MANY_DECIMALS),
        ("1.0001", "BHD", ErrorCode.TOO_MANY_DECIMALS),
        ("1.00", "XYZ", ErrorCode.UNKNOWN_CURRENCY),
        ("1.00", "usd", ErrorCode.UNKNOWN_CURRENCY),
    ],
)
def test_inexact_or_malformed_amounts_are_refused_never_rounded(
    text: str, currency: str, code: ErrorCode
) -> None:
    with pytest.raises(DomainError) as refused:
        parse_amount(text, currency, field="lines.0.amount")
    assert refused.value.code == code
    assert refused.value.field in {"lines.0.amount", "currency"}


@pytest.mark.parametrize("text", ["0", "0.00", "-1.00"])
def test_positive_amounts_refuse_zero_and_negative(text: str) -> None:
    with pytest.raises(DomainError) as refused:
        parse_positive_amount(text, "USD", field="amount")
    assert refused.value.code == ErrorCode.AMOUNT_NOT_POSITIVE


@pytest.mark.parametrize(
    ("minor", "currency", "text"),
    [
        (12345, "USD", "123.45"),
        (-5, "USD", "-0.05"),
        (0, "USD", "0.00"),
        (1500, "JPY", "1500"),
        (1005, "BHD", "1.005"),
        (3333333333333345, "USD", "33333333333333.45"),
    ],
)
def test_minor_units_format_as_exact_strings(minor: int, currency: str, text: str) -> None:
    assert format_minor(minor, currency) == text
    assert parse_amount(text, currency, field="x") == minor


@given(
    minor=st.integers(min_value=-(10**20), max_value=10**20),
    currency=st.sampled_from(["USD", "JPY", "BHD", "CLF", "XXX"]),
)
def test_every_amount_formats_as_its_exact_decimal(minor: int, currency: str) -> None:
    digits = MINOR_DIGITS.get(currency, 2)
    expected = f"{Decimal(minor).scaleb(-digits):f}"
    assert format_minor(minor, currency) == expected
    if currency in MINOR_DIGITS and abs(minor) <= MAX_ABS_MINOR:
        assert parse_amount(expected, currency, field="x") == minor


def test_iso_4217_digits_of_well_known_currencies() -> None:
    assert (MINOR_DIGITS["USD"], MINOR_DIGITS["JPY"], MINOR_DIGITS["BHD"]) == (2, 0, 3)
    assert (MINOR_DIGITS["KWD"], MINOR_DIGITS["KRW"], MINOR_DIGITS["EUR"]) == (3, 0, 2)


def test_database_sums_stay_exact_integers() -> None:
    from decimal import Decimal  # noqa: PLC0415

    from app.services.money import exact_int  # noqa: PLC0415

    assert exact_int(Decimal("-1E+4")) == -10000
    assert exact_int(Decimal("3333333333333345")) == 3333333333333345
    assert exact_int(42) == 42
    with pytest.raises(ValueError, match="integer"):
        exact_int(Decimal("1.5"))
    with pytest.raises(TypeError):
        exact_int(1.0)


@given(
    minor=st.integers(min_value=-(10**15), max_value=10**15),
    currency=st.sampled_from(["USD", "JPY", "BHD", "EUR"]),
)
def test_an_amount_made_on_first_read_is_the_amount_made_at_once(minor: int, currency: str) -> None:
    """``MoneyType.later`` (report lines) answers what ``MoneyType.of`` does, read once or
    twice, and compares and prints the same."""
    later, made = MoneyType.later(minor, currency), MoneyType.of(minor, currency)
    assert later.amount == made.amount == format_minor(minor, currency)
    assert later.amount == made.amount  # the kept text
    assert later == made
    assert repr(later) == repr(made)
    assert later.currency == currency


def test_an_amount_without_its_figure_is_missing_not_a_crash() -> None:
    """A MoneyType made without ``of``/``later`` or ``__init__`` has no amount to read."""
    empty = object.__new__(MoneyType)
    assert getattr(empty, "amount", None) is None
    assert not hasattr(empty, "amount")
